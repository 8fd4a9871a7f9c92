package graph

import (
	"net/http"
	"strings"
	"time"

	"github.com/99designs/gqlgen/graphql/handler/transport"
	coderws "github.com/coder/websocket"
)

// DefaultWebsocketWriteTimeout bounds one websocket write; see timedSockets.
const DefaultWebsocketWriteTimeout = 10 * time.Second

// timedSockets accepts websockets whose writes give up after timeout by
// closing the socket. gqlgen writes with no deadline, so a client that stops
// reading would block its subscriptions' writes for ever; each subscription
// holds a Badger change-feed subscriber, whose queue would fill and then stall
// Badger's publisher, and with it every write to the store. Closing the socket
// ends its operations and their subscribers.
type timedSockets struct {
	transport.CoderWebsocketImplementation
	timeout time.Duration
}

func (t timedSockets) Accept(w http.ResponseWriter, r *http.Request, o transport.WebsocketAcceptOptions) (transport.WebsocketConn, error) {
	c, err := t.CoderWebsocketImplementation.Accept(w, r, o)
	if err != nil {
		return nil, err
	}
	return &timedConn{WebsocketConn: c, timeout: t.timeout}, nil
}

// timedConn is the coder/websocket connection with bounded writes; it passes
// on the read limit and deadline the transport uses.
type timedConn struct {
	transport.WebsocketConn
	timeout time.Duration
}

var (
	_ transport.WebsocketReadLimiter   = (*timedConn)(nil)
	_ transport.WebsocketReadDeadliner = (*timedConn)(nil)
)

func (c *timedConn) WriteJSON(v any) error {
	// Closing the connection is what unblocks a write stuck on a full TCP
	// buffer; the transport then sees the socket end.
	timer := time.AfterFunc(c.timeout, func() { _ = c.WebsocketConn.Close() })
	defer timer.Stop()
	return c.WebsocketConn.WriteJSON(v)
}

func (c *timedConn) SetReadLimit(limit int64) {
	if l, ok := c.WebsocketConn.(transport.WebsocketReadLimiter); ok {
		l.SetReadLimit(limit)
	}
}

func (c *timedConn) SetReadDeadline(t time.Time) error {
	if d, ok := c.WebsocketConn.(transport.WebsocketReadDeadliner); ok {
		return d.SetReadDeadline(t)
	}
	return nil
}

// acceptOrigins is the websocket handshake's origin check for an allow-list of
// origins ("https://host:port"): browsers send cookies and no CORS preflight
// with an upgrade, so the check is the only thing keeping another site's page
// off the socket. Same-origin upgrades always pass.
func acceptOrigins(origins []string) coderws.AcceptOptions {
	var o coderws.AcceptOptions
	escape := strings.NewReplacer(`\`, `\\`, `*`, `\*`, `?`, `\?`, `[`, `\[`)
	for _, origin := range origins {
		if origin == "*" {
			o.InsecureSkipVerify = true
			continue
		}
		// A pattern with "://" is matched against scheme://host; escaping
		// keeps "[::1]" in an origin from reading as a character class.
		o.OriginPatterns = append(o.OriginPatterns, escape.Replace(origin))
	}
	return o
}
