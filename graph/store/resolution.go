package store

import (
	"context"
	"encoding/binary"
	"encoding/json"
	"fmt"
	"slices"
	"strings"
	"time"

	badger "github.com/dgraph-io/badger/v4"

	"github.com/newsgraph/newsgraph/extract"
)

// Resolution rules recorded in Resolution.Rule. Links by exact name (rule 2)
// are not recorded: they are the default that needs no review.
const (
	// RuleKB: the same knowledge-base key as the canonical entity, under
	// another name ("Sergey Lavrov" and "Sergei Lavrov" are SERGEY_LAVROV).
	RuleKB = "KB"
	// RuleAlias: a form of the local entity is carried by exactly one stored
	// entity of the type ("Kerry" when only John Kerry is known).
	RuleAlias = "ALIAS"
)

// Resolution records that ingest linked one document's entity to a canonical
// entity stored before that document by a rule other than exact name, so a
// reviewer can see why two names are one entity and undo it (UnlinkDocument).
type Resolution struct {
	ID        uint64
	Entity    uint64 // the canonical entity the document's entity was linked to
	Doc       uint64
	DocExtID  string
	Name      string   // the entity's name in the document
	Forms     []string // its surface forms in the document, name first
	Rule      string   // RuleKB or RuleAlias
	Matched   string   // the knowledge-base key or normalised form that matched
	Canonical string   // the canonical entity's name when it was linked
	At        time.Time
	// Set when UnlinkDocument undid the link: the document's mentions now
	// belong to entity SeparatedInto.
	UndoneAt      time.Time
	SeparatedInto uint64
}

// resolutionRecord is the value of a W key: the Resolution plus what the
// document contributed that is not kept per document elsewhere (its roles,
// its subtype), which UnlinkDocument needs to hand them to the new entity.
type resolutionRecord struct {
	Resolution
	Roles   []Role `json:"roles,omitempty"`
	Subtype string `json:"subtype,omitempty"`
}

// separationRecord is the value of a B key: document ext was unlinked from
// entity Entity into entity Into.
type separationRecord struct {
	Entity      uint64    `json:"entity"`
	Doc         uint64    `json:"doc"`
	Into        uint64    `json:"into"`
	Resolutions []uint64  `json:"resolutions,omitempty"`
	At          time.Time `json:"at"`
}

// pendingLink is what resolve found out about one local entity's link, kept
// until the document's roles are known.
type pendingLink struct {
	rule, matched, canonical string
	dropKB                   bool // the KB key names an entity the document was separated from
	local                    *extract.Entity
	entity                   uint64
}

// separationsOf lists the entities the document ext was separated from. It
// runs before the writer's first write, while an iterator is still cheap.
func separationsOf(txn *badger.Txn, ext string) (map[uint64]bool, error) {
	var out map[uint64]bool
	err := scan(txn, separationPrefix(ext), nil, false, false, func(item *badger.Item) (bool, error) {
		id, err := parseSeparationKey(item.Key(), ext)
		if err != nil {
			return false, err
		}
		if out == nil {
			out = map[uint64]bool{}
		}
		out[id] = true
		return true, nil
	})
	return out, err
}

// recordResolution writes the W and w keys of one link. Nothing in ingest
// reads them back, so they go with the deferred writes.
func (w *writer) recordResolution(ext string, l pendingLink, local map[string]uint64) error {
	id, err := w.nextID(KindResolution)
	if err != nil {
		return err
	}
	var forms []string
	for _, s := range append([]string{l.local.Name}, l.local.Aliases...) {
		if s = strings.TrimSpace(s); s != "" && normalize(s) != "" && !slices.Contains(forms, s) {
			forms = append(forms, s)
		}
	}
	var roles []Role
	for _, r := range l.local.Roles {
		title := strings.TrimSpace(r.Title)
		if title == "" {
			continue
		}
		org, orgID := strings.TrimSpace(r.Org), local[r.OrgID]
		if i := slices.IndexFunc(roles, func(x Role) bool { return sameRole(x, title, org, orgID) }); i >= 0 {
			roles[i].Count++
			continue
		}
		roles = append(roles, Role{Title: title, Org: org, OrgID: orgID, Count: 1, FirstSeen: w.date, LastSeen: w.date})
	}
	rec := resolutionRecord{
		Resolution: Resolution{ID: id, Entity: l.entity, Doc: w.docID, DocExtID: ext,
			Name: strings.TrimSpace(l.local.Name), Forms: forms, Rule: l.rule, Matched: l.matched,
			Canonical: l.canonical, At: time.Now().UTC()},
		Roles: roles, Subtype: l.local.Subtype,
	}
	b, err := json.Marshal(rec)
	if err != nil {
		return fmt.Errorf("encode resolution: %w", err)
	}
	w.later = append(w.later, [2][]byte{idKey(pResolution, id), b},
		[2][]byte{resolutionKey(l.entity, w.docID, id), nil})
	return nil
}

// sameRole matches a role the way addRoles does: same title, and the same
// organization entity when both have one, else the same organization name.
func sameRole(x Role, title, org string, orgID uint64) bool {
	if normalize(x.Title) != normalize(title) {
		return false
	}
	if x.OrgID != 0 && orgID != 0 {
		return x.OrgID == orgID
	}
	return normalize(x.Org) == normalize(org)
}

// Resolutions pages the recorded resolutions of an entity's documents, in
// document order: links into it that ingest made by knowledge-base key or
// alias, and links undone into it (SeparatedInto is the entity). Total counts
// them all by a key-only scan.
func (s *Store) Resolutions(ctx context.Context, entity uint64, p Page) ([]Resolution, PageInfo, error) {
	var start []byte
	if len(p.After) > 0 {
		if len(p.After) != 17 || p.After[0] != cResolutions {
			return nil, PageInfo{}, badCursor(p.After, "not a resolution-list cursor")
		}
		start = append(appendU64([]byte{pEntityRes}, entity), p.After[1:]...)
	}
	limit := pageLimit(p)
	var out []Resolution
	var info PageInfo
	var last []byte
	prefix := appendU64([]byte{pEntityRes}, entity)
	err := s.view(ctx, func(txn *badger.Txn) error {
		if err := scan(txn, prefix, nil, false, false, func(*badger.Item) (bool, error) {
			info.Total++
			return true, nil
		}); err != nil {
			return err
		}
		return scan(txn, prefix, start, start != nil, false, func(item *badger.Item) (bool, error) {
			_, _, id, err := parseResolutionKey(item.Key())
			if err != nil {
				return false, err
			}
			if len(out) == limit {
				info.HasNext = true
				return false, nil
			}
			var rec resolutionRecord
			if err := getJSON(txn, idKey(pResolution, id), &rec, fmt.Sprintf("resolution %d", id)); err != nil {
				return false, err
			}
			out = append(out, rec.Resolution)
			last = item.KeyCopy(last[:0])
			return true, nil
		})
	})
	if err != nil {
		return nil, PageInfo{}, fmt.Errorf("store: resolutions of entity %d: %w", entity, err)
	}
	if len(out) > 0 {
		info.Next = append([]byte{cResolutions}, last[9:]...)
	}
	return out, info, nil
}

// ResolutionFilter narrows AllResolutions. Empty fields match everything.
type ResolutionFilter struct {
	Rule   string // RuleKB or RuleAlias
	Undone *bool  // true: only undone links; false: only standing ones
}

func (f ResolutionFilter) match(r *Resolution) bool {
	if f.Rule != "" && r.Rule != f.Rule {
		return false
	}
	return f.Undone == nil || *f.Undone == !r.UndoneAt.IsZero()
}

// AllResolutions pages every recorded resolution in the order they were
// made, for reviewing the automatic links (all ALIAS links, say). Total
// counts the matching ones, which reads every record when a filter is set.
func (s *Store) AllResolutions(ctx context.Context, f ResolutionFilter, p Page) ([]Resolution, PageInfo, error) {
	var start []byte
	if len(p.After) > 0 {
		id, err := parseIDCursor(cAllResolutions, p.After)
		if err != nil {
			return nil, PageInfo{}, err
		}
		start = idKey(pResolution, id)
	}
	limit := pageLimit(p)
	var out []Resolution
	var info PageInfo
	filtered := f.Rule != "" || f.Undone != nil
	err := s.view(ctx, func(txn *badger.Txn) error {
		return scan(txn, []byte{pResolution}, nil, false, filtered, func(item *badger.Item) (bool, error) {
			after := start == nil || string(item.Key()) > string(start)
			if !filtered && !(after && len(out) < limit) {
				info.Total++
				info.HasNext = info.HasNext || after
				return true, nil
			}
			var rec resolutionRecord
			if err := item.Value(func(b []byte) error { return json.Unmarshal(b, &rec) }); err != nil {
				return false, fmt.Errorf("resolution %x: %w", item.Key(), err)
			}
			if !f.match(&rec.Resolution) {
				return true, nil
			}
			info.Total++
			switch {
			case !after:
			case len(out) < limit:
				out = append(out, rec.Resolution)
			default:
				info.HasNext = true
			}
			return true, nil
		})
	})
	if err != nil {
		return nil, PageInfo{}, fmt.Errorf("store: resolutions: %w", err)
	}
	if len(out) > 0 {
		info.Next = idCursor(cAllResolutions, out[len(out)-1].ID)
	}
	return out, info, nil
}

// Resolution returns one recorded resolution.
func (s *Store) Resolution(ctx context.Context, id uint64) (Resolution, error) {
	rec, err := readRecord[resolutionRecord](ctx, s, pResolution, id, "resolution")
	return rec.Resolution, err
}

// resolutionsUnder loads the records whose w keys start with prefix.
func resolutionsUnder(txn *badger.Txn, prefix []byte) ([]resolutionRecord, error) {
	keys, _, err := keysWithPrefix(txn, prefix, false)
	if err != nil {
		return nil, err
	}
	out := make([]resolutionRecord, 0, len(keys))
	for _, k := range keys {
		_, _, id, err := parseResolutionKey(k)
		if err != nil {
			return nil, err
		}
		var rec resolutionRecord
		if err := getJSON(txn, idKey(pResolution, id), &rec, fmt.Sprintf("resolution %d", id)); err != nil {
			return nil, err
		}
		out = append(out, rec)
	}
	return out, nil
}

// Unlink is what UnlinkDocument did.
type Unlink struct {
	// Entity is the entity the document was unlinked from, as it is now; its
	// ID is 0 when it no longer exists (a repeated call after other edits).
	Entity Entity
	// Separated holds the document's mentions and evidence now (ID 0 when it
	// no longer exists).
	Separated Entity
	// Resolutions are the recorded links the unlink undid; none when the
	// document was linked by exact name.
	Resolutions []Resolution
}

// UnlinkDocument undoes the link of one document to an entity: the
// document's mentions of the entity, and its evidence for the entity's
// relations, events, quotes and recorded roles, move to a new entity named as
// the document named it. Facts other documents also support are split: the
// document's evidence goes to a copy that involves the new entity. The
// separation is recorded under the document's id, so ingesting the same
// document again (after deleting it) never links it to the entity again.
//
// Repeating a done unlink returns the recorded result. An entity mentioned in
// no other document cannot be separated from it (ErrConflict). Confidences are
// kept as they are (the store keeps only their maximum, not who gave it).
func (s *Store) UnlinkDocument(ctx context.Context, entity, doc uint64) (Unlink, error) {
	var out Unlink
	err := s.mutation(ctx, fmt.Sprintf("unlink document %d from entity %d", doc, entity), func(txn *badger.Txn, counters map[string]int64) error {
		out = Unlink{}
		var d docRecord
		if err := getJSON(txn, idKey(pDoc, doc), &d, fmt.Sprintf("document %d", doc)); err != nil {
			return err
		}
		var sep separationRecord
		switch err := getJSON(txn, separationKey(d.ExtID, entity), &sep, "separation"); {
		case err == nil:
			return loadUnlink(txn, sep, &out)
		case !isNotFound(err):
			return err
		}
		u := unlinker{txn: txn, counters: counters, doc: doc, date: d.Published, ent: entity,
			dl: deleter{txn: txn, doc: doc, dates: map[uint64]string{}}}
		if err := u.run(&out); err != nil {
			return err
		}
		sep = separationRecord{Entity: entity, Doc: doc, Into: u.nid, At: time.Now().UTC()}
		for _, r := range out.Resolutions {
			sep.Resolutions = append(sep.Resolutions, r.ID)
		}
		return putJSON(txn, separationKey(d.ExtID, entity), sep)
	})
	if err != nil {
		return Unlink{}, err
	}
	return out, nil
}

// loadUnlink reads back the result of a recorded separation.
func loadUnlink(txn *badger.Txn, sep separationRecord, out *Unlink) error {
	for _, x := range []struct {
		id uint64
		e  *Entity
	}{{sep.Entity, &out.Entity}, {sep.Into, &out.Separated}} {
		if err := getJSON(txn, idKey(pEntity, x.id), x.e, fmt.Sprintf("entity %d", x.id)); err != nil && !isNotFound(err) {
			return err
		}
	}
	for _, id := range sep.Resolutions {
		var rec resolutionRecord
		switch err := getJSON(txn, idKey(pResolution, id), &rec, fmt.Sprintf("resolution %d", id)); {
		case err == nil:
			out.Resolutions = append(out.Resolutions, rec.Resolution)
		case !isNotFound(err):
			return err
		}
	}
	return nil
}

// unlinker moves one document's share of entity ent to a new entity nid.
type unlinker struct {
	txn      *badger.Txn
	counters map[string]int64
	doc      uint64
	date     string
	ent, nid uint64
	dl       deleter // for span: first/last seen over the remaining documents
	log      []triOp
}

func (u *unlinker) run(out *Unlink) error {
	var e Entity
	if err := getJSON(u.txn, idKey(pEntity, u.ent), &e, fmt.Sprintf("entity %d", u.ent)); err != nil {
		return err
	}
	n, ok, err := getU64(u.txn, pairKey(pEntityDoc, u.ent, u.doc))
	if err != nil {
		return err
	}
	if !ok {
		return fmt.Errorf("entity %d is not mentioned in document %d: %w", u.ent, u.doc, ErrNotFound)
	}
	if e.DocCount <= 1 {
		return fmt.Errorf("document %d is the only document of entity %d: nothing to separate: %w", u.doc, u.ent, ErrConflict)
	}
	recs, err := resolutionsUnder(u.txn, appendU64(appendU64([]byte{pEntityRes}, u.ent), u.doc))
	if err != nil {
		return err
	}
	if u.nid, err = nextIDTxn(u.txn, byte(KindEntity)); err != nil {
		return err
	}

	// Mentions move under the new entity with their sequence numbers.
	keys, vals, err := keysWithPrefix(u.txn, appendU64(appendU64([]byte{pMention}, u.ent), u.doc), true)
	if err != nil {
		return err
	}
	moved := map[string]int{}
	var texts []string
	for i, k := range keys {
		_, _, seq, err := parseEvidenceKey(pMention, k)
		if err != nil {
			return err
		}
		var ev Evidence
		if err := json.Unmarshal(vals[i], &ev); err != nil {
			return fmt.Errorf("mention %x: %w", k, err)
		}
		if moved[ev.Text] == 0 {
			texts = append(texts, ev.Text)
		}
		moved[ev.Text]++
		if err := u.txn.Set(evidenceKey(pMention, u.nid, u.doc, seq), vals[i]); err != nil {
			return err
		}
		if err := u.txn.Delete(k); err != nil {
			return err
		}
	}

	ne := u.newEntity(&e, recs, moved, texts, int(n))
	if err := u.indexNew(&ne, n); err != nil {
		return err
	}
	if err := u.shrink(&e, &ne, recs, moved, int(n)); err != nil {
		return err
	}
	facts, _, err := keysWithPrefix(u.txn, appendU64([]byte{pDocFact}, u.doc), false)
	if err != nil {
		return err
	}
	for _, k := range facts {
		_, kind, id, err := parseDocFactKey(k)
		if err != nil {
			return err
		}
		switch kind {
		case KindRelation:
			err = u.relation(id)
		case KindEvent:
			err = u.event(id)
		case KindQuote:
			err = u.quote(id)
		}
		if err != nil {
			return err
		}
	}
	// The records of the undone links move with the document's mentions, so
	// deleting the document later finds and removes them.
	now := time.Now().UTC()
	for _, r := range recs {
		r.UndoneAt, r.SeparatedInto = now, u.nid
		if err := putJSON(u.txn, idKey(pResolution, r.ID), r); err != nil {
			return err
		}
		if err := u.txn.Delete(resolutionKey(u.ent, u.doc, r.ID)); err != nil {
			return err
		}
		if err := u.txn.Set(resolutionKey(u.nid, u.doc, r.ID), nil); err != nil {
			return err
		}
		out.Resolutions = append(out.Resolutions, r.Resolution)
	}
	out.Entity, out.Separated = e, ne
	return nil
}

// newEntity builds the separated entity from what the document said of it:
// the name and forms of its recorded link (or its most frequent mention),
// its mentions' texts as aliases, its recorded roles.
func (u *unlinker) newEntity(e *Entity, recs []resolutionRecord, moved map[string]int, texts []string, mentions int) Entity {
	ne := Entity{ID: u.nid, Type: e.Type, Subtype: e.Subtype, MentionCount: mentions, DocCount: 1}
	ne.FirstSeen, ne.LastSeen = widen("", "", u.date)
	var forms []string
	if len(recs) > 0 {
		ne.Name = recs[0].Name
		if recs[0].Subtype != "" {
			ne.Subtype = recs[0].Subtype
		}
		for _, r := range recs {
			forms = append(forms, r.Forms...)
		}
	} else {
		// Most mentioned text, the longer one on a tie ("Cameron Kerry" over "Kerry").
		for _, t := range texts {
			if ne.Name == "" || moved[t] > moved[ne.Name] || (moved[t] == moved[ne.Name] && len(t) > len(ne.Name)) {
				ne.Name = t
			}
		}
		forms = texts
	}
	if normalize(ne.Name) == "" {
		ne.Name = e.Name
	}
	// As in ingest: a reported form counts its mentions, at least one.
	for _, f := range append([]string{ne.Name}, forms...) {
		if slices.ContainsFunc(ne.Aliases, func(a Alias) bool { return a.Text == f }) {
			continue
		}
		ne.Aliases = append(ne.Aliases, Alias{Text: f, Count: max(moved[f], 1)})
	}
	slices.SortStableFunc(ne.Aliases, func(x, y Alias) int { return y.Count - x.Count })
	for _, r := range recs {
		for _, role := range r.Roles {
			i := slices.IndexFunc(ne.Roles, func(x Role) bool { return sameRole(x, role.Title, role.Org, role.OrgID) })
			if i < 0 {
				ne.Roles = append(ne.Roles, role)
				continue
			}
			ne.Roles[i].Count += role.Count
		}
	}
	return ne
}

// indexNew writes the new entity and every index an ingested one has.
func (u *unlinker) indexNew(ne *Entity, mentions uint64) error {
	if err := u.txn.Set(nameKey(ne.Type, normalize(ne.Name), ne.ID), nil); err != nil {
		return err
	}
	for _, f := range storedForms(ne) {
		if err := indexForm(u.txn, &u.log, ne.Type, f, ne.ID); err != nil {
			return err
		}
	}
	for _, kv := range [][2][]byte{
		{rankKey(mentions, ne.ID), []byte(ne.Type)},
		{pairKey(pEntityDoc, ne.ID, u.doc), appendU64(nil, mentions)},
		{pairKey(pDocEntity, u.doc, ne.ID), nil},
	} {
		if err := u.txn.Set(kv[0], kv[1]); err != nil {
			return err
		}
	}
	for _, k := range [][]byte{pairKey(pEntityDoc, u.ent, u.doc), pairKey(pDocEntity, u.doc, u.ent)} {
		if err := u.txn.Delete(k); err != nil {
			return err
		}
	}
	u.counters[statEntities]++
	u.counters[typeCountName(ne.Type)]++
	return putJSON(u.txn, idKey(pEntity, ne.ID), ne)
}

// shrink takes the document's share out of the entity it leaves: mentions,
// aliases only it gave, its recorded roles, its dates; and the name, when
// the document gave it (a surname-only entity renamed by a full name the
// unlinked document brought) and no remaining mention uses it.
func (u *unlinker) shrink(e, ne *Entity, recs []resolutionRecord, moved map[string]int, mentions int) error {
	oldForms := storedForms(e)
	if err := u.txn.Delete(rankKey(uint64(e.MentionCount), e.ID)); err != nil {
		return err
	}
	e.MentionCount = max(0, e.MentionCount-mentions)
	e.DocCount--
	// Ingest counts an alias max(mentions with that text, 1) in each
	// document reporting it as a form: take this document's share out. The
	// recorded links say which forms it reported; without one, its mention
	// texts stand for them.
	reported := map[string]bool{}
	for _, r := range recs {
		for _, f := range r.Forms {
			reported[f] = true
		}
	}
	if len(recs) == 0 {
		for t := range moved {
			reported[t] = true
		}
	}
	counts := map[string]int{}
	for _, a := range e.Aliases {
		c := a.Count
		if reported[a.Text] {
			c -= max(moved[a.Text], 1)
		}
		counts[a.Text] = max(c, 0)
	}
	if counts[e.Name] == 0 && normalize(e.Name) == normalize(ne.Name) {
		back := ""
		for _, r := range recs {
			if counts[r.Canonical] > 0 {
				back = r.Canonical
				break
			}
		}
		if back == "" {
			// The most frequent form left, the longer one on a tie: "Sergey
			// Lavrov" rather than "Lavrov".
			for _, a := range e.Aliases {
				if c := counts[a.Text]; c > 0 && (back == "" || c > counts[back] || (c == counts[back] && len(a.Text) > len(back))) {
					back = a.Text
				}
			}
		}
		if back != "" {
			if err := u.txn.Delete(nameKey(e.Type, normalize(e.Name), e.ID)); err != nil {
				return err
			}
			if err := u.txn.Set(nameKey(e.Type, normalize(back), e.ID), nil); err != nil {
				return err
			}
			e.Name = back
		}
	}
	var aliases []Alias
	for _, a := range e.Aliases {
		if c := counts[a.Text]; c > 0 || a.Text == e.Name {
			aliases = append(aliases, Alias{Text: a.Text, Count: c})
		}
	}
	// Most frequent first as ingest keeps them; on a tie the name leads, as
	// it does in ingest, where the name is the first form a document gives.
	name := e.Name
	slices.SortStableFunc(aliases, func(x, y Alias) int {
		if x.Count != y.Count {
			return y.Count - x.Count
		}
		return b2i(y.Text == name) - b2i(x.Text == name)
	})
	e.Aliases = aliases
	for _, r := range recs {
		for _, role := range r.Roles {
			i := slices.IndexFunc(e.Roles, func(x Role) bool { return sameRole(x, role.Title, role.Org, role.OrgID) })
			if i < 0 {
				continue
			}
			if e.Roles[i].Count -= role.Count; e.Roles[i].Count <= 0 {
				e.Roles = slices.Delete(e.Roles, i, i+1)
			}
		}
	}
	docs, err := entityDocs(u.txn, e.ID)
	if err != nil {
		return err
	}
	if e.FirstSeen, e.LastSeen, err = u.dl.span(docs); err != nil {
		return err
	}
	// Roles keep no dates per document; none can be outside the dates of
	// the documents that remain.
	for i := range e.Roles {
		r := &e.Roles[i]
		if e.FirstSeen != "" && r.FirstSeen != "" && r.FirstSeen < e.FirstSeen {
			r.FirstSeen = e.FirstSeen
		}
		if e.LastSeen != "" && r.LastSeen > e.LastSeen {
			r.LastSeen = e.LastSeen
		}
		if r.FirstSeen > r.LastSeen && r.LastSeen != "" {
			r.FirstSeen = r.LastSeen
		}
	}
	newForms := storedForms(e)
	for _, f := range oldForms {
		if err := unindexForm(u.txn, &u.log, e.Type, f, e.ID, newForms); err != nil {
			return err
		}
	}
	if err := u.txn.Set(rankKey(uint64(e.MentionCount), e.ID), []byte(e.Type)); err != nil {
		return err
	}
	return putJSON(u.txn, idKey(pEntity, e.ID), *e)
}

// entityDocs lists the documents of an entity from its P keys.
func entityDocs(txn *badger.Txn, id uint64) ([]uint64, error) {
	keys, _, err := keysWithPrefix(txn, appendU64([]byte{pEntityDoc}, id), false)
	if err != nil {
		return nil, err
	}
	docs := make([]uint64, 0, len(keys))
	for _, k := range keys {
		_, doc, err := parsePairKey(pEntityDoc, k)
		if err != nil {
			return nil, err
		}
		docs = append(docs, doc)
	}
	return docs, nil
}

func (u *unlinker) swap(id uint64) uint64 {
	if id == u.ent {
		return u.nid
	}
	return id
}

// moveEvidence moves the document's evidence keys prefix|from|doc|* to
// prefix|to|doc|*, returning their values.
func (u *unlinker) moveEvidence(prefix byte, from, to uint64) ([][]byte, error) {
	keys, vals, err := keysWithPrefix(u.txn, appendU64(appendU64([]byte{prefix}, from), u.doc), true)
	if err != nil {
		return nil, err
	}
	for i, k := range keys {
		_, _, seq, err := parseEvidenceKey(prefix, k)
		if err != nil {
			return nil, err
		}
		if err := u.txn.Set(evidenceKey(prefix, to, u.doc, seq), vals[i]); err != nil {
			return nil, err
		}
		if err := u.txn.Delete(k); err != nil {
			return nil, err
		}
	}
	return vals, nil
}

func (u *unlinker) setEdges(r *Relation) error {
	if err := u.txn.Set(edgeKey(Out, r.Source, r.Type, r.Target, r.ID), nil); err != nil {
		return err
	}
	return u.txn.Set(edgeKey(In, r.Target, r.Type, r.Source, r.ID), nil)
}

// relation re-files a relation the document supports: in place when only
// this document supports it, else the document's evidence goes to a new
// relation of the new entity.
func (u *unlinker) relation(id uint64) error {
	var r Relation
	if err := getJSON(u.txn, idKey(pRelation, id), &r, fmt.Sprintf("relation %d", id)); err != nil {
		return err
	}
	if r.Source != u.ent && r.Target != u.ent {
		return nil
	}
	docs, err := evidenceDocs(u.txn, pRelEvid, id)
	if err != nil {
		return err
	}
	others := slices.DeleteFunc(docs, func(d uint64) bool { return d == u.doc })
	mine, err := countWithPrefix(u.txn, appendU64(appendU64([]byte{pRelEvid}, id), u.doc))
	if err != nil {
		return err
	}
	// As in DeleteDocument: a report is counted once, however many pieces
	// of evidence it has. A count beyond this document's reports means
	// others reported it too, even without evidence.
	n := max(1, mine)
	if len(others) == 0 && r.Count <= n {
		for _, k := range [][]byte{edgeKey(Out, r.Source, r.Type, r.Target, id), edgeKey(In, r.Target, r.Type, r.Source, id)} {
			if err := u.txn.Delete(k); err != nil {
				return err
			}
		}
		r.Source, r.Target = u.swap(r.Source), u.swap(r.Target)
		if err := u.setEdges(&r); err != nil {
			return err
		}
		return putJSON(u.txn, idKey(pRelation, id), r)
	}
	nr, err := nextIDTxn(u.txn, byte(KindRelation))
	if err != nil {
		return err
	}
	if _, err := u.moveEvidence(pRelEvid, id, nr); err != nil {
		return err
	}
	split := Relation{ID: nr, Type: r.Type, Source: u.swap(r.Source), Target: u.swap(r.Target),
		Confidence: r.Confidence, Count: min(n, r.Count)}
	split.FirstSeen, split.LastSeen = widen("", "", u.date)
	if err := u.setEdges(&split); err != nil {
		return err
	}
	if err := u.moveFact(KindRelation, id, nr); err != nil {
		return err
	}
	u.counters[statRelations]++
	r.Count = max(1, r.Count-n)
	if len(others) > 0 { // else only undocumented reports remain: their dates are unknown
		if r.FirstSeen, r.LastSeen, err = u.dl.span(others); err != nil {
			return err
		}
	}
	if err := putJSON(u.txn, idKey(pRelation, nr), split); err != nil {
		return err
	}
	return putJSON(u.txn, idKey(pRelation, id), r)
}

func (u *unlinker) moveFact(k Kind, from, to uint64) error {
	if err := u.txn.Delete(docFactKey(u.doc, k, from)); err != nil {
		return err
	}
	return u.txn.Set(docFactKey(u.doc, k, to), nil)
}

// event re-files an event the entity takes part in (or happened at) that the
// document reports: in place when only this document reports it, else the
// document's evidence goes to a new event of the new entity.
func (u *unlinker) event(id uint64) error {
	var ev Event
	if err := getJSON(u.txn, idKey(pEvent, id), &ev, fmt.Sprintf("event %d", id)); err != nil {
		return err
	}
	involved := ev.LocationID == u.ent
	parts := slices.Clone(ev.Participants)
	for i := range parts {
		if parts[i].EntityID == u.ent {
			involved = true
			parts[i].EntityID = u.nid
		}
	}
	if !involved {
		return nil
	}
	docs, err := evidenceDocs(u.txn, pEventEvid, id)
	if err != nil {
		return err
	}
	others := slices.DeleteFunc(docs, func(d uint64) bool { return d == u.doc })
	mergeable := ev.Date != "" && len(parts) > 0
	newIdent := eventIdentKey(ev.Type, ev.Date, participantIDs(parts))
	if len(others) == 0 {
		if err := u.txn.Delete(entityEventKey(u.ent, ev.Date, id)); err != nil {
			return err
		}
		if err := u.txn.Set(entityEventKey(u.nid, ev.Date, id), []byte(ev.Type)); err != nil {
			return err
		}
		if mergeable {
			oldIdent := eventIdentKey(ev.Type, ev.Date, participantIDs(ev.Participants))
			if owner, ok, err := getU64(u.txn, oldIdent); err != nil {
				return err
			} else if ok && owner == id {
				if err := u.txn.Delete(oldIdent); err != nil {
					return err
				}
			}
			if err := u.claimIdent(newIdent, id); err != nil {
				return err
			}
		}
		ev.Participants, ev.LocationID = parts, u.swap(ev.LocationID)
		return putJSON(u.txn, idKey(pEvent, id), ev)
	}

	nv, err := nextIDTxn(u.txn, byte(KindEvent))
	if err != nil {
		return err
	}
	split := Event{ID: nv, Type: ev.Type, CAMEO: ev.CAMEO, Trigger: ev.Trigger, Date: ev.Date,
		DatePrecision: ev.DatePrecision, Participants: parts, LocationID: u.swap(ev.LocationID), Confidence: ev.Confidence}
	// The words only this document's evidence gave the event go to the split.
	keys, vals, err := keysWithPrefix(u.txn, appendU64([]byte{pEventEvid}, id), true)
	if err != nil {
		return err
	}
	base := wordsOf(ev.Type + " " + ev.Trigger)
	mine, rest := slices.Clone(base), slices.Clone(base)
	for i, k := range keys {
		_, doc, _, err := parseEvidenceKey(pEventEvid, k)
		if err != nil {
			return err
		}
		var x Evidence
		if err := json.Unmarshal(vals[i], &x); err != nil {
			return fmt.Errorf("evidence %x: %w", k, err)
		}
		if doc == u.doc {
			mine = append(mine, wordsOf(x.Text)...)
		} else {
			rest = append(rest, wordsOf(x.Text)...)
		}
	}
	if _, err := u.moveEvidence(pEventEvid, id, nv); err != nil {
		return err
	}
	for _, w := range dedupe(mine) {
		if err := u.txn.Set(wordKey(pEventWord, w, nv), nil); err != nil {
			return err
		}
		if !slices.Contains(rest, w) {
			if err := u.txn.Delete(wordKey(pEventWord, w, id)); err != nil {
				return err
			}
		}
	}
	if err := u.txn.Set(eventTimeKey(ev.Date, nv), []byte(ev.Type)); err != nil {
		return err
	}
	ids := participantIDs(parts)
	if split.LocationID != 0 && !slices.Contains(ids, split.LocationID) {
		ids = append(ids, split.LocationID)
	}
	for _, p := range ids {
		if err := u.txn.Set(entityEventKey(p, ev.Date, nv), []byte(ev.Type)); err != nil {
			return err
		}
	}
	if mergeable {
		if err := u.claimIdent(newIdent, nv); err != nil {
			return err
		}
	}
	if err := u.moveFact(KindEvent, id, nv); err != nil {
		return err
	}
	u.counters[statEvents]++
	return putJSON(u.txn, idKey(pEvent, nv), split)
}

// claimIdent files an event under its identity unless another event has it.
func (u *unlinker) claimIdent(ident []byte, id uint64) error {
	if _, taken, err := getU64(u.txn, ident); err != nil || taken {
		return err
	}
	return u.txn.Set(ident, appendU64(nil, id))
}

func (u *unlinker) quote(id uint64) error {
	var q Quote
	if err := getJSON(u.txn, idKey(pQuote, id), &q, fmt.Sprintf("quote %d", id)); err != nil {
		return err
	}
	if q.Speaker != u.ent {
		return nil
	}
	q.Speaker = u.nid
	if err := u.txn.Delete(pairKey(pSpeaker, u.ent, id)); err != nil {
		return err
	}
	if err := u.txn.Set(pairKey(pSpeaker, u.nid, id), nil); err != nil {
		return err
	}
	return putJSON(u.txn, idKey(pQuote, id), q)
}

// Key helpers of the W, w and B families (documented in keys.go).

// resolutionKey: w|entity|doc|res -> empty.
func resolutionKey(entity, doc, res uint64) []byte {
	return appendU64(appendU64(appendU64([]byte{pEntityRes}, entity), doc), res)
}

func parseResolutionKey(k []byte) (entity, doc, res uint64, err error) {
	if len(k) != 25 || k[0] != pEntityRes {
		return 0, 0, 0, badKey(pEntityRes, k, "want w|8|8|8")
	}
	return binary.BigEndian.Uint64(k[1:9]), binary.BigEndian.Uint64(k[9:17]), binary.BigEndian.Uint64(k[17:]), nil
}

// separationKey: B|elen|extid|entity -> separationRecord JSON.
func separationKey(ext string, entity uint64) []byte {
	return appendU64(separationPrefix(ext), entity)
}

func separationPrefix(ext string) []byte {
	return appendShort([]byte{pSeparation}, ext)
}

func parseSeparationKey(k []byte, ext string) (uint64, error) {
	p := separationPrefix(ext)
	if len(k) != len(p)+8 || string(k[:len(p)]) != string(p) {
		return 0, badKey(pSeparation, k, "want B|len|extid|8")
	}
	return binary.BigEndian.Uint64(k[len(p):]), nil
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

// countWithPrefix counts the keys under prefix (key-only scan).
func countWithPrefix(txn *badger.Txn, prefix []byte) (int, error) {
	n := 0
	err := scan(txn, prefix, nil, false, false, func(*badger.Item) (bool, error) {
		n++
		return true, nil
	})
	return n, err
}
