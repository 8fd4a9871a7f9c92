package ui_test

import (
	"fmt"
	"strings"
	"testing"
	"time"

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

	b.open(base + "/")
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
	b.noJSErrors()
}

// TestBrowserWholeLabels: the United States chip on the start page (the
// most mentioned entity) opens a hub of about fifty entities; every
// name on the canvas, above all the biggest ones, must be readable whole,
// not cut to "United…" or "Barack Oba…".
func TestBrowserWholeLabels(t *testing.T) {
	b := newBrowser(t)
	base := sampleServer(t)

	openHub(b, base)
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
	b.noJSErrors()
}

// TestBrowserHoverDeclutters: around a hub (United States, 65 links) the
// link labels piled on one another are unreadable. A busy graph names only
// the links in focus; pointing at a node (a real mouse move) names its
// links, keeps its neighbours and fades everything else, and moving away
// restores the picture.
func TestBrowserHoverDeclutters(t *testing.T) {
	b := newBrowser(t)
	base := sampleServer(t)

	openHub(b, base)

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
	b.noJSErrors()
}

// TestBrowserPathLonger: Kerry to Obama, at the default 3 hops, has no
// chain; the shortest is 4 hops. The path finder says so and shows it in
// one click, instead of a dead end that leaves the user guessing the limit.
func TestBrowserPathLonger(t *testing.T) {
	b := newBrowser(t)
	base := sampleServer(t)

	b.open(base + "/")
	b.pick("#path-from", "Kerry", "John Kerry")
	b.pick("#path-to", "Barack Obama", "Barack Obama")
	b.do("find the path", chromedp.Click(chromedp.CSS("#path-go")))
	b.waitFor("the path answer", `document.querySelector("#path-first") || document.querySelector("#path-empty")`)
	b.idle()
	if got := b.text("#path-empty"); !strings.Contains(got, "within 3 hops") || !strings.Contains(got, "4 hops") {
		t.Fatalf("path finder at 3 hops says %q; want no chain within 3 hops and the shortest at 4", got)
	}
	b.screenshot("longer-offer")
	b.do("show the longer path", chromedp.Click(chromedp.CSS("#path-longer")))
	b.waitFor("the path", `document.querySelector("#path-first")`)
	b.idle()
	if got := b.text("#path-first .chain"); got != "John Kerry → Sergey Lavrov → Russia → Vladimir Putin → Barack Obama" {
		t.Errorf("path chain = %q; want John Kerry → Sergey Lavrov → Russia → Vladimir Putin → Barack Obama", got)
	}
	if u := eval[string](b, `location.search`); !strings.Contains(u, "hops=4") {
		t.Errorf("URL after showing the longer path = %q; want hops=4 so the link shows the same", u)
	}
	if v := eval[string](b, `document.querySelector("#path-hops").value`); v != "4" {
		t.Errorf("hop limit in the form = %q; want 4", v)
	}
	b.noJSErrors()
}

// TestBrowserPathChains: the API's tied shortest paths from Kerry to Obama
// run through the same five entities, differing only in parallel relations
// (Lavrov CITIZEN_OF and HOLDS_ROLE Russia). The panel shows that one chain
// once, with both relations on its hop, not four near-identical blocks of
// repeated evidence.
func TestBrowserPathChains(t *testing.T) {
	b := newBrowser(t)
	base := sampleServer(t)

	b.open(base + "/")
	b.pick("#path-from", "Kerry", "John Kerry")
	b.pick("#path-to", "Barack Obama", "Barack Obama")
	b.do("allow 4 hops", chromedp.SetValue(chromedp.CSS("#path-hops"), "4"))
	b.do("find the path", chromedp.Click(chromedp.CSS("#path-go")))
	b.waitFor("the path", `document.querySelector("#path-first")`)
	b.idle()
	var got struct {
		Blocks int
		Hops   []string
		Quotes int
		Unique int
	}
	b.eval(`(() => {
		const quotes = [...document.querySelectorAll(".path-result blockquote")].map((q) => q.textContent);
		return {Blocks: document.querySelectorAll(".path-result").length,
			Hops: [...document.querySelectorAll("#path-first .hop")].map((h) => h.firstChild.textContent),
			Quotes: quotes.length, Unique: new Set(quotes).size};
	})()`, &got)
	if got.Blocks != 1 {
		t.Errorf("the panel shows %d path blocks; want the one chain once", got.Blocks)
	}
	if len(got.Hops) != 4 {
		t.Fatalf("hops of the chain = %q; want 4", got.Hops)
	}
	if h := got.Hops[1]; !strings.Contains(h, "citizen of") || !strings.Contains(h, "holds a role in") {
		t.Errorf("Lavrov–Russia hop = %q; want both parallel relations, CITIZEN_OF and HOLDS_ROLE in words", h)
	}
	if got.Quotes != got.Unique {
		t.Errorf("the panel repeats evidence: %d sentences, %d different", got.Quotes, got.Unique)
	}
	b.screenshot("chain")
	b.noJSErrors()
}

// openHub opens the page and clicks the start page's chip for the most
// mentioned entity, United States: a hub of about fifty entities.
func openHub(b *browser, base string) {
	b.t.Helper()
	b.open(base + "/")
	b.waitFor("the United States chip", `[...document.querySelectorAll("#welcome-top .chip")].some((c) => c.textContent.startsWith("United States"))`)
	b.do("open United States", chromedp.Evaluate[chromedp.Void](`[...document.querySelectorAll("#welcome-top .chip")].find((c) => c.textContent.startsWith("United States")).click()`))
	b.waitFor("the inspector", `document.querySelector("#inspector-name")?.textContent === "United States"`)
	b.idle()
}

// TestBrowserWelcomeByType: the start page's suggestions were eleven
// countries and one person, hubs too big for a first look at "who met
// whom". They now come by type, people and organizations first, and a
// person's chip opens that person.
func TestBrowserWelcomeByType(t *testing.T) {
	b := newBrowser(t)
	base := sampleServer(t)

	b.open(base + "/")
	b.idle()
	var rows []struct {
		Type  string
		Chips []string
	}
	b.eval(`[...document.querySelectorAll("#welcome-top .chip-row")].map((r) => ({
		Type: r.querySelector(".chip-type").textContent,
		Chips: [...r.querySelectorAll(".chip")].map((c) => c.firstChild.nextSibling.textContent)}))`, &rows)
	got := map[string][]string{}
	var order []string
	for _, r := range rows {
		got[r.Type] = r.Chips
		order = append(order, r.Type)
	}
	if strings.Join(order, ",") != "People,Organizations,Places" {
		t.Fatalf("start page suggestion rows = %v; want People, Organizations, Places", order)
	}
	if !contains(got["People"], "George Bush") {
		t.Errorf("people suggested = %v; want the most mentioned person, George Bush", got["People"])
	}
	if !contains(got["Organizations"], "NATO") {
		t.Errorf("organizations suggested = %v; want NATO among them", got["Organizations"])
	}
	if !contains(got["Places"], "United States") {
		t.Errorf("places suggested = %v; want United States", got["Places"])
	}
	b.screenshot("welcome")
	b.do("open George Bush", chromedp.Evaluate[chromedp.Void](`[...document.querySelectorAll("#welcome-top .chip")].find((c) => c.textContent.startsWith("George Bush")).click()`))
	b.waitFor("his inspector", `document.querySelector("#inspector-name")?.textContent === "George Bush"`)
	b.idle()
	b.noJSErrors()
}

// TestBrowserShareLink: nothing told a new user that the address bar holds
// the view. "Copy link" copies it (or shows it to copy by hand), and the
// link opens the same view afresh: the article, Kerry selected, Lavrov on
// the canvas.
func TestBrowserShareLink(t *testing.T) {
	b := newBrowser(t)
	base := sampleServer(t)

	b.openKerry(base)
	b.do("open the article", chromedp.Evaluate[chromedp.Void](`[...document.querySelectorAll("#events .event")]
		.find(e => e.textContent.includes("Paris")).querySelector("a.doc-link").click()`))
	b.waitFor("the article", `document.querySelector("#doc-title")?.textContent.includes("Ukrainians will decide their future")`)
	b.idle()
	b.do("copy the link", chromedp.Click(chromedp.CSS("#t-share")))
	b.waitFor("the link", `!document.querySelector("#message").hidden && document.querySelector("#share-link")`)
	link := eval[string](b, `document.querySelector("#share-link").href`)
	if here := eval[string](b, `location.href`); link != here {
		t.Errorf("shared link = %s; want this view's address %s", link, here)
	}
	if !strings.Contains(link, "doc=") || !strings.Contains(link, "e=") {
		t.Errorf("shared link %s lacks the document (doc=) or the entity (e=)", link)
	}
	b.screenshot("share")

	// A fresh page load of the link, as a colleague's browser would do.
	b.do("leave the page", chromedp.Navigate("about:blank"))
	b.do("open the shared link", chromedp.Navigate(link))
	b.waitFor("the article from the link", `document.querySelector("#doc-title")?.textContent.includes("Ukrainians will decide their future")`)
	b.idle()
	if nodes := eval[[]string](b, `newsgraphDebug.nodes()`); !contains(nodes, "Sergey Lavrov") || !contains(nodes, "John Kerry") {
		t.Errorf("graph from the shared link = %v; want John Kerry and Sergey Lavrov", nodes)
	}
	b.noJSErrors()
}

// TestBrowserTimeline: the date filter was two unlabelled sliders at the
// bottom of a long list; a timeline of the canvas's dated links now sits
// at the top of the filters, and picking a period shows only that period
// (kept in the URL), including links dated by year alone, which the old
// day-by-day comparison dropped. Picking it again shows all dates.
func TestBrowserTimeline(t *testing.T) {
	b := newBrowser(t)
	base := sampleServer(t)

	// Iraq: the bundled stories date its events in several years (event
	// dates come from the texts; the VOA stories carry no published date).
	b.open(base + "/")
	b.pick("#search", "Iraq", "Iraq")
	b.waitFor("the inspector", `document.querySelector("#inspector-name")?.textContent === "Iraq"`)
	b.idle()
	b.waitFor("the timeline", `document.querySelectorAll("#f-timeline button").length > 1`)
	type bar struct {
		Start, End string
		N          int
		Label      string
	}
	var bars []bar
	b.eval(`[...document.querySelectorAll("#f-timeline button")].map((x) => ({Start: x.dataset.start, End: x.dataset.end,
		N: Number(x.getAttribute("aria-label").match(/: (\d+)/)[1]), Label: x.getAttribute("aria-label")}))`, &bars)
	var dated []bar
	for _, x := range bars {
		if x.N > 0 {
			dated = append(dated, x)
		}
	}
	if len(dated) < 2 {
		t.Fatalf("timeline bars = %+v; want at least two periods with dated links around Iraq", bars)
	}
	if first := eval[string](b, `document.querySelector("#filters-h").nextElementSibling.id`); first != "f-dates" {
		t.Errorf("the first filter is #%s; want the dates (#f-dates), not below the long type lists", first)
	}
	b.screenshot("timeline")

	for _, p := range []bar{dated[0], dated[len(dated)-1]} {
		b.do("pick "+p.Label, chromedp.Click(chromedp.CSS(`#f-timeline button[data-start="`+p.Start+`"]`)))
		b.waitFor("the period in the URL", `location.search.includes("since=`+p.Start+`")`)
		b.idle()
		// The links the bar counted are shown unless an end of theirs is
		// itself out of the period; no shown link lies wholly outside it.
		got := awaitJSON[struct {
			Counted, Shown int
			Missing        []string
			Outside        []string
		}](b, "the links of "+p.Label, `import("/graph.js").then(({periodStart, periodEnd}) => {
			const [s, e] = [`+"`"+p.Start+"`, `"+p.End+"`"+`];
			const cy = newsgraphDebug.graph().cy;
			const out = {Counted: 0, Shown: 0, Missing: [], Outside: []};
			cy.edges().forEach((x) => {
				const a = x.data("firstSeen"), z = x.data("lastSeen") || a;
				if (!a) return;
				const name = x.data("label") + " " + a + ".." + z;
				const counted = [a, z].some((d) => periodStart(d) >= s && periodStart(d) <= e);
				const shown = !x.hasClass("filtered");
				if (counted) out.Counted++;
				if (shown) out.Shown++;
				if (counted && !shown && !x.source().hasClass("filtered") && !x.target().hasClass("filtered")) out.Missing.push(name);
				if (shown && (periodEnd(z) < s || periodStart(a) > e)) out.Outside.push(name);
			});
			return out;
		})`)
		if got.Shown == 0 {
			t.Errorf("%s: no dated link shown after picking it (%d counted)", p.Label, got.Counted)
		}
		if len(got.Missing) > 0 {
			t.Errorf("%s: links of the period hidden: %v", p.Label, got.Missing)
		}
		if len(got.Outside) > 0 {
			t.Errorf("%s: links outside the period shown: %v", p.Label, got.Outside)
		}
		if l := b.text("#f-dates-label"); !strings.Contains(l, p.Start) || !strings.Contains(l, p.End) {
			t.Errorf("%s: the date label says %q; want %s – %s", p.Label, l, p.Start, p.End)
		}
	}
	last := dated[len(dated)-1]
	b.do("pick the same period again", chromedp.Click(chromedp.CSS(`#f-timeline button[data-start="`+last.Start+`"]`)))
	b.waitFor("all dates again", `!location.search.includes("since=")`)
	if u := eval[string](b, `location.search`); strings.Contains(u, "until=") {
		t.Errorf("URL after picking the period again = %q; want no date range", u)
	}
	b.noJSErrors()
}

// TestBrowserSearchArticles: a user who types what happened ("Kerry Lavrov
// meeting") instead of a name met "No entity matches", a dead end. The
// search box now also offers the articles containing every word, and
// picking one (by keyboard here) opens it.
func TestBrowserSearchArticles(t *testing.T) {
	b := newBrowser(t)
	base := sampleServer(t)

	b.do("a laptop window", chromedp.EmulateViewport(1280, 800))
	b.open(base + "/")
	b.do("type a phrase", chromedp.SendKeys(chromedp.CSS("#search"), "Kerry Lavrov meeting"))
	b.waitFor("article suggestions", `document.querySelector("#search-list li.doc")`)
	if g := b.text("#search-list li.group"); !strings.Contains(g, "No entity matches") || !strings.Contains(g, "articles") {
		t.Errorf("the list's heading = %q; want it to say no entity matches and articles follow", g)
	}
	docs := eval[[]string](b, `[...document.querySelectorAll("#search-list li.doc")].map((li) => li.textContent)`)
	if len(docs) == 0 || !strings.Contains(docs[0], "Ukrainians will decide their future") {
		t.Fatalf("articles offered = %q; want the Kerry article first", docs)
	}
	b.screenshot("articles")
	b.do("open it with Enter", chromedp.SendKeys(chromedp.CSS("#search"), kb.Enter))
	b.waitFor("the article", `document.querySelector("#doc-title")?.textContent.includes("Ukrainians will decide their future")`)
	b.idle()
	if u := eval[string](b, `location.search`); !strings.Contains(u, "doc=") {
		t.Errorf("URL with the article open = %q; want doc=", u)
	}
	// Beside the article the canvas is narrow: the welcome card ran off its
	// bottom, under the legend, its hints unreadable.
	var fit struct{ Welcome, Stage float64 }
	b.eval(`({Welcome: document.querySelector("#welcome").getBoundingClientRect().bottom, Stage: document.querySelector(".stage").getBoundingClientRect().bottom})`, &fit)
	if fit.Welcome > fit.Stage+1 {
		t.Errorf("welcome card ends at %.0f px, below the graph area's bottom at %.0f px; want it within (scrolling)", fit.Welcome, fit.Stage)
	}

	// A name still lists the entity first, with the articles after it.
	b.do("type Lavrov", chromedp.SendKeys(chromedp.CSS("#search"), "Lavrov"))
	b.waitFor("Lavrov suggestions", `[...document.querySelectorAll("#search-list li[data-id]")].some((li) => li.textContent.includes("Sergey Lavrov"))`)
	if first := eval[string](b, `document.querySelector("#search-list li[aria-selected=true]")?.textContent ?? ""`); !strings.Contains(first, "Sergey Lavrov") {
		t.Errorf("first suggestion for Lavrov = %q; want the entity Sergey Lavrov", first)
	}
	b.noJSErrors()
}

// TestBrowserKeyboardStart: from a shared link, a keyboard user reached the
// graph only after some forty tabs (every filter checkbox comes first).
// The second tab stop now skips to the graph, and "/" returns to search.
func TestBrowserKeyboardStart(t *testing.T) {
	b := newBrowser(t)
	base := sampleServer(t)

	b.openKerry(base)
	url := eval[string](b, `location.href`)
	b.do("open the shared view", chromedp.Navigate(url))
	b.waitFor("Kerry's inspector", `document.querySelector("#inspector-name")?.textContent === "John Kerry"`)
	b.idle()
	b.do("tab twice and Enter", chromedp.KeyEvent(kb.Tab), chromedp.KeyEvent(kb.Tab), chromedp.KeyEvent(kb.Enter))
	if id := eval[string](b, `document.activeElement.id`); id != "cy" {
		t.Fatalf("after Tab, Tab, Enter the focus is on #%s; want the graph canvas (#cy)", id)
	}
	before := eval[string](b, `newsgraphDebug.selected() ?? ""`)
	b.do("step to the next entity", chromedp.KeyEvent("n"))
	b.waitFor("a new selection", `newsgraphDebug.selected() !== `+"`"+before+"`")
	b.idle()

	b.do("press /", chromedp.KeyEvent("/"))
	if id := eval[string](b, `document.activeElement.id`); id != "search" {
		t.Fatalf("after / the focus is on #%s; want the search box", id)
	}
	if v := eval[string](b, `document.querySelector("#search").value`); v != "" {
		t.Errorf("the / went into the search box as %q; want it only to move the focus", v)
	}
	b.do("search Lavrov", chromedp.KeyEvent("Lavrov"+kb.Enter))
	b.waitFor("Lavrov's inspector", `document.querySelector("#inspector-name")?.textContent === "Sergey Lavrov"`)
	b.noJSErrors()
}

// TestBrowserEvidenceSurnames: in Lavrov's inspector the Paris meeting's
// sentences name his counterpart as "Kerry", which the page, looking for
// "John Kerry", left unmarked. People are now also found by surname.
func TestBrowserEvidenceSurnames(t *testing.T) {
	b := newBrowser(t)
	base := sampleServer(t)

	b.open(base + "/")
	b.pick("#search", "Lavrov", "Sergey Lavrov")
	b.waitFor("Lavrov's inspector", `document.querySelector("#inspector-name")?.textContent === "Sergey Lavrov"`)
	b.idle()
	marks := eval[[]string](b, `(() => {
		const ev = [...document.querySelectorAll("#events .event")].find((e) => e.querySelector(".badge.evt").dataset.type === "MEET" && e.textContent.includes("Paris"));
		return ev ? [...ev.querySelectorAll("blockquote.evidence mark")].map((m) => m.textContent) : [];
	})()`)
	if len(marks) == 0 {
		t.Fatalf("Lavrov's inspector has no marked MEET in Paris; events: %q", b.text("#events"))
	}
	if !contains(marks, "Kerry") {
		t.Errorf("marked names in the Paris meeting's evidence = %q; want Kerry, his counterpart, marked too", marks)
	}
	b.noJSErrors()
}

// TestBrowserLegendFolds: the legend covered the canvas's lower left
// corner, where the layout puts nodes too. It folds to one line, and stays
// folded after a reload.
func TestBrowserLegendFolds(t *testing.T) {
	b := newBrowser(t)
	base := sampleServer(t)

	openHub(b, base)
	open := eval[float64](b, `document.querySelector("#legend-box").getBoundingClientRect().height`)
	b.do("fold the legend", chromedp.Click(chromedp.CSS("#legend-box summary")))
	folded := eval[float64](b, `document.querySelector("#legend-box").getBoundingClientRect().height`)
	if folded > 30 || folded >= open/2 {
		t.Errorf("legend height open %.0f px, folded %.0f px; want it folded to one line (30 px at most)", open, folded)
	}
	// The details element reports the toggle by an event a moment later.
	b.waitFor("the folding to be remembered", `localStorage.getItem("newsgraph.legend") === "closed"`)
	b.do("reload", chromedp.Reload())
	b.waitFor("the page to start again", `document.body.dataset.ready === "true"`)
	if h := eval[float64](b, `document.querySelector("#legend-box").getBoundingClientRect().height`); h > 30 {
		t.Errorf("legend height after reload = %.0f px; want it still folded", h)
	}
	b.noJSErrors()
}

// TestBrowserNodeMenu: a Bloom user right-clicks a node for its actions
// and got the browser's own menu. Right-click now opens the node's menu
// (expand, path from/to, remove), selecting the node; Escape closes it, and
// Shift+F10 on the canvas opens it for the selected node by keyboard.
func TestBrowserNodeMenu(t *testing.T) {
	b := newBrowser(t)
	base := sampleServer(t)

	b.openKerry(base)
	pos := eval[struct{ X, Y float64 }](b, `(() => {
		const n = newsgraphDebug.graph().cy.nodes().filter((x) => x.data("name") === "Sergey Lavrov")[0];
		const box = document.querySelector("#cy").getBoundingClientRect();
		return {X: box.left + n.renderedPosition().x, Y: box.top + n.renderedPosition().y};
	})()`)
	b.do("right-click Lavrov", chromedp.MouseClickXY(pos.X, pos.Y, chromedp.Button("right")))
	b.waitFor("the node menu", `document.querySelector("#node-menu")`)
	items := eval[[]string](b, `[...document.querySelectorAll("#node-menu [role=menuitem]")].map((x) => x.textContent)`)
	if strings.Join(items, "|") != "Expand neighbours|Path from here|Path to here|Remove from graph" {
		t.Errorf("node menu items = %q", items)
	}
	if got := b.text("#node-menu .node-menu-title"); got != "Sergey Lavrov" {
		t.Errorf("node menu title = %q; want Sergey Lavrov", got)
	}
	b.waitFor("Lavrov's inspector", `document.querySelector("#inspector-name")?.textContent === "Sergey Lavrov"`)
	b.idle()
	if f := eval[string](b, `document.activeElement.textContent`); f != "Expand neighbours" {
		t.Errorf("focus in the open menu is on %q; want its first item", f)
	}
	b.screenshot("menu")
	b.do("close with Escape", chromedp.KeyEvent(kb.Escape))
	b.waitFor("the menu to close", `!document.querySelector("#node-menu")`)

	// By keyboard: Shift+F10 on the canvas, down to "Path from here", Enter.
	b.do("Shift+F10 on the canvas", chromedp.Focus(chromedp.CSS("#cy")),
		chromedp.Evaluate[chromedp.Void](`document.querySelector("#cy").dispatchEvent(new KeyboardEvent("keydown", {key: "F10", shiftKey: true, bubbles: true}))`))
	b.waitFor("the node menu by keyboard", `document.querySelector("#node-menu")`)
	b.do("choose Path from here", chromedp.KeyEvent(kb.ArrowDown), chromedp.KeyEvent(kb.Enter))
	b.waitFor("the menu to close", `!document.querySelector("#node-menu")`)
	if v := eval[string](b, `document.querySelector("#path-from").value`); v != "Sergey Lavrov" {
		t.Errorf("path finder From after the menu's Path from here = %q; want Sergey Lavrov", v)
	}

	before := len(eval[[]string](b, `newsgraphDebug.nodes()`))
	b.do("right-click Lavrov again", chromedp.MouseClickXY(pos.X, pos.Y, chromedp.Button("right")))
	b.waitFor("the node menu", `document.querySelector("#node-menu")`)
	b.do("expand", chromedp.Click(chromedp.CSS("#node-menu [role=menuitem]")))
	b.waitFor("Lavrov's neighbours", `newsgraphDebug.nodes().length > `+strings.TrimSpace(fmt.Sprint(before)))
	b.idle()
	if nodes := eval[[]string](b, `newsgraphDebug.nodes()`); !contains(nodes, "Russia") {
		t.Errorf("graph after expanding Lavrov from the menu = %v; want Russia among his neighbours", nodes)
	}
	b.noJSErrors()
}

// TestBrowserOverviewLabels: the overview (25 most mentioned entities and
// their neighbours, about 200 nodes) fits the canvas zoomed out so far
// that every label fell under the renderer's minimum and vanished: a cloud
// of unnamed dots. The biggest nodes now keep labels readable on screen
// (12 px), at that zoom and after zooming further out.
func TestBrowserOverviewLabels(t *testing.T) {
	b := newBrowser(t)
	base := sampleServer(t)

	b.open(base + "/")
	b.do("overview", chromedp.Click(chromedp.CSS("#t-overview")))
	b.waitFor("the overview", `newsgraphDebug.nodes().length > 100`)
	b.idle()
	check := func(when string) {
		b.t.Helper()
		b.waitFor("labels to follow the zoom", `new Promise((r) => requestAnimationFrame(() => r(true)))`)
		var got struct {
			Zoom  float64
			Small []string
		}
		b.eval(`(() => {
			const cy = newsgraphDebug.graph().cy;
			const z = cy.zoom();
			const top = cy.nodes().filter((n) => !n.hasClass("filtered")).sort((a, b) => b.data("mentions") - a.data("mentions")).slice(0, 10);
			return {Zoom: z, Small: top.filter((n) => parseFloat(n.style("font-size")) * z < 11.5).map((n) => n.data("name") + " at " + (parseFloat(n.style("font-size")) * z).toFixed(1) + " px")};
		})()`, &got)
		if got.Zoom >= 1 {
			t.Fatalf("%s: zoom %.2f; want the overview zoomed out", when, got.Zoom)
		}
		if len(got.Small) > 0 {
			t.Errorf("%s (zoom %.2f): labels of the ten most mentioned drawn too small to read: %v", when, got.Zoom, got.Small)
		}
	}
	check("the overview")
	b.screenshot("overview")
	b.do("zoom out", chromedp.Click(chromedp.CSS("#t-zoom-out")), chromedp.Click(chromedp.CSS("#t-zoom-out")))
	check("zoomed out further")
	b.noJSErrors()
}

// TestBrowserExpandAgain: pressing Expand on an entity whose neighbours are
// all drawn already seemed to do nothing; the page now says so.
func TestBrowserExpandAgain(t *testing.T) {
	b := newBrowser(t)
	base := sampleServer(t)

	b.openKerry(base)
	b.do("expand Kerry again", chromedp.Click(chromedp.CSS("#t-expand")))
	b.waitFor("a message", `!document.querySelector("#message").hidden`)
	b.idle()
	if m := b.text("#message-text"); !strings.Contains(m, "already") || !strings.Contains(m, "John Kerry") {
		t.Errorf("message after expanding Kerry again = %q; want it to say his neighbours are already shown", m)
	}
	b.noJSErrors()
}

// TestBrowserSmallWindow: in an 820 px wide window the three columns left
// the graph a 230 px strip, half of it under the legend, and the header's
// counts wrapped into seven lines. The page now stacks: the graph across
// the window, the inspector below it, then the path finder and filters.
func TestBrowserSmallWindow(t *testing.T) {
	b := newBrowser(t)
	base := sampleServer(t)

	b.do("make the window small", chromedp.EmulateViewport(820, 700))
	b.openKerry(base)
	var got struct {
		Canvas, Panel, Side, Header struct{ Left, Top, Width, Height, Bottom float64 }
	}
	b.eval(`(() => {
		const r = (sel) => { const b = document.querySelector(sel).getBoundingClientRect(); return {Left: b.left, Top: b.top, Width: b.width, Height: b.height, Bottom: b.bottom}; };
		return {Canvas: r("#cy"), Panel: r("#panel"), Side: r(".side"), Header: r(".top")};
	})()`, &got)
	if got.Canvas.Width < 700 || got.Canvas.Height < 300 {
		t.Errorf("graph canvas is %.0f×%.0f px in an 820×700 window; want at least 700×300", got.Canvas.Width, got.Canvas.Height)
	}
	if got.Panel.Top < got.Canvas.Bottom-1 || got.Side.Top < got.Panel.Bottom-1 {
		t.Errorf("order top to bottom: canvas %.0f–%.0f, inspector from %.0f, filters from %.0f; want canvas, inspector, filters",
			got.Canvas.Top, got.Canvas.Bottom, got.Panel.Top, got.Side.Top)
	}
	if got.Header.Height > 110 {
		t.Errorf("header is %.0f px tall; want at most 110", got.Header.Height)
	}
	// The graph still fits its (new) canvas: Kerry's scene in view.
	b.do("fit", chromedp.Click(chromedp.CSS("#t-fit")))
	inView := eval[bool](b, `(() => { const cy = newsgraphDebug.graph().cy; const e = cy.extent(); const bb = cy.nodes().boundingBox();
		return bb.x1 >= e.x1 - 1 && bb.x2 <= e.x2 + 1 && bb.y1 >= e.y1 - 1 && bb.y2 <= e.y2 + 1; })()`)
	if !inView {
		t.Errorf("after Fit, Kerry's scene does not fit the canvas")
	}
	b.screenshot("small")
	b.noJSErrors()
}

// rectsOverlap is JavaScript that tells whether two elements' boxes overlap.
const rectsOverlap = `((a, b) => { const r = a.getBoundingClientRect(), q = b.getBoundingClientRect();
	return r.width > 0 && q.width > 0 && r.left < q.right && q.left < r.right && r.top < q.bottom && q.top < r.bottom; })`

// TestBrowserLegendSparesWelcome: in a 600 px window the legend sat on the
// start page's chips (West Bank) and its hints. On an empty canvas there is
// nothing for a legend to explain: it shows once the graph has nodes, and
// on a canvas narrower still (460 px) it starts folded.
func TestBrowserLegendSparesWelcome(t *testing.T) {
	b := newBrowser(t)
	base := sampleServer(t)

	b.do("make the window narrow", chromedp.EmulateViewport(600, 800))
	b.open(base + "/")
	b.waitFor("the chips", `document.querySelectorAll("#welcome-top .chip").length > 0`)
	covered := eval[[]string](b, `[...document.querySelectorAll("#welcome-top .chip, #welcome p")]
		.filter((c) => `+rectsOverlap+`(document.querySelector("#legend-box"), c)).map((c) => c.textContent.slice(0, 40))`)
	if len(covered) > 0 {
		b.screenshot("legend-over-welcome")
		t.Errorf("the legend covers %q on the start page; want the welcome card clear", covered)
	}
	// A narrower window still, as a phone's.
	b.do("make the window narrower", chromedp.EmulateViewport(460, 800))
	b.openKerry(base)
	// Open, it hid a third of the narrow canvas: it starts folded to one
	// line there, and that fold is not remembered as the user's choice.
	if h := eval[float64](b, `document.querySelector("#legend-box").getBoundingClientRect().height`); h < 10 || h > 30 {
		t.Errorf("legend height with Kerry's scene drawn on a 460 px canvas = %.0f px; want it shown, folded to one line", h)
	}
	if v := eval[string](b, `localStorage.getItem("newsgraph.legend") ?? "unset"`); v != "unset" {
		t.Errorf("stored legend preference after the automatic fold = %q; want none", v)
	}
	b.noJSErrors()
}

// TestBrowserResizeKeepsGraphInView: a user who narrowed the window (or
// turned a tablet) after opening Kerry found Sergey Lavrov cut off at the
// canvas's edge, the graph still placed for the wide canvas, and John
// Kerry under the legend. A graph that was wholly in view is fitted to the
// new canvas, and the legend folds (unless the user chose it open).
func TestBrowserResizeKeepsGraphInView(t *testing.T) {
	b := newBrowser(t)
	base := sampleServer(t)

	b.do("a laptop window", chromedp.EmulateViewport(1280, 800))
	b.openKerry(base)
	b.do("narrow the window", chromedp.EmulateViewport(420, 800))
	// Every node's drawn box inside the canvas's box.
	inView := `(() => { const c = document.querySelector("#cy"); const bb = newsgraphDebug.graph().cy.nodes().renderedBoundingBox();
		return bb.x1 >= -1 && bb.y1 >= -1 && bb.x2 <= c.clientWidth + 1 && bb.y2 <= c.clientHeight + 1; })()`
	b.do("wait for the fit", chromedp.Poll[chromedp.Void](inView, chromedp.WithPollingTimeout(3*time.Second)))
	// Open, the legend now covered John Kerry: on the narrowed canvas it folds.
	if h := eval[float64](b, `document.querySelector("#legend-box").getBoundingClientRect().height`); h > 30 {
		t.Errorf("legend height on the narrowed canvas = %.0f px; want it folded to one line", h)
	}
	b.screenshot("narrowed")
	b.noJSErrors()
}

// TestBrowserEventRoles: business news brought ACQUISITION events, where
// who bought whom is the whole story. Under Seibu and Sogo the inspector
// said "ACQUISITION · With no one else named": bought, or buyer? Each
// participant's part is now named in the words of its event type.
func TestBrowserEventRoles(t *testing.T) {
	b := newBrowser(t)
	base := sampleServer(t)

	b.open(base + "/")
	// Whichever company the extractor finds in an acquisition of the sample.
	id := awaitJSON[string](b, "an acquisition's participant", `fetch("/graphql", {method: "POST", headers: {"Content-Type": "application/json"},
		body: JSON.stringify({query: '{ events(filter: {types: ["ACQUISITION"]}, first: 1) { edges { node { participants { entity { id } } } } } }'})})
		.then((r) => r.json()).then((d) => d.data.events.edges[0].node.participants[0].entity.id)`)
	b.open(base + "/?e=" + id)
	b.waitFor("the inspector's events", `document.querySelector("#events .event")`)
	who := eval[string](b, `[...document.querySelectorAll("#events .event")].find((e) => e.querySelector(".badge.evt").dataset.type === "ACQUISITION")?.querySelector(".who").textContent ?? "(no ACQUISITION)"`)
	if !strings.Contains(who, "(bought)") && !strings.Contains(who, "(buyer)") {
		t.Errorf("the acquisition's line under its participant = %q; want its part named (bought or buyer)", who)
	}
	b.noJSErrors()
}
