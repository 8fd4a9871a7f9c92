package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"strings"
	"time"

	"github.com/dustin/go-humanize"

	"github.com/newsgraph/newsgraph/graph/analytics"
)

type analyzeOptions struct {
	db          string
	filter      analytics.Filter
	top         int
	communities int
	pairTypes   []string
	pairEntity  []string
	metrics     []analytics.Metric
	jsonOut     bool
}

// runAnalyze prints the graph's most central entities, its communities and
// its event statistics (`newsgraph analyze`).
func runAnalyze(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlags("analyze", stderr,
		"Usage: newsgraph analyze [--db DIR] [--types T,...] [--links L,...] [--since D] [--until D] [--top N] [--json]")
	var o analyzeOptions
	var types, links, pairTypes, pairEntity, metrics string
	fs.StringVar(&o.db, "db", defaultDB, "store folder")
	fs.StringVar(&types, "types", "", "entity types to keep, comma-separated (PERSON,ORGANIZATION,LOCATION,NORP,MISC); default all")
	fs.StringVar(&links, "links", "", "link types to keep: relation types, EVENT:<type>, EVENT:*, CO_MENTION; default relations and events")
	fs.StringVar(&o.filter.Since, "since", "", "keep what was seen on or after YYYY-MM-DD")
	fs.StringVar(&o.filter.Until, "until", "", "keep what was seen on or before YYYY-MM-DD")
	fs.IntVar(&o.top, "top", 10, "entities listed per ranking")
	fs.IntVar(&o.communities, "communities", 5, "communities listed")
	fs.StringVar(&pairTypes, "pair-events", "MEET", "event types for the most active pairs, comma-separated; empty for all")
	fs.StringVar(&pairEntity, "pair-types", "", "entity types of the paired participants; default all")
	fs.StringVar(&metrics, "metrics", "pagerank,degree,betweenness,mentions", "rankings to compute, comma-separated (betweenness is the slow one on CO_MENTION graphs)")
	fs.BoolVar(&o.jsonOut, "json", false, "print one JSON object instead of text")
	if help, err := parseFlags(fs, args); help || err != nil {
		return err
	}
	o.filter.EntityTypes = splitList(types, true)
	o.filter.EdgeTypes = splitList(links, true)
	o.pairTypes = splitList(pairTypes, true)
	o.pairEntity = splitList(pairEntity, true)
	if err := o.filter.Validate(); err != nil {
		return usageErr("analyze: " + err.Error())
	}
	for _, name := range splitList(metrics, false) {
		m, err := analytics.ParseMetric(name)
		if err != nil {
			return usageErr("analyze: " + err.Error())
		}
		o.metrics = append(o.metrics, m)
	}
	if o.top < 0 || o.communities < 0 {
		return usageErr("analyze: --top and --communities must not be negative")
	}
	s, err := openStore(o.db, true, slog.New(slog.DiscardHandler))
	if err != nil {
		return err
	}
	defer s.Close()
	// gonum's algorithms take no context: on Ctrl-C stop waiting for them
	// and let the process exit rather than finish a long betweenness run.
	type result struct {
		rep *report
		err error
	}
	done := make(chan result, 1)
	go func() {
		rep, err := analyze(ctx, analytics.New(s), o)
		done <- result{rep, err}
	}()
	var rep *report
	select {
	case r := <-done:
		if r.err != nil {
			return r.err
		}
		rep = r.rep
	case <-ctx.Done():
		return fmt.Errorf("analyze: %w", ctx.Err())
	}
	if o.jsonOut {
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(rep)
	}
	printReport(stdout, o, rep)
	return nil
}

// splitList splits a comma-separated flag value, dropping empty items.
func splitList(s string, upper bool) []string {
	var out []string
	for _, part := range strings.Split(s, ",") {
		part = strings.TrimSpace(part)
		if upper {
			part = strings.ToUpper(part)
		}
		if part != "" {
			out = append(out, part)
		}
	}
	return out
}

// report is what analyze prints; its JSON form is for scripts.
type report struct {
	Version     uint64                        `json:"version"`
	Summary     analytics.Summary             `json:"summary"`
	Top         map[analytics.Metric][]ranked `json:"top"`
	Skipped     map[analytics.Metric]string   `json:"skipped,omitempty"`
	Communities [][]string                    `json:"communities"`
	Events      analytics.EventStats          `json:"events"`
	Pairs       []pairOut                     `json:"pairs"`
	Timings     map[string]float64            `json:"timings_seconds"`
	order       []string                      // timing labels in the order measured
	metricOrder []analytics.Metric            // rankings in print order
}

type ranked struct {
	ID    string  `json:"id"`
	Name  string  `json:"name"`
	Type  string  `json:"type"`
	Score float64 `json:"score"`
}

type pairOut struct {
	A     string `json:"a"`
	B     string `json:"b"`
	Count int    `json:"count"`
	First string `json:"first,omitempty"`
	Last  string `json:"last,omitempty"`
}

func entityRef(id uint64) string { return fmt.Sprintf("e%d", id) }

func analyze(ctx context.Context, eng *analytics.Engine, o analyzeOptions) (*report, error) {
	rep := &report{Top: map[analytics.Metric][]ranked{}, Skipped: map[analytics.Metric]string{}, Timings: map[string]float64{}}
	timed := func(label string, f func() error) error {
		start := time.Now()
		err := f()
		rep.Timings[label] = time.Since(start).Seconds()
		rep.order = append(rep.order, label)
		return err
	}
	var a *analytics.Analysis
	if err := timed("load snapshot and build graph", func() error {
		var err error
		a, err = eng.Analyze(ctx, o.filter)
		return err
	}); err != nil {
		return nil, err
	}
	rep.Version = a.Version
	for _, m := range o.metrics {
		if err := a.Check(m); err != nil {
			rep.Skipped[m] = err.Error()
			rep.metricOrder = append(rep.metricOrder, m)
			continue
		}
		_ = timed(strings.ToLower(string(m)), func() error {
			for _, s := range a.Top(m, o.top) {
				rep.Top[m] = append(rep.Top[m], ranked{ID: entityRef(s.ID), Name: s.Name, Type: s.Type, Score: s.Score})
			}
			return nil
		})
		rep.metricOrder = append(rep.metricOrder, m)
	}
	_ = timed("louvain communities and components", func() error {
		rep.Summary = a.Summary()
		for _, c := range a.Communities(2) {
			if len(rep.Communities) == o.communities {
				break
			}
			var names []string
			for _, m := range c.Members {
				names = append(names, m.Name)
			}
			rep.Communities = append(rep.Communities, names)
		}
		return nil
	})
	if err := timed("event analytics", func() error {
		var err error
		ef := analytics.EventFilter{Since: o.filter.Since, Until: o.filter.Until}
		if rep.Events, err = eng.EventStats(ctx, ef); err != nil {
			return err
		}
		ef.Types, ef.EntityTypes = o.pairTypes, o.pairEntity
		pairs, err := eng.ActivePairs(ctx, ef, o.top)
		for _, p := range pairs {
			rep.Pairs = append(rep.Pairs, pairOut{A: p.A.Name, B: p.B.Name, Count: p.Count, First: p.First, Last: p.Last})
		}
		return err
	}); err != nil {
		return nil, err
	}
	return rep, nil
}

func printReport(w io.Writer, o analyzeOptions, rep *report) {
	all := func(ss []string, none string) string {
		if len(ss) == 0 {
			return none
		}
		return strings.Join(ss, ",")
	}
	period := "all dates"
	if o.filter.Since != "" || o.filter.Until != "" {
		period = fmt.Sprintf("%s..%s", o.filter.Since, o.filter.Until)
	}
	s := rep.Summary
	fmt.Fprintf(w, "Newsgraph analysis of %s (store version %d)\n", o.db, rep.Version)
	fmt.Fprintf(w, "filter: entity types %s; links %s; %s\n",
		all(o.filter.EntityTypes, "all"), all(o.filter.EdgeTypes, "relations and events"), period)
	fmt.Fprintf(w, "graph: %s entities, %s linked pairs, %s components (largest %s), %s communities of 2+ (modularity %.3f)\n",
		humanize.Comma(int64(s.Nodes)), humanize.Comma(int64(s.Edges)), humanize.Comma(int64(s.Components)),
		humanize.Comma(int64(s.LargestComponent)), humanize.Comma(int64(s.Communities)), s.Modularity)
	for _, m := range rep.metricOrder {
		fmt.Fprintf(w, "\nTop %d by %s\n", o.top, strings.ToLower(string(m)))
		if why, ok := rep.Skipped[m]; ok {
			fmt.Fprintf(w, "  skipped: %s\n", why)
		}
		for i, r := range rep.Top[m] {
			fmt.Fprintf(w, "  %2d. %-40s %-13s %s\n", i+1, r.Name, r.Type, formatScore(m, r.Score))
		}
	}
	fmt.Fprintf(w, "\nLargest communities (Louvain)\n")
	for i, c := range rep.Communities {
		shown := c[:min(len(c), 8)]
		more := ""
		if len(c) > len(shown) {
			more = fmt.Sprintf(" ... (+%d)", len(c)-len(shown))
		}
		fmt.Fprintf(w, "  %d. %d members: %s%s\n", i+1, len(c), strings.Join(shown, "; "), more)
	}
	ev := rep.Events
	fmt.Fprintf(w, "\nEvents: %s (%s undated)\n", humanize.Comma(int64(ev.Total)), humanize.Comma(int64(ev.Undated)))
	var parts []string
	for _, c := range ev.ByType {
		parts = append(parts, fmt.Sprintf("%s %d", c.Key, c.Count))
	}
	fmt.Fprintf(w, "  by type:  %s\n", strings.Join(parts, ", "))
	parts = parts[:0]
	for _, c := range ev.ByMonth {
		parts = append(parts, fmt.Sprintf("%s %d", c.Key, c.Count))
	}
	if len(parts) == 0 {
		parts = append(parts, "(no dated events)")
	}
	fmt.Fprintf(w, "  by month: %s\n", strings.Join(parts, ", "))
	fmt.Fprintf(w, "\nMost active pairs (%s events)\n", all(o.pairTypes, "all"))
	for i, p := range rep.Pairs {
		when := ""
		if p.First != "" {
			when = fmt.Sprintf(" (%s..%s)", p.First, p.Last)
		}
		fmt.Fprintf(w, "  %2d. %s -- %s: %d%s\n", i+1, p.A, p.B, p.Count, when)
	}
	fmt.Fprintf(w, "\nTimings:")
	for _, l := range rep.order {
		fmt.Fprintf(w, " %s %.3fs;", l, rep.Timings[l])
	}
	fmt.Fprintln(w)
}

func formatScore(m analytics.Metric, x float64) string {
	switch m {
	case analytics.Degree, analytics.Mentions:
		return fmt.Sprintf("%.0f", x)
	case analytics.PageRank:
		return fmt.Sprintf("%.6f", x)
	}
	return fmt.Sprintf("%.1f", x)
}
