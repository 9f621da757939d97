// Package editdist measures how far one label, step or word list is from
// another: the Levenshtein distance, for the "did you mean" of steps, the
// glossaries and the document checks.
package editdist

// Of is the number of elements to insert, delete or replace to make a
// into b.
func Of[T comparable](a, b []T) int {
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}

// Runes is the distance of two strings in letters (runes), not bytes.
func Runes(a, b string) int { return Of([]rune(a), []rune(b)) }
