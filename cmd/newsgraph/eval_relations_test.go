package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// A hand-written CoNLL04-format fixture: one relation the extractor must find.
const conll04Fixture = `[
 {"tokens": ["Fred", "Demler", ",", "an", "economist", "with", "Goldman", "Sachs", ",", "said", "prices", "fell", "."],
  "tags": ["B-Peop", "L-Peop", "O", "O", "O", "O", "B-Org", "L-Org", "O", "O", "O", "O", "O"],
  "relations": [{"head": 0, "tail": 1, "type": "Work_For"}]},
 {"tokens": ["The", "storm", "hit", "Aiken", ",", "S.C.", ",", "on", "Monday", "."],
  "tags": ["O", "O", "O", "U-Loc", "O", "U-Loc", "O", "O", "O", "O"],
  "relations": [{"head": 0, "tail": 1, "type": "Located_In"}]}
]`

func TestEvalRelationsFixture(t *testing.T) {
	path := filepath.Join(t.TempDir(), "fixture.json")
	if err := os.WriteFile(path, []byte(conll04Fixture), 0o644); err != nil {
		t.Fatal(err)
	}
	var out, errb bytes.Buffer
	if err := runEval(context.Background(), []string{"relations", "--conll04", path}, &out, &errb); err != nil {
		t.Fatalf("eval relations: %v\n%s", err, errb.String())
	}
	for _, want := range []string{"Work_For", "Live_In", "Located_In", "OrgBased_In", "Kill", "micro"} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("eval output lacks %q:\n%s", want, out.String())
		}
	}
	// Both relations are found with exact spans: micro recall 1.
	for _, line := range strings.Split(out.String(), "\n") {
		if f := strings.Fields(line); len(f) == 7 && f[0] == "micro" && f[2] != "1.0000" {
			t.Errorf("micro recall = %s; want 1.0000\n%s", f[2], out.String())
		}
	}
}

func TestEvalRelationsUsage(t *testing.T) {
	ctx := context.Background()
	var out, errb bytes.Buffer
	for _, args := range [][]string{{"relations"}, {"relations", "--bogus"}, {"relations", "--conll04"}} {
		var ue cmdUsageError
		if err := runEval(ctx, args, &out, &errb); !errors.As(err, &ue) {
			t.Errorf("runEval(%q) = %v; want a usage error", args, err)
		}
	}
	err := runEval(ctx, []string{"relations", "--conll04", filepath.Join(t.TempDir(), "missing.json")}, &out, &errb)
	if !errors.Is(err, os.ErrNotExist) {
		t.Errorf("eval relations on a missing file = %v; want a not-exist error", err)
	}
}

// relGoldFixture is a gold file over two stories written for the test (they sit
// beside it as voa_extra.jsonl, as the VOA stories sit beside the event gold).
const relGoldFixture = "doc rel-0001 split=a\n" +
	"HOLDS_ROLE\t0\tSergey Lavrov|Lavrov\tRussia|Russian\tForeign Minister\n" +
	"CITIZEN_OF\t0\tSergey Lavrov|Lavrov\tRussia|Russian\t-\n" +
	// written the other way round: a meeting has no direction
	"MET_WITH\t0\tJohn Kerry|Kerry\tSergey Lavrov|Lavrov\t-\n" +
	"BASED_IN\t1\tGazprom\tRussia|Russia's\t-\n" +
	// optional: whatever the extractor makes of "U.S. Secretary of State" counts neither way
	"HOLDS_ROLE?\t0\tJohn Kerry|Kerry\tU.S.|United States|U.S. Secretary of State\tSecretary of State\n" +
	"CITIZEN_OF?\t0\tJohn Kerry|Kerry\tU.S.|United States\t-\n" +
	"MEMBER_OF\t0\tSergey Lavrov|Lavrov\tNATO\t-\n" +
	"doc rel-0002 split=b\n" +
	"LOCATED_IN\t1\tGulfport\tMississippi\t-\n" +
	"LOCATED_IN\t0\tNablus\tWest Bank\t-\n"

var relGoldFixtureStories = []struct{ id, text string }{
	{"rel-0001", "Russian Foreign Minister Sergey Lavrov met U.S. Secretary of State John Kerry in Geneva on Monday.\n\n" +
		"Lavrov said the talks were useful. Gazprom, Russia's gas monopoly, said prices rose."},
	{"rel-0002", "Israeli troops entered the town of Nablus on Thursday.\n\nThe army said the raid in Gulfport, Mississippi was over."},
}

// TestEvalRelationsGold runs `eval relations --gold` through the real pipeline on
// the fixture and checks the figures a right scorer prints.
func TestEvalRelationsGold(t *testing.T) {
	dir := t.TempDir()
	var stories strings.Builder
	for _, s := range relGoldFixtureStories {
		b, err := json.Marshal(map[string]string{"id": s.id, "text": s.text})
		if err != nil {
			t.Fatal(err)
		}
		stories.Write(append(b, '\n'))
	}
	if err := os.WriteFile(filepath.Join(dir, extraStories), []byte(stories.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	gold := filepath.Join(dir, "gold.tsv")
	if err := os.WriteFile(gold, []byte(relGoldFixture), 0o644); err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	for _, c := range []struct {
		split                  string
		micro, located, member string
		roles                  string
	}{
		// Five found (role, citizenship, meeting, Gazprom, Gulfport); NATO and
		// Nablus missed; Kerry's lines are optional.
		{"all", "micro            5     0     2", "LOCATED_IN       1     0     1", "MEMBER_OF        0     0     1", "roles (person / title / org): 1/1"},
		{"b", "micro            1     0     1", "LOCATED_IN       1     0     1", "", "roles (person / title / org): 0/0"},
	} {
		var out, errb bytes.Buffer
		if err := runEval(ctx, []string{"relations", "--gold", gold, "--split", c.split, "--errors"}, &out, &errb); err != nil {
			t.Fatalf("eval relations --gold: %v\n%s", err, errb.String())
		}
		for _, want := range []string{c.micro, c.located, c.member, c.roles} {
			if !strings.Contains(out.String(), want) {
				t.Errorf("split %s: output lacks %q:\n%s", c.split, want, out.String())
			}
		}
		if !strings.Contains(out.String(), "FN rel-0002 LOCATED_IN Nablus -> West Bank") {
			t.Errorf("split %s: --errors does not list the Nablus miss:\n%s", c.split, out.String())
		}
	}
	var out, errb bytes.Buffer
	var ue cmdUsageError
	if err := runEval(ctx, []string{"relations", "--gold", gold, "--conll04", gold}, &out, &errb); !errors.As(err, &ue) {
		t.Errorf("--gold with --conll04 = %v; want a usage error", err)
	}
}
