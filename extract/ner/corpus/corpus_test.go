package corpus

import (
	"reflect"
	"strings"
	"testing"
)

func TestParseCoNLLConvertsIOB1(t *testing.T) {
	in := `-DOCSTART- -X- O O

EU NNP I-NP I-ORG
rejects VBZ I-VP O
German JJ I-NP I-MISC
call NN I-NP O
. . O O

Peter NNP I-NP I-PER
Blackburn NNP I-NP I-PER
Smith NNP I-NP B-PER

-DOCSTART- -X- O O

Paris NNP I-NP I-LOC
`
	docs, err := ParseCoNLL(strings.NewReader(in))
	if err != nil {
		t.Fatal(err)
	}
	if len(docs) != 2 || len(docs[0].Sentences) != 2 || len(docs[1].Sentences) != 1 {
		t.Fatalf("ParseCoNLL: %d docs %+v", len(docs), docs)
	}
	if got, want := docs[0].Sentences[0].Tags, []string{"B-ORG", "O", "B-MISC", "O", "O"}; !reflect.DeepEqual(got, want) {
		t.Errorf("tags = %v; want %v", got, want)
	}
	if got, want := docs[0].Sentences[1].Tags, []string{"B-PER", "I-PER", "B-PER"}; !reflect.DeepEqual(got, want) {
		t.Errorf("tags = %v; want %v", got, want)
	}
}

func TestSpans(t *testing.T) {
	got := Spans([]string{"B-PER", "I-PER", "I-LOC", "O", "I-ORG", "B-ORG", "I-MISC"})
	want := []Span{{0, 2, "PER"}, {2, 3, "LOC"}, {4, 5, "ORG"}, {5, 6, "ORG"}, {6, 7, "MISC"}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Spans = %v; want %v", got, want)
	}
}
