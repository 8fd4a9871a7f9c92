package pipeline

// A bulletin's item opened by its own place.
//
// Wire bulletins string attacks together, each sentence opened by where
// it happened: "In a town south of Baghdad, gunmen abducted a policeman.
// Also south of Baghdad, insurgents attacked an army convoy. In western
// Baghdad, a roadside bomb killed a policeman." An event told in a
// sentence that opens on a fronted place adverbial ("In western Baghdad,",
// "North of the capital,", "Across town,", "In the same province,") or on
// "Earlier," is a new item, not the attack told before it again, unless
// the sentence points back to that act ("In Baghdad, police said the
// blast killed"). addEvent had folded such items into the attack before
// when they shared a country read as victim or doer. (Eighteenth session,
// helper bulletin19: the largest class of ATTACK errors in dev38..dev41.)

// placeOpened: ev's sentence opens on a fronted place adverbial or on
// "Earlier," and does not point back to an act told before.
func placeOpened(d *doc, ev *event) bool {
	s := d.sents[ev.sentence]
	k := s.Start
	for k < s.End && (d.lower[k] == "and" || d.lower[k] == "but" || d.lower[k] == "also") {
		k++
	}
	comma := -1
	for j := k + 1; j < s.End && j <= k+8 && j < ev.trigStart; j++ {
		if d.lower[j] == "," {
			comma = j
			break
		}
	}
	if comma < 0 {
		return false
	}
	if !frontedPlace(d, k, comma) {
		return false
	}
	return !pointsBackToAct(d, comma+1, ev.trigStart)
}

// frontedPlace: the words [k, comma) are a place adverbial: a compass
// phrase ("North of the capital", "Further south"), "Across town", or a
// spatial preposition before a place name or a place noun ("In western
// Baghdad", "In the same province", "Near Kirkuk"); not "In a statement",
// "In January", "In response".
func frontedPlace(d *doc, k, comma int) bool {
	switch d.lower[k] {
	case "across", "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest", "further", "farther":
		return true
	case "in", "near", "outside", "at":
	default:
		return false
	}
	place := false
	for j := k + 1; j < comma; j++ {
		w := d.lower[j]
		if dayWords[w] || nonPlaceOpeners[w] || isYearWord(w) {
			return false // "In January,", "In 2004,", "In a statement,"
		}
		if openerPlaceNouns[w] {
			place = true
		}
		if mi := d.mentionAt[j]; mi >= 0 && d.mentions[mi].label == "LOC" {
			place = true
		}
	}
	return place
}

// openerPlaceNouns head or modify a place told without its name.
var openerPlaceNouns = map[string]bool{
	"town": true, "city": true, "province": true, "capital": true, "district": true, "region": true, "village": true,
	"area": true, "neighborhood": true, "neighbourhood": true, "camp": true, "north": true, "south": true, "east": true,
	"west": true, "northern": true, "southern": true, "eastern": true, "western": true, "central": true, "northeastern": true,
	"northwestern": true, "southeastern": true, "southwestern": true, "suburb": true, "border": true, "state": true,
}

// nonPlaceOpeners open a fronted phrase that is no place: a source, a
// reply, a time.
var nonPlaceOpeners = map[string]bool{
	"statement": true, "interview": true, "speech": true, "response": true, "addition": true, "report": true,
	"january": true, "february": true, "march": true, "april": true, "june": true, "july": true, "august": true,
	"september": true, "october": true, "november": true, "december": true, "past": true, "recent": true,
	"week": true, "weeks": true, "month": true, "months": true, "year": true, "years": true, "attack": true, "violence": true,
}

// isYearWord: w is a four-digit year.
func isYearWord(w string) bool {
	if len(w) != 4 {
		return false
	}
	for _, r := range w {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

// pointsBackToAct: a definite noun of an act or its doers stands in [from,
// to) ("the blast", "the attackers"): the sentence goes on telling the act
// before.
func pointsBackToAct(d *doc, from, to int) bool {
	for j := from; j+1 < to; j++ {
		switch d.lower[j] {
		case "the", "that", "this":
			if actBackNouns[d.lower[j+1]] {
				return true
			}
		}
	}
	return false
}

// actBackNouns name an act of violence or its doers told before.
var actBackNouns = map[string]bool{
	"attack": true, "attacks": true, "blast": true, "bombing": true, "explosion": true, "ambush": true, "raid": true,
	"shooting": true, "assault": true, "bomber": true, "bombers": true, "gunmen": true, "attackers": true, "attacker": true,
	"incident": true, "violence": true, "clash": true, "clashes": true, "fighting": true, "kidnappers": true, "abduction": true,
	"kidnapping": true, "killing": true, "killings": true, "victims": true, "victim": true,
}
