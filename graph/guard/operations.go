package guard

import (
	"context"
	"crypto/sha256"
	"errors"
	"fmt"
	"net/http"
	"sync"

	"github.com/99designs/gqlgen/graphql"
	"github.com/99designs/gqlgen/graphql/errcode"
	"github.com/99designs/gqlgen/graphql/handler/transport"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"
)

// Operations is the operation-level half of the guard: a gqlgen extension
// every transport passes (POST, GET and each websocket message), plus the
// websocket transport's InitFunc. The HTTP middleware can read a request
// body before gqlgen does, but a websocket carries many operations after the
// upgrade, so on a socket the same checks run here, one operation at a time:
//
//   - the document's size, depth and width (fragments and aliases expanded),
//     measured before gqlgen parses and validates it, as the middleware does;
//   - mutations need write permission: the Authorization header on HTTP, the
//     connection_init payload's "Authorization" ("Bearer TOKEN") on a socket;
//   - at most MaxSocketOperations operations run at once on one socket.
//
// Install it with handler.Server.Use after extension.AutomaticPersistedQuery
// (so a hash-only message is inspected as the text it stands for), and its
// InitFunc as transport.Websocket.InitFunc. gqlgen's own extensions
// (complexity, depth) and the resolvers' limits (first, timeout) already run
// per operation on every transport.
type Operations struct {
	limits   Limits
	token    bool
	tokenSum [sha256.Size]byte
}

// NewOperations builds the extension for cfg (its WriteToken and Limits).
func NewOperations(cfg Config) *Operations {
	o := &Operations{limits: cfg.Limits.withDefaults()}
	if cfg.WriteToken != "" {
		o.token = true
		o.tokenSum = sha256.Sum256([]byte(cfg.WriteToken))
	}
	return o
}

var (
	_ graphql.HandlerExtension          = (*Operations)(nil)
	_ graphql.OperationParameterMutator = (*Operations)(nil)
	_ graphql.OperationContextMutator   = (*Operations)(nil)
	_ graphql.OperationInterceptor      = (*Operations)(nil)
)

func (*Operations) ExtensionName() string                   { return "Guard" }
func (*Operations) Validate(graphql.ExecutableSchema) error { return nil }

// permission is what a client's credentials allow.
type permission int

const (
	permNone  permission = iota // no token sent
	permWrong                   // a token sent, not the configured one
	permWrite
)

func permissionOf(auth string, configured bool, sum *[sha256.Size]byte) permission {
	if auth == "" {
		return permNone
	}
	if configured && bearerMatches(auth, sum) {
		return permWrite
	}
	return permWrong
}

// socket is one websocket connection's state, kept in its context by InitFunc.
type socket struct {
	perm   permission
	mu     sync.Mutex
	active int
}

type socketKey struct{}

// inspectedKey marks a request whose document the HTTP middleware has already
// measured, so the extension does not parse it a second time.
type inspectedKey struct{}

// InitFunc is the websocket transport's InitFunc: it records the write
// permission the connection_init payload carries. A wrong token does not
// close the socket (reads need none, as on HTTP); its mutations are refused.
func (o *Operations) InitFunc(ctx context.Context, payload transport.InitPayload) (context.Context, *transport.InitPayload, error) {
	s := &socket{perm: permissionOf(payload.Authorization(), o.token, &o.tokenSum)}
	return context.WithValue(ctx, socketKey{}, s), nil, nil
}

// MutateOperationParameters measures the document before gqlgen parses it,
// unless the HTTP middleware already has.
func (o *Operations) MutateOperationParameters(ctx context.Context, p *graphql.RawParams) *gqlerror.Error {
	if ctx.Value(inspectedKey{}) != nil || p.Query == "" {
		return nil // an empty query is gqlgen's to report
	}
	if _, err := inspect(p.Query, p.OperationName, o.limits); err != nil {
		var le *limitError
		if errors.As(err, &le) {
			return coded(le.code, le.msg)
		}
		return coded(CodeBadRequest, err.Error())
	}
	return nil
}

// MutateOperationContext refuses a mutation without write permission. It
// judges the operation gqlgen will actually run, so it also backs up the
// middleware's own check on HTTP.
func (o *Operations) MutateOperationContext(ctx context.Context, oc *graphql.OperationContext) *gqlerror.Error {
	if oc.Operation == nil || oc.Operation.Operation != ast.Mutation {
		return nil
	}
	perm, how := permissionOf(authorization(oc.Headers), o.token, &o.tokenSum), sendHeader
	if s, ok := ctx.Value(socketKey{}).(*socket); ok {
		// The upgrade request's header counts too (a script can set it).
		perm, how = max(perm, s.perm), sendSocketed
	}
	if ref := writeRefusal(o.token, perm, "mutations", how); ref != nil {
		return coded(ref.code, ref.msg)
	}
	return nil
}

// InterceptOperation bounds the operations running at once on one socket:
// the in-flight limit counts a socket as one request, so without this one
// connection could hold any number of subscriptions and queries.
func (o *Operations) InterceptOperation(ctx context.Context, next graphql.OperationHandler) graphql.ResponseHandler {
	s, ok := ctx.Value(socketKey{}).(*socket)
	if !ok {
		return next(ctx)
	}
	s.mu.Lock()
	full := s.active >= o.limits.MaxSocketOperations
	if !full {
		s.active++
	}
	s.mu.Unlock()
	if full {
		// The transport's contract: an interceptor that does not call next
		// answers with OneShot.
		return graphql.OneShot(&graphql.Response{Errors: gqlerror.List{coded(CodeTooManyRequests,
			fmt.Sprintf("too many operations running on this websocket (limit %d); complete one or open another socket", o.limits.MaxSocketOperations))}})
	}
	// The transport cancels an operation's context when it ends: complete,
	// stop, or the socket closing.
	context.AfterFunc(ctx, func() {
		s.mu.Lock()
		s.active--
		s.mu.Unlock()
	})
	return next(ctx)
}

func authorization(h http.Header) string {
	if h == nil {
		return ""
	}
	return h.Get("Authorization")
}

func coded(code, msg string) *gqlerror.Error {
	err := gqlerror.Errorf("%s", msg)
	errcode.Set(err, code)
	return err
}
