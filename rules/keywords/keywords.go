package keywords

// Set is a compiled set of keywords. It is safe for concurrent use.
type Set struct {
	words  []string
	class  [256]uint8 // byte -> class; case folded; 0 is "no keyword has it"
	nclass int
	delta  []int32 // state*nclass+class -> next state (nil when delta16 holds it)
	// delta16 is delta in 16 bits when the states fit, which they do for
	// every rule set seen so far (about 9,000 states): half the table, so
	// that more of it stays in the CPU cache during Find.
	delta16 []uint16
	out     [][]int32
	outLink []int32 // state -> next state on the suffix chain with output, or -1
	// emits marks the states where a keyword ends (their own or one on
	// their suffix chain). With a thousand keywords the automaton is rarely
	// at its root, and Find checks this small table before it reads out.
	emits []bool
}

// New compiles keywords. They are matched without regard to ASCII case;
// duplicates and empty strings are ignored, and indexes refer to the slice
// as given.
func New(words []string) *Set {
	s := &Set{words: words}
	// byte classes: one per distinct lower-case byte used by any keyword
	for _, w := range words {
		for i := 0; i < len(w); i++ {
			c := lower(w[i])
			if s.class[c] == 0 {
				s.nclass++
				if s.nclass > 254 {
					panic("keywords: too many distinct bytes")
				}
				s.class[c] = uint8(s.nclass)
			}
		}
	}
	for c := 'A'; c <= 'Z'; c++ {
		s.class[c] = s.class[c+'a'-'A']
	}
	s.nclass++ // class 0 included
	n := s.nclass

	// trie
	type node struct{ next map[uint8]int32 }
	trie := []node{{next: map[uint8]int32{}}}
	s.out = [][]int32{nil}
	for i, w := range words {
		if w == "" {
			continue
		}
		st := int32(0)
		for j := 0; j < len(w); j++ {
			c := s.class[lower(w[j])]
			nx, ok := trie[st].next[c]
			if !ok {
				nx = int32(len(trie))
				trie = append(trie, node{next: map[uint8]int32{}})
				s.out = append(s.out, nil)
				trie[st].next[c] = nx
			}
			st = nx
		}
		s.out[st] = append(s.out[st], int32(i))
	}
	states := len(trie)
	s.delta = make([]int32, states*n)
	fail := make([]int32, states)
	s.outLink = make([]int32, states)
	for i := range s.outLink {
		s.outLink[i] = -1
	}
	// BFS to fill the DFA
	queue := make([]int32, 0, states)
	for c := 0; c < n; c++ {
		if nx, ok := trie[0].next[uint8(c)]; ok {
			s.delta[c] = nx
			fail[nx] = 0
			queue = append(queue, nx)
		}
	}
	for len(queue) > 0 {
		st := queue[0]
		queue = queue[1:]
		f := fail[st]
		if len(s.out[f]) > 0 {
			s.outLink[st] = f
		} else {
			s.outLink[st] = s.outLink[f]
		}
		for c := 0; c < n; c++ {
			if nx, ok := trie[st].next[uint8(c)]; ok {
				fail[nx] = s.delta[int(f)*n+c]
				s.delta[int(st)*n+c] = nx
				queue = append(queue, nx)
			} else {
				s.delta[int(st)*n+c] = s.delta[int(f)*n+c]
			}
		}
	}
	s.emits = make([]bool, states)
	for st := range s.emits {
		s.emits[st] = len(s.out[st]) > 0 || s.outLink[st] >= 0
	}
	if states <= 1<<16 {
		s.delta16 = make([]uint16, len(s.delta))
		for i, v := range s.delta {
			s.delta16[i] = uint16(v)
		}
		s.delta = nil
	}
	return s
}

func lower(c byte) byte {
	if 'A' <= c && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

// Hit is one occurrence of keyword Word (an index into the words given to
// New) ending just before byte End of the text.
type Hit struct {
	Word int32
	End  int32
}

// Word returns keyword i as given to New.
func (s *Set) Word(i int32) string { return s.words[i] }

// Len returns the length of keyword i.
func (s *Set) Len(i int32) int { return len(s.words[i]) }

// Find calls f for every occurrence of every keyword in text, in order of
// the end offset. f returns false to stop.
func (s *Set) Find(text string, f func(Hit) bool) {
	if s.delta16 != nil {
		find(s, s.delta16, text, f)
	} else if len(s.delta) > 0 {
		find(s, s.delta, text, f)
	}
}

func find[T uint16 | int32](s *Set, delta []T, text string, f func(Hit) bool) {
	n := T(s.nclass)
	st := T(0)
	class, out, link, emits := &s.class, s.out, s.outLink, s.emits
	for i := 0; i < len(text); i++ {
		st = delta[int(st)*int(n)+int(class[text[i]])]
		if !emits[st] {
			continue
		}
		for o := int32(st); o >= 0; o = link[o] {
			for _, w := range out[o] {
				if !f(Hit{Word: w, End: int32(i + 1)}) {
					return
				}
			}
		}
	}
}

// Contains reports whether text holds any keyword.
func (s *Set) Contains(text string) (found bool) {
	s.Find(text, func(Hit) bool { found = true; return false })
	return found
}
