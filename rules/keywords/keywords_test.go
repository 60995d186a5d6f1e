package keywords

import (
	"math/rand"
	"sort"
	"strings"
	"testing"
)

// naive lists every (word, end) occurrence by brute force, ignoring ASCII case.
func naive(words []string, text string) []Hit {
	lower := strings.ToLower(text)
	var out []Hit
	for wi, w := range words {
		if w == "" {
			continue
		}
		for i := 0; i+len(w) <= len(lower); i++ {
			if lower[i:i+len(w)] == strings.ToLower(w) {
				out = append(out, Hit{Word: int32(wi), End: int32(i + len(w))})
			}
		}
	}
	return out
}

func sorted(h []Hit) []Hit {
	sort.Slice(h, func(i, j int) bool {
		if h[i].End != h[j].End {
			return h[i].End < h[j].End
		}
		return h[i].Word < h[j].Word
	})
	return h
}

func TestFindMatchesBruteForce(t *testing.T) {
	words := []string{"key", "api", "token", "dt0c01.", "apikey", "ke", "a3t", "xoxp-", "secret", "Se"}
	set := New(words)
	r := rand.New(rand.NewSource(7))
	alphabet := "keyKEYapiAPItoknsecrTdt0c1.-xop3 \n"
	for n := 0; n < 2000; n++ {
		b := make([]byte, r.Intn(60))
		for i := range b {
			b[i] = alphabet[r.Intn(len(alphabet))]
		}
		text := string(b)
		var got []Hit
		set.Find(text, func(h Hit) bool { got = append(got, h); return true })
		want := naive(words, text)
		got, want = sorted(got), sorted(want)
		if len(got) != len(want) {
			t.Fatalf("%q: got %v, want %v", text, got, want)
		}
		for i := range got {
			if got[i] != want[i] {
				t.Fatalf("%q: got %v, want %v", text, got, want)
			}
		}
	}
}

func TestContainsAndStop(t *testing.T) {
	set := New([]string{"password"})
	if !set.Contains("my PassWord is") {
		t.Error("Contains missed a keyword in another case")
	}
	if set.Contains("passwor d") {
		t.Error("Contains found a keyword that is not there")
	}
	calls := 0
	New([]string{"a"}).Find("aaaa", func(Hit) bool { calls++; return false })
	if calls != 1 {
		t.Errorf("Find went on after f returned false: %d calls", calls)
	}
}

// TestFindWithManyStates: a set too large for the 16-bit table (more than
// 65,536 states) finds the same as a small one would.
func TestFindWithManyStates(t *testing.T) {
	r := rand.New(rand.NewSource(11))
	const letters = "abcdefghijklmnopqrstuvwxyz0123456789"
	var words []string
	for range 12000 {
		b := make([]byte, 8)
		for i := range b {
			b[i] = letters[r.Intn(len(letters))]
		}
		words = append(words, string(b))
	}
	set := New(words)
	if set.delta16 != nil {
		t.Fatalf("the set should need 32-bit states")
	}
	text := "x" + strings.ToUpper(words[5]) + " " + words[11999] + words[42][:7]
	var got []Hit
	set.Find(text, func(h Hit) bool { got = append(got, h); return true })
	want := naive(words, text)
	got, want = sorted(got), sorted(want)
	if len(got) != len(want) || len(got) < 2 {
		t.Fatalf("got %v, want %v", got, want)
	}
	for i := range got {
		if got[i] != want[i] {
			t.Fatalf("got %v, want %v", got, want)
		}
	}
}
