package pipeline

import "testing"

// TestPlaceSurrounded: a state's force ringing a place (read by the
// lexicon as an ATTACK) or imposing security on one is its
// MILITARY_POSTURE (event_trig_surround.go); a place ringed by hills, a
// house ringed in a raid and security the subject of a passive are none.
func TestPlaceSurrounded(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	checkEventCases(t, p, []eventCase{
		{name: "police encircled a place", text: "Thousands of Turkish police encircled Istanbul's Taksim Square on Sunday, stopping buses.",
			want: []string{"MILITARY_POSTURE encircled [Turkey:AGENT]"}},
		{name: "police encircled a place, ATTACK gone", text: "Thousands of Turkish police encircled Istanbul's Taksim Square on Sunday, stopping buses.",
			absent: []string{"ATTACK encircled"}},
		{name: "a town ringed by hills", text: "Hills surround the Kenyan town of Nakuru.",
			absent: []string{"MILITARY_POSTURE"}},
		{name: "troops ringing people", text: "Kenyan troops had surrounded the Somalis after the attack.",
			absent: []string{"MILITARY_POSTURE"}},
		{name: "a house ringed in a raid", text: "Kenyan soldiers surrounded a house where the gunmen were hiding.",
			absent: []string{"MILITARY_POSTURE"}},
		{name: "security imposed", text: "Pakistani authorities have imposed tight security in and around Karachi ahead of the festival.",
			want: []string{"MILITARY_POSTURE imposed [Pakistan:AGENT]"}},
		{name: "security mounted", text: "Danish officials mounted an unprecedented level of security for the summit.",
			want: []string{"MILITARY_POSTURE mounted [Denmark:AGENT]"}},
		{name: "a closure imposed on a region", text: "The Israeli army is imposing a two-day closure on the West Bank.",
			want: []string{"MILITARY_POSTURE imposing [Israel:AGENT]"}},
		{name: "the security council", text: "Britain imposed Security Council sanctions on Iran.",
			absent: []string{"MILITARY_POSTURE"}},
		{name: "security of a network", text: "Microsoft mounted a security upgrade of its network after the breach.",
			absent: []string{"MILITARY_POSTURE"}},
		{name: "police sealed off streets", text: "Egyptian police sealed off streets around the court in central Cairo.",
			want: []string{"MILITARY_POSTURE sealed [Egypt:AGENT]"}},
		{name: "roads sealed, no one named", text: "Streets around the Cairo court were sealed off on Monday.",
			absent: []string{"MILITARY_POSTURE"}},
	})
}
