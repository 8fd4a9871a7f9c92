package pipeline

import "testing"

// TestModalReachesCoordinatedVerb: "would" before the first of two verbs
// joined by "and" makes the second only intended too; the same row told in
// the past is two acts.
func TestModalReachesCoordinatedVerb(t *testing.T) {
	checkEventTypes(t, []typeCase{
		{"Opposition leaders in Dhaka said they would ignore the curfew and stage more protests against the government of Bangladesh.", "-PROTEST protests"},
		{"Opposition leaders in Dhaka ignored the curfew and staged more protests against the government of Bangladesh on Monday.", "PROTEST protests"},
	})
}
