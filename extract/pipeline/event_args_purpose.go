package pipeline

import "strings"

// protestPurpose gives a noun protest the target its purpose infinitive
// names: "students staged demonstrations in Karachi to protest against the
// Israeli action", "activists held demonstrations to protest Than Shwe's
// visit". The infinitive is the same protest told by its aim (it is read
// as unreal on its own, a purpose); what it is against is the noun's.
func (p *Pipeline) protestPurpose(d *doc, ev *event, se int, add func([]int, string)) {
	if ev.typ != "PROTEST" || !ev.nominal || hasRole(ev, patient) {
		return
	}
	for j := ev.trigEnd; j+1 < se && j < ev.trigEnd+10; j++ {
		switch d.lower[j] {
		case ",", ";", ":", "but", "while", "after", "when", "who", "which", "that":
			return // another clause
		}
		if d.lower[j] != "to" || d.mentionAt[j+1] >= 0 {
			continue
		}
		m, ok := p.lex.Match(d.lower, j+1)
		if !ok || m.Nominal || !strings.HasPrefix(m.Code, "14") {
			return // "to demand", "to mark the anniversary": another aim
		}
		k := m.End
		if k < se && d.lower[k] == "against" {
			k++
		}
		if k < se && (p.npWord(d, k) || quantifierAt(d, k, se) > 0) {
			add(p.npRight(d, k, se).ents, patient)
		}
		return
	}
}
