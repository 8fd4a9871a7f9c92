package ingest

import (
	"bytes"
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph/extract"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
	"golang.org/x/net/html/charset"
)

// skipped elements hold no article text: code, page furniture and navigation.
var skipped = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Nav: true, atom.Header: true,
	atom.Footer: true, atom.Aside: true, atom.Noscript: true, atom.Template: true,
	atom.Head: true, atom.Svg: true, atom.Iframe: true, atom.Form: true,
	atom.Button: true, atom.Select: true, atom.Object: true, atom.Canvas: true,
}

// blocks end a paragraph: their text is separated from its neighbours by a blank line.
var blocks = map[atom.Atom]bool{
	atom.P: true, atom.Div: true, atom.H1: true, atom.H2: true, atom.H3: true,
	atom.H4: true, atom.H5: true, atom.H6: true, atom.Li: true, atom.Ul: true,
	atom.Ol: true, atom.Blockquote: true, atom.Article: true, atom.Section: true,
	atom.Main: true, atom.Pre: true, atom.Table: true, atom.Tr: true, atom.Td: true,
	atom.Th: true, atom.Figure: true, atom.Figcaption: true, atom.Dl: true,
	atom.Dt: true, atom.Dd: true, atom.Hr: true, atom.Address: true, atom.Body: true,
}

// parseHTML extracts the readable text of a page: paragraphs and headings in
// document order separated by blank lines, the title from <title> (else the
// first <h1>), the date from article:published_time (else the first
// <time datetime>).
func parseHTML(data []byte) (extract.Document, error) {
	if len(bytes.TrimSpace(data)) == 0 {
		return extract.Document{}, fmt.Errorf("empty file")
	}
	if bytes.IndexByte(data, 0) >= 0 {
		return extract.Document{}, fmt.Errorf("binary file (contains NUL bytes)")
	}
	data, err := toUTF8(data)
	if err != nil {
		return extract.Document{}, err
	}
	root, err := html.Parse(bytes.NewReader(data))
	if err != nil {
		return extract.Document{}, fmt.Errorf("invalid HTML: %w", err)
	}
	var x htmlText
	x.scan(root)
	x.walk(root)
	x.flush()
	if x.published == "" {
		x.published = x.timeAttr
	}
	d := extract.Document{Text: strings.Join(x.paras, "\n\n"), URL: x.url, Source: x.site}
	d.Title = x.title
	if d.Title == "" {
		d.Title = x.h1
	}
	if x.published != "" {
		// A page's date in an odd format is no reason to drop its text.
		if p, err := NormalizeDate(x.published); err == nil {
			d.Published = p
		} else if len(x.published) >= 10 {
			if p, err := NormalizeDate(x.published[:10]); err == nil {
				d.Published = p
			}
		}
	}
	if strings.TrimSpace(d.Text) == "" {
		return extract.Document{}, fmt.Errorf("no readable text in the page")
	}
	if err := Prepare(&d, 0); err != nil {
		return extract.Document{}, err
	}
	return d, nil
}

// toUTF8 decodes a page declared in another encoding (by BOM or <meta charset>)
// and otherwise requires UTF-8.
func toUTF8(data []byte) ([]byte, error) {
	data = bytes.TrimPrefix(data, bom)
	if utf8.Valid(data) {
		return data, nil
	}
	enc, name, _ := charset.DetermineEncoding(data, "text/html")
	if name == "utf-8" || enc == nil {
		if mostlyBinary(data) {
			return nil, fmt.Errorf("binary file (mostly non-text bytes)")
		}
		return nil, fmt.Errorf("invalid UTF-8 at byte %d (and no other charset declared)", invalidAt(data))
	}
	out, err := enc.NewDecoder().Bytes(data)
	if err != nil {
		return nil, fmt.Errorf("cannot decode %s: %w", name, err)
	}
	return out, nil
}

type htmlText struct {
	paras     []string
	cur       strings.Builder
	title     string
	h1        string
	published string // from <meta property="article:published_time">
	timeAttr  string // the first <time datetime>
	url       string
	site      string
}

func (x *htmlText) flush() {
	p := strings.Join(strings.Fields(x.cur.String()), " ")
	x.cur.Reset()
	if p != "" {
		x.paras = append(x.paras, p)
	}
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if strings.EqualFold(a.Key, key) {
			return strings.TrimSpace(a.Val)
		}
	}
	return ""
}

func textOf(n *html.Node) string {
	var b strings.Builder
	var rec func(*html.Node)
	rec = func(n *html.Node) {
		if n.Type == html.TextNode {
			b.WriteString(n.Data)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type == html.ElementNode && (c.DataAtom == atom.Script || c.DataAtom == atom.Style) {
				continue
			}
			rec(c)
		}
	}
	rec(n)
	return strings.Join(strings.Fields(b.String()), " ")
}

// scan collects the page's metadata from the whole tree, head and furniture included.
func (x *htmlText) scan(n *html.Node) {
	if n.Type == html.ElementNode {
		switch n.DataAtom {
		case atom.Title:
			if x.title == "" {
				x.title = textOf(n)
			}
		case atom.Meta:
			x.meta(n)
		case atom.Link:
			if strings.EqualFold(attr(n, "rel"), "canonical") && x.url == "" {
				x.url = attr(n, "href")
			}
		case atom.Time:
			if x.timeAttr == "" {
				x.timeAttr = attr(n, "datetime")
			}
		case atom.H1:
			if x.h1 == "" {
				x.h1 = textOf(n)
			}
		}
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		x.scan(c)
	}
}

// walk collects the readable text, leaving out skipped elements.
func (x *htmlText) walk(n *html.Node) {
	if n.Type == html.TextNode {
		x.cur.WriteString(n.Data)
		return
	}
	if n.Type == html.ElementNode {
		if skipped[n.DataAtom] {
			return
		}
		if n.DataAtom == atom.Br {
			x.cur.WriteString("\n")
			return
		}
	}
	block := n.Type == html.ElementNode && blocks[n.DataAtom]
	if block {
		x.flush()
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		x.walk(c)
	}
	if block {
		x.flush()
	}
}

func (x *htmlText) meta(n *html.Node) {
	key := attr(n, "property")
	if key == "" {
		key = attr(n, "name")
	}
	content := attr(n, "content")
	switch strings.ToLower(key) {
	case "article:published_time":
		x.published = content
	case "og:url":
		if x.url == "" {
			x.url = content
		}
	case "og:site_name":
		x.site = content
	}
}
