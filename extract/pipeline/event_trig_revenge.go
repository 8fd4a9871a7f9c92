package pipeline

import "github.com/newsgraph/newsgraph/extract/cameo"

// Vows of revenge (seventeenth session): "vowed to retaliate", "have
// vowed to avenge the killing", "say they are determined to avenge
// Israel's recent military actions", "threatened to take revenge". CAMEO
// has "vowed revenge" (a noun object) but no pattern for the infinitive;
// a side promising to strike back at another threatens it (THREATEN,
// 138: a threat of force). The vow word must govern the infinitive right
// before it: "to avenge" after a verb of purpose ("mobilized to avenge")
// or in an account of motives ("the attack was carried out to avenge")
// reports an attack's reason, not a threat.

// revengeVerbs are the infinitives of striking back.
var revengeVerbs = map[string]bool{
	"retaliate": true, "avenge": true, "revenge": true,
}

// vowWords govern an infinitive of revenge as a threat.
var vowWords = map[string]bool{
	"vowed": true, "vow": true, "vows": true, "vowing": true,
	"pledged": true, "pledge": true, "pledges": true, "pledging": true,
	"promised": true, "promise": true, "promises": true, "promising": true,
	"swore": true, "sworn": true, "swear": true, "swears": true,
	"determined": true, "threatened": true, "threaten": true, "threatens": true, "threatening": true,
}

// revengeLemma is the lemma revengeVowed gives its match (revengeArgs reads it).
const revengeLemma = "vow revenge"

// revengeStarts are the words revengeVowed can fire on (scanWords).
func revengeStarts() []string { return wordsOf(revengeVerbs) }

// revengeVowed reads "VOW to retaliate / avenge / take revenge" ending at
// the infinitive at i; the match spans the vow word to the infinitive, so
// that the vow's subject is read as the one threatening.
func revengeVowed(d *doc, i, ss int) (cameo.Match, bool) {
	if !revengeVerbs[d.lower[i]] {
		return cameo.Match{}, false
	}
	k := i - 1
	if d.lower[i] == "revenge" {
		if k < ss {
			return cameo.Match{}, false
		}
		switch d.lower[k] {
		case "take", "seek", "exact":
			k-- // "vowed to take revenge"
		default:
			return cameo.Match{}, false // "vowed revenge": the lexicon's
		}
	}
	if k-1 < ss || d.lower[k] != "to" {
		return cameo.Match{}, false
	}
	v := k - 1
	if d.lower[v] == "are" || d.lower[v] == "is" {
		return cameo.Match{}, false
	}
	if !vowWords[d.lower[v]] || d.mentionAt[v] >= 0 {
		return cameo.Match{}, false
	}
	if v > ss && (d.lower[v-1] == "a" || d.lower[v-1] == "the" || d.lower[v-1] == "his" || d.lower[v-1] == "their" || d.lower[v-1] == "its") {
		return cameo.Match{}, false // "a pledge to retaliate": a noun, told of, not the vow itself
	}
	return cameo.Match{Code: "138", Lemma: revengeLemma, Start: v, End: i + 1}, true
}

// revengeArgs: who vows is the vow's subject, told before it; whom the
// revenge is aimed at is the possessor right after the infinitive
// ("avenge Israel's recent military actions") or the object of "against"
// ("retaliate against Israel"). A name inside what is avenged ("avenge the
// killing of Luay Saadi") is the victim of the other side, no participant.
func (p *Pipeline) revengeArgs(d *doc, ev *event, m cameo.Match, ss, se int) {
	before := map[int]bool{}
	for _, mt := range d.mentionsIn(ss, m.Start) {
		if mt.ent >= 0 {
			before[mt.ent] = true
		}
	}
	target := -1
	if k := m.End; k < se {
		if mi := d.mentionAt[k]; mi >= 0 {
			if mt := d.mentions[mi]; mt.ent >= 0 && mt.end < se && (d.lower[mt.end] == "'s" || d.lower[mt.end] == "’s") {
				target = mt.ent // "avenge Israel's raids"
			}
		}
		for j := k; target < 0 && j < se && j < k+6; j++ {
			if d.lower[j] == "against" && j+1 < se {
				if mi := d.mentionAt[j+1]; mi >= 0 && d.mentions[mi].ent >= 0 {
					target = d.mentions[mi].ent // "retaliate against Israel"
				}
				break
			}
		}
	}
	ev.counterpart = true // revenge is aimed at whoever did the wrong, named or not
	kept := ev.parts[:0]
	for _, pt := range ev.parts {
		switch {
		case pt.ent == target:
			pt.role = patient
		case before[pt.ent]:
			pt.role = agent
		default:
			continue
		}
		kept = append(kept, pt)
	}
	ev.parts = kept
	if target >= 0 && !hasPart(ev, target) {
		ev.addPart(target, patient)
	}
	if !hasRole(ev, agent) {
		// "spokesmen for Hamas and al-Aqsa Martyrs Brigades vowed": the
		// names of the subject's noun phrase, back to its clause's start
		for k := m.Start - 1; k >= ss; k-- {
			if mi := d.mentionAt[k]; mi >= 0 {
				if e := d.mentions[mi].ent; e >= 0 && e != target {
					ev.addPart(e, agent)
				}
				k = d.mentions[mi].start
				continue
			}
			if w := d.lower[k]; w == "and" || w == "for" || w == "of" || w == "the" || w == "from" ||
				p.cls(d, k)&wNoun != 0 && p.cls(d, k)&(wVerb|wPast|wPart|wPrep|wPron) == 0 {
				continue
			}
			break
		}
	}
}
