package pipeline

// Two participles joined under one passive auxiliary.
//
// "A Marine was shot and killed Monday", "two engineers were kidnapped and
// tortured": the second participle has no auxiliary of its own; it shares
// the first's ("was"), so its voice and its subject are the first's. The
// subject reader's "and" branch looks back for the first clause's finite
// verb, and a bare participle after "was" is not finite-like, so it went on
// to the reporting verb and gave the second act to the reporter ("the U.S.
// military announced that a Marine was shot and killed": the military as
// the killer). Read wrongly, the second act stays apart from the first (one
// killing told as two) and names a false attacker. (Twentieth session,
// fold21: the repeats not folded.)
//
// Only a participle right after the auxiliary (an adverb between allowed:
// "was fatally shot and killed") counts: "was in Kabul and met" is two
// clauses, and "has arrested and charged" is active and read already.

// passivePair: the bare participle at t follows "and" at k, and the word
// before "and" is a participle right after a form of "be". It returns the
// first participle's subject and true, or nil and false.
func (p *Pipeline) passivePair(d *doc, t, k, ss int) ([]int, bool) {
	j := k - 1
	if j <= ss || d.lower[k] != "and" || !p.participle(d, t) || !p.participle(d, j) || d.mentionAt[j] >= 0 {
		return nil, false
	}
	b := j - 1
	if b > ss && p.cls(d, b)&wAdv != 0 && !isBe(d.lower[b]) {
		b-- // "was fatally shot and killed"
	}
	switch d.lower[b] {
	case "was", "were", "been", "being", "is", "are":
	default:
		return nil, false
	}
	subj, passive, _ := p.subject(d, j, ss)
	if !passive || len(subj) == 0 {
		return nil, false
	}
	return subj, true
}
