package pipeline

import "testing"

// TestAccusedGerundIsClaim: "accused X of V-ing" with the accused as object
// tells a claim; a placed act keeps its event.
func TestAccusedGerundIsClaim(t *testing.T) {
	checkEventTypes(t, []typeCase{
		{"Kenya accused Somalia of massacring herders along the border.", "-ATTACK massacring"},
		{"The group accused the Syrian army of beating and illegally detaining students.", "-ARREST detaining"},
		{"Kenya accused Somali troops of shelling a border post in the town of Mandera.", "ATTACK shelling"},
	})
}

// TestAccusedGerundObject: the event noun the accused gerund takes is the
// claim too.
func TestAccusedGerundObject(t *testing.T) {
	checkEventTypes(t, []typeCase{
		{"Siniora accused the militia of threatening a coup against the U.S.-backed government.", "-ATTACK coup"},
	})
}
