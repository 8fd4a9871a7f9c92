package store

import (
	"slices"

	badger "github.com/dgraph-io/badger/v4"
)

// nameIndex mirrors the N and A keys in memory for entity resolution, which
// looks up every name and alias of every entity of every document it writes:
// a map lookup instead of an iterator seek per form. It is only touched
// under the store's writer lock: built by the first ingest, updated by each
// ingest after its commit, and dropped by every other write (mutation,
// Restore), which are rare and change names in too many ways to follow.
type nameIndex struct {
	built  bool
	owners map[string][]uint64 // typedNormPrefix(N or A, type, norm) -> entity ids, ascending
}

// ensureNames builds the name index from txn's snapshot; the caller holds
// s.mu and has written nothing in txn.
func (s *Store) ensureNames(txn *badger.Txn) error {
	if s.names.built {
		return nil
	}
	owners := map[string][]uint64{}
	for _, p := range []byte{pName, pAlias} {
		err := scan(txn, []byte{p}, nil, false, false, func(item *badger.Item) (bool, error) {
			k := item.Key()
			_, _, id, err := parseTypedNormKey(p, k)
			if err != nil {
				return false, err
			}
			owners[string(k[:len(k)-8])] = append(owners[string(k[:len(k)-8])], id)
			return true, nil
		})
		if err != nil {
			return err
		}
	}
	s.names = nameIndex{built: true, owners: owners}
	return nil
}

// applyNames brings the name index up to date with a committed ingest batch.
func (s *Store) applyNames(pend map[string]pendingWrite) {
	if !s.names.built {
		return
	}
	for k, p := range pend {
		if len(k) <= 8 || (k[0] != pName && k[0] != pAlias) {
			continue
		}
		prefix, id := k[:len(k)-8], parseU64(k[len(k)-8:])
		ids := s.names.owners[prefix]
		i, found := slices.BinarySearch(ids, id)
		switch {
		case !p.del && !found:
			s.names.owners[prefix] = slices.Insert(ids, i, id)
		case p.del && found:
			if ids = slices.Delete(ids, i, i+1); len(ids) == 0 {
				delete(s.names.owners, prefix)
			} else {
				s.names.owners[prefix] = ids
			}
		}
	}
}

func parseU64(b string) uint64 {
	var v uint64
	for i := 0; i < 8; i++ {
		v = v<<8 | uint64(b[i])
	}
	return v
}
