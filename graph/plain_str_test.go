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
	// Every byte that needs escaping (and some that do not) at every
	// position of strings longer than the eight bytes str checks at once.
	for _, c := range []byte{'"', '\\', '\n', 0, 0x1f, 0x20, 0x7f, 0x80, 0xe2, 0xff, '<'} {
		for n := 7; n <= 19; n += 6 {
			for at := 0; at < n; at++ {
				b := bytes.Repeat([]byte("a"), n)
				b[at] = c
				s := string(b)
				w := plainWriter{}
				w.str(s)
				var want bytes.Buffer
				graphql.MarshalString(s).MarshalGQL(&want)
				if !bytes.Equal(w.buf, want.Bytes()) {
					t.Errorf("str(%q) = %s, gqlgen writes %s", s, w.buf, want.Bytes())
				}
			}
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
