package main

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"strings"

	"github.com/newsgraph/newsgraph/export"
	"github.com/newsgraph/newsgraph/graph/store"
)

// runExport writes the graph for other tools (contract:
// `newsgraph export --format jsonl|csv|graphml|gexf|nquads|neo4j [--out PATH]`).
func runExport(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlags("export", stderr,
		"Usage: newsgraph export --format jsonl|csv|graphml|gexf|nquads|neo4j [--out PATH] [--types T,...] [--relation-types R,...] [--since D] [--until D]",
		"jsonl, graphml and gexf write one file (stdout when --out is omitted or -);",
		"csv, nquads and neo4j write a folder (default ./newsgraph-FORMAT).")
	db := fs.String("db", defaultDB, "store folder")
	format := fs.String("format", "", "output format (required)")
	out := fs.String("out", "", "output file or folder")
	types := fs.String("types", "", "entity types to keep, comma-separated; default all")
	relTypes := fs.String("relation-types", "", "relation types to keep, comma-separated; default all")
	var flt export.Filter
	fs.StringVar(&flt.Since, "since", "", "keep what was seen on or after YYYY-MM-DD")
	fs.StringVar(&flt.Until, "until", "", "keep what was seen on or before YYYY-MM-DD")
	if help, err := parseFlags(fs, args); help || err != nil {
		return err
	}
	if *format == "" {
		fs.Usage()
		return usageErr("export: --format is required")
	}
	f, err := export.ParseFormat(*format)
	if err != nil {
		return usageErr(err.Error())
	}
	flt.EntityTypes = splitList(*types, true)
	flt.RelationTypes = splitList(*relTypes, true)
	if err := flt.Validate(); err != nil {
		return usageErr(err.Error())
	}
	s, err := openStore(*db, true, slog.New(slog.DiscardHandler))
	if err != nil {
		return err
	}
	defer s.Close()

	var c export.Counts
	var where string
	report := stdout
	switch {
	case f.MultiFile():
		where = *out
		if where == "" || where == "-" {
			where = "newsgraph-" + string(f)
		}
		c, err = export.ToDir(ctx, s, f, flt, where)
		where += string(filepath.Separator) + " (" + strings.Join(f.Files(), ", ") + ")"
	case *out == "" || *out == "-":
		where, report = "stdout", stderr
		c, err = export.Export(ctx, s, f, flt, func(string) (io.Writer, error) { return stdout, nil })
	default:
		where = *out
		c, err = exportFile(ctx, s, f, flt, *out)
	}
	if err != nil {
		return err
	}
	fmt.Fprintf(report, "exported %d entities, %d relations, %d events as %s to %s\n", c.Entities, c.Relations, c.Events, f, where)
	return nil
}

// exportFile writes a one-file format beside path and renames it into place,
// so an interrupted export never leaves a truncated file under the name.
func exportFile(ctx context.Context, s *store.Store, f export.Format, flt export.Filter, path string) (export.Counts, error) {
	tmp, err := os.CreateTemp(filepath.Dir(path), ".export-*")
	if err != nil {
		return export.Counts{}, fmt.Errorf("export: %w", err)
	}
	defer os.Remove(tmp.Name())
	defer tmp.Close()
	c, err := export.Export(ctx, s, f, flt, func(string) (io.Writer, error) { return tmp, nil })
	if err != nil {
		return c, err
	}
	if err := tmp.Close(); err != nil {
		return c, fmt.Errorf("export to %s: %w", path, err)
	}
	if err := os.Rename(tmp.Name(), path); err != nil {
		return c, fmt.Errorf("export: %w", err)
	}
	return c, nil
}
