package pipeline

// Candidates told in a sentence that joins its election late.
//
// electionCandidates reads the candidates of an election in the sentences
// the election holds when it runs; lateRepeats, which runs after it, then
// folds later reports of the same election into it ("Polls suggest X will
// get 45 percent of the vote, compared to 40 percent for her rival,
// businessman Y"), and the candidates those sentences name were never
// read. The labels give a two-way race both its candidates, in whichever
// of the election's sentences the story names them, so the candidates are
// read again once the late folds are done (addPart keeps a participant
// once).
//
// Measured (twenty-third session, helper elect24): TUNE one election gains
// its rival (voa-2252, tp +1, fp -1); CHECK, BBC, Reuters-21578 and the
// unlabelled VOA judge set unchanged.
func lateCandidates(d *doc) {
	electionCandidates(d)
}
