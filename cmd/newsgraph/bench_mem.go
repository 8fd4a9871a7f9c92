package main

import (
	"fmt"
	"runtime"
	"runtime/metrics"
	"time"

	"github.com/newsgraph/newsgraph/internal/cputime"
)

// benchMem is what the Go runtime reports about allocation and garbage
// collection at one moment. Two snapshots around a row give its allocations
// per request and the collector's share of the work: a bigger store means a
// bigger live heap, and a collection over a bigger heap takes longer (its
// mark assists and pauses land on requests), so the growth of a row's tail
// latency is to be read next to these.
type benchMem struct {
	allocs, bytes uint64        // cumulative heap allocations (objects, bytes)
	cycles        uint64        // completed GC cycles
	gcCPU         time.Duration // CPU the collector used (marking, assists, pauses)
	live          uint64        // heap marked live by the last cycle
}

var benchMemNames = [...]string{
	"/gc/heap/allocs:objects",
	"/gc/heap/allocs:bytes",
	"/gc/cycles/total:gc-cycles",
	"/cpu/classes/gc/total:cpu-seconds",
	"/gc/heap/live:bytes",
}

func readBenchMem() benchMem {
	var s [len(benchMemNames)]metrics.Sample
	for i, n := range benchMemNames {
		s[i].Name = n
	}
	metrics.Read(s[:])
	u := func(i int) uint64 {
		if s[i].Value.Kind() != metrics.KindUint64 {
			return 0 // not reported by this Go version
		}
		return s[i].Value.Uint64()
	}
	var m benchMem
	m.allocs, m.bytes, m.cycles, m.live = u(0), u(1), u(2), u(4)
	if s[3].Value.Kind() == metrics.KindFloat64 {
		m.gcCPU = time.Duration(s[3].Value.Float64() * float64(time.Second))
	}
	return m
}

// memRow fills r's per-request allocation and collector figures from the
// snapshots taken before and after its load.
func memRow(r *benchResult, before, after benchMem) {
	n := uint64(max(r.n, 1))
	r.allocsPerReq = float64(after.allocs-before.allocs) / float64(n)
	r.bytesPerReq = float64(after.bytes-before.bytes) / float64(n)
	r.gcCycles = int(after.cycles - before.cycles)
	r.gcCPUPerReq = (after.gcCPU - before.gcCPU) / time.Duration(n)
	r.liveHeap = after.live
}

// heapAfterGC collects a few times (outside any row: no request in flight)
// and reports the live heap, the part of it the collector had to scan, and
// the CPU time of one collection (the smallest of the runs: another process
// can only add to it). A cycle's marking work is the scannable part, not the
// live heap: badger's memtable arenas and cached blocks are byte slices,
// which count in live but cost the marking nothing. The marking is what
// competes with requests for the cores while a collection runs, so its CPU
// is the figure that should not grow with the store.
func heapAfterGC() string {
	var best time.Duration
	for i := range 5 {
		c0 := cputime.Process()
		runtime.GC()
		if c := cputime.Process() - c0; i == 0 || c < best {
			best = c
		}
	}
	s := []metrics.Sample{{Name: "/gc/heap/live:bytes"}, {Name: "/gc/scan/heap:bytes"}, {Name: "/gc/heap/objects:objects"}}
	metrics.Read(s)
	u := func(i int) uint64 {
		if s[i].Value.Kind() != metrics.KindUint64 {
			return 0
		}
		return s[i].Value.Uint64()
	}
	return fmt.Sprintf("heap after a collection: live %.0f MB in %d objects, of which %.1f MB scanned; a collection takes %.1fms of CPU",
		float64(u(0))/(1<<20), u(2), float64(u(1))/(1<<20), float64(best)/1e6)
}
