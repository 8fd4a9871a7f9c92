package pipeline

import "github.com/newsgraph/newsgraph/extract/ner"

// workNouns name a work whose title may follow them: "the comedy Shaun of
// the Dead", "her book Small Island", "the German film The Downfall". Words
// that are as often verbs or adjectives before a capital ("play Chelsea",
// "injury-hit England", "the single European market", "the Group B game
// Cameroon", "western Europe", "an epic New York Marathon") are left out.
var workNouns = map[string]bool{
	"film": true, "films": true, "movie": true, "musical": true, "sitcom": true, "drama": true, "comedy": true,
	"documentary": true, "album": true, "song": true, "novel": true, "book": true, "biopic": true, "opera": true,
	"thriller": true, "soap": true, "series": true, "programme": true, "program": true, "show": true,
	"memoir": true, "cartoon": true, "sequel": true, "remake": true, "adaptation": true,
}

// titleInner are the lower-case words a title may hold between capitals
// ("Maria Full of Grace", "Christmas with the Kranks").
var titleInner = map[string]bool{
	"of": true, "the": true, "a": true, "an": true, "and": true, "in": true, "on": true, "for": true, "to": true,
	"my": true, "with": true, "at": true, "from": true, "or": true, "&": true, "is": true, "are": true,
}

// workTitles finds the titles of films, books, shows and songs named right
// after a word for the work and makes each one MISC name, replacing what
// the tagger made of its words. The tagger, trained on 1996 news, reads
// "My Summer of Love" as a person and a place and "Small Island" as a
// place, and the relation classifier then relates them to the people around
// ("Andrea Levy lives in Small Island"). News and CoNLL both count a work's
// title as MISC.
func (p *Pipeline) workTitles(d *doc, spans []ner.Span) []ner.Span {
	var titles []ner.Span
	for k := 0; k+1 < len(d.toks); k++ {
		if !p.shapes.work.may(d.lower[k]) || !workNouns[d.lower[k]] || d.words[k] != d.lower[k] {
			continue // a capitalised "Show" is part of a name already
		}
		if end := p.titleAfter(d, k+1); end > k+1 {
			titles = append(titles, ner.Span{Start: k + 1, End: end, Type: "MISC", Score: 1})
			k = end - 1
		}
	}
	if len(titles) == 0 {
		return spans
	}
	out := make([]ner.Span, 0, len(spans)+len(titles))
	ti := 0
	for _, sp := range spans {
		for ti < len(titles) && titles[ti].End <= sp.Start {
			out = append(out, titles[ti])
			ti++
		}
		if ti < len(titles) && sp.Start < titles[ti].End && titles[ti].Start < sp.End {
			if sp.Start < titles[ti].Start || sp.End > titles[ti].End {
				// A name running out of the title ("the film Ray Charles
				// loved"): the reading is unclear, keep the tagger's.
				titles = append(titles[:ti], titles[ti+1:]...)
				out = append(out, sp)
			}
			continue // a name inside the title is the title's
		}
		out = append(out, sp)
	}
	out = append(out, titles[ti:]...)
	return out
}

// titleAfter returns the end of a title that starts at token i (a capital
// in the same sentence, right after the work noun), or i when none does. A
// title runs over capitalised words and numbers, with titleInner words
// inside it, and a colon between parts ("Grand Theft Auto: San Andreas").
func (p *Pipeline) titleAfter(d *doc, i int) int {
	si := d.sentOf[i-1]
	startsTitle := func(k int) bool {
		if k >= len(d.toks) || d.sentOf[k] != si || d.toks[k].Start-d.toks[k-1].End > 1 {
			return false // another sentence, a headline's break
		}
		w := d.words[k]
		return capitalised(w) || w != "" && w[0] >= '0' && w[0] <= '9' && k > i
	}
	if !startsTitle(i) {
		return i
	}
	switch d.lower[i] {
	case "i", "he", "she", "it", "we", "they", "this", "that", "but", "and", "in", "on", "at", "last", "next":
		if i+1 >= len(d.toks) || !capitalised(d.words[i+1]) {
			return i // "the show I grew up with", "the film In" ends nothing
		}
	}
	if weekdays[d.lower[i]] || datelineMonths[d.lower[i]] {
		return i // "the series Monday", "the album in March"
	}
	end := i
	for k := i; k < len(d.toks) && startsTitle(k); {
		end = k + 1
		k++
		// inner words and a colon, as long as a capital follows them
		j := k
		for j < len(d.toks) && d.sentOf[j] == si && (titleInner[d.lower[j]] && d.words[j] == d.lower[j] || d.words[j] == ":" || d.words[j] == "'s" || d.words[j] == "’s") {
			j++
		}
		if j > k && j < len(d.toks) && startsTitle(j) && !p.placeAfterTitle(d, k, j) {
			k = j
		}
	}
	if end-i == 1 && (letterCount(d.words[i]) <= 2 || p.gazKnows(d.words[i])) {
		// "the show Britain", "the film Paris": one known name alone is more
		// often the subject than the title; "preferred stock series B" is a
		// class of shares.
		return i
	}
	return end
}

// placeAfterTitle reports "in London" after a title (the inner words are
// [k, j)): a preposition and a place the gazetteer knows, ending the
// phrase, say where, and are not part of the title ("the drama My Summer of
// Love in London"; but "Shakespeare in Love").
func (p *Pipeline) placeAfterTitle(d *doc, k, j int) bool {
	switch d.lower[k] {
	case "in", "at", "on", "from":
	default:
		return false
	}
	e := j
	for e < len(d.toks) && e < j+3 && capitalised(d.words[e]) && d.sentOf[e] == d.sentOf[j] {
		e++
	}
	if e < len(d.toks) && capitalised(d.words[e]) {
		return false
	}
	return p.gazPlace(d.text(j, e))
}
