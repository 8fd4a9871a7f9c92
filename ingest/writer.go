package ingest

import (
	"context"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/dustin/go-humanize"
	"github.com/newsgraph/newsgraph/graph/store"
	"github.com/schollz/progressbar/v3"
	"golang.org/x/term"
)

// Summary counts what a Run did.
type Summary struct {
	Documents int // newly stored
	Skipped   int // already stored with the same id and text
	Failed    int // inputs that could not be read, extracted or stored
	Entities  int // new canonical entities
	Relations int
	Events    int
	Quotes    int
	Bytes     int64 // input bytes of the documents read (not of inputs that could not be read)
	Duration  time.Duration
}

// MBps is the throughput in megabytes (10^6 bytes) of input per second.
func (s Summary) MBps() float64 {
	if s.Duration <= 0 {
		return 0
	}
	return float64(s.Bytes) / 1e6 / s.Duration.Seconds()
}

// String is the final summary line, e.g. `ingested 312 documents (0 skipped, 2
// failed), 1,204 entities, 388 relations, 97 events, 41 quotes; 1.2 MB in 3.4s
// (0.35 MB/s)`.
func (s Summary) String() string {
	c := func(n int) string { return humanize.Comma(int64(n)) }
	// Relations, events and quotes are counted as extracted from the new
	// documents: many are one more report of a fact already stored, which
	// the store keeps once with more evidence, so the store's own totals
	// (Stats) are smaller.
	return fmt.Sprintf("ingested %s documents (%s skipped, %s failed): %s new entities; %s relations, %s events, %s quotes extracted; %.1f MB in %.1fs (%.2f MB/s)",
		c(s.Documents), c(s.Skipped), c(s.Failed), c(s.Entities), c(s.Relations), c(s.Events), c(s.Quotes),
		float64(s.Bytes)/1e6, s.Duration.Seconds(), s.MBps())
}

// writer is the single goroutine that owns the store writes, the summary and
// all output: it restores input order, batches, and reports.
type writer struct {
	ctx     context.Context
	cfg     Config
	sum     Summary
	next    int          // seq of the next job to write
	pending map[int]*job // arrived out of order
	batch   []*job
	bytes   int64 // text bytes in batch
	since   time.Time
	prog    *progress
}

func newWriter(ctx context.Context, cfg Config, total func() int64, start time.Time) *writer {
	return &writer{ctx: ctx, cfg: cfg, pending: map[int]*job{}, prog: newProgress(cfg.Progress, total, start)}
}

func (w *writer) receive(j *job) {
	w.pending[j.seq] = j
	for {
		j, ok := w.pending[w.next]
		if !ok {
			break
		}
		delete(w.pending, w.next)
		w.next++
		w.take(j)
	}
	// A slow extractor should not hold finished documents back for long.
	if len(w.batch) > 0 && time.Since(w.since) > time.Second {
		w.flush()
	}
}

func (w *writer) take(j *job) {
	w.prog.add(j.Bytes)
	if j.Doc.Text != "" {
		w.sum.Bytes += j.Bytes
	}
	if j.Err != nil {
		w.failed(j.Err)
		return
	}
	if len(w.batch) == 0 {
		w.since = time.Now()
	}
	w.batch = append(w.batch, j)
	w.bytes += int64(len(j.Doc.Text))
	if len(w.batch) >= w.cfg.BatchSize || w.bytes >= w.cfg.BatchBytes {
		w.flush()
	}
}

func (w *writer) failed(err error) {
	w.sum.Failed++
	w.prog.clear()
	fmt.Fprintln(w.cfg.Errors, err)
}

func (w *writer) flush() {
	if len(w.batch) == 0 {
		return
	}
	batch := w.batch
	w.batch, w.bytes = nil, 0
	if w.ctx.Err() != nil {
		return // cancelled: Run reports ctx.Err(), not one line per document
	}
	docs := make([]store.IngestDoc, len(batch))
	for i, j := range batch {
		docs[i] = store.IngestDoc{Doc: storeDoc(j.Doc, j.analysis), Analysis: j.analysis, Words: j.words}
	}
	res, errs := w.cfg.Store.Ingest(w.ctx, docs)
	for i, j := range batch {
		var err error
		switch {
		case i < len(errs):
			err = errs[i]
		case len(errs) == 1 && len(batch) > 1:
			err = errs[0] // one error for the whole batch
		}
		if err == nil && i >= len(res) {
			err = fmt.Errorf("store returned %d results for %d documents", len(res), len(batch))
		}
		if err != nil {
			w.failed(&InputError{Input: j.Input, Line: j.Line, Err: err})
			continue
		}
		r := res[i]
		if r.Skipped {
			w.sum.Skipped++
			continue
		}
		w.sum.Documents++
		w.sum.Entities += r.NewEntities
		w.sum.Relations += r.Relations
		w.sum.Events += r.Events
		w.sum.Quotes += r.Quotes
	}
	w.prog.docs(w.sum.Documents + w.sum.Skipped)
}

func (w *writer) finish() {
	w.flush()
	w.prog.finish()
}

// progress shows a byte-based bar on a terminal and a plain line every ~2 s on
// anything else (logs, CI), so redirected output stays readable.
type progress struct {
	out   io.Writer
	bar   *progressbar.ProgressBar
	total int64 // -1 when unknown (stdin)
	done  int64
	ndocs int
	start time.Time
	last  time.Time
}

func newProgress(out io.Writer, total func() int64, start time.Time) *progress {
	if out == nil {
		return nil
	}
	p := &progress{out: out, total: total(), start: start, last: start}
	if isTerminal(out) {
		p.bar = progressbar.NewOptions64(p.total,
			progressbar.OptionSetWriter(out),
			progressbar.OptionSetDescription("ingest"),
			progressbar.OptionShowBytes(true),
			progressbar.OptionShowTotalBytes(true),
			progressbar.OptionShowCount(),
			progressbar.OptionSetWidth(30),
			progressbar.OptionThrottle(100*time.Millisecond),
			progressbar.OptionSetPredictTime(true),
			progressbar.OptionClearOnFinish(),
		)
	}
	return p
}

func isTerminal(w io.Writer) bool {
	f, ok := w.(interface{ Fd() uintptr })
	return ok && term.IsTerminal(int(f.Fd()))
}

// totalBytes sizes the inputs for the bar; unreadable ones count zero here and
// are reported when read.
func totalBytes(paths []string) int64 {
	var total int64
	for _, p := range paths {
		if p == "-" {
			return -1
		}
		fi, err := os.Stat(p)
		if err != nil {
			continue
		}
		if !fi.IsDir() {
			total += fi.Size()
			continue
		}
		_ = filepath.WalkDir(p, func(q string, d fs.DirEntry, err error) error {
			if err != nil || d.IsDir() {
				return nil
			}
			if _, ok := extensions[strings.ToLower(filepath.Ext(q))]; ok {
				if fi, err := d.Info(); err == nil {
					total += fi.Size()
				}
			}
			return nil
		})
	}
	return total
}

func (p *progress) add(n int64) {
	if p == nil {
		return
	}
	p.done += n
	if p.bar != nil {
		_ = p.bar.Add64(n)
		return
	}
	if now := time.Now(); now.Sub(p.last) >= 2*time.Second {
		p.last = now
		p.line()
	}
}

func (p *progress) docs(n int) {
	if p != nil {
		p.ndocs = n
	}
}

func (p *progress) line() {
	elapsed := time.Since(p.start).Seconds()
	rate := float64(p.done) / 1e6 / max(elapsed, 1e-9)
	if p.total > 0 {
		fmt.Fprintf(p.out, "ingest: %s documents written, %.1f of %.1f MB read (%.0f%%), %.2f MB/s\n",
			humanize.Comma(int64(p.ndocs)), float64(p.done)/1e6, float64(p.total)/1e6, 100*float64(p.done)/float64(p.total), rate)
		return
	}
	fmt.Fprintf(p.out, "ingest: %s documents written, %.1f MB read, %.2f MB/s\n",
		humanize.Comma(int64(p.ndocs)), float64(p.done)/1e6, rate)
}

// clear removes the bar before an error line so the two do not interleave.
func (p *progress) clear() {
	if p != nil && p.bar != nil {
		_ = p.bar.Clear()
	}
}

func (p *progress) finish() {
	if p == nil || p.bar == nil {
		return
	}
	_ = p.bar.Finish()
	_ = p.bar.Clear()
}
