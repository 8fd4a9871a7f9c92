package pipeline

// The possessor of an abduction is the one abducted.
//
// A possessor of an attack noun is its doer ("Israel's offensive"), but a
// person's killing is of that person ("Hariri's assassination", "his
// assassination"), and so is a person's abduction: "Johnston was the only
// Western reporter in Gaza at the time of his abduction", "Ms. Carroll's
// kidnapping". Read as the doer, the abducted made a second event of the
// abduction told before. (Twelfth session.)

// abductionNouns are seizures a person suffers: the possessor is the one seized.
var abductionNouns = map[string]bool{"abduction": true, "kidnapping": true, "kidnap": true, "capture": true}

// sufferedNoun: the attack noun w, said of a person, is what the person
// suffered ("his assassination", "her kidnapping").
func sufferedNoun(w string) bool { return killNouns[w] || abductionNouns[w] }
