package store

import (
	"context"
	"fmt"
	"math/rand/v2"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/extract"
	"github.com/newsgraph/newsgraph/internal/cputime"
)

// synthNames are parts of generated names: common and rare, with accents,
// shared words and prefixes of each other, as news names are.
var (
	synthFirst = []string{"John", "Jon", "Johan", "Sergey", "Sergei", "Serge", "Maria", "María", "Marie", "Tony",
		"Anthony", "José", "Jose", "Zoë", "Lech", "Łukasz", "Björn", "Ali", "Alison", "Kim", "Xi", "Hu", "Gordon",
		"Arsène", "Thierry", "Vladimir", "Angela", "François", "Nicolas", "Ségolène"}
	synthLast = []string{"Lavrov", "Kerry", "Blair", "Brown", "Browne", "Putin", "Merkel", "Sarkozy", "Hollande",
		"Wenger", "Henry", "Mourinho", "Wałęsa", "Müller", "Muller", "Smith", "Smithson", "Jinping", "Jintao",
		"Jong-un", "Borg", "Khan", "Al-Assad", "O'Brien", "Obrien", "Kowalski", "Nováková", "Ng", "Li", "Lee"}
	synthOrg = []string{"Bank", "Group", "Corp", "Ministry", "United", "National", "Party", "Council",
		"Federal", "Reserve", "Motors", "Airways", "Football", "Club", "Society", "Agency"}
)

// synthStore ingests n documents naming generated people, organisations
// and places, with aliases (surname, initials, titles).
func synthStore(t testing.TB, n int) *Store {
	t.Helper()
	s, _ := newTestStore(t)
	rng := rand.New(rand.NewPCG(11, 12))
	pick := func(l []string) string { return l[rng.IntN(len(l))] }
	var docs []IngestDoc
	for d := range n {
		var a extract.Analysis
		for k := range 6 + rng.IntN(6) {
			id := fmt.Sprintf("e%d", k)
			switch rng.IntN(3) {
			case 0:
				f, l := pick(synthFirst), pick(synthLast)
				aliases := []string{l}
				if rng.IntN(3) == 0 {
					aliases = append(aliases, "Mr "+l, f[:1]+". "+l)
				}
				if rng.IntN(4) == 0 {
					aliases = append(aliases, f+" "+pick(synthFirst)+" "+l)
				}
				a.Entities = append(a.Entities, ent(id, extract.Person, f+" "+l, aliases...))
			case 1:
				name := pick(synthLast) + " " + pick(synthOrg)
				if rng.IntN(2) == 0 {
					name = pick(synthOrg) + " " + name + " " + pick(synthOrg)
				}
				a.Entities = append(a.Entities, ent(id, extract.Organization, name))
			default:
				a.Entities = append(a.Entities, ent(id, extract.Location, pick(synthLast)+pick([]string{"ia", "stan", "ville", " City", "burg"})))
			}
		}
		docs = append(docs, doc(fmt.Sprintf("d%d", d), "2015-01-02", "Some text.", a))
		if len(docs) == 64 || d == n-1 {
			ingest(t, s, docs...)
			docs = docs[:0]
		}
	}
	return s
}

// searchTerms makes a search workload from entity names the way people type
// them: whole names in any case, one word of a name, prefixes, names without
// their accents, typos (a wrong last letter, two letters swapped, one left
// out), and a first name with the start of a surname.
func searchTerms(names []string) []string {
	var out []string
	for i, name := range names {
		r := []rune(name)
		words := strings.Fields(name)
		out = append(out, name, strings.ToLower(name))
		if len(r) > 4 {
			out = append(out, strings.ToLower(string(r[:4])))
			out = append(out, string(r[:len(r)-1])+string('a'+r[0]%26))
			j := 1 + i%(len(r)-2)
			s := slices.Clone(r)
			s[j], s[j+1] = s[j+1], s[j]
			out = append(out, string(s))
			out = append(out, string(slices.Delete(slices.Clone(r), j, j+1)))
		}
		if folded := normalize(name); folded != strings.ToLower(name) {
			out = append(out, folded)
		}
		if len(words) > 1 {
			last := []rune(words[len(words)-1])
			out = append(out, strings.ToUpper(words[len(words)-1]), words[0]+" "+string(last[:min(3, len(last))]))
		}
	}
	out = append(out, "a", "s", "jo", "--", "x y z", "the", "united states of america", "mr",
		// More trigrams than the word masks hold (64).
		"sergey lavrov john kerry maria smith bank council federal reserve kowalski agency",
		strings.Repeat("smithson ", 12))
	return out
}

// BenchmarkFindEntities runs the search workload (first 10 hits and the
// total, as the API's search box asks) on a generated store, or on the store
// folder $NEWSGRAPH_SEARCH_STORE (opened read-only, e.g. one `newsgraph
// bench` built) for figures on real names.
func BenchmarkFindEntities(b *testing.B) {
	var s *Store
	if dir := os.Getenv("NEWSGRAPH_SEARCH_STORE"); dir != "" {
		var err error
		if s, err = Open(dir, Options{ReadOnly: true}); err != nil {
			b.Fatal(err)
		}
		defer s.Close()
	} else {
		s = synthStore(b, 200)
	}
	ctx := context.Background()
	ents, _, err := s.FindEntities(ctx, "", nil, Page{Limit: 300})
	if err != nil {
		b.Fatal(err)
	}
	var names []string
	for _, e := range ents {
		names = append(names, e.Name)
	}
	terms := searchTerms(names)
	for _, term := range terms { // warm the caches, as a running server has them
		if _, _, err := s.FindEntities(ctx, term, nil, Page{Limit: 10}); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportAllocs()
	cpu0 := cputime.Process()
	i := 0
	for b.Loop() {
		if _, _, err := s.FindEntities(ctx, terms[i%len(terms)], nil, Page{Limit: 10}); err != nil {
			b.Fatal(err)
		}
		i++
	}
	// CPU time per search: on a shared machine wall time per op measures
	// the other processes as much as this one.
	b.ReportMetric(float64(cputime.Process()-cpu0)/float64(b.N), "cpu-ns/op")
}
