package pipeline

// The one who claims an attack, told by a noun phrase the subject reader
// does not take as a name (eighteenth session, helper atk19).
//
// A claim names the group by its spokesman, its network or an appositive
// more often than by its bare name: "a Taleban spokesman phoned claiming
// responsibility for the attack", "A purported Taleban spokesman claimed
// responsibility for those two attacks", "Abu Musab al-Zarqawi's terrorist
// network claimed responsibility for a car bomb attack", "A group
// affiliated with al-Qaida, the Islamic State of Iraq, claimed
// responsibility for that attack". The subject reader gives nothing for
// these (its head is a common noun, or a comma stands before the verb), so
// the claim, in its own sentence or told after the attack (blamedAgents),
// names no doer. Measured on TUNE at the start (main 3c3201b): 4 stories
// (voa-1486, 1799, 1847, 1861; 3 in dev40..dev41) whose claim this way was
// the only place the attacker was named.
//
// claimant reads, before the claim's verb: a group, people or person named
// right before the head of a spokesman, a leader or a group ("a Taleban
// spokesman", "al-Qaida's media wing"), or owning it ("X's network"); or
// an organization's name set off by commas after a group noun ("A group
// affiliated with al-Qaida, the Islamic State of Iraq,"). A verb of
// speaking may stand between the phrase and a claiming participle ("a
// Taleban spokesman phoned claiming").

// claimantHeads head a noun phrase that stands for the group it names.
var claimantHeads = map[string]bool{
	"spokesman": true, "spokesmen": true, "spokeswoman": true, "spokesperson": true, "leader": true,
	"leaders": true, "commander": true, "commanders": true, "network": true, "group": true,
	"faction": true, "wing": true, "cell": true, "members": true, "militants": true, "fighters": true,
	"movement": true, "organization": true, "organisation": true, "offshoot": true, "affiliate": true,
}

// claimantGroupNouns open the phrase an appositive name explains.
var claimantGroupNouns = map[string]bool{
	"group": true, "faction": true, "organization": true, "organisation": true, "movement": true,
	"network": true, "offshoot": true, "affiliate": true, "wing": true, "cell": true,
}

// claimant is the group or person the noun phrase ending before the claim
// verb at v names, or -1.
func (p *Pipeline) claimant(d *doc, v, ss int) int {
	k := v - 1
	if k > ss && d.lower[v] == "claiming" {
		switch d.lower[k] {
		case "phoned", "called", "telephoned", "said", "spoke", "wrote":
			k-- // "a Taleban spokesman phoned claiming"
		}
	}
	if k < ss {
		return -1
	}
	if d.lower[k] == "," {
		return p.claimantAppositive(d, k, ss)
	}
	if !claimantHeads[d.lower[k]] {
		return -1
	}
	j := k - 1
	for j > ss && j >= k-3 && d.mentionAt[j] < 0 && d.lower[j] != "'s" && d.lower[j] != "’s" && p.cls(d, j)&(wAdj|wNoun) != 0 && p.cls(d, j)&(wVerb|wPast|wPrep|wDet) == 0 {
		j-- // "Zarqawi's terrorist network", "a Taleban media wing"
	}
	if j >= ss && (d.lower[j] == "'s" || d.lower[j] == "’s") {
		j--
	}
	if j < ss {
		return -1
	}
	mi := d.mentionAt[j]
	if mi < 0 || d.mentions[mi].ent < 0 || d.mentions[mi].end != j+1 {
		return -1
	}
	switch d.mentions[mi].label {
	case "ORG", "MISC", "NORP", "PER":
		return d.mentions[mi].ent
	}
	return -1
}

// claimantAppositive: the name set off by commas before the verb, after a
// group noun ("A group affiliated with al-Qaida, the Islamic State of
// Iraq, claimed"); k is the closing comma.
func (p *Pipeline) claimantAppositive(d *doc, k, ss int) int {
	mi := d.mentionAt[max(k-1, ss)]
	if k-1 < ss || mi < 0 || d.mentions[mi].ent < 0 || d.mentions[mi].label != "ORG" {
		return -1
	}
	j := d.mentions[mi].start - 1
	if j >= ss && d.lower[j] == "the" {
		j--
	}
	if j < ss || d.lower[j] != "," {
		return -1
	}
	for g := j - 1; g >= ss && g >= j-8; g-- {
		if claimantGroupNouns[d.lower[g]] {
			return d.mentions[mi].ent
		}
		if d.lower[g] == "," {
			break
		}
	}
	return -1
}
