// Command newsgraph reads news, extracts who did what to whom, keeps the graph in an
// embedded Badger store and serves it over GraphQL. See README.md for the tour.
package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"syscall"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	err := run(ctx, os.Args[1:], os.Stdin, os.Stdout, os.Stderr)
	stop()
	os.Exit(exitCode(err, os.Stderr))
}

const usage = `newsgraph: news in, knowledge graph out.

Usage:
  newsgraph demo     [--db DIR] [--addr HOST:PORT]   ingest the bundled sample news and serve it
  newsgraph ingest   [--db DIR] [--date D] PATH...   add .txt/.jsonl/.html files, folders or - (stdin)
  newsgraph serve    [--db DIR] [--addr HOST:PORT]   serve GraphQL (/graphql, /playground) and the UI
  newsgraph extract  [--date D] [--format json|conll] [FILE|-]...   print the analysis, store nothing
  newsgraph train    ner|gazetteer|syntax|events|relations rebuild the shipped models from ../shared/data
  newsgraph eval     ner|syntax|events|relations ...   score the extractor on gold data
  newsgraph analyze  [--types T,..] [--since D] ...  rank entities, find communities, count events
  newsgraph export   --format F [--out PATH] ...     jsonl, csv, graphml, gexf, nquads (Dgraph), neo4j
  newsgraph backup   --out FILE [--since V]          full or incremental backup of the store
  newsgraph restore  FILE...                         rebuild an empty store from backups, in order
  newsgraph bench    [--bbc F] [--reuters F]         load-test the GraphQL API on loopback

serve and demo are read-only unless given --write-token TOKEN (or $NEWSGRAPH_WRITE_TOKEN):
mutations send it as 'Authorization: Bearer TOKEN', on a websocket in the connection_init
payload; queries and subscriptions need none. --cors-origin lists the web origins that may
call them.
Every command takes --db DIR (default ./newsgraph-data) where it uses a store.
Exit status: 0 success, 1 some inputs failed (named on stderr), 2 usage error.
`

// run dispatches to one subcommand; it is main without os.Exit so tests can call it.
func run(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	if len(args) == 0 {
		fmt.Fprint(stderr, usage)
		return usageErr("no command given")
	}
	cmd, rest := args[0], args[1:]
	switch cmd {
	case "demo":
		return runDemo(ctx, rest, stdout, stderr)
	case "ingest":
		return runIngest(ctx, rest, stdout, stderr)
	case "serve":
		return runServe(ctx, rest, stdout, stderr)
	case "extract":
		return runExtract(ctx, rest, stdin, stdout, stderr)
	case "train":
		return runTrain(ctx, rest, stdout, stderr)
	case "eval":
		return runEval(ctx, rest, stdout, stderr)
	case "analyze":
		return runAnalyze(ctx, rest, stdout, stderr)
	case "export":
		return runExport(ctx, rest, stdout, stderr)
	case "backup":
		return runBackup(ctx, rest, stdout, stderr)
	case "restore":
		return runRestore(ctx, rest, stdout, stderr)
	case "bench":
		return runBench(ctx, rest, stdout, stderr)
	case "help", "-h", "-help", "--help":
		fmt.Fprint(stdout, usage)
		return nil
	default:
		fmt.Fprint(stderr, usage)
		return usageErr(fmt.Sprintf("unknown command %q", cmd))
	}
}

// exitCoder is implemented by errors that choose their own exit status.
type exitCoder interface{ ExitCode() int }

func exitCode(err error, stderr io.Writer) int {
	if err == nil {
		return 0
	}
	fmt.Fprintf(stderr, "newsgraph: %v\n", err)
	var ec exitCoder
	if errors.As(err, &ec) {
		return ec.ExitCode()
	}
	return 1
}

// cmdUsageError marks a bad command line (exit status 2).
type cmdUsageError struct{ msg string }

func (e cmdUsageError) Error() string { return e.msg }
func (e cmdUsageError) ExitCode() int { return 2 }

func usageErr(msg string) error { return cmdUsageError{msg: msg} }
