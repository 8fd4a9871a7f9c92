// Package gazetteer knows the names of people, countries, cities and
// organizations that news writes about, with every variant spelling, the
// nationality words that point at countries, and role titles. Its data is
// built from the PETRARCH2/Phoenix dictionaries (MIT) by Build and embedded.
package gazetteer

import (
	"bufio"
	"bytes"
	"compress/gzip"
	_ "embed"
	"fmt"
	"io"
	"strings"
)

//go:embed gazetteer.tsv.gz
var embedded []byte

// Entry is one known actor.
type Entry struct {
	Key     string // stable id, the Phoenix actor name ("JOHN_KERRY", "RUS" for a country)
	Name    string // display name as news writes it ("John Kerry", "Russia")
	Type    string // extract.Person, extract.Location or extract.Organization
	Subtype string // extract.Country, extract.City... for locations
	Country string // ISO-3166 alpha-3-like code when known
}

// maxWords bounds the length of names and titles that lookups try.
const maxWords = 8

// Gazetteer answers name lookups. It is read-only and safe for concurrent use.
type Gazetteer struct {
	entries []Entry
	// nodes maps the hash of a name key, or of a proper word prefix of one,
	// to its entries (idPool[off:off+n]) and whether a longer name continues
	// it: off | n<<32 | more<<63. One lookup per word where a map of names
	// and a set of prefixes took two, and a map without pointers, which
	// the garbage collector skips.
	nodes    map[uint64]uint64
	idPool   []int32
	demonyms map[uint64]int32
	// personWords holds the Surname and GivenName bits of the words of
	// person names (personwords.go).
	personWords map[uint64]uint8
	titles      map[uint64]struct{}
	tprefix     map[uint64]struct{}
	// tstart has a bit for every hash in titles or tprefix, so IsTitle turns
	// away the many words that start no title without two map lookups.
	tstart []uint64
	// nstart does the same for names: a bit for every hash in names or
	// prefixes, so longest turns away most capitalised words (sentence
	// starts, unknown names) without a map lookup.
	nstart   []uint64
	maxName  int
	maxTitle int
}

// New decodes the embedded gazetteer.
func New() (*Gazetteer, error) {
	g, err := Decode(bytes.NewReader(embedded))
	if err != nil {
		return nil, fmt.Errorf("gazetteer: embedded data: %w", err)
	}
	g.nstart = make([]uint64, nameStartBits/64)
	for h := range g.nodes {
		b := h % nameStartBits
		g.nstart[b/64] |= 1 << (b % 64)
	}
	return g, nil
}

// node returns the entries named by a key hash (isName: there are some) and
// whether a longer name starts with that key.
func (g *Gazetteer) node(h uint64) (ids []int32, isName, more bool) {
	v, ok := g.nodes[h]
	if !ok {
		return nil, false, false
	}
	off, n := uint32(v), uint32(v>>32)&(1<<31-1)
	return g.idPool[off : off+n : off+n], n > 0, v>>63 != 0
}

// setNodes builds nodes from the names and prefixes Decode read.
func (g *Gazetteer) setNodes(names map[uint64][]int32, prefixes map[uint64]struct{}) {
	g.nodes = make(map[uint64]uint64, len(names)+len(prefixes))
	for h, ids := range names {
		g.nodes[h] = uint64(len(g.idPool)) | uint64(len(ids))<<32
		g.idPool = append(g.idPool, ids...)
	}
	for h := range prefixes {
		g.nodes[h] |= 1 << 63
	}
}

// nameStartBits sizes the name-start filter (128 KiB; about 70k hashes).
const nameStartBits = 1 << 20

// Decode reads a gazetteer written by Build.
func Decode(r io.Reader) (*Gazetteer, error) {
	g, _, _, err := decode(r)
	return g, err
}

// decode is Decode, also returning the names and prefixes it read (for tests).
func decode(r io.Reader) (*Gazetteer, map[uint64][]int32, map[uint64]struct{}, error) {
	g, names, prefixes, err := decodeMaps(r)
	if err != nil {
		return nil, nil, nil, err
	}
	g.setNodes(names, prefixes)
	return g, names, prefixes, nil
}

func decodeMaps(r io.Reader) (*Gazetteer, map[uint64][]int32, map[uint64]struct{}, error) {
	names := make(map[uint64][]int32)
	prefixes := make(map[uint64]struct{})
	zr, err := gzip.NewReader(r)
	if err != nil {
		return nil, nil, nil, fmt.Errorf("gazetteer: %w", err)
	}
	defer zr.Close()
	g := &Gazetteer{
		demonyms:    make(map[uint64]int32),
		personWords: make(map[uint64]uint8),
		titles:      make(map[uint64]struct{}),
		tprefix:     make(map[uint64]struct{}),
	}
	sc := bufio.NewScanner(zr)
	sc.Buffer(make([]byte, 1<<16), 1<<20)
	line := 0
	// personKeys are the aliases of people only, whose words become
	// person words once the titles (which may come later) are read.
	var personKeys, titleKeys []string
	for sc.Scan() {
		line++
		f := strings.Split(sc.Text(), "\t")
		switch f[0] {
		case "E":
			if len(f) != 6 {
				return nil, nil, nil, fmt.Errorf("gazetteer: line %d: entry needs 6 fields, has %d", line, len(f))
			}
			g.entries = append(g.entries, Entry{Key: f[1], Name: f[2], Type: f[3], Subtype: f[4], Country: f[5]})
		case "A", "D":
			if len(f) != 3 {
				return nil, nil, nil, fmt.Errorf("gazetteer: line %d: alias needs 3 fields", line)
			}
			var ids []int32
			for _, s := range strings.Split(f[2], ",") {
				var id int32
				if _, err := fmt.Sscan(s, &id); err != nil || id < 0 || int(id) >= len(g.entries) {
					return nil, nil, nil, fmt.Errorf("gazetteer: line %d: bad entry index %q", line, s)
				}
				ids = append(ids, id)
			}
			if f[0] == "D" {
				g.demonyms[hashKey(f[1])] = ids[0]
				continue
			}
			names[hashKey(f[1])] = ids
			if g.allPersons(ids) {
				personKeys = append(personKeys, f[1])
			}
			g.maxName = max(g.maxName, addPrefixes(prefixes, f[1]))
		case "T":
			if len(f) != 2 {
				return nil, nil, nil, fmt.Errorf("gazetteer: line %d: title needs 2 fields", line)
			}
			g.titles[hashKey(f[1])] = struct{}{}
			titleKeys = append(titleKeys, f[1])
			g.maxTitle = max(g.maxTitle, addPrefixes(g.tprefix, f[1]))
		default:
			return nil, nil, nil, fmt.Errorf("gazetteer: line %d: unknown record %q", line, f[0])
		}
	}
	if err := sc.Err(); err != nil {
		return nil, nil, nil, fmt.Errorf("gazetteer: %w", err)
	}
	g.tstart = make([]uint64, titleStartBits/64)
	for _, set := range []map[uint64]struct{}{g.titles, g.tprefix} {
		for h := range set {
			b := h % titleStartBits
			g.tstart[b/64] |= 1 << (b % 64)
		}
	}
	titleWords := make(map[uint64]struct{})
	for _, k := range titleKeys {
		for _, w := range strings.Fields(k) {
			titleWords[hashKey(w)] = struct{}{}
		}
	}
	for _, k := range personKeys {
		g.addPersonWords(k, titleWords)
	}
	return g, names, prefixes, nil
}

// titleStartBits sizes the title-start filter (8 KiB).
const titleStartBits = 1 << 16

// addPrefixes records the hashes of every proper word prefix of key and
// returns its number of words.
func addPrefixes(set map[uint64]struct{}, key string) int {
	n := 1
	for i := 0; i < len(key); i++ {
		if key[i] == ' ' {
			set[hashKey(key[:i])] = struct{}{}
			n++
		}
	}
	return min(n, maxWords)
}

// Len is the number of entries.
func (g *Gazetteer) Len() int { return len(g.entries) }

// Lookup returns the entries known by name, ignoring case, accents and dots.
func (g *Gazetteer) Lookup(name string) []Entry {
	ids, _, _ := g.node(keyHash(name))
	return g.entries2(ids)
}

func (g *Gazetteer) entries2(ids []int32) []Entry {
	if len(ids) == 0 {
		return nil
	}
	out := make([]Entry, len(ids))
	for i, id := range ids {
		out[i] = g.entries[id]
	}
	return out
}

// Demonym returns the country a nationality word points at ("Russians" ->
// Russia).
func (g *Gazetteer) Demonym(word string) (Entry, bool) {
	id, ok := g.demonyms[keyHash(word)]
	if !ok {
		return Entry{}, false
	}
	return g.entries[id], true
}

// IsDemonym is Demonym without building the entry, for hot loops.
func (g *Gazetteer) IsDemonym(word string) bool {
	h, ok := hashWord(fnvOffset, word, true)
	if !ok {
		return false
	}
	_, ok = g.demonyms[h]
	return ok
}

// LongestMatch returns the length of the longest known name starting at
// words[i] and its entries; n is 0 when none starts there. The words may be in
// any case.
func (g *Gazetteer) LongestMatch(lower []string, i int) (n int, entries []Entry) {
	n, ids := g.longest(lower, i)
	return n, g.entries2(ids)
}

// MatchTypes is LongestMatch reporting only the entries' types as a bit set
// (1 Person, 2 Location, 4 Organization, 8 country), without allocating.
func (g *Gazetteer) MatchTypes(words []string, i int) (n int, types uint8) {
	n, ids := g.longest(words, i)
	return n, g.typesOf(ids)
}

// allPersons reports whether ids are all people.
func (g *Gazetteer) allPersons(ids []int32) bool {
	for _, id := range ids {
		if g.entries[id].Type != "PERSON" {
			return false
		}
	}
	return len(ids) > 0
}

func (g *Gazetteer) typesOf(ids []int32) (types uint8) {
	for _, id := range ids {
		e := &g.entries[id]
		switch e.Type {
		case "PERSON":
			types |= 1
		case "LOCATION":
			types |= 2
			if e.Subtype == "COUNTRY" {
				types |= 8
			}
		case "ORGANIZATION":
			types |= 4
		}
	}
	return types
}

func (g *Gazetteer) longest(words []string, i int) (int, []int32) {
	h := uint64(fnvOffset)
	best, bestIDs := 0, []int32(nil)
	for j := i; j < len(words) && j-i < g.maxName; j++ {
		var ok bool
		h, ok = hashWord(h, words[j], j == i)
		if !ok {
			break
		}
		if b := h % nameStartBits; j == i && g.nstart != nil && g.nstart[b/64]&(1<<(b%64)) == 0 {
			return 0, nil
		}
		ids, found, more := g.node(h)
		if found {
			best, bestIDs = j-i+1, ids
		}
		if !more {
			break
		}
	}
	return best, bestIDs
}

// Start is what the gazetteer knows from one word alone: its folded hash and
// the lookups of the one-word name and title. A caller that sees the same
// spellings again and again (the tagger, per token) computes it once per
// spelling with WordStart and continues with MatchTypesFrom and IsTitleFrom,
// which answer exactly as MatchTypes and IsTitle.
type Start struct {
	hash uint64
	// name: a name may start here; name1: the word alone is one, of
	// nameTypes; nameMore: a longer name may continue.
	name, name1, nameMore    bool
	nameTypes                uint8
	title, title1, titleMore bool
	// Demonym is IsDemonym(word).
	Demonym bool
}

// WordStart computes the Start of a word.
func (g *Gazetteer) WordStart(word string) Start {
	h, ok := hashWord(fnvOffset, word, true)
	if !ok {
		return Start{}
	}
	st := Start{hash: h}
	if b := h % nameStartBits; g.maxName > 0 && (g.nstart == nil || g.nstart[b/64]&(1<<(b%64)) != 0) {
		st.name = true
		var ids []int32
		ids, st.name1, st.nameMore = g.node(h)
		st.nameTypes = g.typesOf(ids)
	}
	if b := h % titleStartBits; g.maxTitle > 0 && (g.tstart == nil || g.tstart[b/64]&(1<<(b%64)) != 0) {
		st.title = true
		_, st.title1 = g.titles[h]
		_, st.titleMore = g.tprefix[h]
	}
	_, st.Demonym = g.demonyms[h]
	return st
}

// MayStartName is false when MatchTypes at this word is sure to return 0.
func (st *Start) MayStartName() bool { return st.name }

// OneWordTypes is the types MatchTypes reports for the word alone: those of
// the one-word name, 0 when the word alone names nothing.
func (st *Start) OneWordTypes() uint8 {
	if !st.name1 {
		return 0
	}
	return st.nameTypes
}

// MayStartTitle is false when IsTitle at this word is sure to return 0.
func (st *Start) MayStartTitle() bool { return st.title }

// MatchTypesFrom is MatchTypes(words, i) given st = WordStart(words[i]).
func (g *Gazetteer) MatchTypesFrom(words []string, i int, st *Start) (n int, types uint8) {
	if !st.name {
		return 0, 0
	}
	if st.name1 {
		n, types = 1, st.nameTypes
	}
	if !st.nameMore {
		return n, types
	}
	h := st.hash
	var bestIDs []int32
	for j := i + 1; j < len(words) && j-i < g.maxName; j++ {
		var ok bool
		h, ok = hashWord(h, words[j], false)
		if !ok {
			break
		}
		ids, found, more := g.node(h)
		if found {
			n, bestIDs = j-i+1, ids
		}
		if !more {
			break
		}
	}
	if n > 1 {
		types = g.typesOf(bestIDs)
	}
	return n, types
}

// IsTitleFrom is IsTitle(words, i) given st = WordStart(words[i]).
func (g *Gazetteer) IsTitleFrom(words []string, i int, st *Start) int {
	if !st.title {
		return 0
	}
	best := 0
	if st.title1 {
		best = 1
	}
	if !st.titleMore {
		return best
	}
	h := st.hash
	for j := i + 1; j < len(words) && j-i < g.maxTitle; j++ {
		var ok bool
		h, ok = hashWord(h, words[j], false)
		if !ok {
			break
		}
		if _, found := g.titles[h]; found {
			best = j - i + 1
		}
		if _, more := g.tprefix[h]; !more {
			break
		}
	}
	return best
}

// IsTitle returns the number of words of the longest role title ("secretary
// of state", "foreign minister", "president") starting at lowerWords[i], or 0.
func (g *Gazetteer) IsTitle(lowerWords []string, i int) int {
	h := uint64(fnvOffset)
	best := 0
	for j := i; j < len(lowerWords) && j-i < g.maxTitle; j++ {
		var ok bool
		h, ok = hashWord(h, lowerWords[j], j == i)
		if !ok {
			break
		}
		if b := h % titleStartBits; j == i && g.tstart != nil && g.tstart[b/64]&(1<<(b%64)) == 0 {
			return 0
		}
		if _, found := g.titles[h]; found {
			best = j - i + 1
		}
		if _, more := g.tprefix[h]; !more {
			break
		}
	}
	return best
}
