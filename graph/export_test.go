package graph

import (
	"net/http"
	"sync/atomic"
)

// NewHandlerCountingHits is NewHandler with a way to read how many requests
// its response cache answered (cfg.ResponseCache must be positive).
func NewHandlerCountingHits(cfg ServerConfig) (http.Handler, func() int64) {
	h, rc := newHandler(cfg)
	return h, rc.hits.Load
}

// NewHandlerGqlgenOnly is NewHandler with the plain writer (plain.go) off:
// every field goes through gqlgen's executor.
func NewHandlerGqlgenOnly(cfg ServerConfig) http.Handler {
	cfg.gqlgenOnly = true
	return NewHandler(cfg)
}

// NewHandlerCountingPlain is NewHandler with a way to read how many root
// fields the plain writer answered.
func NewHandlerCountingPlain(cfg ServerConfig) (http.Handler, func() int64) {
	var n atomic.Int64
	cfg.plainAnswers = &n
	return NewHandler(cfg), n.Load
}
