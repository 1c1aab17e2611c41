package main

import (
	"path/filepath"

	"tippani/internal/shareddata"
)

// defaultDataDir is <repo>/../shared/data/ner, or "" outside the repo.
func defaultDataDir() string {
	root, err := shareddata.RepoRoot()
	if err != nil {
		return ""
	}
	return filepath.Join(root, "..", "shared", "data", "ner")
}

// defaultModelPath is where the embedded model lives in the repository.
func defaultModelPath() string {
	root, err := shareddata.RepoRoot()
	if err != nil {
		return ""
	}
	return filepath.Join(root, "ner", "model", "hi.ner")
}

// latinTestPath is the Latin-script names test set in the repository.
func latinTestPath() string {
	root, err := shareddata.RepoRoot()
	if err != nil {
		return ""
	}
	return filepath.Join(root, "ner", "testdata", "latin-hi.conll")
}
