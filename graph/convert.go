package graph

import (
	"slices"
	"strconv"
	"time"

	"github.com/newsgraph/newsgraph/graph/model"
	"github.com/newsgraph/newsgraph/graph/store"
)

// Conversions from store values to schema models. Empty strings become null so
// clients can tell "unknown" from a value.

func optional(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}

func entityType(t string) model.EntityType {
	et := model.EntityType(t)
	if !et.IsValid() {
		// The extractor's types are a superset in spirit (e.g. a future DATE);
		// anything the schema does not know is still a thing worth showing.
		return model.EntityTypeMisc
	}
	return et
}

// entityBlock is a model entity with the storage its optional strings
// point into: one allocation where each *string used to be one of its own.
type entityBlock struct {
	m   model.Entity
	opt [4]string
}

// toEntity converts e into objects of its own.
func toEntity(e store.Entity) *model.Entity {
	return convertEntity(e, &modelArena{exact: true})
}

// convertEntity converts e, taking the memory from a.
func convertEntity(e store.Entity, a *modelArena) *model.Entity {
	b := &take(a, &a.blocks, 1)[0]
	opt := func(i int, s string) *string {
		if s == "" {
			return nil
		}
		b.opt[i] = s
		return &b.opt[i]
	}
	b.m = model.Entity{
		Key:           e.ID,
		ID:            a.id(store.KindEntity, e.ID),
		Name:          e.Name,
		Type:          entityType(e.Type),
		Subtype:       opt(0, e.Subtype),
		Kb:            opt(1, e.KB),
		Aliases:       take(a, &a.aliasPtrs, len(e.Aliases)),
		AliasNames:    take(a, &a.strs, len(e.Aliases)),
		Roles:         take(a, &a.rolePtrs, len(e.Roles)),
		MentionCount:  e.MentionCount,
		DocumentCount: e.DocCount,
		FirstSeen:     opt(2, e.FirstSeen),
		LastSeen:      opt(3, e.LastSeen),
	}
	m := &b.m
	aliases := take(a, &a.aliases, len(e.Aliases))
	for i, al := range e.Aliases {
		aliases[i] = model.Alias{Text: al.Text, Count: al.Count}
		m.Aliases[i] = &aliases[i]
		m.AliasNames[i] = al.Text
	}
	roles := take(a, &a.roles, len(e.Roles))
	for i, r := range e.Roles {
		strs := take(a, &a.strs, 3) // the role's optional strings
		strs[0], strs[1], strs[2] = r.Org, r.FirstSeen, r.LastSeen
		roles[i] = model.Role{Title: r.Title, Org: optionalAt(strs, 0), OrgKey: r.OrgID,
			FirstSeen: optionalAt(strs, 1), LastSeen: optionalAt(strs, 2), Count: r.Count}
		m.Roles[i] = &roles[i]
	}
	return m
}

// optionalAt is optional for a string kept in strs[i].
func optionalAt(strs []string, i int) *string {
	if strs[i] == "" {
		return nil
	}
	return &strs[i]
}

func toDocument(d store.Document) *model.Document {
	m := &model.Document{
		Key:        d.ID,
		ID:         formatID(store.KindDocument, d.ID),
		ExtID:      d.ExtID,
		Title:      optional(d.Title),
		URL:        optional(d.URL),
		Source:     optional(d.Source),
		Published:  optional(d.Published),
		IngestedAt: d.IngestedAt.UTC().Format(time.RFC3339),
		Spans:      make([]model.Span, len(d.Sentences)),
	}
	if d.TextLoaded {
		text := d.Text
		m.Body = &text
	}
	for i, s := range d.Sentences {
		m.Spans[i] = model.Span{Start: s.Start, End: s.End}
	}
	return m
}

func toSentences(text string, spans []model.Span) []*model.Sentence {
	runes := []rune(text) // offsets are code points
	out := make([]*model.Sentence, len(spans))
	for i, s := range spans {
		out[i] = &model.Sentence{Index: i, Start: s.Start, End: s.End, Text: runeSlice(runes, s.Start, s.End)}
	}
	return out
}

// runeSlice returns runes[start:end] clamped to the text, so a bad span from
// the store yields a short string instead of a panic.
func runeSlice(runes []rune, start, end int) string {
	start = max(0, min(start, len(runes)))
	end = max(start, min(end, len(runes)))
	return string(runes[start:end])
}

func toEvidence(e store.Evidence) *model.Evidence {
	return &model.Evidence{DocKey: e.DocID, Sentence: e.Sentence, Text: e.Text, Start: e.Start, End: e.End}
}

func toEvidenceList(es []store.Evidence) []*model.Evidence {
	out := make([]*model.Evidence, len(es))
	for i, e := range es {
		out[i] = toEvidence(e)
	}
	return out
}

func toEvent(e store.Event) *model.Event {
	m := &model.Event{
		Key:            e.ID,
		ID:             formatID(store.KindEvent, e.ID),
		Type:           e.Type,
		Cameo:          optional(e.CAMEO),
		Trigger:        optional(e.Trigger),
		Date:           optional(e.Date),
		DatePrecision:  optional(e.DatePrecision),
		Participants:   make([]*model.Participant, len(e.Participants)),
		LocationKey:    e.LocationID,
		Confidence:     e.Confidence,
		EvidenceList:   toEvidenceList(e.Evidence),
		EvidenceLoaded: e.EvidenceLoaded,
	}
	for i, p := range e.Participants {
		m.Participants[i] = &model.Participant{EntityKey: p.EntityID, Role: p.Role}
	}
	return m
}

func toRelation(f refs, r store.Relation) *model.Relation {
	return &model.Relation{
		Refs:         f,
		Key:          r.ID,
		ID:           formatID(store.KindRelation, r.ID),
		Type:         r.Type,
		SourceKey:    r.Source,
		TargetKey:    r.Target,
		Confidence:   r.Confidence,
		Count:        r.Count,
		FirstSeen:    optional(r.FirstSeen),
		LastSeen:     optional(r.LastSeen),
		EvidenceList: toEvidenceList(r.Evidence),
		// Events always come with their first evidence; relations only from
		// single lookups and paths.
		EvidenceLoaded: r.EvidenceLoaded,
	}
}

// toRelations converts many relations (a page, a path's hops) with a few
// allocations in all: the models, their ids and their dates each share one
// backing array, and the refs are boxed once. One at a time, a relation cost
// seven allocations, which made a page of fifty relations allocate more in
// conversion than in the store.
func toRelations(f refs, rs []store.Relation) []*model.Relation {
	if len(rs) == 0 {
		return nil
	}
	var rf model.Refs = f
	models := make([]model.Relation, len(rs))
	out := make([]*model.Relation, len(rs))
	// The ids, written into one string and sliced.
	var b []byte
	ends := make([]int, len(rs))
	for i, r := range rs {
		b = append(b, byte(store.KindRelation))
		b = strconv.AppendUint(b, r.ID, 10)
		ends[i] = len(b)
	}
	ids := string(b)
	// The dates: pointers into one array, sized up front so that they stay put.
	dates := 0
	for _, r := range rs {
		if r.FirstSeen != "" {
			dates++
		}
		if r.LastSeen != "" {
			dates++
		}
	}
	strs := make([]string, 0, dates)
	opt := func(s string) *string {
		if s == "" {
			return nil
		}
		strs = append(strs, s)
		return &strs[len(strs)-1]
	}
	start := 0
	for i, r := range rs {
		models[i] = model.Relation{
			Refs:           rf,
			Key:            r.ID,
			ID:             ids[start:ends[i]],
			Type:           r.Type,
			SourceKey:      r.Source,
			TargetKey:      r.Target,
			Confidence:     r.Confidence,
			Count:          r.Count,
			FirstSeen:      opt(r.FirstSeen),
			LastSeen:       opt(r.LastSeen),
			EvidenceList:   toEvidenceList(r.Evidence),
			EvidenceLoaded: r.EvidenceLoaded,
		}
		start = ends[i]
		out[i] = &models[i]
	}
	return out
}

func toQuote(q store.Quote) *model.Quote {
	return &model.Quote{
		Key:        q.ID,
		ID:         formatID(store.KindQuote, q.ID),
		SpeakerKey: q.Speaker,
		Text:       q.Text,
		Direct:     q.Direct,
		Evidence:   toEvidence(q.Evidence),
	}
}

// toPaths converts a search's paths with one model per distinct relation:
// tied shortest paths share most of their hops (ten paths of four hops
// often cross a dozen relations), and converting every hop anew made a
// path answer's conversion grow with the ties, which a bigger graph has more
// of. Models are read-only, so hops may share them.
func toPaths(f refs, ps []store.Path) []*model.Path {
	total := 0
	for _, p := range ps {
		total += len(p.Hops)
	}
	distinct := make([]store.Relation, 0, total)
	for _, p := range ps {
		for _, h := range p.Hops {
			// At most MaxPaths x MaxHops hops: a scan beats a map.
			if !slices.ContainsFunc(distinct, func(r store.Relation) bool { return r.ID == h.Relation.ID }) {
				distinct = append(distinct, h.Relation)
			}
		}
	}
	models := toRelations(f, distinct)
	paths := make([]model.Path, len(ps))
	out := make([]*model.Path, len(ps))
	hops := make([]model.Hop, total) // one allocation for every hop
	ptrs := make([]*model.Hop, total)
	for i, p := range ps {
		m := &paths[i]
		*m = model.Path{Length: len(p.Hops), EntityKeys: p.Entities, Hops: ptrs[:len(p.Hops):len(p.Hops)], Refs: f}
		ptrs = ptrs[len(p.Hops):]
		for j, h := range p.Hops {
			k := slices.IndexFunc(distinct, func(r store.Relation) bool { return r.ID == h.Relation.ID })
			hops[0] = model.Hop{FromKey: h.From, ToKey: h.To, Relation: models[k]}
			m.Hops[j] = &hops[0]
			hops = hops[1:]
		}
		out[i] = m
	}
	return out
}

func toStats(s store.Stats) *model.Stats {
	return &model.Stats{
		Documents: s.Documents,
		Entities:  s.Entities,
		Relations: s.Relations,
		Events:    s.Events,
		Quotes:    s.Quotes,
		Mentions:  s.Mentions,
	}
}

func toIngestResult(r store.IngestResult) *model.IngestResult {
	return &model.IngestResult{
		DocKey:      r.DocID,
		Skipped:     r.Skipped,
		Entities:    r.Entities,
		NewEntities: r.NewEntities,
		Relations:   r.Relations,
		Events:      r.Events,
		Quotes:      r.Quotes,
	}
}

// mapSlice converts each element with f.
func mapSlice[S, T any](in []S, f func(S) T) []T {
	out := make([]T, len(in))
	for i, v := range in {
		out[i] = f(v)
	}
	return out
}
