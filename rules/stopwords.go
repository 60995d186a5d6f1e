package rules

import (
	"sync"

	"github.com/secretvet/secretvet/rules/keywords"
)

// stopwordSet tests whether a secret contains any stopword (lower case).
// Its automaton is built on first use: generic-api-key alone has hundreds
// of stopwords, and most engines never test most sets.
type stopwordSet struct {
	words []string
	once  sync.Once
	set   *keywords.Set
}

func newStopwordSet(words []string) *stopwordSet {
	return &stopwordSet{words: words}
}

func (s *stopwordSet) containedIn(secret string) bool {
	if s == nil {
		return false
	}
	s.once.Do(func() { s.set = keywords.New(s.words) })
	return s.set.Contains(secret)
}
