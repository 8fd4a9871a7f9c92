package ui_test

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"

	"github.com/newsgraph/newsgraph/graph/store"
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
		// The legend lists at most the 12 most drawn kinds and counts the
		// rest on one line (TestBrowserOverview); the filters list them all.
		unlisted := 0
		for typ, l := range canvas {
			g, ok := got[typ]
			switch {
			case !ok && where.name == "legend" && len(got) == 12:
				unlisted++
			case !ok:
				t.Errorf("%s: no entry for %s, which the canvas draws", where.name, typ)
			case g.Colour != l.Colour:
				t.Errorf("%s: %s is %s; the canvas draws it %s", where.name, typ, g.Colour, l.Colour)
			case !strings.EqualFold(g.Label, l.Label) || g.Label == typ:
				t.Errorf("%s: %s is named %q; the canvas names it %q", where.name, typ, g.Label, l.Label)
			}
		}
		if unlisted > 0 {
			if more, want := b.text("#legend-more"), fmt.Sprintf("and %d other kind", unlisted); !strings.HasPrefix(more, want) {
				t.Errorf("legend: %d drawn kinds unlisted, and its last line reads %q; want %q...", unlisted, more, want)
			}
		}
	}

	if l := b.text("#legend"); strings.Contains(l, "null") || strings.Contains(l, "undefined") {
		t.Errorf("the legend reads %q", l)
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

	// A badge opens the list of every event of its kind.
	first := badges[0]
	b.do("click the "+first.Text+" badge", chromedp.Click(chromedp.CSS(`#events a.badge.evt`)))
	b.waitFor("the "+first.Text+" events", `document.querySelector("#events-title")?.textContent.trim() === `+"`"+first.Text+"`")
	if u := eval[string](b, `location.search`); !strings.Contains(u, "et="+first.Type) {
		t.Errorf("URL after clicking the %s badge = %q; want et=%s", first.Type, u, first.Type)
	}
	b.noJSErrors()
}

// TestBrowserInspectorShowMore: a hub's inspector listed its first 40
// events and 10 documents under "Events (43)" and "Documents (140)" (381
// events on the bench store), with no way to the rest. "Show more" now
// fetches the next page, until the list is whole.
func TestBrowserInspectorShowMore(t *testing.T) {
	b := newBrowser(t)
	base := sampleServer(t)
	openHub(b, base)

	for _, list := range []struct{ name, items, more, heading string }{
		{"events", `#events .event`, `#events-more`, "Events"},
		{"documents", `#documents li`, `#documents-more`, "Documents"},
	} {
		total := eval[int](b, `Number([...document.querySelectorAll("#panel-body h3")].find((h) => h.textContent.startsWith("`+list.heading+` (")).textContent.match(/\((\d+)\)/)[1])`)
		count := func() int { return eval[int](b, `document.querySelectorAll("`+list.items+`").length`) }
		first := count()
		if total <= first {
			t.Fatalf("%s: %d listed of %d; the test needs a hub with more than one page", list.name, first, total)
		}
		for clicks := 0; eval[bool](b, `!!document.querySelector("`+list.more+`")`); clicks++ {
			if clicks > 10 {
				t.Fatalf("%s: still a Show more button after %d clicks, %d of %d listed", list.name, clicks, count(), total)
			}
			before := count()
			b.do("show more "+list.name, chromedp.Click(chromedp.CSS(list.more)))
			b.waitFor("more "+list.name, fmt.Sprintf(`document.querySelectorAll(%q).length > %d`, list.items, before))
			b.idle()
		}
		if got := count(); got != total {
			t.Errorf("%s: %d listed after showing all; the heading says %d", list.name, got, total)
		}
		if list.name == "events" {
			dup := eval[int](b, `(() => { const ids = [...document.querySelectorAll("#events .event")].map((x) => x.dataset.event); return ids.length - new Set(ids).size; })()`)
			if dup != 0 {
				t.Errorf("events: %d listed twice", dup)
			}
		}
	}
	b.screenshot("show-more")
	b.noJSErrors()
}

// TestBrowserNoteGoes: "All of John Kerry's neighbours are already on the
// canvas" stayed over the toolbar while the user went on to read an article.
// A note now goes when the user moves on, and by itself after a few
// seconds.
func TestBrowserNoteGoes(t *testing.T) {
	b := newBrowser(t)
	base := sampleServer(t)
	b.openKerry(base)

	shown := `!document.querySelector("#message").hidden`
	b.do("expand Kerry again", chromedp.Click(chromedp.CSS("#t-expand")))
	b.waitFor("the note", shown)
	b.do("open an article from his events", chromedp.Evaluate[chromedp.Void](`document.querySelector("#events a.doc-link").click()`))
	b.waitFor("the article", `document.querySelector("#doc-title")`)
	if eval[bool](b, shown) {
		t.Errorf("the note %q is still shown over the article", b.text("#message-text"))
	}

	b.do("expand Kerry again", chromedp.Click(chromedp.CSS("#t-expand")))
	b.waitFor("the note", shown)
	start := time.Now()
	b.waitFor("the note to go by itself", `document.querySelector("#message").hidden`)
	t.Logf("the note went after %v", time.Since(start).Round(100*time.Millisecond))

	b.noJSErrors()
}

// TestBrowserDocumentQuick: opening an article paged through each of its
// entities' mentions to find the ones in this article, a dozen requests or
// more for an article that names hubs (Ukraine, Russia, the United States),
// and name-matched what it could not place. The document's own mention list
// places every mention in the one request that loads the article.
func TestBrowserDocumentQuick(t *testing.T) {
	b := newBrowser(t)
	base := sampleServer(t)
	b.openKerry(base)

	requests := `performance.getEntriesByType("resource").filter((r) => r.name.endsWith("/graphql")).length`
	before := eval[int](b, requests)
	b.do("open the Paris meeting's article", chromedp.Evaluate[chromedp.Void](`[...document.querySelectorAll("#events .event")]
		.find((e) => e.textContent.includes("Paris")).querySelector("a.doc-link").click()`))
	b.waitFor("the article", `document.querySelector("#doc-title")?.textContent.includes("Ukrainians will decide their future")`)
	b.idle()
	if n := eval[int](b, requests) - before; n > 1 {
		t.Errorf("opening the article sent %d GraphQL requests; want 1", n)
	}
	// Every mention is marked where the extractor found it, demonyms too.
	var marked []string
	b.eval(`[...document.querySelectorAll("#doc-text a.ent")].map((a) => a.textContent)`, &marked)
	for _, want := range []string{"Ukrainians", "Sergey Lavrov", "Kerry", "Paris"} {
		if !contains(marked, want) {
			t.Errorf("marked mentions in the article = %q; want %q among them", marked, want)
		}
	}
	b.noJSErrors()
}

// TestBrowserTimelineFits: after Overview the canvas's dates ran from 1905
// to 2017, and the timeline's 113 yearly bars pushed the filters column
// past its edge (sliders and axis cut off). Long spans now go by decades,
// at most 60 bars, and the column keeps its width.
func TestBrowserTimelineFits(t *testing.T) {
	b := newBrowser(t)
	base := sampleServer(t)
	b.open(base + "/")
	b.do("overview", chromedp.Click(chromedp.CSS("#t-overview")))
	b.waitFor("the overview", `newsgraphDebug.nodes().length > 100`)
	b.idle()
	b.waitFor("the timeline", `document.querySelectorAll("#f-timeline button").length > 1`)
	got := awaitJSON[struct {
		Bars, Overflow int
		First, Last    string
	}](b, "the timeline's size", `Promise.resolve((() => {
		const side = document.querySelector(".side");
		const bars = [...document.querySelectorAll("#f-timeline button")];
		const box = side.getBoundingClientRect();
		const over = [...document.querySelectorAll("#f-dates, #f-dates *")].filter((x) => x.getBoundingClientRect().right > box.right + 1).length;
		return {Bars: bars.length, Overflow: over + (side.scrollWidth > side.clientWidth + 1 ? 1 : 0),
			First: bars[0].getAttribute("aria-label"), Last: bars[bars.length - 1].getAttribute("aria-label")};
	})())`)
	if got.Bars > 60 {
		t.Errorf("the timeline has %d bars (%s … %s); want at most 60", got.Bars, got.First, got.Last)
	}
	if got.Overflow > 0 {
		b.screenshot("timeline-overflow")
		t.Errorf("%d parts of the date filter run past the filters column", got.Overflow)
	}
	b.screenshot("overview-timeline")
	b.noJSErrors()
}

// TestBrowserKeyboardChips: a keyboard user on the start page tabbed
// through the path finder, every filter and the toolbar (some twenty stops)
// before reaching the suggested entities, the page's main offer. The page
// now lists graph, inspector, then path finder and filters (the grid still
// shows them left to right as before): the first suggestion is two tabs
// from the search box, and Enter opens it.
func TestBrowserKeyboardChips(t *testing.T) {
	b := newBrowser(t)
	base := sampleServer(t)
	b.open(base + "/")
	b.waitFor("the suggestions", `document.querySelectorAll("#welcome-top .chip").length > 0`)
	b.do("focus the search box", chromedp.Focus(chromedp.CSS("#search")))
	tabs := 0
	for !eval[bool](b, `document.activeElement.classList.contains("chip")`) {
		if tabs++; tabs > 30 {
			t.Fatalf("no suggestion reached in 30 tabs from the search box")
		}
		b.do("tab", chromedp.KeyEvent(kb.Tab))
	}
	if tabs > 2 {
		t.Errorf("the first suggestion is %d tabs from the search box; want at most 2", tabs)
	}
	name := eval[string](b, `document.activeElement.getAttribute("aria-label").split(",")[0]`)
	b.do("open it", chromedp.KeyEvent(kb.Enter))
	b.waitFor(name+"'s inspector", `document.querySelector("#inspector-name")?.textContent === `+"`"+name+"`")

	// Still three columns on a wide screen: filters, graph, inspector.
	var x struct{ Side, Stage, Panel float64 }
	b.eval(`({Side: document.querySelector(".side").getBoundingClientRect().left, Stage: document.querySelector(".stage").getBoundingClientRect().left,
		Panel: document.querySelector("#panel").getBoundingClientRect().left})`, &x)
	if !(x.Side < x.Stage && x.Stage < x.Panel) {
		t.Errorf("columns from the left: filters at %.0f, graph at %.0f, inspector at %.0f; want filters, graph, inspector", x.Side, x.Stage, x.Panel)
	}
	// After the graph, the inspector comes before the path finder and filters.
	if !eval[bool](b, `!!(document.querySelector("#panel").compareDocumentPosition(document.querySelector(".side")) & Node.DOCUMENT_POSITION_FOLLOWING)`) {
		t.Errorf("the filters come before the inspector in tab order")
	}
	b.noJSErrors()
}

// TestBrowserConnectionToEvent: in the inspector's connections a relation
// opened its evidence, but an event ("Baghdad: attack in ×3") was plain
// words, a dead end to click. It now takes the user to that event in the
// list below, focused.
func TestBrowserConnectionToEvent(t *testing.T) {
	b := newBrowser(t)
	base := sampleServer(t)
	openHub(b, base)

	// The connection whose event is furthest down the panel.
	target := eval[string](b, `(() => {
		const links = [...document.querySelectorAll("#connections a.event-link")].filter((a) => a.offsetParent !== null);
		const pos = (a) => document.getElementById(a.hash.slice(1))?.getBoundingClientRect().top ?? -1;
		links.sort((a, b) => pos(b) - pos(a));
		if (!links.length) return "";
		links[0].id = "far-link";
		return links[0].hash.slice(1);
	})()`)
	if target == "" {
		t.Fatalf("no event links among United States' connections: %q", b.text("#connections"))
	}
	visible := `(() => { const p = document.querySelector("#panel").getBoundingClientRect(), r = document.getElementById("` + target + `").getBoundingClientRect();
		return r.top >= p.top && r.top < p.bottom; })()`
	if eval[bool](b, visible) {
		t.Fatalf("event %s is already in view before the click; the test needs one below the fold", target)
	}
	b.do("click the connection's event", chromedp.Click(chromedp.CSS("#far-link")))
	b.waitFor("the event in view", visible)
	if id := eval[string](b, `document.activeElement.id`); id != target {
		t.Errorf("focus after the click is on #%s; want the event #%s", id, target)
	}
	b.noJSErrors()
}

// TestBrowserPlaceEdge: the line from Lavrov to Paris opened a panel titled
// "MEET at" (later "Meeting (the place)"), which left the user to work out
// where; it is now "Meeting in Paris", and says who took part.
func TestBrowserPlaceEdge(t *testing.T) {
	b := newBrowser(t)
	base := sampleServer(t)
	b.open(base + "/")
	b.open(base + "/?e=" + lavrovID(b))
	b.waitFor("Lavrov's inspector", `document.querySelector("#inspector-name")?.textContent === "Sergey Lavrov"`)
	b.idle()
	if !eval[bool](b, `newsgraphDebug.tapEdge("Sergey Lavrov", "Paris", "MEET")`) {
		t.Fatalf("no meeting line from Lavrov to Paris: %v", eval[[]string](b, `newsgraphDebug.edges()`))
	}
	b.waitFor("the line's panel", `document.querySelector("#panel-body h2")?.textContent.startsWith("Meeting")`)
	b.idle()
	if h := b.text("#panel-body h2"); h != "Meeting in Paris" {
		t.Errorf("the place line's title = %q; want %q", h, "Meeting in Paris")
	}
	if s := b.text("#panel-body .sub"); !strings.Contains(s, "Sergey Lavrov took part in 1 event") || !strings.HasSuffix(s, "in Paris") {
		t.Errorf("the place line's subtitle = %q; want Lavrov taking part in an event in Paris", s)
	}
	b.noJSErrors()
}

// TestBrowserLegendReopens: on a laptop screen (1366 px) reading an article
// narrows the canvas and folds the legend; back on the entity the canvas was
// wide again but the legend stayed folded for good. A legend the page
// folded for width opens again when there is room.
func TestBrowserLegendReopens(t *testing.T) {
	b := newBrowser(t)
	base := sampleServer(t)
	b.do("a laptop window", chromedp.EmulateViewport(1366, 768))
	b.openKerry(base)
	open := `document.querySelector("#legend-box").open`
	if !eval[bool](b, open) {
		t.Fatalf("the legend is folded on a %.0f px canvas; want it open", eval[float64](b, `document.querySelector("#cy").clientWidth`))
	}
	b.do("open the article", chromedp.Evaluate[chromedp.Void](`document.querySelector("#events a.doc-link").click()`))
	b.waitFor("the article", `document.querySelector("#doc-title")`)
	b.waitFor("the legend folded beside the article", "!"+open)
	b.do("back to Kerry", chromedp.Evaluate[chromedp.Void](`[...document.querySelectorAll("#panel-body button")].find((x) => x.textContent.includes("Back to")).click()`))
	b.waitFor("Kerry's inspector", `document.querySelector("#inspector-name")?.textContent === "John Kerry"`)
	b.waitFor("the legend open again", open)
	if v := eval[string](b, `localStorage.getItem("newsgraph.legend") ?? "unset"`); v != "unset" {
		t.Errorf("stored legend preference after automatic folds = %q; want none", v)
	}
	b.noJSErrors()
}

// TestBrowserServerGone: with the demo stopped (Ctrl-C), clicking on asked
// "Is it still running?" and left the user there. The message now names the
// server and says how to start it again.
func TestBrowserServerGone(t *testing.T) {
	b := newBrowser(t)
	st, err := store.Open(t.TempDir(), store.Options{})
	if err != nil {
		t.Fatalf("store.Open: %v", err)
	}
	t.Cleanup(func() {
		if err := st.Close(); err != nil {
			t.Errorf("store.Close: %v", err)
		}
	})
	srv, err := newSampleServer(st, nil)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(srv.Close)
	b.open(srv.URL + "/")
	b.waitFor("the suggestions", `document.querySelectorAll("#welcome-top .chip").length > 0`)
	srv.Close() // as Ctrl-C on the demo; the cleanup's second Close does nothing
	b.do("click a suggestion", chromedp.Click(chromedp.CSS("#welcome-top .chip")))
	b.waitFor("the error", `!document.querySelector("#message").hidden && document.querySelector("#message").classList.contains("error")`)
	msg := b.text("#message-text")
	host := strings.TrimPrefix(srv.URL, "http://")
	if !strings.Contains(msg, host) || !strings.Contains(msg, "newsgraph demo") {
		t.Errorf("message with the server gone = %q; want it to name %s and how to start it again", msg, host)
	}
}

// TestBrowserEventsView: before anything was picked the inspector was a
// grey "Select an entity" box, and events could be reached only through an
// entity. The start panel now says what happened: the kinds of event with
// their counts, each opening the list of those events with the sentences
// they come from (paged, kept in the URL), and who met whom most often.
func TestBrowserEventsView(t *testing.T) {
	b := newBrowser(t)
	base := sampleServer(t)
	b.open(base + "/")
	b.waitFor("the kinds of event", `document.querySelectorAll("#event-kinds a.kind-link").length > 3`)
	var kinds []struct {
		Type, Label string
		N           int
	}
	b.eval(`[...document.querySelectorAll("#event-kinds li")].map((li) => ({Type: li.querySelector("a").dataset.type,
		Label: li.querySelector("a").textContent, N: Number(li.querySelector(".n").textContent.replace(/,/g, ""))}))`, &kinds)
	meetings := 0
	for _, k := range kinds {
		if k.Label == k.Type || strings.Contains(k.Label, "_") || k.N <= 0 {
			t.Errorf("kind %+v; want a name and a count", k)
		}
		if k.Type == "MEET" {
			meetings = k.N
		}
	}
	if meetings <= 25 {
		t.Fatalf("the start panel lists %d meetings; the test wants more than a page (25): %+v", meetings, kinds)
	}
	if p := b.text("#top-pairs"); !strings.Contains(p, "John Kerry") || !strings.Contains(p, "Sergey Lavrov") {
		t.Errorf("who met whom most often = %q; want John Kerry and Sergey Lavrov among them", p)
	}
	b.screenshot("what-happened")

	b.do("open the meetings", chromedp.Click(chromedp.CSS(`#event-kinds a[data-type="MEET"]`)))
	b.waitFor("the meetings", `document.querySelector("#events-title")?.textContent.includes("Meeting") && document.querySelector("#kind-events .event")`)
	b.idle()
	if u := eval[string](b, `location.search`); !strings.Contains(u, "view=events") || !strings.Contains(u, "et=MEET") {
		t.Errorf("URL of the meetings list = %q; want view=events and et=MEET", u)
	}
	for eval[bool](b, `!!document.querySelector("#kind-events-more")`) {
		before := eval[int](b, `document.querySelectorAll("#kind-events .event").length`)
		b.do("show more", chromedp.Click(chromedp.CSS("#kind-events-more")))
		b.waitFor("more meetings", fmt.Sprintf(`document.querySelectorAll("#kind-events .event").length > %d`, before))
		b.idle()
	}
	var list struct {
		N, Other, NoEvidence int
		Text                 string
	}
	b.eval(`(() => { const evs = [...document.querySelectorAll("#kind-events .event")];
		return {N: evs.length, Other: evs.filter((e) => e.querySelector(".badge.evt").dataset.type !== "MEET").length,
			NoEvidence: evs.filter((e) => !e.querySelector("blockquote.evidence a.doc-link")).length,
			Text: evs.map((e) => e.textContent).join("\n")}; })()`, &list)
	if list.N != meetings || list.Other != 0 {
		t.Errorf("the meetings list shows %d events, %d of another kind; want the %d meetings", list.N, list.Other, meetings)
	}
	if list.NoEvidence != 0 {
		t.Errorf("%d meetings have no evidence sentence linking to its article", list.NoEvidence)
	}
	if !strings.Contains(list.Text, "Sergey Lavrov") || !strings.Contains(list.Text, "discussed ways to deescalate") {
		t.Errorf("the meetings list lacks Kerry and Lavrov's Paris meeting and its sentence")
	}
	b.screenshot("meetings")

	// An event's evidence opens its article; its Back button, and the
	// browser's, return to the list.
	openArticle := chromedp.Evaluate[chromedp.Void](`[...document.querySelectorAll("#kind-events .event")]
		.find((e) => e.textContent.includes("deescalate")).querySelector("a.doc-link").click()`)
	inArticle := `document.querySelector("#focus-sentence")?.textContent.includes("deescalate")`
	inList := `document.querySelector("#events-title")?.textContent.includes("Meeting") && document.querySelector("#kind-events .event")`
	b.do("open the Paris meeting's article", openArticle)
	b.waitFor("the article", inArticle)
	if s := b.text("#doc-back"); s != "‹ Back to meeting events" {
		t.Errorf("the article's back button says %q; want it to lead back to the meetings", s)
	}
	b.do("back by the button", chromedp.Click(chromedp.CSS("#doc-back")))
	b.waitFor("the meetings again", inList)
	// The list starts again at its first page: open its first article.
	b.do("open the first meeting's article", chromedp.Evaluate[chromedp.Void](`document.querySelector("#kind-events a.doc-link").click()`))
	b.waitFor("the article", `document.querySelector("#focus-sentence")`)
	b.do("go back", chromedp.NavigateBack())
	b.waitFor("the meetings again", inList)
	b.do("back to what happened", chromedp.Click(chromedp.CSS("#events-back")))
	b.waitFor("the start panel", `document.querySelector("#event-kinds")`)
	b.noJSErrors()
}

// TestBrowserConnectionsFold: United States' inspector listed its 41
// connections before its events, which a new user had to scroll far to
// find. The strongest dozen show (most links first), the rest behind
// "Show all".
func TestBrowserConnectionsFold(t *testing.T) {
	b := newBrowser(t)
	base := sampleServer(t)
	openHub(b, base)
	total := eval[int](b, `Number(document.querySelector("#connections").previousElementSibling.textContent.match(/\((\d+)\)/)[1])`)
	visible := `[...document.querySelectorAll("#connections li")].filter((li) => !li.hidden).length`
	if total <= 12 {
		t.Fatalf("United States has %d connections; the test wants more than 12", total)
	}
	if n := eval[int](b, visible); n != 12 {
		t.Errorf("%d of %d connections shown at first; want 12", n, total)
	}
	weights := eval[[]int](b, `[...document.querySelectorAll("#connections li")].map((li) =>
		[...li.querySelectorAll("a.badge.rel, a.event-link")].reduce((s, a) => s + Number((a.textContent.match(/×(\d+)/) || [0, 1])[1]), 0))`)
	for i := 1; i < len(weights); i++ {
		if weights[i] > weights[i-1] {
			t.Errorf("connection %d has %d links, more than the one before it (%d); want the strongest first", i, weights[i], weights[i-1])
			break
		}
	}
	b.do("show all", chromedp.Click(chromedp.CSS("#connections-all")))
	if n := eval[int](b, visible); n != total {
		t.Errorf("%d of %d connections shown after Show all", n, total)
	}
	b.noJSErrors()
}

// TestBrowserSearchWordsMarked: an article found by its words ("Kerry
// Lavrov meeting") opened with nothing to show where those words were. They
// are now marked in it (the names among them as entities, the rest as
// hits), and the link keeps them.
func TestBrowserSearchWordsMarked(t *testing.T) {
	b := newBrowser(t)
	base := sampleServer(t)
	b.open(base + "/")
	b.do("type a phrase", chromedp.SendKeys(chromedp.CSS("#search"), "Kerry Lavrov meeting"))
	b.waitFor("article suggestions", `document.querySelector("#search-list li.doc")`)
	b.do("open the first article", chromedp.Evaluate[chromedp.Void](`document.querySelector("#search-list li.doc").dispatchEvent(new MouseEvent("mousedown", {bubbles: true}))`))
	b.waitFor("the article", `document.querySelector("#doc-title")?.textContent.includes("Ukrainians will decide their future")`)
	b.idle()
	hits := eval[[]string](b, `[...document.querySelectorAll("#doc-text mark.hit")].map((m) => m.textContent.toLowerCase())`)
	if !contains(hits, "meeting") {
		t.Errorf("marked search words in the article = %q; want “meeting” among them", hits)
	}
	if u := eval[string](b, `location.search`); !strings.Contains(u, "hl=Kerry+Lavrov+meeting") {
		t.Errorf("URL of the article = %q; want the searched words (hl=)", u)
	}
	b.noJSErrors()
}

// TestBrowserOverviewCompact: Overview expanded the 25 most mentioned
// entities with every link: on the 24,000-article bench store 1,528
// overlapping nodes after 13 s, and a legend of twenty kinds over a third
// of the canvas. Each now brings only its 8 strongest links (a double-click
// still brings all), the scene is kept in the link, and the legend names
// the 12 most drawn kinds.
func TestBrowserOverviewCompact(t *testing.T) {
	b := newBrowser(t)
	base := sampleServer(t)
	b.open(base + "/")
	b.do("overview", chromedp.Click(chromedp.CSS("#t-overview")))
	b.waitFor("the overview", `newsgraphDebug.nodes().length > 25`)
	b.idle()
	nodes := eval[[]string](b, `newsgraphDebug.nodes()`)
	if len(nodes) > 25+25*8 {
		t.Errorf("the overview draws %d entities; want at most 25 with 8 links each (225)", len(nodes))
	}
	if !contains(nodes, "United States") {
		t.Errorf("the overview lacks the most mentioned entity, United States")
	}
	if m := b.text("#message-text"); !strings.Contains(m, "strongest links") {
		t.Errorf("message after the overview = %q; want it to say what is drawn", m)
	}
	kinds := eval[int](b, `new Set(newsgraphDebug.graph().cy.edges("[kind = 'evt']").map((e) => e.data("type"))).size`)
	listed := eval[int](b, `document.querySelectorAll("#legend li.legend-evt").length`)
	if listed > 12 || (kinds > 12 && b.text("#legend-more") == "(no #legend-more)") {
		t.Errorf("the legend lists %d of %d event kinds; want at most 12 and a line for the rest", listed, kinds)
	}
	b.screenshot("overview")

	// The link reopens the same scene.
	url := eval[string](b, `location.href`)
	b.open(url)
	b.idle()
	again := eval[[]string](b, `newsgraphDebug.nodes()`)
	if len(again) != len(nodes) {
		t.Errorf("the overview's link reopens %d entities; the overview drew %d", len(again), len(nodes))
	}

	// A double-click on United States brings all of its links.
	before := len(again)
	b.do("expand United States", chromedp.Evaluate[chromedp.Void](`newsgraphDebug.graph().cy.nodes().filter((n) => n.data("name") === "United States").emit("dbltap"), void 0`))
	b.waitFor("more entities", fmt.Sprintf(`newsgraphDebug.nodes().length > %d`, before))
	b.idle()
	b.noJSErrors()
}

// TestBrowserNotFoundWayOut: a link to an entity or article the store does
// not have ended at "Not found", a dead end. The panel now says why that
// may be and offers Start over, back to what happened.
func TestBrowserNotFoundWayOut(t *testing.T) {
	b := newBrowser(t)
	base := sampleServer(t)
	for _, link := range []string{"/?e=nope", "/?doc=nope"} {
		b.open(base + link)
		b.idle()
		if h := b.text("#panel-body h2"); h != "Not found" {
			t.Fatalf("%s: panel title %q; want Not found", link, h)
		}
		b.do("start over", chromedp.Click(chromedp.CSS("#start-over")))
		b.waitFor("the start panel", `document.querySelector("#event-kinds")`)
		if u := eval[string](b, `location.search`); u != "" {
			t.Errorf("%s: after Start over the URL keeps %q; want none", link, u)
		}
	}
}

// TestBrowserTitles: every step of a visit was titled "Newsgraph", so the
// tab and the browser's history (Back's list) could not tell them apart.
// The title now names what the panel shows.
func TestBrowserTitles(t *testing.T) {
	b := newBrowser(t)
	base := sampleServer(t)
	b.openKerry(base)
	if got := eval[string](b, `document.title`); got != "John Kerry · Newsgraph" {
		t.Errorf("title with Kerry open = %q; want %q", got, "John Kerry · Newsgraph")
	}
	b.do("open the article", chromedp.Evaluate[chromedp.Void](`document.querySelector("#events a.doc-link").click()`))
	b.waitFor("the article's title", `document.title.startsWith("Kerry: 'Ukrainians will decide their future'")`)
	b.pick("#path-from", "Kerry", "John Kerry")
	b.pick("#path-to", "Russia", "Russia")
	b.do("find the path", chromedp.Click(chromedp.CSS("#path-go")))
	b.waitFor("the path's title", `document.title === "Path: John Kerry to Russia · Newsgraph"`)
	b.noJSErrors()
}

// TestBrowserEventKindFilter: United States' 122 events came as one mixed
// list, 40 at a time. Buttons over the list, one per kind with its count,
// now list only that kind (paged like the rest); pressed again, all.
func TestBrowserEventKindFilter(t *testing.T) {
	b := newBrowser(t)
	base := sampleServer(t)
	openHub(b, base)
	b.waitFor("the kind buttons", `document.querySelectorAll("#event-kind-filter button[data-type]").length > 1`)
	n := eval[int](b, `Number(document.querySelector('#event-kind-filter button[data-type="ATTACK"] .n').textContent)`)
	if n < 2 {
		t.Fatalf("United States has %d attacks by the kind button; want several", n)
	}
	count := `document.querySelectorAll("#events .event").length`
	b.do("show only attacks", chromedp.Click(chromedp.CSS(`#event-kind-filter button[data-type="ATTACK"]`)))
	b.waitFor("only attacks", `[...document.querySelectorAll("#events .badge.evt")].every((x) => x.dataset.type === "ATTACK")`)
	b.idle()
	for eval[bool](b, `!!document.querySelector("#events-more")`) {
		before := eval[int](b, count)
		b.do("show more", chromedp.Click(chromedp.CSS("#events-more")))
		b.waitFor("more attacks", fmt.Sprintf(`%s > %d`, count, before))
		b.idle()
	}
	if got, other := eval[int](b, count), eval[int](b, `[...document.querySelectorAll("#events .badge.evt")].filter((x) => x.dataset.type !== "ATTACK").length`); got != n || other != 0 {
		t.Errorf("with Attack pressed the list shows %d events, %d of other kinds; want the %d attacks", got, other, n)
	}
	b.do("show all again", chromedp.Click(chromedp.CSS(`#event-kind-filter button[data-type="ATTACK"]`)))
	b.waitFor("all kinds again", `new Set([...document.querySelectorAll("#events .badge.evt")].map((x) => x.dataset.type)).size > 1`)
	b.noJSErrors()
}

// TestBrowserReducedMotion: the graph glided into each new layout and
// events flashed, whatever the user's system asked for. With
// prefers-reduced-motion the layout and the centring happen in one step
// and a found event is marked without a flash.
func TestBrowserReducedMotion(t *testing.T) {
	b := newBrowser(t, chromedp.Flag("force-prefers-reduced-motion", true))
	base := sampleServer(t)
	if !eval[bool](b, `matchMedia("(prefers-reduced-motion: reduce)").matches`) {
		t.Fatal("the browser does not report prefers-reduced-motion: reduce; the flag had no effect")
	}
	openHub(b, base)
	if eval[bool](b, `newsgraphDebug.graph().lastLayoutAnimated`) {
		t.Errorf("the layout was animated with prefers-reduced-motion: reduce")
	}
	b.do("go to an event from the connections", chromedp.Evaluate[chromedp.Void](`[...document.querySelectorAll("#connections a.event-link")].find((a) => a.offsetParent !== null).click()`))
	b.waitFor("the event focused", `document.activeElement.classList.contains("event")`)
	if a := eval[string](b, `getComputedStyle(document.activeElement).animationName`); a != "none" {
		t.Errorf("the found event animates (%s) with prefers-reduced-motion: reduce", a)
	}
	b.noJSErrors()
}
