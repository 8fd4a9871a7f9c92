package pipeline

// Joining an attack told in two halves.
//
// News often names who struck in one clause and whom in the next:
// "Taleban fighters fired rockets at the post, and two Afghan officers were
// killed." The reader keeps an attack with the attacker only and one with
// the victims only; each has some of the participants and neither is the
// event. An attack that names
// only the attacker and one that names no attacker, told in one sentence
// with no participant in common, is the same attack
// when nothing marks it as another ("another", a separate item, another
// time). (Twelfth session.)

// attackHalves folds the later half into the earlier one.
func (d *doc) attackHalves() {
	for i, ev := range d.events {
		if ev.dropped || ev.typ != "ATTACK" || ev.another || len(ev.parts) == 0 {
			continue
		}
		for j := i - 1; j >= 0; j-- {
			c := d.events[j]
			if c.dropped || c.typ != ev.typ || len(c.parts) == 0 || !halves(c, ev) && !victimsOfOneBlow(d, c, ev) {
				continue
			}
			last := c.sentences[len(c.sentences)-1]
			if ev.sentence < last || ev.sentence > last+maxHalfGap || sharesPart(c, ev) || !dateCompatible(c.date, ev.date) ||
				c.loc >= 0 && ev.loc >= 0 && c.loc != ev.loc ||
				itemBreak(d, last, ev.sentence) {
				continue
			}
			if apart, _, _ := d.toldAtOtherTime(c, ev); apart || d.oneHalfOlder(c, ev) {
				continue
			}
			d.guarded(guardMergeHalves, ev)
			c.parts = append(c.parts, ev.parts...)
			for _, s := range ev.sentences {
				c.sentences = appendUnique(c.sentences, s)
			}
			c.date, c.precision = finerDate(c.date, c.precision, ev.date, ev.precision)
			ev.dropped = true
			break
		}
	}
}

// guardMergeHalves names attackHalves's folds in the guard audit.
const guardMergeHalves = "merge:attack-halves"

// halves: one report names only who struck, the other no one who struck.
func halves(a, b *event) bool {
	strikerOnly := func(ev *event) bool { return hasRole(ev, agent) && !hasRole(ev, patient) }
	return strikerOnly(a) && !hasRole(b, agent) || strikerOnly(b) && !hasRole(a, agent)
}

// sharesPart: an entity takes part in both events.
func sharesPart(a, b *event) bool {
	for _, p := range a.parts {
		for _, q := range b.parts {
			if p.ent == q.ent {
				return true
			}
		}
	}
	return false
}

// maxHalfGap is how many sentences may stand between the halves. Across
// two sentences ("The bombings killed 200,000 Japanese. The United States
// dropped them") the fold changed 9 TUNE stories (tp-fp +5, CHECK +2),
// but joined a victim count with the next sentence's other operation too,
// and the retrained eventmodel.bin then switched the learned filter on,
// which drops right events the sentence tests pin; in one sentence it
// changed 1 TUNE story (+1) and CHECK +3 (twelfth session).
const maxHalfGap = 0

// oneHalfOlder: only the half naming no attacker has a date, of a year
// before the story's ("Taleban militants attacked a convoy ... two employees
// were killed there in 1999"): those dead are background, not the victims
// of the attack just told. (An attacker half with an old date, "the United
// States dropped the bombs in 1945", tells the old attack itself.)
func (d *doc) oneHalfOlder(a, b *event) bool {
	pub := d.src.Published
	if hasRole(a, agent) {
		a, b = b, a // a: the half without an attacker
	}
	return a.date != "" && b.date == "" && len(a.date) >= 4 && len(pub) >= 4 && a.date[:4] < pub[:4]
}

// victimsOfOneBlow: two verbs joined by "and" name victims and no one who
// struck ("Three Iraqis were killed and two American soldiers were wounded
// when a car bomb exploded"): one attack's dead and wounded. (TUNE tp-fp
// +3, one story changed; CHECK unchanged; twelfth session.)
func victimsOfOneBlow(d *doc, a, b *event) bool {
	if a.sentence != b.sentence || a.nominal || b.nominal || hasRole(a, agent) || hasRole(b, agent) {
		return false
	}
	if a.trigStart > b.trigStart {
		a, b = b, a
	}
	if b.trigStart-a.trigStart > 12 {
		return false
	}
	for k := a.trigStart; k < b.trigStart; k++ {
		if d.lower[k] == "and" {
			return true
		}
	}
	return false
}
