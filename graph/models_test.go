package graph

import (
	"reflect"
	"testing"

	"github.com/newsgraph/newsgraph/graph/model"
	"github.com/newsgraph/newsgraph/graph/store"
)

// TestConvertEntityArena: a model converted into a set's arena equals the
// one toEntity makes on its own, for entities with and without the optional
// parts, and its slices are capped, so an append to one model's aliases
// cannot write into the parts carved after them.
func TestConvertEntityArena(t *testing.T) {
	ents := []store.Entity{
		{ID: 1, Name: "Kerry", Type: "PERSON"},
		{ID: 22, Name: "Sergey Lavrov", Type: "PERSON", Subtype: "politician", KB: "Q1", FirstSeen: "2005-01-02", LastSeen: "2005-03-04",
			Aliases: []store.Alias{{Text: "Lavrov", Count: 3}, {Text: "Sergei Lavrov", Count: 1}},
			Roles: []store.Role{{Title: "foreign minister", Org: "Russia", OrgID: 9, FirstSeen: "2005-01-02", Count: 2},
				{Title: "envoy", Count: 1}}},
		{ID: 1 << 40, Name: "Nokia", Type: "SOMETHING NEW", Aliases: []store.Alias{}, Roles: []store.Role{}},
	}
	var a modelArena
	var models []*model.Entity
	for range 300 { // past a chunk
		for _, e := range ents {
			got, want := convertEntity(e, &a), toEntity(e)
			if !reflect.DeepEqual(got, want) {
				t.Fatalf("convertEntity(%d) in an arena = %+v; want %+v", e.ID, got, want)
			}
			models = append(models, got)
		}
	}
	grown := append(models[1].AliasNames, "extra")
	if len(grown) != 3 || *models[1].Roles[0].Org != "Russia" || models[4].AliasNames[0] != "Lavrov" {
		t.Errorf("appending to one model's alias names wrote past them: role org %q, next model's alias names %q", *models[1].Roles[0].Org, models[4].AliasNames)
	}
}
