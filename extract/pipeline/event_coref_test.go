package pipeline

import (
	"context"
	"fmt"
	"path"
	"slices"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/extract"
)

// eventSentences analyzes text published on 2007-06-14 (a Thursday) and
// returns "TYPE trigger=date@sentences" for each event, in order.
func eventSentences(t *testing.T, p *Pipeline, text string) string {
	t.Helper()
	a, err := p.Analyze(context.Background(), extract.Document{ID: "t", Text: text, Published: "2007-06-14"})
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, ev := range a.Events {
		var ss []string
		for _, e := range ev.Evidence {
			ss = append(ss, fmt.Sprint(e.Sentence))
		}
		out = append(out, ev.Type+" "+ev.Trigger+"="+ev.Date+"@"+strings.Join(ss, ","))
	}
	return strings.Join(out, "; ")
}

// patternCase is a short story and the events that must be among those
// read from it, each a "TYPE trigger=date@sentences" pattern (path.Match).
type patternCase struct {
	name, text string
	want       []string
}

// checkEventPatterns runs each case through one pipeline and reports every
// wanted pattern no event matches.
func checkEventPatterns(t *testing.T, cases []patternCase) {
	t.Helper()
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range cases {
		got := eventSentences(t, p, c.text)
		for _, w := range c.want {
			if !slices.ContainsFunc(strings.Split(got, "; "), func(g string) bool {
				ok, _ := path.Match(w, g)
				return ok
			}) {
				t.Errorf("%s: want %q among %q", c.name, w, got)
			}
		}
	}
}

// TestEventCoreference pins when two reports of one type in a story are one
// event and when they are two.
func TestEventCoreference(t *testing.T) {
	checkEventPatterns(t, []patternCase{
		{
			// a bare event noun told before a new item ("Separately, ...")
			// is not the event the new item tells, though it names no side
			name: "bare noun across an item break",
			text: "Iraqi police say a suicide car bomber attacked a security checkpoint in central Baghdad Monday, killing at least two people.\n\n" +
				"The attack took place near a gate into the Green Zone.\n\n" +
				"Separately, the U.S. military said two American airmen were killed in a roadside bomb blast on Sunday near an airbase north of Baghdad.",
			want: []string{"ATTACK killed=2007-06-10@2"},
		},
		{
			// "Other attacks killed ...": told as other events than the
			// one before, whatever sides the two share
			name: "other attacks",
			text: "Suicide bombings and ambushes by insurgents killed at least 21 people in Iraq Sunday.\n\n" +
				"A suicide car bomber killed nine Iraqi soldiers at one of the checkpoints south of Baghdad.\n\n" +
				"Other attacks killed at least 12 Iraqi police or civilians in and around the capital.",
			want: []string{"ATTACK killed=*@2"},
		},
		{
			// "Also in Baghdad, ..." opens another item of the bulletin
			name: "also in a place",
			text: "Security officials in Iraq say a car bomb has killed at least two people and wounded five in central Baghdad.\n\n" +
				"Monday's bombing happened in the capital's Karrada district.\n\n" +
				"Also in Baghdad, the U.S. military says an American soldier was killed in an attack on his patrol.\n\n" +
				"The military said the soldier was killed by small-arms fire on Sunday.",
			want: []string{"ATTACK *=2007-06-10@2*"},
		},
		{
			// a correspondent's sign-off ends the item before it
			name: "sign-off",
			text: "Its location near the former World Trade Center site is part of an effort to revitalize the neighborhood left economically depressed after the September 11, 2001 terrorist attacks on the U.S.\n\n" +
				"VOA's Nathan King reports.\n\n" +
				"Police in Mexico say a group of armed men raided a drug rehabilitation facility and opened fire, killing 19 people and wounding several others.\n\n" +
				"Officials say the rampage took place late Thursday at the Faith and Life center in the northern city of Chihuahua.\n\n" +
				"The French news agency quotes a police official on Friday as saying 30 gunmen were involved in the attack.",
			want: []string{"ATTACK attacks=*@0"},
		},
		{
			// a sentence opening on a month before the story's month tells
			// an earlier event of the kind, not the one in the news, and
			// that month is its date
			name: "fronted past month",
			text: "Police say gunmen have kidnapped a Kenyan aid worker in Mogadishu.\n\n" +
				"Officials say a businessman was abducted by unidentified gunmen in the same city on Monday.\n\n" +
				"And, in January, Kenya's top diplomat to Somalia was kidnapped in the same neighborhood.",
			want: []string{"ATTACK kidnapped=2007-06-11@0,1", "ATTACK kidnapped=2007-01@2"},
		},
		{
			// a span counted on from the time told before: another event
			name: "years later",
			text: "Britain occupied Egypt in 1882.\n\n" +
				"Thirty years later, Britain occupied Egypt's neighbour as well.",
			want: []string{"OCCUPY occupied=1882@0", "OCCUPY occupied=1912@1"},
		},
		{
			// a month told after the verb only dates the event told before
			name: "month after the verb dates the same event",
			text: "A Moscow court has rejected the appeal of Mikhail Khodorkovsky against his conviction on fraud charges.\n\n" +
				"Khodorkovsky was convicted in May.",
			want: []string{"TRIAL conviction=*@0,1"},
		},
	})
}

// TestNamedLater pins the fold of a lead's act told with only its doer and
// the next sentences' report naming only whom it befell; each case is a
// short story written for the test.
func TestNamedLater(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	checkEventCases(t, p, []eventCase{
		{
			name: "the victims named in the next sentence",
			text: "Taleban militants attacked a convoy in southern Afghanistan on Saturday.\n\nPolice say two employees of RONCO were killed in the ambush.",
			want: []string{"ATTACK attacked [RONCO:PATIENT Taleban:AGENT]"},
		},
		{
			name: "the one arrested named two sentences later",
			text: "Lebanese police have arrested a man in Beirut.\n\nThe arrest follows a long investigation.\n\nOfficials say Mahmoud Abdel-Al was detained early Saturday.",
			want: []string{"ARREST arrested [Lebanon:AGENT Mahmoud Abdel-Al:PATIENT]"},
		},
		{
			name:   "the nationality of the one arrested gives way to his name",
			text:   "German police have arrested an Iraqi man suspected of spreading al-Qaida videos.\n\nProsecutors say the 36-year-old, identified only as Ibrahim Rashid, was arrested Tuesday near Osnabrueck.",
			want:   []string{"ARREST arrested [Germany:AGENT Ibrahim Rashid:PATIENT]"},
			absent: []string{"ARREST arrested [Ibrahim Rashid:PATIENT]"},
		},
		{
			name:   "an act of another year is background",
			text:   "Taleban militants attacked a convoy in southern Afghanistan.\n\nPolice say two employees of RONCO were killed there in 1999.",
			want:   []string{"ATTACK attacked [Taleban:AGENT]"},
			absent: []string{"ATTACK attacked [RONCO:PATIENT Taleban:AGENT]"},
		},
		{
			name:   "one person read twice is not doer and done-to",
			text:   "Rapper Snoop Dogg sued over concert\n\nUS rapper Snoop Dogg has been sued for $2m by a concert promoter who claimed he cancelled a show.",
			absent: []string{"TRIAL sued [Rapper Snoop Dogg:AGENT Snoop Dogg:PATIENT]"},
		},
		{
			name:   "another act of the kind is not the lead's",
			text:   "Taleban militants attacked a convoy in southern Afghanistan on Saturday.\n\nIn a separate attack, two employees of RONCO were killed.",
			want:   []string{"ATTACK attacked [Taleban:AGENT]"},
			absent: []string{"ATTACK attacked [RONCO:PATIENT Taleban:AGENT]"},
		},
	})
}
