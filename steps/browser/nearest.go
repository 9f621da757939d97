package browser

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/unbind/unbind/internal/editdist"
)

// nearestNames orders names by how few letters must change to make them
// want, letter case and runs of spaces aside; names as near keep the
// page's order.
func nearestNames(want string, names []string) []string {
	w := fold(want)
	out := slices.Clone(names)
	// A name that holds the words written comes before those that do not.
	dist := func(name string) int {
		d := editdist.Runes(w, fold(name))
		if holdsWords(fold(name), w) {
			d -= 1000
		}
		// Then those that share more of its words, in any of their forms
		// (новая карта, новой картой).
		return d - 100*sharedWords(w, fold(name))
	}
	slices.SortStableFunc(out, func(a, b string) int { return dist(a) - dist(b) })
	return out
}

// meant reports whether name is near enough to want to be what a step
// that wrote want meant: a few letters off, a third of its letters at
// most, one in a word of five letters or fewer.
//
// A name that holds the words written whole is meant as well: one that
// begins with them ("Save" for "Save card"), or holds two or more of them
// ("card details" in "Edit card details"), or a single word of six letters
// or more ("Оплатить" in "Сохранить & Оплатить"); a single short word
// anywhere says too little.
func meant(want, name string) bool {
	w, n := fold(want), fold(name)
	if w == n {
		return false
	}
	if utf8.RuneCountInString(w) >= 3 && (strings.HasPrefix(n, w+" ") || strings.Contains(w, " ") && holdsWords(n, w)) ||
		utf8.RuneCountInString(w) >= 6 && holdsWords(n, w) {
		return true
	}
	// Every one of two or more words written, in some form, is in the
	// name: a word left out or added ("Confirm password" for "Confirm
	// payment password"), another ending (новая карта, новой картой).
	if ws := strings.Fields(w); len(ws) >= 2 && sharedWords(w, n) == len(ws) {
		return true
	}
	d := editdist.Runes(w, n)
	far := max(2, utf8.RuneCountInString(w)/3)
	if utf8.RuneCountInString(w) <= 5 {
		far = 1 // two letters of "here" make "Help": another word
		if swapped(w, n) {
			return true // but two letters swapped are one slip: Edti, Edit
		}
	}
	return d > 0 && d <= far
}

// swapped reports whether b is a with two letters next to each other
// swapped.
func swapped(a, b string) bool {
	x, y := []rune(a), []rune(b)
	if len(x) != len(y) {
		return false
	}
	for i := 0; i+1 < len(x); i++ {
		if x[i] != y[i] {
			return x[i] == y[i+1] && x[i+1] == y[i] && string(x[i+2:]) == string(y[i+2:])
		}
	}
	return false
}

// sharedWords is how many words of w are words of n, in some form: the
// same word, or, for words of four letters or more, one that begins as it
// does but for its last two letters (новая, новой; карта, картой).
func sharedWords(w, n string) int {
	names := strings.FieldsFunc(n, notLetter)
	count := 0
	for _, word := range strings.FieldsFunc(w, notLetter) {
		if slices.ContainsFunc(names, func(m string) bool { return m == word || sameWord(m, word) }) {
			count++
		}
	}
	return count
}

// sameWord reports whether a and b, of four letters or more, are one word
// with other endings: they begin alike but for the last two letters of the
// shorter, and in three letters at least.
func sameWord(a, b string) bool {
	x, y := []rune(a), []rune(b)
	short := min(len(x), len(y))
	if short < 4 {
		return false
	}
	common := 0
	for common < short && x[common] == y[common] {
		common++
	}
	return common >= max(3, short-2)
}

func notLetter(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }

// holdsWords reports whether n holds the words w whole.
func holdsWords(n, w string) bool {
	return strings.HasPrefix(n, w+" ") || strings.HasSuffix(n, " "+w) || strings.Contains(n, " "+w+" ")
}

// fold is s in lower case with runs of spaces one space.
func fold(s string) string { return strings.ToLower(strings.Join(strings.Fields(s), " ")) }
