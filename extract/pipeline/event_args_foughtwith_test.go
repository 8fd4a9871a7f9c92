package pipeline

import "testing"

// A fight "with" an armed group is an attack though the side fought is not
// named; a fight against an abstraction or a struggle "with" a problem is not.
func TestFoughtWith(t *testing.T) {
	checkEventTypes(t, []typeCase{
		{"Sri Lanka says up to 30 rebels were killed during Monday's fighting with government troops in the north.", "ATTACK fighting"},
		{"Sri Lanka says it is fighting with great determination against corruption in the ports.", "-ATTACK fighting"},
		{"The two nations have been struggling with armed militants along their border.", "-ATTACK struggling"},
	})
}
