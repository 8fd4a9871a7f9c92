package ui_test

import (
	"fmt"
	"math"
	"regexp"
	"strconv"
	"testing"

	"github.com/newsgraph/newsgraph/extract/cameo"
)

// kindEntry matches one line of EVENT_TYPES in static/kinds.js.
var kindEntry = regexp.MustCompile(`(?m)^\s+([A-Z_]+): \{ label: "([^"]+)", colour: "(#[0-9a-f]{6})" \},`)

// eventKinds reads the page's table of event types, as served.
func eventKinds(t *testing.T) map[string][2]string {
	t.Helper()
	rec := get(t, newPage(t), "GET", "/kinds.js", nil)
	if rec.Code != 200 {
		t.Fatalf("GET /kinds.js = %d", rec.Code)
	}
	kinds := map[string][2]string{}
	for _, m := range kindEntry.FindAllStringSubmatch(rec.Body.String(), -1) {
		if _, dup := kinds[m[1]]; dup {
			t.Errorf("kinds.js names %s twice", m[1])
		}
		kinds[m[1]] = [2]string{m[2], m[3]}
	}
	if len(kinds) == 0 {
		t.Fatal("kinds.js: no EVENT_TYPES entries found (has the table's format changed?)")
	}
	return kinds
}

// TestEventKindsCoverExtractor: the page showed event types as raw codes in
// one grey. Every type the extractor can give an event (any CAMEO code, and
// our own codes for what CAMEO lacks) must have a name and a colour of its
// own in kinds.js, or a new type would come back as a grey code.
func TestEventKindsCoverExtractor(t *testing.T) {
	kinds := eventKinds(t)
	codes := []string{cameo.CodeDie, cameo.CodeInjure, cameo.CodeElect, cameo.CodeAppoint, cameo.CodeResign,
		cameo.CodeTrial, cameo.CodeSentence, cameo.CodeAcquire, cameo.CodeMerge}
	for i := 1; i <= 20; i++ {
		codes = append(codes, fmt.Sprintf("%02d", i))
		for j := 0; j <= 9; j++ {
			codes = append(codes, fmt.Sprintf("%02d%d", i, j))
		}
	}
	seen := map[string]bool{}
	for _, c := range codes {
		typ := cameo.EventType(c)
		if typ == "" || seen[typ] {
			continue
		}
		seen[typ] = true
		k, ok := kinds[typ]
		if !ok {
			t.Errorf("event type %s (CAMEO %s) has no name and colour in ui/static/kinds.js", typ, c)
			continue
		}
		if k[0] == typ {
			t.Errorf("event type %s is named by its code", typ)
		}
	}
	if len(seen) < 20 {
		t.Fatalf("only %d event types from the extractor's codes; the enumeration is broken", len(seen))
	}
}

// TestEventKindsDistinct: two event types of one colour cannot be told
// apart on the canvas, and two of one name not in the filters. Colours are
// compared by CIE76 ΔE (about 2 is barely visible; 12 is plain side by side).
func TestEventKindsDistinct(t *testing.T) {
	kinds := eventKinds(t)
	labels := map[string]string{}
	type lab struct {
		typ     string
		l, a, b float64
	}
	var all []lab
	for typ, k := range kinds {
		if other, dup := labels[k[0]]; dup {
			t.Errorf("%s and %s are both named %q", typ, other, k[0])
		}
		labels[k[0]] = typ
		l, a, b := hexToLab(t, k[1])
		all = append(all, lab{typ, l, a, b})
	}
	for i := range all {
		for j := i + 1; j < len(all); j++ {
			p, q := all[i], all[j]
			if d := math.Sqrt((p.l-q.l)*(p.l-q.l) + (p.a-q.a)*(p.a-q.a) + (p.b-q.b)*(p.b-q.b)); d < 12 {
				t.Errorf("%s (%s) and %s (%s) are %.1f ΔE apart; want at least 12", p.typ, kinds[p.typ][1], q.typ, kinds[q.typ][1], d)
			}
		}
		// Dashed lines on the page's near-white canvas need some depth.
		if all[i].l > 90 {
			t.Errorf("%s (%s) has lightness %.0f; too pale for a line on the canvas", all[i].typ, kinds[all[i].typ][1], all[i].l)
		}
	}
}

// hexToLab converts #rrggbb (sRGB, D65) to CIE L*a*b*.
func hexToLab(t *testing.T, hex string) (float64, float64, float64) {
	t.Helper()
	n, err := strconv.ParseUint(hex[1:], 16, 32)
	if err != nil {
		t.Fatalf("colour %q: %v", hex, err)
	}
	lin := func(c uint64) float64 {
		v := float64(c) / 255
		if v <= 0.04045 {
			return v / 12.92
		}
		return math.Pow((v+0.055)/1.055, 2.4)
	}
	r, g, b := lin(n>>16&255), lin(n>>8&255), lin(n&255)
	x := (0.4124*r + 0.3576*g + 0.1805*b) / 0.95047
	y := 0.2126*r + 0.7152*g + 0.0722*b
	z := (0.0193*r + 0.1192*g + 0.9505*b) / 1.08883
	f := func(v float64) float64 {
		if v > 0.008856 {
			return math.Cbrt(v)
		}
		return 7.787*v + 16.0/116
	}
	return 116*f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))
}
