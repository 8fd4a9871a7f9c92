package pipeline

import "testing"

// TestSpeech19: an adverb before the bare verb of a mandative clause keeps
// its subject the one a demand is made of (event_args_askedclause.go); a
// warning whose object carries a place phrase before "not to", and one
// announcing a possible act of force, are threats; a judgment of what may
// happen is not (event_trig_warnedplace.go).
func TestSpeech19(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	checkEventCases(t, p, []eventCase{
		{name: "demanded that X first VERB", text: "Egypt has demanded that Israel first withdraw its forces from the border area.",
			want: []string{"DEMAND demanded [Egypt:AGENT Israel:PATIENT]"}},
		{name: "that-clause with a past verb stays a report", text: "Egypt has demanded the documents that Israel first published last year.",
			absent: []string{"DEMAND demanded [Egypt:AGENT Israel:PATIENT]"}},
		{name: "warned X around the world not to", text: "Ban Ki-moon has warned governments around the world not to ignore the treaty banning landmines.",
			want: []string{"THREATEN warned [Ban Ki-moon:AGENT]"}},
		{name: "warned X in a place that", text: "The mayor warned people in the region that the water was not safe to drink.",
			absent: []string{"THREATEN"}},
		{name: "warned it may attack", text: "Uganda warned it may attack rebel bases in eastern Congo.",
			want: []string{"THREATEN warned [Uganda:AGENT]"}},
		{name: "warned it could take years", text: "Uganda warned it could take years to rebuild the roads.",
			absent: []string{"THREATEN"}},
	})
}
