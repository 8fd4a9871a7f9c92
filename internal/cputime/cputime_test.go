package cputime

import (
	"runtime"
	"testing"
)

// TestProcessGrows: burning CPU raises the figure.
func TestProcessGrows(t *testing.T) {
	if runtime.GOOS == "windows" || runtime.GOOS == "plan9" {
		t.Skip("no per-process CPU time here")
	}
	before := Process()
	x := 0
	for i := 0; i < 50_000_000; i++ {
		x += i ^ (x >> 3)
	}
	after := Process()
	if after <= before {
		t.Errorf("CPU time did not grow: %v then %v (x=%d)", before, after, x)
	}
}
