package pipeline

// A state's posture told by its bare force: "Police later imposed a
// curfew", "The army imposed a curfew in the town", "Soldiers cut off the
// roads leading to the village", "Riot police were patrolling", "More than
// 5,000 police were deployed". The guideline names the state, not its
// organ ("Egyptian police arrested" -> Egypt), and the labels give these
// postures the state whose force it is as AGENT.
//
// Measured in the sixteenth session (helper metonym17) over the 32 TUNE
// sets: of the misses "no participant read" and "found with other
// participants" whose gold state the sentence names only by a body
// (police, army, troops, the government, a ministry) or a capital, read
// one by one (approximate, one class per miss):
//
//	a posture (curfew, deployment, patrol, roads cut) by a bare force  5 (5 stories)
//	an attack by a bare police or army ("shot dead by police", "a
//	  police raid", "the military launched an offensive")               5 (4)
//	an attack on a state's soldiers or police, the state unsaid         4 (4)
//	an arrest by police the readers miss ("making several arrests",
//	  "arrested ... during a massive police operation", "Police say
//	  204 people were arrested")                                       3 (3)
//	a speech act by a ministry or the army ("The ministry ... urged")  2 (2)
//	"the government in Khartoum", "the Beirut government"              2 (2)
//
// Whose force it is comes from forceState (event_args_implicit.go), the
// ownership guard the arrests already use: the country named on a force
// in the sentence or the three before ("Thai police", "Authorities in
// Nepal"), else the one country named before it in its sentence or the
// two before, else the one country the story's item names up to it; two
// states in play and none said leaves the posture unread.

// postureForce: token h heads a force that takes a posture: a domestic
// force ("police", "security forces") or a state's armed force ("the
// army", "troops", "soldiers").
func (p *Pipeline) postureForce(d *doc, h, ss int) bool {
	if h-1 >= ss && ownerModifiers[d.lower[h-1]] {
		return false // "Foreign troops were patrolling": not the story's state
	}
	return p.domesticHead(d, h, ss) || p.stateArm(d, h, ss)
}

// ownerModifiers say the force is not one state's own ("foreign troops",
// "international forces", "coalition forces").
var ownerModifiers = map[string]bool{
	"foreign": true, "international": true, "multinational": true, "coalition": true, "allied": true, "peacekeeping": true,
}
