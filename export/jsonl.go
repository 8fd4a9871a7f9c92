package export

import (
	"bufio"
	"encoding/json"

	"github.com/newsgraph/newsgraph/graph/store"
)

// JSON Lines: one object per line, entities first, then relations, then
// events, each with "kind" so a reader can dispatch without lookahead.

type jsonAlias struct {
	Text  string `json:"text"`
	Count int    `json:"count"`
}

type jsonRole struct {
	Title     string `json:"title"`
	Org       string `json:"org,omitempty"`
	OrgID     string `json:"org_id,omitempty"`
	FirstSeen string `json:"first_seen,omitempty"`
	LastSeen  string `json:"last_seen,omitempty"`
	Count     int    `json:"count"`
}

type jsonEntity struct {
	Kind      string      `json:"kind"`
	ID        string      `json:"id"`
	Name      string      `json:"name"`
	Type      string      `json:"type"`
	Subtype   string      `json:"subtype,omitempty"`
	KB        string      `json:"kb,omitempty"`
	Aliases   []jsonAlias `json:"aliases"`
	Roles     []jsonRole  `json:"roles,omitempty"`
	Mentions  int         `json:"mentions"`
	Documents int         `json:"documents"`
	FirstSeen string      `json:"first_seen,omitempty"`
	LastSeen  string      `json:"last_seen,omitempty"`
}

type jsonRelation struct {
	Kind       string  `json:"kind"`
	ID         string  `json:"id"`
	Type       string  `json:"type"`
	Source     string  `json:"source"`
	Target     string  `json:"target"`
	Count      int     `json:"count"`
	Confidence float64 `json:"confidence"`
	FirstSeen  string  `json:"first_seen,omitempty"`
	LastSeen   string  `json:"last_seen,omitempty"`
}

type jsonParticipant struct {
	Entity string `json:"entity"`
	Role   string `json:"role,omitempty"`
}

type jsonEvent struct {
	Kind          string            `json:"kind"`
	ID            string            `json:"id"`
	Type          string            `json:"type"`
	CAMEO         string            `json:"cameo,omitempty"`
	Trigger       string            `json:"trigger,omitempty"`
	Date          string            `json:"date,omitempty"`
	DatePrecision string            `json:"date_precision,omitempty"`
	Participants  []jsonParticipant `json:"participants"`
	Location      string            `json:"location,omitempty"`
	Confidence    float64           `json:"confidence"`
}

func (x *exporter) jsonl() error {
	w, err := x.open(JSONL.Files()[0])
	if err != nil {
		return err
	}
	bw := bufio.NewWriterSize(w, 1<<16)
	enc := json.NewEncoder(bw) // Encode ends each value with a newline
	enc.SetEscapeHTML(false)
	if err := x.entities(func(e store.Entity) error {
		je := jsonEntity{Kind: "entity", ID: entityID(e.ID), Name: e.Name, Type: e.Type, Subtype: e.Subtype, KB: e.KB,
			Aliases: make([]jsonAlias, len(e.Aliases)), Mentions: e.MentionCount, Documents: e.DocCount,
			FirstSeen: e.FirstSeen, LastSeen: e.LastSeen}
		for i, a := range e.Aliases {
			je.Aliases[i] = jsonAlias{a.Text, a.Count}
		}
		for _, r := range e.Roles {
			jr := jsonRole{Title: r.Title, Org: r.Org, FirstSeen: r.FirstSeen, LastSeen: r.LastSeen, Count: r.Count}
			if r.OrgID != 0 {
				jr.OrgID = entityID(r.OrgID)
			}
			je.Roles = append(je.Roles, jr)
		}
		return enc.Encode(je)
	}); err != nil {
		return err
	}
	if err := x.relations(func(r store.Relation) error {
		return enc.Encode(jsonRelation{Kind: "relation", ID: relationID(r.ID), Type: r.Type,
			Source: entityID(r.Source), Target: entityID(r.Target), Count: r.Count, Confidence: r.Confidence,
			FirstSeen: r.FirstSeen, LastSeen: r.LastSeen})
	}); err != nil {
		return err
	}
	if err := x.events(func(ev store.Event) error {
		je := jsonEvent{Kind: "event", ID: eventID(ev.ID), Type: ev.Type, CAMEO: ev.CAMEO, Trigger: ev.Trigger,
			Date: ev.Date, DatePrecision: ev.DatePrecision, Participants: []jsonParticipant{}, Confidence: ev.Confidence}
		for _, p := range ev.Participants {
			je.Participants = append(je.Participants, jsonParticipant{entityID(p.EntityID), p.Role})
		}
		if ev.LocationID != 0 {
			je.Location = entityID(ev.LocationID)
		}
		return enc.Encode(je)
	}); err != nil {
		return err
	}
	return bw.Flush()
}
