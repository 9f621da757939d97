package suite

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// A feature file Gherkin cannot read is refused with what to change, at
// its file, line and column, not with the parser's token names: a
// language's keywords without its "# language:" line, a language Gherkin
// has none of, English keywords under another language's line, a step
// keyword misspelt, and a scenario whose only "step" is misspelt (Gherkin
// reads it as the scenario's description, so it would have no steps).
func TestMalformedFeatureSaysWhatToChange(t *testing.T) {
	for _, tt := range []struct {
		name, src string
		want      []string
	}{
		{"no language line", "Fitur: coba\n  Skenario: satu\n    Ketika saya membuka “https://intl.alipay.com/”\n",
			[]string{"f.feature:1:1: ", `"Fitur"`, "Indonesian", "# language: id"}},
		{"swahili", "# language: sw\nFeature: x\n  Scenario: y\n    * Ninafungua \"https://intl.alipay.com/\"\n",
			[]string{"f.feature:1:1: ", `"sw"`, "English keywords", "unbind steps --lang sw"}},
		{"unknown language", "# language: indonesian\nFitur: x\n",
			[]string{"f.feature:1:1: ", `"indonesian"`, "# language: id"}},
		{"english under id", "# language: id\nFeature: x\n  Scenario: y\n    * saya membuka “https://intl.alipay.com/”\n",
			[]string{"f.feature:2:1: ", `"Feature"`, "# language: id", "Fitur"}},
		{"misspelt step keyword", "Feature: x\n  Scenario: y\n    Given I open \"https://intl.alipay.com/\"\n    Whne I click \"Remove card\"\n",
			[]string{"f.feature:4:5: ", `"Whne"`, "did you mean When"}},
		{"misspelt only step", "Feature: x\n  Scenario: y\n    Whne I open \"https://intl.alipay.com/\"\n",
			[]string{"f.feature:3:5: ", `"Whne"`, "did you mean When", `Scenario "y"`, "no steps"}},
		{"russian misspelt keyword", "# language: ru\nФункция: x\n  Сценарий: y\n    Когда я открываю «https://intl.alipay.com/»\n    Тогад я вижу «Карты»\n",
			[]string{"f.feature:5:5: ", `"Тогад"`, "did you mean Тогда"}},
		{"a feature keyword cut short", "# language: hi\nरूप: लेख 000\n  परिदृश्य: एक\n    जब \"https://intl.alipay.com/\" खोलें\n",
			[]string{"f.feature:2:1: ", `"रूप: लेख 000"`, "रूप लेख:", "did you mean"}},
		{"no feature line at all", "Scenario: y\n  When I open \"https://intl.alipay.com/\"\n",
			[]string{"f.feature:1:1: ", "begins with its Feature line", "Feature:"}},
		{"two features in a file", "Feature: a\n\n  Some words.\n\n  Feature: b\n  Scenario: y\n    When I open \"https://intl.alipay.com/\"\n",
			[]string{"f.feature:5: ", "a second Feature: line", `"a", at line 1`}},
		{"a keyword in other letter case", "# language: id\nFitur: x\n  Skenario Konsep: y <a>\n    Ketika saya membuka “<a>”\n\n    Contoh:\n      | a |\n      | https://intl.alipay.com/ |\n",
			[]string{"f.feature:3:3: ", `"Skenario Konsep:"`, "write Skenario konsep:"}},
		{"a byte that is not UTF-8", "Feature: a\n  Scenario: \xff y\n    When I open \"https://intl.alipay.com/\"\n",
			[]string{"f.feature:2:13: ", "not UTF-8"}},
	} {
		dir := t.TempDir()
		f := filepath.Join(dir, "f.feature")
		if err := os.WriteFile(f, []byte(tt.src), 0o644); err != nil {
			t.Fatal(err)
		}
		_, err := NewPlan(Options{Paths: []string{f}})
		if err == nil {
			t.Errorf("%s: planned, want an error", tt.name)
			continue
		}
		msg := strings.ReplaceAll(err.Error(), dir+string(filepath.Separator), "")
		for _, w := range tt.want {
			if !strings.Contains(msg, w) {
				t.Errorf("%s: the error does not say %q:\n%s", tt.name, w, msg)
			}
		}
		if strings.HasPrefix(tt.name, "a feature keyword") || strings.HasPrefix(tt.name, "no feature line") {
			if n := strings.Count(msg, "f.feature:"); n != 1 {
				t.Errorf("%s: %d errors, want the one that explains the rest:\n%s", tt.name, n, msg)
			}
		}
		if strings.Contains(msg, "#") && strings.Contains(msg, "#EOF") || strings.Contains(msg, "#StepLine") {
			t.Errorf("%s: the error speaks of the parser's tokens:\n%s", tt.name, msg)
		}
	}
}

// TestMalformedFeatureWordsItsPlace: an error at the end of the file is
// at its last line, with no column 0 (Gherkin's columns count from 1),
// and a header keyword without its colon takes the article English gives
// it (an Examples line).
func TestMalformedFeatureWordsItsPlace(t *testing.T) {
	for _, tt := range []struct {
		name, src string
		want      string
	}{
		{"an unclosed doc string", "Feature: x\n  Scenario: y\n    Then I should see:\n      \"\"\"\n      hello\n",
			`f.feature:6: the file ends where Gherkin expects a doc string's """`},
		{"examples without a colon", "Feature: x\n  Scenario Outline: y\n    Given a buyer with a bound <brand> card ending in 4242\n\n    Examples\n      | brand |\n      | Visa  |\n",
			`f.feature:5:5: "Examples": an Examples line needs a colon after its keyword (Examples:)`},
	} {
		dir := t.TempDir()
		f := filepath.Join(dir, "f.feature")
		if err := os.WriteFile(f, []byte(tt.src), 0o644); err != nil {
			t.Fatal(err)
		}
		_, err := NewPlan(Options{Paths: []string{f}})
		if err == nil {
			t.Errorf("%s: planned, want an error", tt.name)
			continue
		}
		if msg := strings.ReplaceAll(err.Error(), dir+string(filepath.Separator), ""); !strings.Contains(msg, tt.want) {
			t.Errorf("%s: the error does not say %q:\n%s", tt.name, tt.want, msg)
		}
	}
}
