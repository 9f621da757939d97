package reports

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

var keepRetried = flag.String("retried-ndjson", "", "also write the Cucumber Messages of TestRetriedRoundTrip to this file")

// retriedRun is a run of two scenarios run three times: one fails twice and
// then passes (flaky), one fails every time.
func retriedRun(t *testing.T) *Run {
	t.Helper()
	at := time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC)
	attempt := func(id string, line int, ok bool, k int) *Run {
		start := at.Add(time.Duration(k) * time.Minute)
		st := &Step{ID: id + "-s1", Keyword: "Then ", Text: "the check passes", Line: line + 1, Status: StatusPassed, Started: start, Duration: time.Second}
		if !ok {
			st.Status, st.Error = StatusFailed, "the check failed"
			st.Attachments = []Attachment{{Name: "step-01-failed.png", MediaType: "image/png", Body: pixelPNG}}
		}
		sc := &Scenario{ID: id, URI: "features/r.feature", Keyword: "Scenario", Name: "Scenario " + id, Line: line,
			Started: start, Finished: start.Add(2 * time.Second), Steps: []*Step{st}}
		return &Run{Started: start, Finished: start.Add(3 * time.Second), Features: []*Feature{{
			URI: sc.URI, Keyword: "Feature", Name: "Retried", Line: 1, Language: "en", Scenarios: []*Scenario{sc}}}}
	}
	r := attempt("a", 3, false, 0)
	r.Features[0].Scenarios = append(r.Features[0].Scenarios, attempt("b", 6, false, 0).Features[0].Scenarios[0])
	for k, aPasses := range []bool{false, true} {
		again := attempt("a", 3, aPasses, k+1)
		again.Features[0].Scenarios = append(again.Features[0].Scenarios, attempt("b", 6, false, k+1).Features[0].Scenarios[0])
		if err := r.Retried(again); err != nil {
			t.Fatal(err)
		}
	}
	return r
}

// TestRetried: later attempts take the place of the earlier ones, which
// they keep in order; the run's verdict is the last attempts'.
func TestRetried(t *testing.T) {
	r := retriedRun(t)
	a, b := r.Features[0].Scenarios[0], r.Features[0].Scenarios[1]
	if a.Attempt != 2 || len(a.Earlier) != 2 || a.Earlier[0].Attempt != 0 || a.Earlier[1].Attempt != 1 || len(a.Earlier[1].Earlier) != 0 {
		t.Errorf("scenario a: attempt %d with %d earlier, want attempt 2 with attempts 0 and 1 before it", a.Attempt, len(a.Earlier))
	}
	if !a.Flaky() || b.Flaky() || b.Status() != StatusFailed {
		t.Errorf("a flaky %v, b flaky %v and %s; want a flaky, b failed", a.Flaky(), b.Flaky(), b.Status())
	}
	if c := Count(r.Features...); c.Passed != 1 || c.Failed != 1 || c.Flaky != 1 {
		t.Errorf("counts %+v, want 1 passed (flaky), 1 failed", c)
	}
	other := &Run{Features: []*Feature{{Scenarios: []*Scenario{{ID: "zz", URI: "features/r.feature", Line: 40}}}}}
	if err := r.Retried(other); err == nil {
		t.Error("a retry of a scenario the run does not have is accepted")
	}
}

// TestRetriedRoundTrip: the Cucumber Messages carry every attempt, and
// reading them back gives the same attempts.
func TestRetriedRoundTrip(t *testing.T) {
	var buf bytes.Buffer
	if err := WriteMessages(&buf, retriedRun(t), MessagesOptions{Meta: testMeta()}); err != nil {
		t.Fatal(err)
	}
	if *keepRetried != "" {
		if err := os.WriteFile(*keepRetried, buf.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	for _, want := range []string{`"attempt":0`, `"attempt":1`, `"attempt":2`, `"willBeRetried":true`} {
		if !strings.Contains(buf.String(), want) {
			t.Errorf("the messages lack %s", want)
		}
	}
	back, err := ReadMessages(&buf)
	if err != nil {
		t.Fatal(err)
	}
	a := back.Features[0].Scenarios[0]
	if a.Attempt != 2 || len(a.Earlier) != 2 || !a.Flaky() || a.Earlier[0].Steps[0].Status != StatusFailed {
		t.Errorf("read back: attempt %d, %d earlier, flaky %v; want attempt 2 after two failed ones", a.Attempt, len(a.Earlier), a.Flaky())
	}
	if len(a.Earlier[0].Steps[0].Attachments) != 1 {
		t.Errorf("the first attempt's evidence was not read back")
	}
}

// TestRetriedXML: junit.xml stays valid against the Jenkins schema and
// logs every attempt; surefire.xml, valid against the Surefire schema,
// has a flakyFailure per failed attempt of the flaky scenario and, for the
// one that always failed, its first failure and a rerunFailure per retry.
func TestRetriedXML(t *testing.T) {
	r := retriedRun(t)
	dir := t.TempDir()
	if err := WriteAll(dir, r, WriteAllOptions{}); err != nil {
		t.Fatal(err)
	}
	xmllint(t, "jenkins-junit.xsd", filepath.Join(dir, JUnitFile))
	xmllint(t, "surefire-test-report-3.0.2.xsd", filepath.Join(dir, SurefireFile))
	junit, err := os.ReadFile(filepath.Join(dir, JUnitFile))
	if err != nil {
		t.Fatal(err)
	}
	if n := strings.Count(string(junit), "attempt "); n != 6 || strings.Count(string(junit), "<failure") != 1 {
		t.Errorf("junit.xml logs %d attempts and has %d failures, want 6 attempts and the one scenario that always failed", n, strings.Count(string(junit), "<failure"))
	}
	sf, err := os.ReadFile(filepath.Join(dir, SurefireFile))
	if err != nil {
		t.Fatal(err)
	}
	doc := string(sf)
	for what, want := range map[string]int{"<flakyFailure": 2, "<rerunFailure": 2, "<failure": 1} {
		if n := strings.Count(doc, what); n != want {
			t.Errorf("surefire.xml has %d %s, want %d", n, what, want)
		}
	}
	if !strings.Contains(doc, `<testsuite name="" time="123.000" tests="2" errors="0" skipped="0" failures="1">`) {
		t.Errorf("surefire.xml's testsuite does not count 2 tests, 1 failure:\n%s", doc)
	}
}
