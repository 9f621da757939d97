package browser

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/unbind/unbind/internal/editdist"
)

// nearestNames orders names by how few letters must change to make them
// want, letter case and runs of spaces aside; names as near keep the
// page's order.
func nearestNames(want string, names []string) []string {
	w := fold(want)
	out := slices.Clone(names)
	slices.SortStableFunc(out, func(a, b string) int { return editdist.Runes(w, fold(a)) - editdist.Runes(w, fold(b)) })
	return out
}

// meant reports whether name is near enough to want to be what a step
// that wrote want meant: a few letters off, a third of its letters at
// most.
func meant(want, name string) bool {
	w, n := fold(want), fold(name)
	d := editdist.Runes(w, n)
	return d > 0 && d <= max(2, utf8.RuneCountInString(w)/3)
}

// fold is s in lower case with runs of spaces one space.
func fold(s string) string { return strings.ToLower(strings.Join(strings.Fields(s), " ")) }
