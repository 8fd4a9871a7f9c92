package pipeline

import "github.com/newsgraph/newsgraph/extract"

// Two triggers of one act in one clause, each reading one side.
//
// "Israeli troops shot and killed three Palestinians": the reader takes the
// subject for "shot" and the object for "killed", and clauseRepeats folds the
// second reading into the first as a repeat. When the two readings name
// different sides — one only the doer, the other only the one hit — the fold
// dropped the victim, and the event was scored with the attacker alone
// (twenty-second session, TUNE: ATTACK "found with other participants" in
// "shot and killed", "tortured and killed" ...). The kept reading now takes
// the other's actors when their roles do not overlap: one act has one doer
// side and one target side, so the halves complete each other.

// complementSides gives keep the actors (people, bodies, countries) of drop
// when keep's actors hold only roles drop's actors do not hold. Places are
// left out: a place read as a side is dropped later and is not a side of
// the act.
func (d *doc) complementSides(keep, drop *event) {
	if keep.typ != "ATTACK" {
		return
	}
	kr, dr := d.actorRoles(keep), d.actorRoles(drop)
	if len(kr) == 0 || len(dr) == 0 {
		return
	}
	for r := range dr {
		if kr[r] || r == participant {
			return
		}
	}
	for r := range kr {
		if r == participant {
			return
		}
	}
	for _, pt := range drop.parts {
		if d.isActor(pt.ent) {
			keep.addPart(pt.ent, pt.role)
		}
	}
}

// actorRoles is the set of roles ev's actors hold.
func (d *doc) actorRoles(ev *event) map[string]bool {
	rs := map[string]bool{}
	for _, pt := range ev.parts {
		if d.isActor(pt.ent) {
			rs[pt.role] = true
		}
	}
	return rs
}

// isActor: an entity that can act or be acted on as a side (what
// actorParts counts): anything but a place that is not a country.
func (d *doc) isActor(e int) bool {
	if e < 0 || e >= len(d.ents) {
		return false
	}
	en := d.ents[e]
	return en.typ != extract.Location || en.subtype == extract.Country
}
