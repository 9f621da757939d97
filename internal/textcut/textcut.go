// Package textcut cuts text shown to a reader (an article's title, a
// quoted sentence) to a length without breaking a word's letters apart.
package textcut

import (
	"strings"
	"unicode"
)

// Clip is s cut to at most n characters, "…" included, where it was cut.
// It cuts after a word when one ends in the last third of what is kept,
// and never inside a cluster of letters: not before a combining mark (a
// Devanagari vowel sign, an accent) nor after a virama, which joins the
// letters on either side into one.
func Clip(s string, n int) string {
	r := []rune(s)
	if len(r) <= n || n < 2 {
		return s
	}
	cut := n - 1
	for i := cut; i > cut*2/3; i-- {
		if unicode.IsSpace(r[i]) {
			return strings.TrimRightFunc(string(r[:i]), unicode.IsSpace) + "…"
		}
	}
	for cut > 1 && (unicode.Is(unicode.M, r[cut]) || isVirama(r[cut-1]) || r[cut] == '\u200d' || r[cut-1] == '\u200d') {
		cut--
	}
	return strings.TrimRightFunc(string(r[:cut]), unicode.IsSpace) + "…"
}

// isVirama reports whether r is a virama (halant) of an Indic script: the
// sign that joins the consonant before it to the one after.
func isVirama(r rune) bool {
	switch r {
	case '\u094d', '\u09cd', '\u0a4d', '\u0acd', '\u0b4d', '\u0bcd', '\u0c4d', '\u0ccd', '\u0d4d':
		return true
	}
	return false
}
