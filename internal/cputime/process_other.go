//go:build !unix

package cputime

import "time"

// Process is 0 where the system gives no per-process CPU time; callers
// then report no CPU figure.
func Process() time.Duration { return 0 }
