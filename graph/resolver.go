package graph

//go:generate go tool gqlgen generate

import (
	"context"
	"log/slog"
	"sync"

	"github.com/newsgraph/newsgraph/extract"
	"github.com/newsgraph/newsgraph/graph/analytics"
	"github.com/newsgraph/newsgraph/graph/store"
)

// Ingester extracts and stores one document; the ingest package implements it.
type Ingester interface {
	IngestDocument(ctx context.Context, d extract.Document) (store.IngestResult, error)
}

// Resolver holds the dependencies every resolver shares. Resolvers are stateless
// beyond these; per-request state (dataloaders) travels in the context.
type Resolver struct {
	Store    *store.Store
	Ingester Ingester // nil disables the ingestDocument mutation
	Logger   *slog.Logger

	// Analytics answers topEntities, communities and the other analytics
	// fields (graph/analytics.graphql); it caches per store version.
	Analytics *analytics.Engine

	// models shares converted entities between requests (nil: none).
	models *modelCache
	// plainWriters keeps the plain writer's buffers between requests
	// (nil: none; see newPlainWriter).
	plainWriters *sync.Pool
}
