package reports

import (
	"reflect"
	"testing"
)

// TestParseCitations: the ways the features cite their articles.
func TestParseCitations(t *testing.T) {
	cases := []struct {
		why, text string
		want      []citation
	}{
		{"one line, the language in parentheses",
			"Sources: 000_abb3b5b6ec466300.txt line 12 (Hindi),",
			[]citation{{Key: "000", File: "000_abb3b5b6ec466300.txt", Lines: []lineRange{{12, 12}}, Language: "hi"}}},
		{"a line and a range joined by and, the language with more words",
			"003_225e3ac7510057b2.txt lines 27 and 96-102 (Russian original, both addresses).",
			[]citation{{Key: "003", File: "003_225e3ac7510057b2.txt", Lines: []lineRange{{27, 27}, {96, 102}}, Language: "ru"}}},
		{"several articles over several lines of a description",
			"Sources: 001_e419e31055833929.txt lines 5-7 and 29 (Swahili),\n002_1755790eeb5af2fa.txt line 124 (Indonesian: \"Card Information\"),",
			[]citation{
				{Key: "001", File: "001_e419e31055833929.txt", Lines: []lineRange{{5, 7}, {29, 29}}, Language: "sw"},
				{Key: "002", File: "002_1755790eeb5af2fa.txt", Lines: []lineRange{{124, 124}}, Language: "id"},
			}},
		{"commas, an en dash and a reversed range; ranges that touch are joined",
			"004_x.txt lines 9–7, 10 and 2", []citation{{Key: "004", File: "004_x.txt", Lines: []lineRange{{2, 2}, {7, 10}}}}},
		{"the same article cited twice is one citation",
			"003_a.txt line 4 and later 003_a.txt lines 8-9 (Russian)",
			[]citation{{Key: "003", File: "003_a.txt", Lines: []lineRange{{4, 4}, {8, 9}}, Language: "ru"}}},
		{"a file named with no lines cites the whole article; a parenthesis that names no language names none",
			"see notes.txt (in the wiki)", []citation{{Key: "notes.txt", File: "notes.txt"}}},
		{"a name that only starts like a text file is no citation", "open readme.txtfile", nil},
		{"a number that starts a file name is not a line",
			"From 003_a.txt line 40 and 009_b.txt line 1.",
			[]citation{{Key: "003", File: "003_a.txt", Lines: []lineRange{{40, 40}}}, {Key: "009", File: "009_b.txt", Lines: []lineRange{{1, 1}}}}},
		{"no file, no citation", "lines 4-5 of the article", nil},
	}
	for _, tc := range cases {
		if got := parseCitations(tc.text); !reflect.DeepEqual(got, tc.want) {
			t.Errorf("%s:\n got %+v\nwant %+v", tc.why, got, tc.want)
		}
	}
}

// TestLinesLabel: the lines are said the way the features say them.
func TestLinesLabel(t *testing.T) {
	cases := []struct {
		why   string
		lines []lineRange
		want  string
	}{
		{"no lines, no label", nil, ""},
		{"one line", []lineRange{{12, 12}}, "line 12"},
		{"one range", []lineRange{{96, 102}}, "lines 96-102"},
		{"a list ends with and", []lineRange{{5, 7}, {29, 29}, {31, 33}}, "lines 5-7, 29 and 31-33"},
	}
	for _, tc := range cases {
		if got := (citation{Lines: tc.lines}).linesLabel(); got != tc.want {
			t.Errorf("%s: got %q, want %q", tc.why, got, tc.want)
		}
	}
}

// TestScenarioSources: which passages a scenario comes from.
func TestScenarioSources(t *testing.T) {
	f := &Feature{Description: "Sources: 000_a.txt line 12 (Hindi),\n003_b.txt lines 15-25 (Russian)."}
	c000 := citation{Key: "000", File: "000_a.txt", Lines: []lineRange{{12, 12}}, Language: "hi"}
	c003 := citation{Key: "003", File: "003_b.txt", Lines: []lineRange{{15, 25}}, Language: "ru"}
	cases := []struct {
		why  string
		sc   *Scenario
		want []citation
	}{
		{"no tags and no citation of its own: all the feature cites", &Scenario{}, []citation{c000, c003}},
		{"an @article tag picks the feature's lines of that article",
			&Scenario{Tags: []Tag{{Name: "@P2"}, {Name: "@article-003"}}}, []citation{c003}},
		{"tags in any order give the articles in key order",
			&Scenario{Tags: []Tag{{Name: "@article-003"}, {Name: "@article-000"}}}, []citation{c000, c003}},
		{"a tag the feature does not cite names the whole article",
			&Scenario{Tags: []Tag{{Name: "@article-002"}}}, []citation{{Key: "002"}}},
		{"the scenario's own citation wins over the feature's lines of the same article",
			&Scenario{Description: "003_b.txt line 55", Tags: []Tag{{Name: "@article-003"}}},
			[]citation{{Key: "003", File: "003_b.txt", Lines: []lineRange{{55, 55}}}}},
	}
	for _, tc := range cases {
		if got := scenarioSources(f, tc.sc); !reflect.DeepEqual(got, tc.want) {
			t.Errorf("%s:\n got %+v\nwant %+v", tc.why, got, tc.want)
		}
	}
}
