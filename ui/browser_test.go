package ui_test

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http/httptest"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"

	"github.com/newsgraph/newsgraph/extract"
	"github.com/newsgraph/newsgraph/extract/pipeline"
	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/graph/store"
	"github.com/newsgraph/newsgraph/ingest"
	"github.com/newsgraph/newsgraph/sample"
	"github.com/newsgraph/newsgraph/ui"
)

// The browser tests drive headless Chromium (Debian's chromium package, which
// .ci/run installs) against the real server over a real store holding the
// bundled sample news, as `newsgraph demo` serves it. Screenshots go to
// t.ArtifactDir(): keep them with
//
//	go test ./ui -run Browser -artifacts -outputdir /tmp/newsgraph-ui
//
// or under stable names with NEWSGRAPH_SCREENSHOTS=DIR (ui/testdata/screenshots
// holds a set made that way, to show what a new user sees).
//
// NEWSGRAPH_CHROME names another browser binary.

func findBrowser(t *testing.T) string {
	t.Helper()
	if p := os.Getenv("NEWSGRAPH_CHROME"); p != "" {
		if _, err := exec.LookPath(p); err != nil {
			t.Fatalf("NEWSGRAPH_CHROME=%s: %v", p, err)
		}
		return p
	}
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome", "google-chrome-stable"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	msg := "no Chromium found (install Debian's chromium package: apt-get install -y chromium, or set NEWSGRAPH_CHROME)"
	if os.Getenv("CI") == "true" {
		t.Fatal(msg)
	}
	t.Skip(msg + "; skipping the browser tests outside CI")
	return ""
}

// sampleServer serves the sample news, and any extra documents, through
// graph.NewHandler with the UI. Without extra documents every test shares
// one server (the page cannot write to it: no write token), which saves
// ingesting the sample some thirty times; TestMain closes it.
func sampleServer(t *testing.T, extra ...extract.Document) string {
	t.Helper()
	if len(extra) == 0 {
		url, err := shared.get()
		if err != nil {
			t.Fatal(err)
		}
		return url
	}
	st, err := store.Open(t.TempDir(), store.Options{})
	if err != nil {
		t.Fatalf("store.Open: %v", err)
	}
	t.Cleanup(func() {
		if err := st.Close(); err != nil {
			t.Errorf("store.Close: %v", err)
		}
	})
	srv, err := newSampleServer(st, extra)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(srv.Close)
	return srv.URL
}

func newSampleServer(st *store.Store, extra []extract.Document) (*httptest.Server, error) {
	docs, err := sample.Documents()
	if err != nil {
		return nil, fmt.Errorf("sample.Documents: %w", err)
	}
	docs = append(docs, extra...)
	p, err := pipeline.New()
	if err != nil {
		return nil, fmt.Errorf("pipeline.New: %w", err)
	}
	if _, err := ingest.RunDocuments(context.Background(), ingest.Config{Store: st, Extractor: p}, docs); err != nil {
		return nil, fmt.Errorf("ingest sample: %w", err)
	}
	page, err := ui.Handler()
	if err != nil {
		return nil, fmt.Errorf("ui.Handler: %w", err)
	}
	pg, err := ui.Playground("/graphql")
	if err != nil {
		return nil, fmt.Errorf("ui.Playground: %w", err)
	}
	return httptest.NewServer(graph.NewHandler(graph.ServerConfig{Store: st, UI: page, Playground: pg})), nil
}

// sharedSample is the server sampleServer shares, made on first use.
type sharedSample struct {
	once  sync.Once
	url   string
	err   error
	close func()
}

var shared sharedSample

func (s *sharedSample) get() (string, error) {
	s.once.Do(func() {
		dir, err := os.MkdirTemp("", "newsgraph-ui-test-")
		if err != nil {
			s.err = fmt.Errorf("temp dir: %w", err)
			return
		}
		st, err := store.Open(dir, store.Options{})
		if err != nil {
			os.RemoveAll(dir)
			s.err = fmt.Errorf("store.Open: %w", err)
			return
		}
		srv, err := newSampleServer(st, nil)
		if err != nil {
			st.Close()
			os.RemoveAll(dir)
			s.err = err
			return
		}
		s.url = srv.URL
		s.close = func() {
			srv.Close()
			if err := st.Close(); err != nil {
				fmt.Fprintln(os.Stderr, "store.Close:", err)
			}
			os.RemoveAll(dir)
		}
	})
	return s.url, s.err
}

func TestMain(m *testing.M) {
	code := m.Run()
	if chrome.cancel != nil {
		chrome.cancel()
	}
	if shared.close != nil {
		shared.close()
	}
	os.Exit(code)
}

// browser is one headless tab; uncaught exceptions and console errors are
// collected so a test can fail on them.
type browser struct {
	t    *testing.T
	ctx  context.Context
	dir  string
	shot int
	mu   sync.Mutex
	errs []string
}

// newBrowser opens a headless Chromium tab in a browser context of its own
// (its own storage and cookies, like a fresh profile) of the Chromium the
// package's tests share, started once; with extra options (flags) it starts
// a Chromium of its own.
func newBrowser(t *testing.T, extra ...chromedp.ExecAllocatorOption) *browser {
	t.Helper()
	bin := findBrowser(t)
	var ctx context.Context
	if len(extra) == 0 {
		root, err := chrome.get(bin)
		if err != nil {
			t.Fatal(err)
		}
		tab, cancelTab := chromedp.NewContext(root, chromedp.WithNewBrowserContext())
		t.Cleanup(cancelTab)
		// A new window's page is taller than the first window's (913 px
		// against 861 of the 1000 px window): the tests were written for the
		// latter.
		if err := chromedp.Do(tab, chromedp.EmulateViewport(1600, 861)); err != nil {
			t.Fatalf("open a tab in %s: %v", bin, err)
		}
		ctx = tab
	} else {
		ctx = startBrowser(t, bin, extra)
	}
	b := &browser{t: t, ctx: ctx, dir: t.ArtifactDir()}
	messages := chromedp.Console(ctx)
	go func() {
		for m, err := range messages {
			if err != nil {
				return
			}
			if m.IsException() || m.Type == "error" {
				b.mu.Lock()
				b.errs = append(b.errs, m.String())
				b.mu.Unlock()
			}
		}
	}()
	return b
}

func browserOptions(bin string, extra []chromedp.ExecAllocatorOption) []chromedp.ExecAllocatorOption {
	opts := []chromedp.ExecAllocatorOption{
		chromedp.ExecPath(bin),
		chromedp.Headless,
		chromedp.NoSandbox, // CI runs as root, where Chromium's sandbox refuses to start
		chromedp.DisableGPU,
		chromedp.NoFirstRun,
		chromedp.NoDefaultBrowserCheck,
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("disable-dev-shm-usage", true),
		chromedp.Flag("hide-scrollbars", true),
		chromedp.WindowSize(1600, 1000),
	}
	return append(opts, extra...)
}

// startBrowser starts a Chromium for one test.
func startBrowser(t *testing.T, bin string, extra []chromedp.ExecAllocatorOption) context.Context {
	t.Helper()
	actx, cancelAlloc := chromedp.NewExecAllocator(context.Background(), browserOptions(bin, extra)...)
	ctx, cancelTab := chromedp.NewContext(actx)
	t.Cleanup(func() {
		cancelTab()
		cancelAlloc()
	})
	// The first call starts the browser; it must not carry a timeout, which
	// would stop the browser with it.
	if err := chromedp.Do(ctx); err != nil {
		t.Fatalf("start %s: %v", bin, err)
	}
	return ctx
}

// sharedChrome is the Chromium the tests share (starting one per test cost
// a second or two each, on a busy machine more); TestMain stops it.
type sharedChrome struct {
	once   sync.Once
	ctx    context.Context
	err    error
	cancel func()
}

var chrome sharedChrome

func (c *sharedChrome) get(bin string) (context.Context, error) {
	c.once.Do(func() {
		actx, cancelAlloc := chromedp.NewExecAllocator(context.Background(), browserOptions(bin, nil)...)
		ctx, cancel := chromedp.NewContext(actx)
		c.cancel = func() {
			cancel()
			cancelAlloc()
		}
		if err := chromedp.Do(ctx); err != nil {
			c.err = fmt.Errorf("start %s: %w", bin, err)
			return
		}
		c.ctx = ctx
	})
	return c.ctx, c.err
}

func (b *browser) do(what string, actions ...chromedp.Action[chromedp.Void]) {
	b.t.Helper()
	ctx, cancel := context.WithTimeout(b.ctx, 30*time.Second)
	defer cancel()
	if err := chromedp.Do(ctx, actions...); err != nil {
		b.screenshot("failed")
		b.t.Fatalf("%s: %v (JavaScript errors: %v)", what, err, b.jsErrors())
	}
}

// open loads url and waits until the page says it is ready.
func (b *browser) open(url string) {
	b.t.Helper()
	b.do("open the page", chromedp.Navigate(url))
	b.waitFor("the page to start", `document.body.dataset.ready === "true"`)
}

// noJSErrors fails the test (without stopping it) on any uncaught exception
// or console error so far.
func (b *browser) noJSErrors() {
	b.t.Helper()
	if errs := b.jsErrors(); len(errs) > 0 {
		b.t.Errorf("JavaScript errors: %v", errs)
	}
}

func (b *browser) jsErrors() []string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return append([]string(nil), b.errs...)
}

// waitFor polls a JavaScript expression until it is truthy.
func (b *browser) waitFor(what, expr string) {
	b.t.Helper()
	b.do("wait for "+what, chromedp.Poll[chromedp.Void](expr, chromedp.WithPollingTimeout(20*time.Second)))
}

// idle waits until the page has no request or layout in flight.
func (b *browser) idle() {
	b.t.Helper()
	b.waitFor("the page to be idle", `document.body.dataset.busy === "0"`)
}

// eval evaluates a JavaScript expression and decodes its value.
func eval[T any](b *browser, expr string) T {
	b.t.Helper()
	ctx, cancel := context.WithTimeout(b.ctx, 30*time.Second)
	defer cancel()
	v, err := chromedp.Run(ctx, chromedp.Evaluate[T](expr))
	if err != nil {
		b.screenshot("failed")
		b.t.Fatalf("evaluate %s: %v (JavaScript errors: %v)", expr, err, b.jsErrors())
	}
	return v
}

// eval evaluates a JavaScript expression and decodes its JSON value into out.
func (b *browser) eval(expr string, out any) {
	b.t.Helper()
	raw := eval[[]byte](b, expr)
	if err := json.Unmarshal(raw, out); err != nil {
		b.t.Fatalf("decode %s = %s: %v", expr, raw, err)
	}
}

func (b *browser) text(sel string) string {
	b.t.Helper()
	return eval[string](b, fmt.Sprintf(`document.querySelector(%q)?.textContent ?? "(no %s)"`, sel, sel))
}

func (b *browser) screenshot(name string) {
	b.shot++
	ctx, cancel := context.WithTimeout(b.ctx, 30*time.Second)
	defer cancel()
	png, err := chromedp.Run(ctx, chromedp.FullScreenshot(100))
	if err != nil {
		b.t.Logf("screenshot %s: %v", name, err)
		return
	}
	p := filepath.Join(b.dir, fmt.Sprintf("%02d-%s.png", b.shot, name))
	if err := os.WriteFile(p, png, 0o644); err != nil {
		b.t.Errorf("write screenshot: %v", err)
		return
	}
	b.t.Logf("screenshot: %s", p)
	// NEWSGRAPH_SCREENSHOTS keeps a copy under stable names, for a look or a review.
	if dir := os.Getenv("NEWSGRAPH_SCREENSHOTS"); dir != "" {
		name := strings.TrimPrefix(b.t.Name(), "TestBrowser") + "-" + filepath.Base(p)
		if err := os.MkdirAll(dir, 0o755); err != nil {
			b.t.Errorf("screenshot folder: %v", err)
			return
		}
		if err := os.WriteFile(filepath.Join(dir, name), png, 0o644); err != nil {
			b.t.Errorf("write screenshot: %v", err)
		}
	}
}

// openKerry opens the page and picks John Kerry from the search box, as a
// new user's first steps do, and waits until his scene is drawn.
func (b *browser) openKerry(base string) {
	b.t.Helper()
	b.open(base + "/")
	b.pick("#search", "Kerry", "John Kerry")
	b.waitFor("Kerry's inspector", `document.querySelector("#inspector-name")?.textContent === "John Kerry"`)
	b.idle()
}

// pick types text into a type-ahead input and picks the suggestion whose
// text contains want, checking it is offered.
func (b *browser) pick(input, text, want string) {
	b.t.Helper()
	list := input + "-list li[data-id]"
	b.do("type into "+input,
		chromedp.Evaluate[chromedp.Void](fmt.Sprintf(`document.querySelector(%q).value = ""`, input)),
		chromedp.SendKeys(chromedp.CSS(input), text))
	b.waitFor("suggestions for "+text, fmt.Sprintf(`[...document.querySelectorAll(%q)].some(li => li.textContent.includes(%q))`, list, want))
	b.do("pick "+want, chromedp.Evaluate[chromedp.Void](fmt.Sprintf(`[...document.querySelectorAll(%q)].find(li => li.textContent.includes(%q))
		.dispatchEvent(new MouseEvent("mousedown", {bubbles: true}))`, list, want)))
}

func contains(xs []string, want string) bool {
	for _, x := range xs {
		if x == want {
			return true
		}
	}
	return false
}

// TestBrowserExploreKerry walks through what a new user does first: search
// "Kerry", open him, see Lavrov and the Paris meeting with its evidence, read
// the article, find a path, and share the view by URL.
func TestBrowserExploreKerry(t *testing.T) {
	b := newBrowser(t)
	base := sampleServer(t)

	b.open(base + "/")
	b.idle()
	if s := b.text("#stats"); !strings.Contains(s, "documents") || !strings.Contains(s, "entities") {
		t.Errorf("header statistics = %q; want document and entity counts", s)
	}
	b.waitFor("the most mentioned entities", `document.querySelectorAll("#welcome-top .chip").length > 0`)
	b.screenshot("start")

	// Type-ahead: the suggestion shows the type and the mention count.
	b.do("type Kerry", chromedp.SendKeys(chromedp.CSS("#search"), "Kerry"))
	b.waitFor("Kerry suggestions", `[...document.querySelectorAll("#search-list li[data-id]")].some(li => li.textContent.includes("John Kerry"))`)
	var first string
	b.eval(`[...document.querySelectorAll("#search-list li[data-id]")].find(li => li.textContent.includes("John Kerry")).textContent`, &first)
	if !strings.Contains(first, "Person") || !strings.Contains(first, "mentions") {
		t.Errorf("suggestion = %q; want the type (Person) and the mention count", first)
	}
	b.screenshot("typeahead")

	// Enter opens the first suggestion when it is Kerry; otherwise pick him.
	var top string
	b.eval(`document.querySelector("#search-list li[aria-selected=true]").textContent`, &top)
	if strings.Contains(top, "John Kerry") {
		b.do("press Enter", chromedp.SendKeys(chromedp.CSS("#search"), kb.Enter))
	} else {
		b.pick("#search", "", "John Kerry")
	}
	b.waitFor("the inspector", `document.querySelector("#inspector-name")?.textContent === "John Kerry"`)
	b.idle()

	var nodes []string
	b.eval(`newsgraphDebug.nodes()`, &nodes)
	if !contains(nodes, "Sergey Lavrov") || !contains(nodes, "John Kerry") {
		t.Errorf("graph nodes = %v; want John Kerry with Sergey Lavrov as a neighbour", nodes)
	}
	var edges []string
	b.eval(`newsgraphDebug.edges()`, &edges)
	if !strings.Contains(strings.Join(edges, "\n"), "MET_WITH") {
		t.Errorf("graph edges = %v; want a MET_WITH edge", edges)
	}
	if c := b.text("#connections"); !strings.Contains(c, "Sergey Lavrov") {
		t.Errorf("inspector connections = %q; want Sergey Lavrov", c)
	}
	// The Paris meeting, with its evidence sentence and Kerry's mention marked.
	var meet struct {
		Head, Evidence string
		Marks          []string
	}
	b.eval(`(() => {
		const ev = [...document.querySelectorAll("#events .event")].find(e => e.querySelector(".badge.evt").dataset.type === "MEET" && e.textContent.includes("Paris"));
		if (!ev) return {};
		const q = ev.querySelector("blockquote.evidence");
		return {Head: ev.querySelector(".head").textContent, Evidence: q ? q.textContent : "", Marks: q ? [...q.querySelectorAll("mark.self")].map(m => m.textContent) : []};
	})()`, &meet)
	if !strings.Contains(meet.Head, "Paris") {
		t.Fatalf("inspector events have no MEET in Paris; events: %q", b.text("#events"))
	}
	if !strings.Contains(meet.Evidence, "Sergey Lavrov discussed ways to deescalate the crisis") {
		t.Errorf("MEET evidence = %q; want the sentence about Kerry and Lavrov's discussion", meet.Evidence)
	}
	if len(meet.Marks) == 0 || !strings.Contains(strings.Join(meet.Marks, "|"), "Kerry") {
		t.Errorf("marked mentions in the MEET evidence = %v; want Kerry's", meet.Marks)
	}
	var url string
	b.eval(`location.href`, &url)
	if !strings.Contains(url, "e=") || !strings.Contains(url, "g=") {
		t.Errorf("URL after opening Kerry = %s; want the selected entity (e=) and graph (g=) in it", url)
	}
	kerryURL := url
	b.screenshot("kerry")

	// The document view, from the meeting's evidence.
	b.do("open the document", chromedp.Evaluate[chromedp.Void](`[...document.querySelectorAll("#events .event")]
		.find(e => e.textContent.includes("Paris")).querySelector("a.doc-link").click()`))
	b.waitFor("the document", `document.querySelector("#doc-title")?.textContent.includes("Ukrainians will decide their future")`)
	b.idle()
	var ents []string
	b.eval(`[...document.querySelectorAll("#doc-text a.ent")].map(a => a.textContent)`, &ents)
	if !contains(ents, "Sergey Lavrov") || !contains(ents, "Kerry") {
		t.Errorf("highlighted entities in the document = %v; want Sergey Lavrov and Kerry", ents)
	}
	if s := b.text("#focus-sentence"); !strings.Contains(s, "discussed ways to deescalate") {
		t.Errorf("focused sentence = %q; want the evidence sentence", s)
	}
	b.eval(`location.href`, &url)
	if !strings.Contains(url, "doc=") {
		t.Errorf("URL in the document view = %s; want doc=", url)
	}
	b.screenshot("document")

	// Clicking an entity in the article goes to it.
	b.do("click Lavrov", chromedp.Evaluate[chromedp.Void](`[...document.querySelectorAll("#doc-text a.ent")].find(a => a.textContent === "Sergey Lavrov").click()`))
	b.waitFor("Lavrov's inspector", `document.querySelector("#inspector-name")?.textContent === "Sergey Lavrov"`)
	b.idle()

	// Path finder: Kerry to Russia.
	b.pick("#path-from", "Kerry", "John Kerry")
	b.pick("#path-to", "Russia", "Russia")
	b.do("find the path", chromedp.Click(chromedp.CSS("#path-go")))
	b.waitFor("the path", `document.querySelector("#path-first") || document.querySelector("#path-empty")`)
	b.idle()
	var hops []struct{ Text, Evidence string }
	b.eval(`[...document.querySelectorAll("#path-first .hop")].map(h => ({Text: h.firstChild.textContent, Evidence: h.querySelector("blockquote")?.textContent || ""}))`, &hops)
	if len(hops) == 0 {
		t.Fatalf("no path from John Kerry to Russia; panel says %q", b.text("#panel-body"))
	}
	if !strings.HasPrefix(hops[0].Text, "John Kerry") || !strings.Contains(hops[len(hops)-1].Text, "Russia") {
		t.Errorf("path hops = %+v; want John Kerry ... Russia", hops)
	}
	for _, h := range hops {
		if h.Evidence == "" {
			t.Errorf("hop %q has no evidence sentence", h.Text)
		}
	}
	var marked int
	b.eval(`newsgraphDebug.pathCount()`, &marked)
	if marked < len(hops)+1 {
		t.Errorf("graph marks %d path elements; want at least the %d entities of the path", marked, len(hops)+1)
	}
	b.screenshot("path")

	// Filters: hiding people hides Lavrov and is kept in the URL.
	b.do("open Kerry's view again", chromedp.Navigate(kerryURL))
	b.waitFor("Kerry from the shared URL", `document.querySelector("#inspector-name")?.textContent === "John Kerry"`)
	b.idle()
	b.eval(`newsgraphDebug.nodes()`, &nodes)
	if !contains(nodes, "Sergey Lavrov") {
		t.Errorf("graph from the shared URL = %v; want Sergey Lavrov", nodes)
	}
	b.do("hide people", chromedp.Evaluate[chromedp.Void](`[...document.querySelectorAll("#f-types label")].find(l => l.textContent.includes("Person")).querySelector("input").click()`))
	b.eval(`newsgraphDebug.nodes()`, &nodes)
	if contains(nodes, "Sergey Lavrov") || !contains(nodes, "John Kerry") {
		t.Errorf("graph with people filtered out = %v; want Lavrov hidden and the selected Kerry kept", nodes)
	}
	b.eval(`location.href`, &url)
	if !strings.Contains(url, "types=") || strings.Contains(url, "PERSON") {
		t.Errorf("URL with people filtered out = %s; want types= without PERSON", url)
	}
	b.screenshot("filtered")

	// The date range hides what happened before it, and dims the events.
	b.do("open Kerry's view from 2015 on", chromedp.Navigate(kerryURL+"&since=2015-01-01"))
	b.waitFor("Kerry from the shared URL", `document.querySelector("#inspector-name")?.textContent === "John Kerry"`)
	b.idle()
	b.eval(`newsgraphDebug.nodes()`, &nodes)
	if contains(nodes, "Sergey Lavrov") {
		t.Errorf("graph from 2015 on = %v; want the 2014 meeting with Lavrov hidden", nodes)
	}
	if s := b.text("#events-range"); !strings.Contains(s, "2015-01-01") {
		t.Errorf("inspector from 2015 on says %q about the date range; want it to name 2015-01-01", s)
	}
	if s := b.text("#events"); strings.Contains(s, "2014-03-30") {
		t.Errorf("inspector events from 2015 on = %q; want the 2014 meeting left out", s)
	}

	b.noJSErrors()
}

// TestBrowserMessages checks what users see when there is nothing to show.
func TestBrowserMessages(t *testing.T) {
	b := newBrowser(t)
	base := sampleServer(t)

	b.open(base + "/")
	b.do("search nonsense", chromedp.SendKeys(chromedp.CSS("#search"), "Zzyzxq"))
	b.waitFor("the empty-result line", `document.querySelector("#search-list li.empty")?.textContent.includes("No entity matches")`)
	b.screenshot("no-match")

	b.do("open an unknown entity", chromedp.Navigate(base+"/?e=nope"))
	b.waitFor("the page to start", `document.body.dataset.ready === "true"`)
	b.idle()
	var msg string
	b.eval(`document.querySelector("#message").hidden ? "" : document.querySelector("#message-text").textContent`, &msg)
	if !strings.Contains(msg, "nope") {
		t.Errorf("message for an unknown entity = %q; want it to name the id", msg)
	}
	if p := b.text("#panel-body"); !strings.Contains(p, "nope") {
		t.Errorf("panel for an unknown entity = %q; want it to name the id", p)
	}
	b.screenshot("unknown-entity")

	b.do("submit an empty path form", chromedp.Navigate(base+"/"))
	b.waitFor("the page to start", `document.body.dataset.ready === "true"`)
	b.do("find", chromedp.Click(chromedp.CSS("#path-go")))
	b.waitFor("the path-finder message", `!document.querySelector("#message").hidden`)
	if m := b.text("#message-text"); !strings.Contains(m, "Path finder") {
		t.Errorf("message for an empty path form = %q", m)
	}
	b.noJSErrors()
}

// TestBrowserLargeGraph lays out a synthetic graph of a few thousand
// elements (hubs with leaves, like a news graph around countries) through
// the page's own graph code, and checks the layout finishes and spreads the
// nodes out. The time is logged, not asserted: benchmarks are for speed.
func TestBrowserLargeGraph(t *testing.T) {
	if testing.Short() {
		t.Skip("large layout: skipped with -short")
	}
	b := newBrowser(t)
	base := sampleServer(t)
	b.open(base + "/")
	var res struct {
		Nodes, Edges int
		Ms           float64
		Width        float64
		Overlaps     int
	}
	const script = `(async () => {
		const g = newsgraphDebug.graph();
		const types = ["PERSON", "ORGANIZATION", "LOCATION", "NORP", "MISC"];
		const ent = (i) => ({id: "s" + i, name: "Entity " + i, type: types[i % 5], mentionCount: 1 + (i * 7919) % 50});
		const hubs = 40, leaves = 1400;
		for (let h = 0; h < hubs; h++) {
			const rels = [];
			for (let k = 0; k < leaves / hubs; k++) {
				const leaf = hubs + h * (leaves / hubs) + k;
				rels.push({id: "x" + leaf, type: ["MET_WITH", "WORKS_FOR", "LOCATED_IN"][k % 3], count: 1 + k % 4, source: ent(leaf), target: ent(h)});
			}
			// Hubs link to a few other hubs, so the graph is one component.
			for (const o of [1, 3, 7]) rels.push({id: "y" + h + "-" + o, type: "RELATED_TO", count: 2, source: ent(h), target: ent((h + o) % hubs)});
			g.addNeighbourhood({entity: ent(h), relations: rels, events: []});
		}
		const t0 = performance.now();
		await g.layout();
		const ms = performance.now() - t0;
		newsgraphDebug.refresh();
		const bb = g.cy.nodes().boundingBox();
		// Count nodes sitting on top of another (centres closer than 5 px).
		const pos = g.cy.nodes().map((n) => n.position());
		let overlaps = 0;
		const cell = new Map();
		for (const p of pos) {
			const k = Math.round(p.x / 5) + ":" + Math.round(p.y / 5);
			if (cell.has(k)) overlaps++;
			cell.set(k, true);
		}
		return {Nodes: g.cy.nodes().length, Edges: g.cy.edges().length, Ms: ms, Width: bb.w, Overlaps: overlaps};
	})()`
	raw, err := chromedp.Run(b.ctx, chromedp.Evaluate[[]byte](script, chromedp.EvalAwaitPromise))
	if err != nil {
		t.Fatalf("build and lay out the synthetic graph: %v (JavaScript errors: %v)", err, b.jsErrors())
	}
	if err := json.Unmarshal(raw, &res); err != nil {
		t.Fatalf("decode %s: %v", raw, err)
	}
	t.Logf("laid out %d nodes and %d edges in %.0f ms; %d overlapping nodes", res.Nodes, res.Edges, res.Ms, res.Overlaps)
	if res.Nodes != 1440 || res.Edges != 1520 {
		t.Errorf("synthetic graph has %d nodes and %d edges; want 1440 and 1520", res.Nodes, res.Edges)
	}
	if res.Overlaps > res.Nodes/50 {
		t.Errorf("%d of %d nodes sit on another after the layout; want at most 2%%", res.Overlaps, res.Nodes)
	}
	b.idle()
	b.screenshot("large-graph")
}

// TestBrowserUnstack checks the pass that parts stacked nodes after a
// layout: 300 nodes put on one point, and 8 clumps of 35 each within 4 px,
// must come out with no two centres closer than half the smaller node's width, and the
// pass must leave nodes that already stand apart where they are.
func TestBrowserUnstack(t *testing.T) {
	b := newBrowser(t)
	base := sampleServer(t)
	b.open(base + "/")
	var res struct {
		Close, Moved, Stacked int
		Far                   float64
	}
	const script = `(async () => {
		const { unstack } = await import("/graph.js");
		const cy = cytoscape({ headless: true });
		for (let i = 0; i < 580; i++) {
			// 300 on one point; then 8 clumps of 35 (a hub's leaves) each within 4 px.
			const g = (i - 300) / 35 | 0, k = (i - 300) % 35;
			const p = i < 300 ? { x: 0, y: 0 } : { x: 1000 * (g + 1) + (k * 7 % 5) * 0.9, y: (k * 3 % 5) * 0.9 };
			cy.add({ data: { id: "n" + i, size: 18 + (i % 5) * 10 }, position: p });
		}
		// Two nodes far from everything: the pass must not touch them.
		cy.add({ data: { id: "a", size: 30 }, position: { x: -50000, y: 0 } });
		cy.add({ data: { id: "b", size: 30 }, position: { x: 50000, y: 0 } });
		const stacked = unstack(cy.nodes());
		const ns = cy.nodes().map((n) => ({ p: n.position(), r: n.data("size") / 2 }));
		let close = 0;
		for (let i = 0; i < ns.length; i++)
			for (let j = i + 1; j < ns.length; j++)
				if (Math.hypot(ns[i].p.x - ns[j].p.x, ns[i].p.y - ns[j].p.y) < Math.min(ns[i].r, ns[j].r) - 0.01) close++;
		const a = cy.getElementById("a").position(), bb = cy.getElementById("b").position();
		return { Close: close, Moved: stacked, Stacked: stacked, Far: Math.abs(a.x + 50000) + Math.abs(a.y) + Math.abs(bb.x - 50000) + Math.abs(bb.y) };
	})()`
	raw, err := chromedp.Run(b.ctx, chromedp.Evaluate[[]byte](script, chromedp.EvalAwaitPromise))
	if err != nil {
		t.Fatalf("unstack: %v (JavaScript errors: %v)", err, b.jsErrors())
	}
	if err := json.Unmarshal(raw, &res); err != nil {
		t.Fatalf("decode %s: %v", raw, err)
	}
	t.Logf("unstack: %d pushes; %d pairs still closer than half a node", res.Stacked, res.Close)
	if res.Stacked == 0 {
		t.Errorf("unstack moved nothing on 580 stacked nodes")
	}
	if res.Close != 0 {
		t.Errorf("%d pairs of nodes still sit on one another after unstack", res.Close)
	}
	if res.Far != 0 {
		t.Errorf("unstack moved nodes that stood apart by %.1f px in all", res.Far)
	}
	b.noJSErrors()
}

// TestBrowserGraphTools covers the graph's own controls: going to a
// neighbour, inspecting an edge, removing a node, the back button, clear,
// the keyboard and the overview.
func TestBrowserGraphTools(t *testing.T) {
	b := newBrowser(t)
	base := sampleServer(t)

	b.openKerry(base)

	// A relation in the inspector's connections opens its evidence, as its edge does.
	b.do("open the MET_WITH relation", chromedp.Evaluate[chromedp.Void](`[...document.querySelectorAll("#connections li")]
		.find(li => li.textContent.includes("Sergey Lavrov")).querySelector("a.badge.rel").click()`))
	b.waitFor("the relation's evidence", `document.querySelector("#panel-body h2")?.textContent === "Met with" && document.querySelector("#panel-body blockquote")`)
	b.idle()
	b.do("back to Kerry", chromedp.Evaluate[chromedp.Void](`history.back()`))
	b.waitFor("Kerry's inspector", `document.querySelector("#inspector-name")?.textContent === "John Kerry"`)
	b.idle()

	// A neighbour's link in the inspector adds its own neighbours.
	b.do("go to Lavrov", chromedp.Evaluate[chromedp.Void](`[...document.querySelectorAll("#connections a")].find(a => a.textContent === "Sergey Lavrov").click()`))
	b.waitFor("Lavrov's inspector", `document.querySelector("#inspector-name")?.textContent === "Sergey Lavrov"`)
	b.idle()
	var nodes []string
	b.eval(`newsgraphDebug.nodes()`, &nodes)
	if !contains(nodes, "John Kerry") || len(nodes) < 5 {
		t.Errorf("graph after going to Lavrov = %v; want Kerry's scene plus Lavrov's neighbours", nodes)
	}

	// An edge opens its relation with the evidence, both ends marked.
	var tapped bool
	b.eval(`newsgraphDebug.tapEdge("John Kerry", "Sergey Lavrov", "MET_WITH")`, &tapped)
	if !tapped {
		t.Fatalf("no MET_WITH edge between Kerry and Lavrov; edges: %v", b.text("#graph-count"))
	}
	b.waitFor("the edge inspector", `document.querySelector("#panel-body h2")?.textContent === "Met with"`)
	b.idle()
	var marks []string
	b.eval(`[...document.querySelectorAll("#panel-body blockquote mark.self")].map(m => m.textContent)`, &marks)
	joined := strings.Join(marks, "|")
	if !strings.Contains(joined, "Lavrov") || !strings.Contains(joined, "Kerry") {
		t.Errorf("marked mentions in the MET_WITH evidence = %v; want both Kerry and Lavrov", marks)
	}
	b.screenshot("edge")

	// Keyboard: focus the canvas, n selects the most mentioned entity.
	b.do("focus the canvas", chromedp.Focus(chromedp.CSS("#cy")), chromedp.KeyEvent("n"))
	b.waitFor("a selection by keyboard", `document.querySelector("#inspector-name") !== null`)
	b.idle()
	var sel string
	b.eval(`newsgraphDebug.selected()`, &sel)
	if sel == "" {
		t.Errorf("pressing n on the canvas selected nothing")
	}

	// Remove Lavrov, then go back.
	lavrov := lavrovID(b)
	b.do("go to Lavrov again", chromedp.Navigate(base+"/?e="+lavrov+"&g="+lavrov))
	b.waitFor("Lavrov's inspector", `document.querySelector("#inspector-name")?.textContent === "Sergey Lavrov"`)
	b.idle()
	b.do("remove Lavrov", chromedp.Click(chromedp.CSS("#t-remove")))
	b.eval(`newsgraphDebug.nodes()`, &nodes)
	if contains(nodes, "Sergey Lavrov") {
		t.Errorf("graph after removing Lavrov = %v", nodes)
	}
	b.do("go back", chromedp.Evaluate[chromedp.Void](`history.back()`))
	b.waitFor("Lavrov back in the graph", `newsgraphDebug.nodes().includes("Sergey Lavrov")`)
	b.idle()

	b.do("clear", chromedp.Click(chromedp.CSS("#t-clear")))
	b.waitFor("the welcome card", `!document.querySelector("#welcome").hidden`)
	var url string
	b.eval(`location.search`, &url)
	if url != "" {
		t.Errorf("URL after clearing has %q; want none", url)
	}

	b.do("overview", chromedp.Click(chromedp.CSS("#t-overview")))
	b.waitFor("the overview", `newsgraphDebug.nodes().length > 25`)
	b.idle()
	b.eval(`newsgraphDebug.nodes()`, &nodes)
	if !contains(nodes, "United States") {
		t.Errorf("overview graph lacks the most mentioned entity (United States): %v", nodes)
	}
	b.screenshot("overview")
	b.noJSErrors()
}

// lavrovID finds Lavrov's id through the API, as a script would.
func lavrovID(b *browser) string {
	b.t.Helper()
	id, err := chromedp.Run(b.ctx, chromedp.Evaluate[string](`fetch("/graphql", {method: "POST",
		headers: {"Content-Type": "application/json"},
		body: JSON.stringify({query: '{ entities(search: "Sergey Lavrov", first: 1) { edges { node { id } } } }'})})
		.then(r => r.json()).then(d => d.data.entities.edges[0].node.id)`, chromedp.EvalAwaitPromise))
	if err != nil || id == "" {
		b.t.Fatalf("look up Lavrov's id: %q, %v", id, err)
	}
	return id
}

// TestBrowserAstralOffsets checks the page's conversion of the API's
// code-point offsets into JavaScript's UTF-16 strings: characters outside the
// Basic Multilingual Plane (emoji, mathematical letters) before a mention
// must not shift its highlight.
func TestBrowserAstralOffsets(t *testing.T) {
	b := newBrowser(t)
	const title = "Talks in Paris 🇫🇷"
	base := sampleServer(t, extract.Document{
		ID:        "astral-1",
		Title:     title,
		Published: "2014-04-02",
		Text: "𝐁𝐫𝐞𝐚𝐤𝐢𝐧𝐠 🌍🌍 news. Secretary of State John Kerry met Russian Foreign Minister Sergey Lavrov in Paris on Monday. " +
			"Kerry said the talks 🤝 were useful.",
	})
	b.open(base + "/")

	// The helpers themselves, on a string with astral characters.
	var got struct {
		Spans []struct{ Start, End int }
		Text  string
	}
	raw, err := chromedp.Run(b.ctx, chromedp.Evaluate[[]byte](`import("/text.js").then((m) => {
		const cps = m.codePoints("😀 Kerry met 𝒳 Lavrov");
		const spans = m.findNames(cps, ["Lavrov", "Kerry"]).sort((a, b) => a.start - b.start);
		const out = m.renderSpans(cps, 0, cps.length, spans.map((s) => ({...s, make: (t) => "[" + t + "]"})));
		return {Spans: spans.map((s) => ({Start: s.start, End: s.end})), Text: out.join("")};
	})`, chromedp.EvalAwaitPromise))
	if err != nil {
		t.Fatalf("run text.js: %v", err)
	}
	if err := json.Unmarshal(raw, &got); err != nil {
		t.Fatalf("decode %s: %v", raw, err)
	}
	if len(got.Spans) != 2 || got.Spans[0] != (struct{ Start, End int }{2, 7}) || got.Spans[1] != (struct{ Start, End int }{14, 20}) {
		t.Errorf("findNames spans = %v; want code points [2,7) and [14,20)", got.Spans)
	}
	if want := "😀 [Kerry] met 𝒳 [Lavrov]"; got.Text != want {
		t.Errorf("renderSpans = %q; want %q", got.Text, want)
	}

	// The document view, with offsets from the API.
	docID, err := chromedp.Run(b.ctx, chromedp.Evaluate[string](`fetch("/graphql", {method: "POST",
		headers: {"Content-Type": "application/json"},
		body: JSON.stringify({query: '{ documentByExtId(extId: "astral-1") { id } }'})})
		.then(r => r.json()).then(d => d.data.documentByExtId.id)`, chromedp.EvalAwaitPromise))
	if err != nil {
		t.Fatalf("look up the document: %v", err)
	}
	b.do("open the document", chromedp.Navigate(base+"/?doc="+docID))
	b.waitFor("the document", fmt.Sprintf(`document.querySelector("#doc-title")?.textContent === %q`, title))
	b.idle()
	var ents []string
	b.eval(`[...document.querySelectorAll("#doc-text a.ent")].map(a => a.textContent)`, &ents)
	for _, want := range []string{"John Kerry", "Sergey Lavrov", "Paris"} {
		if !contains(ents, want) {
			t.Errorf("highlighted mentions = %q; want %q exactly (offsets shifted by astral characters?)", ents, want)
		}
	}
	b.screenshot("astral-document")
	b.noJSErrors()
}

// TestBrowserSizeByRank sizes the graph by PageRank and checks the sizes
// against the API's own scores: a node with a higher score is never drawn
// smaller, the choice survives a reload through the URL, and going back to
// mentions restores the first sizes.
func TestBrowserSizeByRank(t *testing.T) {
	b := newBrowser(t)
	base := sampleServer(t)

	b.openKerry(base)
	// "#297 by PageRank · 1 linked entity (#193)" left a new user guessing
	// out of how many, and what the second number ranked.
	if got := b.text("#inspector-rank"); !strings.HasPrefix(got, "#") || !strings.Contains(got, " of ") ||
		!strings.Contains(got, "by PageRank") || !strings.Contains(got, "by links)") {
		t.Errorf("inspector rank line = %q; want \"#N of M by PageRank · K linked entities (#R by links)\"", got)
	}
	b.do("add the overview", chromedp.Click(chromedp.CSS("#t-overview")))
	b.idle()
	before := sizes(b)
	if len(before) < 20 {
		t.Fatalf("Kerry's scene with the overview has %d nodes; want at least 20", len(before))
	}

	choose := func(v string) {
		b.t.Helper()
		b.do("size by "+v, chromedp.Evaluate[chromedp.Void](fmt.Sprintf(`(() => { const s = document.querySelector("#f-size");
			s.value = %q; s.dispatchEvent(new Event("change")); })()`, v)))
		b.idle()
	}
	checkRanked := func(when string) {
		b.t.Helper()
		got := sizes(b)
		pr := pageRanks(b)
		if len(pr) != len(got) {
			t.Fatalf("%s: %d nodes but %d PageRank scores", when, len(got), len(pr))
		}
		for a, sa := range got {
			for c, sc := range got {
				if pr[a] > pr[c] && sa < sc {
					t.Errorf("%s: %s (PageRank %.5f) drawn at %d, smaller than %s (%.5f) at %d", when, a, pr[a], sa, c, pr[c], sc)
				}
			}
		}
		changed := 0
		for name, s := range got {
			if before[name] != s {
				changed++
			}
		}
		if changed == 0 {
			t.Errorf("%s: sizing by PageRank changed no node's size (%v)", when, got)
		}
	}

	choose("pagerank")
	checkRanked("after choosing PageRank")
	b.do("fit", chromedp.Click(chromedp.CSS("#t-fit")))
	b.screenshot("pagerank")
	if url := eval[string](b, `location.search`); !strings.Contains(url, "size=pagerank") {
		t.Errorf("URL %q does not keep the sizing", url)
	}

	b.do("reload", chromedp.Reload())
	b.waitFor("the page to start again", `document.body.dataset.ready === "true"`)
	b.idle()
	if v := eval[string](b, `document.querySelector("#f-size").value`); v != "pagerank" {
		t.Errorf("after reload the sizing is %q; want pagerank", v)
	}
	checkRanked("after reload")

	choose("mentions")
	after := sizes(b)
	for name, s := range before {
		if after[name] != s {
			t.Errorf("back to mentions: %s is %d; want its first size %d", name, after[name], s)
		}
	}
	b.noJSErrors()
}

// sizes reads each node's drawn size by name, once score requests settle.
func sizes(b *browser) map[string]int {
	return awaitJSON[map[string]int](b, "node sizes", `newsgraphDebug.sizes()`)
}

// pageRanks asks the API, as a script would, for the PageRank of every node
// on the canvas, by name.
func pageRanks(b *browser) map[string]float64 {
	return awaitJSON[map[string]float64](b, "PageRank scores", `Promise.all(newsgraphDebug.graph().cy.nodes().map((n) =>
		fetch("/graphql", {method: "POST", headers: {"Content-Type": "application/json"},
			body: JSON.stringify({query: "query($id: ID!) { entity(id: $id) { name rank { pagerank } } }", variables: {id: n.id()}})})
		.then((r) => r.json()).then((d) => [d.data.entity.name, d.data.entity.rank ? d.data.entity.rank.pagerank : 0])))
		.then(Object.fromEntries)`)
}

// awaitJSON evaluates a JavaScript expression whose value is a promise and
// decodes what it resolves to.
func awaitJSON[T any](b *browser, what, expr string) T {
	b.t.Helper()
	var out T
	raw, err := chromedp.Run(b.ctx, chromedp.Evaluate[[]byte](expr, chromedp.EvalAwaitPromise))
	if err != nil {
		b.t.Fatalf("read %s: %v", what, err)
	}
	if err := json.Unmarshal(raw, &out); err != nil {
		b.t.Fatalf("decode %s %s: %v", what, raw, err)
	}
	return out
}

// TestBrowserPlayground opens GraphiQL at /playground and runs a query in it.
// Every file the page loads must come from our own server: the playground,
// like the rest of the binary, works without internet access.
func TestBrowserPlayground(t *testing.T) {
	b := newBrowser(t)
	base := sampleServer(t)
	q := url.QueryEscape(`{ entities(search: "Lavrov", first: 1) { edges { node { name } } } }`)
	b.do("open the playground", chromedp.Navigate(base+"/playground?query="+q))
	b.waitFor("GraphiQL to start", `!!document.querySelector(".graphiql-container .graphiql-execute-button")`)
	b.do("run the query", chromedp.Click(chromedp.CSS(".graphiql-execute-button")))
	b.waitFor("the result", `!!document.querySelector(".result-window")?.textContent.includes("Sergey Lavrov")`)
	var foreign []string
	b.eval(`performance.getEntriesByType("resource").map((e) => e.name).filter((u) => !u.startsWith(location.origin))`, &foreign)
	if len(foreign) > 0 {
		t.Errorf("the playground loaded files from other servers: %v", foreign)
	}
	b.screenshot("query")
	b.noJSErrors()
}
