package pipeline

import "testing"

// TestSteppedUpIsNoThreat: a trend stepped up and a thing's risk are no
// threat; an actor's threat, stepped up or made, stays one.
func TestSteppedUpIsNoThreat(t *testing.T) {
	checkEventTypes(t, []typeCase{
		{"Maoist rebels have stepped up attacks on Nepalese police posts this year.", "-THREATEN stepped up"},
		{"Maoist rebels have stepped up attacks on Nepalese police posts this year.", "-ATTACK attacks"},
		{"Hamas threatened Israel with stepped-up attacks on its towns.", "THREATEN threatened"},
		{"Analysts say the U.S. credit crisis is threatening to push Japan into recession.", "-THREATEN threatening"},
		{"North Korea is threatening to test another missile, Japan's prime minister said.", "THREATEN threatening"},
	})
}
