package ingest

import (
	"fmt"
	"strconv"
)

// InputError is a problem with one input: a file, one line of a JSONL file, or
// stdin. Its message is the one line printed on stderr, naming the input and the
// reason, e.g. `ingest: data/x.jsonl:17: invalid JSON: ...`.
type InputError struct {
	Input string // file path, or "stdin"
	Line  int    // 1-based line of a JSONL input, 0 for a whole file
	Err   error
}

func (e *InputError) Error() string {
	where := e.Input
	if e.Line > 0 {
		where += ":" + strconv.Itoa(e.Line)
	}
	return "ingest: " + where + ": " + e.Err.Error()
}

func (e *InputError) Unwrap() error { return e.Err }

// where names the input of an item for messages.
func where(input string, line int) string {
	if line > 0 {
		return fmt.Sprintf("%s:%d", input, line)
	}
	return input
}

// FailedError is returned by Run when some inputs failed while the others were
// ingested; each failure was already reported on Config.Errors.
type FailedError struct {
	Failed int
	Total  int
}

func (e *FailedError) Error() string {
	return fmt.Sprintf("ingest: %d of %d inputs failed", e.Failed, e.Total)
}
