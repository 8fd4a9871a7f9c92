package graph

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"

	"github.com/99designs/gqlgen/graphql"
	"github.com/99designs/gqlgen/graphql/errcode"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"
)

// DefaultMaxDepth bounds how deeply an operation may nest selections. The
// complexity limit already bounds the work; depth catches the pathological
// shapes (entity -> relations -> source -> relations -> ...) early and with
// a clearer message. Introspection fields (__schema, __type) do not count, so
// GraphiQL's introspection query passes.
const DefaultMaxDepth = 12

// depthLimit refuses operations nesting deeper than max.
type depthLimit struct{ max int }

var (
	_ graphql.HandlerExtension        = depthLimit{}
	_ graphql.OperationContextMutator = depthLimit{}
)

func (depthLimit) ExtensionName() string                   { return "DepthLimit" }
func (depthLimit) Validate(graphql.ExecutableSchema) error { return nil }

func (d depthLimit) MutateOperationContext(_ context.Context, oc *graphql.OperationContext) *gqlerror.Error {
	if oc.Operation == nil {
		return nil
	}
	depth := selectionDepth(oc.Operation.SelectionSet, oc.Doc.Fragments, 0)
	if depth <= d.max {
		return nil
	}
	err := gqlerror.Errorf("operation nests %d levels deep, more than the limit of %d", depth, d.max)
	errcode.Set(err, CodeDepthLimit)
	return err
}

// selectionDepth is the deepest field nesting under set; seen guards against
// fragment cycles (which validation rejects, but this runs on any input).
func selectionDepth(set ast.SelectionSet, frags ast.FragmentDefinitionList, guard int) int {
	if guard > 64 {
		return guard
	}
	best := 0
	for _, sel := range set {
		var d int
		switch s := sel.(type) {
		case *ast.Field:
			if len(s.Name) >= 2 && s.Name[:2] == "__" {
				continue
			}
			d = 1 + selectionDepth(s.SelectionSet, frags, guard+1)
		case *ast.InlineFragment:
			d = selectionDepth(s.SelectionSet, frags, guard+1)
		case *ast.FragmentSpread:
			if f := frags.ForName(s.Name); f != nil {
				d = selectionDepth(f.SelectionSet, frags, guard+1)
			}
		}
		best = max(best, d)
	}
	return best
}

// limitBody refuses bodies over max with a GraphQL error (status 413,
// extensions.code BODY_TOO_LARGE): early when the length is declared, after
// reading max+1 bytes otherwise. Bodies are small (max is about a megabyte),
// so reading them whole costs nothing the JSON decoder would not.
func limitBody(max int64, next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.ContentLength > max {
			bodyTooLarge(w, max)
			return
		}
		if r.Body != nil && r.Body != http.NoBody && !isWebsocket(r) {
			b, err := readBody(r, max)
			r.Body.Close()
			if err != nil {
				var mbe *http.MaxBytesError
				if errors.As(err, &mbe) {
					bodyTooLarge(w, max)
					return
				}
				http.Error(w, "reading the request body: "+err.Error(), http.StatusBadRequest)
				return
			}
			if int64(len(b)) > max {
				bodyTooLarge(w, max)
				return
			}
			r.Body = &bufferedBody{Reader: bytes.NewReader(b), bytes: b}
		}
		next.ServeHTTP(w, r)
	})
}

// readBody reads at most max+1 bytes of r's body. A declared length (every
// client but a chunked one) is read into one buffer of that size: io.ReadAll
// starts small and grows, which was a few percent of what a request
// allocated.
//
// A length of 0 with a body is unknown (a request built for a client, as
// tests pass straight to the handler); the server gives an empty body
// http.NoBody.
func readBody(r *http.Request, max int64) ([]byte, error) {
	if n := r.ContentLength; n > 0 && n <= max {
		b := make([]byte, n)
		if _, err := io.ReadFull(r.Body, b); err != nil {
			return nil, err
		}
		// net/http's server stops the body at the declared length; a
		// handler called directly may be given more, read as before.
		var one [1]byte
		if m, _ := r.Body.Read(one[:]); m == 0 {
			return b, nil
		}
		more, err := io.ReadAll(io.LimitReader(r.Body, max-n))
		if err != nil {
			return nil, err
		}
		return append(append(b, one[0]), more...), nil
	}
	return io.ReadAll(io.LimitReader(r.Body, max+1))
}

// bufferedBody is a request body read into memory; postTransport takes its bytes
// instead of reading them again.
type bufferedBody struct {
	*bytes.Reader
	bytes []byte
}

func (*bufferedBody) Close() error { return nil }

func bodyTooLarge(w http.ResponseWriter, max int64) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(http.StatusRequestEntityTooLarge)
	_ = json.NewEncoder(w).Encode(map[string]any{"errors": []any{map[string]any{
		"message":    fmt.Sprintf("request body larger than %d bytes", max),
		"extensions": map[string]any{"code": CodeBodyTooLarge},
	}}})
}
