package pipeline

import "testing"

// TestEventTriggers11 pins the trigger mechanisms of the tenth session's
// trigger work, each a class of words or a construction the lexicon lacked.
// Each sentence is written for the test.
func TestEventTriggers11(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	cases := []eventCase{
		{
			// entering an office told by "become" and the office's title
			name: "became prime minister",
			text: "The Democrat Party formed a new coalition government and Abhisit Vejjajiva became prime minister.",
			want: []string{"APPOINTMENT became prime minister [Abhisit Vejjajiva:PATIENT]"},
		},
		{
			// the title's own name inside the phrase is no participant
			name: "became Northern Ireland Secretary",
			text: "Mo Mowlam was elected to parliament in 1987 and became Northern Ireland Secretary in 1997.",
			want: []string{"APPOINTMENT became Northern Ireland Secretary [Mo Mowlam:PATIENT]"},
		},
		{
			name:   "became the first president to visit",
			text:   "Barack Obama became the first president to visit Hiroshima.",
			absent: []string{"APPOINTMENT"},
		},
		{
			// taking or assuming an office, command or presidency
			name: "assumed command",
			text: "Italian Lieutenant-General Mauro Del Vecchio assumed command of the International Security Assistance Force on Thursday.",
			want: []string{"APPOINTMENT assumed command [Mauro Del Vecchio:PATIENT]"},
		},
		{
			name: "will take office",
			text: "Nicolas Sarkozy will take office on Wednesday.",
			want: []string{"APPOINTMENT take office [Nicolas Sarkozy:PATIENT]"},
		},
		{
			name:   "took over the post office",
			text:   "Taleban fighters took over the post office in Kandahar.",
			absent: []string{"APPOINTMENT"},
		},
		{
			// installing a person is putting them in office; installing things is not
			name: "installed a person",
			text: "The military briefly installed Faure Gnassingbe following his father's death.",
			want: []string{"APPOINTMENT installed [Faure Gnassingbe:PATIENT]"},
		},
		{
			name:   "installed cameras",
			text:   "The Kenyan police installed new cameras in Nairobi.",
			absent: []string{"APPOINTMENT"},
		},
		{
			// a warning that the other side act or bear the consequence is a threat
			name: "warned to leave or be killed",
			text: "Pakistan's President Pervez Musharraf has warned foreign militants using the Waziristan region as a hideout to leave or be killed.",
			want: []string{"THREATEN warned [Pervez Musharraf:AGENT]"},
		},
		{
			// the warner's own act made to depend on the other's
			name: "warned it would act if",
			text: "The European Commission warned France and Germany that it would act if their deficits grew.",
			want: []string{"THREATEN warned [European Commission:AGENT France:PATIENT Germany:PATIENT]"},
		},
		{
			// a forecast with a condition threatens no one
			name:   "warned the economy could slow if",
			text:   "The IMF warned Japan that the economy could slow if interest rates rise.",
			absent: []string{"THREATEN"},
		},
		{
			// an economy word modifying the people taken is no economic harm
			name: "kidnapped an oil industry worker",
			text: "Armed men have kidnapped a German oil industry worker in Nigeria's Niger Delta region.",
			want: []string{"ATTACK kidnapped [Germany:PATIENT]"},
		},
		{
			name:   "hit the oil industry",
			text:   "Falling prices have hit the Nigerian oil industry hard.",
			absent: []string{"ATTACK"},
		},
		{
			// receiving a visitor: the two meet
			name: "greeted a president",
			text: "Kim Jong-il greeted Chinese President Hu Jintao on the airport tarmac Friday.",
			want: []string{"MEET greeted [Hu Jintao:PARTICIPANT Kim Jong-il:PARTICIPANT]"},
		},
		{
			name:   "welcomed a leader's decision",
			text:   "Caroline Lucas welcomed Tony Blair's decision to hold a referendum.",
			absent: []string{"MEET"},
		},
		{
			// storming a place is the assault, not the holding of it
			name: "stormed a stronghold",
			text: "U.N. peacekeepers stormed a stronghold of Jean-Bertrand Aristide's supporters on Tuesday.",
			want: []string{"ATTACK stormed [Jean-Bertrand Aristide:PATIENT United Nations:AGENT]"},
		},
		{
			// a body or its members convening meet; they go nowhere
			name:   "ministers convened",
			text:   "The foreign ministers of Iran and Syria convened in Damascus on Monday.",
			want:   []string{"MEET convened [Iran:PARTICIPANT Syria:PARTICIPANT]"},
			absent: []string{"VISIT"},
		},
		{
			// missiles fired at nothing named show force, as a test does
			name:   "launched missiles",
			text:   "North Korea this week launched seven missiles, including a long-range Taepodong-2.",
			want:   []string{"MILITARY_POSTURE launched [North Korea:AGENT]"},
			absent: []string{"ATTACK"},
		},
		{
			name:   "fired missiles into the sea",
			text:   "North Korea fired two short-range missiles into the Sea of Japan on Friday.",
			absent: []string{"ATTACK"},
		},
		{
			name: "fired missiles at towns",
			text: "Hezbollah fired missiles at Israeli towns on Sunday.",
			want: []string{"ATTACK fired [Hezbollah:AGENT Israel:PATIENT]"},
		},
		{
			// staying away from a vote is a boycott, a SANCTION
			name: "pulled out of elections",
			text: "The Socialist Party of Serbia has pulled out of Sunday's parliamentary elections.",
			want: []string{"SANCTION pulled out [Socialist Party:AGENT]"},
		},
		{
			name:   "walked out of a courthouse",
			text:   "Kizza Besigye walked out of a Kampala courthouse on Monday.",
			absent: []string{"MEET", "SANCTION"},
		},
		{
			// a participle between a possessor and its noun tells a state
			name:   "Thaksin's frozen assets",
			text:   "A court confiscated half of Thaksin Shinawatra's frozen assets in February.",
			absent: []string{"SANCTION"},
		},
		{
			name: "froze the assets",
			text: "U.S. Treasury officials have frozen the assets of KindHearts, an Ohio-based group.",
			want: []string{"SANCTION frozen [U.S. Treasury:AGENT]"},
		},
		{
			// a war named with its side is the use of force
			name: "war against a group",
			text: "He was pushed aside near the end of the 34-day war against Hezbollah guerrillas in Lebanon.",
			want: []string{"ATTACK war [Hezbollah:PATIENT]"},
		},
		{
			name: "conflict between two states",
			text: "Relations have soured in the wake of last month's conflict between Russia and U.S. ally Georgia.",
			want: []string{"ATTACK conflict [Georgia:PARTICIPANT Russia:PARTICIPANT]"},
		},
		{
			name:   "conflict between a state and a firm",
			text:   "A conflict between the Argentine State and water firm Aguas Argentinas is casting doubt on the firm's future.",
			absent: []string{"ATTACK"},
		},
		{
			name:   "war with no side",
			text:   "The war on terror will go on for years, Mr. Blair said.",
			absent: []string{"ATTACK"},
		},
	}
	checkEventCases(t, p, cases)
}
