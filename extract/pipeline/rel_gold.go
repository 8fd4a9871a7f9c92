package pipeline

// Scoring extracted relations against hand-labelled news relations
// (testdata/relations): the measurement behind `newsgraph eval relations --gold`.
// The guideline and the scoring rules are in testdata/relations/README.md.

import (
	"bufio"
	"fmt"
	"io"
	"slices"
	"sort"
	"strconv"
	"strings"

	"github.com/newsgraph/newsgraph/extract"
)

// RelGoldDoc is one labelled story: its id and its relations.
type RelGoldDoc struct {
	ID    string
	Split string
	Rels  []RelGold
}

// RelGold is one labelled relation.
type RelGold struct {
	// Types are the product types that state it, the first the one it counts
	// under ("MEMBER_OF|WORKS_FOR": either is right).
	Types []string
	// Optional: the text half states it; found or not, it counts neither way.
	Optional bool
	Paras    []int    // paragraph indices that state it, for the reader
	Source   []string // alternative names of the source
	Target   []string // alternative names of the target
	Titles   []string // a role's title alternatives (HOLDS_ROLE), nil otherwise
	Line     int
}

// RelClass is the class a relation type is scored in, "" for the types the
// news guideline leaves out (LIVES_IN, KILLED, REPORTED_FROM, RELATED_TO).
// WORKS_FOR and HOLDS_ROLE are one class: the extractor writes either for the
// same fact ("Atlanta businessman Neil Estes", "Russian Foreign Minister
// Sergey Lavrov") and the issue names them together.
func RelClass(typ string) string {
	switch typ {
	case "WORKS_FOR", "HOLDS_ROLE":
		return "WORKS_FOR"
	case "MEMBER_OF", "CITIZEN_OF", "LOCATED_IN", "BASED_IN", "MET_WITH", "SPOKE_WITH":
		return typ
	}
	return ""
}

// symmetricRel: a meeting or a call has no direction.
func symmetricRel(class string) bool { return class == "MET_WITH" || class == "SPOKE_WITH" }

// ReadRelationGold parses the tab-separated format of testdata/relations/README.md.
func ReadRelationGold(r io.Reader, name string) ([]RelGoldDoc, error) {
	var docs []RelGoldDoc
	sc := bufio.NewScanner(r)
	ln := 0
	bad := func(format string, a ...any) error {
		return fmt.Errorf("%s:%d: %s", name, ln, fmt.Sprintf(format, a...))
	}
	alts := func(s string) []string {
		var out []string
		for _, a := range strings.Split(s, "|") {
			if a = strings.TrimSpace(a); a != "" {
				out = append(out, a)
			}
		}
		return out
	}
	for sc.Scan() {
		ln++
		line := strings.TrimRight(sc.Text(), "\r")
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		if rest, ok := strings.CutPrefix(line, "doc "); ok {
			f := strings.Fields(rest)
			if len(f) == 0 {
				return nil, bad("doc line without an id")
			}
			d := RelGoldDoc{ID: f[0]}
			for _, kv := range f[1:] {
				if v, ok := strings.CutPrefix(kv, "split="); ok {
					d.Split = v
				}
			}
			docs = append(docs, d)
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != 5 {
			return nil, bad("want 5 tab-separated fields, got %d", len(f))
		}
		if len(docs) == 0 {
			return nil, bad("relation before the first doc line")
		}
		g := RelGold{Line: ln}
		typ := f[0]
		if strings.HasSuffix(typ, "?") {
			g.Optional, typ = true, strings.TrimSuffix(typ, "?")
		}
		for _, t := range alts(typ) {
			if RelClass(t) == "" {
				return nil, bad("relation type %q is not scored (want WORKS_FOR, HOLDS_ROLE, MEMBER_OF, CITIZEN_OF, LOCATED_IN, BASED_IN, MET_WITH or SPOKE_WITH)", t)
			}
			g.Types = append(g.Types, t)
		}
		if len(g.Types) == 0 {
			return nil, bad("no relation type")
		}
		for _, s := range strings.Split(f[1], ",") {
			n, err := strconv.Atoi(strings.TrimSpace(s))
			if err != nil {
				return nil, bad("paragraph index %q: %v", s, err)
			}
			g.Paras = append(g.Paras, n)
		}
		g.Source, g.Target = alts(f[2]), alts(f[3])
		if len(g.Source) == 0 || len(g.Target) == 0 {
			return nil, bad("a relation needs a source and a target")
		}
		if f[4] != "-" {
			g.Titles = alts(f[4])
		}
		if g.Types[0] == "HOLDS_ROLE" && len(g.Titles) == 0 {
			return nil, bad("HOLDS_ROLE without a title")
		}
		d := &docs[len(docs)-1]
		d.Rels = append(d.Rels, g)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	return docs, nil
}

// RelScore accumulates the comparison of extracted and gold relations.
type RelScore struct {
	Classes map[string]*Counts
	All     Counts
	// Roles: required HOLDS_ROLE lines, and how many of their person / title /
	// organisation triples the person's extracted roles hold.
	Roles, RolesRight int
	// Neutral counts extracted relations that matched an optional line, a line's
	// alternative type, or a chain of two gold place links.
	Neutral int
	Errors  []string
}

// NewRelScore returns an empty score.
func NewRelScore() *RelScore { return &RelScore{Classes: map[string]*Counts{}} }

func (s *RelScore) class(c string) *Counts {
	if s.Classes[c] == nil {
		s.Classes[c] = &Counts{}
	}
	return s.Classes[c]
}

// predRel is one extracted relation at the document level.
type predRel struct {
	class, typ string
	src, dst   *extract.Entity
	evidence   string
}

// anyName reports whether one of the alternatives is among the entity's names.
func anyName(alts []string, names map[string]bool) bool {
	for _, a := range alts {
		if names[strings.ToLower(a)] {
			return true
		}
	}
	return false
}

// ScoreRelations compares the relations extracted from one story with its gold lines.
func (s *RelScore) ScoreRelations(g RelGoldDoc, a *extract.Analysis) {
	ents := make(map[string]*extract.Entity, len(a.Entities))
	names := make(map[string]map[string]bool, len(a.Entities))
	for i := range a.Entities {
		e := &a.Entities[i]
		ents[e.ID] = e
		names[e.ID] = entityNames(e)
	}
	// One prediction per class and entity pair: HOLDS_ROLE and WORKS_FOR for the
	// same pair, or a meeting written both ways, are one fact.
	var preds []predRel
	seen := map[[3]string]bool{}
	for _, r := range a.Relations {
		c := RelClass(r.Type)
		src, dst := ents[r.Source], ents[r.Target]
		if c == "" || src == nil || dst == nil {
			continue
		}
		key := [3]string{c, r.Source, r.Target}
		if symmetricRel(c) && r.Target < r.Source {
			key = [3]string{c, r.Target, r.Source}
		}
		if seen[key] {
			continue
		}
		seen[key] = true
		ev := ""
		if len(r.Evidence) > 0 {
			ev = r.Evidence[0].Text
		}
		preds = append(preds, predRel{class: c, typ: r.Type, src: src, dst: dst, evidence: ev})
	}
	fits := func(gl RelGold, p predRel) bool {
		if !slices.ContainsFunc(gl.Types, func(t string) bool { return RelClass(t) == p.class }) {
			return false
		}
		sn, dn := names[p.src.ID], names[p.dst.ID]
		if anyName(gl.Source, sn) && anyName(gl.Target, dn) {
			return true
		}
		return symmetricRel(p.class) && anyName(gl.Source, dn) && anyName(gl.Target, sn)
	}
	matchedBy := make([]string, len(g.Rels)) // the class that matched each line
	right := make([]bool, len(preds))
	for pi, p := range preds {
		// A line whose own type is the prediction's class goes first, so that
		// a line with an alternative type is left for a prediction of that type.
		best := -1
		for gi, gl := range g.Rels {
			if gl.Optional || matchedBy[gi] != "" || !fits(gl, p) {
				continue
			}
			if RelClass(gl.Types[0]) == p.class {
				best = gi
				break
			}
			if best < 0 {
				best = gi
			}
		}
		if best >= 0 {
			matchedBy[best] = p.class
			right[pi] = true
			s.class(RelClass(g.Rels[best].Types[0])).TP++
			s.All.TP++
		}
	}
	for pi, p := range preds {
		if right[pi] {
			continue
		}
		neutral := s.chained(g, p, names)
		for gi, gl := range g.Rels {
			if fits(gl, p) && (gl.Optional || matchedBy[gi] != p.class) {
				neutral = true
			}
		}
		if neutral {
			s.Neutral++
			continue
		}
		s.class(p.class).FP++
		s.All.FP++
		s.Errors = append(s.Errors, fmt.Sprintf("FP %s %s %s -> %s: %q", g.ID, p.typ, p.src.Name, p.dst.Name, p.evidence))
	}
	for gi, gl := range g.Rels {
		if gl.Optional {
			continue
		}
		if matchedBy[gi] == "" {
			s.class(RelClass(gl.Types[0])).FN++
			s.All.FN++
			s.Errors = append(s.Errors, fmt.Sprintf("FN %s %s %s -> %s (line %d, paragraphs %v)", g.ID, strings.Join(gl.Types, "|"), gl.Source[0], gl.Target[0], gl.Line, gl.Paras))
		}
		if gl.Types[0] == "HOLDS_ROLE" {
			s.Roles++
			if roleHeld(gl, a, names) {
				s.RolesRight++
			} else {
				s.Errors = append(s.Errors, fmt.Sprintf("ROLE %s %s / %s / %s missing (line %d)%s", g.ID, gl.Source[0], gl.Titles[0], gl.Target[0], gl.Line, rolesOf(gl, a, names)))
			}
		}
	}
}

// chained reports an extracted place link that two gold links imply: gold says
// A in B and B in C, the extractor says A in C ("Kennedy Space Center in Cape
// Canaveral, Florida"). True, but not what the guideline labels.
func (s *RelScore) chained(g RelGoldDoc, p predRel, names map[string]map[string]bool) bool {
	if p.class != "LOCATED_IN" && p.class != "BASED_IN" {
		return false
	}
	place := func(gl RelGold) bool {
		return slices.Contains(gl.Types, "LOCATED_IN") || slices.Contains(gl.Types, "BASED_IN")
	}
	for _, g1 := range g.Rels {
		if !place(g1) || !anyName(g1.Source, names[p.src.ID]) {
			continue
		}
		for _, g2 := range g.Rels {
			if !slices.Contains(g2.Types, "LOCATED_IN") || !anyName(g2.Target, names[p.dst.ID]) {
				continue
			}
			for _, m := range g1.Target {
				if slices.ContainsFunc(g2.Source, func(x string) bool { return strings.EqualFold(x, m) }) {
					return true
				}
			}
		}
	}
	return false
}

// roleHeld reports whether an entity named like the line's person holds one of
// its titles for an organisation or country named like its target.
func roleHeld(gl RelGold, a *extract.Analysis, names map[string]map[string]bool) bool {
	for i := range a.Entities {
		e := &a.Entities[i]
		if !anyName(gl.Source, names[e.ID]) {
			continue
		}
		for _, r := range e.Roles {
			if !slices.ContainsFunc(gl.Titles, func(t string) bool { return strings.EqualFold(t, r.Title) }) {
				continue
			}
			org := map[string]bool{strings.ToLower(r.Org): true}
			if n, ok := names[r.OrgID]; ok {
				org = n
			}
			if anyName(gl.Target, org) {
				return true
			}
		}
	}
	return false
}

// rolesOf lists, for an error line, the roles the extractor gave the person.
func rolesOf(gl RelGold, a *extract.Analysis, names map[string]map[string]bool) string {
	var out []string
	for i := range a.Entities {
		e := &a.Entities[i]
		if !anyName(gl.Source, names[e.ID]) {
			continue
		}
		for _, r := range e.Roles {
			out = append(out, r.Title+" / "+r.Org)
		}
	}
	if len(out) == 0 {
		return ""
	}
	return "; extracted: " + strings.Join(out, ", ")
}

// Report prints per-class and micro figures, and the roles found.
func (s *RelScore) Report(w io.Writer) {
	var classes []string
	for c := range s.Classes {
		classes = append(classes, c)
	}
	sort.Strings(classes)
	line := func(name string, c Counts) {
		fmt.Fprintf(w, "%-12s %5d %5d %5d %7.3f %7.3f %7.3f\n", name, c.TP, c.FP, c.FN, c.P(), c.R(), c.F1())
	}
	fmt.Fprintf(w, "%-12s %5s %5s %5s %7s %7s %7s\n", "class", "tp", "fp", "fn", "P", "R", "F1")
	for _, c := range classes {
		line(c, *s.Classes[c])
	}
	line("micro", s.All)
	fmt.Fprintf(w, "roles (person / title / org): %d/%d = %.3f; neutral (optional, alternative type, place chain): %d\n",
		s.RolesRight, s.Roles, ratio(s.RolesRight, s.Roles), s.Neutral)
}
