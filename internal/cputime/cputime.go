// Package cputime reads the CPU time this process has used. Benchmarks and
// the bench command report work per CPU second, because on a shared machine
// wall time also measures the other processes.
package cputime
