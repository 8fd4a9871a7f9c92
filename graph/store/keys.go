package store

import (
	"bytes"
	"encoding/binary"
	"fmt"
)

// This file owns every key byte the store writes. Each family starts with one
// prefix byte; ids are big-endian uint64 so badger's byte order is id order;
// strings that are followed by more key parts are either length-prefixed (one
// byte, so at most 255 bytes) or terminated by 0x00 when they must keep their
// natural sort order (dates, normalised names: normalise never emits 0x00).
//
// Values are JSON of the public types (or of a record embedding one) with the
// evidence slices and document text left out, because those live under keys of
// their own. JSON was chosen over gob for being self-describing: a field added
// to types.go is read back as its zero value from older records without a
// format bump. Counters and id maps hold a big-endian uint64.
//
// formatVersion must change whenever a key layout or value encoding changes in
// a way older binaries cannot read; Open refuses a store of another version.
// Version 3 added the W, w and B families; version 4 made J keys posting
// blocks and dropped the trigram keys (3), which the fuzzy index now builds
// from the A keys. Open upgrades a version-2 or -3 store in place
// (checkFormat): its J keys are valid blocks, so that means dropping the 3
// keys and raising the number.
const formatVersion uint64 = 4

// Key family prefixes. Badger keeps its own internal keys under "!badger!", so
// '!' is avoided.
const (
	pMeta       byte = '~' // ~format                      -> uint64 format version
	pCounter    byte = '#' // #name                        -> uint64 (id sequences, Stats)
	pDoc        byte = 'D' // D|doc                        -> docRecord JSON (no text)
	pDocText    byte = 'T' // T|doc                        -> raw text
	pExtID      byte = 'X' // X|extid                      -> doc id
	pEntity     byte = 'E' // E|entity                     -> Entity JSON
	pKB         byte = 'K' // K|kb                         -> entity id
	pName       byte = 'N' // N|tlen|type|norm|0|entity    -> empty
	pAlias      byte = 'A' // A|tlen|type|norm|0|entity    -> empty
	pSearch     byte = 'S' // S|wordrun|0|entity           -> empty
	pRank       byte = 'R' // R|^mentions|entity           -> type
	pEntityDoc  byte = 'P' // P|entity|doc                 -> uint64 mentions in doc
	pDocEntity  byte = 'Q' // Q|doc|entity                 -> empty
	pMention    byte = 'M' // M|entity|doc|seq             -> Evidence JSON
	pRelation   byte = 'L' // L|rel                        -> Relation JSON (no evidence)
	pRelEvid    byte = 'l' // l|rel|doc|seq                -> Evidence JSON
	pOut        byte = 'O' // O|src|tlen|type|dst|rel      -> empty
	pIn         byte = 'I' // I|dst|tlen|type|src|rel      -> empty
	pEvent      byte = 'V' // V|event                      -> Event JSON (no evidence)
	pEventEvid  byte = 'v' // v|event|doc|seq              -> Evidence JSON
	pEventIdent byte = 'G' // G|tlen|type|dlen|date|ids... -> event id
	pEventTime  byte = 'Z' // Z|date|0|event               -> event type
	pEntityEvt  byte = 'H' // H|entity|date|0|event        -> event type
	pQuote      byte = 'U' // U|quote                      -> Quote JSON
	pSpeaker    byte = 'u' // u|speaker|quote              -> empty
	pTrigram    byte = '3' // format <= 3 only: 3|tlen|trigram|entity, dropped on upgrade
	pDocFact    byte = 'F' // F|doc|kind|id                -> docFact JSON
	pMerge      byte = 'Y' // Y|merge                      -> mergeRecord JSON
	pMergeInto  byte = 'y' // y|kept entity|merge          -> empty
	pDocWord    byte = 'J' // J|word|0|doc                 -> empty
	pEventWord  byte = 'j' // j|word|0|event               -> empty
	pResolution byte = 'W' // W|res                        -> resolutionRecord JSON
	pEntityRes  byte = 'w' // w|entity|doc|res             -> empty
	pSeparation byte = 'B' // B|elen|extid|entity          -> separationRecord JSON
)

// errKey reports a key or cursor that does not have the layout of its family.
type errKey struct {
	family byte
	key    []byte
	why    string
}

func (e *errKey) Error() string {
	return fmt.Sprintf("store: malformed %q key %x: %s", e.family, e.key, e.why)
}

func badKey(family byte, key []byte, why string) error {
	return &errKey{family: family, key: append([]byte(nil), key...), why: why}
}

// newKey starts a key of family prefix with room for n bytes, so building
// it takes one allocation instead of one per appended part.
func newKey(prefix byte, n int) []byte {
	b := make([]byte, 1, n)
	b[0] = prefix
	return b
}

func appendU64(b []byte, v uint64) []byte { return binary.BigEndian.AppendUint64(b, v) }
func appendU32(b []byte, v uint32) []byte { return binary.BigEndian.AppendUint32(b, v) }

// appendShort appends a one-byte length and s; callers validate len(s) <= 255
// with checkShort before building a key.
func appendShort(b []byte, s string) []byte {
	b = append(b, byte(len(s)))
	return append(b, s...)
}

func checkShort(what, s string) error {
	if len(s) > 255 {
		return fmt.Errorf("store: %s %.40q... is %d bytes, longer than 255", what, s, len(s))
	}
	return nil
}

// checkTerminated rejects strings that would break a 0x00-terminated key part.
func checkTerminated(what, s string) error {
	if bytes.IndexByte([]byte(s), 0) >= 0 {
		return fmt.Errorf("store: %s %q contains a NUL byte", what, s)
	}
	return nil
}

// readShort reads a length-prefixed string at b[i:].
func readShort(b []byte, i int) (string, int, bool) {
	if i >= len(b) {
		return "", 0, false
	}
	n := int(b[i])
	if i+1+n > len(b) {
		return "", 0, false
	}
	return string(b[i+1 : i+1+n]), i + 1 + n, true
}

// metaFormatKey: ~format -> uint64. Checked by Open before anything else is read.
func metaFormatKey() []byte { return []byte{pMeta, 'f', 'o', 'r', 'm', 'a', 't'} }

// watchMarkerPrefix: ~watch|nonce -> 1, written by Watch to learn when its
// change-feed subscription is live, and deleted right after.
func watchMarkerPrefix() []byte { return []byte{pMeta, 'w', 'a', 't', 'c', 'h', '|'} }

// counterKey: #name -> uint64. Id sequences ("seq:e", "seq:d", ...) and the
// Stats counters, all bumped inside the writing transaction so they commit (or
// vanish) with the data they count.
func counterKey(name string) []byte { return append(newKey(pCounter, 1+len(name)), name...) }

// idKey: prefix|id for the record families D, T, E, L, V, U, Y, W. Serves lookups by id
// and the full listings (Documents, Quotes(0)) in id order.
func idKey(prefix byte, id uint64) []byte { return appendU64(newKey(prefix, 9), id) }

func parseIDKey(prefix byte, k []byte) (uint64, error) {
	if len(k) != 9 || k[0] != prefix {
		return 0, badKey(prefix, k, "want prefix and 8-byte id")
	}
	return binary.BigEndian.Uint64(k[1:]), nil
}

// extIDKey: X|extid -> doc id. Serves DocumentByExtID and ingest's
// "already stored?" check that makes ingest idempotent.
func extIDKey(ext string) []byte { return append(newKey(pExtID, 1+len(ext)), ext...) }

// kbKey: K|kb -> entity id. Serves resolution rule 1 (same knowledge-base key
// means same entity).
func kbKey(kb string) []byte { return append(newKey(pKB, 1+len(kb)), kb...) }

// nameKey: N|tlen|type|norm|0x00|entity. Serves resolution rule 2: an entity of
// the same type whose canonical name normalises alike. Prefix-scan
// nameKey(type, norm)[:len-8] to find owners.
func nameKey(typ, norm string, id uint64) []byte {
	return typedNormKey(pName, typ, norm, id)
}

// aliasKey: A|tlen|type|norm|0x00|entity. Serves resolution rule 3: how many
// entities of a type carry an alias (one owner: merge; several: ambiguous).
func aliasKey(typ, norm string, id uint64) []byte {
	return typedNormKey(pAlias, typ, norm, id)
}

func typedNormKey(prefix byte, typ, norm string, id uint64) []byte {
	b := make([]byte, 0, 2+len(typ)+len(norm)+1+8)
	b = append(b, prefix)
	b = appendShort(b, typ)
	b = append(b, norm...)
	b = append(b, 0)
	return appendU64(b, id)
}

// typedNormPrefix is the scan prefix of all owners of (typ, norm).
func typedNormPrefix(prefix byte, typ, norm string) []byte {
	k := typedNormKey(prefix, typ, norm, 0)
	return k[:len(k)-8]
}

func parseTypedNormKey(prefix byte, k []byte) (typ, norm string, id uint64, err error) {
	if len(k) < 1+1+1+8 || k[0] != prefix {
		return "", "", 0, badKey(prefix, k, "too short")
	}
	typ, i, ok := readShort(k, 1)
	if !ok {
		return "", "", 0, badKey(prefix, k, "type length past end")
	}
	rest := k[i:]
	if len(rest) < 9 || rest[len(rest)-9] != 0 {
		return "", "", 0, badKey(prefix, k, "missing name terminator")
	}
	norm = string(rest[:len(rest)-9])
	if bytes.IndexByte([]byte(norm), 0) >= 0 {
		return "", "", 0, badKey(prefix, k, "NUL inside name")
	}
	return typ, norm, binary.BigEndian.Uint64(rest[len(rest)-8:]), nil
}

// searchKey: S|wordrun|0x00|entity. One key per suffix of a normalised name or
// alias starting at a word boundary ("sergey lavrov", "lavrov"). Serves
// FindEntities: a prefix scan of S|query finds every entity with a word run
// starting with the query.
func searchKey(run string, id uint64) []byte {
	b := make([]byte, 0, 1+len(run)+1+8)
	b = append(b, pSearch)
	b = append(b, run...)
	b = append(b, 0)
	return appendU64(b, id)
}

func parseSearchKey(k []byte) (run string, id uint64, err error) {
	if len(k) < 1+1+8 || k[0] != pSearch || k[len(k)-9] != 0 {
		return "", 0, badKey(pSearch, k, "want S|run|0|id")
	}
	run = string(k[1 : len(k)-9])
	if bytes.IndexByte([]byte(run), 0) >= 0 {
		return "", 0, badKey(pSearch, k, "NUL inside run")
	}
	return run, binary.BigEndian.Uint64(k[len(k)-8:]), nil
}

// rankKey: R|^mentions|entity -> type. Serves FindEntities with an empty search:
// iterating R yields entities by mention count descending (the count is stored
// complemented), then id ascending. Rewritten whenever a count changes.
func rankKey(mentions uint64, id uint64) []byte {
	return appendU64(appendU64(newKey(pRank, 17), ^mentions), id)
}

func parseRankKey(k []byte) (mentions, id uint64, err error) {
	if len(k) != 17 || k[0] != pRank {
		return 0, 0, badKey(pRank, k, "want R|8|8")
	}
	return ^binary.BigEndian.Uint64(k[1:9]), binary.BigEndian.Uint64(k[9:]), nil
}

// pairKey: prefix|a|b for P (entity -> documents: serves EntityDocuments,
// Timeline, Cooccurrences), Q (document -> entities: serves DocumentEntities,
// DocumentMentions, Cooccurrences, DeleteDocument), u (speaker -> quotes) and
// y (kept entity -> merges: serves Merges and SplitEntity's "latest merge").
func pairKey(prefix byte, a, b uint64) []byte {
	return appendU64(appendU64(newKey(prefix, 17), a), b)
}

func parsePairKey(prefix byte, k []byte) (a, b uint64, err error) {
	if len(k) != 17 || k[0] != prefix {
		return 0, 0, badKey(prefix, k, "want prefix|8|8")
	}
	return binary.BigEndian.Uint64(k[1:9]), binary.BigEndian.Uint64(k[9:]), nil
}

// evidenceKey: prefix|owner|doc|seq -> Evidence JSON, for M (an entity's
// mentions: serves Mentions), l (a relation's evidence) and v (an event's
// evidence). Evidence lives under the fact it supports so a prefix scan of
// prefix|owner lists it in document order; seq orders pieces within a document.
func evidenceKey(prefix byte, owner, doc uint64, seq uint32) []byte {
	return appendU32(appendU64(appendU64(newKey(prefix, 21), owner), doc), seq)
}

func parseEvidenceKey(prefix byte, k []byte) (owner, doc uint64, seq uint32, err error) {
	if len(k) != 21 || k[0] != prefix {
		return 0, 0, 0, badKey(prefix, k, "want prefix|8|8|4")
	}
	return binary.BigEndian.Uint64(k[1:9]), binary.BigEndian.Uint64(k[9:17]), binary.BigEndian.Uint32(k[17:]), nil
}

// edgeKey: O|src|tlen|type|dst|rel (dir Out) or I|dst|tlen|type|src|rel (dir In);
// `from` is the entity the key is filed under, `to` the other end. Both are
// written for every relation, one key per edge, so a hub entity never has a
// growing posting list to rewrite. O serves outgoing Relations and the
// "does (src,type,dst) exist?" lookup of ingest; I serves incoming Relations;
// both serve ShortestPaths' undirected BFS.
func edgeKey(dir Direction, from uint64, typ string, to, rel uint64) []byte {
	b := make([]byte, 0, 1+8+1+len(typ)+16)
	b = append(b, edgePrefix(dir))
	b = appendU64(b, from)
	b = appendShort(b, typ)
	b = appendU64(b, to)
	return appendU64(b, rel)
}

func edgePrefix(dir Direction) byte {
	if dir == In {
		return pIn
	}
	return pOut
}

// edgeScanPrefix is the prefix of edges of `from` in dir, narrowed to typ when non-empty.
func edgeScanPrefix(dir Direction, from uint64, typ string) []byte {
	b := appendU64([]byte{edgePrefix(dir)}, from)
	if typ != "" {
		b = appendShort(b, typ)
	}
	return b
}

type edge struct {
	dir  Direction // Out or In
	from uint64
	typ  string
	to   uint64
	rel  uint64
}

func parseEdgeKey(k []byte) (edge, error) {
	if len(k) < 1+8+1+16 || (k[0] != pOut && k[0] != pIn) {
		return edge{}, badKey(pOut, k, "too short or wrong prefix")
	}
	e := edge{dir: Out, from: binary.BigEndian.Uint64(k[1:9])}
	if k[0] == pIn {
		e.dir = In
	}
	typ, i, ok := readShort(k, 9)
	if !ok || len(k)-i != 16 {
		return edge{}, badKey(k[0], k, "type length does not match key length")
	}
	e.typ = typ
	e.to = binary.BigEndian.Uint64(k[i : i+8])
	e.rel = binary.BigEndian.Uint64(k[i+8:])
	return e, nil
}

// eventIdentKey: G|tlen|type|dlen|date|id1|id2... -> event id, ids being the
// sorted participant entity ids. Serves ingest's cross-document event merge:
// the same type, date and participant set is the same event.
func eventIdentKey(typ, date string, participants []uint64) []byte {
	b := make([]byte, 0, 3+len(typ)+len(date)+8*len(participants))
	b = append(b, pEventIdent)
	b = appendShort(b, typ)
	b = appendShort(b, date)
	for _, p := range participants {
		b = appendU64(b, p)
	}
	return b
}

func parseEventIdentKey(k []byte) (typ, date string, participants []uint64, err error) {
	if len(k) < 3 || k[0] != pEventIdent {
		return "", "", nil, badKey(pEventIdent, k, "too short")
	}
	typ, i, ok := readShort(k, 1)
	if !ok {
		return "", "", nil, badKey(pEventIdent, k, "type past end")
	}
	date, i, ok = readShort(k, i)
	if !ok || (len(k)-i)%8 != 0 {
		return "", "", nil, badKey(pEventIdent, k, "participant ids not a multiple of 8 bytes")
	}
	for ; i < len(k); i += 8 {
		participants = append(participants, binary.BigEndian.Uint64(k[i:]))
	}
	return typ, date, participants, nil
}

// eventTimeKey: Z|date|0x00|event -> event type. Serves Events without an entity
// filter: ordered by date then id, a date range is one seek and a stop. Unknown
// dates ("") sort first; a month-precision date "2014-03" sorts before the days
// of that month.
func eventTimeKey(date string, id uint64) []byte {
	return appendDateID(newKey(pEventTime, 1+len(date)+9), date, id)
}

// entityEventKey: H|entity|date|0x00|event -> event type. Serves Events filtered
// by a participant or location entity, in the same date-then-id order as Z.
func entityEventKey(entity uint64, date string, id uint64) []byte {
	return appendDateID(appendU64(newKey(pEntityEvt, 9+len(date)+9), entity), date, id)
}

func appendDateID(b []byte, date string, id uint64) []byte {
	b = append(b, date...)
	b = append(b, 0)
	return appendU64(b, id)
}

// parseDateID parses the date|0|id tail shared by Z keys, H keys and event cursors.
func parseDateID(family byte, b []byte) (date string, id uint64, err error) {
	if len(b) < 9 || b[len(b)-9] != 0 {
		return "", 0, badKey(family, b, "want date|0|id")
	}
	date = string(b[:len(b)-9])
	if bytes.IndexByte([]byte(date), 0) >= 0 {
		return "", 0, badKey(family, b, "NUL inside date")
	}
	return date, binary.BigEndian.Uint64(b[len(b)-8:]), nil
}

func parseEventTimeKey(k []byte) (date string, id uint64, err error) {
	if len(k) < 1 || k[0] != pEventTime {
		return "", 0, badKey(pEventTime, k, "wrong prefix")
	}
	return parseDateID(pEventTime, k[1:])
}

func parseEntityEventKey(k []byte) (entity uint64, date string, id uint64, err error) {
	if len(k) < 9 || k[0] != pEntityEvt {
		return 0, "", 0, badKey(pEntityEvt, k, "too short")
	}
	date, id, err = parseDateID(pEntityEvt, k[9:])
	return binary.BigEndian.Uint64(k[1:9]), date, id, err
}

// docFactKey: F|doc|kind|id -> empty, for each relation, event and quote a
// document supports. Serves DeleteDocument: the facts whose evidence it must
// remove, including events without participants and quotes without speaker,
// which no entity index reaches.
func docFactKey(doc uint64, k Kind, id uint64) []byte {
	return appendU64(append(appendU64(newKey(pDocFact, 18), doc), byte(k)), id)
}

func parseDocFactKey(k []byte) (doc uint64, kind Kind, id uint64, err error) {
	if len(k) != 18 || k[0] != pDocFact {
		return 0, 0, 0, badKey(pDocFact, k, "want F|8|kind|8")
	}
	return binary.BigEndian.Uint64(k[1:9]), Kind(k[9]), binary.BigEndian.Uint64(k[10:]), nil
}

// wordKey: J|word|0|doc (documents) or j|word|0|event (events) -> posting
// block. Serves SearchDocuments and SearchEvents: a prefix scan of J|word|0
// lists the documents containing the word in id order. A J key is a block:
// its value lists the further documents of the same ingest batch that hold the
// word (see appendPostings), so a word costs one key per batch instead of one
// per document, which is most of what ingest writes. An empty value, as in
// every j key and in the J keys of format 3, is the key's own id alone.
func wordKey(prefix byte, word string, id uint64) []byte {
	b := make([]byte, 0, 2+len(word)+8)
	b = append(b, prefix)
	b = append(b, word...)
	b = append(b, 0)
	return appendU64(b, id)
}

// appendPostings encodes the ids after the first of an ascending posting
// block as uvarint gaps; the first id is the key's.
func appendPostings(b []byte, ids []uint64) []byte {
	for i := 1; i < len(ids); i++ {
		b = binary.AppendUvarint(b, ids[i]-ids[i-1])
	}
	return b
}

// appendBlock appends the ids of the posting block of key id first and value v.
func appendBlock(ids []uint64, first uint64, v []byte) ([]uint64, error) {
	ids = append(ids, first)
	prev := first
	for len(v) > 0 {
		gap, n := binary.Uvarint(v)
		if n <= 0 || gap == 0 {
			return ids, fmt.Errorf("store: posting block of id %d: bad gap", first)
		}
		prev += gap
		ids = append(ids, prev)
		v = v[n:]
	}
	return ids, nil
}

// W|res -> resolutionRecord: one automatic cross-document link ingest made by
// knowledge-base key under another name or by alias (see Resolution). w|entity|
// doc|res (resolutionKey) files it under the entity holding the document's
// mentions: serves Entity.resolutions in document order, UnlinkDocument's
// "records of this document" and DeleteDocument's cleanup.
//
// B|elen|extid|entity -> separationRecord (separationKey): the document with
// that ExtID was unlinked from the entity. Keyed by ExtID, not document id, and
// kept when the document is deleted: ingest scans B|elen|extid once per
// document and never links it to those entities again; it also serves
// UnlinkDocument's idempotent repeat.

// Cursors. A cursor is one tag byte naming the list it belongs to, then the
// part of the badger key (or in-memory sort key) of the last item returned that
// is needed to resume after it. The tag keeps a cursor of one list from being
// accepted by another; every parser checks exact lengths.
const (
	cDocuments      byte = 'd' // d|doc
	cEntityDocs     byte = 'p' // p|doc
	cDocEntities    byte = 'e' // e|entity
	cMentions       byte = 'm' // m|doc|seq
	cEntities       byte = 'r' // r|^mentions|entity (same order as R keys)
	cEvents         byte = 'z' // z|date|0|event
	cRelations      byte = 'o' // o|full O or I edge key
	cQuotes         byte = 'q' // q|quote
	cEvidence       byte = 'w' // w|doc|seq
	cSearch         byte = 's' // s|tier|^sim|^mentions|entity
	cSearchDocs     byte = 'D' // D|doc
	cSearchEvents   byte = 'V' // V|event
	cResolutions    byte = 'l' // l|doc|res (the tail of the w key)
	cAllResolutions byte = 'L' // L|res
	cursorMaxBytes       = 1 << 10
)

func badCursor(c []byte, why string) error {
	return fmt.Errorf("cursor %x: %s: %w", c, why, ErrBadCursor)
}

func idCursor(tag byte, id uint64) []byte { return appendU64([]byte{tag}, id) }

func parseIDCursor(tag byte, c []byte) (uint64, error) {
	if len(c) != 9 || c[0] != tag {
		return 0, badCursor(c, "not a cursor of this list")
	}
	return binary.BigEndian.Uint64(c[1:]), nil
}

func docSeqCursor(tag byte, doc uint64, seq uint32) []byte {
	return appendU32(appendU64([]byte{tag}, doc), seq)
}

func parseDocSeqCursor(tag byte, c []byte) (uint64, uint32, error) {
	if len(c) != 13 || c[0] != tag {
		return 0, 0, badCursor(c, "not a cursor of this list")
	}
	return binary.BigEndian.Uint64(c[1:9]), binary.BigEndian.Uint32(c[9:]), nil
}

func rankCursor(mentions, id uint64) []byte {
	return appendU64(appendU64([]byte{cEntities}, ^mentions), id)
}

func parseRankCursor(c []byte) (mentions, id uint64, err error) {
	if len(c) != 17 || c[0] != cEntities {
		return 0, 0, badCursor(c, "not an entity-list cursor")
	}
	return ^binary.BigEndian.Uint64(c[1:9]), binary.BigEndian.Uint64(c[9:]), nil
}

func eventCursor(date string, id uint64) []byte {
	return appendDateID([]byte{cEvents}, date, id)
}

func parseEventCursor(c []byte) (date string, id uint64, err error) {
	if len(c) < 1 || c[0] != cEvents || len(c) > cursorMaxBytes {
		return "", 0, badCursor(c, "not an event-list cursor")
	}
	date, id, err = parseDateID(cEvents, c[1:])
	if err != nil {
		return "", 0, badCursor(c, err.Error())
	}
	return date, id, nil
}

func relationCursor(edgeKey []byte) []byte {
	return append([]byte{cRelations}, edgeKey...)
}

func parseRelationCursor(c []byte) (edge, []byte, error) {
	if len(c) < 1 || c[0] != cRelations || len(c) > cursorMaxBytes {
		return edge{}, nil, badCursor(c, "not a relation-list cursor")
	}
	e, err := parseEdgeKey(c[1:])
	if err != nil {
		return edge{}, nil, badCursor(c, err.Error())
	}
	return e, c[1:], nil
}

// searchCursor: s|tier|^sim(2)|^mentions(8)|entity(8), the sort key of the
// last hit returned.
func searchCursor(h searchHit) []byte {
	b := []byte{cSearch, h.tier}
	b = binary.BigEndian.AppendUint16(b, ^h.sim)
	b = appendU64(b, ^uint64(h.mc))
	return appendU64(b, h.id)
}

func parseSearchCursor(c []byte) (searchHit, error) {
	if len(c) != 20 || c[0] != cSearch || c[1] > 2 {
		return searchHit{}, badCursor(c, "not an entity-search cursor")
	}
	return searchHit{
		tier: c[1],
		sim:  ^binary.BigEndian.Uint16(c[2:4]),
		mc:   int(^binary.BigEndian.Uint64(c[4:12])),
		id:   binary.BigEndian.Uint64(c[12:]),
	}, nil
}
