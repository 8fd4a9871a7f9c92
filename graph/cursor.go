package graph

import (
	"encoding/base64"
	"encoding/binary"
	"errors"
	"hash/fnv"
)

// A cursor is base64url (no padding) of:
//
//	version byte (1) | scope uint32 big-endian | skip uvarint | store cursor bytes
//
// The store hands out one keyset cursor per page (the position of its last
// item). Relay wants a cursor on every edge, so an edge that is not the last of
// its page is addressed as "the page's starting cursor, then skip items". skip
// stays below a couple of page sizes, so paging remains keyset-based and cheap
// however deep the client goes.
//
// scope is a hash of the list and its arguments: a cursor taken from one list
// (say entities matching "put") is rejected by another instead of silently
// starting somewhere meaningless.

const cursorVersion = 1

// maxCursorSkip bounds skip so a forged cursor cannot make us read a huge page.
const maxCursorSkip = 4 * maxFirst

type cursor struct {
	scope uint32
	skip  int
	after []byte // store cursor; nil means the start of the list
}

var errCursorFormat = errors.New("malformed cursor")

func scopeOf(parts ...string) uint32 {
	h := fnv.New32a()
	for _, p := range parts {
		h.Write([]byte(p))
		h.Write([]byte{0})
	}
	return h.Sum32()
}

func encodeCursor(c cursor) string {
	b := make([]byte, 0, 1+4+binary.MaxVarintLen64+len(c.after))
	b = append(b, cursorVersion)
	b = binary.BigEndian.AppendUint32(b, c.scope)
	b = binary.AppendUvarint(b, uint64(c.skip))
	b = append(b, c.after...)
	return base64.RawURLEncoding.EncodeToString(b)
}

// decodeCursor parses s and checks that it belongs to the list named by scope.
func decodeCursor(s string, scope uint32) (cursor, error) {
	b, err := base64.RawURLEncoding.DecodeString(s)
	if err != nil {
		return cursor{}, errCursorFormat
	}
	if len(b) < 6 || b[0] != cursorVersion {
		return cursor{}, errCursorFormat
	}
	c := cursor{scope: binary.BigEndian.Uint32(b[1:5])}
	skip, n := binary.Uvarint(b[5:])
	if n <= 0 || skip > maxCursorSkip {
		return cursor{}, errCursorFormat
	}
	c.skip = int(skip)
	if rest := b[5+n:]; len(rest) > 0 {
		c.after = append([]byte(nil), rest...)
	}
	if c.scope != scope {
		return cursor{}, errors.New("cursor belongs to a different list or different arguments")
	}
	return c, nil
}
