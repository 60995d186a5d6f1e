package rules

import "github.com/secretvet/secretvet/rules/keywords"

// stopwordSet tests whether a secret contains any stopword (lower case).
type stopwordSet struct{ set *keywords.Set }

func newStopwordSet(words []string) *stopwordSet {
	return &stopwordSet{set: keywords.New(words)}
}

func (s *stopwordSet) containedIn(secret string) bool {
	return s != nil && s.set.Contains(secret)
}
