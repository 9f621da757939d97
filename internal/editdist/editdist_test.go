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

func TestWeighted(t *testing.T) {
	half := func(x, y string) int {
		if x == y {
			return 0
		}
		if x[0] == y[0] {
			return 1
		}
		return 2
	}
	for _, c := range []struct {
		a, b []string
		want int
	}{
		{[]string{"i", "click", "x"}, []string{"i", "clicked", "x"}, 1},
		{[]string{"i", "click", "x"}, []string{"i", "open", "x"}, 2},
		{[]string{"i", "x"}, []string{"i", "open", "x"}, 2},
		{nil, []string{"a", "b"}, 4},
	} {
		if got := Weighted(c.a, c.b, 2, half); got != c.want {
			t.Errorf("Weighted(%q, %q) = %d, want %d", c.a, c.b, got, c.want)
		}
	}
}
