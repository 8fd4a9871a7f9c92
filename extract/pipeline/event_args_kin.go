package pipeline

// kinNouns describe a person by kin before the name in apposition: "X and
// his wife, Y, were arrested" names two people, as "X and his Russian
// counterpart, Y" does.
var kinNouns = map[string]bool{
	"wife": true, "husband": true, "son": true, "daughter": true, "brother": true, "sister": true,
	"father": true, "mother": true, "widow": true, "nephew": true, "niece": true, "cousin": true,
	"sons": true, "daughters": true, "brothers": true, "sisters": true,
}

// actorKinds are kinds of states and bodies that "X, Y and other ..."
// lists its named members with: "Malaysia, Singapore and other regional
// neighbors have been calling on Indonesia" (not "Pipex and other net
// suppliers", whose kind the events of the inventory do not take as sides).
var actorKinds = map[string]bool{
	"neighbors": true, "neighbours": true, "countries": true, "nations": true, "states": true, "governments": true,
	"allies": true, "partners": true, "powers": true, "groups": true, "members": true, "parties": true, "leaders": true,
}
