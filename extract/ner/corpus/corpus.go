// Package corpus reads the labelled NER corpora Newsgraph trains and measures on
// (CoNLL-2003 files and the GMB CSV extract) into one shape with IOB2 tags over
// PER, LOC, ORG and MISC.
package corpus

import (
	"bufio"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"

	"golang.org/x/text/encoding/charmap"
)

// Sentence is one labelled sentence.
type Sentence struct {
	Words []string
	POS   []string // may be nil
	Tags  []string // IOB2: O, B-PER, I-PER, ...
}

// Document is a run of sentences from one story.
type Document struct {
	Sentences []Sentence
}

// Span is an entity span over a sentence's words.
type Span struct {
	Start, End int
	Type       string
}

// Spans decodes IOB2 (or IOB1) tags into spans.
func Spans(tags []string) []Span {
	var out []Span
	cur := -1
	curType := ""
	for i, t := range tags {
		typ, begin := "", false
		if len(t) > 2 && (t[0] == 'B' || t[0] == 'I') && t[1] == '-' {
			typ = t[2:]
			begin = t[0] == 'B'
		}
		if cur >= 0 && (typ != curType || begin || typ == "") {
			out = append(out, Span{cur, i, curType})
			cur = -1
		}
		if typ != "" && cur < 0 {
			cur, curType = i, typ
		}
	}
	if cur >= 0 {
		out = append(out, Span{cur, len(tags), curType})
	}
	return out
}

// ToIOB2 rewrites tags (IOB1 or IOB2) as IOB2.
func ToIOB2(tags []string) []string {
	out := make([]string, len(tags))
	for i := range out {
		out[i] = "O"
	}
	for _, s := range Spans(tags) {
		out[s.Start] = "B-" + s.Type
		for j := s.Start + 1; j < s.End; j++ {
			out[j] = "I-" + s.Type
		}
	}
	return out
}

// ReadCoNLL reads a CoNLL-2003 file: token first, tag last; "-DOCSTART-" lines
// separate documents. Tags are converted to IOB2. A file whose lines have only
// a token yields "O" tags.
func ReadCoNLL(path string) ([]Document, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("corpus: %w", err)
	}
	defer f.Close()
	docs, err := ParseCoNLL(f)
	if err != nil {
		return nil, fmt.Errorf("corpus: %s: %w", path, err)
	}
	return docs, nil
}

// ParseCoNLL is ReadCoNLL on a reader.
func ParseCoNLL(r io.Reader) ([]Document, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	var docs []Document
	var doc Document
	var sent Sentence
	flushSent := func() {
		if len(sent.Words) > 0 {
			sent.Tags = ToIOB2(sent.Tags)
			doc.Sentences = append(doc.Sentences, sent)
		}
		sent = Sentence{}
	}
	flushDoc := func() {
		flushSent()
		if len(doc.Sentences) > 0 {
			docs = append(docs, doc)
		}
		doc = Document{}
	}
	for sc.Scan() {
		line := strings.TrimRight(sc.Text(), "\r")
		if strings.TrimSpace(line) == "" {
			flushSent()
			continue
		}
		fields := strings.Fields(line)
		if fields[0] == "-DOCSTART-" {
			flushDoc()
			continue
		}
		sent.Words = append(sent.Words, fields[0])
		tag := "O"
		if len(fields) > 1 {
			tag = fields[len(fields)-1]
		}
		pos := ""
		if len(fields) > 2 {
			pos = fields[1]
		}
		sent.POS = append(sent.POS, pos)
		sent.Tags = append(sent.Tags, tag)
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	flushDoc()
	return docs, nil
}

// GMBDocSentences is how many consecutive GMB sentences form one pseudo-document:
// the CSV has no story boundaries, but consecutive sentences come from one story.
const GMBDocSentences = 8

// GMBTypeMap maps GMB's tags to CoNLL's types. tim is not a CoNLL entity; gpe
// (mostly nationalities and other adjectival place names) is MISC, as CoNLL
// tags "Russian"; art, eve and nat are MISC. See TitleStripper for per.
var GMBTypeMap = map[string]string{
	"per": "PER", "geo": "LOC", "org": "ORG", "gpe": "MISC", "art": "MISC", "eve": "MISC", "nat": "MISC", "tim": "",
}

// ReadGMB reads the GMB ner_dataset.csv (Windows-1252) and maps its tags with
// GMBTypeMap, grouping sentences into pseudo-documents.
func ReadGMB(path string) ([]Document, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("corpus: %w", err)
	}
	defer f.Close()
	cr := csv.NewReader(charmap.Windows1252.NewDecoder().Reader(bufio.NewReader(f)))
	cr.FieldsPerRecord = -1
	cr.LazyQuotes = true
	var docs []Document
	var doc Document
	var sent Sentence
	flush := func() {
		if len(sent.Words) > 0 {
			sent.Tags = ToIOB2(sent.Tags)
			doc.Sentences = append(doc.Sentences, sent)
			if len(doc.Sentences) == GMBDocSentences {
				docs = append(docs, doc)
				doc = Document{}
			}
		}
		sent = Sentence{}
	}
	first := true
	for {
		rec, err := cr.Read()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return nil, fmt.Errorf("corpus: %s: %w", path, err)
		}
		if first {
			first = false
			continue
		}
		if len(rec) < 4 {
			continue
		}
		if rec[0] != "" {
			flush()
		}
		tag := "O"
		if t := rec[3]; len(t) > 2 && t[1] == '-' {
			if m := GMBTypeMap[t[2:]]; m != "" {
				tag = t[:2] + m
			}
		}
		sent.Words = append(sent.Words, rec[1])
		sent.POS = append(sent.POS, rec[2])
		sent.Tags = append(sent.Tags, tag)
	}
	flush()
	if len(doc.Sentences) > 0 {
		docs = append(docs, doc)
	}
	return docs, nil
}
