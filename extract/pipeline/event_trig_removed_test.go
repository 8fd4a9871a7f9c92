package pipeline

import "testing"

// TestRemovedFromOfficeIsResignation: a person removed or forced from an
// office, a retirement announced, a government voted out are RESIGNATIONs;
// a thing removed, people forced from their homes, a removal in a coup, a
// purpose and a game show's vote are not.
func TestRemovedFromOfficeIsResignation(t *testing.T) {
	checkEventTypes(t, []typeCase{
		{"Peruvian President Alan Garcia removed Interior Minister Luis Alva Castro from his post after the riots in Lima.", "RESIGNATION removed"},
		{"Former Thai Prime Minister Thaksin Shinawatra has lived in exile in London since he was forced from power in 2006.", "RESIGNATION forced"},
		{"Italian Prime Minister Romano Prodi announced his retirement on Sunday.", "RESIGNATION announced his retirement"},
		{"The Kenyan parliament voted out Prime Minister John Mwangi's government on Tuesday.", "RESIGNATION voted out"},
		{"Congress removed the tax from the spending bill on Tuesday.", "-RESIGNATION removed"},
		{"Thousands of villagers were forced from their homes by the floods.", "-RESIGNATION forced"},
		{"Thailand's army removed Prime Minister Somchai Wongsawat from office in a coup in September.", "-RESIGNATION removed"},
		{"Exiles met in London to discuss strategies for removing President Robert Mugabe from power.", "-RESIGNATION removing"},
		{"The singer Jade Goody was voted out of the Big Brother house on Friday.", "-RESIGNATION voted out"},
		{"Italian Prime Minister Romano Prodi announced his new budget plan on Sunday.", "-RESIGNATION announced"},
	})
}
