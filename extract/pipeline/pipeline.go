// Package pipeline turns one news document into an extract.Analysis: tokens and
// sentences, named entities, in-document coreference and roles, events, relations and
// quotes. It knows nothing about storage. A Pipeline is safe for concurrent use: the
// models are loaded once in New and only read afterwards.
package pipeline

import (
	"context"
	"fmt"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph/extract"
	"github.com/newsgraph/newsgraph/extract/cameo"
	"github.com/newsgraph/newsgraph/extract/gazetteer"
	"github.com/newsgraph/newsgraph/extract/ner"
	"github.com/newsgraph/newsgraph/extract/syntax"
	"github.com/newsgraph/newsgraph/extract/tokenize"
)

// Tagger finds name spans; *ner.Tagger is the shipped one.
type Tagger interface {
	TagDocument(toks []tokenize.Token, sents []tokenize.Sentence) []ner.Span
	TagSentences(words [][]string) [][]string
}

// Gazetteer knows actors, countries, demonyms and titles; *gazetteer.Gazetteer is the shipped one.
type Gazetteer interface {
	Lookup(name string) []gazetteer.Entry
	Demonym(word string) (gazetteer.Entry, bool)
	IsTitle(lowerWords []string, i int) int
	// PersonWord gives the gazetteer.Surname and gazetteer.GivenName bits
	// of a word: a known given name opening a name says it is a person's.
	PersonWord(word string) uint8
}

// Lexicon recognises event triggers; *cameo.Lexicon is the shipped one.
type Lexicon interface {
	Match(lowerWords []string, i int) (cameo.Match, bool)
}

// lexiconFilter is a Lexicon that tells cheaply of most words that Match is
// false for them wherever they stand.
type lexiconFilter interface {
	MayMatch(lowerWord string) bool
}

var (
	_ Tagger    = (*ner.Tagger)(nil)
	_ Gazetteer = (*gazetteer.Gazetteer)(nil)
	_ Lexicon   = (*cameo.Lexicon)(nil)
)

// Pipeline runs the extraction stages in order.
type Pipeline struct {
	tagger Tagger
	gaz    Gazetteer
	lex    Lexicon
	// lexFilter is lex when it is a lexiconFilter, else nil.
	lexFilter lexiconFilter
	wc        wordClasses    // for reading event arguments (event_wordclass.go)
	rel       *relModel      // relation classifier; nil leaves only the rule relations
	syn       *lazyParser    // dependency parser for event participants (event_tree.go); nil reads none
	evArgs    *eventArgModel // learned event participants (event_learn.go); nil leaves the rules only
	// shapes spare the lookups in word lists asked of every word
	// (wordShape)
	shapes    struct{ work, killer, sports, speech *wordShape }
	scanWords *scanWords // the word lists scanTriggers asks of every word, in one map (event_triggers.go)
	// scratch pools the per-token buffers of documents (*scratch) that
	// Analyze is done with; a pointer, so that copies of a Pipeline (tests
	// swap a model) share it.
	scratch *sync.Pool
}

// scratch holds the per-token buffers of one document. A document of 400
// tokens needs some 40 KB of them; reused, they are neither allocated nor
// cleared again for the next document, and the garbage collector runs
// less often.
type scratch struct {
	toks []tokenize.Token
	strs []string // words, then lower
	ints []int    // sentOf, mentionAt, tokByte
	wcls []uint32
	// The maps buildEntities fills, emptied for the next document: made
	// afresh they were a tenth of the bytes a document allocates.
	known map[string][]gazetteer.Entry
	byKey map[sameKey]int
	// mentions is the largest mention slab (doc.mentionSlab) a released
	// document left; its mentions died with that document.
	mentions []mention
}

// knownNames returns an empty map for buildEntities' gazetteer answers.
func (sc *scratch) knownNames(n int) map[string][]gazetteer.Entry {
	if sc == nil {
		return make(map[string][]gazetteer.Entry, n)
	}
	if sc.known == nil {
		sc.known = make(map[string][]gazetteer.Entry, n)
	} else {
		clear(sc.known)
	}
	return sc.known
}

// sameKeys returns an empty map for buildEntities' clustering.
func (sc *scratch) sameKeys(n int) map[sameKey]int {
	if sc == nil {
		return make(map[sameKey]int, n)
	}
	if sc.byKey == nil {
		sc.byKey = make(map[sameKey]int, n)
	} else {
		clear(sc.byKey)
	}
	return sc.byKey
}

// getScratch returns pooled buffers, or empty ones that prepare sizes.
func (p *Pipeline) getScratch() *scratch {
	if p.scratch != nil {
		if sc, ok := p.scratch.Get().(*scratch); ok {
			return sc
		}
	}
	return &scratch{}
}

// release returns d's buffers to the pool. d must not be used afterwards:
// its tokens, words and indexes will be another document's.
func (p *Pipeline) release(d *doc) {
	if d.buf == nil || p.scratch == nil {
		return
	}
	d.buf.toks = d.toks[:0] // the tokenizer may have grown it
	if cap(d.mentionSlab) > cap(d.buf.mentions) {
		d.buf.mentions = d.mentionSlab[:0]
	}
	p.scratch.Put(d.buf)
	d.buf = nil
}

// resize returns buf with length n, reallocated only when it is too small.
func resize[T any](buf []T, n int) []T {
	if cap(buf) < n {
		return make([]T, n)
	}
	return buf[:n]
}

// New loads the embedded models.
func New() (*Pipeline, error) {
	t, err := ner.New()
	if err != nil {
		return nil, fmt.Errorf("pipeline: ner model: %w", err)
	}
	// The tagger's gazetteer: decoding a second copy doubled its share of
	// the heap, which every garbage collection walks.
	g := t.Gazetteer()
	l, err := cameo.New()
	if err != nil {
		return nil, fmt.Errorf("pipeline: event lexicon: %w", err)
	}
	rm, err := decodeRelModel(embeddedRelModel)
	if err != nil {
		return nil, fmt.Errorf("pipeline: %w", err)
	}
	p := NewWith(t, g, l)
	p.rel = rm
	p.syn = &lazyParser{}
	em, err := decodeEventArgModel(embeddedEventModel)
	if err != nil {
		return nil, fmt.Errorf("pipeline: %w", err)
	}
	if em.anyOn() {
		// (a model cross-validation switched off entirely would only
		// add its weight tables to the live heap every collection walks)
		p.evArgs = em
	}
	return p, nil
}

// NewWith builds a pipeline from given stages (tests and experiments).
func NewWith(t Tagger, g Gazetteer, l Lexicon) *Pipeline {
	p := &Pipeline{tagger: t, gaz: g, lex: l, wc: loadWordClasses(), scratch: &sync.Pool{}, scanWords: newScanWords()}
	p.lexFilter, _ = l.(lexiconFilter)
	p.shapes.work, p.shapes.killer = newWordShape(workNouns), newWordShape(killerVerbs)
	p.shapes.speech = newWordShape(speechVerbs)
	p.shapes.sports = newWordShape(sportsWords, map[string]uint8{"games": 1, "team": 1, "coach": 1})
	return p
}

// Analyze extracts everything from one document. It never panics on bad text: a
// panic in a stage is turned into an error naming the document.
func (p *Pipeline) Analyze(ctx context.Context, d extract.Document) (a *extract.Analysis, err error) {
	defer func() {
		if r := recover(); r != nil {
			a, err = nil, fmt.Errorf("extract %s: internal error: %v", docName(d), r)
		}
	}()
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	if !utf8.ValidString(d.Text) {
		return nil, fmt.Errorf("extract %s: text is not valid UTF-8", docName(d))
	}
	doc := p.readNames(d)
	p.classifyRelations(doc)
	p.findEvents(doc)
	p.resolvePronouns(doc)
	p.findQuotes(doc)
	a = doc.analysis() // copies what it keeps: nothing in it shares doc's buffers
	p.release(doc)
	return a, nil
}

// readNames runs the stages up to the document's entities, roles and
// descriptions: what Analyze builds on, and what Trace shows.
func (p *Pipeline) readNames(d extract.Document) *doc {
	doc := p.prepare(d)
	p.buildEntities(doc)
	p.findRoles(doc)
	p.resolveDescriptions(doc)
	p.possessiveDescriptions(doc) // "Iran's hard-line president" (roles_possdesc.go)
	p.untaggedShortNames(doc)     // "Amnesty International ... Amnesty urged"
	tickerBrackets(doc)           // "an agreement with <Electronic Data Systems Corp>" (mention_ticker.go)
	return doc
}

// TagCoNLL tags pre-tokenized sentences of one document with IOB2 PER/LOC/ORG/MISC.
func (p *Pipeline) TagCoNLL(sentences [][]string) [][]string {
	return p.tagger.TagSentences(sentences)
}

func docName(d extract.Document) string {
	if d.ID != "" {
		return d.ID
	}
	if d.Title != "" {
		return fmt.Sprintf("%q", d.Title)
	}
	return "document"
}

// doc is the working state of one analysis; stages fill it in order.
type doc struct {
	src      extract.Document
	buf      *scratch // where the per-token slices below live (Pipeline.release)
	toks     []tokenize.Token
	tokByte  []int // token index -> byte offset of its start in src.Text
	words    []string
	lower    []string
	sents    []tokenize.Sentence
	sentOf   []int    // token index -> sentence index
	wcls     []uint32 // token index -> its word class | wclassKnown once looked up (doc.wordClass)
	mentions []*mention
	// mentionSlab holds the mentions newMention made: a full slab is
	// left to its mentions and a new one started, so pointers stay valid.
	mentionSlab []mention
	mentionAt   []int // token index -> mention index, -1 outside mentions
	ents        []*entity
	roles       []roleFact
	events      []*event
	// reportDay is the day of the last report the story named ("The
	// Kremlin Friday said"), else empty (event_dates_report.go).
	reportDay string
	reportAt  int // the sentence that named reportDay
	quotes    []extract.Quote
	relations []extract.Relation
	trees     [][]syntax.Word // sentence index -> its parse, made when an event asks (event_tree.go)
	sports    []sentSports    // sentence index -> its sports words, read when asked (doc.sportsOf)
	// argLog, when set, records the events the rules gave no participants
	// and their candidates instead of asking the learned model (training).
	argLog *[]argEventLog
	// filterLog, when set, records the events kept at the end with their
	// features instead of asking the learned filter (training).
	filterLog *[]filterLog
	// guardLog, when set, records every event a guard drops or folds
	// away, with the guard's name (AnalyzeGuards).
	guardLog *[]guardDrop
	// partlessAttacks are the attack verbs told with no one named
	// ("militants bombed 11 churches"), kept aside for a later claim or
	// blame to name their doer (event_args_blamed.go).
	partlessAttacks []*event
}

// prepare tokenizes d and finds its names. d.Text must be valid UTF-8 (the
// callers check): the document's text is sliced by byte offsets, which
// for valid UTF-8 gives what slicing its runes by code points gives.
func (p *Pipeline) prepare(d extract.Document) *doc {
	sc := p.getScratch()
	doc := &doc{src: d, buf: sc, mentionSlab: sc.mentions[:0]}
	if c := tokenize.Capacity(d.Text); cap(sc.toks) < c {
		sc.toks = make([]tokenize.Token, 0, c)
	}
	doc.toks = tokenize.AppendTokens(sc.toks[:0], d.Text)
	n := len(doc.toks)
	sc.strs = resize(sc.strs, 2*n)
	sc.ints = resize(sc.ints, 3*n)
	sc.wcls = resize(sc.wcls, n)
	// Capped, so that no slice can grow into the next.
	doc.words, doc.lower = sc.strs[:n:n], sc.strs[n:]
	doc.sentOf, doc.mentionAt, doc.tokByte = sc.ints[:n:n], sc.ints[n:2*n:2*n], sc.ints[2*n:]
	doc.wcls = sc.wcls
	clear(doc.wcls)
	byteOffsets(doc.tokByte, d.Text, doc.toks)
	doc.sents = tokenize.SplitSentences(d.Text, doc.toks)
	for i, t := range doc.toks {
		doc.words[i] = t.Text
	}
	lowerAll(doc.words, doc.lower)
	clear(doc.sentOf)
	for si, s := range doc.sents {
		for i := s.Start; i < s.End && i < len(doc.toks); i++ {
			doc.sentOf[i] = si
		}
	}
	for i := range doc.mentionAt {
		doc.mentionAt[i] = -1
	}
	spans := p.workTitles(doc, p.givenBeforeInitial(doc, p.joinNameParticles(doc, p.tagger.TagDocument(doc.toks, doc.sents))))
	for _, sp := range spans {
		typ := sp.Type
		if (typ == "PER" || typ == "ORG") && p.groupAdjectiveSpan(doc, sp.Start, sp.End) {
			typ = "MISC" // "Sunni Arab clerics": a group, not a person (entity_groups.go)
		}
		if typ == "PER" && sp.End-sp.Start == 1 && p.groupAdjectiveWord(doc, sp.Start) {
			typ = "MISC" // "the minority Yazidi sect" (entity_groups.go)
		}
		p.addMention(doc, sp.Start, sp.End, typ)
	}
	p.datelinePlaces(doc)
	p.datelineSources(doc)
	p.joinNationalOrgs(doc)
	p.namedGatherings(doc) // "the Summit of the Americas" (mention_gathering.go)
	p.statePlaces(doc)
	p.victimNames(doc)
	p.residencePlaces(doc)
	return doc
}

// lowerAll sets lower[i] to strings.ToLower(words[i]). The capitalised ASCII
// words, a fifth of news, are lowered into one shared buffer instead of one
// allocation each.
func lowerAll(words, lower []string) {
	// First pass: every word but the capitalised ASCII ones, which are
	// left empty and counted.
	n := 0
	for i, w := range words {
		upper := false
		ascii := true
		for k := 0; k < len(w); k++ {
			c := w[k]
			if c >= utf8.RuneSelf {
				ascii = false
				break
			}
			upper = upper || 'A' <= c && c <= 'Z'
		}
		switch {
		case !ascii:
			lower[i] = strings.ToLower(w)
		case upper:
			lower[i] = ""
			n += len(w)
		default:
			lower[i] = w
		}
	}
	if n == 0 {
		return
	}
	// Second pass: after Grow(n) the builder writes these n bytes without
	// moving them, so each word's string stays valid as later ones follow.
	var b strings.Builder
	b.Grow(n)
	for i, w := range words {
		if lower[i] != "" || w == "" {
			continue
		}
		start := b.Len()
		for k := 0; k < len(w); k++ {
			c := w[k]
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			b.WriteByte(c)
		}
		lower[i] = b.String()[start:]
	}
}

// byteOffsets sets out[i] to the byte offset in text of toks[i]'s start.
// Tokens are substrings of text in order, so one walk over the gaps between
// them (mostly a space) turns their code-point offsets into byte offsets;
// an invalid byte counts as one code point, as in the tokenizer.
func byteOffsets(out []int, text string, toks []tokenize.Token) {
	b, cp := 0, 0
	for i, t := range toks {
		for cp < t.Start && b < len(text) {
			if text[b] < utf8.RuneSelf {
				b++
			} else {
				_, w := utf8.DecodeRuneInString(text[b:])
				b += w
			}
			cp++
		}
		out[i] = b
		b += len(t.Text)
		cp = t.End
	}
}

// byteStart and byteEnd are the byte offsets in src.Text of token i.
func (d *doc) byteStart(i int) int { return d.tokByte[i] }
func (d *doc) byteEnd(i int) int   { return d.tokByte[i] + len(d.toks[i].Text) }

// text returns the input text between token indices [i, j). It is a slice
// of the document's text, not a copy: names, triggers and evidence are
// taken by the thousand per document.
func (d *doc) text(i, j int) string {
	if i >= j || i < 0 || j > len(d.toks) {
		return ""
	}
	return d.src.Text[d.byteStart(i):d.byteEnd(j-1)]
}

// evidence returns the sentence holding token i as evidence.
func (d *doc) sentenceEvidence(si int) extract.Evidence {
	s := d.sents[si]
	return extract.Evidence{Sentence: si, Start: s.CharStart, End: s.CharEnd, Text: d.text(s.Start, s.End)}
}

func (d *doc) analysis() *extract.Analysis {
	a := &extract.Analysis{
		DocID:     d.src.ID,
		Entities:  []extract.Entity{},
		Relations: []extract.Relation{},
		Events:    []extract.Event{},
		Quotes:    []extract.Quote{},
		Sentences: make([]extract.Sentence, len(d.sents)),
	}
	for i, s := range d.sents {
		a.Sentences[i] = extract.Sentence{Start: s.CharStart, End: s.CharEnd}
	}
	kept := 0
	var slab exportSlab
	nm, na := 0, 0
	for _, e := range d.ents {
		if !e.dropped {
			kept++
			nm += len(e.mentions)
			na += len(e.mentions) + len(e.aliases)
		}
	}
	slab.mentions = make([]extract.Mention, 0, nm)
	slab.aliases = make([]string, 0, na)
	a.Entities = make([]extract.Entity, 0, kept)
	for _, e := range d.ents {
		if e.dropped {
			continue
		}
		a.Entities = append(a.Entities, e.export(d, &slab))
	}
	for _, ev := range d.events {
		if ev.dropped {
			continue
		}
		ex := ev.export(d)
		ex.ID = prefixedItoa('v', len(a.Events)+1)
		a.Events = append(a.Events, ex)
	}
	a.Quotes = append(a.Quotes, d.quotes...)
	a.Relations = append(a.Relations, d.relations...)
	d.deriveRelations(a)
	return a
}
