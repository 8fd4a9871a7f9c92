package main

import (
	"bytes"
	"context"
	"errors"
	"os"
	"path/filepath"
	"testing"
)

// TestTrainRelationsCommand trains on the two-sentence fixture twice: the
// command writes a gzip file, the same bytes both times, and leaves no
// file behind when its input is missing. (TestRelModelRebuild in
// extract/pipeline checks the shipped model against CoNLL04 train.)
func TestTrainRelationsCommand(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "fixture.json")
	if err := os.WriteFile(in, []byte(conll04Fixture), 0o644); err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	var models [2][]byte
	for i := range models {
		out := filepath.Join(dir, "relmodel.bin")
		var stdout, stderr bytes.Buffer
		if err := runTrain(ctx, []string{"relations", "--conll04", in, "--out", out}, &stdout, &stderr); err != nil {
			t.Fatalf("train relations: %v\n%s", err, stderr.String())
		}
		b, err := os.ReadFile(out)
		if err != nil {
			t.Fatal(err)
		}
		if len(b) < 2 || b[0] != 0x1f || b[1] != 0x8b {
			t.Fatalf("train relations wrote %d bytes that are not gzip", len(b))
		}
		models[i] = b
	}
	if !bytes.Equal(models[0], models[1]) {
		t.Error("train relations twice on the same file wrote different models")
	}

	var stdout, stderr bytes.Buffer
	missingOut := filepath.Join(dir, "never.bin")
	err := runTrain(ctx, []string{"relations", "--conll04", filepath.Join(dir, "missing.json"), "--out", missingOut}, &stdout, &stderr)
	if !errors.Is(err, os.ErrNotExist) {
		t.Errorf("train relations on a missing file = %v; want a not-exist error", err)
	}
	if _, err := os.Stat(missingOut); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("a failed train relations left %s behind", missingOut)
	}
	if err := runTrain(ctx, []string{"relations", "extra"}, &stdout, &stderr); !errors.As(err, new(cmdUsageError)) {
		t.Errorf("train relations extra = %v; want a usage error", err)
	}
}
