package steps

import (
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/cucumber/godog"
)

func TestSlug(t *testing.T) {
	long := strings.Repeat("карта ", 20) // 12 bytes a word with its space
	tests := []struct {
		name, in, want string
		why            string
	}{
		{"latin", "Remove a card", "remove-a-card", "words joined by hyphens, lower case"},
		{"empty", "!!!", "scenario", "a name with no letters still names a folder"},
		{"cyrillic", "Привязка карты", "привязка-карты", "letters of any script are kept"},
		{"devanagari", "कार्ड हटाएँ", "कार्ड-हटाएँ", "vowel signs and viramas are part of the word, not separators"},
		{"cyrillic cut", long, strings.Repeat("карта-", 4) + "карта", "cut at 60 bytes between words, where one ends in the second half"},
		{"cyrillic cut in a long word", "a" + strings.Repeat("ж", 40) + " b", "a" + strings.Repeat("ж", 29), "cut at 60 bytes without splitting a letter (each is 2 bytes)"},
		{"conjunct cut", strings.Repeat("क्ष", 7), strings.Repeat("क्ष", 6), "a cut never parts the consonants a virama joins"},
		{"devanagari cut", "x" + strings.Repeat("कि", 11), "x" + strings.Repeat("कि", 9), "a cut never parts a consonant from its vowel sign"},
		{"a card number", "Pay with 4111 1111 1111 1111", "pay-with-1111", "a card number in a name is masked, its last four kept"},
		{"odd cut", "a" + strings.Repeat("ж", 40), "a" + strings.Repeat("ж", 29), "a 2-byte letter across byte 60 is left out whole"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := slug(tt.in)
			if !utf8.ValidString(got) {
				t.Fatalf("slug(%q) = %q, not valid UTF-8 (%s)", tt.in, got, tt.why)
			}
			if len(got) > maxSlug {
				t.Errorf("slug(%q) is %d bytes, want at most %d", tt.in, len(got), maxSlug)
			}
			if got != tt.want {
				t.Errorf("slug(%q) = %q, want %q (%s)", tt.in, got, tt.want, tt.why)
			}
		})
	}
}

func TestScenarioDirsAreUnique(t *testing.T) {
	var d dirNames
	base := strings.Repeat("Проверка ", 10)
	names := []string{
		base + "первая", base + "вторая", // the same once cut
		"Card", "Card", "Card-2", // an outline's rows, and a name like a row's folder
	}
	seen := map[string]bool{}
	for _, n := range names {
		p := d.scenarioDir("/out", &godog.Scenario{Uri: "features/p01.feature", Name: n})
		if !utf8.ValidString(p) {
			t.Fatalf("folder %q for %q is not valid UTF-8", p, n)
		}
		if seen[p] {
			t.Errorf("folder %q given twice (for %q)", p, n)
		}
		seen[p] = true
		if base := filepath.Base(p); len(base) > maxSlug+8 {
			t.Errorf("folder name %q is %d bytes", base, len(base))
		}
	}
	// Two names alike once cut get the same folders whichever comes first.
	sc := func(n string) *godog.Scenario { return &godog.Scenario{Uri: "features/p01.feature", Name: n} }
	first, second := base+"первая", base+"вторая"
	var ab, ba dirNames
	a1, b1 := ab.scenarioDir("/o", sc(first)), ab.scenarioDir("/o", sc(second))
	b2, a2 := ba.scenarioDir("/o", sc(second)), ba.scenarioDir("/o", sc(first))
	if a1 != a2 || b1 != b2 {
		t.Errorf("folders depend on the order: %q, %q one way, %q, %q the other", a1, b1, a2, b2)
	}
}
