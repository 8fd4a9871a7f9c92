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
