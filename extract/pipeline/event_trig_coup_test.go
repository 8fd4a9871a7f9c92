package pipeline

import "testing"

// TestCoupIsAttack: a coup told by its noun or by a verb of ousting with a
// coup or arms told is an ATTACK on the one ousted and by the one who led
// it or came to power in it; a coup in its sense of a success, a sports
// win and an ouster with no force told are not.
func TestCoupIsAttack(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	checkEventCases(t, p, []eventCase{
		{name: "deposed in a coup led by", text: "In June 1998 President Joao Vieira was deposed in a military coup led by General Ansumane Mane, who formed a junta.",
			want: []string{"ATTACK deposed [Ansumane Mane:AGENT Joao Vieira:PATIENT]"}},
		{name: "deposed by, in a coup", text: "Benazir Bhutto was deposed by General Zia ul-Haq in a coup in 1977.",
			want: []string{"ATTACK deposed [Benazir Bhutto:PATIENT Zia ul-Haq:AGENT]"}},
		{name: "removed from office in a coup", text: "Fiji's military removed Prime Minister Laisenia Qarase from office in a bloodless coup in December.",
			want: []string{"ATTACK removed [Fiji:AGENT Laisenia Qarase:PATIENT]"}, absent: []string{"RESIGNATION"}},
		{name: "ousted by a coup", text: "President Fernando Belaunde was ousted by a coup in 1968.",
			want: []string{"ATTACK ousted [Fernando Belaunde:PATIENT]"}, absent: []string{"RESIGNATION"}},
		{name: "came to power in a coup", text: "Lansana Conte came to power in a coup in 1984 and ruled for 24 years.",
			want: []string{"ATTACK coup [Lansana Conte:AGENT]"}},
		{name: "staged a coup", text: "Colonel Sitiveni Rabuka staged a coup in Suva on Thursday.",
			want: []string{"ATTACK coup [Sitiveni Rabuka:AGENT]"}},
		{name: "coup against", text: "The general was jailed for his role in the 1992 coup against President Carlos Andres Perez.",
			want: []string{"ATTACK coup [Carlos Andres Perez:PATIENT]"}},
		{name: "a tally of coups", text: "The army has staged three coups since independence in 1960.",
			absent: []string{"ATTACK"}},
		{name: "a coup for a club", text: "Signing Thierry Henry was a major coup for Arsenal manager Arsene Wenger.",
			absent: []string{"ATTACK"}},
		{name: "scored a coup", text: "Boeing scored the biggest coup of the year when it won an Air Force contract to launch military satellites.",
			absent: []string{"ATTACK"}},
		{name: "toppled in sport", text: "Chelsea toppled Arsenal at the top of the Premiership table on Sunday.",
			absent: []string{"ATTACK"}},
		{name: "ousted with no force", text: "Parliament ousted Prime Minister Ahmet Yilmaz on Wednesday.",
			absent: []string{"ATTACK"}},
	})
}
