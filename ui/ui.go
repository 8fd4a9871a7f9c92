// Package ui serves the graph exploration page: HTML, CSS and scripts embedded
// in the binary (third-party libraries vendored under static/vendor by
// vendor.sh), so the page works without any network beyond our own server.
// The page talks to the GraphQL API at /graphql; its queries live in
// static/api.js.
package ui

import (
	"bytes"
	"compress/gzip"
	"crypto/sha256"
	"embed"
	"encoding/hex"
	"fmt"
	"io/fs"
	"net/http"
	"path"
	"strings"
	"sync"
	"time"
)

//go:embed static
var static embed.FS

// contentSecurityPolicy keeps the page to our own origin. Inline styles are
// allowed because the graph renderer sizes its canvases with style
// attributes; scripts are never inline.
const contentSecurityPolicy = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; " +
	"img-src 'self' data: blob:; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'"

type file struct {
	data []byte
	etag string
	// gz is data gzipped, made on the first request that accepts it: the
	// page's scripts are some 800 kB (Cytoscape alone 436 kB), about a
	// quarter of that compressed, which is the first paint's wait on any
	// link slower than loopback.
	gz     func() []byte
	zipped bool
}

// compressible names the files worth gzipping; the icon and anything
// already compressed are sent as they are.
func compressible(name string) bool {
	switch path.Ext(name) {
	case ".js", ".css", ".html", ".svg", ".json", ".txt":
		return true
	}
	return false
}

func gzipped(b []byte) []byte {
	var buf bytes.Buffer
	zw, _ := gzip.NewWriterLevel(&buf, gzip.BestCompression) // a valid level: no error
	zw.Write(b)                                              // writes to memory cannot fail
	zw.Close()
	return buf.Bytes()
}

// acceptsGzip reports whether the request's Accept-Encoding lists gzip
// with a non-zero weight.
func acceptsGzip(r *http.Request) bool {
	for _, h := range r.Header.Values("Accept-Encoding") {
		for _, part := range strings.Split(h, ",") {
			enc, params, _ := strings.Cut(strings.TrimSpace(part), ";")
			if !strings.EqualFold(strings.TrimSpace(enc), "gzip") {
				continue
			}
			q := strings.ReplaceAll(params, " ", "")
			return q != "q=0" && q != "q=0.0" && q != "q=0.00" && q != "q=0.000"
		}
	}
	return false
}

// Handler serves the page at "/" and its files by path; anything else is 404.
// The page keeps its state in the query string of "/", so there are no
// client-side routes to fall back for. The error only reports a broken build
// (files missing from the embedded tree).
func Handler() (http.Handler, error) {
	root, err := fs.Sub(static, "static")
	if err != nil {
		return nil, fmt.Errorf("ui: embedded files: %w", err)
	}
	files := map[string]file{}
	err = fs.WalkDir(root, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := fs.ReadFile(root, p)
		if err != nil {
			return err
		}
		// Embedded files have no modification time, so the validator is a
		// content hash: browsers revalidate (no-cache) and get 304s until a new build.
		sum := sha256.Sum256(b)
		f := file{data: b, etag: `"` + hex.EncodeToString(sum[:12]) + `"`}
		if compressible(p) && len(b) > 1024 {
			f.zipped = true
			f.gz = sync.OnceValue(func() []byte { return gzipped(b) })
		}
		files["/"+p] = f
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("ui: read embedded files: %w", err)
	}
	if _, ok := files["/index.html"]; !ok {
		return nil, fmt.Errorf("ui: embedded files lack index.html")
	}
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Method != http.MethodGet && r.Method != http.MethodHead {
			w.Header().Set("Allow", "GET, HEAD")
			http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
			return
		}
		name := path.Clean("/" + r.URL.Path)
		switch name {
		case "/":
			name = "/index.html"
		case "/favicon.ico":
			// Pages without a <link rel="icon"> (the playground) make browsers
			// ask for this; the SVG icon answers with its own content type.
			name = "/favicon.svg"
		}
		f, ok := files[name]
		if !ok {
			http.NotFound(w, r)
			return
		}
		h := w.Header()
		data, etag := f.data, f.etag
		if f.zipped {
			h.Add("Vary", "Accept-Encoding")
			if acceptsGzip(r) {
				// Another representation, so another validator.
				data, etag = f.gz(), strings.TrimSuffix(f.etag, `"`)+`-gz"`
				h.Set("Content-Encoding", "gzip")
			}
		}
		h.Set("ETag", etag)
		h.Set("Cache-Control", "no-cache")
		h.Set("X-Content-Type-Options", "nosniff")
		if strings.HasSuffix(name, ".html") {
			h.Set("Content-Security-Policy", contentSecurityPolicy)
			h.Set("Referrer-Policy", "no-referrer")
		}
		// ServeContent answers If-None-Match from the ETag header, HEAD and
		// ranges, and sets Content-Type from the extension.
		http.ServeContent(w, r, name, time.Time{}, bytes.NewReader(data))
	}), nil
}
