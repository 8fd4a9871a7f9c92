package pipeline

import (
	"context"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph/extract"
)

// Trace writes how the extractor reads d, for tuning it: each sentence's
// tokens with their word classes (as bit sets) and the mentions the entity
// stage made (text/label=entity/type/subtype), the event triggers the scan
// finds there with the participants read for them, then the events the full
// analysis keeps. `newsgraph extract --trace` prints it.
func (p *Pipeline) Trace(ctx context.Context, w io.Writer, d extract.Document) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("trace %s: internal error: %v", docName(d), r)
		}
	}()
	if err := ctx.Err(); err != nil {
		return err
	}
	if !utf8.ValidString(d.Text) {
		return fmt.Errorf("trace %s: text is not valid UTF-8", docName(d))
	}
	dd := p.readNames(d)
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
		fmt.Fprintf(w, "%s s%d: %s\n", d.ID, si, b.String())
		for _, tr := range p.scanTriggers(dd, si) {
			ev := &event{typ: tr.typ, code: tr.m.Code, trigger: dd.text(tr.m.Start, tr.m.End), trigStart: tr.m.Start, trigEnd: tr.m.End,
				sentence: si, nominal: tr.m.Nominal, loc: -1}
			p.readArgs(dd, ev, s.Start, s.End)
			var ps []string
			for _, pt := range ev.parts {
				ps = append(ps, dd.ents[pt.ent].name+":"+pt.role)
			}
			fmt.Fprintf(w, "   raw %s %q code=%s nominal=%v unreal=%v %v\n", ev.typ, ev.trigger, ev.code, ev.nominal, ev.unreal, ps)
		}
	}
	a, err := p.Analyze(ctx, d)
	if err != nil {
		return err
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
		fmt.Fprintf(w, "EVENT %s %q %v loc=%s date=%s sents=%v\n", ev.Type, ev.Trigger, ps, names[ev.Location], ev.Date, ss)
	}
	return nil
}
