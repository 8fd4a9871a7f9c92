package gazetteer

import "testing"

// TestPersonWord: the words of people's names, by position, from the
// embedded dictionaries; titles, nationality words and function words that
// some alias carries are not person words.
func TestPersonWord(t *testing.T) {
	g, err := New()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		word string
		want uint8
	}{
		{"Lavrov", Surname}, {"LAVROV", Surname}, {"Kerry", Surname}, {"Putin", Surname},
		{"Sergei", GivenName}, {"Vladimir", GivenName},
		// "russian foreign minister lavrov": the title and nationality go.
		{"Russian", 0}, {"Foreign", 0}, {"Minister", 0}, {"President", 0},
		// "he yong", "theresa may", "sunday nkonde": function and calendar words go.
		{"He", 0}, {"May", 0}, {"Sunday", 0}, {"and", 0},
		// Companies are no people.
		{"Gazprom", 0}, {"Siemens", 0},
		{"", 0}, {"...", 0},
	} {
		if got := g.PersonWord(c.word); got != c.want {
			t.Errorf("PersonWord(%q) = %b; want %b", c.word, got, c.want)
		}
	}
	// "Paris" is a city and some known person's surname: the tagger gets
	// both facts and weighs them.
	if g.PersonWord("Paris")&Surname == 0 {
		t.Errorf("PersonWord(Paris) = %b; want the surname bit", g.PersonWord("Paris"))
	}
	st := g.WordStart("Paris")
	if st.OneWordTypes()&2 == 0 {
		t.Errorf("WordStart(Paris).OneWordTypes() = %b; want the location bit", st.OneWordTypes())
	}
	if n, types := g.MatchTypes([]string{"Paris"}, 0); n != 1 || types != st.OneWordTypes() {
		t.Errorf("MatchTypes(Paris) = %d, %b; OneWordTypes %b", n, types, st.OneWordTypes())
	}
}
