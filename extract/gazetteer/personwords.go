package gazetteer

import "strings"

// Person words: the gazetteer knows people by their full names ("sergei
// lavrov", "russian foreign minister lavrov"), but news names a person by the
// surname alone from the second mention on, and headlines from the first
// ("Kerry meets Lavrov"). The words of the people's names, by position, are
// evidence a name lookup cannot give: a capitalised word that is the last
// word of some known person's name is likely a person, whoever it is. The
// NER tagger learns how much to trust that (and the same word as a place:
// "Washington") from its training data.
const (
	// Surname marks the last word of a known person's name.
	Surname uint8 = 1 << iota
	// GivenName marks the first word of a known person's name of two
	// words or more.
	GivenName
)

// nameSuffixes end personal names without being the surname.
var nameSuffixes = map[string]bool{"jr": true, "sr": true, "ii": true, "iii": true, "iv": true}

// nameParticles are the small words inside personal names ("de", "bin",
// "al") that say nothing about who is named.
var nameParticles = map[string]bool{"de": true, "van": true, "von": true, "der": true, "den": true,
	"del": true, "della": true, "di": true, "da": true, "du": true, "des": true, "la": true, "le": true,
	"los": true, "las": true, "dos": true, "das": true, "do": true, "ter": true, "ten": true, "zu": true,
	"bin": true, "ibn": true, "bint": true, "ben": true, "al": true, "el": true, "abu": true, "of": true,
	"the": true, "st": true, "mac": true, "ould": true, "ag": true}

// commonWords are English words that some person's name in the
// dictionaries also contains ("He Yong", "In Tam", "Theresa May", "Sunday
// Nkonde", "Lloyd During"): function words, months and weekdays. As person
// words they fire on nearly every sentence start ("He said", "In May") and
// teach the tagger that a person word there means little.
var commonWords = map[string]bool{
	"a": true, "an": true, "the": true, "he": true, "she": true, "it": true, "we": true, "you": true,
	"they": true, "his": true, "her": true, "its": true, "our": true, "their": true, "him": true,
	"them": true, "us": true, "me": true, "my": true, "this": true, "that": true, "these": true,
	"those": true, "some": true, "any": true, "all": true, "no": true, "not": true, "so": true,
	"in": true, "on": true, "at": true, "to": true, "by": true, "for": true, "from": true, "with": true,
	"into": true, "over": true, "under": true, "after": true, "before": true, "during": true,
	"since": true, "until": true, "about": true, "against": true, "between": true, "among": true,
	"and": true, "or": true, "but": true, "if": true, "as": true, "than": true, "then": true,
	"is": true, "was": true, "are": true, "were": true, "be": true, "been": true, "has": true,
	"have": true, "had": true, "do": true, "did": true, "will": true, "would": true, "can": true,
	"could": true, "may": true, "might": true, "must": true, "shall": true, "should": true,
	"who": true, "what": true, "when": true, "where": true, "which": true, "why": true, "how": true,
	"there": true, "here": true, "also": true, "more": true, "most": true, "many": true, "much": true,
	"one": true, "two": true, "three": true, "first": true, "last": true, "new": true, "tens": true,
	"day": true, "week": true, "year": true, "today": true, "yesterday": true, "tomorrow": true,
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true,
	"saturday": true, "sunday": true, "january": true, "february": true, "march": true,
	"april": true, "june": true, "july": true, "august": true, "september": true,
	"october": true, "november": true, "december": true,
}

// addPersonWords records the given-name and surname words of one person
// alias key. Leading role titles and nationality words are not part of the
// name ("russian foreign minister lavrov" gives the surname "lavrov" only).
// titleWords are the words of the role titles.
func (g *Gazetteer) addPersonWords(key string, titleWords map[uint64]struct{}) {
	words := strings.Fields(key)
	i := 0
	for i < len(words) {
		if n := g.IsTitle(words, i); n > 0 {
			i += n
			continue
		}
		if _, ok := g.demonyms[hashKey(words[i])]; ok {
			i++
			continue
		}
		break
	}
	words = words[i:]
	for len(words) > 1 && nameSuffixes[words[len(words)-1]] {
		words = words[:len(words)-1]
	}
	if len(words) == 0 {
		return
	}
	mark := func(w string, bit uint8) {
		if len(w) < 2 || nameParticles[w] || commonWords[w] || w[0] >= '0' && w[0] <= '9' {
			return
		}
		// Words of role titles ("prime", "chief", "former", "general")
		// are not names, even where a dictionary writes them as part of one.
		if _, ok := titleWords[hashKey(w)]; ok {
			return
		}
		g.personWords[hashKey(w)] |= bit
	}
	mark(words[len(words)-1], Surname)
	if len(words) > 1 {
		mark(words[0], GivenName)
	}
}

// PersonWord returns the Surname and GivenName bits of a word (in any case).
func (g *Gazetteer) PersonWord(word string) uint8 {
	h, ok := hashWord(fnvOffset, word, true)
	if !ok {
		return 0
	}
	return g.personWords[h]
}
