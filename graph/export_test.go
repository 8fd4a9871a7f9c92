package graph

import "net/http"

// NewHandlerCountingHits is NewHandler with a way to read how many requests
// its response cache answered (cfg.ResponseCache must be positive).
func NewHandlerCountingHits(cfg ServerConfig) (http.Handler, func() int64) {
	h, rc := newHandler(cfg)
	return h, rc.hits.Load
}
