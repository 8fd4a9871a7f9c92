// Command gen rebuilds the sample corpus of package sample from ../shared/data:
// sample/voa.jsonl (Voice of America stories rebuilt from the GMB sentences) and
// sample/seed.txt + seed.json (the seed article). It also writes the stories that
// come next, which the demo does not ship, to testdata/events/voa_extra.jsonl for
// labelling and the event evaluation. Its output is deterministic.
//
//	go generate ./sample        (or: go run ./sample/gen -data ../shared/data -out sample)
package main

import (
	"bytes"
	"crypto/sha256"
	"encoding/csv"
	"encoding/hex"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
)

const (
	voaSource = "VOA (public domain, via GMB)"
	seedFile  = "seed/kerry-lavrov-2014-03-30.txt"
	// The seed's date and publisher are not in the file; data/README.md gives them.
	seedPublished = "2014-03-30"
	seedSource    = "The Hill"
	// extraFile holds the stories after the bundled ones (voa-0351...).
	extraFile = "voa_extra.jsonl"
)

func main() {
	data := flag.String("data", "../shared/data", "the shared data folder")
	out := flag.String("out", "sample", "where to write voa.jsonl, seed.txt and seed.json")
	n := flag.Int("n", 350, "number of stories")
	extra := flag.String("extra", "", "where to write the next stories (default OUT/../testdata/events/voa_extra.jsonl)")
	nExtra := flag.Int("nextra", 2640, "number of stories after the first n written to -extra")
	minS := flag.Int("min", 4, "fewest sentences in a story kept")
	maxS := flag.Int("max", 12, "most sentences in a story kept (longer ones are likely two stories)")
	flag.Parse()
	if *extra == "" {
		// The extra stories sit beside the gold files that label them, outside the
		// sample package, so neither the demo nor the binary carries them.
		*extra = filepath.Join(*out, "..", "testdata", "events", extraFile)
	}
	if err := run(*data, *out, *extra, *n, *nExtra, *minS, *maxS); err != nil {
		fmt.Fprintln(os.Stderr, "gen:", err)
		os.Exit(1)
	}
}

// run writes the first n stories to out/voa.jsonl and the nExtra after them
// (numbered on from n+1) to the file extra.
func run(data, out, extra string, n, nExtra, minS, maxS int) error {
	f, err := os.Open(filepath.Join(data, "gmb", "ner_dataset.csv"))
	if err != nil {
		return err
	}
	defer f.Close()
	sents, err := readGMB(f)
	if err != nil {
		return fmt.Errorf("%s: %w", f.Name(), err)
	}
	stories := buildStories(sents, n+nExtra, minS, maxS)
	if len(stories) < n+nExtra {
		return fmt.Errorf("only %d stories of %d-%d sentences, want %d", len(stories), minS, maxS, n+nExtra)
	}
	buf, err := writeJSONL(filepath.Join(out, "voa.jsonl"), stories[:n])
	if err != nil {
		return err
	}
	if nExtra > 0 {
		xb, err := writeJSONL(extra, stories[n:])
		if err != nil {
			return err
		}
		fmt.Fprintf(os.Stderr, "gen: %d more stories written to %s (%d bytes)\n", nExtra, extra, len(xb))
	}

	seed, err := os.ReadFile(filepath.Join(data, seedFile))
	if err != nil {
		return err
	}
	if !utf8.Valid(seed) {
		return fmt.Errorf("%s is not UTF-8", seedFile)
	}
	sum := sha256.Sum256(seed)
	meta := story{
		// The content hash is the id `newsgraph ingest seed.txt` gives it, so
		// ingesting the file after the demo finds the same document.
		ID:        "sha256:" + hex.EncodeToString(sum[:]),
		Title:     firstLine(string(seed)),
		Source:    seedSource,
		Published: seedPublished,
	}
	mb, err := json.MarshalIndent(meta, "", "  ")
	if err != nil {
		return err
	}
	if err := os.WriteFile(filepath.Join(out, "seed.txt"), seed, 0o644); err != nil {
		return err
	}
	if err := os.WriteFile(filepath.Join(out, "seed.json"), append(mb, '\n'), 0o644); err != nil {
		return err
	}
	fmt.Fprintf(os.Stderr, "gen: %d sentences, %d stories written (%d bytes)\n", len(sents), n, len(buf))
	return nil
}

// writeJSONL writes stories to path, one JSON object a line, and returns the bytes.
func writeJSONL(path string, stories []story) ([]byte, error) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	for _, s := range stories {
		if err := enc.Encode(s); err != nil {
			return nil, fmt.Errorf("%s: %w", path, err)
		}
	}
	if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// readGMB reads `Sentence #,Word,POS,Tag` rows (Windows-1252): a row with a
// "Sentence: N" first field starts a sentence, the following rows continue it.
func readGMB(r io.Reader) ([]sentence, error) {
	cr := csv.NewReader(charmap.Windows1252.NewDecoder().Reader(r))
	cr.FieldsPerRecord = 4
	cr.ReuseRecord = true
	if _, err := cr.Read(); err != nil {
		return nil, fmt.Errorf("header: %w", err)
	}
	var sents []sentence
	for {
		rec, err := cr.Read()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return nil, err
		}
		if rec[0] != "" {
			sents = append(sents, nil)
		}
		if len(sents) == 0 {
			return nil, errors.New("first row does not start a sentence")
		}
		last := &sents[len(sents)-1]
		*last = append(*last, token{Word: rec[1], POS: rec[2], Tag: rec[3]})
	}
	return sents, nil
}

// story is one line of voa.jsonl, in ingest's JSONL shape.
type story struct {
	ID        string `json:"id"`
	Title     string `json:"title"`
	Source    string `json:"source"`
	Published string `json:"published,omitempty"`
	Text      string `json:"text,omitempty"`
}

// buildStories segments the corpus and keeps the first n stories, in corpus
// order, whose length lies in [minS, maxS] sentences.
func buildStories(sents []sentence, n, minS, maxS int) []story {
	starts := append(segment(sents), len(sents))
	var out []story
	for i := 0; i+1 < len(starts) && len(out) < n; i++ {
		body := sents[starts[i]:starts[i+1]]
		if len(body) < minS || len(body) > maxS {
			continue
		}
		paras := make([]string, len(body))
		for j, s := range body {
			paras[j] = detokenize(s)
		}
		out = append(out, story{
			ID:     fmt.Sprintf("voa-%04d", len(out)+1),
			Title:  headline(paras[0]),
			Source: voaSource,
			// News style: one sentence per paragraph, as VOA publishes.
			Text: strings.Join(paras, "\n\n"),
		})
	}
	return out
}

// headline makes a title of a story's lead sentence: without its final period,
// cut at a clause boundary or word boundary when longer than 90 characters.
func headline(lead string) string {
	t := strings.TrimSuffix(lead, ".")
	const max = 90
	if utf8.RuneCountInString(t) <= max {
		return t
	}
	r := []rune(t)
	best := -1
	for _, sep := range []string{", ", " - ", "; ", " -- "} {
		for i := 30; i+len(sep) <= max; i++ {
			if string(r[i:i+len(sep)]) == sep {
				if best < 0 || i < best {
					best = i
				}
				break
			}
		}
	}
	if best > 0 {
		return string(r[:best])
	}
	cut := max
	for cut > 0 && r[cut] != ' ' {
		cut--
	}
	return strings.TrimRight(string(r[:cut]), " ,;:-") + "…"
}

func firstLine(s string) string {
	for line := range strings.Lines(s) {
		if line = strings.TrimSpace(line); line != "" {
			return line
		}
	}
	return ""
}
