package cameo

import "strings"

// Inventory event types (DESIGN.md) and the CAMEO families outside it.
const (
	Meet            = "MEET"
	PhoneCall       = "PHONE_CALL"
	Visit           = "VISIT"
	Negotiate       = "NEGOTIATE"
	Agreement       = "AGREEMENT"
	Statement       = "STATEMENT"
	Appeal          = "APPEAL"
	Demand          = "DEMAND"
	Threaten        = "THREATEN"
	Protest         = "PROTEST"
	MilitaryPosture = "MILITARY_POSTURE"
	Sanction        = "SANCTION"
	Attack          = "ATTACK"
	Occupy          = "OCCUPY"
	Arrest          = "ARREST"
	Trial           = "TRIAL"
	Sentence        = "SENTENCE"
	Election        = "ELECTION"
	Appointment     = "APPOINTMENT"
	Resignation     = "RESIGNATION"
	Death           = "DEATH"
	Injury          = "INJURY"
	Acquisition     = "ACQUISITION"
	Merger          = "MERGER"

	// CAMEO families the inventory does not single out.
	IntendCooperate = "INTEND_COOPERATE" // 03x: a promise or pledge, not an agreement made
	Cooperate       = "COOPERATE"        // 050-056
	MaterialCoop    = "MATERIAL_COOP"    // 06x
	Aid             = "AID"              // 07x
	Yield           = "YIELD"            // 08x
	Investigate     = "INVESTIGATE"      // 09x
	Disapprove      = "DISAPPROVE"       // 11x
	Reject          = "REJECT"           // 12x
	ReduceRelations = "REDUCE_RELATIONS" // 16x except 163
	Coerce          = "COERCE"           // 17x except 173
)

// EventType maps a CAMEO code (any length: "04", "041", "0411") or one of
// our own codes to an inventory name; "" for "---" and unknown codes.
func EventType(code string) string {
	switch code {
	case CodeDie:
		return Death
	case CodeInjure:
		return Injury
	case CodeElect:
		return Election
	case CodeAppoint:
		return Appointment
	case CodeResign:
		return Resignation
	case CodeTrial:
		return Trial
	case CodeSentence:
		return Sentence
	case CodeAcquire:
		return Acquisition
	case CodeMerge:
		return Merger
	}
	code, _, _ = strings.Cut(code, ":")
	if len(code) < 2 || !allDigits(code) {
		return ""
	}
	three := code
	if len(three) > 3 {
		three = three[:3]
	}
	switch three {
	case "041":
		return PhoneCall
	case "042", "043":
		return Visit
	case "046":
		return Negotiate
	case "057":
		return Agreement
	case "163":
		return Sanction
	case "173":
		return Arrest
	case "192":
		return Occupy
	}
	switch code[:2] {
	case "01":
		return Statement
	case "02":
		return Appeal
	case "03":
		return IntendCooperate
	case "04":
		return Meet
	case "05":
		return Cooperate
	case "06":
		return MaterialCoop
	case "07":
		return Aid
	case "08":
		return Yield
	case "09":
		return Investigate
	case "10":
		return Demand
	case "11":
		return Disapprove
	case "12":
		return Reject
	case "13":
		return Threaten
	case "14":
		return Protest
	case "15":
		return MilitaryPosture
	case "16":
		return ReduceRelations
	case "17":
		return Coerce
	case "18", "19", "20":
		return Attack
	}
	return ""
}

// ownCode reports whether code is one of ours rather than CAMEO's.
func ownCode(code string) bool {
	switch code {
	case CodeDie, CodeInjure, CodeElect, CodeAppoint, CodeResign, CodeTrial, CodeSentence:
		return true
	}
	return false
}

func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}
