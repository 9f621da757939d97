package suite

import (
	"bytes"
	"context"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/unbind/unbind/reports"
	"github.com/unbind/unbind/reports/console"
	"github.com/unbind/unbind/reports/record"
	"github.com/unbind/unbind/steps"
	"github.com/unbind/unbind/steps/browser"
)

// cardsFeature types two card numbers and a CVV as an article's procedure
// does: in a fill step, in data tables (a field/value one and one without
// a header), in a step that keeps a text note of them; two checks fail,
// with errors that quote what the fields hold.
const cardsFeature = `Feature: Pay with a new card
  Scenario: The card typed in a step and in a table
    Given a buyer without a wallet account and no bound cards
    And I am signed in to the storefront
    When I open "https://www.aliexpress.com/checkout.htm"
    And I fill "Card number" with "4111 1111 1111 1111"
    And I fill in:
      | field           | value       |
      | CVV/CVC         | 862         |
      | Expiry date     | 12/30       |
      | Cardholder name | IVAN PETROV |
    And I keep the note "typed 4111 1111 1111 1111, CVV 862"
    And I uncheck "Bind card to Alipay"
    And I click "Save & Pay"
    Then I should see "Paid with Visa •••• 1111"

  Scenario: A check of the CVV fails
    Given a buyer without a wallet account and no bound cards
    And I am signed in to the storefront
    When I open "https://www.aliexpress.com/checkout.htm"
    And I fill in:
      | Card number | 5555-5555-5555-4444 |
      | CVV/CVC     | 862                 |
    Then the field "CVV/CVC" is filled with "863"

  Scenario: A check of the card number fails
    Given a buyer without a wallet account and no bound cards
    And I am signed in to the storefront
    When I open "https://www.aliexpress.com/checkout.htm"
    And I fill "Card number" with "5555 5555 5555 4444"
    And I fill "CVV/CVC" with "862"
    Then the field "Card number" is filled with "4111 1111 1111 1111"
`

// cardNumbers are the numbers cardsFeature types, however grouped.
var cardNumbers = regexp.MustCompile(`4111[ -]?1111[ -]?1111[ -]?1111|5555[ -]?5555[ -]?5555[ -]?4444`)

// cvvMask is a masked CVV.
var cvvMask = regexp.MustCompile(`(^|[^•])•••([^•]|$)`)

// The card numbers and the CVV a scenario types appear in no file of the
// report folder (every report, rerun.txt, the evidence) and not on the
// console (unbind's own, godog's pretty, the summary): each card shows as
// its last four digits. `unbind report` of the run's messages, in another
// folder, shows none either.
func TestNoCardNumberOrCVVInTheReportsOrOnTheConsole(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the browser")
	}
	dir := t.TempDir()
	feature := filepath.Join(dir, "cards.feature")
	if err := os.WriteFile(feature, []byte(cardsFeature), 0o644); err != nil {
		t.Fatal(err)
	}
	out, err := OpenOut(filepath.Join(dir, "out"), true)
	if err != nil {
		t.Fatal(err)
	}
	defer out.Close()
	var con syncBuffer
	o := Options{Paths: []string{feature}, Concurrency: 3, Format: "pretty", Output: &con, Log: &con,
		Console: console.New(&con, console.Options{Style: console.List, Verbose: true}),
		Launch:  steps.LaunchOptions{Browser: browser.Options{StepTimeout: 3 * time.Second}, Steps: []steps.Step{noteStep}}}
	o.Launch.Evidence.Dir = out.Evidence()
	res := runAll(t, context.Background(), o)
	if err := out.Commit(res.Run, ""); err != nil {
		t.Fatal(err)
	}
	PrintSummary(&con, res.Run, out.Dir(), "unbind run", "")

	c := record.Count(res.Run.Features...)
	if c.Scenarios != 3 || c.Passed != 1 {
		t.Fatalf("%d scenarios, %d passed; want 3, the first passed:\n%s", c.Scenarios, c.Passed, con.String())
	}
	files := filesUnder(t, out.Dir())
	files["the console"] = []byte(con.String())
	checkNoCards(t, files)
	for _, name := range []string{reports.HTMLFile, reports.JUnitFile, reports.SurefireFile, reports.CucumberJSONFile, reports.MessagesFile, "the console"} {
		text := string(files[filepath.Join(out.Dir(), name)])
		if name == "the console" {
			text = string(files[name])
		}
		for _, mask := range []string{"•••• 1111", "•••• 4444"} {
			if !strings.Contains(text, mask) {
				t.Errorf("%s does not show %s", name, mask)
			}
		}
		if !cvvMask.MatchString(text) {
			t.Errorf("%s does not show the CVV masked (•••)", name)
		}
	}
	notes, _ := filepath.Glob(filepath.Join(out.Dir(), "evidence", "*", "*", "note.txt"))
	if len(notes) != 1 {
		t.Errorf("the note kept as evidence: %v, want one", notes)
	} else if b, _ := os.ReadFile(notes[0]); string(b) != "typed •••• 1111, CVV •••\n" {
		t.Errorf("the note reads %q", b)
	}

	// unbind report: the run's messages written again into another folder
	merged, ev, err := MergeFiles(filepath.Join(out.Dir(), reports.MessagesFile))
	if err != nil {
		t.Fatal(err)
	}
	again, err := OpenOut(filepath.Join(dir, "again"), true)
	if err != nil {
		t.Fatal(err)
	}
	defer again.Close()
	if _, err := again.TakeEvidence(merged, ev); err != nil {
		t.Fatal(err)
	}
	if err := again.Commit(merged, ""); err != nil {
		t.Fatal(err)
	}
	checkNoCards(t, filesUnder(t, again.Dir()))
}

// An earlier run's messages that show card numbers and a CVV (written
// before unbind masked them) give reports that do not, when merged or
// written again, nor does the text evidence the new folder takes.
func TestAReportOfAnUnmaskedRunMasksIt(t *testing.T) {
	dir := t.TempDir()
	shard := filepath.Join(dir, "shard")
	if err := os.MkdirAll(filepath.Join(shard, "evidence"), 0o755); err != nil {
		t.Fatal(err)
	}
	note := filepath.Join(shard, "evidence", "note.txt")
	if err := os.WriteFile(note, []byte("typed 4111 1111 1111 1111 and 862\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	now := time.Date(2026, 6, 1, 9, 30, 0, 0, time.UTC)
	r := &record.Run{Name: Name, Started: now, Finished: now.Add(time.Second), Features: []*record.Feature{{
		URI: "features/cards.feature", Name: "Cards", Language: "en",
		Scenarios: []*record.Scenario{{ID: "p1", URI: "features/cards.feature", Keyword: "Scenario", Name: "Pay", Line: 2, Started: now, Finished: now,
			Steps: []*record.Step{
				{ID: "s1", Keyword: "When ", Text: `I fill "Card number" with "4111 1111 1111 1111"`, Line: 3, Status: record.StatusPassed, Started: now},
				{ID: "s2", Keyword: "And ", Text: `I fill "CVV" with "862"`, Line: 4, Status: record.StatusFailed, Started: now,
					Error:       `the field "CVV" holds "", not "862"`,
					Attachments: []record.Attachment{{Name: "note.txt", MediaType: "text/plain", Path: note}}},
			}}},
	}}}
	if err := reports.WriteFileAtomic(filepath.Join(shard, reports.MessagesFile), func(w io.Writer) error {
		return record.WriteMessages(w, r, record.MessagesOptions{Dir: shard})
	}); err != nil {
		t.Fatal(err)
	}
	if !cardNumbers.MatchString(string(filesUnder(t, shard)[filepath.Join(shard, reports.MessagesFile)])) {
		t.Fatal("the shard's messages show no card number: the test proves nothing")
	}
	merged, ev, err := MergeFiles(filepath.Join(shard, reports.MessagesFile))
	if err != nil {
		t.Fatal(err)
	}
	out, err := OpenOut(filepath.Join(dir, "out"), true)
	if err != nil {
		t.Fatal(err)
	}
	defer out.Close()
	if _, err := out.TakeEvidence(merged, ev); err != nil {
		t.Fatal(err)
	}
	if err := out.Commit(merged, ""); err != nil {
		t.Fatal(err)
	}
	var summary bytes.Buffer
	PrintSummary(&summary, merged, out.Dir(), "unbind run", "")
	files := filesUnder(t, out.Dir())
	files["the summary"] = summary.Bytes()
	checkNoCards(t, files)
	if b, _ := os.ReadFile(note); !strings.Contains(string(b), "4111 1111 1111 1111") {
		t.Errorf("the shard's own evidence was written into: %q", b)
	}
}

// noteStep keeps a text note as evidence of the step.
var noteStep = steps.Step{Group: "Test", Pattern: `^I keep the note "([^"]*)"$`,
	Example: `And I keep the note "paid"`, Help: "Keeps the text as the note.txt evidence of the step.",
	Bind: func(s *steps.Scenario) any {
		return func(note string) { s.Attach("note.txt", "text/plain", []byte(note+"\n")) }
	}}

// filesUnder are the files of a folder, by path.
func filesUnder(t *testing.T, dir string) map[string][]byte {
	t.Helper()
	files := map[string][]byte{}
	err := filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := os.ReadFile(p)
		files[p] = b
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return files
}

// checkNoCards fails t for every file that shows a card number, or the
// CVV 862 as a number of its own (not a part of a number, of base64, of a
// duration: "0.862 s", "862 ms"); images only for the card numbers.
func checkNoCards(t *testing.T, files map[string][]byte) {
	t.Helper()
	for name, b := range files {
		if m := cardNumbers.Find(b); m != nil {
			t.Errorf("%s shows the card number %q", name, m)
		}
		if !utf8.Valid(b) {
			continue
		}
		text := string(b)
		for i := 0; ; i++ {
			k := strings.Index(text[i:], "862")
			if k < 0 {
				break
			}
			i += k
			if standsAlone(text, i, i+3) {
				t.Errorf("%s shows the CVV: %q", name, text[max(0, i-60):min(len(text), i+30)])
			}
		}
	}
}

// standsAlone reports whether text[i:j] is a number of its own, and not a
// duration.
func standsAlone(text string, i, j int) bool {
	const around = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ+/=.,"
	if i > 0 && strings.ContainsRune(around, rune(text[i-1])) {
		return false
	}
	if j < len(text) && strings.ContainsRune(around, rune(text[j])) {
		return false
	}
	rest := strings.TrimLeft(text[j:], " ")
	return !strings.HasPrefix(rest, "ms") && !strings.HasPrefix(rest, "s ") && !strings.HasPrefix(rest, "µs")
}

// syncBuffer is a buffer the scenarios running at once may write to.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}
