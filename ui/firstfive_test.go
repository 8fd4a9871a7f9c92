package ui_test

import (
	"strings"
	"testing"
)

// More stumbles of a new user's first five minutes, each pinned down so its
// fix cannot quietly come undone (see firstminutes_test.go for the earlier ones).

// TestBrowserEventKinds: event types were shown as their codes
// ("MILITARY_POSTURE", "MEET at") and every shared-event line was the same
// grey, so a new user could neither read what kind of event linked two
// entities nor tell kinds apart on the canvas. Each type now has a name and
// a colour, the same on the canvas, in the legend, in the filters and on the
// inspector's badges.
func TestBrowserEventKinds(t *testing.T) {
	b := newBrowser(t)
	base := sampleServer(t)
	openHub(b, base)

	type look struct {
		Label, Colour string
	}
	// The canvas: each event type's lines, by code.
	var canvas map[string]look
	b.eval(`(() => {
		const out = {};
		newsgraphDebug.graph().cy.edges("[kind = 'evt']").forEach((e) => {
			if (!e.data("at")) out[e.data("type")] = {Label: e.data("label"), Colour: e.style("line-color").replaceAll(" ", "")};
		});
		return out;
	})()`, &canvas)
	if len(canvas) < 3 {
		t.Fatalf("United States' scene has %d event types on the canvas; want several to compare: %v", len(canvas), canvas)
	}
	colours := map[string]string{}
	for typ, l := range canvas {
		if strings.Contains(l.Label, "_") || l.Label == typ {
			t.Errorf("%s lines are labelled %q; want words, not the code", typ, l.Label)
		}
		if other, dup := colours[l.Colour]; dup {
			t.Errorf("%s and %s lines are both %s; want a colour per event type", typ, other, l.Colour)
		}
		colours[l.Colour] = typ
	}

	// The filters and the legend name and colour each type as the canvas does.
	for _, where := range []struct{ name, items string }{
		{"event type filter", `#f-evt label[data-type]`},
		{"legend", `#legend li.legend-evt`},
	} {
		var got map[string]look
		b.eval(`Object.fromEntries([...document.querySelectorAll("`+where.items+`")].map((x) => [x.dataset.type, {
			Label: [...x.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE).map((n) => n.textContent).join("").trim(),
			Colour: getComputedStyle(x.querySelector(".line")).borderTopColor.replaceAll(" ", "")}]))`, &got)
		for typ, l := range canvas {
			g, ok := got[typ]
			switch {
			case !ok:
				t.Errorf("%s: no entry for %s, which the canvas draws", where.name, typ)
			case g.Colour != l.Colour:
				t.Errorf("%s: %s is %s; the canvas draws it %s", where.name, typ, g.Colour, l.Colour)
			case !strings.EqualFold(g.Label, l.Label) || g.Label == typ:
				t.Errorf("%s: %s is named %q; the canvas names it %q", where.name, typ, g.Label, l.Label)
			}
		}
	}

	// The inspector's badges: names, not codes, in the type's colour.
	var badges []struct{ Type, Text, Colour string }
	b.eval(`[...document.querySelectorAll("#events .badge.evt")].map((x) => ({Type: x.dataset.type, Text: x.textContent,
		Colour: getComputedStyle(x).backgroundColor.replaceAll(" ", "")}))`, &badges)
	if len(badges) == 0 {
		t.Fatalf("no event badges in United States' inspector: %q", b.text("#panel-body"))
	}
	for _, x := range badges {
		if x.Text == x.Type || strings.Contains(x.Text, "_") {
			t.Errorf("event badge %q shows the code; want its name", x.Text)
		}
		if l, ok := canvas[x.Type]; ok && x.Colour != l.Colour {
			t.Errorf("%s badge is %s; the canvas draws it %s", x.Type, x.Colour, l.Colour)
		}
	}
	b.screenshot("event-kinds")
	b.noJSErrors()
}
