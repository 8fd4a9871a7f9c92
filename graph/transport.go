package graph

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"mime"
	"net/http"
	"strings"
	"sync"

	"github.com/99designs/gqlgen/graphql"
	"github.com/99designs/gqlgen/graphql/errcode"
	"github.com/99designs/gqlgen/graphql/handler/transport"
	"github.com/vektah/gqlparser/v2/gqlerror"
)

// postTransport is gqlgen's POST transport (transport.POST, whose Supports it
// keeps) with a cheaper way to write the response. gqlgen encodes every
// response with json.Marshal, which validates and compacts the already
// encoded data byte by byte (encoding/json does that to the output of every
// json.Marshaler): about a tenth of a second per megabyte, ten to a hundred
// microseconds a response, and so more for bigger answers. A response with
// data only is written as {"data":...} with the same bytes json.Marshal would
// give (see writeResponse). It also takes the body limitBody has already read
// instead of copying it again.
//
// Do follows transport.POST.Do of gqlgen v0.17.98 step by step, with its
// defaults (no extra response headers; application/json unless the client
// asks for application/graphql-response+json).
type postTransport struct {
	transport.POST
	// bufs keeps writeResponse's buffers between requests (nil: none): a
	// response was copied into a fresh buffer every time, a cost that grows
	// with the answer.
	bufs *sync.Pool
}

var _ graphql.Transport = postTransport{}

const (
	mediaJSON            = "application/json"
	mediaGraphQLResponse = "application/graphql-response+json"
)

func (t postTransport) Do(w http.ResponseWriter, r *http.Request, exec graphql.GraphExecutor) {
	ctx := r.Context()
	contentType := responseContentType(r)
	w.Header().Set("Content-Type", contentType)
	start := graphql.Now()

	var body []byte
	if b, ok := r.Body.(*bufferedBody); ok {
		body = b.bytes
	} else if b, err := io.ReadAll(r.Body); err != nil {
		gqlErr := gqlerror.Errorf("could not read request body: %+v", err)
		writeResponse(w, exec.DispatchError(ctx, gqlerror.List{gqlErr}), nil)
		return
	} else {
		body = b
	}

	params := &graphql.RawParams{}
	dec := json.NewDecoder(bytes.NewReader(body))
	dec.UseNumber()
	if err := dec.Decode(params); err != nil {
		w.WriteHeader(http.StatusBadRequest)
		gqlErr := gqlerror.Errorf("json request body could not be decoded: %+v body:%s", err, string(body))
		writeResponse(w, exec.DispatchError(ctx, gqlerror.List{gqlErr}), nil)
		return
	}
	params.Headers = r.Header
	params.ReadTime = graphql.TraceTiming{Start: start, End: graphql.Now()}

	rc, opErr := exec.CreateOperationContext(ctx, params)
	if opErr != nil {
		status := http.StatusOK
		if errcode.GetErrorKind(opErr) == errcode.KindProtocol {
			status = http.StatusUnprocessableEntity
			if contentType == mediaGraphQLResponse {
				status = http.StatusBadRequest
			}
		}
		w.WriteHeader(status)
		writeResponse(w, exec.DispatchError(graphql.WithOperationContext(ctx, rc), opErr), nil)
		return
	}
	responses, ctx := exec.DispatchOperation(ctx, rc)
	writeResponse(w, responses(ctx), t.bufs)
}

// responseContentType picks the response's media type from the Accept
// header as transport.POST does with its defaults.
func responseContentType(r *http.Request) string {
	accept := r.Header.Get("Accept")
	if accept == "" {
		return mediaJSON
	}
	for part := range strings.SplitSeq(accept, ",") {
		mediaType, _, err := mime.ParseMediaType(strings.TrimSpace(part))
		if err != nil {
			continue
		}
		switch mediaType {
		case "*/*", "application/*", mediaJSON:
			return mediaJSON
		case mediaGraphQLResponse:
			return mediaGraphQLResponse
		}
	}
	return mediaGraphQLResponse
}

// writeResponse writes resp as json.Marshal would. A response of data alone
// is written as {"data":...} with the data as gqlgen encoded it, HTML-escaped
// as json.Marshal escapes it (<, > and & in strings become \u003c, \u003e and
// \u0026, and U+2028 and U+2029 become \u2028 and \u2029); json.Marshal's
// other change, removing insignificant white space, finds none in gqlgen's
// compact encoding. Anything else (errors, extensions, incremental delivery)
// goes through json.Marshal.
// The buffer comes from bufs when it is not nil, and goes back to it.
func writeResponse(w io.Writer, resp *graphql.Response, bufs *sync.Pool) {
	if dataOnly(resp) {
		b, _ := poolGet(bufs).(*bytes.Buffer)
		if b == nil {
			b = &bytes.Buffer{}
		}
		b.Grow(len(`{"data":}`) + len(resp.Data))
		b.WriteString(`{"data":`)
		if needsEscaping(resp.Data) {
			json.HTMLEscape(b, resp.Data)
		} else {
			b.Write(resp.Data)
		}
		b.WriteByte('}')
		_, _ = w.Write(b.Bytes())
		if bufs != nil && b.Cap() <= maxPooledAnswer {
			b.Reset()
			bufs.Put(b)
		}
		return
	}
	b, err := json.Marshal(resp)
	if err != nil {
		// What transport.POST does too: the data is gqlgen's own encoding,
		// so this is a bug, which the recover middleware reports.
		panic(fmt.Errorf("unable to marshal %s: %w", string(resp.Data), err))
	}
	_, _ = w.Write(b)
}

func poolGet(p *sync.Pool) any {
	if p == nil {
		return nil
	}
	return p.Get()
}

// dataOnly tells whether json.Marshal would write resp as {"data":...}: its
// other fields are omitempty, and gqlgen's executor gives every response an
// empty, non-nil extensions map.
func dataOnly(resp *graphql.Response) bool {
	return len(resp.Errors) == 0 && len(resp.Extensions) == 0 && resp.Label == "" && len(resp.Path) == 0 &&
		resp.HasNext == nil && len(resp.Data) > 0
}

// needsEscaping tells whether data holds a character json.HTMLEscape
// rewrites. It looks for each byte with bytes.IndexByte, many times faster
// than HTMLEscape's byte-by-byte loop, which only the rare response needing
// it pays.
func needsEscaping(data []byte) bool {
	for _, c := range []byte{'<', '>', '&'} {
		if bytes.IndexByte(data, c) >= 0 {
			return true
		}
	}
	// U+2028 and U+2029 are E2 80 A8 and E2 80 A9 in UTF-8; E2 also starts
	// common punctuation (curly quotes, dashes), so look further.
	for i := 0; i < len(data); {
		j := bytes.IndexByte(data[i:], 0xE2)
		if j < 0 {
			return false
		}
		i += j
		if i+2 < len(data) && data[i+1] == 0x80 && data[i+2]&^1 == 0xA8 {
			return true
		}
		i++
	}
	return false
}
