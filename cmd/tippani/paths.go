package main

import (
	"errors"
	"os"
	"path/filepath"
)

// repoRoot walks up from the working directory to the directory holding
// go.mod, so data and model paths work from anywhere inside the tree.
func repoRoot() (string, error) {
	dir, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir, nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", errors.New("not inside the tippani repository (no go.mod above the working directory)")
		}
		dir = parent
	}
}

// defaultDataDir is <repo>/../shared/data/ner, or "" outside the repo.
func defaultDataDir() string {
	root, err := repoRoot()
	if err != nil {
		return ""
	}
	return filepath.Join(root, "..", "shared", "data", "ner")
}

// defaultModelPath is where the embedded model lives in the repository.
func defaultModelPath() string {
	root, err := repoRoot()
	if err != nil {
		return ""
	}
	return filepath.Join(root, "ner", "model", "hi.ner")
}
