package pipeline

import "testing"

// newRulesOnly is the pipeline without the learned event model: a rule's
// unit test pins what the rule reads from its sentence, while whether the
// learned filter (switched on or off by `newsgraph train events`, by its own
// cross-validated gate) keeps a lone test sentence's event is the model's
// business, measured on the development sets, not on one sentence.
func newRulesOnly(t *testing.T) *Pipeline {
	t.Helper()
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	p.evArgs = nil
	return p
}
