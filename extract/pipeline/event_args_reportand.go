package pipeline

import "strings"

// A verb of asking joined by "and" to a say verb across the clause it
// reports: "Mr. Karzai noted that 30 percent of the fields have been
// destroyed and called on the international community to ...", "U.N.
// officials warn a pandemic could kill five million people, and have urged
// governments to ...". coordinateSubject (event_args_andverb.go) takes the
// subject of the verb nearest before "and", which here is inside the
// reported clause (a passive or a modal: no subject it may take). English
// tells which verb "and" joins by tense: the joined verb has the say verb's
// form ("noted ... and called", "warn ... and have urged") and not the
// reported verb's ("have been destroyed", "could kill"). Measured in the
// seventeenth session (maker18) on TUNE appeals whose maker came from an
// earlier verb.

// reportingVerbs open a reported clause whose subject is not the sentence's.
var reportingVerbs = map[string]bool{
	"said": true, "says": true, "say": true, "noted": true, "notes": true, "note": true,
	"warned": true, "warns": true, "warn": true, "stressed": true, "stresses": true,
	"added": true, "adds": true, "argued": true, "argues": true, "acknowledged": true,
	"acknowledges": true, "insisted": true, "insists": true, "declared": true, "declares": true,
}

// verbForm classes the verb group ending at k: "past" ("called"), "perfect"
// ("have urged", "has been destroyed"), "modal" ("could kill"), or
// "present" ("warn", "says").
func verbForm(d *doc, k, ss int) string {
	for j := k - 1; j >= ss && j >= k-3; j-- {
		switch d.lower[j] {
		case "has", "have", "had":
			return "perfect"
		case "been", "be", "also", "not", "already", "again":
			continue
		}
		if coordBlockers[d.lower[j]] && !strings.HasPrefix(d.lower[j], "w") || d.lower[j] == "will" || d.lower[j] == "would" {
			return "modal"
		}
		break
	}
	w := d.lower[k]
	if strings.HasSuffix(w, "ed") || w == "said" || w == "told" {
		return "past"
	}
	return "present"
}

// sameTime: the say verb's form and the joined verb's agree ("noted ... and
// called", "warn ... and have urged").
func sameTime(say, joined string) bool {
	switch say {
	case "past":
		return joined == "past"
	case "present", "perfect":
		return joined == "present" || joined == "perfect"
	}
	return false
}

// reportedAndSubject gives an appeal, demand or threat verb still without
// participants the subject of the say verb it is joined to across a
// reported clause.
func (p *Pipeline) reportedAndSubject(d *doc, evs []*event, ss int) {
	for _, ev := range evs {
		j := andBeforeSpeechAct(d, ev, ss)
		if j <= ss+2 {
			continue
		}
		joined := verbForm(d, ev.trigStart, ss)
		if joined == "modal" {
			continue
		}
		v := -1
		for k := p.frontedEnd(d, ev.sentence); k < j; k++ {
			if d.mentionAt[k] >= 0 {
				k = d.mentions[d.mentionAt[k]].end - 1
				continue
			}
			if coordBlockers[d.lower[k]] || isQuoteMark(d.words[k]) || d.lower[k] == ";" {
				break
			}
			if reportingVerbs[d.lower[k]] {
				v = k
				break
			}
		}
		if v < 0 || !sameTime(verbForm(d, v, ss), joined) {
			continue
		}
		// The reported clause's own verb, the nearest before "and", must
		// not have the joined verb's form: else "and" may join it ("said
		// the rebels attacked the town and demanded ransom").
		r := -1
		for k := j - 1; k > v+1; k-- {
			if d.mentionAt[k] < 0 && (p.finiteLike(d, k) || p.cls(d, k-1)&wModal != 0) && d.lower[k-1] != "to" {
				r = k
				break
			}
		}
		if r < 0 || sameTime(verbForm(d, r, ss), joined) && verbForm(d, r, ss) == joined {
			continue
		}
		subj, passive, unreal := p.subject(d, v, ss)
		if passive || unreal {
			continue
		}
		if len(subj) == 0 {
			// "U.N. officials warn": the name that opens the sentence
			subj = p.mainSubject(d, ss, v+1)
		}
		if len(subj) == 0 {
			continue
		}
		ok := true
		for _, e := range subj {
			if e < 0 || hasPart(ev, e) || !mentionedIn(d, e, ss, v) || !p.coordSubjectEnt(d, e, ss, v) {
				ok = false
			}
		}
		if !ok {
			continue
		}
		for _, e := range subj {
			ev.addPart(e, agent)
		}
	}
}
