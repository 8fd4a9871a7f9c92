package graph

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"mime"
	"net/http"
	"strings"

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
// data only is written as {"data":...} as it is, which gives the same bytes
// whenever the data needs none of the escaping json.Marshal adds (see
// writeResponse). It also takes the body limitBody has already read instead
// of copying it again.
//
// Do follows transport.POST.Do of gqlgen v0.17.98 step by step, with its
// defaults (no extra response headers; application/json unless the client
// asks for application/graphql-response+json).
type postTransport struct{ transport.POST }

var _ graphql.Transport = postTransport{}

const (
	mediaJSON            = "application/json"
	mediaGraphQLResponse = "application/graphql-response+json"
)

func (postTransport) Do(w http.ResponseWriter, r *http.Request, exec graphql.GraphExecutor) {
	ctx := r.Context()
	contentType := responseContentType(r)
	w.Header().Set("Content-Type", contentType)
	start := graphql.Now()

	var body []byte
	if b, ok := r.Body.(*bufferedBody); ok {
		body = b.bytes
	} else if b, err := io.ReadAll(r.Body); err != nil {
		gqlErr := gqlerror.Errorf("could not read request body: %+v", err)
		writeResponse(w, exec.DispatchError(ctx, gqlerror.List{gqlErr}))
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
		writeResponse(w, exec.DispatchError(ctx, gqlerror.List{gqlErr}))
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
		writeResponse(w, exec.DispatchError(graphql.WithOperationContext(ctx, rc), opErr))
		return
	}
	responses, ctx := exec.DispatchOperation(ctx, rc)
	writeResponse(w, responses(ctx))
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
// is written directly when its data holds none of the bytes json.Marshal
// rewrites (it escapes <, > and & in strings, and U+2028 and U+2029, whose
// UTF-8 starts with 0xE2): gqlgen's encoder writes compact JSON, so the
// compaction json.Marshal would do changes nothing else. Anything else (errors,
// extensions, incremental delivery) goes through json.Marshal.
func writeResponse(w io.Writer, resp *graphql.Response) {
	if resp.Errors == nil && resp.Extensions == nil && resp.Label == "" && resp.Path == nil && resp.HasNext == nil &&
		len(resp.Data) > 0 && !needsEscaping(resp.Data) {
		b := make([]byte, 0, len(`{"data":}`)+len(resp.Data))
		b = append(b, `{"data":`...)
		b = append(b, resp.Data...)
		b = append(b, '}')
		_, _ = w.Write(b)
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

// needsEscaping tells whether data holds a byte json.Marshal's HTML-safe
// compaction may rewrite; 0xE2 starts U+2028 and U+2029 (and other
// characters, which only cost the slower path).
func needsEscaping(data []byte) bool {
	for _, c := range []byte{'<', '>', '&', 0xE2} {
		if bytes.IndexByte(data, c) >= 0 {
			return true
		}
	}
	return false
}
