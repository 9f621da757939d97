package article

import (
	"regexp"
	"strings"
	"unicode"
)

// languages are the languages a citation may name, by their English name,
// with their BCP 47 code.
var languages = []struct{ name, code string }{
	{"Arabic", "ar"}, {"Chinese", "zh"}, {"English", "en"}, {"French", "fr"},
	{"German", "de"}, {"Greek", "el"}, {"Hebrew", "he"}, {"Hindi", "hi"},
	{"Indonesian", "id"}, {"Italian", "it"}, {"Japanese", "ja"}, {"Korean", "ko"},
	{"Malay", "ms"}, {"Polish", "pl"}, {"Portuguese", "pt"}, {"Russian", "ru"},
	{"Spanish", "es"}, {"Swahili", "sw"}, {"Thai", "th"}, {"Turkish", "tr"},
	{"Ukrainian", "uk"}, {"Vietnamese", "vi"},
}

// nativeNames are the names the articles' languages have in themselves
// (and their forms a writer puts in a parenthesis), which a citation in
// that language names them by.
var nativeNames = map[string]string{
	"русский": "ru", "русском": "ru", "русская": "ru",
	"kiswahili": "sw", "swahili": "sw",
	"हिंदी": "hi", "हिन्दी": "hi",
	"bahasa": "id", "indonesia": "id",
}

var firstWord = regexp.MustCompile(`^\s*([\p{L}\p{M}]+)`)

// LanguageNamed is the BCP 47 code of the language a text opens with, as
// a citation's parenthesis names it ("Russian original, both addresses"
// gives "ru"), or "". It knows the languages by their English names, and
// the articles' languages by their own ("русский", "Kiswahili", "हिंदी").
func LanguageNamed(paren string) string {
	m := firstWord.FindStringSubmatch(paren)
	if m == nil {
		return ""
	}
	for _, l := range languages {
		if strings.EqualFold(l.name, m[1]) {
			return l.code
		}
	}
	return nativeNames[strings.ToLower(m[1])]
}

// LanguageName is the English name of a language code, or the code itself.
func LanguageName(code string) string {
	for _, l := range languages {
		if l.code == code {
			return l.name
		}
	}
	return code
}

// scripts tell a language by the letters it is written in, where one
// script means one language often enough to be a fair guess; latin says
// the words must tell.
var scripts = []struct {
	table *unicode.RangeTable
	code  string
}{
	{unicode.Latin, latin}, {unicode.Devanagari, "hi"}, {unicode.Cyrillic, "ru"},
	{unicode.Arabic, "ar"}, {unicode.Hebrew, "he"}, {unicode.Thai, "th"},
	{unicode.Hangul, "ko"}, {unicode.Hiragana, "ja"}, {unicode.Katakana, "ja"},
	{unicode.Han, "zh"}, {unicode.Greek, "el"},
}

const latin = "latin"

// commonWords tell apart languages written in Latin letters.
var commonWords = map[string][]string{
	"en": {"the", "and", "to", "of", "is", "you", "your", "in", "for", "with", "on", "card"},
	"id": {"yang", "dan", "di", "untuk", "dengan", "ini", "itu", "dari", "ke", "tidak", "akan", "kartu", "anda"},
	"sw": {"na", "ya", "kwa", "wa", "ni", "za", "katika", "kadi", "hii", "kwenye", "kuwa", "cha"},
}

// DetectLanguage guesses the language of a text, as a BCP 47 code: by the
// script most of its letters are written in, and for Latin letters by its
// most common words (English, Indonesian and Swahili are told apart). Kanji
// with any kana is Japanese. It returns "" when it cannot tell.
func DetectLanguage(text string) string {
	counts := map[string]int{}
	for _, r := range text {
		for _, s := range scripts {
			if unicode.Is(s.table, r) {
				counts[s.code]++
				break
			}
		}
	}
	best := ""
	for _, s := range scripts {
		if counts[s.code] > counts[best] {
			best = s.code
		}
	}
	switch {
	case best == latin:
		return latinLanguage(text)
	case best == "zh" && counts["ja"] > 0:
		return "ja"
	}
	return best
}

// latinLanguage picks the language whose common words the text uses most,
// if it uses at least two of them and more than of any other language.
func latinLanguage(text string) string {
	words := strings.FieldsFunc(strings.ToLower(text), func(r rune) bool { return !unicode.IsLetter(r) })
	scores := map[string]int{}
	for _, w := range words {
		for code, common := range commonWords {
			for _, c := range common {
				if w == c {
					scores[code]++
				}
			}
		}
	}
	best, second := "", 0
	for _, code := range []string{"en", "id", "sw"} {
		switch s := scores[code]; {
		case best == "" || s > scores[best]:
			second = scores[best]
			best = code
		case s > second:
			second = s
		}
	}
	if scores[best] < 2 || scores[best] == second {
		return ""
	}
	return best
}
