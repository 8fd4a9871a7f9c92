package main

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/newsgraph/newsgraph/extract"
	"github.com/newsgraph/newsgraph/extract/pipeline"
	"github.com/newsgraph/newsgraph/ingest"
)

type extractOptions struct {
	date   string
	format string
	trace  bool
	inputs []string
}

// runExtract prints the analysis of each input without storing anything (contract).
func runExtract(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	fs := newFlags("extract", stderr, "Usage: newsgraph extract [--date YYYY-MM-DD] [--format json|conll] [--trace] [FILE|-]...",
		"A .txt file or stdin is one document; .jsonl and .html files are read as ingest reads them.")
	var o extractOptions
	fs.StringVar(&o.date, "date", "", "published date YYYY-MM-DD that anchors relative dates")
	fs.StringVar(&o.format, "format", "json", "output: json (one object per document) or conll")
	fs.BoolVar(&o.trace, "trace", false, "also write to stderr how each document is read (tokens, mentions, event triggers), for tuning the extractor")
	inputs, help, err := parseWithArgs(fs, args)
	if help || err != nil {
		return err
	}
	o.inputs = inputs
	if len(o.inputs) == 0 {
		o.inputs = []string{"-"}
	}
	if o.date != "" {
		if _, err := time.Parse("2006-01-02", o.date); err != nil {
			return usageErr(fmt.Sprintf("extract: --date %q: want YYYY-MM-DD", o.date))
		}
	}
	if o.format != "json" && o.format != "conll" {
		return usageErr(fmt.Sprintf("extract: --format %q: want json or conll", o.format))
	}
	p, err := pipeline.New()
	if err != nil {
		return err
	}
	return extractAll(ctx, p, o, stdin, stdout, stderr)
}

func extractAll(ctx context.Context, p *pipeline.Pipeline, o extractOptions, stdin io.Reader, stdout, stderr io.Writer) error {
	w := bufio.NewWriter(stdout)
	defer w.Flush()
	failed := 0
	var trace io.Writer
	if o.trace {
		trace = stderr
	}
	for _, in := range o.inputs {
		if err := ctx.Err(); err != nil {
			return err
		}
		var err error
		if o.format == "conll" {
			err = extractCoNLL(p, in, stdin, w)
		} else {
			err = extractJSON(ctx, p, in, o.date, stdin, w, stderr, trace)
		}
		if err != nil {
			fmt.Fprintf(stderr, "extract: %v\n", err)
			failed++
		}
	}
	if failed > 0 {
		return fmt.Errorf("extract: %d of %d inputs failed", failed, len(o.inputs))
	}
	return nil
}

func openInput(name string, stdin io.Reader) (io.ReadCloser, error) {
	if name == "-" {
		return io.NopCloser(stdin), nil
	}
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	st, err := f.Stat()
	if err == nil && st.IsDir() {
		f.Close()
		return nil, fmt.Errorf("%s: is a directory (extract takes files; ingest takes folders)", name)
	}
	return f, nil
}

// maxExtractBytes bounds one input of `extract`; bigger inputs belong to ingest.
const maxExtractBytes = 10 << 20

// analyzeTraced is p.Analyze, after writing the document's trace when trace is
// not nil.
func analyzeTraced(ctx context.Context, p *pipeline.Pipeline, d extract.Document, trace io.Writer) (*extract.Analysis, error) {
	if trace != nil {
		if err := p.Trace(ctx, trace, d); err != nil {
			return nil, err
		}
	}
	return p.Analyze(ctx, d)
}

func extractJSON(ctx context.Context, p *pipeline.Pipeline, name, date string, stdin io.Reader, w, stderr, trace io.Writer) error {
	switch strings.ToLower(filepath.Ext(name)) {
	case ".jsonl", ".html", ".htm":
		return extractDocuments(ctx, p, name, date, w, stderr, trace)
	}
	r, err := openInput(name, stdin)
	if err != nil {
		return err
	}
	defer r.Close()
	b, err := io.ReadAll(io.LimitReader(r, maxExtractBytes+1))
	if err != nil {
		return fmt.Errorf("%s: %w", name, err)
	}
	if len(b) > maxExtractBytes {
		return fmt.Errorf("%s: larger than %d MiB", name, maxExtractBytes>>20)
	}
	if len(strings.TrimSpace(string(b))) == 0 {
		return fmt.Errorf("%s: empty input", name)
	}
	a, err := analyzeTraced(ctx, p, extract.Document{ID: name, Published: date, Text: string(b)}, trace)
	if err != nil {
		return fmt.Errorf("%s: %w", name, err)
	}
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	return enc.Encode(a)
}

// extractDocuments analyses each document of a JSON Lines or HTML file, read
// as ingest reads it (a JSONL line is a document with its own id and date),
// so `extract` and `ingest` agree on what a file holds. A bad line is named
// on stderr and the other lines still come out.
func extractDocuments(ctx context.Context, p *pipeline.Pipeline, name, date string, w, stderr, trace io.Writer) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	docs, failed := 0, 0
	for it := range ingest.Read(ctx, []string{name}, ingest.ReadOptions{MaxDocBytes: maxExtractBytes}) {
		if it.Err != nil {
			fmt.Fprintf(stderr, "extract: %v\n", it.Err)
			failed++
			continue
		}
		d := it.Doc
		if d.Published == "" {
			d.Published = date
		}
		a, err := analyzeTraced(ctx, p, d, trace)
		if err != nil {
			fmt.Fprintf(stderr, "extract: %s: document %q: %v\n", name, d.ID, err)
			failed++
			continue
		}
		if err := enc.Encode(a); err != nil {
			return err
		}
		docs++
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	if failed > 0 {
		return fmt.Errorf("%s: %d of %d documents failed", name, failed, docs+failed)
	}
	return nil
}

// extractCoNLL reads CoNLL-2003 style lines and writes them back with the predicted
// IOB2 tag appended, one document (between -DOCSTART- lines) at a time so the tagger's
// document-level features see the whole document.
func extractCoNLL(p *pipeline.Pipeline, name string, stdin io.Reader, w io.Writer) error {
	r, err := openInput(name, stdin)
	if err != nil {
		return err
	}
	defer r.Close()
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	// Lines of the current document: a sentence is a run of token lines; other lines
	// (blank, -DOCSTART-) are written back unchanged in place.
	type line struct {
		text string
		sent int // -1 for non-token lines
		tok  int
	}
	var lines []line
	var sents [][]string
	cur := -1
	flush := func() error {
		tags := p.TagCoNLL(sents)
		for _, l := range lines {
			if l.sent < 0 {
				if _, err := fmt.Fprintln(w, l.text); err != nil {
					return err
				}
				continue
			}
			tag := "O"
			if l.sent < len(tags) && l.tok < len(tags[l.sent]) {
				tag = tags[l.sent][l.tok]
			}
			if _, err := fmt.Fprintf(w, "%s %s\n", l.text, tag); err != nil {
				return err
			}
		}
		lines, sents, cur = lines[:0], sents[:0], -1
		return nil
	}
	n := 0
	for sc.Scan() {
		n++
		t := strings.TrimRight(sc.Text(), "\r")
		f := strings.Fields(t)
		switch {
		case len(f) == 0:
			cur = -1
			lines = append(lines, line{text: "", sent: -1})
		case f[0] == "-DOCSTART-":
			if err := flush(); err != nil {
				return err
			}
			lines = append(lines, line{text: t, sent: -1})
		default:
			if cur < 0 {
				sents = append(sents, nil)
				cur = len(sents) - 1
			}
			lines = append(lines, line{text: t, sent: cur, tok: len(sents[cur])})
			sents[cur] = append(sents[cur], f[0])
		}
	}
	if err := sc.Err(); err != nil {
		if errors.Is(err, bufio.ErrTooLong) {
			return fmt.Errorf("%s:%d: line longer than 1 MiB", name, n+1)
		}
		return fmt.Errorf("%s: %w", name, err)
	}
	return flush()
}
