package pipeline

import (
	"flag"
	"fmt"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/extract"
)

// go test ./extract/pipeline -run TestGoldenRelations -update-relations rewrites
// testdata/relations/*.txt from the current output.
var updateRelations = flag.Bool("update-relations", false, "rewrite the relations golden files")

// goldenArticles are bundled public-domain VOA stories with people, roles,
// places and quotes.
var goldenArticles = []string{"voa-0006", "voa-0014", "voa-0020", "voa-0032", "voa-0034"}

// relationsView renders the parts of an analysis this stage owns (entities after
// coreference, roles, relations, quotes) as stable, reviewable text.
func relationsView(a *extract.Analysis) string {
	var b strings.Builder
	name := namesByID(a)
	for _, e := range a.Entities {
		typ := e.Type
		if e.Subtype != "" {
			typ += "/" + e.Subtype
		}
		fmt.Fprintf(&b, "entity %s | %s | mentions %d | aliases %s", e.Name, typ, len(e.Mentions), strings.Join(e.Aliases, "; "))
		for _, r := range e.Roles {
			fmt.Fprintf(&b, " | role %s (%s)", r.Title, r.Org)
		}
		b.WriteByte('\n')
	}
	for _, r := range a.Relations {
		fmt.Fprintf(&b, "relation %s %s -> %s %.2f | %s\n", r.Type, name[r.Source], name[r.Target], r.Confidence, r.Evidence[0].Text)
	}
	for _, q := range a.Quotes {
		kind := "indirect"
		if q.Direct {
			kind = "direct"
		}
		fmt.Fprintf(&b, "quote %s %s | %s\n", name[q.Speaker], kind, q.Text)
	}
	return b.String()
}

func TestGoldenRelations(t *testing.T) {
	golden{
		stories: goldenArticles, dir: "relations", ext: ".txt", update: *updateRelations,
		render: func(a *extract.Analysis) ([]byte, error) { return []byte(relationsView(a)), nil },
		rerun:  "go test -run TestGoldenRelations -update-relations ./extract/pipeline",
	}.check(t)
}
