package pipeline

import (
	"context"
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/extract"
	"github.com/newsgraph/newsgraph/sample"
)

// TestDebugEvents prints the tokens, mentions and events of the sample
// documents named in NEWSGRAPH_DEBUG_DOCS (comma-separated); it does nothing
// without it. A reading aid for tuning, not a check.
func TestDebugEvents(t *testing.T) {
	ids := os.Getenv("NEWSGRAPH_DEBUG_DOCS")
	text := os.Getenv("NEWSGRAPH_DEBUG_TEXT") // a text of one's own, read as document "text"
	if ids == "" && text == "" {
		return
	}
	docs, err := sample.Documents()
	if err != nil {
		t.Fatal(err)
	}
	if text != "" {
		docs = append(docs, extract.Document{ID: "text", Text: text})
		ids += ",text"
	}
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range docs {
		if !strings.Contains(","+ids+",", ","+d.ID+",") {
			continue
		}
		d.Published = "2007-06-14"
		dd := p.prepare(d)
		p.buildEntities(dd)
		p.findRoles(dd)
		p.resolveDescriptions(dd)
		for si, s := range dd.sents {
			var b strings.Builder
			for i := s.Start; i < s.End; i++ {
				if mi := dd.mentionAt[i]; mi >= 0 {
					m := dd.mentions[mi]
					if m.start == i {
						name := "?"
						if m.ent >= 0 {
							name = dd.ents[m.ent].name
						}
						fmt.Fprintf(&b, "[%s/%s=%s/%s/%s] ", dd.text(m.start, m.end), m.label, name, dd.ents[max(m.ent, 0)].typ, dd.ents[max(m.ent, 0)].subtype)
					}
					continue
				}
				fmt.Fprintf(&b, "%s/%b ", dd.words[i], p.cls(dd, i))
			}
			t.Logf("%s s%d: %s", d.ID, si, b.String())
			for _, tr := range p.scanTriggers(dd, si) {
				ev := &event{typ: tr.typ, code: tr.m.Code, trigger: dd.text(tr.m.Start, tr.m.End), trigStart: tr.m.Start, trigEnd: tr.m.End,
					sentence: si, nominal: tr.m.Nominal, loc: -1}
				p.readArgs(dd, ev, s.Start, s.End)
				var ps []string
				for _, pt := range ev.parts {
					ps = append(ps, dd.ents[pt.ent].name+":"+pt.role)
				}
				t.Logf("   raw %s %q code=%s nominal=%v unreal=%v %v", ev.typ, ev.trigger, ev.code, ev.nominal, ev.unreal, ps)
			}
		}
		a, err := p.Analyze(context.Background(), d)
		if err != nil {
			t.Fatal(err)
		}
		names := map[string]string{}
		for _, e := range a.Entities {
			names[e.ID] = e.Name
		}
		for _, ev := range a.Events {
			var ps []string
			for _, pt := range ev.Participants {
				ps = append(ps, names[pt.Entity]+":"+pt.Role)
			}
			var ss []int
			for _, x := range ev.Evidence {
				ss = append(ss, x.Sentence)
			}
			t.Logf("EVENT %s %q %v loc=%s date=%s sents=%v", ev.Type, ev.Trigger, ps, names[ev.Location], ev.Date, ss)
		}
	}
}
