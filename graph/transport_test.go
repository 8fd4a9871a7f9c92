package graph

import (
	"bytes"
	"encoding/json"
	"sync"
	"testing"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/gqlerror"
)

// TestWriteResponseMatchesMarshal: writeResponse writes the bytes
// json.Marshal writes (what gqlgen's own POST transport sends) for data
// gqlgen's encoder produces, with and without characters json.Marshal
// escapes, and for responses with errors or extensions.
func TestWriteResponseMatchesMarshal(t *testing.T) {
	yes := true
	pool := &sync.Pool{}
	for _, resp := range []*graphql.Response{
		{Data: json.RawMessage(`{"entity":{"id":"e1","name":"Sergey Lavrov","mentionCount":12,"confidence":0.5,"kb":null}}`)},
		{Data: json.RawMessage(`{"entities":{"totalCount":0,"edges":[]}}`)},
		{Data: json.RawMessage(`{"a":"AT&T <b>x</b>"}`)},
		{Data: json.RawMessage("{\"a\":\"line\u2028separator and \u2029 paragraph\"}")},
		{Data: json.RawMessage(`{"a":"Zürich, 東京, €5, ‘quoted’ — dash"}`)},
		{Data: json.RawMessage("{\"a\":\"Marks & Spencer ‘quoted’ \u2029\",\"b\":[\"<\",\">\"],\"c\":\"\u2028\"}")},
		{Data: json.RawMessage(`{"a":"escaped \" \\ \n \u0001 \u003c"}`)},
		{Data: json.RawMessage(`null`)},
		// gqlgen's executor sets an empty, non-nil extensions map.
		{Data: json.RawMessage(`{"a":"b & c"}`), Extensions: map[string]any{}, Errors: gqlerror.List{}},
		{Data: nil},
		{Data: json.RawMessage(`{"a":1}`), Errors: gqlerror.List{{Message: "boom <now>"}}},
		{Data: json.RawMessage(`{"a":1}`), Extensions: map[string]any{"cost": 3}},
		{Data: json.RawMessage(`{"a":1}`), HasNext: &yes, Label: "l"},
		{Errors: gqlerror.List{{Message: "no data", Extensions: map[string]any{"code": "X"}}}},
	} {
		want, err := json.Marshal(resp)
		if err != nil {
			t.Fatal(err)
		}
		// Without a pool, and twice with one (the second reuses a buffer
		// that held another answer).
		for _, bufs := range []*sync.Pool{nil, pool, pool} {
			var got bytes.Buffer
			writeResponse(&got, resp, bufs)
			if !bytes.Equal(got.Bytes(), want) {
				t.Errorf("writeResponse(%s) = %s; want %s", resp.Data, got.Bytes(), want)
			}
		}
	}
}

// TestDataOnly: responses as gqlgen's executor makes them for a query
// without errors (an empty extensions map) take the direct path.
func TestDataOnly(t *testing.T) {
	yes := true
	data := json.RawMessage(`{"a":1}`)
	for _, tc := range []struct {
		resp *graphql.Response
		want bool
	}{
		{&graphql.Response{Data: data, Extensions: map[string]any{}}, true},
		{&graphql.Response{Data: data, Errors: gqlerror.List{}}, true},
		{&graphql.Response{Data: data}, true},
		{&graphql.Response{Data: data, Extensions: map[string]any{"x": 1}}, false},
		{&graphql.Response{Data: data, Errors: gqlerror.List{{Message: "m"}}}, false},
		{&graphql.Response{Data: data, HasNext: &yes}, false},
		{&graphql.Response{}, false},
	} {
		if got := dataOnly(tc.resp); got != tc.want {
			t.Errorf("dataOnly(%+v) = %v; want %v", tc.resp, got, tc.want)
		}
	}
}
