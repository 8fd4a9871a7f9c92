package ingest

import (
	"bufio"
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"iter"
	"os"
	"path/filepath"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph/extract"
)

// DefaultMaxDocBytes bounds one document when ReadOptions.MaxDocBytes is 0.
const DefaultMaxDocBytes = 10 << 20

// StdinName is how stdin ("-") is named in messages.
const StdinName = "stdin"

// Item is one document read from an input, or the error that input gave. Exactly
// one of Doc (with non-empty Text) and Err is set.
type Item struct {
	Input string // the path as given (or found under a directory), or StdinName
	Line  int    // 1-based line in a JSONL input, 0 otherwise
	Bytes int64  // input bytes this item accounts for, for progress and MB/s
	Doc   extract.Document
	Err   error // an *InputError
}

// ReadOptions configures Read.
type ReadOptions struct {
	// MaxDocBytes bounds one document: a .txt or .html file, a text on stdin, or
	// one JSONL line's text. Default DefaultMaxDocBytes.
	MaxDocBytes int64
	// Stdin is read for the path "-". Default os.Stdin.
	Stdin io.Reader
}

func (o ReadOptions) maxBytes() int64 {
	if o.MaxDocBytes > 0 {
		return o.MaxDocBytes
	}
	return DefaultMaxDocBytes
}

// Extensions lists the file types Read understands; under a directory, files
// with other extensions are ignored.
var extensions = map[string]string{".txt": "txt", ".jsonl": "jsonl", ".html": "html", ".htm": "html"}

// Read streams the documents of paths in order: files, directories (recursively,
// in lexical order, skipping dot-files and files of unknown type) and "-" for
// stdin. A bad input yields an Item with Err and reading goes on with the next
// one, so one broken file never stops a batch.
func Read(ctx context.Context, paths []string, opts ReadOptions) iter.Seq[Item] {
	return func(yield func(Item) bool) {
		r := &reader{ctx: ctx, max: opts.maxBytes(), stdin: opts.Stdin, yield: yield}
		if r.stdin == nil {
			r.stdin = os.Stdin
		}
		for _, p := range paths {
			if !r.path(p) {
				return
			}
		}
	}
}

type reader struct {
	ctx   context.Context
	max   int64
	stdin io.Reader
	yield func(Item) bool
}

// emit hands an item on; false means stop (the consumer quit or ctx ended).
func (r *reader) emit(it Item) bool {
	if r.ctx.Err() != nil {
		return false
	}
	return r.yield(it)
}

func (r *reader) fail(input string, line int, bytes int64, err error) bool {
	return r.emit(Item{Input: input, Line: line, Bytes: bytes, Err: &InputError{Input: input, Line: line, Err: err}})
}

// openReason turns an os error into the short reason printed after the path.
func openReason(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		err = pe.Err
	}
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return reason{"no such file or directory", err}
	case errors.Is(err, fs.ErrPermission):
		return reason{"cannot read: permission denied", err}
	}
	return fmt.Errorf("cannot read: %w", err)
}

// reason is an error with a message of our own that still matches errors.Is
// against the error it replaces (fs.ErrNotExist...).
type reason struct {
	msg string
	err error
}

func (r reason) Error() string { return r.msg }
func (r reason) Unwrap() error { return r.err }

func (r *reader) path(p string) bool {
	if p == "-" {
		return r.readStdin()
	}
	fi, err := os.Stat(p)
	if err != nil {
		return r.fail(p, 0, 0, openReason(err))
	}
	if fi.IsDir() {
		return r.dir(p)
	}
	kind, ok := extensions[strings.ToLower(filepath.Ext(p))]
	if !ok {
		return r.fail(p, 0, 0, errors.New("unsupported file type (want .txt, .jsonl, .html or .htm)"))
	}
	return r.file(p, kind)
}

func (r *reader) dir(root string) bool {
	keepGoing := true
	walkErr := filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			// An unreadable subdirectory is one failed input; its siblings go on.
			keepGoing = r.fail(p, 0, 0, openReason(err))
			if !keepGoing {
				return filepath.SkipAll
			}
			if d != nil && d.IsDir() {
				return filepath.SkipDir
			}
			return nil
		}
		if p != root && strings.HasPrefix(d.Name(), ".") {
			if d.IsDir() {
				return filepath.SkipDir
			}
			return nil
		}
		if d.IsDir() {
			return nil
		}
		kind, ok := extensions[strings.ToLower(filepath.Ext(p))]
		if !ok {
			return nil
		}
		if d.Type()&fs.ModeSymlink != 0 {
			// Linked directories are not followed, which also rules out cycles.
			if fi, err := os.Stat(p); err == nil && fi.IsDir() {
				return nil
			}
		}
		if keepGoing = r.file(p, kind); !keepGoing {
			return filepath.SkipAll
		}
		return nil
	})
	if walkErr != nil {
		return r.fail(root, 0, 0, openReason(walkErr))
	}
	return keepGoing
}

func (r *reader) file(p, kind string) bool {
	f, err := os.Open(p)
	if err != nil {
		return r.fail(p, 0, 0, openReason(err))
	}
	defer f.Close()
	if kind == "jsonl" {
		return r.jsonl(p, f)
	}
	if fi, err := f.Stat(); err == nil && fi.Mode().IsRegular() && fi.Size() > r.max {
		return r.fail(p, 0, fi.Size(), tooLarge(fi.Size(), r.max))
	}
	data, size, err := readLimited(f, r.max)
	if err != nil {
		return r.fail(p, 0, size, err)
	}
	var doc extract.Document
	if kind == "html" {
		doc, err = parseHTML(data)
	} else {
		doc, err = textDocument(data)
	}
	if err != nil {
		return r.fail(p, 0, size, err)
	}
	return r.emit(Item{Input: p, Bytes: size, Doc: doc})
}

// readLimited reads all of rd unless it is longer than max bytes.
func readLimited(rd io.Reader, max int64) ([]byte, int64, error) {
	data, err := io.ReadAll(io.LimitReader(rd, max+1))
	if err != nil {
		return nil, int64(len(data)), openReason(err)
	}
	if int64(len(data)) > max {
		n, _ := io.Copy(io.Discard, rd)
		size := int64(len(data)) + n
		return nil, size, tooLarge(size, max)
	}
	return data, int64(len(data)), nil
}

func (r *reader) readStdin() bool {
	br := bufio.NewReaderSize(r.stdin, 64<<10)
	head, err := io.ReadAll(io.LimitReader(br, r.max+1))
	if err != nil {
		return r.fail(StdinName, 0, int64(len(head)), openReason(err))
	}
	if int64(len(head)) <= r.max {
		if looksJSONL(head) {
			return r.jsonl(StdinName, bytes.NewReader(head))
		}
		doc, err := textDocument(head)
		if err != nil {
			return r.fail(StdinName, 0, int64(len(head)), err)
		}
		return r.emit(Item{Input: StdinName, Bytes: int64(len(head)), Doc: doc})
	}
	// More than one document's worth: fine for JSONL, which is bounded per line,
	// judged on the complete lines seen so far, or when no line has ended yet,
	// on how the first one starts (its length is then reported per line).
	complete := head[:bytes.LastIndexByte(head, '\n')+1]
	if looksJSONL(complete) || (len(complete) == 0 && bytes.HasPrefix(bytes.TrimLeft(head, " \t\r\n"), []byte("{"))) {
		return r.jsonl(StdinName, io.MultiReader(bytes.NewReader(head), br))
	}
	rest, _ := io.Copy(io.Discard, br)
	size := int64(len(head)) + rest
	return r.fail(StdinName, 0, size, tooLarge(size, r.max))
}

// looksJSONL reports whether every non-empty line starts with '{'.
func looksJSONL(data []byte) bool {
	seen := false
	for line := range bytes.Lines(data) {
		line = bytes.TrimSpace(line)
		if len(line) == 0 {
			continue
		}
		if line[0] != '{' {
			return false
		}
		seen = true
	}
	return seen
}

// jsonlRecord is one line of a JSONL input; Text is a pointer so a missing
// field can be told from an empty one.
type jsonlRecord struct {
	ID        string  `json:"id"`
	Title     string  `json:"title"`
	URL       string  `json:"url"`
	Source    string  `json:"source"`
	Published string  `json:"published"`
	Text      *string `json:"text"`
}

func (r *reader) jsonl(name string, rd io.Reader) bool {
	br := bufio.NewReaderSize(rd, 64<<10)
	// A JSON line may be longer than its text (escapes, metadata); its text is
	// checked against the limit after decoding.
	lineMax := 2*r.max + 64<<10
	sawAny := false
	for n := 1; ; n++ {
		line, size, tooLong, err := readLine(br, lineMax)
		if err != nil && !errors.Is(err, io.EOF) {
			return r.fail(name, n, size, openReason(err))
		}
		if size == 0 && errors.Is(err, io.EOF) {
			break
		}
		sawAny = sawAny || len(bytes.TrimSpace(line)) > 0 || tooLong
		var keep bool
		switch {
		case tooLong:
			keep = r.fail(name, n, size, fmt.Errorf("line too long: %s, over the %s limit", byteSize(size), byteSize(lineMax)))
		case len(bytes.TrimSpace(line)) == 0:
			keep = true
		default:
			doc, derr := decodeJSONLine(line, r.max)
			if derr != nil {
				keep = r.fail(name, n, size, derr)
			} else {
				keep = r.emit(Item{Input: name, Line: n, Bytes: size, Doc: doc})
			}
		}
		if !keep {
			return false
		}
		if errors.Is(err, io.EOF) {
			break
		}
	}
	if !sawAny {
		return r.fail(name, 0, 0, errors.New("empty file"))
	}
	return true
}

// readLine reads one line (without its newline) of at most max bytes; a longer
// line is consumed and reported with tooLong. size counts the bytes consumed.
func readLine(br *bufio.Reader, max int64) (line []byte, size int64, tooLong bool, err error) {
	for {
		chunk, err := br.ReadSlice('\n')
		size += int64(len(chunk))
		if !tooLong {
			if int64(len(line)+len(chunk)) > max+1 {
				tooLong, line = true, nil
			} else {
				line = append(line, chunk...)
			}
		}
		if errors.Is(err, bufio.ErrBufferFull) {
			continue
		}
		line = bytes.TrimSuffix(bytes.TrimSuffix(line, []byte("\n")), []byte("\r"))
		return line, size, tooLong, err
	}
}

func decodeJSONLine(line []byte, max int64) (extract.Document, error) {
	if bytes.IndexByte(line, 0) >= 0 {
		return extract.Document{}, errors.New("binary data (NUL bytes)")
	}
	if !utf8.Valid(line) {
		return extract.Document{}, fmt.Errorf("invalid UTF-8 at byte %d", invalidAt(line))
	}
	var rec jsonlRecord
	if err := json.Unmarshal(line, &rec); err != nil {
		var se *json.SyntaxError
		if errors.As(err, &se) {
			return extract.Document{}, fmt.Errorf("invalid JSON: %w", err)
		}
		return extract.Document{}, fmt.Errorf("invalid record: %w", err)
	}
	if rec.Text == nil {
		return extract.Document{}, errors.New(`missing "text" field`)
	}
	d := extract.Document{ID: rec.ID, Title: rec.Title, URL: rec.URL, Source: rec.Source, Published: rec.Published, Text: *rec.Text}
	if err := Prepare(&d, max); err != nil {
		return extract.Document{}, err
	}
	return d, nil
}

// textDocument makes a document of a plain-text input.
func textDocument(data []byte) (extract.Document, error) {
	if err := checkText(data); err != nil {
		return extract.Document{}, err
	}
	d := extract.Document{Text: string(bytes.TrimPrefix(data, bom))}
	if err := Prepare(&d, 0); err != nil {
		return extract.Document{}, err
	}
	return d, nil
}

var bom = []byte("\uFEFF")

// checkText rejects inputs that are not UTF-8 text, naming the reason.
func checkText(data []byte) error {
	if len(bytes.TrimSpace(data)) == 0 {
		if len(data) == 0 {
			return errors.New("empty file")
		}
		return errors.New("empty file (only white space)")
	}
	if bytes.IndexByte(data, 0) >= 0 {
		return errors.New("binary file (contains NUL bytes)")
	}
	if mostlyBinary(data) {
		return errors.New("binary file (mostly non-text bytes)")
	}
	if !utf8.Valid(data) {
		return fmt.Errorf("invalid UTF-8 at byte %d (convert the file to UTF-8)", invalidAt(data))
	}
	return nil
}

// mostlyBinary looks at the first 8 KiB: more than 10% control characters or
// bytes that are not UTF-8 means the file is not text in any encoding we read.
func mostlyBinary(data []byte) bool {
	if len(data) > 8<<10 {
		data = data[:8<<10]
	}
	bad, total := 0, 0
	for len(data) > 0 {
		r, n := utf8.DecodeRune(data)
		data = data[n:]
		total++
		if r == utf8.RuneError && n == 1 && len(data) > 3 {
			bad++ // a truncated rune at the cut is not evidence
		} else if r < 0x20 && r != '\n' && r != '\r' && r != '\t' && r != '\f' {
			bad++
		}
	}
	return total > 0 && bad*10 > total
}

func invalidAt(data []byte) int {
	for i := 0; i < len(data); {
		r, n := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && n == 1 {
			return i
		}
		i += n
	}
	return -1
}

// Prepare checks and completes a document from any source: its text must be
// non-empty UTF-8 within max bytes (0 means no limit), the published date is
// normalised to YYYY-MM-DD, the id defaults to "sha256:<hex of text>" and the
// title to the first non-empty line.
func Prepare(d *extract.Document, max int64) error {
	if strings.TrimSpace(d.Text) == "" {
		return errors.New(`missing "text" field (empty text)`)
	}
	if max > 0 && int64(len(d.Text)) > max {
		return tooLarge(int64(len(d.Text)), max)
	}
	if !utf8.ValidString(d.Text) {
		return fmt.Errorf("invalid UTF-8 at byte %d", invalidAt([]byte(d.Text)))
	}
	if strings.IndexByte(d.Text, 0) >= 0 {
		return errors.New("binary data (NUL bytes in text)")
	}
	if d.Published != "" {
		p, err := NormalizeDate(d.Published)
		if err != nil {
			return err
		}
		d.Published = p
	}
	d.ID = strings.TrimSpace(d.ID)
	if d.ID == "" {
		d.ID = ContentID(d.Text)
	}
	d.Title = strings.TrimSpace(d.Title)
	if d.Title == "" {
		d.Title = FirstLine(d.Text)
	}
	return nil
}

// ContentID is the id of a document that came without one.
func ContentID(text string) string {
	sum := sha256.Sum256([]byte(text))
	return "sha256:" + hex.EncodeToString(sum[:])
}

// FirstLine returns the first non-empty line of text with runs of white space
// collapsed, cut at a word boundary to at most 200 characters.
func FirstLine(text string) string {
	for line := range strings.Lines(text) {
		line = strings.Join(strings.Fields(line), " ")
		if line == "" {
			continue
		}
		return shorten(line, 200)
	}
	return ""
}

func shorten(s string, max int) string {
	if utf8.RuneCountInString(s) <= max {
		return s
	}
	cut, n := 0, 0
	for i, r := range s {
		if n == max {
			break
		}
		if unicode.IsSpace(r) {
			cut = i
		}
		n++
	}
	if cut == 0 {
		cut = len(string([]rune(s)[:max]))
	}
	return strings.TrimRight(s[:cut], " ,;:-") + "…"
}

var dateLayouts = []string{
	"2006-01-02",
	time.RFC3339Nano,
	"2006-01-02T15:04:05",
	"2006-01-02T15:04",
	"2006-01-02 15:04:05",
	"2006-01-02T15:04:05Z0700",
	"2006-01-02T15:04:05.999999999Z0700",
}

// NormalizeDate accepts YYYY-MM-DD or an RFC 3339 timestamp (and a few common
// near-variants) and returns the calendar date as written, YYYY-MM-DD.
func NormalizeDate(s string) (string, error) {
	s = strings.TrimSpace(s)
	for _, layout := range dateLayouts {
		if t, err := time.Parse(layout, s); err == nil {
			return t.Format("2006-01-02"), nil
		}
	}
	return "", fmt.Errorf("invalid published date %q (want YYYY-MM-DD or RFC 3339)", s)
}

func tooLarge(size, max int64) error {
	return fmt.Errorf("document too large: %s, over the %s limit per document", byteSize(size), byteSize(max))
}

// byteSize formats a byte count for messages: 10 MiB, 52.4 MB style.
func byteSize(n int64) string {
	switch {
	case n >= 1<<20 && n%(1<<20) == 0:
		return fmt.Sprintf("%d MiB", n>>20)
	case n >= 1<<20:
		return fmt.Sprintf("%.1f MiB", float64(n)/(1<<20))
	case n >= 1<<10 && n%(1<<10) == 0:
		return fmt.Sprintf("%d KiB", n>>10)
	case n >= 1<<10:
		return fmt.Sprintf("%.1f KiB", float64(n)/(1<<10))
	}
	return fmt.Sprintf("%d bytes", n)
}
