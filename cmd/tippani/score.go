package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"

	"tippani/annotation"
	"tippani/annotation/score"
)

// runScore reads an exercise body (the JSON a teacher creates: title,
// text, types, key, ...) and one submission body per file ({"name",
// "annotations"}), and prints each student's grade as a JSON line, the
// score sheet as CSV (-csv), or the class report as JSON (-class).
func runScore(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("score", flag.ContinueOnError)
	fs.SetOutput(stderr)
	exercisePath := fs.String("exercise", "", "exercise JSON file holding the key (required)")
	asCSV := fs.Bool("csv", false, "print a score sheet as CSV instead of JSON lines")
	class := fs.Bool("class", false, "print the class report (missed, extra, heat map, agreement) as JSON")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: tippani score -exercise EXERCISE.json [-csv | -class] SUBMISSION.json...")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if *exercisePath == "" || fs.NArg() == 0 || (*asCSV && *class) {
		fs.Usage()
		return 2
	}
	body, err := os.ReadFile(*exercisePath)
	if err != nil {
		fmt.Fprintf(stderr, "score: %v\n", err)
		return 1
	}
	ex, err := annotation.ParseExercise(body)
	if err != nil {
		fmt.Fprintf(stderr, "score: %s: %v\n", *exercisePath, err)
		return 1
	}
	var rows []score.Row
	var subs [][]annotation.Annotation
	for _, path := range fs.Args() {
		body, err := os.ReadFile(path)
		if err != nil {
			fmt.Fprintf(stderr, "score: %v\n", err)
			return 1
		}
		sub, err := annotation.ParseSubmission(body, ex)
		if err != nil {
			fmt.Fprintf(stderr, "score: %s: %v\n", path, err)
			return 1
		}
		rows = append(rows, score.Row{Name: sub.Name, Result: score.Submission(ex.Key, sub.Annotations, ex.Types)})
		subs = append(subs, sub.Annotations)
	}
	switch {
	case *asCSV:
		err = score.WriteCSV(stdout, rows)
	case *class:
		enc := json.NewEncoder(stdout)
		enc.SetEscapeHTML(false)
		enc.SetIndent("", "  ")
		err = enc.Encode(score.ClassReport(ex.Text, ex.Key, subs))
	default:
		enc := json.NewEncoder(stdout)
		enc.SetEscapeHTML(false)
		for _, r := range rows {
			if err = enc.Encode(struct {
				Name   string       `json:"name"`
				Result score.Result `json:"result"`
			}{r.Name, r.Result}); err != nil {
				break
			}
		}
	}
	if err != nil {
		fmt.Fprintf(stderr, "score: writing output: %v\n", err)
		return 1
	}
	return 0
}
