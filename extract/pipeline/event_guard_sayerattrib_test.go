package pipeline

import "testing"

// TestSayerAttributiveParticiple: a participle right after "say" that opens
// the reported clause's subject describes the noun; a participle after the
// clause's subject is its verb.
func TestSayerAttributiveParticiple(t *testing.T) {
	checkEventTypes(t, []typeCase{
		{"Party officials say jailed leader Ahmed Saadat has decided to run for parliament.", "-ARREST jailed"},
		{"Party officials say Israeli police jailed Ahmed Saadat last year.", "ARREST jailed"},
	})
}
