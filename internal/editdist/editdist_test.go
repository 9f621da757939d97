package editdist

import "testing"

func TestRunes(t *testing.T) {
	for _, tc := range []struct {
		a, b string
		want int
	}{
		{"", "", 0},
		{"Remove crad", "Remove card", 2},
		{"Настойки", "Настройки", 1}, // one letter, though two bytes
		{"kitten", "sitting", 3},
		{"", "abc", 3},
	} {
		if got := Runes(tc.a, tc.b); got != tc.want {
			t.Errorf("Runes(%q, %q) = %d, want %d", tc.a, tc.b, got, tc.want)
		}
	}
	if got := Of([]string{"i", "click", "x"}, []string{"i", "press", "x"}); got != 1 {
		t.Errorf("word distance %d, want 1", got)
	}
}
