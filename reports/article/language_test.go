package article

import (
	"os"
	"path/filepath"
	"testing"
)

// TestDetectLanguage: the languages of the articles are told from their
// text, so a passage can carry its lang attribute when no citation names it.
func TestDetectLanguage(t *testing.T) {
	cases := []struct {
		why, text, want string
	}{
		{"Devanagari is Hindi, even with Latin brand names", "Aliexpress से कार्ड कैसे निकालें? ऐसा करने के लिए बटन पर क्लिक करें।", "hi"},
		{"Cyrillic is Russian", "Напротив карты нажмите «Удалить карту» на AliExpress.", "ru"},
		{"Swahili by its common words", `Ingia kwenye akaunti yako na ubofye "Hariri kadi" kwenye ukurasa wa Alipay.`, "sw"},
		{"Indonesian by its common words", `Buka pusat bantuan dan klik tombol "periksa kartu" untuk melihat daftar kartu.`, "id"},
		{"English by its common words", "Open the card list and click Delete next to your card.", "en"},
		{"kanji with kana is Japanese", "カードを削除する", "ja"},
		{"Latin letters with too few known words: unknown", "Alipay AliExpress Visa", ""},
		{"no letters: unknown", "4242 — 12/27", ""},
	}
	for _, tc := range cases {
		if got := DetectLanguage(tc.text); got != tc.want {
			t.Errorf("%s: got %q, want %q", tc.why, got, tc.want)
		}
	}
}

// TestDetectLanguageOfTheSamples: the sample articles of the tests are
// what they claim to be.
func TestDetectLanguageOfTheSamples(t *testing.T) {
	for name, want := range map[string]string{"001_sw_sample.txt": "sw", "002_id_sample.txt": "id", "003_ru_sample.txt": "ru"} {
		b, err := os.ReadFile(filepath.Join("testdata", "docs", name))
		if err != nil {
			t.Fatal(err)
		}
		if got := DetectLanguage(string(b)); got != want {
			t.Errorf("%s: got %q, want %q", name, got, want)
		}
	}
}

// TestLanguageNamed: the language a citation names in parentheses.
func TestLanguageNamed(t *testing.T) {
	cases := []struct {
		why, paren, want string
	}{
		{"a bare name", "Hindi", "hi"},
		{"a name followed by more words", "Russian original, both addresses", "ru"},
		{"a name followed by a colon", `Indonesian: "Card Information"`, "id"},
		{"letter case does not matter", "swahili, method 2", "sw"},
		{"words that are no language", "both addresses", ""},
		{"nothing", "", ""},
		{"Russian in Russian", "русский оригинал", "ru"},
		{"Swahili in Swahili", "Kiswahili", "sw"},
		{"Hindi in Hindi, its vowel signs part of the word", "हिंदी लेख", "hi"},
		{"Indonesian in Indonesian", "Bahasa Indonesia", "id"},
	}
	for _, tc := range cases {
		if got := LanguageNamed(tc.paren); got != tc.want {
			t.Errorf("%s: got %q, want %q", tc.why, got, tc.want)
		}
	}
}
