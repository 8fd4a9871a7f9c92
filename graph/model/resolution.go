package model

// Resolution is a recorded automatic link. Key is its store id; EntityKey,
// DocKey and SeparatedKey are the store ids its reference fields resolve.
type Resolution struct {
	Key           uint64
	ID            string
	EntityKey     uint64
	DocKey        uint64
	Name          string
	Forms         []string
	Rule          ResolutionRule
	Matched       string
	CanonicalName string
	At            string
	UndoneAt      *string
	SeparatedKey  uint64
}

func (Resolution) IsNode() {}
