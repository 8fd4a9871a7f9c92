// Package robust holds the end-to-end harnesses that earn Newsgraph its trust:
// the real binary killed with SIGKILL during ingest and during mutations,
// hostile inputs (testdata/hostile and generated giants), abuse of the
// server, and mixed load. Everything lives in its tests; this file only names
// the package.
//
// `go test ./test/robust` runs the short forms (what CI runs). The long forms
// (more kill points, the BBC corpus, a million tiny documents, a minute of
// load) run with `go test ./test/robust -long` or NEWSGRAPH_LONG=1.
package robust
