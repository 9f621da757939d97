package browser

import (
	"slices"
	"strings"
	"unicode/utf8"
)

// nearestNames orders names by how few letters must change to make them
// want, letter case and runs of spaces aside; names as near keep the
// page's order.
func nearestNames(want string, names []string) []string {
	w := fold(want)
	out := slices.Clone(names)
	slices.SortStableFunc(out, func(a, b string) int { return editDistance(w, fold(a)) - editDistance(w, fold(b)) })
	return out
}

// meant reports whether name is near enough to want to be what a step
// that wrote want meant: a few letters off, a third of its letters at
// most.
func meant(want, name string) bool {
	w, n := fold(want), fold(name)
	d := editDistance(w, n)
	return d > 0 && d <= max(2, utf8.RuneCountInString(w)/3)
}

// fold is s in lower case with runs of spaces one space.
func fold(s string) string { return strings.ToLower(strings.Join(strings.Fields(s), " ")) }

// editDistance is the number of letters to insert, delete or replace to
// make a into b.
func editDistance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(rb)]
}
