package textcut

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// A clipped text keeps whole words where it can, and never ends on a
// letter whose vowel sign or joined consonant was cut off.
func TestClip(t *testing.T) {
	for _, tc := range []struct {
		in   string
		n    int
		want string
	}{
		{"short", 10, "short"},
		{"one two three four five", 16, "one two three…"},
		{"abcdefghijklmnopqrstuvwxyz", 6, "abcde…"},
		// के: the consonant क and its vowel sign े stay together.
		{"ककेक", 3, "क…"},
		// क्ष: क, virama, ष are one cluster.
		{"अक्षर", 4, "अ…"},
	} {
		if got := Clip(tc.in, tc.n); got != tc.want {
			t.Errorf("Clip(%q, %d) = %q, want %q", tc.in, tc.n, got, tc.want)
		}
	}
}

// However a Hindi sentence is cut, what is kept is no longer than asked
// and does not end in a mark or a virama.
func TestClipNeverEndsInsideACluster(t *testing.T) {
	const s = "यह पंक्ति केवल परीक्षण के लिए लिखी गई है और इसमें संयुक्ताक्षर भी हैं"
	for n := 2; n < utf8.RuneCountInString(s); n++ {
		got := Clip(s, n)
		if utf8.RuneCountInString(got) > n {
			t.Errorf("Clip(s, %d) = %q: %d characters", n, got, utf8.RuneCountInString(got))
		}
		kept := []rune(strings.TrimSuffix(got, "…"))
		if len(kept) == 0 {
			continue
		}
		last := kept[len(kept)-1]
		next := []rune(s)[len(kept)]
		if isVirama(last) || unicode.Is(unicode.M, next) {
			t.Errorf("Clip(s, %d) = %q cuts a cluster (%q then %q)", n, got, last, next)
		}
	}
}
