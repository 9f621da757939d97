package article

import (
	"reflect"
	"testing"
)

// TestParseCitations: the ways the features cite their articles.
func TestParseCitations(t *testing.T) {
	cases := []struct {
		why, text string
		want      []Citation
	}{
		{"one line, the language in parentheses",
			"Sources: 000_abb3b5b6ec466300.txt line 12 (Hindi),",
			[]Citation{{Key: "000", File: "000_abb3b5b6ec466300.txt", Lines: []LineRange{{12, 12}}, Language: "hi"}}},
		{"a line and a range joined by and, the language with more words",
			"003_225e3ac7510057b2.txt lines 27 and 96-102 (Russian original, both addresses).",
			[]Citation{{Key: "003", File: "003_225e3ac7510057b2.txt", Lines: []LineRange{{27, 27}, {96, 102}}, Language: "ru"}}},
		{"several articles over several lines of a description",
			"Sources: 001_e419e31055833929.txt lines 5-7 and 29 (Swahili),\n002_1755790eeb5af2fa.txt line 124 (Indonesian: \"Card Information\"),",
			[]Citation{
				{Key: "001", File: "001_e419e31055833929.txt", Lines: []LineRange{{5, 7}, {29, 29}}, Language: "sw"},
				{Key: "002", File: "002_1755790eeb5af2fa.txt", Lines: []LineRange{{124, 124}}, Language: "id"},
			}},
		{"commas, an en dash and a reversed range; ranges that touch are joined",
			"004_x.txt lines 9–7, 10 and 2", []Citation{{Key: "004", File: "004_x.txt", Lines: []LineRange{{2, 2}, {7, 10}}}}},
		{"the same article cited twice is one citation",
			"003_a.txt line 4 and later 003_a.txt lines 8-9 (Russian)",
			[]Citation{{Key: "003", File: "003_a.txt", Lines: []LineRange{{4, 4}, {8, 9}}, Language: "ru"}}},
		{"a file named with no lines cites the whole article; a parenthesis that names no language names none",
			"see notes.txt (in the wiki)", []Citation{{Key: "notes.txt", File: "notes.txt"}}},
		{"a name that only starts like a text file is no citation", "open readme.txtfile", nil},
		{"a number that starts a file name is not a line",
			"From 003_a.txt line 40 and 009_b.txt line 1.",
			[]Citation{{Key: "003", File: "003_a.txt", Lines: []LineRange{{40, 40}}}, {Key: "009", File: "009_b.txt", Lines: []LineRange{{1, 1}}}}},
		{"no file, no citation", "lines 4-5 of the article", nil},
		{"lines in Russian", "Источник: 003_a.txt строки 27 и 95-100",
			[]Citation{{Key: "003", File: "003_a.txt", Lines: []LineRange{{27, 27}, {95, 100}}}}},
		{"a line in Russian", "Источник: 003_a.txt, строка 23", []Citation{{Key: "003", File: "003_a.txt", Lines: []LineRange{{23, 23}}}}},
		{"lines in Indonesian", "Sumber: 002_a.txt baris 36-41 dan 50", []Citation{{Key: "002", File: "002_a.txt", Lines: []LineRange{{36, 41}, {50, 50}}}}},
		{"lines in Swahili", "Chanzo: 001_a.txt mistari 5 na 29", []Citation{{Key: "001", File: "001_a.txt", Lines: []LineRange{{5, 5}, {29, 29}}}}},
		{"lines in Hindi", "स्रोत: 000_a.txt पंक्ति 10 और 12", []Citation{{Key: "000", File: "000_a.txt", Lines: []LineRange{{10, 10}, {12, 12}}}}},
	}
	for _, tc := range cases {
		if got := ParseCitations(tc.text); !reflect.DeepEqual(got, tc.want) {
			t.Errorf("%s:\n got %+v\nwant %+v", tc.why, got, tc.want)
		}
	}
}

// TestLinesLabel: the lines are said the way the features say them.
func TestLinesLabel(t *testing.T) {
	cases := []struct {
		why   string
		lines []LineRange
		want  string
	}{
		{"no lines, no label", nil, ""},
		{"one line", []LineRange{{12, 12}}, "line 12"},
		{"one range", []LineRange{{96, 102}}, "lines 96-102"},
		{"a list ends with and", []LineRange{{5, 7}, {29, 29}, {31, 33}}, "lines 5-7, 29 and 31-33"},
	}
	for _, tc := range cases {
		if got := (Citation{Lines: tc.lines}).LinesLabel(); got != tc.want {
			t.Errorf("%s: got %q, want %q", tc.why, got, tc.want)
		}
	}
}

// TestSources: which passages a scenario comes from.
func TestSources(t *testing.T) {
	feature := "Sources: 000_a.txt line 12 (Hindi),\n003_b.txt lines 15-25 (Russian)."
	c000 := Citation{Key: "000", File: "000_a.txt", Lines: []LineRange{{12, 12}}, Language: "hi"}
	c003 := Citation{Key: "003", File: "003_b.txt", Lines: []LineRange{{15, 25}}, Language: "ru"}
	cases := []struct {
		why         string
		description string
		tags        []string
		want        []Citation
	}{
		{"no tags and no citation of its own: all the feature cites", "", nil, []Citation{c000, c003}},
		{"an @article tag picks the feature's lines of that article",
			"", []string{"@P2", "@article-003"}, []Citation{c003}},
		{"tags in any order give the articles in key order",
			"", []string{"@article-003", "@article-000"}, []Citation{c000, c003}},
		{"a tag the feature does not cite names the whole article",
			"", []string{"@article-002"}, []Citation{{Key: "002"}}},
		{"the scenario's own citation wins over the feature's lines of the same article",
			"003_b.txt line 55", []string{"@article-003"},
			[]Citation{{Key: "003", File: "003_b.txt", Lines: []LineRange{{55, 55}}}}},
	}
	for _, tc := range cases {
		if got := Sources(feature, tc.description, tc.tags); !reflect.DeepEqual(got, tc.want) {
			t.Errorf("%s:\n got %+v\nwant %+v", tc.why, got, tc.want)
		}
	}
}
