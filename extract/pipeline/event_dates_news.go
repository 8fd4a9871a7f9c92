package pipeline

// The news and its day (thirteenth session).
//
// A news sentence tells what has happened ("Insurgents in Iraq have
// attacked the Abu Ghraib prison, outside Baghdad, injuring at least 18
// American soldiers"), the sentence after it when ("... outside the prison
// Saturday evening"). leadNextDay took that day only for the lead's event
// close to its perfect and only when the next sentence named one of the
// event's sides; measured over the twenty TUNE sets that missed leads whose
// next sentence goes on by its words or a pronoun ("South Africa's public
// sector unions are threatening to strike ... The unions ... issued the
// threat on Thursday", "police have opened fire on a protest rally ... They
// say the incident took place Thursday") and every event of the lead after
// the first ("injuring", "opened fire on a protest rally"). Now:
//   - every event after the perfect takes the day, unless a word tying it
//     to another time stands between (tiedBetween: "months after Havana
//     broke ties ... an assassination attempt");
//   - the later sentence may go on with the news by a word of the lead
//     (lexical cohesion) or a pronoun subject, not only by naming a side
//     (tellsOn; "The stock closed at 5.50 dlrs bid on Friday" after a
//     takeover lead does neither and still gives no day);
//   - a lead that is itself a report ("Pakistani military authorities say
//     they have arrested a key Taliban commander") takes the day of that
//     report retold ("Security forces said Wednesday they captured ...")
//     when the next sentences name no day of the news itself: by then it
//     had happened, and the story gives no other day. A day of the news
//     wins over it ("U.N. officials late Thursday said the trouble
//     happened Wednesday"). Since the fourteenth session a lead told
//     without "say" takes the report's day too: "The World Bank has
//     canceled aid to Cambodia. In a statement released Sunday, the bank
//     said ...", "Police have asked churches to ... Officials said Friday
//     they are requesting ...": the news was made known that day, and on
//     the TUNE sets no lead's report day was another day's;
//   - a bulletin's later item opening in the present perfect with no time
//     of its own ("A leftist Colombian guerrilla leader has been killed in a
//     clash with military troops. ... was killed Monday") takes the day of
//     the very next sentence the same way (laterNewsNextDay).

// laterNewsNextDay dates the events of each later sentence told in the
// present perfect, naming no time, by a day of the sentence right after it.
func (p *Pipeline) laterNewsNextDay(d *doc) {
	for si := 1; si+1 < len(d.sents); si++ {
		s := d.sents[si]
		if namesTime(d.words[s.Start:s.End], d.lower[s.Start:s.End], d.src.Published) {
			continue
		}
		p.newsNextDay(d, si, 1)
	}
}

// tiedBetween: a word between a and b ties what follows it to another time
// or opens a clause of its own ("after", "since", "who", "last", "for":
// "have been detained for the killing of civilians"), names a day of
// its own, or opens a
// reported clause ("has told Funaro that negotiations on Brazil's debt are a
// matter for the banks": what was said, not what was done).
func tiedBetween(d *doc, a, b int) bool {
	for k := a + 1; k < b; k++ {
		switch d.lower[k] {
		case "after", "before", "since", "when", "while", "until", "ago", "who", "which", "whose", "earlier", "last", "that", "for":
			return true
		}
		if dayWords[d.lower[k]] {
			return true // "have made idle 158 ships ..., today held pay talks": the event has its own day
		}
	}
	return false
}

// cohesionStop are words too common to tie two sentences to one story.
var cohesionStop = map[string]bool{
	"said": true, "says": true, "would": true, "could": true, "their": true, "there": true, "which": true,
	"about": true, "after": true, "other": true, "where": true, "while": true, "these": true, "those": true,
	"before": true, "since": true, "against": true, "during": true,
}

// tellsOn: sentence si goes on with the news of sentence si0: it opens with
// a pronoun, or repeats one of si0's words of five letters or more (not a
// weekday).
func tellsOn(d *doc, si0, si int) bool {
	s, l := d.sents[si], d.sents[si0]
	switch d.lower[s.Start] {
	case "they", "he", "she", "it":
		return true
	}
	for k := s.Start; k < s.End; k++ {
		w := d.lower[k]
		if len(w) < 5 || cohesionStop[w] || dayWords[w] {
			continue
		}
		for j := l.Start; j < l.End; j++ {
			if d.lower[j] == w {
				return true
			}
		}
	}
	return false
}

// relativeClauseDay: the day at at is told in a relative clause opened
// within the three words before it ("the stoppage, which began last
// Friday"): the day of what the clause tells, not the news's.
func relativeClauseDay(d *doc, ss, at int) bool {
	for k := at - 1; k >= ss && k >= at-3; k-- {
		if d.lower[k] == "which" || d.lower[k] == "who" {
			return true
		}
	}
	return false
}
