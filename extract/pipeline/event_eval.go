package pipeline

// Scoring extracted events against hand-labelled gold events (testdata/events):
// the measurement behind `newsgraph eval events --gold` and the quality floor test.

import (
	"bufio"
	"fmt"
	"io"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph/extract"
)

// GoldDoc is one labelled document: its id in the sample corpus and its events.
type GoldDoc struct {
	ID     string
	Split  string // "dev" or "heldout"
	Events []GoldEvent
}

// GoldEvent is one labelled event.
type GoldEvent struct {
	Type      string
	Sentences []int // paragraph indices of the sentences that report it
	Trigger   string
	Parts     []GoldPart
	Location  []string // alternative names, nil when the text names no place
	Date      string   // YYYY-MM-DD, YYYY-MM or YYYY; "" when the text gives none
	Line      int
}

// GoldPart is one named participant: any of Names may stand for it.
type GoldPart struct {
	Names    []string
	Role     string
	Optional bool // the label allows the extractor to include or leave it out
}

// EventGold is a parsed gold file.
type EventGold struct {
	Published string // the date every document is read as published on
	Docs      []GoldDoc
}

// ReadEventGold parses the tab-separated gold format described in the file's header.
func ReadEventGold(r io.Reader, name string) (*EventGold, error) {
	g := &EventGold{}
	sc := bufio.NewScanner(r)
	ln := 0
	bad := func(format string, a ...any) error {
		return fmt.Errorf("%s:%d: %s", name, ln, fmt.Sprintf(format, a...))
	}
	for sc.Scan() {
		ln++
		line := strings.TrimRight(sc.Text(), "\r")
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		if rest, ok := strings.CutPrefix(line, "published "); ok {
			g.Published = strings.TrimSpace(rest)
			continue
		}
		if rest, ok := strings.CutPrefix(line, "doc "); ok {
			f := strings.Fields(rest)
			if len(f) == 0 {
				return nil, bad("doc line without an id")
			}
			d := GoldDoc{ID: f[0], Split: "dev"}
			for _, kv := range f[1:] {
				if v, ok := strings.CutPrefix(kv, "split="); ok {
					d.Split = v
				}
			}
			g.Docs = append(g.Docs, d)
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != 6 {
			return nil, bad("want 6 tab-separated fields, got %d", len(f))
		}
		if len(g.Docs) == 0 {
			return nil, bad("event before the first doc line")
		}
		ev := GoldEvent{Type: f[0], Trigger: f[2], Line: ln}
		for _, s := range strings.Split(f[1], ",") {
			n, err := strconv.Atoi(strings.TrimSpace(s))
			if err != nil {
				return nil, bad("sentence index %q: %v", s, err)
			}
			ev.Sentences = append(ev.Sentences, n)
		}
		for _, p := range strings.Split(f[3], ";") {
			p = strings.TrimSpace(p)
			if p == "" || p == "-" {
				continue
			}
			names, role, ok := strings.Cut(p, ":")
			if !ok {
				return nil, bad("participant %q has no :ROLE", p)
			}
			gp := GoldPart{Role: role}
			if strings.HasSuffix(names, "?") {
				gp.Optional, names = true, strings.TrimSuffix(names, "?")
			}
			gp.Names = strings.Split(names, "|")
			ev.Parts = append(ev.Parts, gp)
		}
		if f[4] != "-" {
			ev.Location = strings.Split(f[4], "|")
		}
		if f[5] != "-" {
			ev.Date = f[5]
		}
		d := &g.Docs[len(g.Docs)-1]
		d.Events = append(d.Events, ev)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	return g, nil
}

// Counts are true positives, false positives and false negatives.
type Counts struct{ TP, FP, FN int }

// P is precision, 0 when nothing was predicted.
func (c Counts) P() float64 { return ratio(c.TP, c.TP+c.FP) }

// R is recall, 0 when nothing was expected.
func (c Counts) R() float64 { return ratio(c.TP, c.TP+c.FN) }

// F1 is the harmonic mean of P and R.
func (c Counts) F1() float64 {
	p, r := c.P(), c.R()
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// EventScore accumulates the comparison of extracted and gold events.
type EventScore struct {
	Types map[string]*Counts
	// Strict: type, a shared sentence and the right named participants.
	Strict Counts
	// Loose: type and a shared sentence only (the participants may be wrong).
	Loose Counts
	// Dates of matched events whose gold date is to the day, and how many were right.
	DayDates, DayDatesRight int
	// Dates of matched events given to month or year, and how many were right.
	CoarseDates, CoarseDatesRight int
	// LooseDates: the same date counts over events matched by type and
	// sentence only, which gives each set more dated events to learn from
	// (a date can be right though a participant is missed).
	LooseDates DateCounts
	// Matched events with a gold place, and how many got it.
	Places, PlacesRight int
	// Matched participants with a gold AGENT or PATIENT role, and how many agreed.
	Roles, RolesRight int
	// Errors lists each false positive and false negative, for reading.
	Errors []string
	// Misses counts the false negatives by why they were missed (the Miss
	// constants; the trigger classes only when scored by ScoreReads).
	Misses map[string]int
	// Guards counts, by guard, the events the guards removed that would
	// and would not have matched a gold event (ScoreGuards), and GuardLines
	// lists each (LOST or REMOVED), for reading.
	Guards     map[string]*GuardCounts
	GuardLines []string
	// GuardLostGold counts the missed gold events some removed event
	// would have matched (each once, whichever guards removed it).
	GuardLostGold int
	// reads and readStarts: the document's trigger reads and paragraph
	// starts while ScoreReads scores it.
	reads      []TriggerRead
	readStarts []int
}

// DateCounts counts matched events with a gold date to the day, or to the
// month or year, and how many of them the extractor dated right.
type DateCounts struct {
	Day, DayRight       int
	Coarse, CoarseRight int
}

// add counts one matched event and says whether its date is right ("" when
// the gold event has no date, which is not counted).
func (c *DateCounts) add(gold, got string) bool {
	switch {
	case len(gold) == 10:
		c.Day++
		if got == gold {
			c.DayRight++
			return true
		}
	case gold != "":
		c.Coarse++
		if got == gold {
			c.CoarseRight++
			return true
		}
	}
	return gold == ""
}

// NewEventScore returns an empty score.
func NewEventScore() *EventScore { return &EventScore{Types: map[string]*Counts{}} }

func (s *EventScore) typ(t string) *Counts {
	c := s.Types[t]
	if c == nil {
		c = &Counts{}
		s.Types[t] = c
	}
	return c
}

// predOf is ev seen through the gold format's eyes: the paragraphs of its
// evidence (starts: paragraphs of the text), its participants' names.
func predOf(ev extract.Event, ents map[string]*extract.Entity, starts []int) predEvent {
	pe := predEvent{ev: ev, paras: map[int]bool{}}
	for _, x := range ev.Evidence {
		pe.paras[paraOf(starts, x.Start)] = true
	}
	for _, p := range ev.Participants {
		if e := ents[p.Entity]; e != nil {
			pe.parts = append(pe.parts, predPart{names: entityNames(e), role: p.Role, label: e.Name})
		}
	}
	if e := ents[ev.Location]; e != nil {
		pe.loc = entityNames(e)
	}
	return pe
}

// predEvent is an extracted event seen through the gold format's eyes.
type predEvent struct {
	ev    extract.Event
	paras map[int]bool
	parts []predPart
	loc   map[string]bool
}

type predPart struct {
	names map[string]bool // lower-cased name, aliases and mention texts
	role  string
	label string
}

// paragraphs returns the code-point start of each "\n\n"-separated paragraph.
func paragraphs(text string) []int {
	starts := []int{0}
	pos := 0
	for i := 0; i < len(text); {
		if strings.HasPrefix(text[i:], "\n\n") {
			j := i
			for j < len(text) && text[j] == '\n' {
				j++
			}
			pos += j - i
			i = j
			starts = append(starts, pos)
			continue
		}
		_, n := utf8.DecodeRuneInString(text[i:])
		i += n
		pos++
	}
	return starts
}

func paraOf(starts []int, off int) int {
	return sort.Search(len(starts), func(i int) bool { return starts[i] > off }) - 1
}

func entityNames(e *extract.Entity) map[string]bool {
	m := map[string]bool{strings.ToLower(e.Name): true}
	for _, a := range e.Aliases {
		m[strings.ToLower(a)] = true
	}
	for _, mn := range e.Mentions {
		m[strings.ToLower(mn.Text)] = true
	}
	return m
}

// Score compares the events extracted from one document with its gold events.
// goldType: the labelling guideline (testdata/events/README.md) covers the
// inventory less ACQUISITION and MERGER, which were added after the sets
// were labelled.
func goldType(t string) bool { return inventory[t] && t != "ACQUISITION" && t != "MERGER" }

func (s *EventScore) Score(g GoldDoc, text string, a *extract.Analysis) { s.score(g, text, a) }

// score is Score, returning which gold events were matched and, by index
// into a.Events, which extracted events were right (1), false (-1) or not
// scored (0).
func (s *EventScore) score(g GoldDoc, text string, a *extract.Analysis) (goldUsed []bool, right []int) {
	right = make([]int, len(a.Events))
	var predAt []int // preds index -> a.Events index
	starts := paragraphs(text)
	ents := map[string]*extract.Entity{}
	for i := range a.Entities {
		ents[a.Entities[i].ID] = &a.Entities[i]
	}
	var preds []predEvent
	for ai, ev := range a.Events {
		if !goldType(ev.Type) {
			continue // a type the labelling guideline leaves out (business events): not labelled, so not scored
		}
		preds = append(preds, predOf(ev, ents, starts))
		predAt = append(predAt, ai)
	}
	goldUsed = make([]bool, len(g.Events))
	looseUsed := make([]bool, len(g.Events))
	for pi, pe := range preds {
		loose := -1
		for gi, ge := range g.Events {
			if !looseUsed[gi] && ge.Type == pe.ev.Type && sharesSentence(ge, pe) {
				if loose < 0 || !sameTrigger(g.Events[loose], pe) && sameTrigger(ge, pe) {
					loose = gi
				}
			}
		}
		looseErr := ""
		if loose >= 0 {
			looseUsed[loose] = true
			s.Loose.TP++
			looseErr = s.looseDate(g, loose, pe)
		} else {
			s.Loose.FP++
		}
		matched := -1
		var assign []int
		for gi, ge := range g.Events {
			if goldUsed[gi] || ge.Type != pe.ev.Type || !sharesSentence(ge, pe) {
				continue
			}
			if matched >= 0 && (sameTrigger(g.Events[matched], pe) || !sameTrigger(ge, pe)) {
				continue
			}
			if as, ok := matchParts(ge.Parts, pe.parts); ok {
				matched, assign = gi, as
			}
		}
		if looseErr != "" && matched != loose {
			s.Errors = append(s.Errors, looseErr) // else its "DATE" line below stands for both matchings
		}
		if matched < 0 {
			right[predAt[pi]] = -1
			s.Strict.FP++
			s.typ(pe.ev.Type).FP++
			s.Errors = append(s.Errors, fmt.Sprintf("%s FP %s %q %s sentences %v%s", g.ID, pe.ev.Type, pe.ev.Trigger, partLabels(pe), keys(pe.paras), typeSentNote(g, pe, loose)))
			continue
		}
		goldUsed[matched] = true
		right[predAt[pi]] = 1
		ge := g.Events[matched]
		s.Strict.TP++
		s.typ(ge.Type).TP++
		switch {
		case len(ge.Date) == 10:
			s.DayDates++
			if pe.ev.Date == ge.Date {
				s.DayDatesRight++
			} else {
				s.Errors = append(s.Errors, fmt.Sprintf("%s DATE %s %q = %q; want %q", g.ID, ge.Type, pe.ev.Trigger, pe.ev.Date, ge.Date))
			}
		case ge.Date != "":
			s.CoarseDates++
			if pe.ev.Date == ge.Date {
				s.CoarseDatesRight++
			} else {
				s.Errors = append(s.Errors, fmt.Sprintf("%s DATE %s %q = %q; want %q", g.ID, ge.Type, pe.ev.Trigger, pe.ev.Date, ge.Date))
			}
		}
		if ge.Location != nil {
			s.Places++
			right := false
			for _, n := range ge.Location {
				if pe.loc[strings.ToLower(n)] {
					right = true
				}
			}
			if right {
				s.PlacesRight++
			} else {
				s.Errors = append(s.Errors, fmt.Sprintf("%s PLACE %s %q = %v; want %q", g.ID, ge.Type, pe.ev.Trigger, keysS(pe.loc), ge.Location))
			}
		}
		for pi, gi := range assign {
			if gi < 0 {
				continue
			}
			if r := ge.Parts[gi].Role; r == agent || r == patient {
				s.Roles++
				if pe.parts[pi].role == r {
					s.RolesRight++
				}
			}
		}
	}
	for gi, ge := range g.Events {
		if !looseUsed[gi] {
			s.Loose.FN++
		}
		if !goldUsed[gi] {
			s.Strict.FN++
			s.typ(ge.Type).FN++
			why := MissNoTrigger
			if looseUsed[gi] {
				why = MissOtherParts
			} else if s.reads != nil {
				why = s.missWhy(ge)
			}
			s.countMiss(why)
			s.Errors = append(s.Errors, fmt.Sprintf("%s FN %s %q (line %d): %s", g.ID, ge.Type, ge.Trigger, ge.Line, why))
		}
	}
	return goldUsed, right
}

// looseDate counts the date of pe, matched by type and sentence to gold
// event gi, and returns its error line when the date is wrong. The line is
// listed only when the participants matching did not pair pe with the same
// gold event: a "DATE" line is an error under both matchings, a "DATE
// type+sentence" line under the type+sentence matching only.
func (s *EventScore) looseDate(g GoldDoc, gi int, pe predEvent) string {
	ge := g.Events[gi]
	if s.LooseDates.add(ge.Date, pe.ev.Date) {
		return ""
	}
	return fmt.Sprintf("%s DATE type+sentence %s %q (line %d) = %q; want %q", g.ID, ge.Type, pe.ev.Trigger, ge.Line, pe.ev.Date, ge.Date)
}

// sameTrigger: the gold event's trigger and the extracted one share a word.
// Of several gold events an extracted one could match (two killings of one
// sentence, both naming Pakistan), it is the one with its trigger, so that
// its date and place are compared with its own event's.
func sameTrigger(ge GoldEvent, pe predEvent) bool {
	for _, w := range strings.Fields(strings.ToLower(pe.ev.Trigger)) {
		if len(w) < 3 {
			continue
		}
		for _, x := range strings.Fields(strings.ToLower(ge.Trigger)) {
			if w == x {
				return true
			}
		}
	}
	return false
}

// typeSentNote marks a false event that is false by type and sentence too
// (the "type+sentence" FPs): either no gold event of its type is told in any
// of its sentences (a spurious event), or the ones there were all taken by
// other extracted events (a repeat left unmerged). The rest, with a note-less
// line, are right by type and sentence with the wrong participants.
func typeSentNote(g GoldDoc, pe predEvent, loose int) string {
	if loose >= 0 {
		return ""
	}
	for _, ge := range g.Events {
		if ge.Type == pe.ev.Type && sharesSentence(ge, pe) {
			return " [type+sent: repeat]"
		}
	}
	return " [type+sent: no gold]"
}

func sharesSentence(ge GoldEvent, pe predEvent) bool {
	for _, si := range ge.Sentences {
		if pe.paras[si] {
			return true
		}
	}
	return false
}

// matchParts pairs each predicted participant with a distinct gold one and
// requires every non-optional gold participant to be paired. It returns, per
// predicted participant, the gold index it took.
func matchParts(gold []GoldPart, pred []predPart) ([]int, bool) {
	assign := make([]int, len(pred))
	used := make([]bool, len(gold))
	var try func(pi int) bool
	try = func(pi int) bool {
		if pi == len(pred) {
			for gi, g := range gold {
				if !used[gi] && !g.Optional {
					return false
				}
			}
			return true
		}
		for gi, g := range gold {
			if used[gi] || !namesMatch(g.Names, pred[pi].names) {
				continue
			}
			used[gi], assign[pi] = true, gi
			if try(pi + 1) {
				return true
			}
			used[gi] = false
		}
		return false
	}
	if len(pred) > 8 { // a runaway participant list is wrong anyway
		return nil, false
	}
	return assign, try(0)
}

// namesMatch: one of a gold participant's alternatives is a name, alias or
// mention text of the extracted one. A gold alternative written with its
// possessive ("Iraq's", as the labellers copy "Iraq's main Sunni Arab
// coalition") names the entity whose mention is "Iraq": the tokenizer splits
// the clitic off, so no mention text ever carries it, and the 52 TUNE gold
// events whose one required name was written so could never match
// (twenty-first session, helper elect22).
func namesMatch(alts []string, names map[string]bool) bool {
	for _, a := range alts {
		a = strings.ToLower(a)
		if names[a] {
			return true
		}
		if base, ok := possessiveBase(a); ok && names[base] {
			return true
		}
	}
	return false
}

// possessiveBase is a name without its possessive clitic ("iraq's" ->
// "iraq", "the philippines'" -> "the philippines").
func possessiveBase(a string) (string, bool) {
	for _, suf := range []string{"'s", "\u2019s"} {
		if b, ok := strings.CutSuffix(a, suf); ok && b != "" {
			return b, true
		}
	}
	if b, ok := strings.CutSuffix(a, "s'"); ok && b != "" {
		return b + "s", true
	}
	return "", false
}

func partLabels(pe predEvent) string {
	var b []string
	for _, p := range pe.parts {
		b = append(b, p.label+":"+p.role)
	}
	return "[" + strings.Join(b, "; ") + "]"
}

func keys(m map[int]bool) []int {
	var out []int
	for k := range m {
		out = append(out, k)
	}
	sort.Ints(out)
	return out
}

// Report prints per-type and overall figures.
func (s *EventScore) Report(w io.Writer) {
	var types []string
	for t := range s.Types {
		types = append(types, t)
	}
	sort.Strings(types)
	fmt.Fprintf(w, "%-18s %5s %5s %5s %7s %7s %7s\n", "type", "tp", "fp", "fn", "P", "R", "F1")
	for _, t := range types {
		c := *s.Types[t]
		fmt.Fprintf(w, "%-18s %5d %5d %5d %7.3f %7.3f %7.3f\n", t, c.TP, c.FP, c.FN, c.P(), c.R(), c.F1())
	}
	line := func(name string, c Counts) {
		fmt.Fprintf(w, "%-18s %5d %5d %5d %7.3f %7.3f %7.3f\n", name, c.TP, c.FP, c.FN, c.P(), c.R(), c.F1())
	}
	line("ALL (participants)", s.Strict)
	line("ALL (type+sentence)", s.Loose)
	fmt.Fprintf(w, "dates to the day: %d/%d = %.3f; month/year: %d/%d\n", s.DayDatesRight, s.DayDates, ratio(s.DayDatesRight, s.DayDates), s.CoarseDatesRight, s.CoarseDates)
	l := s.LooseDates
	fmt.Fprintf(w, "type+sentence dates: to the day %d/%d = %.3f; month/year: %d/%d\n", l.DayRight, l.Day, ratio(l.DayRight, l.Day), l.CoarseRight, l.Coarse)
	fmt.Fprintf(w, "places: %d/%d = %.3f; agent/patient roles: %d/%d = %.3f\n", s.PlacesRight, s.Places, ratio(s.PlacesRight, s.Places), s.RolesRight, s.Roles, ratio(s.RolesRight, s.Roles))
}

func keysS(m map[string]bool) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}
