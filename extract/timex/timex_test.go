package timex

import (
	"fmt"
	"sort"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/extract/tokenize"
	"github.com/newsgraph/newsgraph/sample"
)

// words splits a test sentence on spaces; punctuation is written as its own word
// the way a tokenizer would emit it.
func words(s string) []string { return strings.Fields(s) }

func show(ts []Timex) string {
	var b strings.Builder
	for i, t := range ts {
		if i > 0 {
			b.WriteString("; ")
		}
		fmt.Fprintf(&b, "%d-%d %q=%s/%s", t.Start, t.End, t.Text, t.Value, t.Precision)
	}
	return b.String()
}

func TestFind(t *testing.T) {
	const sun = "2014-03-30" // a Sunday, the seed article's date
	tests := []struct {
		sent, pub string
		future    bool
		want      string // "text=value/precision; ..." in order
	}{
		// Weekdays, past by default; the same weekday is the published day.
		{"during a meeting on Sunday , Kerry said", sun, false, "on Sunday=2014-03-30/day"},
		{"a call between Obama and Putin on Friday", sun, false, "on Friday=2014-03-28/day"},
		{"Putin called Obama Friday", sun, false, "Friday=2014-03-28/day"},
		{"they met last Sunday", sun, false, "last Sunday=2014-03-23/day"},
		{"they met last Friday", sun, false, "last Friday=2014-03-28/day"},
		{"they will meet next Tuesday", sun, false, "next Tuesday=2014-04-01/day"},
		// A named day of history.
		{"the fifth anniversary of the September 11 attacks on the United States", "2006-09-08", false, "September 11=2001-09-11/day"},
		{"a speech on September 11 about the economy", "2006-09-08", true, "September 11=2006-09-11/day"},
		{"they will meet on Tuesday", sun, true, "on Tuesday=2014-04-01/day"},
		{"they will meet on Sunday", sun, true, "on Sunday=2014-03-30/day"},
		{"Sunday's meeting was productive", sun, false, "Sunday's=2014-03-30/day"},
		{"talks on Saturday night ended", sun, false, "on Saturday night=2014-03-29/day"},
		{"talks this Wednesday", "2014-03-27", false, "this Wednesday=2014-03-26/day"},
		{"on Monday", "2014-01-01", false, "on Monday=2013-12-30/day"},
		{"next Monday", "2013-12-31", false, "next Monday=2014-01-06/day"},
		{"on Wed. they met", "2014-03-27", false, "on Wed.=2014-03-26/day"},
		{"on Sunday , March 2 , troops moved", sun, false, "on Sunday , March 2=2014-03-02/day"},

		// Days relative to publication.
		{"Kerry said today", sun, false, "today=2014-03-30/day"},
		{"he said yesterday", "2014-01-01", false, "yesterday=2013-12-31/day"},
		{"they meet tomorrow morning", "2013-12-31", false, "tomorrow morning=2014-01-01/day"},
		{"explosions were heard last night", "2014-03-01", false, "last night=2014-02-28/day"},
		{"explosions were heard last night", "2012-03-01", false, "last night=2012-02-29/day"},
		{"he said this morning", sun, false, "this morning=2014-03-30/day"},
		{"tonight", sun, false, "tonight=2014-03-30/day"},
		// a month name before a capitalised word is a name; a cardinal word
		// after a month is its day
		{"it completed the acquisition of May Energy Partners", sun, false, ""},
		{"the judge scheduled sentencing for December nine", sun, false, "December nine=2013-12-09/day"},
		{"the agreement takes effect April One", sun, true, "April One=2014-04-01/day"},
		// "this week" in a future clause written on a Sunday is the coming week
		{"Reagan will hold talks with Nakasone this week", sun, true, "this week=2014-W14/week"},
		{"talks were held this week", sun, false, "this week=2014-W13/week"},
		// "overnight" as a date is the night just ended; as a modifier no date
		{"militants detonated a car bomb overnight , but caused no damage", sun, false, "overnight=2014-03-30/day"},
		{"a bomb exploded overnight in Nablus", sun, false, "overnight=2014-03-30/day"},
		{"the overnight rate rose", sun, false, ""},
		{"banks lent overnight funds", sun, false, ""},
		{"the day before yesterday", sun, false, "the day before yesterday=2014-03-28/day"},
		{"three days ago", "2014-03-02", false, "three days ago=2014-02-27/day"},
		{"2 weeks ago", sun, false, "2 weeks ago=2014-W11/week"},
		{"a year ago", sun, false, "a year ago=2013/year"},

		// Periods.
		{"troops massed last week", sun, false, "last week=2014-W12/week"},
		{"troops massed last week", "2014-01-02", false, "last week=2013-W52/week"},
		{"talks next week", "2014-12-29", false, "next week=2015-W02/week"},
		{"this week", "2014-12-29", false, "this week=2015-W01/week"},
		{"last month", "2014-01-15", false, "last month=2013-12/month"},
		{"earlier this month", sun, false, "earlier this month=2014-03/month"},
		{"kidnapped earlier in the week", sun, false, "earlier in the week=2014-W13/week"},
		{"later in the month", sun, false, "later in the month=2014-03/month"},
		{"in the week", sun, false, ""},
		{"next month", "2014-12-15", false, "next month=2015-01/month"},
		{"last year", "2014-01-01", false, "last year=2013/year"},
		{"later this year", sun, false, "later this year=2014/year"},
		{"in the past weeks", sun, false, ""},

		// Month and day.
		{"on March 3 Russia moved", sun, false, "March 3=2014-03-03/day"},
		{"on 3 March Russia moved", sun, false, "3 March=2014-03-03/day"},
		{"on Mar. 3 Russia moved", sun, false, "Mar. 3=2014-03-03/day"},
		{"on Mar . 3 Russia moved", sun, false, "Mar . 3=2014-03-03/day"},
		{"on March 3rd", sun, false, "March 3rd=2014-03-03/day"},
		{"on the 3rd of March", sun, false, "3rd of March=2014-03-03/day"},
		{"on March 3 , 2014 .", "", false, "March 3 , 2014=2014-03-03/day"},
		{"on 3 March 2014", "", false, "3 March 2014=2014-03-03/day"},
		{"on March 3", "", false, ""},
		{"on December 30", "2014-01-02", false, "December 30=2013-12-30/day"},
		{"on January 5", "2014-01-02", false, "January 5=2014-01-05/day"},
		{"on January 5", "2013-12-28", false, "January 5=2014-01-05/day"},
		{"on December 30", "2014-01-02", true, "December 30=2013-12-30/day"},
		{"on April 15", sun, false, "April 15=2014-04-15/day"},
		{"on June 15", sun, false, "June 15=2014-06-15/day"},
		{"on October 15", sun, false, "October 15=2013-10-15/day"},
		{"on October 15", sun, true, "October 15=2014-10-15/day"},
		// Future: a date well before publication is next year's, even when nearer.
		{"elections to be held May 25", "2007-06-14", true, "May 25=2008-05-25/day"},
		{"they will meet in May", "2007-06-14", true, "May=2008-05/month"},
		{"they will meet in June", "2007-06-14", true, "June=2007-06/month"},
		{"on February 29", "2013-03-01", false, "February 29=2012-02-29/day"},
		{"on February 30", sun, false, ""},
		{"May 9 , 2014", "", false, "May 9 , 2014=2014-05-09/day"},
		// A year told from publication after the day (fifteenth session):
		// "March 22 , last year" is the year before, not the nearest March 22;
		// "last year" after a day with no comma too; "last week" is no year.
		{"the leader was killed in an air strike March 22 , last year", sun, false, "March 22 , last year=2013-03-22/day"},
		{"the ban imposed on October 3 last year", sun, false, "October 3 last year=2013-10-03/day"},
		{"elections due on May 4 next year", sun, true, "May 4 next year=2015-05-04/day"},
		{"prices rose 3 percent on May 4 last week", sun, false, "May 4=2014-05-04/day; last week=2014-W12/week"},

		// Month alone and month-year.
		{"Crimea was annexed in March", sun, false, "March=2014-03/month"},
		{"the vote in May", sun, false, "May=2014-05/month"},
		{"the protests in December", sun, false, "December=2013-12/month"},
		{"in December", "2014-01-02", false, "December=2013-12/month"},
		{"last March", sun, false, "last March=2013-03/month"},
		{"next January", "2014-01-15", false, "next January=2015-01/month"},
		{"since mid-February", sun, false, "mid-February=2014-02/month"},
		{"in March 2014", "", false, "March 2014=2014-03/month"},
		{"in January of 2013", sun, false, "January of 2013=2013-01/month"},
		{"you may march on", sun, false, ""},
		{"May God help us", sun, false, ""},
		{"March on Kiev", sun, false, ""},

		// Years.
		{"Crimea was part of Russia until 1954", sun, false, "1954=1954/year"},
		{"in 2013 , protests began", sun, false, "2013=2013/year"},
		{"since 2008", "", false, "2008=2008/year"},
		{"sent 2014 troops", sun, false, ""},
		{"resulted in 2000 deaths", sun, false, ""},
		{"the 1990s", sun, false, ""},
		{"in 12345", sun, false, ""},

		// Numeric dates.
		{"on 2014-03-30 .", "", false, "2014-03-30=2014-03-30/day"},
		{"on 2014 - 03 - 30", "", false, "2014 - 03 - 30=2014-03-30/day"},
		{"on 30/03/2014", "", false, "30/03/2014=2014-03-30/day"},
		{"on 03/04/2014", "", false, "03/04/2014=2014-04-03/day"},
		{"on 03/30/2014", "", false, "03/30/2014=2014-03-30/day"},
		{"on 31.12.2013", "", false, "31.12.2013=2013-12-31/day"},
		{"on 2014-02-30", "", false, ""},
		{"on 13/13/2014", "", false, ""},

		// Relative expressions need a published date.
		{"on Friday yesterday last week", "", false, ""},
		{"on Friday", "not-a-date", false, ""},

		// Several in one sentence.
		{"Obama called Putin on Friday and Kerry met Lavrov on Sunday", sun, false, "on Friday=2014-03-28/day; on Sunday=2014-03-30/day"},
	}
	for _, tc := range tests {
		got := FindWith(words(tc.sent), tc.pub, Options{Future: tc.future})
		var parts []string
		for _, x := range got {
			parts = append(parts, x.Text+"="+x.Value+"/"+x.Precision)
		}
		if g := strings.Join(parts, "; "); g != tc.want {
			t.Errorf("Find(%q, %q, future=%v) = %s; want %s", tc.sent, tc.pub, tc.future, g, tc.want)
		}
	}
}

func TestFindSpans(t *testing.T) {
	ws := words("Kerry met Lavrov on Sunday in Paris")
	got := Find(ws, "2014-03-30")
	if len(got) != 1 || got[0].Start != 3 || got[0].End != 5 {
		t.Fatalf("Find spans = %s; want 3-5", show(got))
	}
	if strings.Join(ws[got[0].Start:got[0].End], " ") != got[0].Text {
		t.Errorf("Text %q does not match words[%d:%d]", got[0].Text, got[0].Start, got[0].End)
	}
}

func TestFindEmpty(t *testing.T) {
	if got := Find(nil, "2014-03-30"); len(got) != 0 {
		t.Errorf("Find(nil) = %s; want nothing", show(got))
	}
	if got := Find([]string{"", " ", "."}, ""); len(got) != 0 {
		t.Errorf("Find(blanks) = %s; want nothing", show(got))
	}
}

func FuzzFind(f *testing.F) {
	f.Add("on Sunday , March 30 , 2014 last week", "2014-03-30")
	f.Add("30/03/2014 mid- 2014 - 03 -", "")
	f.Add("the day before", "2014-02-29")
	f.Fuzz(func(t *testing.T, sent, pub string) {
		ws := strings.Fields(sent)
		got := Find(ws, pub)
		prev := 0
		for _, x := range got {
			if x.Start < prev || x.End <= x.Start || x.End > len(ws) {
				t.Fatalf("Find(%q) bad span %d-%d", sent, x.Start, x.End)
			}
			if x.Value == "" || x.Precision == "" {
				t.Fatalf("Find(%q) empty value in %+v", sent, x)
			}
			prev = x.End
		}
	})
}

func BenchmarkFind(b *testing.B) {
	ws := words("Secretary of State John Kerry and Russian Foreign Minister Sergey Lavrov discussed ways to deescalate the crisis in Ukraine during a meeting on Sunday , Kerry said , after a call on Friday and talks in March 2014 .")
	n := 0
	for _, w := range ws {
		n += len(w) + 1
	}
	b.ReportAllocs()
	b.SetBytes(int64(n))
	for b.Loop() {
		Find(ws, "2014-03-30")
	}
}

// TestPastOption: a sentence telling what already happened puts a date without
// a year before publication, even when the next occurrence is nearer.
func TestPastOption(t *testing.T) {
	const pub = "2007-06-14"
	cases := []struct {
		sent string
		opt  Options
		want string
	}{
		{"the October 1 Bali bombings that left 23 people dead", Options{}, "October 1=2007-10-01/day"},
		{"the October 1 Bali bombings that left 23 people dead", Options{Past: true}, "October 1=2006-10-01/day"},
		{"talks resume in July", Options{Past: true}, "July=2006-07/month"},
		{"they met on June 12", Options{Past: true}, "June 12=2007-06-12/day"},
		{"they will meet in July", Options{Future: true, Past: true}, "July=2007-07/month"},
		// a day a few weeks ahead in a past sentence is a term or a schedule
		// ("was appointed chairman effective July 15"), not last year's
		{"he was appointed chairman effective July 15", Options{Past: true}, "July 15=2007-07-15/day"},
		{"it nominated two directors for election at the September 1 meeting", Options{Past: true}, "September 1=2007-09-01/day"},
		{"the September 20 bombings that killed 23 people", Options{Past: true}, "September 20=2006-09-20/day"},
	}
	for _, c := range cases {
		got := FindWith(words(c.sent), pub, c.opt)
		var parts []string
		for _, x := range got {
			parts = append(parts, fmt.Sprintf("%s=%s/%s", x.Text, x.Value, x.Precision))
		}
		if s := strings.Join(parts, "; "); s != c.want {
			t.Errorf("FindWith(%q, %+v) = %s; want %s", c.sent, c.opt, s, c.want)
		}
	}
}

// TestFromRef: days counted from the narrative's reference day, and the
// complement of "a day after" / "one day before" dated instead of the clause.
func TestFromRef(t *testing.T) {
	const pub = "2007-06-14"
	cases := []struct {
		sent, ref string
		want      string
	}{
		{"an airstrike killed a commander , a day after a suicide bomber killed five", "", "a day after=2007-06-13/day/follows"},
		{"His comments come one day before the IAEA board meets in Vienna", "2007-06-13", "one day before=2007-06-14/day/follows"},
		{"the talks resumed two days later", "2007-06-10", "two days later=2007-06-12/day"},
		{"rebels struck a day earlier", "", "a day earlier=2007-06-13/day"},
		{"they met again the next day", "2007-06-08", "the next day=2007-06-09/day"},
		{"police said the man had been seen the day before .", "2007-06-11", "the day before=2007-06-10/day"},
		{"he was killed Friday , a day after the raid", "", "Friday=2007-06-08/day; a day after=2007-06-07/day/follows"},
		{"the day before yesterday", "2007-06-01", "the day before yesterday=2007-06-12/day"},
		{"one day he left", "", ""},
		{"police arrested him hours after the bombing", "2007-06-10", "hours after=2007-06-10/day/follows"},
		{"a second bomb went off minutes later", "2007-06-10", "minutes later=2007-06-10/day"},
		{"for hours", "2007-06-10", ""},
		{"police arrested him hours after the bombing", "", ""},
		// a weekday told after a report's day lies on or before it
		{"police said Friday the bombing began Thursday", "", "Friday=2007-06-08/day; Thursday=2007-06-07/day"},
		{"officials said on Tuesday the raid took place Tuesday", "", "on Tuesday=2007-06-12/day; Tuesday=2007-06-12/day"},
		{"the meeting on Monday was followed by talks on Wednesday", "", "on Monday=2007-06-11/day; on Wednesday=2007-06-13/day"},
		{"the day he left", "", ""},
		// so does a day said before its verb, a statement's day and an act's day before "after"
		{"The Kremlin Friday said he was busy Thursday", "", "Friday=2007-06-08/day; Thursday=2007-06-07/day"},
		{"A statement released Friday said the soldier was shot Wednesday", "", "Friday=2007-06-08/day; Wednesday=2007-06-06/day"},
		{"he resigned Friday after gunmen fired on his compound Wednesday", "", "Friday=2007-06-08/day; Wednesday=2007-06-06/day"},
		// the story's day told again
		{"Earlier in the day , medics said troops killed two men", "2007-06-10", "Earlier in the day=2007-06-10/day"},
		{"he was freed later that day", "2007-06-10", "later that day=2007-06-10/day"},
		{"on the same day , insurgents attacked a convoy", "2007-06-08", "the same day=2007-06-08/day"},
		{"on the same day , insurgents attacked a convoy", "", ""},
		{"who was fired on the same day that Poindexter resigned", "2007-06-08", ""},
	}
	for _, c := range cases {
		got := FindWith(words(c.sent), pub, Options{Ref: c.ref})
		var parts []string
		for _, x := range got {
			p := fmt.Sprintf("%s=%s/%s", x.Text, x.Value, x.Precision)
			if x.Follows {
				p += "/follows"
			}
			parts = append(parts, p)
		}
		if s := strings.Join(parts, "; "); s != c.want {
			t.Errorf("FindWith(%q, ref %q) = %s; want %s", c.sent, c.ref, s, c.want)
		}
	}
}

// dateTestSentences are the sample news and sentences made of the words the
// matchers know.
func dateTestSentences(t *testing.T) [][]string {
	t.Helper()
	docs, err := sample.Documents()
	if err != nil {
		t.Fatal(err)
	}
	var sents [][]string
	for _, d := range docs {
		var ws []string
		for _, tk := range tokenize.Tokenize(d.Text) {
			ws = append(ws, tk.Text)
		}
		sents = append(sents, ws)
	}
	// Every known word in front of every other: "two days later", "the
	// next day", "mid-March 2014", "Sunday's", "Mon. 3rd" ...
	known := []string{"3", "03", "3rd", "31st", "2014", "30/03/2014", "3.3.2014", "2014-03-30", "-", "/", ",", ".", "of", "ago",
		"in", "since", "day", "days", "week", "weekend", "month", "year", "years", "after", "before", "later", "earlier",
		"morning", "night", "mid-March", "mid-2014", "Sunday's", "May", "may", "March", "march"}
	for w := range startNames {
		known = append(known, w, strings.ToUpper(w[:1])+w[1:])
	}
	for _, w := range []string{"today", "tonight", "yesterday", "tomorrow", "last", "next", "this", "past", "previous",
		"coming", "current", "on", "earlier", "later", "the", "hours", "minutes"} {
		known = append(known, w)
	}
	sort.Strings(known)
	for i, a := range known {
		for j := i % 4; j < len(known); j += 4 { // a quarter of the pairs keeps the test fast
			b := known[j]
			sents = append(sents, []string{known[(i+7)%len(known)], a, b, known[(i+3)%len(known)], "2014", known[(i+11)%len(known)]})
		}
	}
	return sents
}

// TestStartWord: skipping the words startWord rejects changes nothing. Every
// position of the sample news and of sentences made of the words the
// matchers know is matched with and without the shortcut.
func TestStartWord(t *testing.T) {
	sents := dateTestSentences(t)
	opts := []Options{{Past: true}, {Future: true, Ref: "2014-03-20"}}
	positions, starts := 0, 0
	for _, pub := range []string{"", "2014-03-30"} {
		for _, opt := range opts {
			for _, ws := range sents {
				norm := make([]string, len(ws))
				for i, w := range ws {
					norm[i] = normWord(w)
				}
				s := newScanner(ws, norm, pub, opt)
				for i := range ws {
					e1, v1, p1 := s.match(i)
					e2, v2, p2 := s.matchAll(i)
					if v1 != "" || v2 != "" {
						starts++
					}
					positions++
					if e1 != e2 || v1 != v2 || p1 != p2 || (v2 != "" && !startWord(norm[i])) {
						t.Fatalf("pub %q %+v: %q at %d: match %d %q %q, every matcher %d %q %q", pub, opt, ws, i, e1, v1, p1, e2, v2, p2)
					}
				}
			}
		}
	}
	if starts < 1000 {
		t.Fatalf("only %d of %d positions start a date: the test says little", starts, positions)
	}
}

// TestFindLower: the pipeline's lower-cased words give what FindWith reads.
func TestFindLower(t *testing.T) {
	ws := words("On Sunday's talks , LAST WEEK , the Day before Yesterday and MID-March 2014 Kerry said")
	lower := make([]string, len(ws))
	for i, w := range ws {
		lower[i] = strings.ToLower(w)
	}
	for _, opt := range []Options{{}, {Future: true}, {Ref: "2014-03-20"}} {
		want := show(FindWith(ws, "2014-03-30", opt))
		if got := show(FindLower(ws, lower, "2014-03-30", opt)); got != want || want == "" {
			t.Errorf("%+v: FindLower %s, FindWith %s", opt, got, want)
		}
	}
}

// TestPastOnlyDrops: Options.Past only drops readings, so a sentence with no
// date read without it has none with it (anchorDates reads sentences
// without it first).
func TestPastOnlyDrops(t *testing.T) {
	withDates := 0
	for _, ws := range dateTestSentences(t) {
		plain := FindWith(ws, "2014-03-30", Options{Ref: "2014-03-20"})
		past := FindWith(ws, "2014-03-30", Options{Past: true, Ref: "2014-03-20"})
		if len(plain) == 0 && len(past) > 0 {
			t.Fatalf("%q: no dates, but with Past %s", ws, show(past))
		}
		if len(past) > 0 {
			withDates++
		}
	}
	if withDates < 100 {
		t.Fatalf("only %d sentences with dates", withDates)
	}
}

// TestReportOption: a bare past weekday that would be the published day,
// told after a report of the week's earlier day, is the week before's; other
// weekdays and a report of the published day itself leave it.
func TestReportOption(t *testing.T) {
	const pub = "2007-06-14"
	cases := []struct {
		sent, report, want string
	}{
		{"his party on Thursday won the election", "2007-06-08", "on Thursday=2007-06-07"},
		{"his party on Thursday won the election", "", "on Thursday=2007-06-14"},
		{"his party on Thursday won the election", "2007-06-14", "on Thursday=2007-06-14"},
		{"his party on Thursday won the election", "2007-06-01", "on Thursday=2007-06-14"},
		{"rebels attacked on Tuesday", "2007-06-08", "on Tuesday=2007-06-12"},
	}
	for _, c := range cases {
		got := FindWith(words(c.sent), pub, Options{Report: c.report})
		var parts []string
		for _, x := range got {
			parts = append(parts, x.Text+"="+x.Value)
		}
		if s := strings.Join(parts, "; "); s != c.want {
			t.Errorf("FindWith(%q, report %q) = %s; want %s", c.sent, c.report, s, c.want)
		}
	}
}

// TestToldHearerBounds: the day after "told" and its hearer is a report's
// day and bounds the weekdays told after it, as "said Friday" does
// (fourteenth session); a day after another verb's object does not.
func TestToldHearerBounds(t *testing.T) {
	const pub = "2007-06-14"
	cases := []findCase{
		{"officials told reporters Friday the mayor was shot late Thursday", "Friday=2007-06-08; Thursday=2007-06-07"},
		{"a spokesman told the BBC Saturday that rebels attacked on Thursday", "Saturday=2007-06-09; on Thursday=2007-06-07"},
		{"rebels attacked the village Friday and police arrived Thursday", "Friday=2007-06-08; Thursday=2007-06-14"},
	}
	checkFindWith(t, pub, cases)
}

// TestLastYesterdayWeekday: "last Wednesday" told on a Thursday is the
// Wednesday of the week before, not yesterday (fourteenth session); other
// weekdays after "last" are the most recent ones, as before.
func TestLastYesterdayWeekday(t *testing.T) {
	const pub = "2007-06-14" // a Thursday
	cases := []findCase{
		{"the fighting began last Wednesday", "last Wednesday=2007-06-06"},
		{"the fighting began last Tuesday", "last Tuesday=2007-06-12"},
		{"the fighting began last Thursday", "last Thursday=2007-06-07"},
		{"the fighting began Wednesday", "Wednesday=2007-06-13"},
	}
	checkFindWith(t, pub, cases)
}

// findCase is a sentence and the time phrases FindWith must read in it,
// as "text=value" joined by "; ".
type findCase struct{ sent, want string }

// checkFindWith runs FindWith over each case's words as published on pub.
func checkFindWith(t *testing.T, pub string, cases []findCase) {
	t.Helper()
	for _, c := range cases {
		var parts []string
		for _, x := range FindWith(words(c.sent), pub, Options{}) {
			parts = append(parts, x.Text+"="+x.Value)
		}
		if s := strings.Join(parts, "; "); s != c.want {
			t.Errorf("FindWith(%q) = %s; want %s", c.sent, s, c.want)
		}
	}
}
