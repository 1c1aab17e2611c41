// Command tippani is the native command-line face of the Tippani engine:
// the same pure-Go packages the browser runs as WebAssembly, on a terminal.
//
// Its verbs are listed once, with a line saying what each does, in the
// table verbs below; `tippani help` prints that table, and each verb's -h
// its flags. Each verb's code lives in a file of its own.
package main

import (
	"fmt"
	"io"
	"os"
)

// A verb is one command of the CLI: its name, the line `tippani help`
// shows for it, and its code. run receives the arguments after the verb
// and returns the process exit code.
type verb struct {
	name, summary string
	run           func(args []string, stdin io.Reader, stdout, stderr io.Writer) int
}

// verbs is the one list of the CLI's commands, in the order help shows
// them: text first, then exchange and classroom work, then the model's.
var verbs = []verb{
	{"normalize", "raw text on stdin, display form on stdout (-report, -lossy)", runNormalize},
	{"tokens", "tokens of the display form of stdin as JSON lines (-lossy)", runTokens},
	{"annotate", "raw text on stdin, display text + entities + normalization report as JSON", runAnnotate},
	{"export", "annotated text (document, share, annotate output, or any format with -from) in, tippani/w3c/brat/labelstudio/doccano/spacy/hypothesis/conll/csv out; -text re-anchors onto a revised text", runExport},
	{"import", "files of another tool (w3c, brat .txt+.ann, labelstudio, doccano, spacy, hypothesis, conll, csv) in, a Tippani document out", runImport},
	{"score", "grade submission files against an exercise's key (JSON, CSV or class report)", runScore},
	{"tag", "CoNLL lines (token<TAB>gold) in, token<TAB>gold<TAB>pred out", runTag},
	{"eval", "per-type and micro precision/recall/F1 of a CoNLL file (runs the model on 2-column files)", runEval},
	{"train", "retrain the NER model from the shared corpora and rewrite the model file", runTrain},
	{"ner-dump", "every NER tag, span and score for CoNLL and text files, or compare two such dumps", runNERDump},
	{"ner-errors", "break the NER model's errors on a 2-column CoNLL file down by kind, with examples", runNERErrors},
	{"adapt", "replay a CoNLL stream as a reader correcting it would: F1 and edits of the frozen and the learning model (-block N, -json)", runAdapt},
	{"topic-stream", "the sentences of CoNLL files that mention a recurring name, as a topic-shaped stream for adapt (-min N)", runTopicStream},
	{"ner-size", "table of NER model size against the held-out F1 figures for pruning and weight precision", runNERSize},
}

// find returns the verb called name.
func find(name string) (verb, bool) {
	for _, v := range verbs {
		if v.name == name {
			return v, true
		}
	}
	return verb{}, false
}

func main() {
	os.Exit(dispatch(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

func dispatch(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	if len(args) == 0 || args[0] == "-h" || args[0] == "-help" || args[0] == "--help" || args[0] == "help" {
		usage(stderr)
		if len(args) == 0 {
			return 2
		}
		return 0
	}
	v, ok := find(args[0])
	if !ok {
		fmt.Fprintf(stderr, "tippani: unknown command %q\n\n", args[0])
		usage(stderr)
		return 2
	}
	return v.run(args[1:], stdin, stdout, stderr)
}

func usage(w io.Writer) {
	fmt.Fprintln(w, "usage: tippani <command> [flags]")
	fmt.Fprintln(w)
	for _, v := range verbs {
		fmt.Fprintf(w, "  %-10s %s\n", v.name, v.summary)
	}
}
