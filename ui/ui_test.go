package ui_test

import (
	"bytes"
	"compress/gzip"
	"io"
	"io/fs"
	"net/http"
	"net/http/httptest"
	"os"
	"path"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/ui"
)

func newPage(t *testing.T) http.Handler {
	t.Helper()
	h, err := ui.Handler()
	if err != nil {
		t.Fatalf("ui.Handler: %v", err)
	}
	return h
}

func get(t *testing.T, h http.Handler, method, target string, header http.Header) *httptest.ResponseRecorder {
	t.Helper()
	req := httptest.NewRequest(method, target, nil)
	for k, v := range header {
		req.Header[k] = v
	}
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	return rec
}

func TestHandlerServesPageAndAssets(t *testing.T) {
	h := newPage(t)
	cases := []struct {
		target   string
		status   int
		ctype    string
		contains string
	}{
		{"/", 200, "text/html; charset=utf-8", `<script type="module" src="/app.js">`},
		{"/?e=e2&g=e2", 200, "text/html; charset=utf-8", "Newsgraph"},
		{"/app.js", 200, "text/javascript; charset=utf-8", "import * as api"},
		{"/api.js", 200, "text/javascript; charset=utf-8", "/graphql"},
		{"/app.css", 200, "text/css; charset=utf-8", ".panel"},
		{"/vendor/cytoscape/cytoscape.min.js", 200, "text/javascript; charset=utf-8", "cytoscape"},
		{"/vendor/cytoscape-fcose/cytoscape-fcose.js", 200, "text/javascript; charset=utf-8", "cytoscapeFcose"},
		{"/vendor/cytoscape/LICENSE", 200, "text/plain; charset=utf-8", "Permission is hereby granted"},
		{"/nope.js", 404, "", ""},
		{"/vendor/", 404, "", ""},
		{"/../ui.go", 404, "", ""},
	}
	for _, c := range cases {
		rec := get(t, h, http.MethodGet, c.target, nil)
		if rec.Code != c.status {
			t.Errorf("GET %s: status %d; want %d", c.target, rec.Code, c.status)
			continue
		}
		if c.ctype != "" && rec.Header().Get("Content-Type") != c.ctype {
			t.Errorf("GET %s: Content-Type %q; want %q", c.target, rec.Header().Get("Content-Type"), c.ctype)
		}
		if !strings.Contains(rec.Body.String(), c.contains) {
			t.Errorf("GET %s: body lacks %q", c.target, c.contains)
		}
	}
}

func TestHandlerHeadersAndRevalidation(t *testing.T) {
	h := newPage(t)
	rec := get(t, h, http.MethodGet, "/", nil)
	csp := rec.Header().Get("Content-Security-Policy")
	if !strings.Contains(csp, "script-src 'self'") || !strings.Contains(csp, "connect-src 'self'") {
		t.Errorf("GET /: Content-Security-Policy = %q; want scripts and requests limited to our origin", csp)
	}
	etag := rec.Header().Get("ETag")
	if etag == "" {
		t.Fatal("GET /: no ETag")
	}
	if rec := get(t, h, http.MethodGet, "/", http.Header{"If-None-Match": {etag}}); rec.Code != http.StatusNotModified {
		t.Errorf("GET / with If-None-Match %s: status %d; want 304", etag, rec.Code)
	}
	if rec := get(t, h, http.MethodPost, "/", nil); rec.Code != http.StatusMethodNotAllowed {
		t.Errorf("POST /: status %d; want 405", rec.Code)
	}
	head := get(t, h, http.MethodHead, "/app.js", nil)
	if head.Code != 200 || head.Body.Len() != 0 {
		t.Errorf("HEAD /app.js: status %d, %d body bytes; want 200 and none", head.Code, head.Body.Len())
	}
}

// TestVendoredLicences checks that every vendored library keeps its licence
// and is listed in VERSIONS, as vendor.sh leaves them.
func TestVendoredLicences(t *testing.T) {
	root := os.DirFS("static/vendor")
	dirs, err := fs.ReadDir(root, ".")
	if err != nil {
		t.Fatalf("read static/vendor: %v", err)
	}
	versions, err := fs.ReadFile(root, "VERSIONS")
	if err != nil {
		t.Fatalf("read static/vendor/VERSIONS: %v", err)
	}
	n := 0
	for _, d := range dirs {
		if !d.IsDir() {
			continue
		}
		n++
		lic, err := fs.ReadFile(root, path.Join(d.Name(), "LICENSE"))
		if err != nil || len(lic) < 100 {
			t.Errorf("static/vendor/%s: LICENSE missing or empty (err %v)", d.Name(), err)
		}
		if !strings.Contains(string(versions), d.Name()+" ") {
			t.Errorf("static/vendor/VERSIONS does not list %s", d.Name())
		}
	}
	if n < 4 {
		t.Errorf("static/vendor holds %d libraries; want cytoscape, layout-base, cose-base and cytoscape-fcose", n)
	}
}

// TestHandlerGzip: the page's scripts (some 800 kB, Cytoscape 436 kB) were
// sent uncompressed, the first paint's wait on any link slower than
// loopback. A browser that accepts gzip gets them gzipped, under their own
// validator; one that does not gets them as they are.
func TestHandlerGzip(t *testing.T) {
	h := newPage(t)
	for _, target := range []string{"/vendor/cytoscape/cytoscape.min.js", "/app.js", "/", "/app.css"} {
		plain := get(t, h, http.MethodGet, target, nil)
		if plain.Code != 200 || plain.Header().Get("Content-Encoding") != "" {
			t.Fatalf("GET %s without Accept-Encoding: status %d, Content-Encoding %q; want 200, none", target, plain.Code, plain.Header().Get("Content-Encoding"))
		}
		zipped := get(t, h, http.MethodGet, target, http.Header{"Accept-Encoding": {"gzip, deflate, br"}})
		if zipped.Header().Get("Content-Encoding") != "gzip" {
			t.Fatalf("GET %s accepting gzip: Content-Encoding %q; want gzip", target, zipped.Header().Get("Content-Encoding"))
		}
		if v := zipped.Header().Get("Vary"); !strings.Contains(v, "Accept-Encoding") {
			t.Errorf("GET %s: Vary %q; want Accept-Encoding (caches must keep both forms)", target, v)
		}
		zr, err := gzip.NewReader(zipped.Body)
		if err != nil {
			t.Fatalf("GET %s: gzip body: %v", target, err)
		}
		body, err := io.ReadAll(zr)
		if err != nil {
			t.Fatalf("GET %s: gunzip: %v", target, err)
		}
		if !bytes.Equal(body, plain.Body.Bytes()) {
			t.Errorf("GET %s: the gzipped body unzips to %d bytes unlike the plain %d", target, len(body), plain.Body.Len())
		}
		if target == "/vendor/cytoscape/cytoscape.min.js" && zipped.Body.Len() > plain.Body.Len()/2 {
			t.Errorf("GET %s: %d bytes gzipped of %d; want under half", target, zipped.Body.Len(), plain.Body.Len())
		}
		etag := zipped.Header().Get("ETag")
		if etag == "" || etag == plain.Header().Get("ETag") {
			t.Errorf("GET %s: gzipped ETag %q, plain %q; want its own", target, etag, plain.Header().Get("ETag"))
		}
		if rec := get(t, h, http.MethodGet, target, http.Header{"Accept-Encoding": {"gzip"}, "If-None-Match": {etag}}); rec.Code != http.StatusNotModified {
			t.Errorf("GET %s gzipped with If-None-Match %s: status %d; want 304", target, etag, rec.Code)
		}
	}
	if rec := get(t, h, http.MethodGet, "/app.js", http.Header{"Accept-Encoding": {"gzip;q=0, identity"}}); rec.Header().Get("Content-Encoding") != "" {
		t.Errorf("GET /app.js with gzip;q=0: Content-Encoding %q; want none", rec.Header().Get("Content-Encoding"))
	}
}
