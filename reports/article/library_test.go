package article

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"
)

// TestPassage: what the report shows of a citation, from the docs folder.
func TestPassage(t *testing.T) {
	docs := filepath.Join("testdata", "docs")
	cases := []struct {
		why  string
		dir  string
		c    Citation
		want Passage
	}{
		{"the cited lines, numbered, in the article's language found from its text", docs,
			Citation{Key: "003", File: "003_ru_sample.txt", Lines: []LineRange{{3, 4}, {7, 7}}},
			Passage{Key: "003", File: "003_ru_sample.txt", Lines: "lines 3-4 and 7", Language: "ru", LanguageName: "Russian",
				Title: "Как отвязать карту от AliExpress",
				Blocks: [][]Line{
					{{3, "Войдите в свой аккаунт и наведите курсор на «Мой AliExpress»."}, {4, "В выпадающем меню выберите «Мой Alipay»."}},
					{{7, "Напротив карты нажмите «Удалить карту» и подтвердите удаление."}},
				}}},
		{"a tag alone finds the file by its key; no lines, no text", docs,
			Citation{Key: "001"},
			Passage{Key: "001", File: "001_sw_sample.txt", Language: "sw", LanguageName: "Swahili", Title: "Jinsi ya kuondoa kadi kutoka kwa Alipay"}},
		{"the language the citation names wins over the one found", docs,
			Citation{Key: "002", File: "002_id_sample.txt", Lines: []LineRange{{1, 1}}, Language: "ms"},
			Passage{Key: "002", File: "002_id_sample.txt", Lines: "line 1", Language: "ms", LanguageName: "Malay",
				Title: "Cara menghapus kartu dari Aliexpress", Blocks: [][]Line{{{1, "Cara menghapus kartu dari Aliexpress"}}}}},
		{"a range running past the end is cut; one wholly past it is noted", docs,
			Citation{Key: "001", File: "001_sw_sample.txt", Lines: []LineRange{{3, 5}, {40, 40}}},
			Passage{Key: "001", File: "001_sw_sample.txt", Lines: "lines 3-5 and 40", Language: "sw", LanguageName: "Swahili",
				Title:  "Jinsi ya kuondoa kadi kutoka kwa Alipay",
				Blocks: [][]Line{{{3, `Kisha bofya "Ondoa kadi" na uthibitishe.`}}},
				Note:   "001_sw_sample.txt ends at line 3: nothing to show for line 40"}},
		{"an article the folder does not hold is noted", docs,
			Citation{Key: "009", File: "009_gone.txt", Lines: []LineRange{{1, 1}}},
			Passage{Key: "009", File: "009_gone.txt", Lines: "line 1", Note: "no article 009_gone.txt in testdata/docs"}},
		{"a tag whose article is not there is named by its key", docs,
			Citation{Key: "007"},
			Passage{Key: "007", File: "article 007", Note: "no article 007 in testdata/docs"}},
		{"no docs folder: where the passage is, and why its text is not shown", "",
			Citation{Key: "003", File: "003_ru_sample.txt", Lines: []LineRange{{3, 3}}, Language: "ru"},
			Passage{Key: "003", File: "003_ru_sample.txt", Lines: "line 3", Language: "ru", LanguageName: "Russian",
				Note: "the article's text is not at hand: no docs folder was given"}},
	}
	for _, tc := range cases {
		if got := NewLibrary(tc.dir).Passage(tc.c); !reflect.DeepEqual(got, tc.want) {
			t.Errorf("%s:\n got %+v\nwant %+v", tc.why, got, tc.want)
		}
	}
}

// TestPassageUnreadable: a docs folder that is missing or holds a file
// that is not text gives notes, not errors.
func TestPassageUnreadable(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "005_binary.txt"), []byte{0xff, 0xfe, 0x00}, 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(filepath.Join(dir, "nowhere"), filepath.Join(dir, "006_link.txt")); err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		why, dir, key, want string
	}{
		{"a folder that does not exist", filepath.Join(dir, "missing"), "003", "listing the docs folder: open " + filepath.Join(dir, "missing") + ": no such file or directory"},
		{"a file that is not UTF-8", dir, "005", "reading the article 005_binary.txt: not UTF-8 text"},
		{"only regular files count as articles", dir, "006", "no article 006 in " + dir},
	}
	for _, tc := range cases {
		if got := NewLibrary(tc.dir).Passage(Citation{Key: tc.key, Lines: []LineRange{{1, 1}}}); got.Note != tc.want || got.Blocks != nil {
			t.Errorf("%s: note %q, blocks %v; want note %q and no text", tc.why, got.Note, got.Blocks, tc.want)
		}
	}
}

// A long first line is the title cut after a word: a Hindi title never
// ends on a consonant whose vowel sign was cut off.
func TestALongTitleIsCutAfterAWord(t *testing.T) {
	line := "→ " + strings.Repeat("कार्ड हटाने के बारे में ", 8)
	title := articleTitle([]string{line, "second line"})
	if utf8.RuneCountInString(title) > 100 || !strings.HasSuffix(title, "…") {
		t.Fatalf("title %q: want at most 100 characters, ending in …", title)
	}
	kept := strings.TrimSuffix(title, "…")
	if !strings.HasPrefix(line[len("→ "):], kept+" ") {
		t.Errorf("title %q is not cut after a word of %q", title, line)
	}
}
