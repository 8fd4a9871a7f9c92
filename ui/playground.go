package ui

import (
	"crypto/sha256"
	"encoding/base64"
	"fmt"
	"io/fs"
	"net/http"

	"github.com/99designs/gqlgen/graphql/playground"
)

// Playground serves GraphiQL for the API at endpoint, with its scripts and
// styles from our own /vendor folder instead of the CDN gqlgen's page names:
// the playground then works on a machine without internet access, like the
// rest of the binary. The page keeps subresource-integrity checks, computed
// here from the embedded files, and keeps its query in the URL
// (/playground?query=...).
func Playground(endpoint string) (http.Handler, error) {
	sri := func(p string) (string, error) {
		b, err := fs.ReadFile(static, "static/vendor/"+p)
		if err != nil {
			return "", fmt.Errorf("ui: playground: %w", err)
		}
		sum := sha256.Sum256(b)
		return "sha256-" + base64.StdEncoding.EncodeToString(sum[:]), nil
	}
	files := []string{"graphiql/graphiql.min.js", "graphiql/graphiql.min.css", "react/react.production.min.js", "react-dom/react-dom.production.min.js"}
	sums := make([]string, len(files))
	for i, f := range files {
		s, err := sri(f)
		if err != nil {
			return nil, err
		}
		sums[i] = s
	}
	url := func(i int) string { return "/vendor/" + files[i] }
	return playground.Handler("Newsgraph", endpoint,
		playground.WithGraphiqlVersion(url(0), url(1), sums[0], sums[1]),
		playground.WithGraphiqlReactVersion(url(2), url(3), sums[2], sums[3]),
		// The query lives in the URL, so a playground link can be shared.
		playground.WithGraphiqlPersistStateInURL(true),
	), nil
}
