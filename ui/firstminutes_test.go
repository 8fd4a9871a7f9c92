package ui_test

import (
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
)

// The tests in this file each pin down a stumble a new user made in their
// first five minutes with `newsgraph demo` (README's walk-through), so the
// fix cannot quietly come undone.

// TestBrowserEnterBeforeSuggestions: a user who types a name and presses
// Enter at once, before the suggestions arrive, opens the best match, and
// Enter after further typing opens the match for the new text, never the
// stale suggestion still on screen.
func TestBrowserEnterBeforeSuggestions(t *testing.T) {
	b := newBrowser(t)
	base := sampleServer(t)

	b.do("open the page", chromedp.Navigate(base+"/"))
	b.waitFor("the page to start", `document.body.dataset.ready === "true"`)
	// One burst of keys, misspelt as people do: the fuzzy match is John Kerry.
	b.do("type Kery and Enter", chromedp.SendKeys(chromedp.CSS("#search"), "Kery"+kb.Enter))
	b.waitFor("Kerry's inspector", `document.querySelector("#inspector-name")?.textContent === "John Kerry"`)
	b.idle()
	if nodes := eval[[]string](b, `newsgraphDebug.nodes()`); !contains(nodes, "Sergey Lavrov") {
		t.Errorf("graph after Kery+Enter = %v; want Kerry's neighbourhood with Sergey Lavrov", nodes)
	}

	// Suggestions for "Paris" are on screen; the user changes the text to
	// "Lavrov" and presses Enter before the new suggestions come.
	b.do("type Paris", chromedp.SendKeys(chromedp.CSS("#search"), "Paris"))
	b.waitFor("Paris suggestions", `[...document.querySelectorAll("#search-list li[data-id]")].some(li => li.textContent.includes("Paris"))`)
	b.do("retype Lavrov and Enter", chromedp.SendKeys(chromedp.CSS("#search"), strings.Repeat(kb.Backspace, 5)+"Lavrov"+kb.Enter))
	b.waitFor("an inspector after Enter", `document.querySelector("#inspector-name")?.textContent !== "John Kerry"`)
	b.idle()
	if got := b.text("#inspector-name"); got != "Sergey Lavrov" {
		t.Errorf("Enter after retyping Paris as Lavrov opened %q; want Sergey Lavrov", got)
	}
	if errs := b.jsErrors(); len(errs) > 0 {
		t.Errorf("JavaScript errors: %v", errs)
	}
}

// TestBrowserWholeLabels: the first chip on the start page (United States,
// the most mentioned entity) opens a hub of about fifty entities; every
// name on the canvas, above all the biggest ones, must be readable whole,
// not cut to "United…" or "Barack Oba…".
func TestBrowserWholeLabels(t *testing.T) {
	b := newBrowser(t)
	base := sampleServer(t)

	b.do("open the page", chromedp.Navigate(base+"/"))
	b.waitFor("the page to start", `document.body.dataset.ready === "true"`)
	b.waitFor("the most mentioned entities", `document.querySelectorAll("#welcome-top .chip").length > 0`)
	b.do("open the first chip", chromedp.Click(chromedp.CSS("#welcome-top .chip")))
	b.waitFor("the inspector", `document.querySelector("#inspector-name") !== null`)
	b.idle()
	var res struct {
		Nodes int
		Cut   []string
	}
	// Cytoscape cuts an "ellipsis" label that is wider than text-max-width;
	// measure each label in its own font as the renderer does.
	b.eval(`(() => {
		const ctx = document.createElement("canvas").getContext("2d");
		const cut = [];
		const nodes = newsgraphDebug.graph().cy.nodes();
		nodes.forEach((n) => {
			ctx.font = n.style("font-weight") + " " + n.style("font-size") + " " + n.style("font-family");
			const w = ctx.measureText(n.data("label")).width;
			if (n.style("text-wrap") === "ellipsis" && w > parseFloat(n.style("text-max-width"))) cut.push(n.data("label") + " (" + n.style("font-size") + ")");
		});
		return {Nodes: nodes.length, Cut: cut};
	})()`, &res)
	if res.Nodes < 20 {
		t.Fatalf("the first chip's scene has %d nodes; want a hub of at least 20", res.Nodes)
	}
	if len(res.Cut) > 0 {
		t.Errorf("%d of %d labels are cut short: %v", len(res.Cut), res.Nodes, res.Cut)
	}
	b.screenshot("hub")
	if errs := b.jsErrors(); len(errs) > 0 {
		t.Errorf("JavaScript errors: %v", errs)
	}
}

// TestBrowserHoverDeclutters: around a hub (United States, 65 links) the
// link labels piled on one another are unreadable. A busy graph names only
// the links in focus; pointing at a node (a real mouse move) names its
// links, keeps its neighbours and fades everything else, and moving away
// restores the picture.
func TestBrowserHoverDeclutters(t *testing.T) {
	b := newBrowser(t)
	base := sampleServer(t)

	b.do("open the page", chromedp.Navigate(base+"/"))
	b.waitFor("the page to start", `document.body.dataset.ready === "true"`)
	b.waitFor("the most mentioned entities", `document.querySelectorAll("#welcome-top .chip").length > 0`)
	b.do("open the first chip", chromedp.Click(chromedp.CSS("#welcome-top .chip")))
	b.waitFor("the inspector", `document.querySelector("#inspector-name") !== null`)
	b.idle()

	type view struct {
		Edges, Named, Faded int
		NamedOff, FadedNear []string
		Target              string
		X, Y                float64
	}
	// look reports how many links are drawn with a name, which nodes are
	// faded, and for the node under test whether its links are named and its
	// neighbours unfaded.
	look := func(target string) view {
		b.t.Helper()
		var v view
		b.eval(`((target) => {
			const cy = newsgraphDebug.graph().cy;
			const edges = cy.edges().filter((e) => !e.hasClass("filtered"));
			const named = edges.filter((e) => e.style("label") !== "");
			const faded = cy.elements().filter((x) => Number(x.style("opacity")) < 0.5);
			const v = {Edges: edges.length, Named: named.length, Faded: faded.length, NamedOff: [], FadedNear: [], Target: target};
			const n = cy.nodes().filter((x) => x.data("name") === target)[0];
			if (n) {
				v.NamedOff = n.connectedEdges().filter((e) => e.style("label") === "").map((e) => e.data("label"));
				v.FadedNear = n.closedNeighborhood().nodes().filter((x) => Number(x.style("opacity")) < 0.5).map((x) => x.data("name"));
			}
			return v;
		})(`+"`"+target+"`"+`)`, &v)
		return v
	}
	before := look("")
	if before.Edges < 40 {
		t.Fatalf("the hub scene shows %d links; want a busy one (40 or more)", before.Edges)
	}
	if before.Named > 24 {
		t.Errorf("the hub scene names %d of %d links at once; want at most 24 (only those in focus)", before.Named, before.Edges)
	}
	if before.Faded != 0 {
		t.Errorf("%d elements are faded before any pointing", before.Faded)
	}

	// A neighbour of the hub in view and clear of the legend, to point at.
	var target struct {
		Name string
		X, Y float64
	}
	b.eval(`(() => {
		const cy = newsgraphDebug.graph().cy;
		const box = document.querySelector("#cy").getBoundingClientRect();
		const legend = document.querySelector("#legend").getBoundingClientRect();
		const sel = cy.nodes(":selected");
		const free = cy.nodes().filter((n) => !n.selected() && n.visible()).sort((a, b) => b.data("mentions") - a.data("mentions")).filter((n) => {
			const p = n.renderedPosition();
			const x = box.left + p.x, y = box.top + p.y;
			const inLegend = x >= legend.left - 10 && x <= legend.right + 10 && y >= legend.top - 10 && y <= legend.bottom + 10;
			return x > box.left + 10 && x < box.right - 10 && y > box.top + 10 && y < box.bottom - 10 && !inLegend;
		});
		const n = free[0];
		return n ? {Name: n.data("name"), X: box.left + n.renderedPosition().x, Y: box.top + n.renderedPosition().y} : {};
	})()`, &target)
	if target.Name == "" {
		t.Fatal("no node of the hub scene is in view to point at")
	}
	b.do("point at "+target.Name, chromedp.MouseEvent("mouseMoved", target.X, target.Y))
	b.waitFor("the highlight", `newsgraphDebug.graph().cy.elements().some((x) => Number(x.style("opacity")) < 0.5)`)
	on := look(target.Name)
	if len(on.NamedOff) > 0 {
		t.Errorf("pointing at %s leaves its links %v unnamed", target.Name, on.NamedOff)
	}
	if len(on.FadedNear) > 0 {
		t.Errorf("pointing at %s fades its neighbours %v", target.Name, on.FadedNear)
	}
	if on.Faded == 0 {
		t.Errorf("pointing at %s fades nothing else", target.Name)
	}
	if c := eval[string](b, `document.querySelector("#cy").style.cursor`); c != "pointer" {
		t.Errorf("cursor over %s = %q; want pointer (a click opens it)", target.Name, c)
	}
	b.screenshot("hover")

	b.do("point away", chromedp.MouseEvent("mouseMoved", 5, 5))
	b.waitFor("the highlight to go", `!newsgraphDebug.graph().cy.elements().some((x) => Number(x.style("opacity")) < 0.5)`)
	if after := look(""); after.Named != before.Named {
		t.Errorf("after pointing away %d links are named; want %d as before", after.Named, before.Named)
	}
	if errs := b.jsErrors(); len(errs) > 0 {
		t.Errorf("JavaScript errors: %v", errs)
	}
}
