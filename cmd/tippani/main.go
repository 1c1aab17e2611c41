// Command tippani is the native command-line face of the Tippani engine:
// the same pure-Go packages the browser runs as WebAssembly, on a terminal.
//
// Each verb lives in its own file and registers itself in init, so the
// dispatcher stays small and verbs never collide:
//
//	tippani normalize   raw text on stdin, display form on stdout
//	tippani tokens      tokens of the display form as JSON lines
//	tippani annotate    display text, entities and normalization report as JSON
//	tippani tag         CoNLL in, CoNLL with a predicted column out
//	tippani eval FILE   per-type and micro precision/recall/F1
//	tippani train       retrain the NER model from the shared corpora
package main

import (
	"fmt"
	"io"
	"os"
	"sort"
)

// A command is one verb of the CLI. Run receives the arguments after the
// verb and returns the process exit code.
type command struct {
	summary string
	run     func(args []string, stdin io.Reader, stdout, stderr io.Writer) int
}

var commands = map[string]command{}

// register adds a verb; it is called from init functions of the verb files.
func register(name, summary string, run func(args []string, stdin io.Reader, stdout, stderr io.Writer) int) {
	if _, dup := commands[name]; dup {
		panic("tippani: verb registered twice: " + name)
	}
	commands[name] = command{summary: summary, run: run}
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
	cmd, ok := commands[args[0]]
	if !ok {
		fmt.Fprintf(stderr, "tippani: unknown command %q\n\n", args[0])
		usage(stderr)
		return 2
	}
	return cmd.run(args[1:], stdin, stdout, stderr)
}

func usage(w io.Writer) {
	fmt.Fprintln(w, "usage: tippani <command> [flags]")
	fmt.Fprintln(w)
	names := make([]string, 0, len(commands))
	for name := range commands {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, name := range names {
		fmt.Fprintf(w, "  %-10s %s\n", name, commands[name].summary)
	}
}
