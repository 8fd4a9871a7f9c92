package pipeline

import "testing"

// TestModalSubjectIsNotAnEvent: an event noun that is the subject of
// "would"/"could" is only supposed; the same noun told as done, a known
// event weighed in a reported future, and scheduled talks whose content is
// weighed stay events.
func TestModalSubjectIsNotAnEvent(t *testing.T) {
	checkEventTypes(t, []typeCase{
		{"Analysts said a takeover of Sprint by Qwest would be the biggest telecoms deal this year.", "-ACQUISITION takeover"},
		{"Qwest completed its takeover of Sprint on Monday.", "ACQUISITION takeover"},
		{"Buying Sprint would give Qwest access to a national network.", "-ACQUISITION Buying"},
		{"Ankara officials said any negotiations with Greece would focus on fishing rights.", "-NEGOTIATE negotiations"},
		{"Officials in Kabul said the attack by Taleban fighters would not affect the talks with Pakistan.", "ATTACK attack"},
	})
}

// TestSetToIsForeseen: "is set to" foresees an act no one has put on a
// calendar, as "is to" does; a meeting set for a day is scheduled.
func TestSetToIsForeseen(t *testing.T) {
	checkEventTypes(t, []typeCase{
		{"Senator John Ensign of Nevada is set to call for tougher fines on broadcasters.", "-APPEAL call"},
		{"Senator John Ensign of Nevada called for tougher fines on broadcasters.", "APPEAL called"},
		{"President Bush is set to meet Chinese President Hu Jintao on Friday.", "MEET meet"},
	})
}
