package pipeline

import "strings"

// guardLooting drops a PROTEST told by looting.
const guardLooting = "sense:looting" // "reports in Darfur of banditry, looting"

// lootingSense: CAMEO codes "loot" as a violent protest (145), but news
// tells looting as theft in the wake of war, storms or riots: "reports in
// Darfur of banditry, looting, alleged attacks on villages", "accused
// Uganda of massacring civilians, looting and destruction", "losses from
// looting", "officers ... joining in the looting that broke out". Of the
// six TUNE sentences with a looting word none is labelled a PROTEST, and
// two were read as one (fifteenth session, helper civic16); a riot told
// with its looting is read by its riot word.
func lootingSense(d *doc, ev *event) bool {
	return ev.typ == "PROTEST" && strings.HasPrefix(d.lower[ev.trigStart], "loot")
}
