package graph

import (
	"bytes"
	"testing"

	"github.com/99designs/gqlgen/graphql"
)

// The plain writer's strings must be gqlgen's bytes for bytes, whatever they hold.
func TestPlainStringsAsGqlgen(t *testing.T) {
	for _, s := range []string{
		"", "plain", `say "hi"`, `back\slash`, "tab\tcr\rnl\n", "\x00\x01\x1f\x7f", "<b>&amp;</b>",
		"Sergey Lavrov — Лавров", "line\u2028para\u2029", "bad \xff\xfe utf-8", "end\\",
	} {
		w := plainWriter{}
		w.str(s)
		var want bytes.Buffer
		graphql.MarshalString(s).MarshalGQL(&want)
		if !bytes.Equal(w.buf, want.Bytes()) {
			t.Errorf("str(%q) = %s, gqlgen writes %s", s, w.buf, want.Bytes())
		}
	}
	for _, f := range []float64{0, 1, 0.85, 1.0 / 3, 1e-7, 123456789, 1e21, 0.1 + 0.2} {
		w := plainWriter{}
		if err := w.float(f); err != nil {
			t.Fatal(err)
		}
		var want bytes.Buffer
		if err := graphql.MarshalFloatContext(f).MarshalGQLContext(t.Context(), &want); err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(w.buf, want.Bytes()) {
			t.Errorf("float(%v) = %s, gqlgen writes %s", f, w.buf, want.Bytes())
		}
	}
}
