package redact_test

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	gherkin "github.com/cucumber/gherkin/go/v26"
	messages "github.com/cucumber/messages/go/v21"

	"github.com/unbind/unbind/reports"
	"github.com/unbind/unbind/reports/console"
	"github.com/unbind/unbind/reports/record"
	"github.com/unbind/unbind/reports/redact"
)

// payFeature types card numbers and a CVV everywhere a feature file can:
// a comment, the names and descriptions, a background, a rule, step text,
// a data table, a doc string and an outline's examples.
const payFeature = `# the test card 4111 1111 1111 1111
Feature: Pay with 4111 1111 1111 1111
  The card 5555 5555 5555 4444, CVV: 862, pays.

  Background:
    Given I note "card 4111-1111-1111-1111"

  Rule: Cards like 4111111111111111
    Scenario Outline: Pay with <number>
      When I fill "Card number" with "<number>"
      And I fill "CVV/CVC" with "<cvv>"
      And I fill in:
        | field       | value               |
        | Card number | 5555 5555 5555 4444 |
        | CVV         | 862                 |
      And I note:
        """
        paid with 4111 1111 1111 1111, CVV: 862
        """
      Then the field "CVV/CVC" contains "<cvv>"

      Examples:
        | number              | cvv |
        | 4111 1111 1111 1111 | 862 |
`

// leaks finds what must not be left: the full numbers of the feature, and
// its CVV as a number of its own (not a part of a time, "0.862s").
var leaks = regexp.MustCompile(`4111[ -]?1111[ -]?1111[ -]?1111|5555[ -]?5555[ -]?5555[ -]?4444|(^|[^0-9.,])862([^0-9]|$)`)

// payRun is the record of a run of payFeature whose last step failed,
// with evidence: a console text and a note kept as files, a page's DOM.
func payRun(t *testing.T, evidence string) (*record.Run, *messages.GherkinDocument, []*messages.Pickle) {
	t.Helper()
	ids := &messages.Incrementing{}
	doc, err := gherkin.ParseGherkinDocument(strings.NewReader(payFeature), ids.NewId)
	if err != nil {
		t.Fatal(err)
	}
	doc.Uri = "pay.feature"
	pickles := gherkin.Pickles(*doc, "pay.feature", ids.NewId)
	raw := record.Raw{Suite: "unbind", Features: []record.RawFeature{{URI: "pay.feature", Document: doc, Source: []byte(payFeature)}}, Pickles: map[string]*record.RawPickle{}}
	at := time.Date(2026, 6, 1, 9, 30, 0, 0, time.UTC)
	raw.Started, raw.Finished = at, at.Add(time.Minute)
	for _, p := range pickles {
		pr := record.NewRawPickle(p, at)
		pr.Last = at.Add(time.Second)
		for i, st := range p.Steps {
			rs := pr.Steps[st.Id]
			rs.Status, rs.Started, rs.Duration = record.StatusPassed, at, 100*time.Millisecond
			rs.Match = &record.Match{Pattern: `^I fill "([^"]*)" with "([^"]*)"$`, File: "steps/form.go", Line: 10}
			if i < len(p.Steps)-1 {
				continue
			}
			rs.Status = record.StatusFailed
			rs.Error = "the field \"CVV/CVC\" holds \"\", not \"862\"\nit was typed as 862 into a field that forgot it; the card 4111 1111 1111 1111 stayed"
			rs.Attachments = []record.Attachment{
				keep(t, evidence, "step-06-failed-console.txt", "text/plain", record.Console, "POST /pay?number=4111111111111111 failed\ncvv 862 refused\n"),
				keep(t, evidence, "note.txt", "text/plain; charset=utf-8", record.Custom, "the buyer typed 862 and 5555-5555-5555-4444\n"),
				keep(t, evidence, "step-06-failed.html", "text/html", record.Page, `<p>4111 1111 1111 1111</p>`),
			}
		}
		raw.Pickles[p.Id] = pr
	}
	return raw.Run(), doc, pickles
}

// keep writes evidence into dir, as the harness does, and attaches it.
func keep(t *testing.T, dir, name, mediaType string, kind record.EvidenceKind, body string) record.Attachment {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
		t.Fatal(err)
	}
	return record.Attachment{Name: name, MediaType: mediaType, Kind: kind, Body: []byte(body), Path: p}
}

// Every report of a masked record, and the console's summary of it, shows
// no card number and no CVV, and says which card by its last four digits;
// the Gherkin document and pickles godog holds are left as they were, and
// so is the DOM of a page (which the sites' pages never show a full card
// number in: sim/hygiene_test.go).
func TestRunLeavesNoCardNumberInAnyReport(t *testing.T) {
	evidence := t.TempDir()
	r, doc, pickles := payRun(t, evidence)
	before := jsonOf(t, doc, pickles)

	redact.Run(r)
	redact.Run(r) // again: nothing more changes
	if after := jsonOf(t, doc, pickles); after != before {
		t.Error("Run changed the Gherkin document or the pickles godog holds, not copies of them")
	}

	out := t.TempDir()
	if err := reports.WriteAll(out, r, reports.WriteAllOptions{}); err != nil {
		t.Fatal(err)
	}
	var summary bytes.Buffer
	c := console.New(&summary, console.Options{Style: console.List, Verbose: true})
	for _, sc := range r.Features[0].Scenarios {
		c.Scenario(sc)
	}
	console.Summary(&summary, r, console.SummaryOptions{Dir: out})
	if err := os.WriteFile(filepath.Join(out, "console.txt"), summary.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}

	files := map[string]string{}
	for _, dir := range []string{out, evidence} {
		filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
			if err == nil && !d.IsDir() {
				b, _ := os.ReadFile(p)
				files[p] = string(b)
			}
			return nil
		})
	}
	dom := filepath.Join(evidence, "step-06-failed.html")
	if files[dom] != `<p>4111 1111 1111 1111</p>` {
		t.Errorf("the DOM snapshot was rewritten: %q", files[dom])
	}
	delete(files, dom)
	for _, name := range []string{reports.HTMLFile, reports.JUnitFile, reports.SurefireFile, reports.CucumberJSONFile, reports.MessagesFile, "console.txt"} {
		if !strings.Contains(files[filepath.Join(out, name)], "•••• 1111") {
			t.Errorf("%s does not name the card by its last four digits (•••• 1111)", name)
		}
	}
	for p, text := range files {
		switch {
		case strings.HasSuffix(p, reports.MessagesFile):
			text = withoutDOM(t, text)
		case strings.HasSuffix(p, reports.HTMLFile):
			if !strings.Contains(text, domShown) {
				t.Errorf("%s does not show the DOM snapshot as it was", p)
			}
			text = strings.ReplaceAll(text, domShown, "")
		}
		for _, line := range strings.Split(text, "\n") {
			if m := leaks.FindString(line); m != "" {
				t.Errorf("%s shows %q: %.300s", p, m, line)
			}
		}
	}
	for _, name := range []string{"step-06-failed-console.txt", "note.txt"} {
		if got := files[filepath.Join(evidence, name)]; !strings.Contains(got, "•••") {
			t.Errorf("the evidence file %s is not masked: %q", name, got)
		}
	}
}

// domShown is the DOM snapshot as report.html shows it, as it was taken.
const domShown = `<pre class="dom">&lt;p&gt;4111 1111 1111 1111&lt;/p&gt;</pre>`

// withoutDOM is a message stream without the DOM attachments, which are
// left as they were (base64 in the stream).
func withoutDOM(t *testing.T, ndjson string) string {
	var keep []string
	for _, line := range strings.Split(ndjson, "\n") {
		var e messages.Envelope
		if json.Unmarshal([]byte(line), &e) == nil && e.Attachment != nil && e.Attachment.MediaType == "text/html" {
			continue
		}
		keep = append(keep, line)
	}
	return strings.Join(keep, "\n")
}

// A text evidence file linked from another run's folder, as unbind merge
// links the shards' evidence, is replaced in the new folder, not written
// into: the shard's own file keeps its bytes.
func TestEvidenceReplacesLinkedFiles(t *testing.T) {
	shard, merged := t.TempDir(), t.TempDir()
	a := keep(t, shard, "console.txt", "text/plain", record.Console, "number 4111111111111111\n")
	linked := filepath.Join(merged, "console.txt")
	if err := os.Link(a.Path, linked); err != nil {
		t.Skip("no hard links here:", err)
	}
	a.Path, a.Body = linked, nil
	r := &record.Run{Features: []*record.Feature{{Scenarios: []*record.Scenario{{Steps: []*record.Step{{Attachments: []record.Attachment{a}}}}}}}}
	redact.Run(r)
	if got, _ := os.ReadFile(linked); string(got) != "number •••• 1111\n" {
		t.Errorf("the merged folder's file holds %q", got)
	}
	if got, _ := os.ReadFile(filepath.Join(shard, "console.txt")); string(got) != "number 4111111111111111\n" {
		t.Errorf("the shard's own file was written into: %q", got)
	}
}

func jsonOf(t *testing.T, v ...any) string {
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}
