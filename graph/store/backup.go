package store

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"

	badger "github.com/dgraph-io/badger/v4"
)

// Backups are Badger's own stream format (DB.Backup / DB.Load): every key with
// its commit version, so a backup taken "since" a version holds exactly the
// writes committed after the previous one, and loading a full backup followed
// by its incrementals in order rebuilds the store as it was.

// ErrNotEmpty is returned (wrapped) by Restore when the store already holds data.
var ErrNotEmpty = errors.New("store: not empty")

// Backup writes every entry committed after version since (0: all of them)
// to w. It returns the version to pass as since to the next incremental
// backup; when nothing new was written that is since itself.
func (s *Store) Backup(ctx context.Context, w io.Writer, since uint64) (next uint64, err error) {
	if err := ctx.Err(); err != nil {
		return 0, err
	}
	last, err := s.db.Backup(w, since)
	if err != nil {
		return 0, fmt.Errorf("store: backup since %d: %w", since, err)
	}
	// Badger reports the version of the last entry written, or 0 when there was
	// none. Its doc says to pass that version plus one next time, but its
	// iterator already skips versions <= since (IteratorOptions.SinceTs), so
	// plus one would lose a commit made at exactly that version: pass it as is.
	return max(last, since), nil
}

// Restore loads backups made by Backup, in the order given (a full backup, then
// its incrementals), into an empty store: loading into a store with data of
// its own would mix two id sequences. It checks the format version afterwards,
// since a backup carries the format key of the store it came from.
func (s *Store) Restore(ctx context.Context, backups ...io.Reader) error {
	if s.readOnly {
		return fmt.Errorf("store: restore: %w", ErrReadOnly)
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	empty, err := s.isEmpty(ctx)
	if err != nil {
		return fmt.Errorf("store: restore: %w", err)
	}
	if !empty {
		return fmt.Errorf("store: restore: %w", ErrNotEmpty)
	}
	s.names = nameIndex{} // Load writes behind the ingest writer's back
	for i, r := range backups {
		if err := ctx.Err(); err != nil {
			return err
		}
		if err := s.db.Load(r, 256); err != nil {
			return fmt.Errorf("store: restore backup %d of %d: %w", i+1, len(backups), err)
		}
	}
	// What was read from the empty store (and Version) must not outlive it.
	s.cache.invalidate(invalidation{all: true})
	if err := s.checkFormat(); err != nil {
		return fmt.Errorf("store: restore: %w", err)
	}
	return nil
}

// isEmpty reports whether the store holds nothing but its format version key.
func (s *Store) isEmpty(ctx context.Context) (bool, error) {
	empty := true
	err := s.view(ctx, func(txn *badger.Txn) error {
		it := txn.NewIterator(badger.IteratorOptions{})
		defer it.Close()
		for it.Rewind(); it.Valid(); it.Next() {
			if !bytes.Equal(it.Item().Key(), metaFormatKey()) {
				empty = false
				return nil
			}
		}
		return nil
	})
	return empty, err
}
