package pipeline

import (
	"context"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/extract"
)

// relNewsCase is one sentence and a relation it must (want) or must not give.
type relNewsCase struct {
	text, typ, src, dst string
	want                bool
}

// TestNewsRelationMechanisms pins the general mechanisms tuned on the news
// relation dev set (testdata/relations/voa_rel_dev.tsv), each on sentences
// written for the test, not copied from the set.
func TestNewsRelationMechanisms(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	cases := []relNewsCase{
		// A nationality adjective before a name says citizenship, not residence.
		{"Police said Brazilian Jose Carlos Silva was released on Monday.", "CITIZEN_OF", "Jose Carlos Silva", "Brazil", true},
		{"Police said Brazilian Jose Carlos Silva was released on Monday.", "LIVES_IN", "Jose Carlos Silva", "Brazil", false},
		// A governor or mayor serves a state or a city, whose citizen he is not.
		{"Texas Governor Rick Perry declared an emergency.", "HOLDS_ROLE", "Rick Perry", "Texas", true},
		{"Texas Governor Rick Perry declared an emergency.", "CITIZEN_OF", "Rick Perry", "Texas", false},
		// A nationality adjective after a comma starts the next phrase.
		{"In Amman, Jordanian officials rejected the report.", "LOCATED_IN", "Amman", "Jordan", false},
		{"In Tehran, Iranian officials rejected the report.", "LOCATED_IN", "Tehran", "Iran", false},
		// An occupation after the nationality may be plural, with a list of
		// names, or have an adjective before it.
		{"American singers Johnny Cash and June Carter toured Europe.", "CITIZEN_OF", "June Carter", "United States", true},
		{"American singers Johnny Cash and June Carter toured Europe.", "CITIZEN_OF", "Johnny Cash", "United States", true},
		{"Goldman Sachs economists John Smith and Mary Jones said prices fell.", "WORKS_FOR", "Mary Jones", "Goldman Sachs", true},
		{"Kenyan presidential candidate Raila Odinga rejected the result.", "CITIZEN_OF", "Raila Odinga", "Kenya", true},
		{"Spaniard Rafael Nadal beat Roger Federer.", "CITIZEN_OF", "Rafael Nadal", "Spain", true},
		// a verb between is no occupation
		{"Iraqi officials say Ali Hassan was arrested.", "CITIZEN_OF", "Ali Hassan", "Iraq", false},
		{"Pakistani police arrested Ahmed Khan on Monday.", "CITIZEN_OF", "Ahmed Khan", "Pakistan", false},
		// A word dating the role ("former", "interim", "new") between the
		// country and the title leaves the country the title's.
		{"Chile's former President Ricardo Lagos arrived in Lima.", "HOLDS_ROLE", "Ricardo Lagos", "Chile", true},
		{"Iraqi interim Prime Minister Iyad Allawi arrived in Amman.", "HOLDS_ROLE", "Iyad Allawi", "Iraq", true},
		{"Britain's former Foreign Secretary, Jack Straw, has died.", "CITIZEN_OF", "Jack Straw", "Britain", true},
		// A region below a country before a bare Secretary or Minister is the
		// portfolio; the country owns the title.
		{"Britain's former Northern Ireland Secretary, Mo Mowlam, has died at the age of 55.", "HOLDS_ROLE", "Mo Mowlam", "Britain", true},
		{"Britain's Scotland Secretary Alistair Darling arrived in Glasgow.", "HOLDS_ROLE", "Alistair Darling", "Britain", true},
		{"Britain's Scotland Secretary Alistair Darling arrived in Glasgow.", "HOLDS_ROLE", "Alistair Darling", "Scotland", false},
		// "its" before an apposed title points at the body named right
		// before "and".
		{"Supporters rallied for the Palestinian Authority and its president, Mahmoud Abbas.", "HOLDS_ROLE", "Mahmoud Abbas", "Palestinian Authority", true},
		// A body in a phrase put before the clause sets the scene: the
		// clause's subject does not work for it.
		{"In a statement to Reuters, Mohammed Khatami said the talks would go on.", "WORKS_FOR", "Mohammed Khatami", "Reuters", false},
		{"Senator John Kerry flew to Paris.\n\nIn an interview on Sunday with the Associated Press, Kerry said the war was a mistake.", "WORKS_FOR", "John Kerry", "Associated Press", false},
		// A place after a bearing and "of" is the reference point, not what
		// lies in the place after it.
		{"The bomb exploded 30 kilometers north of Baghdad in Diyala province.", "LOCATED_IN", "Baghdad", "Diyala province", false},
		{"She died at a hospice south of London in Canterbury.", "LOCATED_IN", "London", "Canterbury", false},
		{"The bomb exploded in Baqouba in Diyala province.", "LOCATED_IN", "Baqouba", "Diyala province", true},
		// "the U.S. state of Oklahoma": the country holds the place of that
		// kind (also inside an apposition the classifier misses).
		{"The parents, Christian missionaries from the U.S. state of Oklahoma, said they were grateful.", "LOCATED_IN", "Oklahoma", "United States", true},
		// A verb between a body and a person after it tells what the body
		// does to him, not that he works for it.
		{"Serbian police detained a man wanted by a U.N. tribunal investigating the murder of former Prime Minister Zoran Djindjic.", "WORKS_FOR", "Zoran Djindjic", "United Nations", false},
		// The body opening one conjunct's title is that holder's, not the
		// next titled person's; a person without a body of their own may
		// share it.
		{"The talks followed a meeting Wednesday between Labor Party leader Shimon Peres and Palestinian Cabinet Minister Mohammed Dahlan.", "MEMBER_OF", "Mohammed Dahlan", "Labor Party", false},
		{"The talks followed a meeting Wednesday between Labor Party leader Shimon Peres and Palestinian Cabinet Minister Mohammed Dahlan.", "MEMBER_OF", "Shimon Peres", "Labor Party", true},
		{"The talks followed a meeting Wednesday between Microsoft chairman Bill Gates and chief executive Steve Ballmer.", "WORKS_FOR", "Steve Ballmer", "Microsoft", true},
		// The possessor holds the place it owns, also when the tagger typed
		// the possessor a body; a place modifying the owned noun is where
		// the body sits.
		{"Canadian experts say warm currents may be partly responsible for Antarctica's receding ice shelf.\n\nSatellite pictures helped the experts map the lakes in Antarctica's Ellsworth Mountains and date them.", "BASED_IN", "Antarctica", "Ellsworth Mountains", false},
		{"Police searched Gazprom's Moscow headquarters on Monday.", "BASED_IN", "Gazprom", "Moscow", true},
		// A country and a title the tagger read as one organisation before a
		// name ("U.S. Defense" before "Secretary"; a title with "of" too:
		// the event stages read the name after it, see titleOfBeforePerson).
		{"U.S. Secretary of State Hillary Clinton arrived in Cairo.", "HOLDS_ROLE", "Hillary Clinton", "United States", true},
		{"U.S. Secretary of State Hillary Clinton arrived in Cairo.", "CITIZEN_OF", "Hillary Clinton", "U.S.", true},
		{"U.S. Secretary of State Hillary Clinton arrived in Cairo.", "WORKS_FOR", "Hillary Clinton", "U.S. Secretary of State", false},
		{"U.S. Defense Secretary Robert Gates arrived in Kabul.", "HOLDS_ROLE", "Robert Gates", "United States", true},
		{"U.S. Defense Secretary Robert Gates arrived in Kabul.", "CITIZEN_OF", "Robert Gates", "U.S.", true},
		{"U.S. Defense Secretary Robert Gates arrived in Kabul.", "WORKS_FOR", "Robert Gates", "U.S. Defense", false},
		// A lede's unnamed description names the role's country a sentence
		// before the name.
		{"Ghana's president has announced new taxes.\n\nIn a speech Thursday, President John Kufuor said the money would go to schools.", "HOLDS_ROLE", "John Kufuor", "Ghana", true},
		{"Ghana's vice president has defended the budget.\n\nVice President John Mahama told reporters Thursday the deficit would shrink.", "HOLDS_ROLE", "John Mahama", "Ghana", true},
		// two countries' presidents: which one is named is unclear
		{"Ghana's president met Togo's president on Monday.\n\nPresident John Kufuor said the talks went well.", "HOLDS_ROLE", "John Kufuor", "Ghana", false},
		{"Ghana's president met Togo's president on Monday.\n\nPresident John Kufuor said the talks went well.", "HOLDS_ROLE", "John Kufuor", "Togo", false},
		// "his Chinese counterpart": the possessor's title, for the adjective's country.
		{"Japanese Prime Minister Taro Aso and his Chinese counterpart Wen Jiabao met in Beijing.", "HOLDS_ROLE", "Wen Jiabao", "China", true},
		{"Japanese Prime Minister Taro Aso and his Chinese counterpart, Wen Jiabao, met in Beijing.", "CITIZEN_OF", "Wen Jiabao", "China", true},
		// no one holds a role before it: the title is unknown
		{"Taro Aso and his Chinese counterpart Wen Jiabao met in Beijing.", "HOLDS_ROLE", "Wen Jiabao", "China", false},
		// Role nouns that are no capitalised title: a role beside a body.
		{"Syrian leader Bashar al-Assad rejected the plan.", "HOLDS_ROLE", "Bashar al-Assad", "Syria", true},
		{"Syrian leader Bashar al-Assad rejected the plan.", "CITIZEN_OF", "Bashar al-Assad", "Syria", true},
		{"Red Cross spokesman Paul Conneally said the convoy was safe.", "HOLDS_ROLE", "Paul Conneally", "Red Cross", true},
		{"Friends of Jane Smith, the director of the Baghdad office of Care International, said she was safe.", "HOLDS_ROLE", "Jane Smith", "Care International", true},
		{"Friends of Jane Smith, the director of the Baghdad office of Care International, said she was safe.", "WORKS_FOR", "Jane Smith", "Baghdad", false},
		// without the body the noun says nothing about whom
		{"The leader, Paul Conneally, said the convoy was safe.", "HOLDS_ROLE", "Paul Conneally", "Red Cross", false},
		// A body described by its kind, owned by a place or nationality.
		{"Officials said Russia's state-run natural gas monopoly, Gazprom, raised prices.", "BASED_IN", "Gazprom", "Russia", true},
		{"The deal links Venezuela's state oil firm (PDVSA) with Chinese buyers.", "BASED_IN", "PDVSA", "Venezuela", true},
		{"Britain's ruling Labour party lost the vote.", "BASED_IN", "Labour", "Britain", true},
		{"A U.S. newspaper, The Washington Post, reported the plan.", "BASED_IN", "Washington Post", "United States", true},
		// a clause between: no such phrase
		{"Russia said the company would sue Gazprom.", "BASED_IN", "Gazprom", "Russia", false},
		// A party has members, not staff; its leader holds a role in it.
		{"The bill was written by Republican senator John McCain.", "MEMBER_OF", "John McCain", "Republican", true},
		{"The bill was written by Republican senator John McCain.", "HOLDS_ROLE", "John McCain", "Republican", false},
		{"Labour Party leader Tony Blair said the vote was fair.", "HOLDS_ROLE", "Tony Blair", "Labour Party", true},
		// Membership read from the words outranks the classifier's employment.
		{"Police said Ahmed Saleh, a member of the pro-Iranian Hezbollah group, was detained.", "MEMBER_OF", "Ahmed Saleh", "Hezbollah", true},
		{"Police said Ahmed Saleh, a member of the pro-Iranian Hezbollah group, was detained.", "WORKS_FOR", "Ahmed Saleh", "Hezbollah", false},
		// A country in an alliance or bloc.
		{"Poland joined NATO in 1999 and the European Union in 2004.", "MEMBER_OF", "Poland", "NATO", true},
		{"Poland joined NATO in 1999 and the European Union in 2004.", "MEMBER_OF", "Poland", "European Union", true},
		{"Officials say Malta, an EU member state, backed the plan.", "MEMBER_OF", "Malta", "EU", true},
		{"Poland joined talks with NATO on Monday.", "MEMBER_OF", "Poland", "NATO", false},
		// The portfolio before a bare "Minister" or "Secretary" is part of the
		// title, and the country before it is whom the role is for.
		{"Pakistani Finance Minister Shaukat Aziz resigned.", "HOLDS_ROLE", "Shaukat Aziz", "Pakistan", true},
		{"Britain's Home Secretary John Reid spoke on Monday.", "CITIZEN_OF", "John Reid", "Britain", true},
		// a connective is no portfolio, and no country is named
		{"Then Minister Ali Khan spoke.", "HOLDS_ROLE", "Ali Khan", "Then", false},
		// A nationality and a portfolio read as one organisation before a bare
		// "Minister": the country, and the portfolio in the title.
		{"The plan was backed by Iraqi Oil Minister Hussain al-Shahristani on Monday.", "HOLDS_ROLE", "Hussain al-Shahristani", "Iraq", true},
		{"The plan was backed by Iraqi Oil Minister Hussain al-Shahristani on Monday.", "WORKS_FOR", "Hussain al-Shahristani", "Iraqi Oil", false},
	}
	checkNewsRelations(t, p, cases)
}

func checkNewsRelations(t *testing.T, p *Pipeline, cases []relNewsCase) {
	t.Helper()
	for _, c := range cases {
		a, err := p.Analyze(context.Background(), extract.Document{Text: c.text})
		if err != nil {
			t.Fatal(err)
		}
		names := map[string]map[string]bool{}
		for i := range a.Entities {
			names[a.Entities[i].ID] = entityNames(&a.Entities[i])
		}
		byID := namesByID(a)
		found := false
		var got []string
		for _, r := range a.Relations {
			got = append(got, r.Type+"("+byID[r.Source]+", "+byID[r.Target]+")")
			if r.Type == c.typ && names[r.Source][strings.ToLower(c.src)] && names[r.Target][strings.ToLower(c.dst)] {
				found = true
			}
		}
		if found != c.want {
			t.Errorf("Analyze(%q) relations = %q; want %s(%s, %s) %v", c.text, got, c.typ, c.src, c.dst, c.want)
		}
	}
}

// TestRoleNounNoDescription: a role noun read beside its body ("Palestinian
// leader Mahmoud Abbas") gives a role, but "the Palestinian leader" later is
// not resolved to him by it: the event stages read such links, and the event
// CHECK sets lost an event by them (testdata/relations/README.md, change 15).
func TestRoleNounNoDescription(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	a, err := p.Analyze(context.Background(), extract.Document{Text: "Palestinian leader Mahmoud Abbas spoke in Gaza.\n\nThe Palestinian leader said the talks would go on."})
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range a.Entities {
		if e.Name != "Mahmoud Abbas" {
			continue
		}
		if len(e.Roles) == 0 || e.Roles[0].Title != "Leader" {
			t.Errorf("Mahmoud Abbas roles = %+v; want Leader", e.Roles)
		}
		for _, m := range e.Mentions {
			if strings.EqualFold(m.Text, "leader") {
				t.Errorf("Mahmoud Abbas has the mention %q (sentence %d)", m.Text, m.Sentence)
			}
		}
		return
	}
	t.Errorf("no entity Mahmoud Abbas in %+v", a.Entities)
}
