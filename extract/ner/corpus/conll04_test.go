package corpus

import (
	"os"
	"path/filepath"
	"reflect"
	"testing"
)

func TestReadCoNLL04(t *testing.T) {
	path := filepath.Join(t.TempDir(), "c04.json")
	js := `[{"tokens": ["President", "Lincoln", "visited", "New", "York", "on", "June", "30"],
	  "tags": ["B-Peop", "L-Peop", "O", "B-Loc", "L-Loc", "O", "B-Other", "L-Other"], "relations": []}]`
	if err := os.WriteFile(path, []byte(js), 0o644); err != nil {
		t.Fatal(err)
	}
	docs, err := ReadCoNLL04(path)
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"B-PER", "I-PER", "O", "B-LOC", "I-LOC", "O", "O", "O"}
	if len(docs) != 1 || len(docs[0].Sentences) != 1 || !reflect.DeepEqual(docs[0].Sentences[0].Tags, want) {
		t.Errorf("ReadCoNLL04 = %+v; want one sentence tagged %q", docs, want)
	}
	if _, err := ReadCoNLL04(filepath.Join(t.TempDir(), "missing.json")); !os.IsNotExist(unwrapAll(err)) {
		t.Errorf("ReadCoNLL04(missing) = %v; want a not-exist error", err)
	}
}

func unwrapAll(err error) error {
	for {
		u, ok := err.(interface{ Unwrap() error })
		if !ok {
			return err
		}
		err = u.Unwrap()
	}
}
