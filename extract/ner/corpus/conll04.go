package corpus

import (
	"encoding/json"
	"fmt"
	"os"
)

// ReadCoNLL04 reads a CoNLL04 JSON file (tokens and BILOU tags over Peop, Loc,
// Org, Other) as one document per sentence with IOB2 tags in CoNLL-2003 types.
// Other (CoNLL04's catch-all, dates and numbers included) becomes O.
func ReadCoNLL04(path string) ([]Document, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("corpus: %w", err)
	}
	var sents []struct {
		Tokens []string `json:"tokens"`
		Tags   []string `json:"tags"`
	}
	if err := json.Unmarshal(b, &sents); err != nil {
		return nil, fmt.Errorf("corpus: %s: %w", path, err)
	}
	types := map[string]string{"Peop": "PER", "Loc": "LOC", "Org": "ORG"}
	var out []Document
	for i, s := range sents {
		if len(s.Tags) != len(s.Tokens) {
			return nil, fmt.Errorf("corpus: %s: sentence %d: %d tags for %d tokens", path, i, len(s.Tags), len(s.Tokens))
		}
		tags := make([]string, len(s.Tags))
		for j, t := range s.Tags {
			tags[j] = "O"
			if len(t) < 3 {
				continue
			}
			typ, ok := types[t[2:]]
			if !ok {
				continue
			}
			switch t[0] {
			case 'B', 'U':
				tags[j] = "B-" + typ
			default:
				tags[j] = "I-" + typ
			}
		}
		out = append(out, Document{Sentences: []Sentence{{Words: s.Tokens, Tags: tags}}})
	}
	return out, nil
}
