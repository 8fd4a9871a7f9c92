package analytics

import (
	"cmp"
	"context"
	"slices"
)

// EventFilter selects events for EventStats and ActivePairs.
type EventFilter struct {
	// Types keeps events of these types (MEET, VISIT...); empty keeps all.
	Types []string
	// EntityTypes keeps participants of these types when pairing; empty keeps all.
	EntityTypes []string
	// Since and Until (YYYY-MM-DD inclusive) keep events dated in the period;
	// undated events are left out of a dated filter.
	Since, Until string
}

func (f EventFilter) keeps(ev eventView) bool {
	return (len(f.Types) == 0 || slices.Contains(f.Types, ev.Type)) && inPeriod(ev.Date, f.Since, f.Until)
}

type eventView struct{ Type, Date string }

// Count is a number of events under a label (an event type or a month).
type Count struct {
	Key   string
	Count int
}

// EventStats counts events by type and by month.
type EventStats struct {
	Version uint64
	Total   int
	// ByType is most frequent first, ties by type name.
	ByType []Count
	// ByMonth is in month order (YYYY-MM); events dated only to a year are
	// under "YYYY", undated ones are counted in Undated.
	ByMonth []Count
	Undated int
}

// EventStats counts the events f keeps.
func (e *Engine) EventStats(ctx context.Context, f EventFilter) (EventStats, error) {
	if err := (Filter{Since: f.Since, Until: f.Until}).Validate(); err != nil {
		return EventStats{}, err
	}
	b, err := e.base(ctx)
	if err != nil {
		return EventStats{}, err
	}
	st := EventStats{Version: b.version}
	byType, byMonth := map[string]int{}, map[string]int{}
	for _, ev := range b.events {
		if !f.keeps(eventView{ev.Type, ev.Date}) {
			continue
		}
		st.Total++
		byType[ev.Type]++
		if ev.Date == "" {
			st.Undated++
		} else {
			byMonth[ev.Date[:min(7, len(ev.Date))]]++
		}
	}
	st.ByType = sortedCounts(byType, func(a, b Count) int {
		if c := cmp.Compare(b.Count, a.Count); c != 0 {
			return c
		}
		return cmp.Compare(a.Key, b.Key)
	})
	st.ByMonth = sortedCounts(byMonth, func(a, b Count) int { return cmp.Compare(a.Key, b.Key) })
	return st, nil
}

func sortedCounts(m map[string]int, order func(a, b Count) int) []Count {
	out := make([]Count, 0, len(m))
	for k, n := range m {
		out = append(out, Count{k, n})
	}
	slices.SortFunc(out, order)
	return out
}

// Pair is two entities that took part in events together.
type Pair struct {
	A, B  Node // A has the smaller id
	Count int  // events both took part in
	// First and Last are the earliest and latest dates among those events ("" when undated).
	First, Last string
	Types       []Count // by event type, most frequent first
}

// ActivePairs returns the n pairs of entities that took part together in the
// most events f keeps ("who met whom most often" with Types [MEET]), most
// events first, then latest first, then by ids. Only participants pair up: an
// event's location is where, not who.
func (e *Engine) ActivePairs(ctx context.Context, f EventFilter, n int) ([]Pair, error) {
	if err := (Filter{Since: f.Since, Until: f.Until}).Validate(); err != nil {
		return nil, err
	}
	b, err := e.base(ctx)
	if err != nil {
		return nil, err
	}
	type acc struct {
		p     Pair
		types map[string]int
	}
	pairs := map[[2]uint64]*acc{}
	kept := Filter{EntityTypes: f.EntityTypes}
	for _, ev := range b.events {
		if !f.keeps(eventView{ev.Type, ev.Date}) {
			continue
		}
		var ids []uint64
		for _, p := range ev.Participants {
			ids = append(ids, p.EntityID)
		}
		slices.Sort(ids)
		ids = slices.Compact(ids)
		ids = slices.DeleteFunc(ids, func(id uint64) bool {
			ent, ok := b.entities[id]
			return !ok || !kept.keepsEntityType(ent.Type)
		})
		for i := range ids {
			for j := i + 1; j < len(ids); j++ {
				k := [2]uint64{ids[i], ids[j]}
				a := pairs[k]
				if a == nil {
					a = &acc{p: Pair{A: b.entities[k[0]].Node, B: b.entities[k[1]].Node}, types: map[string]int{}}
					pairs[k] = a
				}
				a.p.Count++
				a.types[ev.Type]++
				if ev.Date != "" {
					if a.p.First == "" || ev.Date < a.p.First {
						a.p.First = ev.Date
					}
					if ev.Date > a.p.Last {
						a.p.Last = ev.Date
					}
				}
			}
		}
	}
	out := make([]Pair, 0, len(pairs))
	for _, a := range pairs {
		a.p.Types = sortedCounts(a.types, func(x, y Count) int {
			if c := cmp.Compare(y.Count, x.Count); c != 0 {
				return c
			}
			return cmp.Compare(x.Key, y.Key)
		})
		out = append(out, a.p)
	}
	slices.SortFunc(out, func(x, y Pair) int {
		if c := cmp.Compare(y.Count, x.Count); c != 0 {
			return c
		}
		if c := cmp.Compare(y.Last, x.Last); c != 0 {
			return c
		}
		if c := cmp.Compare(x.A.ID, y.A.ID); c != 0 {
			return c
		}
		return cmp.Compare(x.B.ID, y.B.ID)
	})
	return out[:min(max(n, 0), len(out))], nil
}
