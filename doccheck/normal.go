package doccheck

import (
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// Normal is how labels are compared: Unicode compatibility forms made one
// (NFKC), case folded, the accents of Latin, Cyrillic and Greek letters
// dropped (é is e, ё is е, й is и), the article's typographic quotes and
// dashes made plain, runs of spaces made one and the ends trimmed of
// spaces and of a closing colon. The marks of other scripts (a Devanagari
// vowel sign) are letters of their words and stay.
func Normal(s string) string {
	var b strings.Builder
	var base rune
	for _, r := range norm.NFD.String(norm.NFKC.String(s)) {
		if unicode.Is(unicode.Mn, r) && accented(base) {
			continue
		}
		base = r
		b.WriteRune(plain(unicode.ToLower(r)))
	}
	out := strings.Join(strings.Fields(norm.NFC.String(b.String())), " ")
	return strings.TrimSpace(strings.TrimSuffix(out, ":"))
}

func accented(r rune) bool {
	return unicode.In(r, unicode.Latin, unicode.Cyrillic, unicode.Greek)
}

// plain turns typographic quotes and dashes into the plain ones.
func plain(r rune) rune {
	switch r {
	case '‘', '’', '‛', '′':
		return '\''
	case '“', '”', '„', '«', '»':
		return '"'
	case '‐', '‑', '‒', '–', '—':
		return '-'
	}
	return r
}

// ellipsis reports whether s ends or starts with "…" or "...", and what is
// left without it: an article cuts a long label short so.
func ellipsis(s string) (rest string, cut bool) {
	t := strings.TrimSpace(s)
	for _, e := range []string{"…", "..."} {
		t = strings.TrimSpace(strings.TrimSuffix(strings.TrimPrefix(t, e), e))
	}
	return t, t != strings.TrimSpace(s) && t != ""
}

// near is how far a label may be from another to be named as its nearest:
// a third of its letters, at least two.
func near(label string) int { return max(2, len([]rune(label))/3) }
