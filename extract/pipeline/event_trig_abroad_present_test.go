package pipeline

import "testing"

// TestAbroadPresent: presence abroad told by "be in", an apposition "now
// in", a meeting placed abroad or a fronted place after "Earlier today" is
// a VISIT of the person away from home; the same at home is none.
func TestAbroadPresent(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	checkEventCases(t, p, []eventCase{
		{
			name: "who is in a place abroad",
			text: "Syrian Prime Minister Naji Otri, who is in Tehran Wednesday, said the two allies face a delicate time.",
			want: []string{"VISIT in [Naji Otri:AGENT Tehran:PATIENT]"},
		},
		{
			// near: a home country by the title's nationality
			name:   "who is in a place at home",
			text:   "Syrian Prime Minister Naji Otri, who is in Damascus Wednesday, said the two allies face a delicate time.",
			absent: []string{"VISIT"},
		},
		{
			name: "was in a country abroad",
			text: "Earlier Friday, Venezuelan President Hugo Chavez was in Russia where he signed an energy pact.",
			want: []string{"VISIT in [Hugo Chavez:AGENT Russia:PATIENT]"},
		},
		{
			name: "apposition in a place for a conference",
			text: "U.S. Secretary of State Condoleezza Rice, in London for a donors conference, issued a joint statement Tuesday.",
			want: []string{"VISIT in [Condoleezza Rice:AGENT London:PATIENT]"},
		},
		{
			name: "met with a host in the host's capital",
			text: "Spanish Prime Minister Jose Luis Rodriguez Zapatero met with Brazilian President Luiz Inacio Lula da Silva in Brasilia.",
			want: []string{"VISIT in [Brasilia:PATIENT Jose Luis Rodriguez Zapatero:AGENT]"},
		},
		{
			name: "talks in a capital with a guest",
			text: "Russian Foreign Minister Sergei Lavrov spoke Monday after talks in Moscow with Ukraine's defense minister, Anatoliy Hrytsenko.",
			want: []string{"VISIT in [Anatoliy Hrytsenko:AGENT Moscow:PATIENT]"},
		},
		{
			name: "meeting abroad after a warning",
			text: "A Saudi official said Crown Prince Abdullah delivered the warning Thursday during a meeting in Riyadh with Syrian President Bashar al-Assad.",
			want: []string{"VISIT in [Bashar al-Assad:AGENT Riyadh:PATIENT]"},
		},
		{
			// near: a trip asked for is still unreal
			name:   "visit urged",
			text:   "Crown Prince Abdullah urged Syrian President Bashar al-Assad to visit Riyadh.",
			absent: []string{"VISIT"},
		},
		{
			// near: both at home, no guest
			name:   "met at home",
			text:   "Brazilian President Luiz Inacio Lula da Silva met with Brazilian Foreign Minister Celso Amorim in Brasilia.",
			absent: []string{"VISIT"},
		},
	})
}
