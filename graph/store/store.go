// Package store owns every Badger key of Newsgraph: documents, canonical entities,
// mentions, relations, events, quotes and their indexes. Nothing else imports badger.
package store

import (
	"context"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"sync"
	"time"

	badger "github.com/dgraph-io/badger/v4"
)

// Options configures Open. The zero value is usable.
type Options struct {
	Logger   *slog.Logger // default: discard
	InMemory bool         // for tests that do not need a folder
	ReadOnly bool

	// MemTableSize is badger's memtable size; default 64 MiB. Three memtables
	// are kept, so about 3x this is held for writes. It also bounds one
	// document's transaction (badger allows ~15% of it per transaction, not
	// counting values over 1 MiB, which go to the value log).
	MemTableSize int64
	// BlockCacheSize is badger's block cache; default 256 MiB.
	BlockCacheSize int64
	// GCInterval is how often value-log garbage collection runs; default 5
	// minutes, negative disables it.
	GCInterval time.Duration
	// SyncWrites fsyncs every commit; default off (a crash may lose the last
	// documents, which re-ingest restores since ingest is idempotent).
	SyncWrites bool
}

// Store is the graph database. It is safe for concurrent use; writes are serialized.
type Store struct {
	db       *badger.DB
	log      *slog.Logger
	readOnly bool

	// mu serializes writers: ingest reads indexes (name, alias, edge identity)
	// and then writes, so two writers would race on entity resolution.
	mu sync.Mutex

	cache *readCache
	fuzzy fuzzyIndex
	paths sync.Pool // *bfsPair, reused by path searches
	hits  sync.Pool // *hitScratch, reused by searches
	names nameIndex // guarded by mu

	stopGC chan struct{}
	gcDone chan struct{}
	closed sync.Once
}

// Open opens (creating if needed) the store in dir. It refuses a store written
// with another key format version, except version 2, which it upgrades.
func Open(dir string, opts Options) (*Store, error) {
	log := opts.Logger
	if log == nil {
		log = slog.New(slog.NewTextHandler(io.Discard, nil))
	}
	memTable := orDefault(opts.MemTableSize, 64<<20)
	bo := badger.DefaultOptions(dir).
		WithInMemory(opts.InMemory).
		WithReadOnly(opts.ReadOnly).
		WithLogger(badgerLogger{log}).
		WithSyncWrites(opts.SyncWrites).
		// Every write of store data holds Store.mu, so transactions never
		// race: tracking the keys each one reads, for conflicts that cannot
		// happen, is cost for nothing. (Watch's marker keys are its own.)
		WithDetectConflicts(false).
		// Sized for a 2-core, 24 GiB machine that also runs extraction:
		// fewer memtables and compactors than badger's server defaults.
		WithMemTableSize(memTable).
		// Badger requires values kept in the LSM tree to fit a transaction
		// (15% of a memtable); small test memtables need a smaller threshold.
		WithValueThreshold(min(1<<20, memTable*15/100/4)).
		WithNumMemtables(3).
		WithNumCompactors(2).
		WithNumGoroutines(2).
		WithBlockCacheSize(orDefault(opts.BlockCacheSize, 256<<20)).
		WithIndexCacheSize(64 << 20).
		// Smaller value-log files than the 1 GiB default so GC can reclaim space
		// from a modest store.
		WithValueLogFileSize(256 << 20)
	if opts.InMemory {
		bo = bo.WithDir("").WithValueDir("")
	} else if !opts.ReadOnly {
		if err := removeEmptyLogs(dir, log); err != nil {
			return nil, fmt.Errorf("store: open %q: %w", dir, err)
		}
	}
	db, err := badger.Open(bo)
	if err != nil {
		return nil, fmt.Errorf("store: open %q: %w", dir, err)
	}
	s := &Store{db: db, log: log, readOnly: opts.ReadOnly, cache: newReadCache()}
	s.fuzzy.counters.New = func() any { return &triCounter{} }
	if err := s.checkFormat(); err != nil {
		db.Close()
		return nil, fmt.Errorf("store: open %q: %w", dir, err)
	}
	interval := opts.GCInterval
	if interval == 0 {
		interval = 5 * time.Minute
	}
	if !opts.InMemory && !opts.ReadOnly && interval > 0 {
		s.stopGC = make(chan struct{})
		s.gcDone = make(chan struct{})
		go s.gcLoop(interval)
	}
	return s, nil
}

func orDefault(v, def int64) int64 {
	if v <= 0 {
		return def
	}
	return v
}

// checkFormat writes the format version into a new store and compares it in an
// existing one: reading keys of another layout would return garbage, not errors.
func (s *Store) checkFormat() error {
	var have uint64
	found, empty := false, true
	err := s.db.View(func(txn *badger.Txn) error {
		item, err := txn.Get(metaFormatKey())
		if err == nil {
			found = true
			return item.Value(func(v []byte) error {
				if len(v) != 8 {
					return fmt.Errorf("format version value has %d bytes, want 8", len(v))
				}
				have = binary.BigEndian.Uint64(v)
				return nil
			})
		}
		if !errors.Is(err, badger.ErrKeyNotFound) {
			return err
		}
		it := txn.NewIterator(badger.IteratorOptions{})
		defer it.Close()
		it.Rewind()
		empty = !it.Valid()
		return nil
	})
	if err != nil {
		return err
	}
	switch {
	case found && (have == 2 || have == 3) && formatVersion == 4:
		// Version 3 only added key families (resolutions, separations: see
		// keys.go), so a version-2 store is a version-3 store without them;
		// version 4 lets a J key hold a block of documents, and the one-document
		// J keys of older versions are such blocks; it has no trigram keys.
		// The version is raised on the first writable open so that an older
		// binary, which would ignore separations, read one document per block
		// and miss trigram keys, refuses the store.
		if s.readOnly {
			return nil
		}
		s.log.Info("store: upgrading format version", "from", have, "to", formatVersion)
		// Trigram keys are no longer read or kept up to date. Dropping them
		// first means a crash before the version is raised repeats the upgrade.
		if err := s.db.DropPrefix([]byte{pTrigram}); err != nil {
			return fmt.Errorf("upgrade: drop trigram keys: %w", err)
		}
		return s.db.Update(func(txn *badger.Txn) error {
			return txn.Set(metaFormatKey(), appendU64(nil, formatVersion))
		})
	case found && have != formatVersion:
		return fmt.Errorf("store format version %d, this binary reads version %d", have, formatVersion)
	case found:
		return nil
	case !empty:
		return errors.New("not a newsgraph store: no format version key")
	case s.readOnly:
		return errors.New("empty store opened read-only: no format version key")
	}
	return s.db.Update(func(txn *badger.Txn) error {
		return txn.Set(metaFormatKey(), appendU64(nil, formatVersion))
	})
}

func (s *Store) gcLoop(interval time.Duration) {
	defer close(s.gcDone)
	t := time.NewTicker(interval)
	defer t.Stop()
	for {
		select {
		case <-s.stopGC:
			return
		case <-t.C:
			// One call rewrites at most one file; repeat while it finds work.
			for i := 0; i < 16; i++ {
				if err := s.db.RunValueLogGC(0.5); err != nil {
					if !errors.Is(err, badger.ErrNoRewrite) && !errors.Is(err, badger.ErrRejected) {
						s.log.Warn("store: value log gc", "err", err)
					}
					break
				}
			}
		}
	}
}

// Close stops value-log GC, flushes and closes the store. Closing twice is harmless.
func (s *Store) Close() error {
	var err error
	s.closed.Do(func() {
		if s.stopGC != nil {
			close(s.stopGC)
			<-s.gcDone
		}
		if cerr := s.db.Close(); cerr != nil {
			err = fmt.Errorf("store: close: %w", cerr)
		}
	})
	return err
}

// badgerLogger routes badger's log lines to slog: errors and warnings as such,
// its chatty info/debug lines at debug level.
type badgerLogger struct{ l *slog.Logger }

func (b badgerLogger) Errorf(f string, a ...any)   { b.l.Error("badger: " + fmt.Sprintf(f, a...)) }
func (b badgerLogger) Warningf(f string, a ...any) { b.l.Warn("badger: " + fmt.Sprintf(f, a...)) }
func (b badgerLogger) Infof(f string, a ...any)    { b.l.Debug("badger: " + fmt.Sprintf(f, a...)) }
func (b badgerLogger) Debugf(f string, a ...any)   { b.l.Debug("badger: " + fmt.Sprintf(f, a...)) }

// view runs fn in a read-only transaction after checking ctx.
func (s *Store) view(ctx context.Context, fn func(txn *badger.Txn) error) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	return s.db.View(fn)
}

// readRecord reads the JSON record of family prefix with this id in its own
// read transaction; kind names it in errors ("quote 7: not found").
func readRecord[T any](ctx context.Context, s *Store, prefix byte, id uint64, kind string) (T, error) {
	var v T
	err := s.view(ctx, func(txn *badger.Txn) error {
		return getJSON(txn, idKey(prefix, id), &v, fmt.Sprintf("%s %d", kind, id))
	})
	if err != nil {
		var zero T
		return zero, fmt.Errorf("store: %w", err)
	}
	return v, nil
}

// getJSON decodes the value at key into v, translating a missing key to
// ErrNotFound. what names the record for the error message.
func getJSON(txn *badger.Txn, key []byte, v any, what string) error {
	item, err := txn.Get(key)
	if errors.Is(err, badger.ErrKeyNotFound) {
		return fmt.Errorf("%s: %w", what, ErrNotFound)
	}
	if err != nil {
		return fmt.Errorf("%s: %w", what, err)
	}
	return item.Value(func(b []byte) error {
		if err := json.Unmarshal(b, v); err != nil {
			return fmt.Errorf("%s: decode: %w", what, err)
		}
		return nil
	})
}

// getU64 reads a uint64 value; ok is false when the key is absent.
func getU64(txn *badger.Txn, key []byte) (v uint64, ok bool, err error) {
	item, err := txn.Get(key)
	if errors.Is(err, badger.ErrKeyNotFound) {
		return 0, false, nil
	}
	if err != nil {
		return 0, false, err
	}
	err = item.Value(func(b []byte) error {
		if len(b) != 8 {
			return fmt.Errorf("store: key %x: value has %d bytes, want 8", key, len(b))
		}
		v = binary.BigEndian.Uint64(b)
		return nil
	})
	return v, err == nil, err
}

func exists(txn *badger.Txn, key []byte) (bool, error) {
	_, err := txn.Get(key)
	if errors.Is(err, badger.ErrKeyNotFound) {
		return false, nil
	}
	return err == nil, err
}

// scan calls fn for each key with prefix, starting at start (or the prefix when
// start is nil) and skipping start itself when skipStart. fn returns false to
// stop. Values are fetched only when withValues. The item is only valid inside fn.
func scan(txn *badger.Txn, prefix, start []byte, skipStart, withValues bool, fn func(item *badger.Item) (bool, error)) error {
	opts := badger.IteratorOptions{Prefix: prefix, PrefetchValues: withValues, PrefetchSize: 64}
	it := txn.NewIterator(opts)
	defer it.Close()
	if start == nil {
		start = prefix
	}
	for it.Seek(start); it.ValidForPrefix(prefix); it.Next() {
		item := it.Item()
		if skipStart && string(item.Key()) == string(start) {
			continue
		}
		more, err := fn(item)
		if err != nil {
			return err
		}
		if !more {
			return nil
		}
	}
	return nil
}

// pageLimit applies the default and the cap to a requested page size.
func pageLimit(p Page) int {
	switch {
	case p.Limit <= 0:
		return DefaultPageSize
	case p.Limit > MaxPageSize:
		return MaxPageSize
	}
	return p.Limit
}

// DefaultPageSize is the page size when Page.Limit is 0; MaxPageSize caps it.
const (
	DefaultPageSize = 50
	MaxPageSize     = 1000
)
