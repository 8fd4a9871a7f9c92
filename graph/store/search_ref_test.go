package store

import (
	"cmp"
	"context"
	"fmt"
	"math/rand/v2"
	"os"
	"slices"
	"strings"
	"testing"

	badger "github.com/dgraph-io/badger/v4"

	"github.com/newsgraph/newsgraph/extract"
)

// The reference below is entity search as it was before its fast paths
// (dense counters, word masks, cached run sizes): every rule written out
// plainly over indexes it builds itself from the keys. The production search
// must rank exactly as it does, including its cut-offs (candidates per
// trigram list, candidates scored, prefix matches read), which decide what a
// large store returns.

type refIndex struct {
	post map[tri][]uint64 // sorted ids per trigram of any form
	runs []runEntry       // S keys in order
}

func buildRefIndex(t testing.TB, s *Store) refIndex {
	t.Helper()
	x := refIndex{post: map[tri][]uint64{}}
	err := s.db.View(func(txn *badger.Txn) error {
		err := scan(txn, []byte{pAlias}, nil, false, false, func(item *badger.Item) (bool, error) {
			_, norm, id, err := parseTypedNormKey(pAlias, item.Key())
			for _, tr := range triSet(norm) {
				x.post[tr] = append(x.post[tr], id)
			}
			return err == nil, err
		})
		if err != nil {
			return err
		}
		return scan(txn, []byte{pSearch}, nil, false, false, func(item *badger.Item) (bool, error) {
			run, id, err := parseSearchKey(item.Key())
			x.runs = append(x.runs, runEntry{run, id})
			return err == nil, err
		})
	})
	if err != nil {
		t.Fatal(err)
	}
	for tr, ids := range x.post {
		slices.Sort(ids)
		x.post[tr] = slices.Compact(ids)
	}
	return x
}

// refSearch returns every hit for search (of types), best first.
func refSearch(t testing.TB, s *Store, x refIndex, search string, types []string) []searchHit {
	t.Helper()
	q := normalize(search)
	if q == "" {
		return nil
	}
	tiers := map[uint64]uint8{}
	var ids []uint64
	n := 0
	for _, e := range x.runs {
		if !strings.HasPrefix(e.run, q) {
			continue
		}
		n++
		tier := uint8(1)
		if e.run == q {
			tier = 0
		}
		if old, ok := tiers[e.id]; !ok {
			tiers[e.id] = tier
			ids = append(ids, e.id)
		} else if tier < old {
			tiers[e.id] = tier
		}
		if n >= maxSearchScan {
			break
		}
	}
	qt := queryTrigrams(q)
	qs := triSet(q)
	if len(ids) < fuzzyBelow && len([]rune(q)) >= 3 && len(qt) > 0 {
		// Candidates: entities sharing the most trigrams (word starts left
		// out when the query has more than two trigrams; beyond the three
		// rarest lists, lists longer than maxTrigramScan are not read).
		var lists [][]uint64
		for _, tr := range qt {
			if !(tr.start && len(qt) > 2) {
				lists = append(lists, x.post[tr.t])
			}
		}
		// The same (unstable) sort as the index: lists of equal length keep the order it gives them.
		slices.SortFunc(lists, func(a, b []uint64) int { return cmp.Compare(len(a), len(b)) })
		count := map[uint64]int{}
		for i, l := range lists {
			if i >= 3 && len(l) > maxTrigramScan {
				break
			}
			for _, id := range l {
				count[id] = min(count[id]+1, 255)
			}
		}
		need := max(2, int(minSimilarity*float64(len(qt)))-1)
		type cand struct {
			id uint64
			n  int
		}
		var cands []cand
		for id, c := range count {
			if _, ok := tiers[id]; !ok && c >= need {
				cands = append(cands, cand{id, c})
			}
		}
		slices.SortFunc(cands, func(a, b cand) int {
			if a.n != b.n {
				return cmp.Compare(b.n, a.n)
			}
			return cmp.Compare(a.id, b.id)
		})
		for _, c := range cands[:min(len(cands), maxFuzzyScored)] {
			tiers[c.id] = 2
			ids = append(ids, c.id)
		}
	}
	var hits []searchHit
	err := s.db.View(func(txn *badger.Txn) error {
		for _, id := range ids {
			e := &Entity{}
			if err := getJSON(txn, idKey(pEntity, id), e, "entity"); err != nil {
				return err
			}
			if len(types) > 0 && !slices.Contains(types, e.Type) {
				continue
			}
			h := searchHit{e: e, id: e.ID, mc: e.MentionCount, tier: tiers[id]}
			if h.tier == 2 {
				best := 0.0
				for _, f := range storedForms(e) {
					for _, run := range wordRuns(f) {
						best = max(best, triSimilarity(qs, triSet(run)))
					}
				}
				if best < minSimilarity {
					continue
				}
				h.sim = uint16(best * 1000)
			}
			hits = append(hits, h)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	slices.SortFunc(hits, compareHits)
	return hits
}

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

// TestSearchMatchesReference compares every page of FindEntities with the
// reference on a generated store, for the whole workload, with and without
// a type filter.
func TestSearchMatchesReference(t *testing.T) {
	n := 400
	if testing.Short() {
		n = 120
	}
	s := synthStore(t, n)
	ctx := context.Background()
	x := buildRefIndex(t, s)
	ents, _, err := s.FindEntities(ctx, "", nil, Page{Limit: 1000})
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, e := range ents {
		names = append(names, e.Name)
	}
	terms := searchTerms(names)
	if len(ents) < 500 || len(terms) < 3000 {
		t.Fatalf("workload too small: %d entities, %d terms", len(ents), len(terms))
	}
	tiers := [3]int{}
	for i, term := range terms {
		var types []string
		if i%5 == 4 {
			types = []string{extract.Person, extract.Location}
		}
		want := refSearch(t, s, x, term, types)
		for _, h := range want {
			tiers[h.tier]++
		}
		for _, limit := range []int{10, 1000} {
			var got []Entity
			p := Page{Limit: limit}
			for page := 0; ; page++ {
				es, info, err := s.FindEntities(ctx, term, types, p)
				if err != nil {
					t.Fatalf("FindEntities(%q): %v", term, err)
				}
				if info.Total != len(want) {
					t.Fatalf("FindEntities(%q, %v) total %d; reference %d", term, types, info.Total, len(want))
				}
				got = append(got, es...)
				if !info.HasNext || page > 100 {
					break
				}
				p.After = info.Next
			}
			if len(got) != len(want) {
				t.Fatalf("FindEntities(%q, %v, first %d) paged through %d; reference %d", term, types, limit, len(got), len(want))
			}
			for j := range got {
				if got[j].ID != want[j].e.ID {
					t.Fatalf("FindEntities(%q, %v, first %d): hit %d is %d %q; reference %d %q (tier %d, sim %d)",
						term, types, limit, j, got[j].ID, got[j].Name, want[j].e.ID, want[j].e.Name, want[j].tier, want[j].sim)
				}
			}
		}
	}
	// The workload reaches every tier, or the comparison proves little.
	if tiers[0] == 0 || tiers[1] == 0 || tiers[2] < 1000 {
		t.Fatalf("hits by tier %v: want all three, fuzzy ones by the thousand", tiers)
	}
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
	i := 0
	for b.Loop() {
		if _, _, err := s.FindEntities(ctx, terms[i%len(terms)], nil, Page{Limit: 10}); err != nil {
			b.Fatal(err)
		}
		i++
	}
}
