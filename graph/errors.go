package graph

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"runtime/debug"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/gqlerror"

	"github.com/newsgraph/newsgraph/graph/store"
)

// Error codes clients can branch on, sent as extensions.code.
const (
	CodeBadID          = "BAD_ID"
	CodeBadCursor      = "BAD_CURSOR"
	CodeBadUserInput   = "BAD_USER_INPUT"
	CodeNotFound       = "NOT_FOUND"
	CodeTimeout        = "TIMEOUT"
	CodeCanceled       = "CANCELED"
	CodeInternal       = "INTERNAL"
	CodeIngestDisabled = "INGEST_DISABLED"
)

// apiError is an error meant for the client: its message is safe to show and
// code says what kind of mistake it was. err, when set, is the cause (for logs
// and errors.Is).
type apiError struct {
	code string
	msg  string
	ext  map[string]any
	err  error
}

func (e *apiError) Error() string {
	if e.err != nil {
		return e.msg + ": " + e.err.Error()
	}
	return e.msg
}

func (e *apiError) Unwrap() error { return e.err }

func badID(id, why string) error {
	return &apiError{code: CodeBadID, msg: fmt.Sprintf("bad id %q: %s", id, why)}
}

func badInput(format string, args ...any) error {
	return &apiError{code: CodeBadUserInput, msg: fmt.Sprintf(format, args...)}
}

func notFound(what, id string) error {
	return &apiError{code: CodeNotFound, msg: fmt.Sprintf("%s %s not found", what, id), err: store.ErrNotFound}
}

// presentError turns any resolver error into a GraphQL error with
// extensions.code. Expected errors keep their message; unexpected ones are
// logged and reported as INTERNAL (with their message: this is a local tool and
// the text helps more than it leaks).
func presentError(logger *slog.Logger) graphql.ErrorPresenterFunc {
	return func(ctx context.Context, err error) *gqlerror.Error {
		gerr := graphql.DefaultErrorPresenter(ctx, err)
		if gerr.Extensions == nil {
			gerr.Extensions = map[string]any{}
		}
		var ae *apiError
		switch {
		case errors.As(err, &ae):
			gerr.Message = ae.msg
			gerr.Extensions["code"] = ae.code
			for k, v := range ae.ext {
				gerr.Extensions[k] = v
			}
		case errors.Is(err, store.ErrNotFound):
			gerr.Extensions["code"] = CodeNotFound
		case errors.Is(err, store.ErrBadCursor):
			gerr.Extensions["code"] = CodeBadCursor
		case errors.Is(err, context.DeadlineExceeded):
			gerr.Message = "query timed out"
			gerr.Extensions["code"] = CodeTimeout
		case errors.Is(err, context.Canceled):
			gerr.Extensions["code"] = CodeCanceled
		default:
			if _, ok := gerr.Extensions["code"]; !ok {
				logger.ErrorContext(ctx, "graphql resolver failed", "path", gerr.Path.String(), "err", err)
				gerr.Extensions["code"] = CodeInternal
			}
		}
		return gerr
	}
}

// recoverPanic keeps one broken resolver from taking the server down: the
// panic and its stack go to the log, the client gets an INTERNAL error without
// internals.
func recoverPanic(logger *slog.Logger) graphql.RecoverFunc {
	return func(ctx context.Context, p any) error {
		logger.ErrorContext(ctx, "graphql resolver panicked", "panic", fmt.Sprint(p), "stack", string(debug.Stack()))
		return &apiError{code: CodeInternal, msg: "internal server error"}
	}
}
