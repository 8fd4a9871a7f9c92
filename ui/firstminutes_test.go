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
