package store

import (
	"bytes"
	"context"
	"errors"
	"path/filepath"
	"testing"
)

// snapshotCounts scans every family and returns how many records each holds.
func snapshotCounts(t *testing.T, s *Store) (Stats, uint64) {
	t.Helper()
	var st Stats
	var version uint64
	err := s.Snapshot(context.Background(), func(sn *Snapshot) error {
		version = sn.Version()
		if err := sn.Entities(func(Entity) error { st.Entities++; return nil }); err != nil {
			return err
		}
		if err := sn.Relations(func(Relation) error { st.Relations++; return nil }); err != nil {
			return err
		}
		if err := sn.Events(func(Event) error { st.Events++; return nil }); err != nil {
			return err
		}
		if err := sn.Quotes(func(Quote) error { st.Quotes++; return nil }); err != nil {
			return err
		}
		if err := sn.Documents(func(d Document) error {
			if d.Text != "" {
				t.Errorf("Documents scan returned text of document %d", d.ID)
			}
			st.Documents++
			return nil
		}); err != nil {
			return err
		}
		return sn.EntityDocuments(func(_, _ uint64, n int) error { st.Mentions += n; return nil })
	})
	if err != nil {
		t.Fatalf("Snapshot: %v", err)
	}
	return st, version
}

func TestSnapshotScansEveryFamilyAndVersionCountsChanges(t *testing.T) {
	s, _ := newTestStore(t)
	ctx := context.Background()
	v0, err := s.Version(ctx)
	if err != nil {
		t.Fatal(err)
	}
	docs := kerryLavrov()
	ingest(t, s, docs[0])
	v1, _ := s.Version(ctx)
	if v1 <= v0 {
		t.Fatalf("Version after an ingest = %d, want > %d", v1, v0)
	}
	if v, _ := s.Version(ctx); v != v1 {
		t.Fatalf("Version changed without a write: %d then %d", v1, v)
	}
	ingest(t, s, docs[1])
	ingest(t, s, docs[1]) // idempotent: skipped, commits nothing new
	got, sv := snapshotCounts(t, s)
	want, err := s.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if got != want {
		t.Errorf("scanned counts = %+v; Stats = %+v", got, want)
	}
	if v2, _ := s.Version(ctx); sv != v2 || v2 <= v1 {
		t.Errorf("snapshot version %d, store version %d, after first ingest %d", sv, v2, v1)
	}
}

func TestSnapshotStopsAtCallbackError(t *testing.T) {
	s, _ := newTestStore(t)
	ingest(t, s, kerryLavrov()...)
	stop := errors.New("stop")
	n := 0
	err := s.Snapshot(context.Background(), func(sn *Snapshot) error {
		return sn.Entities(func(Entity) error { n++; return stop })
	})
	if !errors.Is(err, stop) || n != 1 {
		t.Fatalf("Entities with a failing callback: err=%v after %d calls; want stop after 1", err, n)
	}
}

func TestBackupIncrementalRestore(t *testing.T) {
	src, _ := newTestStore(t)
	ctx := context.Background()
	docs := kerryLavrov()
	ingest(t, src, docs[0])
	var full, incr, empty bytes.Buffer
	next, err := src.Backup(ctx, &full, 0)
	if err != nil {
		t.Fatalf("full Backup: %v", err)
	}
	ingest(t, src, docs[1])
	next2, err := src.Backup(ctx, &incr, next)
	if err != nil || next2 <= next {
		t.Fatalf("incremental Backup since %d: next=%d err=%v", next, next2, err)
	}
	if next3, err := src.Backup(ctx, &empty, next2); err != nil || next3 != next2 {
		t.Fatalf("Backup with nothing new: next=%d err=%v; want %d", next3, err, next2)
	}
	if incr.Len() == 0 {
		t.Fatalf("incremental backup is %d bytes", incr.Len())
	}
	want, _ := snapshotCounts(t, src)

	// Full alone restores the first document only; full + incremental restores both.
	dst := filepath.Join(t.TempDir(), "restored")
	r, err := Open(dst, Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	if err := r.Restore(ctx, bytes.NewReader(full.Bytes()), bytes.NewReader(incr.Bytes()), &empty); err != nil {
		t.Fatalf("Restore: %v", err)
	}
	got, _ := snapshotCounts(t, r)
	if got != want {
		t.Errorf("restored counts = %+v; want %+v", got, want)
	}
	st, err := r.Stats(ctx)
	if err != nil || st != want {
		t.Errorf("restored Stats = %+v, %v; want %+v", st, err, want)
	}
	// The restored store keeps working: ids continue from the source's sequence.
	res := ingest(t, r, doc("third", "2014-04-01", "Another day.", *docs[1].Analysis))
	if res[0].DocID != 3 {
		t.Errorf("first document ingested after restore got id %d, want 3", res[0].DocID)
	}
	if err := r.Restore(ctx, bytes.NewReader(full.Bytes())); !errors.Is(err, ErrNotEmpty) {
		t.Errorf("Restore into a store with data: %v, want ErrNotEmpty", err)
	}
}
