package pipeline

// raceVerbs tell one side of a race doing better or worse than
// another: "X and his party lead Y's alliance 36 percent to 31 percent in
// the parliamentary election", "to challenge Mr. Ahmadinejad in next year's
// presidential election", "Hamas wrested control of the legislature from
// the ruling Fatah party in parliamentary elections".
var raceVerbs = map[string]bool{
	"lead": true, "leads": true, "led": true, "trail": true, "trails": true, "trailed": true,
	"beat": true, "beats": true, "defeat": true, "defeats": true, "defeated": true,
	"challenge": true, "challenges": true, "challenged": true, "wrest": true, "wrested": true,
	"unseat": true, "unseated": true, "outpolled": true, "edged": true,
	// a heavy defeat (fifteenth session, orgtype16): "Hamas, which routed the
	// Fatah party in parliamentary elections"
	"rout": true, "routed": true, "trounce": true, "trounced": true, "thrashed": true,
}

// electionRivals gives a noun election the sides of the contest its
// clause tells: the subject and the object of a contest verb before it
// (and the one something was wrested "from"), and a rival "against" whom
// the election is run ("to run in next month's elections against President
// Yoweri Museveni"), read when the election names no voters of its own.
func (p *Pipeline) electionRivals(d *doc, ev *event, ss, se int, add func([]int, string)) {
	if ev.typ != "ELECTION" || !ev.nominal {
		return
	}
	t0, t1 := ev.trigStart, ev.trigEnd
	if len(ev.parts) > 0 && t1+1 < se && d.lower[t1] == "against" {
		add(p.npRight(d, t1+1, se).ents, participant)
		return
	}
	if len(ev.parts) > 0 {
		return
	}
	for v := t0 - 1; v > ss && v >= t0-14; v-- {
		switch d.lower[v] {
		case ",", ";", ":", "that", "which", "who", "because", "but":
			return // another clause: its verb is not this election's
		}
		if !raceVerbs[d.lower[v]] || d.mentionAt[v] >= 0 {
			continue
		}
		subj, _, unreal := p.subject(d, v, ss)
		if len(subj) == 0 {
			subj = p.subjectPastAside(d, v, ss) // "Hamas, shunned by the West, wrested control ..." (event_args_aside.go)
		}
		if len(subj) == 0 && v-1 > ss && d.lower[v-1] == "to" {
			// "hopes to field former president Khatami to challenge Mr.
			// Ahmadinejad": the one fielded
			if ph := p.npLeft(d, v-1, ss); ph.start < v-1 && !p.eventNoun(d, ph.start, v-1) {
				subj = ph.ents
			}
		}
		if len(subj) == 0 || unreal {
			return
		}
		add(subj, participant)
		k := v + 1
		if q := quantifierAt(d, k, t0); q > 0 {
			k += q
		}
		if k < t0 {
			add(p.npRight(d, k, t0).ents, participant)
		}
		for j := k; j+1 < t0; j++ {
			if d.lower[j] == "from" {
				add(p.npRight(d, j+1, t0).ents, participant) // "wrested control of the legislature from the ruling Fatah party"
				break
			}
		}
		return
	}
}

// electorateNouns are people whose nationality, told on them, is the
// country that votes: "French voters plan to reject the constitution in a
// referendum", "Palestinian lawmakers say the election may be delayed"
// (not its officials or authorities, who may be another country's or
// act on the voters: "called on Iranian authorities to release journalists
// arrested since the disputed election").
var electorateNouns = map[string]bool{
	"voters": true, "electorate": true, "citizens": true, "lawmakers": true, "legislators": true,
	"politicians": true, "parties": true,
}

// electionPeople gives a noun election with no participants the people a
// nationality adjective names on an electorate noun in its sentence.
func (p *Pipeline) electionPeople(d *doc, ev *event, ss, se int, add func([]int, string)) {
	if ev.typ != "ELECTION" || !ev.nominal || len(ev.parts) > 0 {
		return
	}
	for k := ss; k+1 < se; k++ {
		mi := d.mentionAt[k]
		if mi < 0 {
			continue
		}
		m := d.mentions[mi]
		k = m.end - 1
		if m.label != "NORP" || m.ent < 0 || m.end >= se || !electorateNouns[d.lower[m.end]] {
			continue
		}
		add([]int{m.ent}, participant)
		return
	}
}
