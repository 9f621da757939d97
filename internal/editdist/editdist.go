// Package editdist measures how far one label, step or word list is from
// another: the Levenshtein distance, for the "did you mean" of steps, the
// glossaries and the document checks.
package editdist

// Of is the number of elements to insert, delete or replace to make a
// into b.
func Of[T comparable](a, b []T) int {
	return Weighted(a, b, 1, func(x, y T) int {
		if x == y {
			return 0
		}
		return 1
	})
}

// Weighted is the cost of making a into b where inserting or deleting an
// element costs add and replacing x by y costs change(x, y) (0 for the
// same element).
func Weighted[T any](a, b []T, add int, change func(x, y T) int) int {
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = add * j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = add * i
		for j := 1; j <= len(b); j++ {
			cur[j] = min(prev[j]+add, cur[j-1]+add, prev[j-1]+change(a[i-1], b[j-1]))
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}

// Runes is the distance of two strings in letters (runes), not bytes.
func Runes(a, b string) int { return Of([]rune(a), []rune(b)) }
