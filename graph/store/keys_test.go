package store

import (
	"bytes"
	"errors"
	"testing"
)

func TestKeyRoundTrips(t *testing.T) {
	if id, err := parseIDKey(pEntity, idKey(pEntity, 42)); err != nil || id != 42 {
		t.Errorf("parseIDKey(idKey(E, 42)) = %d, %v", id, err)
	}
	typ, norm, id, err := parseTypedNormKey(pAlias, aliasKey("PERSON", "john kerry", 7))
	if err != nil || typ != "PERSON" || norm != "john kerry" || id != 7 {
		t.Errorf("parseTypedNormKey(aliasKey) = %q %q %d %v", typ, norm, id, err)
	}
	e, err := parseEdgeKey(edgeKey(In, 5, "MET_WITH", 9, 3))
	if err != nil || e != (edge{dir: In, from: 5, typ: "MET_WITH", to: 9, rel: 3}) {
		t.Errorf("parseEdgeKey(edgeKey) = %+v, %v", e, err)
	}
	et, date, parts, err := parseEventIdentKey(eventIdentKey("MEET", "2014-03-30", []uint64{1, 2}))
	if err != nil || et != "MEET" || date != "2014-03-30" || len(parts) != 2 || parts[1] != 2 {
		t.Errorf("parseEventIdentKey = %q %q %v %v", et, date, parts, err)
	}
	ent, d, ev, err := parseEntityEventKey(entityEventKey(4, "2014-03", 8))
	if err != nil || ent != 4 || d != "2014-03" || ev != 8 {
		t.Errorf("parseEntityEventKey = %d %q %d %v", ent, d, ev, err)
	}
	// Rank keys sort by mention count descending, then id ascending.
	if bytes.Compare(rankKey(10, 5), rankKey(9, 1)) >= 0 || bytes.Compare(rankKey(10, 1), rankKey(10, 2)) >= 0 {
		t.Errorf("rank keys do not sort by mentions desc, id asc")
	}
	// Time keys sort by date then id; unknown dates first; months before their days.
	if bytes.Compare(eventTimeKey("", 9), eventTimeKey("2014", 1)) >= 0 ||
		bytes.Compare(eventTimeKey("2014-03", 9), eventTimeKey("2014-03-01", 1)) >= 0 ||
		bytes.Compare(eventTimeKey("2014-03-01", 2), eventTimeKey("2014-03-01", 10)) >= 0 {
		t.Errorf("time keys do not sort by date then id")
	}
	for _, bad := range [][]byte{nil, {pEntity}, {pOut, 1, 2}, append(edgeKey(Out, 1, "X", 2, 3), 0)} {
		if _, err := parseEdgeKey(bad); err == nil {
			t.Errorf("parseEdgeKey(%x) accepted a malformed key", bad)
		}
	}
	if e, d, r, err := parseResolutionKey(resolutionKey(1, 2, 3)); err != nil || e != 1 || d != 2 || r != 3 {
		t.Errorf("parseResolutionKey = %d %d %d %v", e, d, r, err)
	}
	// A separation key of one document is not one of a document whose id it prefixes.
	if _, err := parseSeparationKey(separationKey("lav-20", 4), "lav-2"); err == nil {
		t.Errorf("parseSeparationKey accepted another document's key")
	}
	if _, _, err := parseEventCursor([]byte{cEvents, 'x'}); !errors.Is(err, ErrBadCursor) {
		t.Errorf("parseEventCursor(short) err = %v; want ErrBadCursor", err)
	}
}

// FuzzKeyCodec feeds arbitrary bytes to every key and cursor parser: none may
// panic, and whatever one accepts must re-encode to the same bytes, so a key
// has exactly one meaning.
func FuzzKeyCodec(f *testing.F) {
	f.Add(idKey(pEntity, 1))
	f.Add(aliasKey("PERSON", "kerry", 3))
	f.Add(nameKey("LOCATION", "us", 1))
	f.Add(searchKey("sergey lavrov", 2))
	f.Add(rankKey(5, 6))
	f.Add(pairKey(pEntityDoc, 1, 2))
	f.Add(evidenceKey(pMention, 1, 2, 3))
	f.Add(edgeKey(Out, 1, "MET_WITH", 2, 3))
	f.Add(eventIdentKey("MEET", "2014-03-30", []uint64{1, 2}))
	f.Add(eventTimeKey("2014-03-30", 4))
	f.Add(entityEventKey(1, "2014", 2))
	f.Add(rankCursor(3, 4))
	f.Add(eventCursor("2014-03-30", 4))
	f.Add(relationCursor(edgeKey(In, 1, "X", 2, 3)))
	f.Add(docSeqCursor(cMentions, 1, 2))
	f.Add(docFactKey(1, KindEvent, 2))
	f.Add(resolutionKey(1, 2, 3))
	f.Add(separationKey("lav-2", 4))
	f.Add(searchCursor(searchHit{tier: 2, sim: 500, e: &Entity{ID: 3, MentionCount: 4}}))
	f.Add([]byte{})
	f.Fuzz(func(t *testing.T, b []byte) {
		check := func(name string, ok bool, re []byte) {
			if ok && !bytes.Equal(re, b) {
				t.Errorf("%s(%x) re-encodes to %x", name, b, re)
			}
		}
		if id, err := parseIDKey(pEntity, b); err == nil {
			check("parseIDKey", true, idKey(pEntity, id))
		}
		for _, p := range []byte{pName, pAlias} {
			if typ, norm, id, err := parseTypedNormKey(p, b); err == nil {
				check("parseTypedNormKey", true, typedNormKey(p, typ, norm, id))
			}
		}
		if run, id, err := parseSearchKey(b); err == nil {
			check("parseSearchKey", true, searchKey(run, id))
		}
		if mc, id, err := parseRankKey(b); err == nil {
			check("parseRankKey", true, rankKey(mc, id))
		}
		if x, y, err := parsePairKey(pEntityDoc, b); err == nil {
			check("parsePairKey", true, pairKey(pEntityDoc, x, y))
		}
		if o, d, s, err := parseEvidenceKey(pMention, b); err == nil {
			check("parseEvidenceKey", true, evidenceKey(pMention, o, d, s))
		}
		if e, err := parseEdgeKey(b); err == nil {
			check("parseEdgeKey", true, edgeKey(e.dir, e.from, e.typ, e.to, e.rel))
		}
		if typ, date, ids, err := parseEventIdentKey(b); err == nil {
			check("parseEventIdentKey", true, eventIdentKey(typ, date, ids))
		}
		if date, id, err := parseEventTimeKey(b); err == nil {
			check("parseEventTimeKey", true, eventTimeKey(date, id))
		}
		if ent, date, id, err := parseEntityEventKey(b); err == nil {
			check("parseEntityEventKey", true, entityEventKey(ent, date, id))
		}
		if doc, k, id, err := parseDocFactKey(b); err == nil {
			check("parseDocFactKey", true, docFactKey(doc, k, id))
		}
		if e, doc, res, err := parseResolutionKey(b); err == nil {
			check("parseResolutionKey", true, resolutionKey(e, doc, res))
		}
		if e, err := parseSeparationKey(b, "lav-2"); err == nil {
			check("parseSeparationKey", true, separationKey("lav-2", e))
		}
		// Cursors: either accepted and canonical, or rejected as ErrBadCursor.
		cursorCheck := func(name string, err error, re func() []byte) {
			if err != nil {
				if !errors.Is(err, ErrBadCursor) {
					t.Errorf("%s(%x) err = %v; want ErrBadCursor", name, b, err)
				}
				return
			}
			check(name, true, re())
		}
		mc, id, err := parseRankCursor(b)
		cursorCheck("parseRankCursor", err, func() []byte { return rankCursor(mc, id) })
		date, eid, err := parseEventCursor(b)
		cursorCheck("parseEventCursor", err, func() []byte { return eventCursor(date, eid) })
		_, key, err := parseRelationCursor(b)
		cursorCheck("parseRelationCursor", err, func() []byte { return relationCursor(key) })
		doc, seq, err := parseDocSeqCursor(cMentions, b)
		cursorCheck("parseDocSeqCursor", err, func() []byte { return docSeqCursor(cMentions, doc, seq) })
		h, err := parseSearchCursor(b)
		cursorCheck("parseSearchCursor", err, func() []byte { return searchCursor(h) })
		qid, err := parseIDCursor(cQuotes, b)
		cursorCheck("parseIDCursor", err, func() []byte { return idCursor(cQuotes, qid) })
	})
}

// FuzzNormalize checks the properties the indexes rely on: no NUL (the key
// terminator), idempotence, and no leading, trailing or double spaces.
func FuzzNormalize(f *testing.F) {
	for _, s := range []string{"U.S.", "Sérgey Lavrov", "O'Brien", " a  b ", "\x00x", "Ⅻ", "ﬁ"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		n := normalize(s)
		if bytes.IndexByte([]byte(n), 0) >= 0 {
			t.Errorf("normalize(%q) = %q contains NUL", s, n)
		}
		if n2 := normalize(n); n2 != n {
			t.Errorf("normalize not idempotent: %q -> %q -> %q", s, n, n2)
		}
		if len(n) > 0 && (n[0] == ' ' || n[len(n)-1] == ' ' || bytes.Contains([]byte(n), []byte("  "))) {
			t.Errorf("normalize(%q) = %q has stray spaces", s, n)
		}
	})
}
