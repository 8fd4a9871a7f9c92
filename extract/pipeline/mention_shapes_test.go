package pipeline

import (
	"context"
	"slices"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/extract"
)

// TestMentionShapes pins the reshaping of tagger spans (mention_shapes.go):
// each case lists mentions as "text TYPE" in text order and relations that
// must be there.
func TestMentionShapes(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		text      string
		mentions  []string // every PERSON/LOCATION/ORGANIZATION mention, in text order
		relations []string // "TYPE source -> target" that must be found
		names     []string // entity names that must be there
	}{
		{
			// The subject of a killing verb with a person as its object is
			// the killer, a person, where the tagger read a company or a
			// common noun; "Police" opening a sentence stays a noun.
			text:     "Ruby fatally shot Oswald in Dallas. In 1968, Sirhan shot Kennedy. Police shot him too.",
			mentions: []string{"Ruby PERSON", "Oswald PERSON", "Dallas LOCATION", "Sirhan PERSON", "Kennedy PERSON"},
		},
		{
			// An age between commas marks a person the tagger read as a
			// company or as a common noun opening the sentence.
			text:     "Ray , 60 , was sentenced. Albrecht , 54 , is a former professor.",
			mentions: []string{"Ray PERSON", "Albrecht PERSON"},
		},
		{
			// Where someone was born, lives or comes from is a place,
			// whatever the tagger typed it.
			text:     "The film was directed by Modesto native George Lucas. His sister Mary, who lives in Rock Hill, came too.",
			mentions: []string{"Modesto LOCATION", "George Lucas PERSON", "Mary PERSON", "Rock Hill LOCATION"},
		},
		{
			// A name ending in a word only places end in is a place, not
			// the person the tagger read.
			text:     "Teen-agers said they cruise popular McHenry Avenue in this central California city.",
			mentions: []string{"McHenry Avenue LOCATION", "California LOCATION"},
		},
		{
			// The city after a monitoring service's serial code.
			text:     "LD1606082994 Tunis Tunisian Republic Radio Network in Arabic 1700 GMT 15 Jun 94",
			mentions: []string{"Tunis LOCATION", "Tunisian LOCATION", "Tunisian Republic Radio Network ORGANIZATION"},
		},
		{
			// An acronym before a role noun or before its name in brackets
			// is an organization; "TV" and a line in capitals are not.
			text:     "FAA Administrator Allan McArtor issued the order. CHP ( Republican People 's Party ) leader Deniz Baykal spoke. A TV presenter came. PAYING AGENT : Michigan National Bank",
			mentions: []string{"FAA ORGANIZATION", "Allan McArtor PERSON", "CHP ORGANIZATION", "Republican People 's Party ORGANIZATION", "Deniz Baykal PERSON", "Michigan National Bank ORGANIZATION"},
		},
		{
			// A hyphenated article surname ends the person's name.
			text:     "President Abdel Fattah el-Sisi met Bashar al-Assad in Cairo.",
			mentions: []string{"Abdel Fattah el-Sisi PERSON", "Bashar al-Assad PERSON", "Cairo LOCATION"},
		},
		{
			text:     "The leader of al-Qaida in Iraq, Abu Musab al-Zarqawi, was killed. Zarqawi had led the group.",
			mentions: []string{"al-Qaida ORGANIZATION", "Iraq LOCATION", "Abu Musab al-Zarqawi PERSON", "Zarqawi PERSON"},
		},
		{
			text:     "Tokyo NIHON KEIZAI SHIMBUN",
			mentions: []string{"Tokyo LOCATION", "NIHON KEIZAI SHIMBUN ORGANIZATION"},
		},
		{
			text:     "LD0806223294 Sarajevo Radio Bosnia-Herzegovina Network in Serbo-Croatian 2000 GMT 8 Jun 94",
			mentions: []string{"Sarajevo LOCATION", "Radio Bosnia-Herzegovina Network ORGANIZATION"},
		},
		{
			text:     "London THE SUNDAY TIMES 30 Jan 94",
			mentions: []string{"London LOCATION", "THE SUNDAY TIMES ORGANIZATION"},
		},
		{
			text:     "Saint-Gall , Switzerland , Feb 2 ( AFP ) -- The bank said.",
			mentions: []string{"Saint-Gall LOCATION", "Switzerland LOCATION", "AFP ORGANIZATION"},
		},
		{
			text:      "BANGKOK , Thailand ( AP ) -- Police said.",
			mentions:  []string{"BANGKOK LOCATION", "Thailand LOCATION", "AP ORGANIZATION"},
			relations: []string{"REPORTED_FROM AP -> Bangkok", "REPORTED_FROM AP -> Thailand"},
		},
		{
			text:     "Tokyo YOMIURI SHIMBUN",
			mentions: []string{"Tokyo LOCATION", "YOMIURI SHIMBUN ORGANIZATION"},
		},
		{
			// Not a dateline: a city and its state.
			text:     "He lives in Washington DC now.",
			mentions: []string{"Washington DC LOCATION"},
		},
		{
			text:      "The Russian Defence Ministry said planes flew over Estonia.",
			mentions:  []string{"Russian LOCATION", "Russian Defence Ministry ORGANIZATION", "Estonia LOCATION"},
			relations: []string{"BASED_IN Russian Defence Ministry -> Russia"},
		},
		{
			text:      "The Haitian Parliament voted on Monday.",
			mentions:  []string{"Haitian LOCATION", "Haitian Parliament ORGANIZATION"},
			relations: []string{"BASED_IN Haitian Parliament -> Haiti"},
		},
		{
			// A title is no body: Lavrov is Russian, the minister no organization.
			text:     "Russian Foreign Minister Sergey Lavrov spoke.",
			mentions: []string{"Russian LOCATION", "Sergey Lavrov PERSON"},
		},
		{
			// A ranked post is no body: no "Japanese Chief Cabinet".
			text:     "Japanese Chief Cabinet Secretary Hiroyuki Hosoda spoke.",
			mentions: []string{"Japanese LOCATION", "Hiroyuki Hosoda PERSON"},
		},
		{
			text:     "He sued Eagle-Picher Industries of Cincinnati last year.",
			mentions: []string{"Eagle-Picher Industries ORGANIZATION", "Cincinnati LOCATION"},
		},
		{
			// A one-word head is one name.
			text:     "He studied at the University of Iowa.",
			mentions: []string{"University of Iowa ORGANIZATION"},
		},
		{
			// PETRARCH lists Haifa among Israel's names: still two places.
			text:     "He lives in Haifa in northern Israel.",
			mentions: []string{"Haifa LOCATION", "Israel LOCATION"},
		},
		{
			text:     "Calvin Coolidge was born in Plymouth , Vt. , in 1872.",
			mentions: []string{"Calvin Coolidge PERSON", "Plymouth LOCATION", "Vt LOCATION"},
		},
		{
			text:     "Mark David Chapman fatally shot Lennon nine years ago.",
			mentions: []string{"Mark David Chapman PERSON", "Lennon PERSON"},
		},
		{
			text:     "said Daniel Urquhart , 8 , of Aumsville , whose slug won.",
			mentions: []string{"Daniel Urquhart PERSON", "Aumsville LOCATION"},
		},
		{
			text:     "Composer Thomas wrote it, and Justice Lewis Powell retired.",
			mentions: []string{"Thomas PERSON", "Lewis Powell PERSON"},
		},
		{
			// A country's or a body's abbreviation before a name the
			// gazetteer knows alone is a mention of its own; a name known
			// whole keeps its span.
			text:     "Inspectors from the U.N. International Atomic Energy Agency arrived. The U.N. Security Council met. Bush flew to the U.S. Gulf Coast region and the U.S. Virgin Islands.",
			mentions: []string{"U.N. ORGANIZATION", "International Atomic Energy Agency ORGANIZATION", "U.N. Security Council ORGANIZATION", "Bush PERSON", "U.S. LOCATION", "Gulf Coast LOCATION", "U.S. Virgin Islands LOCATION"},
		},
		{
			// A minister's coordinated portfolio is part of the title, not a
			// name; two people joined by "and" stay two.
			text:     "Ukrainian Fuel and Energy Minister Ivan Plachkov met him. Economy and Labour Minister Wolfgang Clement called. Kamal Nath, Commerce and Industry Minister, spoke. John Smith and Defense Minister Ehud Barak met. Rhodri Morgan spoke in Cardiff and Northern Ireland Minister John Spellar in Belfast.",
			mentions: []string{"Ukrainian LOCATION", "Ivan Plachkov PERSON", "Wolfgang Clement PERSON", "Kamal Nath PERSON", "John Smith PERSON", "Ehud Barak PERSON", "Rhodri Morgan PERSON", "Cardiff LOCATION", "Northern Ireland LOCATION", "John Spellar PERSON", "Belfast LOCATION"},
		},
		{
			// A place whose name keeps its article takes it in its
			// entity's name; "the Netherlands" is a name without it.
			text:     "He was flown to The Hague to stand trial. Judges in the Hague and the Netherlands agreed.",
			mentions: []string{"Hague LOCATION", "Hague LOCATION", "Netherlands LOCATION"},
			names:    []string{"The Hague", "Netherlands"},
		},
	} {
		a, err := p.Analyze(context.Background(), extract.Document{Text: c.text})
		if err != nil {
			t.Fatal(err)
		}
		type pos struct {
			start int
			s     string
		}
		var ms []pos
		name := map[string]string{}
		for _, e := range a.Entities {
			name[e.ID] = e.Name
			switch e.Type {
			case extract.Person, extract.Location, extract.Organization:
			default:
				continue
			}
			for _, m := range e.Mentions {
				ms = append(ms, pos{m.Start, m.Text + " " + e.Type})
			}
		}
		slices.SortStableFunc(ms, func(x, y pos) int { return x.start - y.start })
		var got []string
		for _, m := range ms {
			got = append(got, m.s)
		}
		if strings.Join(got, "|") != strings.Join(c.mentions, "|") {
			t.Errorf("%q: mentions\n %q\nwant\n %q", c.text, got, c.mentions)
		}
		for _, want := range c.names {
			found := false
			for _, e := range a.Entities {
				found = found || e.Name == want
			}
			if !found {
				t.Errorf("%q: no entity named %q", c.text, want)
			}
		}
		var rels []string
		for _, r := range a.Relations {
			rels = append(rels, r.Type+" "+name[r.Source]+" -> "+name[r.Target])
		}
		for _, want := range c.relations {
			if !slices.Contains(rels, want) {
				t.Errorf("%q: relations %q; want %q among them", c.text, rels, want)
			}
		}
	}
}

// TestPlaceInCountry: a city PETRARCH files under its country's names is a
// place of its own in that country; the country's other names stay the country.
func TestPlaceInCountry(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ text, key, subtype string }{
		{"Haifa", "ISR/HAIFA", extract.Region},
		{"Tel Aviv", "ISR/TEL_AVIV", extract.Region},
		{"Riga", "LVA/RIGA", extract.Region},
		{"Israel", "ISR", extract.Country},
		{"U.S.", "USA", extract.Country},
		{"UAE", "ARE", extract.Country},
		{"America", "USA", extract.Country},
		{"Great Britain", "GBR", extract.Country},
		{"Russian Federation", "RUS", extract.Country},
		{"Myanmar", "MMR", extract.Country},
	} {
		var got []string
		for _, e := range p.gaz.Lookup(c.text) {
			e = p.placeInCountry(e, c.text)
			got = append(got, e.Key+" "+e.Subtype)
		}
		if len(got) != 1 || got[0] != c.key+" "+c.subtype {
			t.Errorf("%q: %q; want [%q]", c.text, got, c.key+" "+c.subtype)
		}
	}
}

// TestGivenNameBeforeInitial: "Ulf D. Merbold" is one person, whom the
// tagger reads as "D. Merbold"; a title before the initial stays out.
func TestGivenNameBeforeInitial(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ text, want string }{
		{"The agency said Thursday that Ulf D. Merbold, 47, of the European Space Agency will fly.", "Ulf D. Merbold"},
		{"Chairman L. Jack Van Fossen said the bank would grow.", "L. Jack Van Fossen"},
	} {
		a, err := p.Analyze(context.Background(), extract.Document{Text: c.text})
		if err != nil {
			t.Fatal(err)
		}
		found := false
		var names []string
		for _, e := range a.Entities {
			names = append(names, e.Name)
			found = found || e.Name == c.want && e.Type == extract.Person
		}
		if !found {
			t.Errorf("Analyze(%q): entities %q; want the person %q", c.text, names, c.want)
		}
	}
}
