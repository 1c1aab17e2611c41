package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"

	"tippani/ner"
	"tippani/ner/conll"
)

// runAdapt replays a CoNLL stream as a reader working through it would:
// block by block (blocks end at document boundaries), the frozen shipped
// model and a learning copy each tag the block, the edits that would bring
// each one's tags to the gold annotation are counted, and then the
// learning copy learns the block's gold annotation with the same personal
// layer and learning step the browser uses (ner.Layer). It prints F1
// (micro over PER/LOC/ORG, exact span and type) and edits per 1,000
// tokens for both models, per block, over the whole stream and over its
// second half.
func runAdapt(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("adapt", flag.ContinueOnError)
	fs.SetOutput(stderr)
	block := fs.Int("block", 20, "sentences per block (a block also ends where a document does)")
	asJSON := fs.Bool("json", false, "print one JSON object instead of tables")
	evalPath := fs.String("eval", "", "after the replay, also score both models, learning no more, on this CoNLL file (does learning from FILE cost anything on unrelated text?)")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if fs.NArg() != 1 || *block < 1 {
		fmt.Fprintln(stderr, "usage: tippani adapt [-block N] [-json] FILE")
		return 2
	}
	var in io.Reader = stdin
	if name := fs.Arg(0); name != "-" {
		f, err := os.Open(name)
		if err != nil {
			fmt.Fprintf(stderr, "adapt: %v\n", err)
			return 1
		}
		defer f.Close()
		in = f
	}
	sents, err := conll.Read(in)
	if err != nil {
		fmt.Fprintf(stderr, "adapt: %v\n", err)
		return 1
	}
	learning, err := ner.DefaultCopy()
	if err != nil {
		fmt.Fprintf(stderr, "adapt: %v\n", err)
		return 1
	}
	rep := replay(ner.Default(), learning, streamBlocks(sents, *block))
	rep.BlockSize = *block
	if rep.Sentences == 0 {
		fmt.Fprintln(stderr, "adapt: no sentences in input")
		return 1
	}
	if *evalPath != "" {
		ev, err := conll.ReadFile(*evalPath)
		if err != nil {
			fmt.Fprintf(stderr, "adapt: %v\n", err)
			return 1
		}
		f, l := newTally(), newTally()
		for _, s := range ev {
			gold := conll.MapTags(s.Gold)
			f.add(gold, ner.Default().TagTokens(s.Tokens))
			l.add(gold, learning.TagTokens(s.Tokens))
		}
		rep.Eval = &adaptEval{File: *evalPath, Sentences: len(ev), Frozen: f.figures(), Learning: l.figures()}
	}
	if *asJSON {
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		if err := enc.Encode(rep); err != nil {
			fmt.Fprintf(stderr, "adapt: %v\n", err)
			return 1
		}
		return 0
	}
	rep.writeTables(stdout)
	return 0
}

// A streamBlock is a run of sentences a reader would work through before
// the learning copy learns them: at most the block size, never across a
// document boundary.
type streamBlock struct {
	doc   int
	sents []conll.Sentence
}

// streamBlocks cuts a stream into blocks of at most size sentences,
// starting a new block at every document boundary.
func streamBlocks(sents []conll.Sentence, size int) []streamBlock {
	var out []streamBlock
	doc := 0
	for _, s := range sents {
		if conll.IsDocStart(s) {
			if len(out) > 0 && len(out[len(out)-1].sents) > 0 {
				doc++
			}
			continue
		}
		if n := len(out); n == 0 || out[n-1].doc != doc || len(out[n-1].sents) == size {
			out = append(out, streamBlock{doc: doc})
		}
		out[len(out)-1].sents = append(out[len(out)-1].sents, s)
	}
	return out
}

// adaptFigures are one model's figures over some sentences.
type adaptFigures struct {
	F1         float64 `json:"f1"`
	Precision  float64 `json:"precision"`
	Recall     float64 `json:"recall"`
	EditsPer1k float64 `json:"edits_per_1k_tokens"`
	Edits      int     `json:"edits"`
}

// adaptModel is one model's figures over the whole stream and its second
// half.
type adaptModel struct {
	adaptFigures
	SecondHalf adaptFigures `json:"second_half"`
}

type adaptBlock struct {
	Block     int          `json:"block"`
	Document  int          `json:"document"`
	Sentences int          `json:"sentences"`
	Tokens    int          `json:"tokens"`
	Frozen    adaptFigures `json:"frozen"`
	Learning  adaptFigures `json:"learning"`
}

// adaptReport is what `tippani adapt -json` prints.
type adaptReport struct {
	Sentences int `json:"sentences"`
	Tokens    int `json:"tokens"`
	Documents int `json:"documents"`
	BlockSize int `json:"block_size"`
	// SecondHalfFrom is the first sentence (0-based) of the second half:
	// the first sentence of the block holding the stream's middle.
	SecondHalfFrom int          `json:"second_half_from"`
	Frozen         adaptModel   `json:"frozen"`
	Learning       adaptModel   `json:"learning"`
	Layer          adaptLayer   `json:"layer"`
	Eval           *adaptEval   `json:"eval,omitempty"`
	Blocks         []adaptBlock `json:"blocks"`
}

// adaptEval scores the models as the replay left them on another file.
type adaptEval struct {
	File      string       `json:"file"`
	Sentences int          `json:"sentences"`
	Frozen    adaptFigures `json:"frozen"`
	Learning  adaptFigures `json:"learning"`
}

type adaptLayer struct {
	Lessons int `json:"lessons"`
	Rows    int `json:"rows"`
	MaxRows int `json:"max_rows"`
}

// tally accumulates one model's counts.
type tally struct {
	rep    *conll.Report
	edits  int
	tokens int
}

func newTally() *tally { return &tally{rep: conll.NewReport()} }

func (t *tally) add(gold, pred []string) {
	t.rep.Add(gold, pred)
	t.edits += editsToGold(gold, pred)
	t.tokens += len(gold)
}

func (t *tally) figures() adaptFigures {
	c := t.rep.Micro()
	f := adaptFigures{F1: round4(c.F1()), Precision: round4(c.Precision()), Recall: round4(c.Recall()), Edits: t.edits}
	if t.tokens > 0 {
		f.EditsPer1k = round4(1000 * float64(t.edits) / float64(t.tokens))
	}
	return f
}

func round4(x float64) float64 {
	return float64(int64(x*10000+0.5)) / 10000
}

// replay runs the stream through both models; see runAdapt.
func replay(frozen, learning *ner.Model, blocks []streamBlock) adaptReport {
	layer := ner.NewLayer(learning)
	total := 0
	for _, b := range blocks {
		total += len(b.sents)
	}
	var rep adaptReport
	all := [2]*tally{newTally(), newTally()}
	half := [2]*tally{newTally(), newTally()}
	inHalf := false
	for bi, b := range blocks {
		if !inHalf && 2*(rep.Sentences+len(b.sents)) > total {
			inHalf = true
			rep.SecondHalfFrom = rep.Sentences
		}
		blk := [2]*tally{newTally(), newTally()}
		lessons := make([]ner.Lesson, 0, len(b.sents))
		for _, s := range b.sents {
			gold := conll.MapTags(s.Gold)
			for k, m := range [2]*ner.Model{frozen, learning} {
				pred := m.TagTokens(s.Tokens)
				blk[k].add(gold, pred)
				all[k].add(gold, pred)
				if inHalf {
					half[k].add(gold, pred)
				}
			}
			lessons = append(lessons, ner.Lesson{Tokens: s.Tokens, Tags: gold})
			rep.Tokens += len(s.Tokens)
		}
		rep.Sentences += len(b.sents)
		rep.Blocks = append(rep.Blocks, adaptBlock{
			Block: bi + 1, Document: b.doc + 1, Sentences: len(b.sents), Tokens: blk[0].tokens,
			Frozen: blk[0].figures(), Learning: blk[1].figures(),
		})
		layer.Learn(learning, lessons, fmt.Sprint("document ", b.doc), blk[1].edits)
		learning.SetLayer(layer)
	}
	if len(blocks) > 0 {
		rep.Documents = blocks[len(blocks)-1].doc + 1
	}
	rep.Frozen = adaptModel{all[0].figures(), half[0].figures()}
	rep.Learning = adaptModel{all[1].figures(), half[1].figures()}
	st := layer.Stats()
	rep.Layer = adaptLayer{Lessons: st.Lessons, Rows: st.Rows, MaxRows: ner.MaxLayerRows}
	return rep
}

func (r adaptReport) writeTables(w io.Writer) {
	fmt.Fprintf(w, "%d sentences, %d tokens, %d documents, blocks of up to %d sentences\n\n", r.Sentences, r.Tokens, r.Documents, r.BlockSize)
	fmt.Fprintln(w, "block  doc  sents  tokens   frozen F1  learning F1   frozen edits/1k  learning edits/1k")
	for _, b := range r.Blocks {
		fmt.Fprintf(w, "%5d %4d %6d %7d   %9.4f  %11.4f   %15.1f  %17.1f\n", b.Block, b.Document, b.Sentences, b.Tokens,
			b.Frozen.F1, b.Learning.F1, b.Frozen.EditsPer1k, b.Learning.EditsPer1k)
	}
	fmt.Fprintln(w)
	fmt.Fprintln(w, "                         frozen F1  learning F1   frozen edits/1k  learning edits/1k  edits saved")
	row := func(name string, f, l adaptFigures) {
		saved := 0.0
		if f.Edits > 0 {
			saved = 100 * float64(f.Edits-l.Edits) / float64(f.Edits)
		}
		fmt.Fprintf(w, "%-24s %9.4f  %11.4f   %15.1f  %17.1f  %10.1f%%\n", name, f.F1, l.F1, f.EditsPer1k, l.EditsPer1k, saved)
	}
	row("whole stream", r.Frozen.adaptFigures, r.Learning.adaptFigures)
	row(fmt.Sprintf("second half (from %d)", r.SecondHalfFrom+1), r.Frozen.SecondHalf, r.Learning.SecondHalf)
	fmt.Fprintf(w, "\npersonal layer: %d lessons, %d of at most %d rows\n", r.Layer.Lessons, r.Layer.Rows, r.Layer.MaxRows)
	if e := r.Eval; e != nil {
		fmt.Fprintf(w, "\nafterwards, on %s (%d sentences, no learning):\n", e.File, e.Sentences)
		row("F1 and edits", e.Frozen, e.Learning)
	}
}
