package gazetteer

import (
	"bufio"
	"compress/gzip"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph/extract"
	"github.com/newsgraph/newsgraph/extract/ner/corpus"
)

// How Build decides, from the data rather than hand lists:
//
//   - Country actors are the Phoenix Countries entries coded with a bare
//     three-letter code ("RUSSIAN_FEDERATION_ [RUS]").
//   - Phoenix lists a country's own names first and its cities after them
//     (sometimes the capital first: USA starts with WASHINGTON). A variant is a
//     city when CoNLL-2003 train datelines ("MOSCOW 1996-08-30") name it, and
//     the first dateline city that follows one of the country's own names
//     (a variant seen tagged as an entity in the corpora) opens the city block:
//     it and every later variant are cities, which become their own entries.
//   - A country variant is a demonym when the corpora tag it MISC (CoNLL) or
//     gpe (GMB, mapped to MISC) more often than LOC ("Russian"), or, unseen,
//     when it ends like one (-an, -ese, -ish, -i); plurals add an "s".
//   - Other actors are people when their first word starts person names in the
//     corpora, or they come from Phoenix's leader lists (CountryInfo), and no
//     word is an organization word; otherwise organizations. Entries whose
//     words are all title words are roles, not actors.
//   - Titles are the words person variants put before the name
//     (SECRETARY_OF_STATE_JOHN_KERRY_ -> "secretary of state") plus the
//     government, military, judicial and elite roles of Phoenix.agents.txt.
//   - Display names are the variant most often tagged as an entity in CoNLL-2003
//     train and GMB, in its most frequent spelling, preferring full names to
//     acronyms ("United States" over "U.S."); unseen names are title-cased.

// orgWords mark organization names; they are generic English nouns.
var orgWords = map[string]bool{
	"ministry": true, "party": true, "council": true, "assembly": true, "army": true, "front": true,
	"service": true, "services": true, "committee": true, "government": true, "court": true,
	"parliament": true, "bank": true, "union": true, "agency": true, "organization": true,
	"organisation": true, "movement": true, "league": true, "forces": true, "force": true, "police": true,
	"brigade": true, "brigades": true, "group": true, "association": true, "federation": true,
	"house": true, "office": true, "department": true, "institute": true, "university": true,
	"company": true, "corporation": true, "commission": true, "congress": true, "senate": true,
	"cabinet": true, "kremlin": true, "navy": true, "guard": true, "alliance": true, "coalition": true,
	"network": true, "news": true, "fund": true, "authority": true, "board": true, "bureau": true,
	"nations": true, "community": true, "tribunal": true, "secretariat": true, "legion": true,
	"ministries": true, "administration": true, "regime": true, "command": true, "corps": true,
	"council's": true, "foundation": true, "center": true, "centre": true, "society": true,
	"church": true, "airlines": true, "airways": true, "group's": true, "inc": true, "ltd": true,
	"corp": true, "co": true, "association's": true, "industries": true, "workers": true,
	"tigers": true, "mujahideen": true, "jihad": true, "battalion": true, "division": true,
	"revolutionary": true, "liberation": true, "national": true, "islamic": true, "republican": true,
	"democratic": true, "socialist": true, "communist": true, "people's": true, "peoples": true,
	"rebels": true, "militia": true, "militias": true, "students": true, "embassy": true,
}

// titleAgentCodes are the Phoenix agent codes whose agents are role titles.
var titleAgentCodes = []string{"GOV", "LEG", "JUD", "MIL", "ELI", "COP", "SPY", "IGO", "OPP", "REB"}

type actor struct {
	primary   string   // raw id
	names     []string // display-ready names (primary first), raw spelling
	codes     []string
	current   []string // codes without an end date
	file      string
	leader    bool // from Phoenix's CountryInfo leader lists
	isCounty  bool
	isCurrent bool   // a country today, not a former state (RUSSIAN_SFSR)
	country   string // the country code, for country actors
	// qualified are names the actor has only in a spelling with a
	// parenthesised qualifier ("GUINEA_(BISSAU)_", "CONGO_(KINSHASA)_").
	// Stripped, they are another country's name, so they stay aliases but
	// never name the entry.
	qualified map[string]bool
}

// displayable drops the qualified names from names, unless none is left.
func (a *actor) displayable(names []string) []string {
	if len(a.qualified) == 0 {
		return names
	}
	var out []string
	for _, n := range names {
		if !a.qualified[n] {
			out = append(out, n)
		}
	}
	if len(out) == 0 {
		return names
	}
	return out
}

var (
	codeRe    = regexp.MustCompile(`\[([^\]]*)\]`)
	parenRe   = regexp.MustCompile(`\([^)]*\)`)
	isoDateRe = regexp.MustCompile(`^\d{4}-\d\d-\d\d$`)
)

// cleanName turns a Phoenix token (JOHN_KERRY_) into words ("JOHN KERRY").
func cleanName(s string) string {
	s = parenRe.ReplaceAllString(s, " ")
	s = strings.ReplaceAll(s, "_", " ")
	return strings.Join(strings.Fields(s), " ")
}

func parseActors(path string) ([]*actor, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("gazetteer: %w", err)
	}
	defer f.Close()
	file := filepath.Base(path)
	var out []*actor
	var cur *actor
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<16), 1<<20)
	for sc.Scan() {
		raw := sc.Text()
		comment := ""
		if i := strings.IndexByte(raw, '#'); i >= 0 {
			comment = raw[i:]
			raw = raw[:i]
		}
		codes := codeRe.FindAllStringSubmatch(raw, -1)
		body := strings.TrimSpace(codeRe.ReplaceAllString(raw, " "))
		indented := len(raw) > 0 && (raw[0] == ' ' || raw[0] == '\t')
		switch {
		case body == "" && len(codes) == 0:
			continue
		case strings.HasPrefix(body, "+"):
			if cur == nil {
				continue
			}
			for _, v := range strings.Split(body, "+") {
				if n := cleanName(v); n != "" && !strings.ContainsAny(n, "!{}") {
					if !strings.Contains(v, "(") {
						delete(cur.qualified, n) // also written plain: its own name ("CHINA_" and "CHINA_(PRC)_")
					} else if !slices.Contains(cur.names, n) {
						if cur.qualified == nil {
							cur.qualified = map[string]bool{}
						}
						cur.qualified[n] = true
					}
					cur.names = append(cur.names, n)
				}
			}
		case body == "" || indented:
			// a code line belongs to the current actor
		default:
			id := primaryID(body)
			n := cleanName(id)
			if n == "" || strings.ContainsAny(n, "!{}") {
				cur = nil
				continue
			}
			cur = &actor{primary: strings.Trim(id, "_"), names: []string{n}, file: file,
				leader: strings.Contains(comment, "CountryInfo")}
			out = append(out, cur)
		}
		if cur != nil {
			for _, c := range codes {
				if fs := strings.Fields(c[1]); len(fs) > 0 {
					cur.codes = append(cur.codes, fs[0])
					if len(fs) == 1 || strings.HasPrefix(fs[1], ">") {
						cur.current = append(cur.current, fs[0])
					}
				}
			}
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("gazetteer: %s: %w", path, err)
	}
	return out, nil
}

// primaryID is the actor id that opens a line. A few ids have a stray space
// ("UNITED_NATIONS COMMISSION_FOR_HUMAN_RIGHTS_"): read as the first word
// only, the commission became a second "United Nations". A comma ends the id
// ("JOHN_ROLAND_ROBINSON, BARON_MARTONMERE_": the rest is a title).
func primaryID(body string) string {
	var parts []string
	for _, f := range strings.Fields(body) {
		if before, ok := strings.CutSuffix(f, ","); ok {
			parts = append(parts, before)
			break
		}
		parts = append(parts, f)
	}
	return strings.Join(parts, "_")
}

// corpusStats is what the labelled corpora say about names.
type corpusStats struct {
	typeCount  map[string]map[string]int // key -> type -> count
	surface    map[string]map[string]int // key -> surface spelling -> count
	firstNames map[string]int            // lower first word of multi-word PER spans
	otherFirst map[string]int            // lower first word of other spans
	datelines  map[string]int            // key of dateline place names
}

func gatherStats(docs []corpus.Document, withDatelines bool, st *corpusStats) {
	for _, d := range docs {
		for si, s := range d.Sentences {
			for _, sp := range corpus.Spans(s.Tags) {
				surf := strings.Join(s.Words[sp.Start:sp.End], " ")
				k := Key(surf)
				if k == "" {
					continue
				}
				if st.typeCount[k] == nil {
					st.typeCount[k] = map[string]int{}
					st.surface[k] = map[string]int{}
				}
				st.typeCount[k][sp.Type]++
				st.surface[k][surf]++
				first := strings.ToLower(s.Words[sp.Start])
				if sp.Type == "PER" && sp.End-sp.Start >= 2 {
					st.firstNames[first]++
				} else if sp.Type != "PER" {
					st.otherFirst[first]++
				}
			}
			// Reuters datelines: the sentence right after the headline is
			// "PLACE YYYY-MM-DD"; the place is where the reporter is, a city.
			if withDatelines && si <= 2 && len(s.Words) >= 2 && isoDateRe.MatchString(s.Words[len(s.Words)-1]) {
				place := strings.Join(s.Words[:len(s.Words)-1], " ")
				if i := strings.IndexByte(place, ','); i > 0 {
					place = place[:i]
				}
				st.datelines[Key(place)]++
			}
		}
	}
}

// Build regenerates the gazetteer file from dataDir (the shared data folder
// with petrarch2/, conll2003/eng.train and gmb/ner_dataset.csv) and writes it,
// gzip-compressed, to w. The output is deterministic.
func Build(dataDir string, w io.Writer) error {
	conll, err := corpus.ReadCoNLL(filepath.Join(dataDir, "conll2003", "eng.train"))
	if err != nil {
		return err
	}
	gmb, err := corpus.ReadGMB(filepath.Join(dataDir, "gmb", "ner_dataset.csv"))
	if err != nil {
		return err
	}
	st := &corpusStats{typeCount: map[string]map[string]int{}, surface: map[string]map[string]int{},
		firstNames: map[string]int{}, otherFirst: map[string]int{}, datelines: map[string]int{}}
	gatherStats(conll, true, st)
	gatherStats(gmb, false, st)

	var actors []*actor
	for _, name := range []string{"Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt", "Phoenix.MilNonState.actors.txt"} {
		a, err := parseActors(filepath.Join(dataDir, "petrarch2", name))
		if err != nil {
			return err
		}
		actors = append(actors, a...)
	}
	titles, err := agentTitles(filepath.Join(dataDir, "petrarch2", "Phoenix.agents.txt"))
	if err != nil {
		return err
	}
	b := &builder{st: st, titles: titles, aliases: map[string][]int32{}, demonyms: map[string]int32{}, countries: map[string]bool{}, usedKeys: map[string]bool{},
		givenNames: map[string]int{}, groupKeys: map[string]bool{}, groupVariants: map[string][]string{}}
	for _, a := range actors {
		if words := strings.Fields(Key(a.names[0])); b.personShaped(a, words) {
			b.givenNames[words[0]]++
		}
	}
	for _, a := range actors {
		if a.file != "Phoenix.Countries.actors.txt" {
			continue
		}
		// A bare three-letter code marks a country; date-bounded codes put
		// the current one last ("[USRUKR <910824]" ... "[UKR >911221]").
		for _, c := range a.codes {
			if len(c) == 3 && isUpperASCII(c) {
				a.isCounty = true
				a.country = c
			}
		}
		for _, c := range a.current {
			if len(c) == 3 && isUpperASCII(c) {
				a.isCurrent = true
			}
		}
		if a.isCounty {
			b.countries[a.country] = true
		}
	}
	// Countries of today first, so they own their code; former states and
	// territories sharing a code become regions. Among blocks of one code, the
	// one the corpora tag as a place most often names the country: "GERMANY_
	// [DEU]" rather than "LEIPZIG_ ... [DEU >19901003]" (East German cities)
	// that comes first in the file, "MOLDOVA" rather than "TRANSNISTRIA".
	locSeen := func(a *actor) int {
		n := 0
		for _, name := range a.names {
			n += b.typeSeen(name, "LOC")
		}
		return n
	}
	var order []*actor
	for _, a := range actors {
		if a.isCounty {
			order = append(order, a)
		}
	}
	seen := make(map[*actor]int, len(order))
	for _, a := range order {
		seen[a] = locSeen(a)
	}
	first := map[string]int{} // code -> position of its first block, to keep file order across codes
	for i, a := range order {
		if _, ok := first[a.country]; !ok {
			first[a.country] = i
		}
	}
	pos := make(map[*actor]int, len(order))
	for i, a := range order {
		pos[a] = i
	}
	sort.SliceStable(order, func(i, j int) bool {
		a, c := order[i], order[j]
		if a.isCurrent != c.isCurrent {
			return a.isCurrent
		}
		if a.country != c.country {
			return first[a.country] < first[c.country]
		}
		if seen[a] != seen[c] {
			return seen[a] > seen[c]
		}
		return pos[a] < pos[c]
	})
	merged := mergeSpellings(actors)
	for _, a := range merged {
		if !a.isCounty {
			b.groupKeys[Key(a.names[0])] = true
		}
	}
	for _, a := range order {
		b.addCountry(a)
	}
	for _, a := range merged {
		if !a.isCounty {
			b.addActor(a)
		}
	}
	return b.write(w)
}

type builder struct {
	st        *corpusStats
	entries   []Entry
	aliases   map[string][]int32
	demonyms  map[string]int32
	titles    map[string]bool
	countries map[string]bool
	usedKeys  map[string]bool
	// groupKeys are the keys of the non-country actors' first names, and
	// groupVariants the country variants that name one of them (see
	// articleGroup), by the group's key: the group's entry takes them as
	// names.
	groupKeys     map[string]bool
	groupVariants map[string][]string
	// givenNames counts the first words of the actors named like persons:
	// "richard" opens 35, "secretary" and "hojatolislam" (titles written into a few names) fewer than five.
	givenNames map[string]int
}

func isUpperASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < 'A' || s[i] > 'Z' {
			return false
		}
	}
	return s != ""
}

func (b *builder) seen(name string) int {
	n := 0
	for _, c := range b.st.typeCount[Key(name)] {
		n += c
	}
	return n
}

func (b *builder) typeSeen(name, typ string) int { return b.st.typeCount[Key(name)][typ] }

// display picks the most frequent tagged spelling among names, preferring
// full names to acronyms; unseen names are title-cased.
func (b *builder) display(names []string) string {
	best, bestN, bestFull := "", -1, false
	for _, n := range names {
		k := Key(n)
		for surf, c := range b.st.surface[k] {
			full := hasLower(surf) && len(k) > 3
			if full && !bestFull || full == bestFull && (c > bestN || c == bestN && surf < best) {
				best, bestN, bestFull = surf, c, full
			}
		}
	}
	if best != "" {
		return best
	}
	return titleCase(names[0])
}

func hasLower(s string) bool {
	for _, r := range s {
		if unicode.IsLower(r) {
			return true
		}
	}
	return false
}

// titleCase writes "JOHN KERRY" as "John Kerry"; short dotted acronyms stay.
func titleCase(s string) string {
	words := strings.Fields(s)
	for i, w := range words {
		if strings.Contains(w, ".") && utf8.RuneCountInString(w) <= 5 {
			continue
		}
		lower := []rune(strings.ToLower(w))
		up := true
		for j, r := range lower {
			if up && unicode.IsLetter(r) {
				lower[j] = unicode.ToUpper(r)
			}
			up = r == '-' || r == '\''
		}
		if i > 0 && (w == "OF" || w == "THE" || w == "AND" || w == "FOR") {
			lower = []rune(strings.ToLower(w))
		}
		words[i] = string(lower)
	}
	return strings.Join(words, " ")
}

func (b *builder) add(e Entry) int32 {
	b.entries = append(b.entries, e)
	return int32(len(b.entries) - 1)
}

func (b *builder) alias(name string, id int32) {
	k := Key(name)
	if k == "" {
		return
	}
	for _, x := range b.aliases[k] {
		if x == id {
			return
		}
	}
	b.aliases[k] = append(b.aliases[k], id)
}

// isDatelineCity reports whether k names a dateline place or starts with one
// ("washington dc", "new york city").
func (b *builder) isDatelineCity(k string) bool {
	if b.st.datelines[k] > 0 {
		return true
	}
	for i := 0; i < len(k); i++ {
		if k[i] == ' ' && b.st.datelines[k[:i]] > 0 {
			return true
		}
	}
	return false
}

func looksDemonymUnseen(k string) bool {
	if strings.Contains(k, " ") {
		return false
	}
	for _, suf := range []string{"ian", "ese", "ish", "ean", "can", "ani", "iot"} {
		if strings.HasSuffix(k, suf) {
			return true
		}
	}
	return false
}

func (b *builder) addCountry(a *actor) {
	code := a.country
	primaryKey := Key(a.names[0])
	var own, demonyms, cities []string
	cityBlock := false
	sawOwn := false
	for i, n := range a.names {
		k := Key(n)
		if k == "" {
			continue
		}
		if i > 0 && k != primaryKey && b.isDatelineCity(k) {
			if sawOwn {
				cityBlock = true
			}
			cities = append(cities, n)
			continue
		}
		if cityBlock {
			cities = append(cities, n)
			continue
		}
		misc := b.typeSeen(n, "MISC")
		loc := b.typeSeen(n, "LOC")
		if k != primaryKey && (misc > loc || misc == 0 && loc == 0 && looksDemonymUnseen(k)) {
			demonyms = append(demonyms, n)
			continue
		}
		if loc > 0 && i > 0 {
			sawOwn = true
		}
		own = append(own, n)
	}
	if len(own) == 0 {
		own = a.names[:1]
	}
	e := Entry{Key: code, Name: b.display(a.displayable(own)), Type: extract.Location, Subtype: extract.Country, Country: code}
	if b.usedKeys[code] {
		// Territories share their sovereign's code (Mayotte [FRA]).
		e.Key = code + "/" + strings.ReplaceAll(strings.ToUpper(primaryKey), " ", "_")
		e.Subtype = extract.Region
	}
	b.usedKeys[e.Key] = true
	id := b.add(e)
	for _, n := range own {
		b.alias(n, id)
	}
	for _, n := range demonyms {
		k := Key(n)
		if _, dup := b.demonyms[k]; !dup {
			b.demonyms[k] = id
		}
		if _, isName := b.aliases[k+"s"]; !isName && !strings.HasSuffix(k, "s") && !strings.HasSuffix(k, "ese") && !strings.HasSuffix(k, "sh") {
			if _, dup := b.demonyms[k+"s"]; !dup {
				b.demonyms[k+"s"] = id
			}
		}
	}
	for _, n := range cities {
		k := Key(n)
		if b.articleGroup(k) {
			g := "al " + k
			if !b.groupKeys[g] {
				g = "al-" + k
			}
			b.groupVariants[g] = append(b.groupVariants[g], n)
			continue
		}
		ck := code + "/" + strings.ReplaceAll(strings.ToUpper(k), " ", "_")
		if b.usedKeys[ck] {
			continue
		}
		b.usedKeys[ck] = true
		cid := b.add(Entry{Key: ck, Name: b.display([]string{n}), Type: extract.Location, Subtype: extract.City, Country: code})
		b.alias(n, cid)
	}
}

// articleGroup reports whether a country's variant k names an armed or
// political group rather than a place: Phoenix files some groups among their
// country's variants (PALESTINE_ lists +FATAH after its cities, so it codes
// as a Palestinian actor), and the same group appears among the non-state
// actors under its Arabic name with the article (AL-FATAH_). A city is not
// also a group called "al-" + its name, so that pair marks the variant as
// the group.
func (b *builder) articleGroup(k string) bool {
	return b.groupKeys["al "+k] || b.groupKeys["al-"+k]
}

func (b *builder) isTitleWords(words []string) bool {
	return len(words) > 0 && b.titles[strings.Join(words, " ")]
}

// personShaped reports an actor whose primary name reads as a person's: two
// to five words, no organization word, not a role, and a leader or a first
// word that starts person names in the corpora more often than other names.
func (b *builder) personShaped(a *actor, words []string) bool {
	if len(words) < 2 || len(words) > 5 || b.titleLike(words) {
		return false
	}
	for _, w := range words {
		if orgWords[w] {
			return false
		}
	}
	return a.leader || b.st.firstNames[words[0]] > b.st.otherFirst[words[0]]
}

func (b *builder) addActor(a *actor) {
	country := ""
	for _, c := range a.codes {
		c = strings.TrimPrefix(c, "~")
		if len(c) >= 3 && b.countries[c[:3]] {
			country = c[:3]
			break
		}
	}
	words := strings.Fields(Key(a.names[0]))
	if len(words) == 0 {
		return
	}
	// A role (UN_SECRETARY_GENERAL): harvest as a title, not an actor.
	if b.titleLike(words) {
		if len(words) <= 5 {
			b.titles[strings.Join(words, " ")] = true
		}
		return
	}
	typ := extract.Organization
	if b.personShaped(a, words) {
		typ = extract.Person
	}
	var names []string
	if typ == extract.Person {
		names = b.personNames(a, words)
	} else {
		// The bare name a country listed ("Fatah") is the group's name too,
		// and the one news prints.
		names = slices.Concat(a.names, b.groupVariants[Key(a.names[0])])
	}
	if len(names) == 0 {
		return
	}
	id := b.add(Entry{Key: a.primary, Name: b.display(a.displayable(names)), Type: typ, Country: country})
	for _, n := range names {
		b.alias(n, id)
	}
}

// titleLike reports whether words are a role rather than a name: they contain
// a title word and no word that starts person names.
func (b *builder) titleLike(words []string) bool {
	hasTitle := false
	for i := range words {
		for j := len(words); j > i; j-- {
			if b.titles[strings.Join(words[i:j], " ")] {
				hasTitle = true
			}
		}
		if b.st.firstNames[words[i]] > 2 {
			return false
		}
	}
	return hasTitle
}

// personNames keeps a person's variants without their titles, and records
// those titles.
func (b *builder) personNames(a *actor, primary []string) []string {
	last := primary[len(primary)-1]
	full := strings.Join(primary, " ")
	out := []string{a.names[0]}
	for _, n := range a.names[1:] {
		w := strings.Fields(Key(n))
		raw := strings.Fields(n)
		if len(w) == 0 || w[len(w)-1] != last || len(w) != len(raw) {
			continue
		}
		hasOrg := false
		for _, x := range w {
			hasOrg = hasOrg || orgWords[x]
		}
		if hasOrg {
			continue
		}
		// "SECRETARY OF STATE JOHN KERRY": what precedes the full name is a title.
		if len(w) > len(primary) && strings.Join(w[len(w)-len(primary):], " ") == full {
			cut := len(w) - len(primary)
			// A given name is no title: "RICHARD AUGUSTE ONOUVIET" beside the
			// primary name "AUGUSTE ONOUVIET" made "richard" one.
			if cut <= 5 && !(cut == 1 && b.givenNames[w[0]] >= 5) {
				b.titles[strings.Join(w[:cut], " ")] = true
			}
			out = append(out, strings.Join(raw[cut:], " "))
			continue
		}
		// Otherwise strip the longest known title prefix ("SENATOR KERRY").
		cut := 0
		for i := 1; i < len(w); i++ {
			if b.titles[strings.Join(w[:i], " ")] {
				cut = i
			}
		}
		if cut > 0 {
			out = append(out, strings.Join(raw[cut:], " "))
			continue
		}
		out = append(out, n)
	}
	// A bare last name is too ambiguous to be an alias ("KERRY").
	kept := out[:0]
	for _, n := range out {
		if len(strings.Fields(n)) >= 2 {
			kept = append(kept, n)
		}
	}
	return kept
}

// agentTitles reads role titles from Phoenix.agents.txt.
func agentTitles(path string) (map[string]bool, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("gazetteer: %w", err)
	}
	defer f.Close()
	titles := map[string]bool{}
	// Forms of address are titles too; Phoenix does not list them.
	for _, t := range []string{"mr", "mrs", "ms", "dr", "sir", "lady", "lord"} {
		titles[t] = true
	}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		if i := strings.IndexByte(line, '#'); i >= 0 {
			line = line[:i]
		}
		m := codeRe.FindStringSubmatch(line)
		if m == nil {
			continue
		}
		code := m[1]
		ok := false
		for _, c := range titleAgentCodes {
			if strings.Contains(code, c) {
				ok = true
			}
		}
		if !ok {
			continue
		}
		name := strings.TrimSpace(codeRe.ReplaceAllString(line, ""))
		name = strings.ReplaceAll(name, "!MINIST!", "MINISTER_")
		name = strings.ReplaceAll(name, "!PERSON!", "MAN")
		name = strings.TrimSpace(strings.ReplaceAll(name, "{}", ""))
		k := Key(cleanName(name))
		if k == "" || strings.Contains(name, "!") {
			continue
		}
		w := strings.Fields(k)
		if len(w) > 5 {
			continue
		}
		isOrg := false
		for _, x := range w {
			if orgWords[x] {
				isOrg = true
			}
		}
		if !isOrg {
			titles[k] = true
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("gazetteer: %s: %w", path, err)
	}
	return titles, nil
}

func (b *builder) write(w io.Writer) error {
	zw, err := gzip.NewWriterLevel(w, gzip.BestCompression)
	if err != nil {
		return fmt.Errorf("gazetteer: %w", err)
	}
	bw := bufio.NewWriter(zw)
	for _, e := range b.entries {
		fmt.Fprintf(bw, "E\t%s\t%s\t%s\t%s\t%s\n", clean(e.Key), clean(e.Name), e.Type, e.Subtype, e.Country)
	}
	writeMap := func(tag string, m map[string][]int32) {
		keys := make([]string, 0, len(m))
		for k := range m {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		for _, k := range keys {
			ids := make([]string, len(m[k]))
			for i, id := range m[k] {
				ids[i] = fmt.Sprint(id)
			}
			fmt.Fprintf(bw, "%s\t%s\t%s\n", tag, k, strings.Join(ids, ","))
		}
	}
	writeMap("A", b.aliases)
	dm := make(map[string][]int32, len(b.demonyms))
	for k, v := range b.demonyms {
		dm[k] = []int32{v}
	}
	writeMap("D", dm)
	tk := make([]string, 0, len(b.titles))
	for t := range b.titles {
		tk = append(tk, t)
	}
	sort.Strings(tk)
	for _, t := range tk {
		fmt.Fprintf(bw, "T\t%s\n", t)
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("gazetteer: %w", err)
	}
	if err := zw.Close(); err != nil {
		return fmt.Errorf("gazetteer: %w", err)
	}
	return nil
}

func clean(s string) string {
	return strings.Map(func(r rune) rune {
		if r == '\t' || r == '\n' || r == '\r' {
			return ' '
		}
		return r
	}, s)
}
