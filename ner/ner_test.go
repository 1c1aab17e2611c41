package ner

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
)

func TestEmbeddedModelDecodes(t *testing.T) {
	if err := DefaultErr(); err != nil {
		t.Fatal(err)
	}
	if Default().Info == "" {
		t.Error("embedded model carries no provenance string")
	}
	var b bytes.Buffer
	if err := Default().Encode(&b); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(b.Bytes(), embeddedModel) {
		t.Error("re-encoding the embedded model does not reproduce its bytes")
	}
	onDisk, err := os.ReadFile(filepath.Join("model", "hi.ner"))
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(onDisk, embeddedModel) {
		t.Error("the embedded model is not model/hi.ner")
	}
}
