package graph_test

import (
	"context"
	"encoding/json"
	"errors"
	"strings"
	"testing"

	"github.com/99designs/gqlgen/client"

	"github.com/newsgraph/newsgraph/extract"
	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/graph/store"
)

// The fixture: three hand-analysed articles written through the real store.
//
//	doc-1 (2024-03-04): Joe Biden MET_WITH Vladimir Putin; MEET event in Geneva; a Biden quote.
//	doc-2 (2024-05-10): Xi Jinping MET_WITH Vladimir Putin; VISIT event in Beijing.
//	doc-3 (2024-06-01): five organizations, to have something to page through.
//
// 10 entities, 2 relations, 2 events, 1 quote. Path Biden -> Putin -> Xi has 2 hops.

const (
	text1 = `Joe Biden met Vladimir Putin in Geneva on Monday. Biden said: "We had a good talk."`
	text2 = `Vladimir Putin visited Beijing. Xi Jinping welcomed Putin in Beijing.`
	text3 = `Alpha Corp, Beta Corp, Gamma Corp, Delta Corp and Epsilon Corp signed a deal.`
)

var orgNames = []string{"Alpha Corp", "Beta Corp", "Gamma Corp", "Delta Corp", "Epsilon Corp"}

// at returns the code-point span of the n-th (0-based) occurrence of sub in text.
func at(t testing.TB, text, sub string, n int) (start, end int) {
	t.Helper()
	off := 0
	for i := 0; ; i++ {
		j := strings.Index(text[off:], sub)
		if j < 0 {
			t.Fatalf("fixture: %q has no occurrence %d of %q", text, n, sub)
		}
		if i == n {
			start = len([]rune(text[:off+j]))
			return start, start + len([]rune(sub))
		}
		off += j + len(sub)
	}
}

// sentences splits on ". " the way the fixture texts are written.
func sentences(text string) []extract.Sentence {
	var out []extract.Sentence
	runes := []rune(text)
	start := 0
	for i := 0; i < len(runes); i++ {
		if runes[i] == '.' && (i+1 == len(runes) || runes[i+1] == ' ') {
			out = append(out, extract.Sentence{Start: start, End: i + 1})
			start = i + 2
		}
	}
	if start < len(runes) {
		out = append(out, extract.Sentence{Start: start, End: len(runes)})
	}
	return out
}

func mention(t testing.TB, text, sub string, n, sentence int) extract.Mention {
	s, e := at(t, text, sub, n)
	return extract.Mention{Text: sub, Start: s, End: e, Sentence: sentence}
}

func evidence(t testing.TB, text, sub string, sentence int) []extract.Evidence {
	s, e := at(t, text, sub, 0)
	return []extract.Evidence{{Sentence: sentence, Start: s, End: e, Text: sub}}
}

func analysis1(t testing.TB) *extract.Analysis {
	q := `We had a good talk.`
	qs, qe := at(t, text1, q, 0)
	return &extract.Analysis{
		Sentences: sentences(text1),
		Entities: []extract.Entity{
			{ID: "b", Name: "Joe Biden", Type: extract.Person, Aliases: []string{"Joe Biden", "Biden"},
				Roles:    []extract.Role{{Title: "President", Org: "United States"}},
				Mentions: []extract.Mention{mention(t, text1, "Joe Biden", 0, 0), mention(t, text1, "Biden", 1, 1)}},
			{ID: "p", Name: "Vladimir Putin", Type: extract.Person, Aliases: []string{"Vladimir Putin"},
				Mentions: []extract.Mention{mention(t, text1, "Vladimir Putin", 0, 0)}},
			{ID: "g", Name: "Geneva", Type: extract.Location, Subtype: extract.City, Aliases: []string{"Geneva"},
				Mentions: []extract.Mention{mention(t, text1, "Geneva", 0, 0)}},
		},
		Relations: []extract.Relation{{Type: "MET_WITH", Source: "b", Target: "p", Confidence: 0.9,
			Evidence: evidence(t, text1, "Joe Biden met Vladimir Putin", 0)}},
		Events: []extract.Event{{Type: "MEET", CAMEO: "040", Trigger: "met", Date: "2024-03-04", DatePrecision: "day",
			Participants: []extract.Participant{{Entity: "b", Role: "AGENT"}, {Entity: "p", Role: "PARTICIPANT"}},
			Location:     "g", Confidence: 0.8,
			Evidence: evidence(t, text1, "Joe Biden met Vladimir Putin in Geneva on Monday.", 0)}},
		Quotes: []extract.Quote{{Speaker: "b", Text: q, Direct: true, Start: qs, End: qe, Sentence: 1}},
	}
}

func analysis2(t testing.TB) *extract.Analysis {
	return &extract.Analysis{
		Sentences: sentences(text2),
		Entities: []extract.Entity{
			{ID: "p", Name: "Vladimir Putin", Type: extract.Person, Aliases: []string{"Vladimir Putin", "Putin"},
				Mentions: []extract.Mention{mention(t, text2, "Vladimir Putin", 0, 0), mention(t, text2, "Putin", 1, 1)}},
			{ID: "x", Name: "Xi Jinping", Type: extract.Person, Aliases: []string{"Xi Jinping"},
				Mentions: []extract.Mention{mention(t, text2, "Xi Jinping", 0, 1)}},
			{ID: "bj", Name: "Beijing", Type: extract.Location, Subtype: extract.City, Aliases: []string{"Beijing"},
				Mentions: []extract.Mention{mention(t, text2, "Beijing", 0, 0), mention(t, text2, "Beijing", 1, 1)}},
		},
		Relations: []extract.Relation{{Type: "MET_WITH", Source: "x", Target: "p", Confidence: 0.7,
			Evidence: evidence(t, text2, "Xi Jinping welcomed Putin", 1)}},
		Events: []extract.Event{{Type: "VISIT", CAMEO: "042", Trigger: "visited", Date: "2024-05-10", DatePrecision: "day",
			Participants: []extract.Participant{{Entity: "p", Role: "AGENT"}},
			Location:     "bj", Confidence: 0.75,
			Evidence: evidence(t, text2, "Vladimir Putin visited Beijing.", 0)}},
	}
}

func analysis3(t testing.TB) *extract.Analysis {
	a := &extract.Analysis{Sentences: sentences(text3)}
	for i, name := range orgNames {
		a.Entities = append(a.Entities, extract.Entity{
			ID: string(rune('a' + i)), Name: name, Type: extract.Organization, Aliases: []string{name},
			Mentions: []extract.Mention{mention(t, text3, name, 0, 0)},
		})
	}
	return a
}

func openStore(t testing.TB) *store.Store {
	t.Helper()
	st, err := store.Open(t.TempDir(), store.Options{MemTableSize: 8 << 20, BlockCacheSize: 8 << 20, GCInterval: -1})
	if err != nil {
		t.Fatalf("store.Open: %v", err)
	}
	t.Cleanup(func() {
		if err := st.Close(); err != nil {
			t.Errorf("store.Close: %v", err)
		}
	})
	return st
}

func ingest(t testing.TB, st *store.Store, docs ...store.IngestDoc) []store.IngestResult {
	t.Helper()
	res, errs := st.Ingest(context.Background(), docs)
	for i, err := range errs {
		if err != nil {
			t.Fatalf("store.Ingest(%s): %v", docs[i].Doc.ExtID, err)
		}
	}
	return res
}

func seed(t testing.TB, st *store.Store) {
	t.Helper()
	ingest(t, st,
		store.IngestDoc{Doc: store.Document{ExtID: "doc-1", Title: "Leaders meet in Geneva", URL: "https://example.com/1",
			Source: "example.com", Published: "2024-03-04", Text: text1}, Analysis: analysis1(t)},
		store.IngestDoc{Doc: store.Document{ExtID: "doc-2", Title: "Putin in Beijing", Published: "2024-05-10", Text: text2},
			Analysis: analysis2(t)},
		store.IngestDoc{Doc: store.Document{ExtID: "doc-3", Title: "Deal", Published: "2024-06-01", Text: text3},
			Analysis: analysis3(t)},
	)
}

// newTestClient serves cfg (with a seeded store when cfg.Store is nil)
// through the full HTTP handler.
func newTestClient(t testing.TB, cfg graph.ServerConfig) (*client.Client, *store.Store) {
	t.Helper()
	if cfg.Store == nil {
		cfg.Store = openStore(t)
		seed(t, cfg.Store)
	}
	return client.New(graph.NewHandler(cfg), client.Path("/graphql")), cfg.Store
}

type gqlError struct {
	Message    string         `json:"message"`
	Path       []any          `json:"path"`
	Extensions map[string]any `json:"extensions"`
}

// gqlErrors decodes the errors of a failed client.Post.
func gqlErrors(t testing.TB, err error) []gqlError {
	t.Helper()
	var raw client.RawJsonError
	if !errors.As(err, &raw) {
		t.Fatalf("want GraphQL errors, got %v", err)
	}
	var out []gqlError
	if err := json.Unmarshal(raw.RawMessage, &out); err != nil {
		t.Fatalf("decode errors %s: %v", raw.RawMessage, err)
	}
	return out
}

// wantCode checks that err holds exactly one GraphQL error with extensions.code code.
func wantCode(t testing.TB, err error, code string) gqlError {
	t.Helper()
	if err == nil {
		t.Fatalf("want error with code %s, got none", code)
	}
	errs := gqlErrors(t, err)
	if len(errs) != 1 {
		t.Fatalf("want 1 error, got %d: %+v", len(errs), errs)
	}
	if got := errs[0].Extensions["code"]; got != code {
		t.Fatalf("error code = %v; want %s (message %q)", got, code, errs[0].Message)
	}
	return errs[0]
}

// entityID finds the id of the entity named name.
func entityID(t testing.TB, c *client.Client, name string) string {
	t.Helper()
	var resp struct {
		Entities struct {
			Edges []struct {
				Node struct{ ID, Name string }
			}
		}
	}
	c.MustPost(`query($q: String) { entities(search: $q, first: 100) { edges { node { id name } } } }`, &resp, client.Var("q", name))
	for _, e := range resp.Entities.Edges {
		if e.Node.Name == name {
			return e.Node.ID
		}
	}
	t.Fatalf("no entity named %q in %+v", name, resp)
	return ""
}
