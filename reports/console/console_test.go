package console

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/unbind/unbind/reports/article"
	"github.com/unbind/unbind/reports/internal/fake"
	"github.com/unbind/unbind/reports/record"
)

var t0 = time.Date(2026, 3, 1, 9, 0, 0, 0, time.UTC)

// step is a step of a built record: label, status, duration in ms.
func step(keyword, text string, line int, s record.Status, ms int, errText string, evidence ...string) *record.Step {
	st := &record.Step{Keyword: keyword, Text: text, Line: line, Status: s, Duration: time.Duration(ms) * time.Millisecond, Error: errText}
	for _, p := range evidence {
		st.Attachments = append(st.Attachments, record.Attachment{Name: filepath.Base(p), MediaType: "image/png", Path: p})
	}
	return st
}

func scenario(uri string, line int, name string, started, ms int, steps ...*record.Step) *record.Scenario {
	at := t0.Add(time.Duration(started) * time.Millisecond)
	return &record.Scenario{
		ID: fmt.Sprintf("%s:%d", uri, line), URI: uri, Line: line, Name: name, Keyword: "Scenario",
		Started: at, Finished: at.Add(time.Duration(ms) * time.Millisecond), Steps: steps,
	}
}

// consoleRun is a run of two features, as two scenarios at once would end
// it: one in English about a card shown as "•••• 4242", one in Hindi; a
// scenario fails with a Cyrillic label and evidence, one has an undefined
// step, one passes only on a retry.
func consoleRun(base string) *record.Run {
	ev := func(name string) string { return filepath.Join(base, "out", "evidence", name) }
	cards := &record.Feature{
		URI: "features/p01_my_alipay.feature", Name: "Cards in My Alipay", Language: "en",
		Description: "From 003_225e3ac7510057b2.txt lines 27 and 96-102 (Russian original).",
	}
	cards.Scenarios = []*record.Scenario{
		scenario(cards.URI, 13, "Remove the only bound card", 0, 1234,
			step("Given ", `a buyer with a bound Visa card ending in 4242`, 14, record.StatusPassed, 310, ""),
			step("When ", `I click "•••• 4242"`, 15, record.StatusPassed, 420, ""),
			step("Then ", `I should see "Карта удалена"`, 16, record.StatusPassed, 504, "")),
		scenario(cards.URI, 20, "Remove a card in Russian", 100, 5120,
			step("Given ", `a buyer with a bound Visa card ending in 4242`, 21, record.StatusPassed, 300, "", ev("p01-s2/step-01-labels.txt")),
			step("When ", `I click "Удалить"`, 22, record.StatusFailed, 5000, "no button or link \"Удалить\" on the page\nthe page shows: \"•••• 4242\", \"Привязать карту\"",
				ev("p01-s2/step-02-failed.png"), ev("p01-s2/step-02-failed-page.html")),
			step("Then ", `I should see "Карта удалена"`, 23, record.StatusSkipped, 0, "")),
		scenario(cards.URI, 27, "Press instead of click", 1400, 80,
			step("Given ", `a buyer with a bound Visa card ending in 4242`, 28, record.StatusPassed, 80, ""),
			step("When ", `I press "Remove card"`, 29, record.StatusUndefined, 0, "")),
	}
	hindi := &record.Feature{URI: "features/articles/007_hi.feature", Name: "कार्ड हटाएँ", Language: "hi"}
	flaky := scenario(hindi.URI, 5, "कार्ड हटाना", 5300, 900,
		step("दिया गया ", `खरीदार के पास 4242 पर खत्म होने वाला वीज़ा कार्ड है`, 6, record.StatusPassed, 400, ""),
		step("जब ", `मैं "कार्ड हटाएँ" पर क्लिक करता हूँ`, 7, record.StatusPassed, 500, ""))
	flaky.Tags = []record.Tag{{Name: "@article-007"}}
	first := *flaky
	first.Steps = []*record.Step{flaky.Steps[0], step("जब ", `मैं "कार्ड हटाएँ" पर क्लिक करता हूँ`, 7, record.StatusFailed, 5000, "timed out after 5s")}
	flaky.Earlier, flaky.Attempt = []*record.Scenario{&first}, 1
	hindi.Scenarios = []*record.Scenario{flaky}
	return &record.Run{Name: "unbind", Started: t0, Finished: t0.Add(12300 * time.Millisecond), Features: []*record.Feature{cards, hindi}}
}

// feed tells c of the run as the run would: the first round, every
// scenario's first attempt in the order they ended, then the retry.
func feed(c *Console, r *record.Run, order []*record.Scenario) {
	c.Round(0, len(order))
	for _, sc := range order {
		first := sc
		if len(sc.Earlier) > 0 {
			first = sc.Earlier[0]
		}
		for _, st := range first.Steps {
			c.Step(st.Status)
		}
		c.Scenario(first)
	}
	var again []*record.Scenario
	for _, sc := range order {
		if len(sc.Earlier) > 0 {
			again = append(again, sc)
		}
	}
	if len(again) > 0 {
		c.Round(1, len(again))
		for _, sc := range again {
			c.Scenario(sc)
		}
	}
	c.Finish()
}

func summaryOptions(base string) SummaryOptions {
	return SummaryOptions{
		Dir: "out", Files: []string{"report.html", "junit.xml"}, Base: base,
		Rerun: "bin/unbind run @out/rerun.txt",
		NotRun: func(sc *record.Scenario) bool {
			return sc.Steps[0].Status == record.StatusSkipped && sc.Steps[0].Error == "interrupted"
		},
		NotRunReason: "interrupted",
		Interrupted:  true,
	}
}

// ended is the order the scenarios of consoleRun end in at concurrency 2:
// the failing one ends after the one started after it.
func ended(r *record.Run) []*record.Scenario {
	c, h := r.Features[0].Scenarios, r.Features[1].Scenarios
	return []*record.Scenario{c[0], c[2], c[1], h[0]}
}

// TestListGolden is the console of a run with a failure at concurrency 2:
// one line per scenario, the steps of the failed ones lined up however
// wide their text, the failures, one summary.
func TestListGolden(t *testing.T) {
	base := t.TempDir()
	r := consoleRun(base)
	for _, tc := range []struct {
		name  string
		o     Options
		order func(*record.Run) []*record.Scenario
		r     *record.Run
	}{
		{"list.golden", Options{}, ended, r},
		{"list-verbose.golden", Options{Verbose: true}, ended, r},
		{"progress.golden", Options{Style: Progress}, ended, r},
		// A shard runs part of the scenarios: counts, counter and summary are
		// its own.
		{"shard.golden", Options{}, func(r *record.Run) []*record.Scenario { return r.Features[0].Scenarios }, shardOf(r)},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var b bytes.Buffer
			c := New(&b, tc.o)
			feed(c, tc.r, tc.order(tc.r))
			Summary(&b, tc.r, summaryOptions(base))
			got := b.String()
			checkInvariants(t, got)
			fake.CheckGolden(t, tc.name, []byte(got))
		})
	}
}

// shardOf is the run a shard that ran only the failing scenario records.
func shardOf(r *record.Run) *record.Run {
	f := *r.Features[0]
	f.Scenarios = f.Scenarios[1:2]
	return &record.Run{Name: r.Name, Started: t0, Finished: t0.Add(5300 * time.Millisecond), Features: []*record.Feature{&f}}
}

// summaryLine is the line that sums a run up.
var summaryLine = regexp.MustCompile(`(?m)^unbind: .*\d+ passed, \d+ failed`)

// checkInvariants checks what a console must never show.
func checkInvariants(t *testing.T, out string) {
	t.Helper()
	if strings.Contains(out, ".go:") {
		t.Errorf("the console names step definitions:\n%s", out)
	}
	if n := len(summaryLine.FindAllString(out, -1)); n != 1 || strings.Contains(out, "scenarios (") {
		t.Errorf("want one summary, got %d summary lines:\n%s", n, out)
	}
	checkAligned(t, out)
}

// checkAligned checks that the durations of the steps listed under a
// scenario end in the same terminal column.
func checkAligned(t *testing.T, out string) {
	t.Helper()
	var ends []int
	flush := func() {
		for _, e := range ends {
			if e != ends[0] {
				t.Errorf("step durations do not line up (columns %v):\n%s", ends, out)
				break
			}
		}
		ends = nil
	}
	for _, line := range strings.Split(out, "\n") {
		if !strings.HasPrefix(line, "        ") || strings.HasPrefix(line, "          ") {
			flush()
			continue
		}
		if strings.HasSuffix(line, " ms") || strings.HasSuffix(line, " s") {
			body := strings.TrimSuffix(strings.TrimSuffix(line, " ms"), " s")
			ends = append(ends, width(body[:strings.LastIndexByte(body, ' ')]))
		}
	}
	flush()
}

// TestScenariosNeverInterleave has scenarios end at once on many goroutines:
// each is written whole, in one write.
func TestScenariosNeverInterleave(t *testing.T) {
	r := consoleRun(t.TempDir())
	w := &writes{}
	c := New(w, Options{Verbose: true})
	c.Round(0, 40)
	var wg sync.WaitGroup
	for i := range 40 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			c.Scenario(r.Features[0].Scenarios[i%3])
		}()
	}
	wg.Wait()
	if len(w.each) != 40 {
		t.Fatalf("%d writes for 40 scenarios", len(w.each))
	}
	for _, p := range w.each {
		if strings.Count(p, " › ") != 1 || !strings.HasPrefix(p, "[") {
			t.Errorf("a write is not one scenario whole:\n%s", p)
		}
	}
}

type writes struct {
	mu   sync.Mutex
	each []string
}

func (w *writes) Write(p []byte) (int, error) {
	w.mu.Lock()
	defer w.mu.Unlock()
	w.each = append(w.each, string(p))
	return len(p), nil
}

// TestWidth is the width text takes on a terminal.
func TestWidth(t *testing.T) {
	for _, tc := range []struct {
		s string
		w int
	}{
		{"•••• 4242", 9},
		{"Удалить", 7},
		{"हटाएँ", 3}, // ह, टा, एँ: the vowel sign and the candrabindu join the letter before them
		{"カード", 6},
		{"plain", 5},
	} {
		if got := width(tc.s); got != tc.w {
			t.Errorf("width(%q) = %d, want %d", tc.s, got, tc.w)
		}
	}
}

// TestColor paints the marks only when asked: for a terminal.
func TestColor(t *testing.T) {
	r := consoleRun(t.TempDir())
	for _, color := range []bool{false, true} {
		var b bytes.Buffer
		feed(New(&b, Options{Color: color}), r, ended(r))
		got := b.String()
		painted := strings.Contains(got, "\x1b[32m✓\x1b[0m") && strings.Contains(got, "\x1b[31m✘\x1b[0m") && strings.Contains(got, "\x1b[33m↻\x1b[0m")
		if color != painted || !color && strings.Contains(got, "\x1b[") {
			t.Errorf("color %v: the marks are painted %v:\n%q", color, painted, got)
		}
	}
}

// A failure names the line of the article its step stands for, with the
// line's words, where the docs folder holds the article: the sentence of
// the article that broke, not only the lines the scenario cites.
func TestFailureNamesTheArticleLineOfTheStep(t *testing.T) {
	docs := t.TempDir()
	text := "How to remove a card\nOpen the \"Wallet\" page.\nPress \"Forget card\" next to the card.\nThe card is gone.\n"
	if err := os.WriteFile(filepath.Join(docs, "009_fixture.txt"), []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	f := &record.Feature{URI: "features/x.feature", Name: "x", Language: "en", Description: "From 009_fixture.txt lines 2-4."}
	f.Scenarios = []*record.Scenario{scenario(f.URI, 3, "remove", 0, 100,
		step("When ", `I click "Wallet"`, 4, record.StatusPassed, 10, ""),
		step("And ", `I click "Forget card"`, 5, record.StatusFailed, 10, "no element named \"Forget card\""),
		step("Then ", `I should see "gone"`, 6, record.StatusSkipped, 0, ""))}
	r := &record.Run{Name: "unbind", Started: t0, Finished: t0.Add(time.Second), Features: []*record.Feature{f}}
	var b bytes.Buffer
	o := summaryOptions(t.TempDir())
	o.Library = article.NewLibrary(docs)
	Summary(&b, r, o)
	want := `009_fixture.txt line 3, this step's: Press "Forget card" next to the card.`
	if !strings.Contains(b.String(), want) {
		t.Errorf("the failure does not name its article line %q:\n%s", want, b.String())
	}
	f.Scenarios[0].Steps[1].Text = `I click "Drop card"`
	b.Reset()
	Summary(&b, r, o)
	if strings.Contains(b.String(), "this step's") {
		t.Errorf("a step whose words are in no line of the article is given one:\n%s", b.String())
	}
	f.Scenarios[0].Steps[1].Text = `I click "Forget card"`
	b.Reset()
	o.Library = nil
	Summary(&b, r, o)
	if strings.Contains(b.String(), "this step's") {
		t.Errorf("without the docs folder the failure names a line it cannot read:\n%s", b.String())
	}
}

// A failure lists its failing step's evidence, and the evidence of the
// other steps (a run with --screenshots steps) as one line: how many files,
// in which folder.
func TestEvidenceOfOtherStepsIsOneLine(t *testing.T) {
	dir := filepath.Join("out", "evidence", "f", "s")
	file := func(name string) record.Attachment { return record.Attachment{Path: filepath.Join(dir, name)} }
	failed := &record.Step{Status: record.StatusFailed, Attachments: []record.Attachment{file("step-04-failed.png"), file("step-04-failed.html")}}
	sc := &record.Scenario{Steps: []*record.Step{
		{Status: record.StatusPassed, Attachments: []record.Attachment{file("step-01.png"), file("step-01.html")}},
		{Status: record.StatusPassed, Attachments: []record.Attachment{file("step-02.png")}},
		failed,
	}}
	got := evidence(sc, "", failed)
	want := []string{filepath.Join(dir, "step-04-failed.png"), filepath.Join(dir, "step-04-failed.html"), "3 more files of its other steps in " + dir + string(filepath.Separator)}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("evidence = %q, want %q", got, want)
	}
	sc.Steps = sc.Steps[1:]
	if got := evidence(sc, "", failed); len(got) != 3 || got[2] != filepath.Join(dir, "step-02.png") {
		t.Errorf("with one other file, evidence = %q, want it listed", got)
	}
}

// The line of a scenario not run says so, without the milliseconds its
// setup took before it was skipped.
func TestTheLineOfAScenarioNotRun(t *testing.T) {
	start := t0
	sc := &record.Scenario{URI: "a.feature", Name: "kept from starting", Steps: []*record.Step{
		{Status: record.StatusSkipped, Error: "interrupted", Started: start, Duration: 3 * time.Millisecond},
	}}
	var b strings.Builder
	writeScenario(&b, sc, "[2/9]", 0, func(mark string, _ record.Status, _ bool) string { return mark })
	if got := b.String(); !strings.HasSuffix(got, "› kept from starting (not run)\n") {
		t.Errorf("line %q, want it to end (not run)", got)
	}
}
