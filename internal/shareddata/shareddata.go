// Package shareddata finds the repository root and the third-party data
// kept beside it (<root>/../shared), for tests, benchmarks and the training
// and evaluation commands. The data is never copied into the repository.
//
// Every error names the path that was looked at, so a test that needs the
// data fails with a message saying where to put it instead of skipping.
package shareddata

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
)

// RepoRoot walks up from the working directory to the directory holding
// go.mod. Tests run in their package's directory, commands anywhere inside
// the tree; both find the same root.
func RepoRoot() (string, error) {
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

// Path returns the path of rel (for example
// "samples/hi-news-india-israel-mou.txt") under <root>/../shared, or an
// error if it does not exist.
func Path(rel string) (string, error) {
	root, err := RepoRoot()
	if err != nil {
		return "", err
	}
	p := filepath.Join(root, "..", "shared", filepath.FromSlash(rel))
	if _, err := os.Stat(p); err != nil {
		return "", fmt.Errorf("shared data missing: %w (the shared folder must sit beside the repository root; see its data/README.md)", err)
	}
	return p, nil
}

// Read returns the contents of rel under <root>/../shared.
func Read(rel string) ([]byte, error) {
	p, err := Path(rel)
	if err != nil {
		return nil, err
	}
	return os.ReadFile(p)
}

// SampleArticle is the real article, as a reader pasted it, that tests
// across the project read.
const SampleArticle = "samples/hi-news-india-israel-mou.txt"
