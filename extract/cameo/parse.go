package cameo

import (
	"bufio"
	"fmt"
	"io"
	"strings"
)

// This file reads PETRARCH's CAMEO verb dictionary (CAMEO.2.0.txt). Its format,
// as documented in PETRARCH's PETRreader.read_verb_dictionary():
//
//	&SYNSET              a synonym set; its members follow as "+WORD" lines
//	--- NAME [code] ---  starts a verb block; code is the block default
//	VERB {FORMS} [code]  a verb of the block, irregular forms in braces, own code
//	+PHRASAL_VERB {+forms} [code]
//	- LEFT * RIGHT [code]  a pattern: '*' is the verb, (..) a prepositional
//	                     phrase, {..} a compound, &SET a synset member, A/B
//	                     alternatives, WORD_ an exact word, A_B adjacent words,
//	                     $ + % ^ actor and skip markers
//	# or ;               comment
//
// A code "a:b" is the event from subject to object (a) and the event the other
// way round (b); ":b" alone means the subject is the target. "---" means no event.

// dict is the parsed dictionary, still in the file's terms.
type dict struct {
	synsets map[string][][]string // "&MILITARY" -> member word sequences, lower case
	blocks  []dblock
}

type dblock struct {
	name     string
	code     string // raw code of the block header
	verbs    []dverb
	patterns []dpattern
}

type dverb struct {
	words []string   // base phrase in lower case: ["meet"] or ["meet", "with"]
	forms [][]string // explicit inflected phrases from {..}; nil means generate
	code  string     // raw own code, "" when the verb uses the block's
}

type dpattern struct {
	left, right []elem
	code        string // raw code
	text        string // the pattern as written, without the leading '-'
	line        int
}

// elem is one pattern element: units that must be adjacent ({A B} compounds,
// A_B words) — a plain word is an element of one unit.
type elem struct {
	units []unit
}

// unit is one position of an element: any of its alternatives, each a word
// sequence that must be adjacent (a synset member may have several words).
type unit struct {
	alts [][]pword
	// byKey lists, for a unit of many alternatives (a synset such as
	// &COUNTRY), the alternatives in order under the first two letters of
	// their first word: a word can only match those (see inflectionOf), so
	// matchElem skips the rest. nil when the unit is small or has a word
	// whose inflections change its first two letters.
	byKey map[string][]int32
}

// pword is a pattern word; exact words (WORD_) do not match inflections.
type pword struct {
	w     string
	exact bool
}

// parseDict reads the dictionary text; line numbers in errors are 1-based.
func parseDict(r io.Reader, name string) (*dict, error) {
	d := &dict{synsets: map[string][][]string{}}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1024*1024), 1024*1024)
	var cur *dblock
	curSyn := ""
	section := "synonyms"
	line := 0
	for sc.Scan() {
		line++
		raw := sc.Text()
		if strings.HasPrefix(raw, "####") {
			up := strings.ToUpper(raw)
			switch {
			case strings.Contains(up, "VERB PATTERNS"):
				section = "verbs"
			case strings.Contains(up, "TRANSFORMATIONS"):
				section = "transformations"
			case strings.Contains(up, "SYNONYM"):
				section = "synonyms"
			}
			continue
		}
		text := stripComment(raw)
		if strings.TrimSpace(text) == "" {
			curSyn = ""
			continue
		}
		t := strings.TrimSpace(text)
		switch section {
		case "transformations":
			continue
		case "synonyms":
			switch {
			case strings.HasPrefix(t, "&"):
				curSyn = strings.ToUpper(strings.Fields(t)[0])
				if _, ok := d.synsets[curSyn]; !ok {
					d.synsets[curSyn] = nil
				}
			case strings.HasPrefix(t, "+") && curSyn != "":
				for _, f := range strings.Fields(t) {
					w := strings.ToLower(strings.TrimPrefix(f, "+"))
					if w == "" {
						continue
					}
					d.synsets[curSyn] = append(d.synsets[curSyn], splitUnderscore(w))
				}
			}
			continue
		}
		switch {
		case strings.HasPrefix(t, "---"):
			name, code, err := parseHeader(t)
			if err != nil {
				return nil, fmt.Errorf("cameo: %s:%d: %w", name, line, err)
			}
			d.blocks = append(d.blocks, dblock{name: name, code: code})
			cur = &d.blocks[len(d.blocks)-1]
		case strings.HasPrefix(t, "-"):
			if cur == nil {
				return nil, fmt.Errorf("cameo: %s:%d: pattern outside a verb block", name, line)
			}
			p, err := parsePattern(t[1:], d.synsets)
			if err != nil {
				// A pattern we cannot read loses one rule, not the dictionary.
				continue
			}
			p.line = line
			cur.patterns = append(cur.patterns, p)
		case strings.HasPrefix(t, "~"):
			continue
		default:
			if cur == nil {
				return nil, fmt.Errorf("cameo: %s:%d: verb outside a verb block", name, line)
			}
			if v, ok := parseVerb(t); ok {
				cur.verbs = append(cur.verbs, v)
			}
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("cameo: reading %s: %w", name, err)
	}
	if len(d.blocks) == 0 {
		return nil, fmt.Errorf("cameo: %s: no verb blocks", name)
	}
	return d, nil
}

func stripComment(s string) string {
	if i := strings.IndexAny(s, "#;"); i >= 0 {
		return s[:i]
	}
	return s
}

// splitUnderscore turns "prime_minister" into its words; a trailing
// underscore (exactness mark) is kept on the last word.
func splitUnderscore(w string) []string {
	exact := strings.HasSuffix(w, "_")
	w = strings.TrimSuffix(w, "_")
	parts := strings.FieldsFunc(w, func(r rune) bool { return r == '_' })
	if exact && len(parts) > 0 {
		parts[len(parts)-1] += "_"
	}
	return parts
}

// parseHeader reads "---  MEET_PEOPLE   [040]  ---".
func parseHeader(t string) (name, code string, err error) {
	t = strings.Trim(t, "- ")
	i := strings.Index(t, "[")
	j := strings.Index(t, "]")
	if i < 0 || j < i {
		return t, "", fmt.Errorf("block header %q has no [code]", t)
	}
	return strings.TrimSpace(t[:i]), strings.TrimSpace(t[i+1 : j]), nil
}

// parseCode splits a trailing "[code]" off s.
func parseCode(s string) (rest, code string, has bool) {
	i := strings.LastIndex(s, "[")
	j := strings.LastIndex(s, "]")
	if i < 0 || j < i {
		return s, "", false
	}
	return s[:i] + s[j+1:], strings.TrimSpace(s[i+1 : j]), true
}

// parseVerb reads "MEET {MEETS MET MEETING} [040]" or "+MEET_WITH {+MET_WITH}".
func parseVerb(t string) (dverb, bool) {
	rest, code, _ := parseCode(t)
	var v dverb
	v.code = code
	if i := strings.Index(rest, "{"); i >= 0 {
		j := strings.Index(rest, "}")
		if j < i {
			return v, false
		}
		v.forms = [][]string{}
		for _, f := range strings.Fields(strings.ReplaceAll(rest[i+1:j], ",", " ")) {
			f = strings.ToLower(strings.TrimPrefix(f, "+"))
			if ws := splitUnderscore(f); len(ws) > 0 {
				v.forms = append(v.forms, trimExact(ws))
			}
		}
		rest = rest[:i] + rest[j+1:]
	}
	f := strings.Fields(rest)
	if len(f) == 0 {
		return v, false
	}
	base := strings.ToLower(strings.TrimPrefix(f[0], "+"))
	// PETRARCH writes "re-" prefixes both as "RE-ELECT" and "RE_ELECT".
	v.words = trimExact(splitUnderscore(base))
	return v, len(v.words) > 0
}

func trimExact(ws []string) []string {
	for i, w := range ws {
		ws[i] = strings.TrimSuffix(w, "_")
	}
	return ws
}

// parsePattern reads the text after the leading '-' of a pattern line.
func parsePattern(t string, syn map[string][][]string) (dpattern, error) {
	rest, code, ok := parseCode(t)
	if !ok {
		return dpattern{}, fmt.Errorf("pattern %q has no [code]", t)
	}
	p := dpattern{code: code, text: strings.Join(strings.Fields(rest), " ")}
	// Prepositional-phrase parentheses only group; the words keep their order.
	rest = strings.NewReplacer("(", " ", ")", " ", "*_", "* ").Replace(rest)
	toks := splitPatternTokens(rest)
	side := &p.left
	seenVerb := false
	for _, tok := range toks {
		switch tok {
		case "*":
			if seenVerb {
				return dpattern{}, fmt.Errorf("pattern %q has two verbs", t)
			}
			seenVerb = true
			side = &p.right
			continue
		case "$", "+", "%", "^", "!":
			continue
		}
		var e elem
		parts := []string{tok}
		if strings.HasPrefix(tok, "{") {
			parts = strings.Fields(strings.Trim(tok, "{}"))
		}
		for _, part := range parts {
			if part == "$" || part == "+" || part == "^" || part == "%" {
				continue
			}
			for _, u := range partUnits(part, syn) {
				e.units = append(e.units, u)
			}
		}
		if len(e.units) > 0 {
			*side = append(*side, e)
		}
	}
	if !seenVerb {
		return dpattern{}, fmt.Errorf("pattern %q has no verb", t)
	}
	return p, nil
}

// splitPatternTokens splits on spaces but keeps {...} groups whole.
func splitPatternTokens(s string) []string {
	var out []string
	for len(s) > 0 {
		s = strings.TrimLeft(s, " \t")
		if s == "" {
			break
		}
		if s[0] == '{' {
			j := strings.IndexByte(s, '}')
			if j < 0 {
				j = len(s) - 1
			}
			out = append(out, s[:j+1])
			s = s[j+1:]
			continue
		}
		j := strings.IndexAny(s, " \t{")
		if j < 0 {
			j = len(s)
		}
		if j == 0 {
			j = 1
		}
		out = append(out, s[:j])
		s = s[j:]
	}
	return out
}

// partUnits turns one written word ("ATTACK/BOMBING", "&MILITARY", "AIR_STRIKE",
// "CASH_") into the units it stands for.
func partUnits(part string, syn map[string][][]string) []unit {
	if strings.HasPrefix(part, "&") {
		members := syn[strings.ToUpper(part)]
		if len(members) == 0 {
			return nil
		}
		var u unit
		for _, m := range members {
			u.alts = append(u.alts, toPwords(m))
		}
		return []unit{u}
	}
	lower := strings.ToLower(part)
	alts := strings.Split(lower, "/")
	if len(alts) > 1 {
		var u unit
		for _, a := range alts {
			if ws := splitUnderscore(a); len(ws) > 0 {
				u.alts = append(u.alts, toPwords(ws))
			}
		}
		return []unit{u}
	}
	var us []unit
	for _, w := range splitUnderscore(lower) {
		u := unit{alts: [][]pword{toPwords([]string{w})}}
		for _, s := range shortForms(w) {
			u.alts = append(u.alts, toPwords([]string{s}))
		}
		us = append(us, u)
	}
	return us
}

// shortForms lists the everyday short forms news writes for a word the
// dictionary spells only in full: its phone-call patterns say "* (BY
// TELEPHONE)", while wire copy says "spoke by phone".
func shortForms(w string) []string {
	switch w {
	case "telephone":
		return []string{"phone"}
	case "telephoned":
		return []string{"phoned"}
	}
	return nil
}

func toPwords(ws []string) []pword {
	out := make([]pword, 0, len(ws))
	for _, w := range ws {
		out = append(out, pword{w: strings.TrimSuffix(w, "_"), exact: strings.HasSuffix(w, "_")})
	}
	return out
}
