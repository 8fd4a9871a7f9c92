// Package timex finds date expressions in a tokenized sentence and normalises
// them to ISO 8601 values anchored to the document's published date.
//
// It works on words (original case) and returns word indices, so it does not
// depend on a particular tokenizer: "Mar." and "Mar" "." are both accepted, and
// so are "2014-03-30" as one word or as "2014" "-" "03" "-" "30".
//
// Values are "2014-03-30" (day), "2014-W13" (ISO week), "2014-03" (month) or
// "2014" (year). Relative expressions ("on Friday", "last week", "in March")
// need the published date; when it is empty or invalid only absolute dates are
// returned.
//
// Year inference for dates written without a year ("March 3", "in May"): the
// candidate in the year before, of, or after publication that lies closest to
// the published date wins, where a distance into the future counts twice as
// much (news mostly reports the past). Options.Future reverses the preference
// for callers that saw "will"/"next"/"plans to" around the expression.
package timex

import (
	"strconv"
	"strings"
	"time"
	"unicode"
)

// Timex is one date expression: words[Start:End] normalised to Value.
type Timex struct {
	Start, End int    // word indices, End exclusive
	Text       string // the words joined by single spaces
	Value      string // "2014-03-30", "2014-W13", "2014-03" or "2014"
	Precision  string // "day", "week", "month" or "year"
	// Follows: the value dates what is told right after the expression, not
	// what it is said of: in "killed a commander, a day after a bomber killed
	// five" the phrase "a day after" carries the bombing's day (the reference
	// day minus one), on the reading that the main clause is at the reference day.
	Follows bool
}

// Precisions.
const (
	Day   = "day"
	Week  = "week"
	Month = "month"
	Year  = "year"
)

// Options tune the resolution of relative expressions.
type Options struct {
	// Future makes bare relative expressions ("on Friday", "March 3",
	// "in May") resolve to the next occurrence instead of the most recent one.
	Future bool
	// Past makes dates written without a year ("March 3", "in May") resolve
	// to the latest occurrence not after the published date, for callers that
	// saw the sentence tell of what already happened.
	Past bool
	// Ref is the day ("2006-01-02") the story was last at, for expressions
	// counted from the narrative rather than from publication ("two days
	// later", "a day after", "the next day"); empty means the published
	// date. A day named earlier in the same sentence takes its place.
	Ref string
	// Report is the day ("2006-01-02") of the last report the story told
	// ("The Kremlin Friday said ..."), or empty: a bare past weekday told
	// after it that would be the published day itself is the one of the
	// week before ("his Labor Party on Thursday won" is the Thursday before
	// that Friday, not the published Thursday: the report could not have
	// told of it).
	Report string
}

// Find returns the date expressions of words, in order and without overlaps,
// resolved as past references (the news default).
func Find(words []string, published string) []Timex {
	return FindWith(words, published, Options{})
}

// FindWith is Find with options.
func FindWith(words []string, published string, opt Options) []Timex {
	norm := make([]string, len(words))
	for i, w := range words {
		norm[i] = normWord(w)
	}
	return find(words, norm, published, opt)
}

// FindLower is FindWith for callers that hold the words lower-cased already
// (lower[i] is strings.ToLower(words[i])), as the extraction pipeline does:
// it spares lowering every word of every sentence again.
func FindLower(words, lower []string, published string, opt Options) []Timex {
	if len(lower) != len(words) {
		return FindWith(words, published, opt)
	}
	// Most sentences have no word normLower changes (it only shortens: a
	// possessive, spaces): lower itself is then the normalised sentence, as
	// find only reads it, and no copy is made.
	var norm []string // nil while every word is its own normal form
	for i, w := range lower {
		n := normLower(w)
		if norm == nil {
			if len(n) == len(w) {
				continue
			}
			norm = make([]string, len(lower))
			copy(norm, lower[:i])
		}
		norm[i] = n
	}
	if norm == nil {
		norm = lower
	}
	return find(words, norm, published, opt)
}

// find scans words, whose normalised forms (normWord) are norm.
func find(words, norm []string, published string, opt Options) []Timex {
	s := newScanner(words, norm, published, opt)
	var out []Timex
	for i := 0; i < len(words); {
		end, val, prec := s.match(i)
		if end <= i {
			i++
			continue
		}
		tx := Timex{Start: i, End: end, Text: strings.Join(words[i:end], " "), Value: val, Precision: prec}
		if e, v, follows := s.fromRef(i); e == end && v == val {
			tx.Follows = follows
		}
		if prec == Day && !tx.Follows {
			if t, err := time.Parse("2006-01-02", val); err == nil {
				s.ref, s.refNamed = t, true // "killed Friday, a day after ..." counts from Friday
				s.refHere = true
				if k := i - 1; speechVerbs[s.at(k)] || s.at(k) == "on" && speechVerbs[s.at(k-1)] || boundingDay(s.at(k), s.at(end)) || s.saidAfterComma(end) || s.toldHearer(k) {
					s.said, s.hasSaid = t, true
				}
			}
		}
		out = append(out, tx)
		i = end
	}
	return out
}

func newScanner(words, norm []string, published string, opt Options) *scanner {
	s := &scanner{opt: opt, w: norm, orig: words}
	if t, ok := parseDay(published); ok {
		s.pub, s.hasPub = t, true
	}
	s.ref, s.hasRef = s.pub, s.hasPub
	if t, ok := parseDay(opt.Ref); ok && s.hasPub {
		s.ref, s.refNamed = t, true
	}
	if t, ok := parseDay(opt.Report); ok {
		s.report, s.hasReport = t, true
	}
	return s
}

// parseDay parses a "2006-01-02" day with spaces around it. An empty
// string, the usual Options.Ref, is not parsed: time.Parse would allocate
// an error for it on every sentence.
func parseDay(v string) (time.Time, bool) {
	v = strings.TrimSpace(v)
	if v == "" {
		return time.Time{}, false
	}
	t, err := time.Parse("2006-01-02", v)
	return t, err == nil
}

// normWord lower-cases a word and strips a possessive ("Sunday's").
func normWord(w string) string {
	return normLower(strings.ToLower(w))
}

// normLower is normWord of a word already lower-cased (lower-casing
// neither makes nor removes spaces, so trimming after it is the same).
func normLower(w string) string {
	w = strings.TrimSpace(w)
	for _, suf := range []string{"'s", "’s"} {
		if len(w) > len(suf) && strings.HasSuffix(w, suf) {
			return w[:len(w)-len(suf)]
		}
	}
	return w
}

type scanner struct {
	w        []string // normalised words
	orig     []string
	pub      time.Time
	hasPub   bool
	ref      time.Time // the day relative-to-narrative expressions count from
	hasRef   bool
	refNamed bool // ref is a day the story named, not the published date
	refHere  bool // ref is a day named earlier in this sentence
	// said is the day of a report told earlier in the sentence ("police said
	// Friday"); a bare weekday after it lies on or before it.
	said    time.Time
	hasSaid bool
	// report is Options.Report.
	report    time.Time
	hasReport bool
	opt       Options
}

func (s *scanner) at(i int) string {
	if i < 0 || i >= len(s.w) {
		return ""
	}
	return s.w[i]
}

// match tries every pattern at word i and keeps the longest that resolves.
// Most words cannot begin a date expression (startWord); they are passed
// over without trying the patterns one by one.
func (s *scanner) match(i int) (end int, val, prec string) {
	if !startWord(s.at(i)) {
		return 0, "", ""
	}
	return s.matchAll(i)
}

// matchAll is match without the startWord shortcut.
func (s *scanner) matchAll(i int) (end int, val, prec string) {
	type matcher func(int) (int, string, string)
	for _, m := range []matcher{s.numericDate, s.monthDay, s.dayMonth, s.monthYear, s.relativeDay, s.weekday, s.relativePeriod, s.ago, s.monthAlone, s.year, s.refDay} {
		e, v, p := m(i)
		if e > end && v != "" {
			end, val, prec = e, v, p
		}
	}
	return end, val, prec
}

// startWord reports whether a date expression may begin with the normalised
// word w: what the matchers of match accept first. A number ("2014", "3rd",
// "30/03/2014", "2 weeks ago"), a month name (with or without its dot),
// "mid-March", a weekday, a day or number word ("fifth", "two days later"),
// or one of the words opening the relative expressions.
func startWord(w string) bool {
	if w == "" {
		return false
	}
	if c := w[0]; '0' <= c && c <= '9' {
		return true
	}
	switch w {
	case "today", "tonight", "yesterday", "tomorrow", "overnight", // relativeDay
		"last", "next", "this", "past", "previous", "coming", "current", "on", // weekday, relativePeriod, monthAlone
		"earlier", "later", "the", // relativeDay, relativePeriod, fromRef
		"hours", "minutes": // fromRef
		return true
	}
	return startNames[w] || strings.HasPrefix(w, "mid-")
}

// startNames are the month names (with and without their dot), weekdays, day
// and number words: the words of monthNames, weekdays, ordinalDays and
// numberWords in one set, so that startWord looks a word up once.
var startNames = func() map[string]bool {
	m := map[string]bool{}
	for w := range monthNames {
		m[w], m[w+"."] = true, true
	}
	for w := range weekdays {
		m[w] = true
	}
	for w := range ordinalDays {
		m[w] = true
	}
	for w := range numberWords {
		m[w] = true
	}
	return m
}()

var monthNames = map[string]time.Month{
	"january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6,
	"july": 7, "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
	"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8,
	"sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}

// month reads a month name at i, with an optional abbreviation dot as its own
// word, and returns the index after it.
func (s *scanner) month(i int) (time.Month, int, bool) {
	w := s.at(i)
	dotted := strings.HasSuffix(w, ".")
	m, ok := monthNames[strings.TrimSuffix(w, ".")]
	if !ok {
		return 0, i, false
	}
	// A lower-case "may" or "march" is a verb or noun, not a month.
	if !startsUpper(s.orig[i]) {
		return 0, i, false
	}
	abbrev := len(strings.TrimSuffix(w, ".")) <= 4 && w != "june" && w != "july" && w != "may"
	next := i + 1
	if abbrev && !dotted && s.at(next) == "." {
		next++
	}
	return m, next, true
}

func startsUpper(w string) bool {
	for _, r := range w {
		return unicode.IsUpper(r)
	}
	return false
}

// dayNum reads a day of month ("3", "3rd", "03") at i.
func (s *scanner) dayNum(i int) (int, bool) {
	w := s.at(i)
	if n, ok := ordinalDays[w]; ok {
		return n, true // "May fifth"
	}
	for _, suf := range []string{"st", "nd", "rd", "th"} {
		if strings.HasSuffix(w, suf) && len(w) > len(suf) {
			w = w[:len(w)-len(suf)]
			break
		}
	}
	if len(w) == 0 || len(w) > 2 || !allDigits(w) {
		return 0, false
	}
	d, _ := strconv.Atoi(w)
	return d, d >= 1 && d <= 31
}

// ordinalDays are days of the month written as words ("May fifth", "June first").
var ordinalDays = map[string]int{
	"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
	"ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14, "fifteenth": 15,
	"sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20,
	"twenty-first": 21, "twenty-second": 22, "twenty-third": 23, "twenty-fourth": 24, "twenty-fifth": 25,
	"twenty-sixth": 26, "twenty-seventh": 27, "twenty-eighth": 28, "twenty-ninth": 29, "thirtieth": 30,
	"thirty-first": 31,
}

// yearNum reads a four-digit year at i.
func (s *scanner) yearNum(i int) (int, bool) {
	w := s.at(i)
	if len(w) != 4 || !allDigits(w) {
		return 0, false
	}
	y, _ := strconv.Atoi(w)
	return y, y >= 1800 && y <= 2199
}

func allDigits(w string) bool {
	if w == "" {
		return false
	}
	for i := 0; i < len(w); i++ {
		if w[i] < '0' || w[i] > '9' {
			return false
		}
	}
	return true
}

func validDate(y int, m time.Month, d int) (time.Time, bool) {
	if m < 1 || m > 12 || d < 1 || d > 31 {
		return time.Time{}, false
	}
	t := time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
	return t, t.Day() == d && t.Month() == m
}

func dayValue(t time.Time) string { return t.Format("2006-01-02") }
func monthValue(y int, m time.Month) string {
	return strconv.Itoa(y) + "-" + twoDigits(int(m))
}
func yearValue(y int) string { return strconv.Itoa(y) }
func weekValue(t time.Time) string {
	y, w := t.ISOWeek()
	return strconv.Itoa(y) + "-W" + twoDigits(w)
}

func twoDigits(n int) string {
	if n < 10 {
		return "0" + strconv.Itoa(n)
	}
	return strconv.Itoa(n)
}

// numericDate handles ISO dates (one word or split on hyphens) and
// day-first slash or dot dates ("30/03/2014", "3.3.2014").
func (s *scanner) numericDate(i int) (int, string, string) {
	w := s.at(i)
	// Split ISO: 2014 - 03 - 30
	if y, ok := s.yearNum(i); ok && (s.at(i+1) == "-" || s.at(i+1) == "–") && (s.at(i+3) == "-" || s.at(i+3) == "–") {
		m, errM := strconv.Atoi(s.at(i + 2))
		d, errD := strconv.Atoi(s.at(i + 4))
		if errM == nil && errD == nil && len(s.at(i+2)) == 2 && len(s.at(i+4)) == 2 {
			if t, ok := validDate(y, time.Month(m), d); ok {
				return i + 5, dayValue(t), Day
			}
		}
	}
	if len(w) == 10 && w[4] == '-' && w[7] == '-' {
		if t, err := time.Parse("2006-01-02", w); err == nil {
			return i + 1, dayValue(t), Day
		}
	}
	for _, sep := range []string{"/", "."} {
		if strings.Count(w, sep) != 2 {
			continue // the common case: no allocation for words that cannot be dates
		}
		parts := strings.Split(w, sep)
		if len(parts) != 3 || !allDigits(parts[0]) || !allDigits(parts[1]) || !allDigits(parts[2]) {
			continue
		}
		if len(parts[0]) > 2 || len(parts[1]) > 2 || len(parts[2]) != 4 {
			continue
		}
		a, _ := strconv.Atoi(parts[0])
		b, _ := strconv.Atoi(parts[1])
		y, _ := strconv.Atoi(parts[2])
		// Day first (the international and most common form in world news),
		// unless that reading is impossible.
		if t, ok := validDate(y, time.Month(b), a); ok {
			return i + 1, dayValue(t), Day
		}
		if t, ok := validDate(y, time.Month(a), b); ok {
			return i + 1, dayValue(t), Day
		}
	}
	return i, "", ""
}

// monthDay handles "March 3", "Mar. 3rd", "March 3, 2014", "March 3 2014".
func (s *scanner) monthDay(i int) (int, string, string) {
	m, j, ok := s.month(i)
	if !ok {
		return i, "", ""
	}
	d, ok := s.dayNum(j)
	if !ok {
		// "December nine", "April One": a cardinal word after the month
		if n, isNum := numberWords[s.at(j)]; isNum && s.at(j) != "a" && s.at(j) != "an" {
			d, ok = n, true
		}
	}
	if !ok {
		return i, "", ""
	}
	j++
	if y, ok := s.yearNum(j); ok {
		if t, ok := validDate(y, m, d); ok {
			return j + 1, dayValue(t), Day
		}
	}
	if s.at(j) == "," {
		if y, ok := s.yearNum(j + 1); ok {
			if t, ok := validDate(y, m, d); ok {
				return j + 2, dayValue(t), Day
			}
		}
	}
	if y, n, ok := s.namedYear(j); ok {
		// "killed in an air strike March 22, last year": the year is told
		// counting from publication
		if t, ok := validDate(y, m, d); ok {
			return j + n, dayValue(t), Day
		}
	}
	if m == time.September && d == 11 && nineElevenWords[s.at(j)] {
		// "the September 11 attacks" name one day, whatever the article's
		// own date: read as the nearest September 11 it was a year off.
		return j, "2001-09-11", Day
	}
	if t, ok := s.inferDay(m, d); ok {
		return j, dayValue(t), Day
	}
	return i, "", ""
}

// namedYear reads "last year", "this year" or "next year" (after an
// optional comma) at word j, the year of a month and day told before it,
// and returns that year and how many words it took.
func (s *scanner) namedYear(j int) (int, int, bool) {
	if !s.hasPub {
		return 0, 0, false
	}
	n := 0
	if s.at(j) == "," {
		n = 1
	}
	if s.at(j+n+1) != "year" {
		return 0, 0, false
	}
	switch s.at(j + n) {
	case "last":
		return s.pub.Year() - 1, n + 2, true
	case "this":
		return s.pub.Year(), n + 2, true
	case "next":
		return s.pub.Year() + 1, n + 2, true
	}
	return 0, 0, false
}

// nineElevenWords after "September 11" make it the day of the 2001 attacks.
var nineElevenWords = map[string]bool{
	"attacks": true, "attack": true, "attackers": true, "hijackers": true, "hijackings": true,
	"terrorist": true, "terror": true, "commission": true, "bombers": true,
}

// dayMonth handles "3 March", "3rd of March", "3 March 2014".
func (s *scanner) dayMonth(i int) (int, string, string) {
	d, ok := s.dayNum(i)
	if !ok {
		return i, "", ""
	}
	j := i + 1
	if s.at(j) == "of" {
		j++
	}
	m, j, ok := s.month(j)
	if !ok {
		return i, "", ""
	}
	if s.at(j) == "," {
		if y, ok := s.yearNum(j + 1); ok {
			if t, ok := validDate(y, m, d); ok {
				return j + 2, dayValue(t), Day
			}
		}
	}
	if y, ok := s.yearNum(j); ok {
		if t, ok := validDate(y, m, d); ok {
			return j + 1, dayValue(t), Day
		}
	}
	if t, ok := s.inferDay(m, d); ok {
		return j, dayValue(t), Day
	}
	return i, "", ""
}

// monthYear handles "March 2014" and "March of 2014".
func (s *scanner) monthYear(i int) (int, string, string) {
	m, j, ok := s.month(i)
	if !ok {
		return i, "", ""
	}
	if s.at(j) == "of" || s.at(j) == "," {
		j++
	}
	if y, ok := s.yearNum(j); ok {
		return j + 1, monthValue(y, m), Month
	}
	return i, "", ""
}

// monthCues are words before a bare month name that make it a date.
var monthCues = map[string]bool{
	"in": true, "since": true, "until": true, "till": true, "by": true, "during": true,
	"early": true, "late": true, "mid": true, "from": true, "through": true,
	"before": true, "after": true, "of": true, "last": true, "next": true, "this": true,
	"to": true, "between": true, "and": true, "earlier": true, "later": true,
}

// monthAlone handles "in March", "last March", "since January", "mid-March".
func (s *scanner) monthAlone(i int) (int, string, string) {
	if !s.hasPub {
		return i, "", ""
	}
	w := s.at(i)
	start := i
	mod := ""
	if w == "last" || w == "next" || w == "this" || w == "past" {
		mod = w
		i++
	}
	var m time.Month
	j := i
	if strings.HasPrefix(s.at(i), "mid-") && len(s.at(i)) > 4 {
		mm, ok := monthNames[strings.TrimSuffix(s.at(i)[4:], ".")]
		if !ok {
			return start, "", ""
		}
		m, j = mm, i+1
	} else {
		mm, jj, ok := s.month(i)
		if !ok {
			return start, "", ""
		}
		m, j = mm, jj
		// "February 30" is a bad date, not the month February.
		if _, isDay := s.dayNum(j); isDay {
			return start, "", ""
		}
		// "May" and "March" are also words; without a cue they are not dates.
		if mod == "" && (m == time.May || m == time.March) && !monthCues[s.at(i-1)] {
			return start, "", ""
		}
		// "the acquisition of May Energy Partners": a name
		if (m == time.May || m == time.March) && j < len(s.orig) && startsUpper(s.orig[j]) && !startNames[s.at(j)] && s.at(j) != "i" {
			return start, "", ""
		}
	}
	py, pm := s.pub.Year(), s.pub.Month()
	var y int
	switch mod {
	case "last", "past":
		y = py
		if m >= pm {
			y--
		}
	case "next":
		y = py
		if m <= pm {
			y++
		}
	case "this":
		y = py
	default:
		y, _ = s.inferYear(s.pub, func(y int) (time.Time, bool) { return time.Date(y, m, 1, 0, 0, 0, 0, time.UTC), true }, monthDistance, 0, 0)
	}
	return j, monthValue(y, m), Month
}

// yearCues are words before a four-digit number that make it a year.
var yearCues = map[string]bool{
	"in": true, "since": true, "until": true, "till": true, "by": true, "during": true,
	"early": true, "late": true, "mid": true, "from": true, "through": true, "before": true,
	"after": true, "of": true, "to": true, "between": true, "and": true, "year": true,
	"fiscal": true, "throughout": true, "circa": true, "around": true, "for": true,
}

// afterYear are lower-case words that may follow a year; any other lower-case
// word after the number suggests a count ("in 2000 deaths").
var afterYear = map[string]bool{
	"and": true, "or": true, "but": true, "when": true, "while": true, "after": true,
	"before": true, "as": true, "the": true, "a": true, "an": true, "it": true, "he": true,
	"she": true, "they": true, "we": true, "i": true, "to": true, "that": true, "which": true,
	"was": true, "were": true, "is": true, "had": true, "has": true, "have": true, "with": true,
	"for": true, "in": true, "on": true, "at": true, "from": true, "until": true, "alone": true,
	"elections": true, "election": true, "there": true, "this": true, "his": true, "her": true,
	"its": true, "their": true, "amid": true, "during": true, "following": true, "because": true,
	"if": true, "then": true, "said": true, "ago": false,
}

// year handles a bare four-digit year introduced by a cue word ("in 2013").
func (s *scanner) year(i int) (int, string, string) {
	y, ok := s.yearNum(i)
	if !ok {
		return i, "", ""
	}
	prev := s.at(i - 1)
	if !yearCues[prev] && !strings.HasPrefix(prev, "mid-") {
		return i, "", ""
	}
	if next := s.at(i + 1); next != "" && isLowerWord(next) && !afterYear[next] {
		return i, "", ""
	}
	return i + 1, yearValue(y), Year
}

func isLowerWord(w string) bool {
	for _, r := range w {
		if !unicode.IsLetter(r) || unicode.IsUpper(r) {
			return false
		}
	}
	return w != ""
}

// relativeDay handles today, yesterday, tomorrow, tonight, "last night",
// "this morning", "the day before yesterday", with an optional part of day.
func (s *scanner) relativeDay(i int) (int, string, string) {
	if !s.hasPub {
		return i, "", ""
	}
	offset, j, ok := 0, i, false
	switch w := s.at(i); w {
	case "today", "tonight":
		offset, j, ok = 0, i+1, true
	case "overnight":
		// "detonated a car bomb overnight": the night just ended, told on
		// the day of publication; "overnight rates", "an overnight stay" are
		// no date
		if overnightEnd[s.at(i+1)] && !overnightDet[s.at(i-1)] {
			offset, j, ok = 0, i+1, true
		}
	case "yesterday":
		offset, j, ok = -1, i+1, true
	case "tomorrow":
		offset, j, ok = 1, i+1, true
	case "last":
		if s.at(i+1) == "night" || s.at(i+1) == "evening" {
			offset, j, ok = -1, i+2, true
		}
	case "this":
		if partOfDay[s.at(i+1)] {
			offset, j, ok = 0, i+2, true
		}
	case "earlier", "later":
		if s.at(i+1) == "today" {
			offset, j, ok = 0, i+2, true
		}
	case "the":
		if s.at(i+1) == "day" && s.at(i+2) == "before" && s.at(i+3) == "yesterday" {
			offset, j, ok = -2, i+4, true
		}
		if s.at(i+1) == "day" && s.at(i+2) == "after" && s.at(i+3) == "tomorrow" {
			offset, j, ok = 2, i+4, true
		}
	}
	if !ok {
		return i, "", ""
	}
	if (s.at(j-1) == "yesterday" || s.at(j-1) == "tomorrow") && partOfDay[s.at(j)] {
		j++
	}
	return j, dayValue(s.pub.AddDate(0, 0, offset)), Day
}

// speechVerbs: a day right after one is the day of a report ("said Friday"),
// which what the report tells cannot follow.
var speechVerbs = map[string]bool{
	"said": true, "told": true, "announced": true, "reported": true, "confirmed": true,
	"stated": true, "added": true, "disclosed": true, "revealed": true, "admitted": true,
}

// overnightEnd: words after "overnight" used as a date ("... overnight, but",
// "overnight in Nablus"), not as an adjective ("overnight rates").
var overnightEnd = map[string]bool{"": true, ",": true, ".": true, ";": true, ":": true, "and": true, "but": true,
	"in": true, "on": true, "at": true, "near": true, "when": true, "as": true, "after": true, "while": true,
	"from": true, "to": true, "into": true, "--": true, "\"": true, ")": true}

// overnightDet: words before an "overnight" that is a noun or an adjective
// ("the overnight", "an overnight").
var overnightDet = map[string]bool{"the": true, "an": true, "a": true, "its": true, "their": true}

var partOfDay = map[string]bool{
	"morning": true, "afternoon": true, "evening": true, "night": true, "overnight": true,
}

var weekdays = map[string]time.Weekday{
	"sunday": time.Sunday, "monday": time.Monday, "tuesday": time.Tuesday,
	"wednesday": time.Wednesday, "thursday": time.Thursday, "friday": time.Friday,
	"saturday": time.Saturday,
	// Abbreviations only with their dot: "Sun" and "Sat" alone are words.
	"mon.": time.Monday, "tue.": time.Tuesday, "tues.": time.Tuesday, "wed.": time.Wednesday,
	"thu.": time.Thursday, "thur.": time.Thursday, "thurs.": time.Thursday,
	"fri.": time.Friday, "sat.": time.Saturday, "sun.": time.Sunday,
}

// weekday handles "Sunday", "on Friday", "last Tuesday", "next Tuesday",
// "this Sunday", "Friday night", and "Sunday, March 30" (the explicit date wins).
func (s *scanner) weekday(i int) (int, string, string) {
	mod := ""
	j := i
	switch s.at(i) {
	case "last", "next", "this", "past", "previous", "coming", "on":
		mod = s.at(i)
		j++
	}
	wd, ok := weekdays[s.at(j)]
	if !ok {
		return i, "", ""
	}
	j++
	// "Sunday, March 30" or "Sunday 30 March": let the explicit date decide.
	k := j
	if s.at(k) == "," {
		k++
	}
	if e, v, p := s.monthDay(k); v != "" {
		return e, v, p
	}
	if e, v, p := s.dayMonth(k); v != "" {
		return e, v, p
	}
	if !s.hasPub {
		return i, "", ""
	}
	if partOfDay[s.at(j)] {
		j++
	}
	pub := s.pub
	back := (int(pub.Weekday()) - int(wd) + 7) % 7 // days since the most recent wd (0 = today)
	fwd := (int(wd) - int(pub.Weekday()) + 7) % 7  // days until the next wd (0 = today)
	var t time.Time
	switch mod {
	case "last", "past", "previous":
		if back == 0 {
			back = 7
		}
		if back == 1 && mod == "last" {
			// "last Wednesday" told on a Thursday is not yesterday (news
			// says "Wednesday" or "yesterday" for that) but the Wednesday
			// of the week before ("a battle last week ... The fighting
			// began last Wednesday"; fourteenth session)
			back = 8
		}
		t = pub.AddDate(0, 0, -back)
	case "next", "coming":
		if fwd == 0 {
			fwd = 7
		}
		t = pub.AddDate(0, 0, fwd)
	case "this":
		// The day of the published date's Monday-to-Sunday week.
		mondayBased := func(d time.Weekday) int { return (int(d) + 6) % 7 }
		t = pub.AddDate(0, 0, mondayBased(wd)-mondayBased(pub.Weekday()))
	default:
		if s.opt.Future {
			t = pub.AddDate(0, 0, fwd)
		} else {
			t = pub.AddDate(0, 0, -back)
			if back == 0 && s.hasReport && s.report.Before(pub) && pub.Sub(s.report) < 7*24*time.Hour {
				t = pub.AddDate(0, 0, -7)
			}
			if s.hasSaid && t.After(s.said) {
				// "police said Friday the bombing began Thursday": the
				// Thursday before that Friday, not the published Thursday
				t = s.said.AddDate(0, 0, -((int(s.said.Weekday()) - int(wd) + 7) % 7))
			}
			if s.refHere && s.possessiveAt(j) && t.After(s.ref) {
				// "police Friday detained eight in connection with
				// Thursday's killing": an event named by its weekday in the
				// possessive is one the story looks back to from the day it
				// is at, the Thursday before that Friday, not the published
				// Thursday (sixteenth session; only a day of the same
				// sentence: the story's last day may be another item's)
				t = s.ref.AddDate(0, 0, -((int(s.ref.Weekday()) - int(wd) + 7) % 7))
			}
		}
	}
	return j, dayValue(t), Day
}

// possessiveAt: the expression ending before word j is a possessive
// ("Thursday's", or "Thursday" and a split "'s").
func (s *scanner) possessiveAt(j int) bool {
	if w := s.at(j); w == "'s" || w == "’s" {
		return true
	}
	if j-1 < 0 || j-1 >= len(s.orig) {
		return false
	}
	w := s.orig[j-1]
	return strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s")
}

var unitWords = map[string]string{
	"week": Week, "weeks": Week, "weekend": Week, "month": Month, "months": Month,
	"year": Year, "years": Year, "day": Day, "days": Day,
}

// relativePeriod handles "last week", "this month", "next year", "the past week",
// "earlier this month", "later this year".
func (s *scanner) relativePeriod(i int) (int, string, string) {
	if !s.hasPub {
		return i, "", ""
	}
	j := i
	if s.at(j) == "earlier" || s.at(j) == "later" || s.at(j) == "the" {
		j++
	}
	step := 0
	inThe := false
	if (s.at(i) == "earlier" || s.at(i) == "later") && s.at(j) == "in" && s.at(j+1) == "the" {
		// "kidnapped earlier in the week", "later in the month": the
		// period of the story's day, told as "earlier this week" is
		j++
		inThe = true
	} else {
		switch s.at(j) {
		case "last", "past", "previous":
			step = -1
		case "this", "current":
			step = 0
		case "next", "coming":
			step = 1
		default:
			return i, "", ""
		}
	}
	if s.at(i) == "the" && step == 0 {
		return i, "", ""
	}
	unit := s.at(j + 1)
	prec, ok := unitWords[unit]
	if !ok || prec == Day || strings.HasSuffix(unit, "s") {
		return i, "", ""
	}
	end := j + 2
	pub := s.pub
	if inThe && s.refNamed && s.ref.Before(pub) && !s.ref.Before(pub.AddDate(0, 0, -7)) {
		// "A spokesman Saturday said ... . Hamas unleashed mortar strikes
		// earlier in the week": the week of the day the story is at, as
		// the comment above says, not of the publication (seventeenth
		// session; a day within the week before it only: an older one is
		// another item's)
		pub = s.ref
	}
	switch prec {
	case Week:
		if step == 0 && s.opt.Future && pub.Weekday() == time.Sunday {
			// "will hold talks this week", written on a Sunday: the week
			// that begins the next day (an ISO week ends on Sunday)
			step = 1
		}
		return end, weekValue(pub.AddDate(0, 0, 7*step)), Week
	case Month:
		t := time.Date(pub.Year(), pub.Month()+time.Month(step), 1, 0, 0, 0, 0, time.UTC)
		return end, monthValue(t.Year(), t.Month()), Month
	default:
		return end, yearValue(pub.Year() + step), Year
	}
}

var numberWords = map[string]int{
	"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
	"seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
}

// ago handles "three days ago", "a week ago", "two years ago".
func (s *scanner) ago(i int) (int, string, string) {
	if !s.hasPub {
		return i, "", ""
	}
	n, ok := numberWords[s.at(i)]
	if !ok {
		if !allDigits(s.at(i)) || len(s.at(i)) > 3 {
			return i, "", ""
		}
		n, _ = strconv.Atoi(s.at(i))
	}
	prec, ok := unitWords[s.at(i+1)]
	if !ok || s.at(i+2) != "ago" || s.at(i+1) == "weekend" {
		return i, "", ""
	}
	pub := s.pub
	switch prec {
	case Day:
		return i + 3, dayValue(pub.AddDate(0, 0, -n)), Day
	case Week:
		return i + 3, weekValue(pub.AddDate(0, 0, -7*n)), Week
	case Month:
		t := time.Date(pub.Year(), pub.Month()-time.Month(n), 1, 0, 0, 0, 0, time.UTC)
		return i + 3, monthValue(t.Year(), t.Month()), Month
	default:
		return i + 3, yearValue(pub.Year() - n), Year
	}
}

// inferDay resolves a month and day without a year against the published date.
func (s *scanner) inferDay(m time.Month, d int) (time.Time, bool) {
	if !s.hasPub {
		return time.Time{}, false
	}
	y, ok := s.inferYear(s.pub, func(y int) (time.Time, bool) { return validDate(y, m, d) }, dayDistance, 7, pastAheadDays)
	if !ok {
		return time.Time{}, false
	}
	return validDate(y, m, d)
}

// pastAheadDays is how far after publication a day told without its year
// in a past sentence may lie and still be read in the publication's year
// (inferYear).
const pastAheadDays = 90

func dayDistance(a, b time.Time) int {
	return int(a.Sub(b).Hours() / 24)
}

func monthDistance(a, b time.Time) int {
	return (a.Year()-b.Year())*12 + int(a.Month()) - int(b.Month())
}

// inferYear picks, among the year before, of and after publication, the one
// whose date is closest to ref, counting the future double (or the past double
// with Options.Future). Dates that do not exist in a year (February 29) are
// skipped; ok is false when none exists. With Options.Future a date more than
// slack (in dist's unit) before ref is skipped too: "elections to be held May
// 25" written on June 14 are next year's, however far off, while "will meet
// December 30" written on January 2 may still be a slip for the past few days.
//
// With Options.Past a date after ref is skipped, unless it lies at most
// pastAhead (in dist's unit) after it: a past sentence's day a few weeks
// ahead is a term or a schedule ("was appointed effective April 15",
// "nominated for election at the May 19 meeting", "is payable June 30",
// written in March), while a past day told without its year lies months
// back ("the October 1 Bali bombings", written in June).
func (s *scanner) inferYear(ref time.Time, at func(y int) (time.Time, bool), dist func(a, b time.Time) int, slack, pastAhead int) (int, bool) {
	best, bestCost := 0, -1
	for _, y := range []int{ref.Year() - 1, ref.Year(), ref.Year() + 1} {
		t, ok := at(y)
		if !ok {
			continue
		}
		d := dist(t, ref)
		if s.opt.Past && !s.opt.Future && d > pastAhead {
			continue
		}
		if s.opt.Future && d < -slack {
			continue
		}
		cost := abs(d)
		if (d > 0 && !s.opt.Future) || (d < 0 && s.opt.Future) {
			cost *= 2
		}
		if bestCost < 0 || cost < bestCost {
			best, bestCost = y, cost
		}
	}
	return best, bestCost >= 0
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}

// refDay is fromRef as a matcher.
func (s *scanner) refDay(i int) (int, string, string) {
	e, v, _ := s.fromRef(i)
	if v == "" {
		return i, "", ""
	}
	return e, v, Day
}

// fromRef handles days counted from the reference day: "two days later", "a
// day earlier", "the next day", "the following day", "the previous day",
// "hours after", "minutes later" (the same day), and
// "a day after" / "one day before" / "the day before" followed by what they
// are measured from. With such a complement the value is the complement's day
// (follows is true): "a day after X" puts X the day before the reference day,
// "one day before X" the day after it.
func (s *scanner) fromRef(i int) (end int, val string, follows bool) {
	if !s.hasRef {
		return i, "", false
	}
	n, j := 0, i
	switch w := s.at(i); {
	case w == "hours" || w == "minutes":
		// "hours after the attack", "minutes later": the same day as the
		// reference, when the story named one (publication alone says little)
		if !s.refNamed {
			return i, "", false
		}
		switch s.at(i + 1) {
		case "after", "before":
			return i + 2, dayValue(s.ref), complement(s.at(i + 2))
		case "later", "earlier":
			return i + 2, dayValue(s.ref), false
		}
		return i, "", false
	case w == "earlier" || w == "later":
		// "Earlier in the day, medics said ...", "later that day": the day
		// the story named
		if !s.refNamed {
			return i, "", false
		}
		if s.at(i+1) == "in" && s.at(i+2) == "the" && s.at(i+3) == "day" {
			return i + 4, dayValue(s.ref), false
		}
		if s.at(i+1) == "that" && s.at(i+2) == "day" {
			return i + 3, dayValue(s.ref), false
		}
		return i, "", false
	case w == "the" && s.at(i+1) == "same" && s.at(i+2) == "day":
		// "on the same day, insurgents attacked a convoy" (but "on the
		// same day that Poindexter resigned" is that other event's)
		if !s.refNamed || s.at(i+3) == "that" || s.at(i+3) == "as" || s.at(i+3) == "when" {
			return i, "", false
		}
		return i + 3, dayValue(s.ref), false
	case w == "the":
		switch s.at(i + 1) {
		case "next", "following":
			if s.at(i+2) != "day" {
				return i, "", false
			}
			return i + 3, dayValue(s.ref.AddDate(0, 0, 1)), false
		case "previous":
			if s.at(i+2) != "day" {
				return i, "", false
			}
			return i + 3, dayValue(s.ref.AddDate(0, 0, -1)), false
		case "day":
			n, j = 1, i+2
		default:
			return i, "", false
		}
	default:
		k, ok := numberWords[w]
		if !ok {
			return i, "", false
		}
		if k > 1 && s.at(i+1) != "days" || k == 1 && s.at(i+1) != "day" {
			return i, "", false
		}
		n, j = k, i+2
	}
	sign := 0
	switch s.at(j) {
	case "later":
		if s.at(i) == "the" {
			return i, "", false
		}
		return j + 1, dayValue(s.ref.AddDate(0, 0, n)), false
	case "earlier":
		if s.at(i) == "the" {
			return i, "", false
		}
		return j + 1, dayValue(s.ref.AddDate(0, 0, -n)), false
	case "after":
		sign = 1
	case "before":
		sign = -1
	default:
		return i, "", false
	}
	if s.at(j+1) == "yesterday" || s.at(j+1) == "tomorrow" {
		return i, "", false // relativeDay's
	}
	if complement(s.at(j + 1)) {
		// the complement is sign*n days from the reference day's other side
		return j + 1, dayValue(s.ref.AddDate(0, 0, -sign*n)), true
	}
	return j + 1, dayValue(s.ref.AddDate(0, 0, sign*n)), false
}

// complement: the word after "a day after" begins what the span is measured
// from ("a day after the attack", "a day after gunmen killed"), not a new clause.
func complement(w string) bool {
	switch w {
	case "", ",", ".", ";", ":", "and", "but", "or", "when", "while", "as", ")", "\"", "'", "”", "--", "-", "–", "—":
		return false
	}
	return true
}

// boundingDay: a day between before and after bounds the weekdays told after
// it in the sentence as a report's day does: a report's day said before its
// verb ("The Kremlin Friday said"), a statement's day ("A statement released
// Friday said the soldier was shot Wednesday") and the day of an act told
// before what it came after ("resigned Friday after gunmen fired on his
// compound Wednesday").
func boundingDay(before, after string) bool {
	return speechVerbs[after] || before == "released" || before == "issued" || after == "after"
}

// saidAfterComma: the day at [i, end) is set off by a comma from the
// verb of saying after it, the subject's day told as an aside ("A ministry
// spokesman Saturday, said the groups agreed ... after meeting late
// Thursday": the Thursday before that Saturday; seventeenth session). An
// inverted attribution ("clashed Saturday, said police") names no
// report's day: the verb's subject comes after it.
func (s *scanner) saidAfterComma(end int) bool {
	if s.at(end) != "," || !speechVerbs[s.at(end+1)] {
		return false
	}
	switch s.at(end + 2) {
	case "police", "officials", "witnesses", "residents", "sources", "reports", "a", "an", "one", "another":
		return false
	}
	return true
}

// toldHearer: the words ending at k name the hearer of "told" ("told VOA
// Friday", "told the BBC Sunday", "told reporters Friday"): the day after
// them is the report's, as right after "said", and bounds the weekdays
// told after it ("Officials told VOA Friday ... Mr. Anderson, who was
// killed around midnight Thursday": the Thursday before that Friday;
// fourteenth session).
func (s *scanner) toldHearer(k int) bool {
	for j := k - 1; j >= k-2 && j >= 0; j-- {
		switch s.at(j) {
		case "told", "telling":
			return true
		case ",", "that", "and", ".":
			return false
		}
	}
	return false
}
