package pipeline

import "strings"

// The subject of a verb joined by "and" to a first verb with a long object.
//
// A verb after "and" shares the subject of the verb before it: "Islamabad
// denied any involvement and demanded evidence". The reader of such a verb
// looks back at most nine words for that first verb, so a first conjunct
// with a long object, a quotation or a prepositional phrase loses it: "A
// White House spokesman, Gordon Johndroe, described the tests in March as
// "not constructive," and urged North Korea to ...", "Pakistani authorities
// have raided offices of two Afghan trading firms suspected of providing
// funds to leaders of Taleban insurgents and frozen their bank accounts".
// The appeal, demand, sanction or sentence then had no actor, or took one
// from another clause. Twenty-third session (new8-24): in the baseline
// errors of TUNE, 54 missed events stand after "and" with the first verb's
// subject as their actor; the longest first conjuncts are these.

// farConjunctReach is how far back the first conjunct's verb may stand.
const farConjunctReach = 22

// farConjunctSubject returns the subject of the first verb of a
// coordination whose "and" stands at k, when that verb stands ten or more
// words before it and nothing between them opens another clause: the words
// between are then the first verb's object and adjuncts, and the verb after
// "and" shares its subject. A passive or denied first verb gives nothing
// ("was released and ..." is passivePair's and the bare participle's).
func (p *Pipeline) farConjunctSubject(d *doc, k, ss int) []int {
	if determinedNoun(d, k-1) {
		return nil // "the exploitation and abuse of": two nouns under one determiner
	}
	for j := k - 1; j > ss && j > k-farConjunctReach; j-- {
		switch d.lower[j] {
		case ";", ":", "--", "—", "who", "which", "that", "whose", "when", "while", "whereas", "because", "since", "if",
			"where", "after", "before", "until", "but", "or", "although", "though", "said", "says", "say":
			return nil // another clause: its verb's subject is not the first conjunct's
		case "as":
			if n := d.lower[j+1]; d.mentionAt[j+1] >= 0 || n == "he" || n == "she" || n == "it" || n == "they" || n == "we" {
				return nil // "as Israel pulled out": a clause; "described it as a mistake": a phrase
			}
		}
		if d.mentionAt[j] >= 0 || determinedNoun(d, j) {
			continue
		}
		if d.lower[j-1] == "to" && p.cls(d, j)&wVerb != 0 || strings.HasSuffix(d.lower[j], "ing") {
			return nil // "efforts to adopt reforms and stamp out", "of murdering two and wounding": a non-finite first conjunct
		}
		if !p.finiteLike(d, j) || isBe(d.lower[j]) {
			continue
		}
		if j > k-10 {
			return nil // near verbs are the walk's in subject (event_args.go)
		}
		if b := d.lower[j-1]; b == "who" || b == "which" {
			return nil // "the case of X, who hanged himself ..., and urged": the relative clause's verb
		}
		subj, passive, unreal := p.subject(d, j, ss)
		if passive || unreal {
			return nil
		}
		return subj
	}
	return nil
}

// determinedNoun: the word at j follows a determiner ("the tests", "its
// claims"), so it is a noun however the treebank may read it, and no verb
// whose subject a verb after "and" could share.
func determinedNoun(d *doc, j int) bool {
	if j < 1 || d.mentionAt[j] >= 0 {
		return false
	}
	switch d.lower[j-1] {
	case "the", "a", "an", "its", "their", "his", "her", "this", "these", "those", "our":
		return true
	}
	return false
}
