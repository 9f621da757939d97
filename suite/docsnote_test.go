package suite

import (
	"strings"
	"testing"

	"github.com/unbind/unbind/reports/record"
)

// A run without the articles at hand whose failing scenario cites one
// says, once, how to have its failures quote the article; with --docs, or
// when only passing scenarios cite articles, it says nothing of it.
func TestSummarySaysHowToQuoteTheArticles(t *testing.T) {
	run := func(status record.Status) *record.Run {
		sc := &record.Scenario{URI: "a.feature", Line: 3, Name: "Remove the card",
			Steps: []*record.Step{{Keyword: "When ", Text: `I click "Hapus kartu"`, Line: 4, Status: status}}}
		return &record.Run{Name: "unbind", Features: []*record.Feature{{
			URI: "a.feature", Name: "Cards", Description: "Source: 002_sample.txt lines 3-5",
			Scenarios: []*record.Scenario{sc},
		}}}
	}
	const note = "with --docs DIR (the folder of the article files) each failure quotes the sentence"
	for _, tt := range []struct {
		name   string
		status record.Status
		docs   string
		want   bool
	}{
		{"failed, no docs", record.StatusFailed, "", true},
		{"failed, docs", record.StatusFailed, "testdata", false},
		{"passed, no docs", record.StatusPassed, "", false},
	} {
		var b strings.Builder
		PrintSummary(&b, run(tt.status), "out", "unbind run", tt.docs)
		if got := strings.Count(b.String(), note); got != map[bool]int{true: 1, false: 0}[tt.want] {
			t.Errorf("%s: the note is there %d times:\n%s", tt.name, got, b.String())
		}
	}
}
