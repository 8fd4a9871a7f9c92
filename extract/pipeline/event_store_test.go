package pipeline_test

import (
	"context"
	"testing"

	"github.com/newsgraph/newsgraph/extract"
	"github.com/newsgraph/newsgraph/extract/pipeline"
	"github.com/newsgraph/newsgraph/graph/store"
	"github.com/newsgraph/newsgraph/ingest"
)

// Two articles, published a day apart, report the same Tuesday meeting in
// their own words. Through the real extractor, ingest and Badger store they
// must become one MEET event with the evidence of both.
func TestSameMeetingFromTwoArticlesIsOneEvent(t *testing.T) {
	docs := []extract.Document{
		{ID: "meet-a", Published: "2014-04-01", Title: "Kerry and Lavrov meet in Paris",
			Text: "U.S. Secretary of State John Kerry met Russian Foreign Minister Sergey Lavrov in Paris on Tuesday.\n\n" +
				"Ukraine was the main subject, officials said."},
		{ID: "meet-b", Published: "2014-04-02", Title: "Talks on Ukraine end without a deal",
			Text: "Foreign Minister Sergey Lavrov said nothing was settled when he met Secretary of State John Kerry in Paris on Tuesday.\n\n" +
				"Officials expect more talks next week."},
	}
	p, err := pipeline.New()
	if err != nil {
		t.Fatal(err)
	}
	s, err := store.Open(t.TempDir(), store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	ctx := context.Background()
	if _, err := ingest.RunDocuments(ctx, ingest.Config{Store: s, Extractor: p, Workers: 2}, docs); err != nil {
		t.Fatalf("ingest: %v", err)
	}
	evs, _, err := s.Events(ctx, store.EventFilter{Types: []string{"MEET"}}, store.Page{Limit: 10})
	if err != nil {
		t.Fatal(err)
	}
	if len(evs) != 1 {
		t.Fatalf("MEET events = %d (%+v); want 1", len(evs), evs)
	}
	ev := evs[0]
	if ev.Date != "2014-04-01" {
		t.Errorf("MEET date = %q; want 2014-04-01", ev.Date)
	}
	names := map[string]bool{}
	for _, pt := range ev.Participants {
		e, err := s.Entity(ctx, pt.EntityID)
		if err != nil {
			t.Fatal(err)
		}
		names[e.Name] = true
	}
	if len(names) != 2 || !names["John Kerry"] || !names["Sergey Lavrov"] {
		t.Errorf("MEET participants = %v; want John Kerry and Sergey Lavrov", names)
	}
	evid, _, err := s.EventEvidence(ctx, ev.ID, store.Page{Limit: 10})
	if err != nil {
		t.Fatal(err)
	}
	docsSeen := map[uint64]bool{}
	for _, e := range evid {
		docsSeen[e.DocID] = true
	}
	if len(evid) != 2 || len(docsSeen) != 2 {
		t.Errorf("MEET evidence = %+v; want one sentence from each of the two articles", evid)
	}
}
