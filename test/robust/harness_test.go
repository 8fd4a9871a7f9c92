package robust

import (
	"bufio"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/graph/store"
)

var long = flag.Bool("long", os.Getenv("NEWSGRAPH_LONG") != "", "run the long variants (also NEWSGRAPH_LONG=1)")

// binary is the newsgraph executable TestMain builds; the harnesses run it as a
// user would, so a kill hits the real process.
var binary string

func TestMain(m *testing.M) {
	flag.Parse()
	dir, err := os.MkdirTemp("", "newsgraph-robust-")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	binary = filepath.Join(dir, "newsgraph")
	goTool := filepath.Join(runtime.GOROOT(), "bin", "go")
	if p, err := exec.LookPath("go"); err == nil {
		goTool = p
	}
	build := exec.Command(goTool, "build", "-o", binary, "github.com/newsgraph/newsgraph/cmd/newsgraph")
	build.Stdout, build.Stderr = os.Stderr, os.Stderr
	if err := build.Run(); err != nil {
		fmt.Fprintln(os.Stderr, "robust: building newsgraph:", err)
		os.RemoveAll(dir)
		os.Exit(1)
	}
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

// repoFile finds a file relative to the repository root.
func repoFile(t testing.TB, rel string) string {
	t.Helper()
	p := filepath.Join("..", "..", rel)
	if _, err := os.Stat(p); err != nil {
		t.Fatalf("missing %s: %v", rel, err)
	}
	return p
}

// firstLines copies the first n lines of src to a file in dir.
func firstLines(t testing.TB, src string, n int, dir string) string {
	t.Helper()
	f, err := os.Open(src)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	out := filepath.Join(dir, fmt.Sprintf("first%d-%s", n, filepath.Base(src)))
	w, err := os.Create(out)
	if err != nil {
		t.Fatal(err)
	}
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 64<<20)
	for i := 0; i < n && sc.Scan(); i++ {
		fmt.Fprintln(w, sc.Text())
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	return out
}

// result is one finished run of the binary.
type result struct {
	exit   int
	stdout string
	stderr string
	// maxRSSKB is getrusage's peak for the child: on Linux it also counts the
	// test process's RSS at fork, so it is an upper bound (used for asserts).
	maxRSSKB int64
	// hwmKB is the child's own VmHWM from /proc, polled while it runs (for reports).
	hwmKB   int64
	elapsed time.Duration
}

// runBinary runs newsgraph to completion (bounded by timeout) and reports its
// exit status and peak resident memory (getrusage of the child).
func runBinary(t testing.TB, timeout time.Duration, env []string, args ...string) result {
	t.Helper()
	return run(t, timeout, env, nil, args...)
}

// runBinaryIn is runBinary with stdin.
func runBinaryIn(t testing.TB, timeout time.Duration, stdin io.Reader, args ...string) result {
	t.Helper()
	return run(t, timeout, nil, stdin, args...)
}

func run(t testing.TB, timeout time.Duration, env []string, stdin io.Reader, args ...string) result {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), timeout)
	defer cancel()
	cmd := exec.CommandContext(ctx, binary, args...)
	cmd.Env = append(os.Environ(), env...)
	cmd.Stdin = stdin
	var out, errb strings.Builder
	cmd.Stdout, cmd.Stderr = &out, &errb
	start := time.Now()
	if err := cmd.Start(); err != nil {
		t.Fatalf("newsgraph %s: %v", strings.Join(args, " "), err)
	}
	hwm := pollHWM(cmd.Process.Pid)
	err := cmd.Wait()
	r := result{stdout: out.String(), stderr: errb.String(), elapsed: time.Since(start), hwmKB: <-hwm}
	if ctx.Err() != nil {
		t.Fatalf("newsgraph %s: still running after %s\nstderr: %s", strings.Join(args, " "), timeout, tail(r.stderr))
	}
	if err != nil {
		if ee, ok := err.(*exec.ExitError); ok {
			r.exit = ee.ExitCode()
		} else {
			t.Fatalf("newsgraph %s: %v", strings.Join(args, " "), err)
		}
	}
	if ru, ok := cmd.ProcessState.SysUsage().(*syscall.Rusage); ok {
		r.maxRSSKB = ru.Maxrss
	}
	return r
}

func tail(s string) string {
	if len(s) > 2000 {
		return "..." + s[len(s)-2000:]
	}
	return s
}

// openStore opens a store the way every command does, failing the test if it
// needs anything but Badger's normal recovery.
func openStore(t testing.TB, dir string) *store.Store {
	t.Helper()
	st, err := store.Open(dir, store.Options{})
	if err != nil {
		t.Fatalf("store %s does not open: %v", dir, err)
	}
	return st
}

// dump lists everything a store holds, one line per record, with the fields
// that differ between identical runs (ingest time) left out. Two stores with
// equal dumps hold the same ids, counts and facts.
func dump(t testing.TB, dir string) []string {
	t.Helper()
	st := openStore(t, dir)
	defer st.Close()
	ctx := context.Background()
	var lines []string
	add := func(kind string, v any) {
		b, err := json.Marshal(v)
		if err != nil {
			t.Fatal(err)
		}
		lines = append(lines, kind+" "+string(b))
	}
	stats, err := st.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	add("stats", stats)
	page := func(name string, fetch func(store.Page) (store.PageInfo, error)) {
		p := store.Page{Limit: 100}
		for {
			info, err := fetch(p)
			if err != nil {
				t.Fatalf("dump %s: %v", name, err)
			}
			if !info.HasNext {
				return
			}
			p.After = info.Next
		}
	}
	page("documents", func(p store.Page) (store.PageInfo, error) {
		docs, info, err := st.Documents(ctx, p)
		for _, d := range docs {
			sum := sha256.Sum256([]byte(d.Text))
			d.Text, d.IngestedAt = hex.EncodeToString(sum[:]), time.Time{}
			add("document", d)
		}
		return info, err
	})
	var entityIDs []uint64
	page("entities", func(p store.Page) (store.PageInfo, error) {
		es, info, err := st.FindEntities(ctx, "", nil, p)
		for _, e := range es {
			add("entity", e)
			entityIDs = append(entityIDs, e.ID)
		}
		return info, err
	})
	for _, id := range entityIDs {
		page("relations", func(p store.Page) (store.PageInfo, error) {
			rs, info, err := st.Relations(ctx, id, store.RelationFilter{Direction: store.Out}, p)
			for _, r := range rs {
				add("relation", r)
			}
			return info, err
		})
	}
	page("events", func(p store.Page) (store.PageInfo, error) {
		evs, info, err := st.Events(ctx, store.EventFilter{}, p)
		for _, e := range evs {
			add("event", e)
		}
		return info, err
	})
	page("quotes", func(p store.Page) (store.PageInfo, error) {
		qs, info, err := st.Quotes(ctx, 0, p)
		for _, q := range qs {
			add("quote", q)
		}
		return info, err
	})
	slices.Sort(lines)
	return lines
}

// sameDump fails the test at the first difference between two dumps.
func sameDump(t testing.TB, what string, got, want []string) {
	t.Helper()
	if slices.Equal(got, want) {
		return
	}
	for i := range max(len(got), len(want)) {
		var g, w string
		if i < len(got) {
			g = got[i]
		}
		if i < len(want) {
			w = want[i]
		}
		if g != w {
			t.Fatalf("%s: dump differs from the uninterrupted run at line %d (of %d vs %d):\n got %.400s\nwant %.400s", what, i, len(got), len(want), g, w)
		}
	}
}

// servingRE finds the address in serve's first line of output.
var servingRE = regexp.MustCompile(`serving (http://\S+)`)

// server is a running `newsgraph serve`.
type server struct {
	cmd    *exec.Cmd
	url    string
	stderr *syncBuffer
	done   chan struct{}
}

// startServer starts serve on a free loopback port and waits until it answers.
func startServer(t testing.TB, env []string, args ...string) *server {
	t.Helper()
	cmd := exec.Command(binary, append([]string{"serve", "--addr", "127.0.0.1:0"}, args...)...)
	cmd.Env = append(os.Environ(), env...)
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	s := &server{cmd: cmd, stderr: &syncBuffer{}, done: make(chan struct{})}
	cmd.Stderr = s.stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	found := make(chan string, 1)
	go func() {
		sc := bufio.NewScanner(stdout)
		for sc.Scan() {
			if m := servingRE.FindStringSubmatch(sc.Text()); m != nil {
				select {
				case found <- m[1]:
				default:
				}
			}
		}
		_, _ = io.Copy(io.Discard, stdout)
	}()
	go func() { _ = cmd.Wait(); close(s.done) }()
	select {
	case s.url = <-found:
	case <-s.done:
		t.Fatalf("serve exited before listening: %s", tail(s.stderr.String()))
	case <-time.After(60 * time.Second):
		s.kill()
		t.Fatal("serve did not start within 60s")
	}
	return s
}

// kill sends SIGKILL and waits for the process to be gone.
func (s *server) kill() {
	_ = s.cmd.Process.Signal(syscall.SIGKILL)
	<-s.done
}

// stop asks for a graceful shutdown (SIGTERM) and waits.
func (s *server) stop(t testing.TB) {
	t.Helper()
	_ = s.cmd.Process.Signal(syscall.SIGTERM)
	select {
	case <-s.done:
	case <-time.After(30 * time.Second):
		s.kill()
		t.Fatal("serve did not stop within 30s of SIGTERM")
	}
}

// syncBuffer collects a child's stderr while the test may read it.
type syncBuffer struct {
	mu sync.Mutex
	b  strings.Builder
}

func (w *syncBuffer) Write(p []byte) (int, error) {
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.b.Write(p)
}

func (w *syncBuffer) String() string {
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.b.String()
}

// pollHWM samples /proc/pid/status for VmHWM (the peak resident set of the
// process's own memory) every 20 ms until the process is gone, and sends the
// last value read.
func pollHWM(pid int) <-chan int64 {
	out := make(chan int64, 1)
	go func() {
		var last int64
		path := fmt.Sprintf("/proc/%d/status", pid)
		for {
			b, err := os.ReadFile(path)
			if err != nil {
				break
			}
			_, rest, ok := strings.Cut(string(b), "VmHWM:")
			if !ok {
				break // a zombie has no memory lines
			}
			f := strings.Fields(rest)
			if len(f) > 0 {
				if v, err := strconv.ParseInt(f[0], 10, 64); err == nil {
					last = v
				}
			}
			time.Sleep(20 * time.Millisecond)
		}
		out <- last
	}()
	return out
}
