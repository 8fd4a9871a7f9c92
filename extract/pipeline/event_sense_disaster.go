package pipeline

// Natural disasters (fourteenth session). Wire copy tells the toll of an
// earthquake, a flood or a storm with the verbs of violence: "a strong
// earthquake that struck southwest Japan killed one person and injured at
// least three", "the storm, which lashed the Huai and Yangtze rivers",
// "people lived in the homes hit by the landslides". The Guideline makes
// deaths in disasters DEATH; accidentSense (event_sense_attack.go) already
// reads crashes and "disaster" so: these are the words that name a disaster
// of nature, which no attacker causes.

// naturalDisasterWords name a disaster of nature.
var naturalDisasterWords = map[string]bool{
	"earthquake": true, "earthquakes": true, "quake": true, "quakes": true, "tremor": true, "aftershock": true,
	"hurricane": true, "typhoon": true, "cyclone": true, "tornado": true, "tornadoes": true, "blizzard": true,
	"snowstorm": true, "rainstorm": true, "flood": true, "floods": true, "flooding": true, "floodwaters": true,
	"landslide": true, "landslides": true, "mudslide": true, "mudslides": true, "avalanche": true,
	"tsunami": true, "eruption": true, "monsoon": true, "downpours": true,
}

// stormDeterminers: words before "storm" that make it the weather, not the
// verb of an assault ("troops storm the compound").
var stormDeterminers = map[string]bool{
	"the": true, "a": true, "tropical": true, "severe": true, "winter": true, "heavy": true, "violent": true,
	"fierce": true, "dust": true, "snow": true, "ice": true,
}

// naturalDisaster: the sentence from ss to se names a disaster of nature.
func naturalDisaster(d *doc, ss, se int) bool {
	if anyWord(d, naturalDisasterWords, ss, se) {
		return true
	}
	for k := ss + 1; k < se; k++ {
		if (d.lower[k] == "storm" || d.lower[k] == "storms") && stormDeterminers[d.lower[k-1]] {
			return true
		}
	}
	return false
}
