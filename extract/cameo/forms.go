package cameo

import "strings"

// This file holds the English morphology the lexicon needs: regular verb
// inflections (the dictionary lists only irregular forms), the inflections a
// pattern word matches, and the suffix rules that propose nominalisations.

func isVowel(c byte) bool {
	return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'
}

// endsCVC reports a consonant-vowel-consonant ending whose last consonant can
// double (stop -> stopped). Stress is unknown, so callers generate both forms:
// a doubled non-word ("visitted") never occurs in text and costs nothing.
func endsCVC(w string) bool {
	n := len(w)
	if n < 3 {
		return false
	}
	c1, v, c2 := w[n-3], w[n-2], w[n-1]
	return !isVowel(c1) && isVowel(v) && !isVowel(c2) && c2 != 'w' && c2 != 'x' && c2 != 'y'
}

// verbForms returns the base and regular inflections of a verb.
func verbForms(v string) []string {
	out := []string{v}
	n := len(v)
	if n == 0 {
		return nil
	}
	last := v[n-1]
	// third person singular
	switch {
	case strings.HasSuffix(v, "s") || strings.HasSuffix(v, "x") || strings.HasSuffix(v, "z") ||
		strings.HasSuffix(v, "ch") || strings.HasSuffix(v, "sh") || strings.HasSuffix(v, "o"):
		out = append(out, v+"es")
	case last == 'y' && n > 1 && !isVowel(v[n-2]):
		out = append(out, v[:n-1]+"ies")
	default:
		out = append(out, v+"s")
	}
	// past and gerund
	switch {
	case strings.HasSuffix(v, "ie"):
		out = append(out, v+"d", v[:n-2]+"ying")
	case strings.HasSuffix(v, "ee") || strings.HasSuffix(v, "ye") || strings.HasSuffix(v, "oe"):
		out = append(out, v+"d", v+"ing")
	case last == 'e':
		out = append(out, v+"d", v[:n-1]+"ing")
	case last == 'y' && n > 1 && !isVowel(v[n-2]):
		out = append(out, v[:n-1]+"ied", v+"ing")
	case last == 'c':
		out = append(out, v+"ked", v+"king", v+"ed", v+"ing")
	default:
		out = append(out, v+"ed", v+"ing")
		if endsCVC(v) {
			out = append(out, v+string(last)+"ed", v+string(last)+"ing")
		}
	}
	return out
}

// inflectionOf reports whether token t is w or a regular inflection of w
// (plural, third person, past, gerund), so pattern word "attack" matches
// "attacks", "attacked" and "attacking". It does not allocate.
func inflectionOf(t, w string) bool {
	if t == w {
		return true
	}
	if len(t) <= len(w) || len(w) < 2 {
		// "fled" vs "flee", "died" vs "die": handled below only when longer.
		return false
	}
	if strings.HasPrefix(t, w) {
		switch t[len(w):] {
		case "s", "es", "ed", "d", "ing":
			return true
		}
		// doubled consonant: stop -> stopped, stopping
		if len(t) == len(w)+3 && t[len(w)] == w[len(w)-1] && t[len(w)+1:] == "ed" {
			return true
		}
		if len(t) == len(w)+4 && t[len(w)] == w[len(w)-1] && t[len(w)+1:] == "ing" {
			return true
		}
		return false
	}
	stem := w[:len(w)-1]
	if !strings.HasPrefix(t, stem) {
		return false
	}
	switch w[len(w)-1] {
	case 'e': // close -> closing
		return t[len(stem):] == "ing"
	case 'y': // rally -> rallies, rallied
		s := t[len(stem):]
		return s == "ies" || s == "ied"
	}
	return false
}

// nominalCandidates proposes event nouns for a verb by suffix rules:
// annex -> annexation, invade -> invasion, meet -> meeting, deploy ->
// deployment, arrive -> arrival; and the verb itself (visit, attack). Each
// rule applies only after the endings it is productive for, since most
// candidates of a loose rule are unrelated words (note -> notion, die -> dial).
// The builder keeps the candidates attested as nouns.
func nominalCandidates(v string) []string {
	n := len(v)
	if n < 3 || strings.ContainsAny(v, " -") {
		return nil
	}
	out := []string{v}
	add := func(s ...string) { out = append(out, s...) }
	has := func(suf ...string) bool {
		for _, x := range suf {
			if strings.HasSuffix(v, x) {
				return true
			}
		}
		return false
	}
	last := v[n-1]
	if last == 'e' {
		stem := v[:n-1]
		add(stem + "ing")
		if len(stem) < 4 {
			return out
		}
		switch {
		case has("ate", "ute", "ete"): // negotiate -> negotiation, execute -> execution
			add(stem + "ion")
		case has("de"): // invade -> invasion, explode -> explosion
			add(v[:n-2] + "sion")
		case has("ize", "ise"): // mobilize -> mobilization
			add(stem + "ation")
		case has("uce"): // reduce -> reduction
			add(v[:n-2] + "tion")
		case has("ove", "ive", "ose", "use"): // approve -> approval, arrive -> arrival
			add(stem + "al")
		}
		if has("se", "ze") { // seize -> seizure, disclose -> disclosure
			add(stem + "ure")
		}
		if has("ise", "ize", "ure", "ine", "ore", "ote", "ire") { // declare -> declaration
			add(stem + "ation")
		}
		if has("ce", "ge", "ate") { // announce -> announcement, engage -> engagement
			add(v + "ment")
		}
		return out
	}
	if endsCVC(v) {
		add(v + string(last) + "ing")
	}
	add(v + "ing")
	if n < 4 {
		return out
	}
	switch {
	case last == 'y' && !isVowel(v[n-2]): // occupy -> occupation, deny -> denial
		stem := v[:n-1]
		add(stem+"ation", stem+"ication", stem+"ial")
	case has("ct", "pt", "rt", "st", "ss"): // protect -> protection, discuss -> discussion
		add(v + "ion")
	case has("aw"): // withdraw -> withdrawal
		add(v + "al")
	}
	if has("ign", "ex", "rm", "lt", "nt", "sult") { // resign -> resignation, annex -> annexation
		add(v + "ation")
	}
	if has("ee", "oy", "ish", "nd", "ss", "nt", "ve", "ay") || last == 'y' { // agree -> agreement, deploy -> deployment
		add(v + "ment")
	}
	if has("st") { // assist -> assistance
		add(v + "ance")
	}
	if n >= 7 && has("ten") { // threaten -> threat
		add(v[:n-2])
	}
	if n >= 6 && has("ain") { // detain -> detention
		add(v[:n-3] + "ention")
	}
	return out
}

// pluralOf returns the regular plural of a noun.
func pluralOf(n string) string {
	switch {
	case strings.HasSuffix(n, "s") || strings.HasSuffix(n, "x") || strings.HasSuffix(n, "ch") || strings.HasSuffix(n, "sh"):
		return n + "es"
	case len(n) > 1 && n[len(n)-1] == 'y' && !isVowel(n[len(n)-2]):
		return n[:len(n)-1] + "ies"
	}
	return n + "s"
}
