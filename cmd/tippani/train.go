package main

import (
	"bytes"
	"compress/gzip"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"tippani/ner/train"
)

// runTrain retrains the PER/LOC/ORG model. With default flags it
// reproduces the committed ner/model/hi.ner byte for byte.
func runTrain(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("train", flag.ContinueOnError)
	fs.SetOutput(stderr)
	def := train.DefaultTrainOptions(defaultDataDir())
	opts := def
	fs.StringVar(&opts.DataDir, "data", def.DataDir, "directory with "+train.ILNERTrain+" and "+train.HiNERValid)
	out := fs.String("o", defaultModelPath(), "model file to write (\"\" writes nothing)")
	bits := fs.Uint("bits", def.Bits, "weight table has 2^bits rows")
	fs.IntVar(&opts.Epochs, "epochs", def.Epochs, "training passes")
	fs.Int64Var(&opts.Seed, "seed", def.Seed, "shuffling and fold seed")
	fs.Var(&opts.Domain, "domain", "HiNER handling: none (pooled), copy (HiNER-only feature copy), feda (per-corpus copies, predict with IL-NER's), ilner (IL-NER only)")
	fs.Float64Var(&opts.HiNERWeight, "hiner-weight", def.HiNERWeight, "perceptron step for HiNER sentences")
	fs.Float64Var(&opts.MultiCoNERWeight, "multiconer", def.MultiCoNERWeight, "perceptron step for "+train.MultiCoNERTrain+" sentences (0: not trained on)")
	fs.BoolVar(&opts.RepairSpans, "repair-spans", def.RepairSpans, "trim function words and lone brackets off training span edges")
	fs.Float64Var(&opts.LatinRatio, "latin", def.LatinRatio, "share of the training sentences with a name copied with their names in Latin script")
	fs.IntVar(&opts.Folds, "folds", def.Folds, "folds for out-of-fold mined gazetteers")
	fs.Float64Var(&opts.MinRatio, "min-ratio", def.MinRatio, "share of a phrase's occurrences that must be annotated for it to be mined")
	fs.BoolVar(&opts.Calibrate, "calibrate", def.Calibrate, "fit confidence calibration on a held-out IL-NER training fold")
	fs.Float64Var(&opts.Prune, "prune", def.Prune, "drop weights with smaller magnitude")
	fs.IntVar(&opts.QuantBits, "quant", def.QuantBits, "weight precision in bits: 8 or 16")
	fs.Float64Var(&opts.OBias, "o-bias", def.OBias, "subtract from the O score; negative: choose on the held-out fold")
	fs.Float64Var(&opts.WordDropout, "word-dropout", def.WordDropout, "probability of hiding a token's whole-word feature in a training step")
	fs.IntVar(&opts.Soup, "soup", def.Soup, "average the weights of this many perceptrons trained from different data orders")
	fs.BoolVar(&opts.AlignEdges, "align-edges", def.AlignEdges, "rewrite HiNER span edges into IL-NER's annotation conventions learned from the IL-NER training split")
	dev := fs.Bool("dev", false, "score "+train.ILNERDev+" after every epoch (log only, nothing is tuned on it)")
	quiet := fs.Bool("q", false, "no progress log")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(stderr, "train: unexpected arguments %q\n", fs.Args())
		return 2
	}
	opts.Bits = *bits
	if opts.DataDir == "" {
		fmt.Fprintln(stderr, "train: no data directory; pass -data")
		return 2
	}
	if !*quiet {
		opts.Log = stderr
	}
	if *dev {
		opts.DevPath = filepath.Join(opts.DataDir, train.ILNERDev)
	}
	m, err := train.Train(opts)
	if err != nil {
		fmt.Fprintf(stderr, "train: %v\n", err)
		return 1
	}
	var buf bytes.Buffer
	if err := m.Encode(&buf); err != nil {
		fmt.Fprintf(stderr, "train: encoding model: %v\n", err)
		return 1
	}
	rows, phrases := m.Size()
	fmt.Fprintf(stdout, "model: %d weight rows, %d mined phrases, %d bytes, %d bytes gzip\n", rows, phrases, buf.Len(), gzipSize(buf.Bytes()))
	writeHeldOut(stdout, m, opts.DataDir)
	if *out != "" {
		if err := writeFileAtomic(*out, buf.Bytes()); err != nil {
			fmt.Fprintf(stderr, "train: %v\n", err)
			return 1
		}
		fmt.Fprintf(stdout, "wrote %s\n", *out)
	}
	return 0
}

func gzipSize(b []byte) int {
	var buf bytes.Buffer
	zw, _ := gzip.NewWriterLevel(&buf, gzip.BestCompression)
	zw.Write(b)
	zw.Close()
	return buf.Len()
}

// writeFileAtomic writes through a temporary file and renames it, so an
// interrupted run never leaves a half-written model behind.
func writeFileAtomic(path string, data []byte) error {
	tmp, err := os.CreateTemp(filepath.Dir(path), ".model-*")
	if err != nil {
		return err
	}
	if _, err := tmp.Write(data); err != nil {
		tmp.Close()
		os.Remove(tmp.Name())
		return err
	}
	if err := tmp.Close(); err != nil {
		os.Remove(tmp.Name())
		return err
	}
	return os.Rename(tmp.Name(), path)
}
