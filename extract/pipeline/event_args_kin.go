package pipeline

// kinNouns describe a person by kin before the name in apposition: "X and
// his wife, Y, were arrested" names two people, as "X and his Russian
// counterpart, Y" does.
var kinNouns = map[string]bool{
	"wife": true, "husband": true, "son": true, "daughter": true, "brother": true, "sister": true,
	"father": true, "mother": true, "widow": true, "nephew": true, "niece": true, "cousin": true,
	"sons": true, "daughters": true, "brothers": true, "sisters": true,
}
