package pipeline

import "testing"

// TestNaturalDisasterSense: the toll of an earthquake or a storm is no
// attack; troops who storm a compound attack it.
func TestNaturalDisasterSense(t *testing.T) {
	checkEventTypes(t, []typeCase{
		{"A powerful earthquake that struck northern Pakistan on Saturday killed 12 Afghan refugees and injured at least 40 people.", "-ATTACK struck"},
		{"The tropical storm, which lashed the Philippine island of Luzon on Monday, destroyed hundreds of homes.", "-ATTACK lashed"},
		{"Pakistani officials said militants who struck a police post in northern Pakistan on Saturday injured at least 40 people.", "ATTACK struck"},
	})
}
