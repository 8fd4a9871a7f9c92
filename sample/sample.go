// Package sample is the news Newsgraph ships for its demo and tests: the seed
// article the product was designed around and a few hundred public-domain
// Voice of America stories rebuilt from the Groningen Meaning Bank. See
// README.md for provenance and licences.
package sample

//go:generate go run ./gen -data ../../shared/data -out .

import (
	"bufio"
	"bytes"
	_ "embed"
	"encoding/json"
	"fmt"
	"strings"

	"github.com/newsgraph/newsgraph/extract"
)

var (
	//go:embed seed.txt
	seedText string
	//go:embed seed.json
	seedMeta []byte
	//go:embed voa.jsonl
	voaJSONL []byte
)

// Documents returns the sample corpus: the seed article (published 2014-03-30)
// first, then the VOA stories in corpus order (voa-0001...), which carry no
// date. Each call decodes a fresh copy.
func Documents() ([]extract.Document, error) {
	var seed extract.Document
	if err := json.Unmarshal(seedMeta, &seed); err != nil {
		return nil, fmt.Errorf("sample: seed.json: %w", err)
	}
	seed.Text = seedText
	docs := []extract.Document{seed}
	sc := bufio.NewScanner(bytes.NewReader(voaJSONL))
	sc.Buffer(make([]byte, 0, 64<<10), 4<<20)
	for line := 1; sc.Scan(); line++ {
		var d extract.Document
		if err := json.Unmarshal(sc.Bytes(), &d); err != nil {
			return nil, fmt.Errorf("sample: voa.jsonl:%d: %w", line, err)
		}
		if d.ID == "" || strings.TrimSpace(d.Text) == "" {
			return nil, fmt.Errorf("sample: voa.jsonl:%d: story without id or text", line)
		}
		docs = append(docs, d)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("sample: voa.jsonl: %w", err)
	}
	return docs, nil
}
