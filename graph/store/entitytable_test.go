package store

import (
	"fmt"
	"math/rand/v2"
	"reflect"
	"runtime"
	"slices"
	"testing"
)

// TestEntityCodecRoundTrip: every field of Entity survives the read cache's
// encoding, nil and empty lists stay apart, and a field added to Entity (or
// to Alias or Role) without a line in appendEntity and decodeEntity fails
// here, because filled() sets every field by reflection.
func TestEntityCodecRoundTrip(t *testing.T) {
	full := filled(reflect.TypeFor[Entity](), 1).Interface().(Entity)
	cases := []Entity{
		{},
		{ID: 1, Name: "Kerry", Aliases: []Alias{}, Roles: []Role{}},
		{ID: 1 << 40, Name: "Arsène Wenger", Type: "PERSON", MentionCount: -1, DocCount: 1 << 40},
		full,
	}
	for _, want := range cases {
		var got Entity
		decodeEntity(appendEntity(nil, &want), &got)
		if !reflect.DeepEqual(got, want) {
			t.Errorf("decodeEntity(appendEntity(%+v)) = %+v", want, got)
		}
	}
}

// TestRelationCodecRoundTrip is TestEntityCodecRoundTrip for relations and
// evidence lists.
func TestRelationCodecRoundTrip(t *testing.T) {
	full := filled(reflect.TypeFor[Relation](), 2).Interface().(Relation)
	for _, want := range []Relation{{}, {ID: 3, Type: "works_for", Confidence: 0.1, Evidence: []Evidence{}}, full} {
		var got Relation
		decodeRelation(appendRelation(nil, &want), &got)
		if !reflect.DeepEqual(got, want) {
			t.Errorf("decodeRelation(appendRelation(%+v)) = %+v", want, got)
		}
	}
	for _, want := range [][]Evidence{nil, {}, full.Evidence} {
		if got := decodeEvidenceList(appendEvidenceList(nil, want), -1); !reflect.DeepEqual(got, want) {
			t.Errorf("decodeEvidenceList(appendEvidenceList(%#v), -1) = %#v", want, got)
		}
		for limit := range 3 {
			wantFirst := want
			if want != nil {
				wantFirst = want[:min(limit, len(want))]
			}
			if got := decodeEvidenceList(appendEvidenceList(nil, want), limit); !reflect.DeepEqual(got, wantFirst) {
				t.Errorf("decodeEvidenceList(appendEvidenceList(%#v), %d) = %#v", want, limit, got)
			}
		}
	}
}

// TestSlabMapCompact: a slab map keeps the latest run of each id and
// rewrites its slab once replaced runs outweigh live ones.
func TestSlabMapCompact(t *testing.T) {
	var m slabMap[byte]
	run := make([]byte, 5000)
	for v := range 10000 { // 50 MB written
		run[0] = byte(v)
		for id := uint64(1); id <= 2; id++ {
			if isNew := m.set(id, run); isNew != (v == 0) {
				t.Fatalf("set(%d) in round %d reported new = %v", id, v, isNew)
			}
		}
	}
	for id := uint64(1); id <= 2; id++ {
		if got, ok := m.get(id); !ok || len(got) != len(run) || got[0] != byte(9999%256) {
			t.Errorf("get(%d) = %d bytes starting %v, %v; want the last run", id, len(got), got[:1], ok)
		}
	}
	if total := len(m.data.chunks) * slabChunk; total > 4*compactAbove {
		t.Errorf("slab holds %d bytes for 2 live runs: never compacted", total)
	}
	m.set(3, nil)
	if got, ok := m.get(3); !ok || got == nil || len(got) != 0 {
		t.Errorf("get of an empty run = %v, %v; want empty, not nil, and present", got, ok)
	}
	m.delete(1)
	if _, ok := m.get(1); ok {
		t.Error("deleted run still present")
	}
}

// filled returns a value of typ with every field set to something not zero
// (seed makes strings and numbers differ); slices get two items.
func filled(typ reflect.Type, seed int) reflect.Value {
	v := reflect.New(typ).Elem()
	switch typ.Kind() {
	case reflect.String:
		v.SetString(fmt.Sprintf("s%d é", seed))
	case reflect.Int, reflect.Int64:
		v.SetInt(int64(seed))
	case reflect.Uint64:
		v.SetUint(uint64(seed) << 33)
	case reflect.Float64:
		v.SetFloat(float64(seed) + 0.25)
	case reflect.Bool:
		v.SetBool(true)
	case reflect.Slice:
		s := reflect.MakeSlice(typ, 2, 2)
		for i := range 2 {
			s.Index(i).Set(filled(typ.Elem(), seed*10+i))
		}
		v.Set(s)
	case reflect.Struct:
		for i := range typ.NumField() {
			v.Field(i).Set(filled(typ.Field(i).Type, seed*100+i+1))
		}
	default:
		panic(fmt.Sprintf("filled: no value for %s: teach it, and the entity codec, the new field's kind", typ))
	}
	return v
}

// TestEntityTableReplaceCompact: replacing entities many times keeps the
// latest version of each, and the slabs are rewritten once dead bytes
// outweigh live ones, so a write-heavy server's cache does not grow without
// bound; strings decoded before a rewrite keep their values.
func TestEntityTableReplaceCompact(t *testing.T) {
	var tab entityTable
	long := string(make([]byte, 4000))
	first, _ := func() (*Entity, bool) {
		tab.set(&Entity{ID: 3, Name: "first" + long, Type: "PERSON"})
		return tab.get(3)
	}()
	const versions = 10000 // 40 MB written, far past compactAbove
	for v := range versions {
		for id := uint64(1); id <= 3; id++ {
			if isNew := tab.set(&Entity{ID: id, Name: fmt.Sprint(v) + long, Type: "ORG", MentionCount: v}); isNew != (v == 0 && id != 3) {
				t.Fatalf("set(id %d, version %d) reported new = %v", id, v, isNew)
			}
		}
	}
	runtime.GC()
	for id := uint64(1); id <= 3; id++ {
		e, ok := tab.get(id)
		if !ok || e.MentionCount != versions-1 || e.Name != fmt.Sprint(versions-1)+long || e.Type != "ORG" {
			t.Errorf("get(%d) = %v (mention count %d), want the last version", id, ok, e.MentionCount)
		}
	}
	if first.Name != "first"+long {
		t.Errorf("a name decoded before the slabs were rewritten changed")
	}
	if total := len(tab.bytes.chunks) * slabChunk; total > 4*compactAbove {
		t.Errorf("slabs hold %d bytes for 3 live entities (live %d, dead %d): never compacted", total, tab.live, tab.dead)
	}
	tab.delete(2)
	if tab.has(2) {
		t.Error("deleted entity still cached")
	}
}

// TestPostingsAsMap: the slab posting lists hold what a map of slices with
// the same adds and removes holds, through growth and compaction.
func TestPostingsAsMap(t *testing.T) {
	want := map[tri][]uint64{1: {3, 5, 9}, 2: {7}}
	p := newPostings(want)
	rng := rand.New(rand.NewPCG(1, 2))
	for i := range 300000 {
		tr, id := tri(rng.IntN(40)), uint64(rng.IntN(3000))
		if i%3 == 2 {
			p.remove(tr, id)
			if j := slices.Index(want[tr], id); j >= 0 {
				want[tr] = slices.Delete(want[tr], j, j+1)
			}
			continue
		}
		p.add(tr, id)
		if !slices.Contains(want[tr], id) {
			want[tr] = append(want[tr], id)
		}
	}
	for tr, ids := range want {
		if got := slices.Sorted(slices.Values(p.get(tr))); !slices.Equal(got, slices.Sorted(slices.Values(ids))) {
			t.Errorf("trigram %d: postings hold %v, want %v", tr, got, ids)
		}
	}
	if p.get(99) != nil {
		t.Errorf("an unknown trigram has ids %v", p.get(99))
	}
}
