package write_test

import (
	"bytes"
	"strings"
	"testing"

	"github.com/unbind/unbind/reports/internal/fake"
	"github.com/unbind/unbind/reports/record"
	"github.com/unbind/unbind/reports/write"
)

// A feature's Rules (an article's "Method 1", "Method 2") stay in the
// record, through the Cucumber Messages and back, and show in JUnit (the
// classname) and in the HTML report.
func TestRulesReachTheReports(t *testing.T) {
	r := fake.Run(t, fake.Options{Paths: []string{"testdata/rules"}, Concurrency: 1, TimedByHooks: true})
	var ndjson bytes.Buffer
	if err := record.WriteMessages(&ndjson, r, record.MessagesOptions{}); err != nil {
		t.Fatal(err)
	}
	back, err := record.ReadMessages(&ndjson)
	if err != nil {
		t.Fatal(err)
	}
	for what, run := range map[string]*record.Run{"collected": r, "read back": back} {
		var rules []string
		for _, sc := range run.Features[0].Scenarios {
			name := "-"
			if sc.Rule != nil {
				name = sc.Rule.Keyword + ": " + sc.Rule.Name
			}
			rules = append(rules, name)
		}
		if got, want := strings.Join(rules, ", "), "-, Rule: Method 1, Rule: Method 2"; got != want {
			t.Errorf("%s: rules %s, want %s", what, got, want)
		}
	}
	var junit, html bytes.Buffer
	if err := write.JUnit(&junit, r, write.JUnitOptions{}); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{`classname="Two ways to the card list › Method 1"`, `classname="Two ways to the card list › Method 2"`, `classname="Two ways to the card list" time`} {
		if !strings.Contains(junit.String(), want) {
			t.Errorf("junit.xml has no %s:\n%s", want, junit.String())
		}
	}
	if err := write.HTML(&html, r, write.HTMLOptions{}); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(html.String(), "Rule: Method 1 ›") {
		t.Errorf("report.html does not name the Rule")
	}
}
