package pipeline

import "testing"

// TestAdviceWarningSense: a warning that advises people to act against a
// danger is no threat; an ultimatum and "warned X not to" are.
func TestAdviceWarningSense(t *testing.T) {
	checkEventTypes(t, []typeCase{
		{"Boston Mayor Thomas Menino warned motorists to stay off the roads until the snow was cleared.", "-THREATEN warned"},
		{"Britain's finance minister Gordon Brown warned on Monday of the danger of a trade war with Japan.", "-THREATEN warned"},
		{"The Arab League warned Sudan to disarm the militias or face sanctions.", "THREATEN warned"},
		{"Iran warned the United States not to attack its nuclear facilities.", "THREATEN warned"},
	})
}
