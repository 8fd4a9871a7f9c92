package syntax

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
)

// Sentence is one gold sentence of a CoNLL-U treebank: its syntactic words
// (multiword-token ranges and empty nodes left out), their UPOS tags, heads
// (0-based word index, -1 for the root) and basic relations (DEPREL, with
// subtypes such as nsubj:pass kept).
type Sentence struct {
	Words []string
	Tags  []string
	Heads []int
	Rels  []string
}

// ReadCoNLLU reads every sentence of a CoNLL-U file.
func ReadCoNLLU(path string) ([]Sentence, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("syntax: %w", err)
	}
	defer f.Close()
	sents, err := ParseCoNLLU(f)
	if err != nil {
		return nil, fmt.Errorf("syntax: %s: %w", path, err)
	}
	return sents, nil
}

// ParseCoNLLU reads CoNLL-U text. Lines whose ID is a range (3-4) or
// decimal (5.1) are skipped: the parser works on syntactic words, which is
// also how extract/tokenize splits clitics ("do" "n't").
func ParseCoNLLU(r io.Reader) ([]Sentence, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	var out []Sentence
	var cur Sentence
	line := 0
	flush := func() error {
		if len(cur.Words) == 0 {
			return nil
		}
		for i, h := range cur.Heads {
			if h < -1 || h >= len(cur.Words) || h == i {
				return fmt.Errorf("line %d: word %d has head %d outside its sentence", line, i+1, h+1)
			}
		}
		out = append(out, cur)
		cur = Sentence{}
		return nil
	}
	for sc.Scan() {
		line++
		text := sc.Text()
		if text == "" {
			if err := flush(); err != nil {
				return nil, err
			}
			continue
		}
		if text[0] == '#' {
			continue
		}
		cols := strings.Split(text, "\t")
		if len(cols) != 10 {
			return nil, fmt.Errorf("line %d: %d columns, want 10", line, len(cols))
		}
		if strings.ContainsAny(cols[0], "-.") {
			continue
		}
		id, err := strconv.Atoi(cols[0])
		if err != nil || id != len(cur.Words)+1 {
			return nil, fmt.Errorf("line %d: word id %q out of order", line, cols[0])
		}
		head, err := strconv.Atoi(cols[6])
		if err != nil {
			return nil, fmt.Errorf("line %d: head %q: %w", line, cols[6], err)
		}
		cur.Words = append(cur.Words, cols[1])
		cur.Tags = append(cur.Tags, cols[3])
		cur.Heads = append(cur.Heads, head-1)
		cur.Rels = append(cur.Rels, cols[7])
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	if err := flush(); err != nil {
		return nil, err
	}
	return out, nil
}
