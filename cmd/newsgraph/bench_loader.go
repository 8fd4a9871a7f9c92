package main

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"os"
	"os/exec"
	"time"

	"github.com/newsgraph/newsgraph/internal/cputime"
)

// A loader drives the bench's servers (numbered as benchServe starts them)
// with its clients.
//
// The default runs the clients as goroutines of the bench's process, next
// to the server. --client process runs them in a process of their own with
// one P, as wrk would. Measured on this 2-core machine (a quiet minute, the
// bbc store): the process client cost more CPU per request (0.11 ms against
// 0.08 ms for search) and its back-to-back p99 was 18 ms against 3.5 ms. With
// three busy threads on two cores the kernel preempts a server thread in the
// middle of its requests whenever the client thread wakes, where in-process
// clients wait for the Go scheduler, which switches between requests. Only
// on a machine crowded by other processes did the process client come out
// ahead, and then because two processes get a larger share of the machine
// than one.
type loader interface {
	// warm sends every body once, then loads briefly; nothing is measured.
	warm(ctx context.Context, srv int, bodies [][]byte) error
	// run loads server srv for d, back to back (rate 0) or paced; cpu is
	// the CPU time the clients used, when not counted in this process's.
	run(ctx context.Context, srv int, d time.Duration, bodies [][]byte, rate int) (res benchResult, cpu time.Duration, err error)
	close()
}

// inProcess runs the clients as goroutines of this process.
type inProcess struct{ doers [][]benchDoer }

func newInProcess(kind string, addrs []string, clients int) (*inProcess, error) {
	l := &inProcess{}
	for _, addr := range addrs {
		var newDoer func() benchDoer
		switch kind {
		case "raw":
			newDoer = func() benchDoer { return newRawConn(addr, "/graphql") }
		case "http":
			c := newHTTPClient(clients)
			newDoer = func() benchDoer { return httpDoer{c, "http://" + addr + "/graphql"} }
		default:
			return nil, usageErr(fmt.Sprintf("bench: --client %q: want process, raw or http", kind))
		}
		ds := make([]benchDoer, clients)
		for j := range ds {
			ds[j] = newDoer()
		}
		l.doers = append(l.doers, ds)
	}
	return l, nil
}

func (l *inProcess) warm(ctx context.Context, srv int, bodies [][]byte) error {
	return warmDoers(ctx, l.doers[srv], bodies)
}

func (l *inProcess) run(ctx context.Context, srv int, d time.Duration, bodies [][]byte, rate int) (benchResult, time.Duration, error) {
	res, err := benchRun(ctx, l.doers[srv], d, bodies, rate)
	return res, 0, err
}

func (l *inProcess) close() {
	for _, ds := range l.doers {
		for _, d := range ds {
			d.close()
			if h, ok := d.(httpDoer); ok {
				h.c.Transport.(*http.Transport).CloseIdleConnections()
			}
		}
	}
}

func warmDoers(ctx context.Context, doers []benchDoer, bodies [][]byte) error {
	if err := benchWarm(ctx, doers, bodies); err != nil {
		return err
	}
	_, err := benchLoad(ctx, doers, 300*time.Millisecond, bodies)
	return err
}

// loadJob is one phase the client process runs; loadReply its answer.
type loadJob struct {
	Addr     string
	Clients  int
	Duration time.Duration
	Rate     int
	Warm     bool
	Bodies   [][]byte
}

type loadReply struct {
	N, Errors, AvgBytes int
	RPS                 float64
	P50, P99, Max, CPU  time.Duration
	SvcP99              time.Duration
	Err                 string
}

// loadClientEnv marks the client process (bench --load-client); the test
// binary, which has no subcommands, checks it in TestMain.
const loadClientEnv = "NEWSGRAPH_BENCH_LOAD_CLIENT"

// processLoader talks to the client process over its stdin and stdout, one
// JSON job and one JSON reply per phase.
type processLoader struct {
	addrs   []string
	clients int
	cmd     *exec.Cmd
	in      io.WriteCloser
	enc     *json.Encoder
	dec     *json.Decoder
}

func newProcessLoader(addrs []string, clients int, stderr io.Writer) (*processLoader, error) {
	exe, err := os.Executable()
	if err != nil {
		return nil, fmt.Errorf("bench: client process: %w", err)
	}
	cmd := exec.Command(exe, "bench", "--load-client")
	cmd.Env = append(os.Environ(), loadClientEnv+"=1", "GOMAXPROCS=1")
	cmd.Stderr = stderr
	in, err := cmd.StdinPipe()
	if err != nil {
		return nil, fmt.Errorf("bench: client process: %w", err)
	}
	out, err := cmd.StdoutPipe()
	if err != nil {
		return nil, fmt.Errorf("bench: client process: %w", err)
	}
	if err := cmd.Start(); err != nil {
		return nil, fmt.Errorf("bench: client process: %w", err)
	}
	return &processLoader{addrs: addrs, clients: clients, cmd: cmd, in: in,
		enc: json.NewEncoder(in), dec: json.NewDecoder(bufio.NewReader(out))}, nil
}

func (l *processLoader) do(ctx context.Context, job loadJob) (loadReply, error) {
	if err := ctx.Err(); err != nil {
		return loadReply{}, err
	}
	var r loadReply
	if err := l.enc.Encode(job); err != nil {
		return r, fmt.Errorf("bench: client process: %w", err)
	}
	if err := l.dec.Decode(&r); err != nil {
		return r, fmt.Errorf("bench: client process: %w", err)
	}
	if r.Err != "" {
		return r, fmt.Errorf("bench: %s", r.Err)
	}
	return r, ctx.Err()
}

func (l *processLoader) warm(ctx context.Context, srv int, bodies [][]byte) error {
	_, err := l.do(ctx, loadJob{Addr: l.addrs[srv], Clients: l.clients, Warm: true, Bodies: bodies})
	return err
}

func (l *processLoader) run(ctx context.Context, srv int, d time.Duration, bodies [][]byte, rate int) (benchResult, time.Duration, error) {
	r, err := l.do(ctx, loadJob{Addr: l.addrs[srv], Clients: l.clients, Duration: d, Rate: rate, Bodies: bodies})
	if err != nil {
		return benchResult{}, 0, err
	}
	return benchResult{n: r.N, errors: r.Errors, rps: r.RPS, p50: r.P50, p99: r.P99, max: r.Max, svcP99: r.SvcP99, avgBytes: r.AvgBytes}, r.CPU, nil
}

func (l *processLoader) close() {
	l.in.Close() // the client process ends at the end of its input
	if err := l.cmd.Wait(); err != nil {
		l.cmd.Process.Kill()
	}
}

// runLoadClient is the client process: it runs the jobs read from in with
// kept-alive raw connections (one set per server address) and writes a reply
// for each to out, until in ends.
func runLoadClient(ctx context.Context, in io.Reader, out io.Writer) error {
	dec := json.NewDecoder(bufio.NewReader(in))
	enc := json.NewEncoder(out)
	conns := map[string][]benchDoer{}
	defer func() {
		for _, ds := range conns {
			for _, d := range ds {
				d.close()
			}
		}
	}()
	for {
		var job loadJob
		if err := dec.Decode(&job); err != nil {
			if errors.Is(err, io.EOF) {
				return nil
			}
			return fmt.Errorf("bench client: %w", err)
		}
		ds := conns[job.Addr]
		for len(ds) < job.Clients {
			ds = append(ds, newRawConn(job.Addr, "/graphql"))
		}
		conns[job.Addr] = ds
		ds = ds[:job.Clients]
		var r loadReply
		var err error
		if job.Warm {
			err = warmDoers(ctx, ds, job.Bodies)
		} else {
			cpu0 := cputime.Process()
			var res benchResult
			res, err = benchRun(ctx, ds, job.Duration, job.Bodies, job.Rate)
			r = loadReply{N: res.n, Errors: res.errors, AvgBytes: res.avgBytes, RPS: res.rps,
				P50: res.p50, P99: res.p99, Max: res.max, SvcP99: res.svcP99, CPU: cputime.Process() - cpu0}
		}
		if err != nil {
			r.Err = err.Error()
		}
		if err := enc.Encode(r); err != nil {
			return fmt.Errorf("bench client: %w", err)
		}
	}
}
