package doccheck

import (
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/unbind/unbind/reports/record"
)

// A made-up article and a feature that covers part of it: what the
// feature cites (lines 2-3) and what its steps use (Edit cards as
// written, Delete card through a glossary, the article's address with a
// query) is covered; the rest is listed, and the share is exact.
func TestCoverageMadeUpPair(t *testing.T) {
	r, err := CoverArticles(CoverageOptions{Paths: []string{"testdata/coverage/906_sample.txt"}, Features: []string{"testdata/coverage/sample.feature"}})
	if err != nil {
		t.Fatal(err)
	}
	a := r.Articles[0]
	if a.Total != 11 || a.Covered != 9 || a.Percent != 81.8 {
		t.Errorf("covered %d of %d (%.1f%%), want 9 of 11 (81.8%%): %+v", a.Covered, a.Total, a.Percent, a.Items)
	}
	var uncovered []string
	for _, it := range a.Items {
		if !it.Covered() {
			uncovered = append(uncovered, string(it.Kind)+" "+it.Text)
		}
	}
	want := []string{`sentence Press "Remove card" by the card you want gone.`, "label Remove card"}
	if !reflect.DeepEqual(uncovered, want) {
		t.Errorf("uncovered %q, want %q", uncovered, want)
	}
	for _, it := range a.Items {
		switch {
		case it.Kind == Label && it.Text == "My Alipay" && !reflect.DeepEqual(it.CitedBy, []string{"testdata/coverage/sample.feature:4"}):
			t.Errorf("My Alipay is cited by %v, want the first scenario (the feature's lines)", it.CitedBy)
		case it.Kind == Label && it.Text == "Delete card" && !reflect.DeepEqual(it.ExercisedBy, []string{"testdata/coverage/sample.feature:13"}):
			t.Errorf("Delete card is exercised by %v, want the second scenario (डिलीट कार्ड)", it.ExercisedBy)
		}
	}
	var text strings.Builder
	WriteCoverageText(&text, r)
	for _, line := range []string{
		"906_sample.txt (en): 81.8% covered (9 of 11: 4 of 5 sentences, 4 of 5 labels, 1 of 1 addresses)",
		"  not covered: line 5, label: «Remove card»",
	} {
		if !strings.Contains(text.String(), line) {
			t.Errorf("the text has no line %q:\n%s", line, text.String())
		}
	}
}

// Over the five articles and the project's features: a share for each
// article, and the items no scenario covers listed with their lines.
func TestCoverageTheArticles(t *testing.T) {
	r, err := CoverArticles(CoverageOptions{Paths: []string{seeds}, Features: []string{"../features"}})
	if err != nil {
		t.Fatal(err)
	}
	if len(r.Articles) != 5 {
		t.Fatalf("%d articles, want the five", len(r.Articles))
	}
	var text strings.Builder
	WriteCoverageText(&text, r)
	uncovered := 0
	for _, a := range r.Articles {
		if a.Total == 0 || a.Percent <= 0 || a.Percent > 100 || a.Covered > a.Total {
			t.Errorf("%s: %d of %d covered, %.1f%%", a.File, a.Covered, a.Total, a.Percent)
		}
		if c, n := a.Count(Sentence); n == 0 || c == 0 {
			t.Errorf("%s: %d of %d procedural sentences covered: the features cite every article", a.File, c, n)
		}
		for _, it := range a.Items {
			if !it.Covered() {
				uncovered++
				if !strings.Contains(text.String(), it.Text) {
					t.Errorf("%s line %d: %q is not covered and not listed", a.File, it.Line, it.Text)
				}
			}
		}
		t.Logf("%s: %.1f%%", a.File, a.Percent)
	}
	if uncovered == 0 {
		t.Error("every item of every article is covered: the feature files' citations are read too generously")
	}
	// The store's name an article quotes in a heading is no label a
	// scenario could cover.
	for _, a := range r.Articles {
		for _, it := range a.Items {
			if it.Kind == Label && strings.EqualFold(it.Text, "aliexpress") {
				t.Errorf("%s line %d: the store's name «%s» is counted as a label to cover", a.File, it.Line, it.Text)
			}
		}
	}
}

// A line is cut into sentences after . ! ? and ।, its bullet or number
// left off, whatever the script.
func TestSentences(t *testing.T) {
	got := sentences("  • При оплате нажмите «ОК». Затем всё! 3.5 раза")
	want := []string{"При оплате нажмите «ОК».", "Затем всё!", "3.5 раза"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("sentences = %q, want %q", got, want)
	}
	if got := sentences("2) पहले खोलें। फिर क्लिक करें"); !reflect.DeepEqual(got, []string{"पहले खोलें।", "फिर क्लिक करें"}) {
		t.Errorf("sentences = %q", got)
	}
}

// An item that only scenarios that did not pass cover is listed as such,
// with them, and counted in the article's summary: covered, but not shown
// to work. One a passing scenario covers too is not listed.
func TestCoverageSectionNamesWhatOnlyFailingScenariosCover(t *testing.T) {
	rep := CoverageReport{
		Articles: []ArticleCoverage{{File: "009_sample.txt", Key: "009", Language: "en", Total: 3, Covered: 3, Percent: 100, Items: []Item{
			{Kind: Sentence, Line: 2, Text: "Press Next.", CitedBy: []string{"a.feature:3"}, ExercisedBy: []string{"a.feature:3"}},
			{Kind: Label, Line: 2, Text: "Next", CitedBy: []string{"a.feature:3", "a.feature:9"}},
			{Kind: Sentence, Line: 4, Text: "Press Done.", ExercisedBy: []string{"a.feature:9"}},
		}}},
		Failing: []string{"a.feature:3"},
	}
	sec := rep.Section()
	if len(sec.Articles) != 1 {
		t.Fatalf("%d articles in the section, want 1", len(sec.Articles))
	}
	a := sec.Articles[0]
	if len(a.Items) != 1 || a.Items[0].Class != "covered-failing" || a.Items[0].Line != 2 || strings.Count(a.Items[0].Note, "a.feature:3") != 1 {
		t.Errorf("items %+v, want line 2's sentence alone, covered only by a.feature:3", a.Items)
	}
	if !strings.Contains(a.Summary, "1 of them only by scenarios that did not pass") || a.Status != "failed" {
		t.Errorf("summary %q, status %s", a.Summary, a.Status)
	}
}

// A label a step that passed uses is shown to work, though its scenario
// failed at a later step: it is not among what only failing scenarios
// cover. A label only the failing step uses still is.
func TestCoverageOfAStepThatPassedInAScenarioThatFailed(t *testing.T) {
	run := &record.Run{Features: []*record.Feature{{URI: "a.feature", Scenarios: []*record.Scenario{{
		URI: "a.feature", Line: 2, Name: "edit, then a label the page lacks",
		Steps: []*record.Step{
			{Keyword: "When ", Text: `I click "Edit cards"`, Line: 3, Status: record.StatusPassed},
			{Keyword: "And ", Text: `I click "Delete"`, Line: 4, Status: record.StatusFailed},
		},
	}}}}}
	rep, err := CoverRun(run, filepath.Join("testdata", "articles"))
	if err != nil {
		t.Fatal(err)
	}
	found := map[string]bool{}
	for _, a := range rep.Articles {
		for _, it := range a.Items {
			if it.Kind != Label {
				continue
			}
			switch it.Text {
			case "Edit cards":
				found[it.Text] = true
				if it.OnlyFailing(rep.Failing) || len(it.ShownBy) == 0 {
					t.Errorf("%q, used by a step that passed: only failing %v, shown by %v", it.Text, it.OnlyFailing(rep.Failing), it.ShownBy)
				}
			case "Delete":
				found[it.Text] = true
				if !it.OnlyFailing(rep.Failing) {
					t.Errorf("%q, used only by the step that failed, is not said to be covered only by a failing scenario", it.Text)
				}
			}
		}
	}
	if !found["Edit cards"] || !found["Delete"] {
		t.Fatalf("the article's labels are not in the coverage: %+v", found)
	}
}
