package record_test

import (
	"bytes"
	"flag"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/unbind/unbind/reports/internal/fake"
	"github.com/unbind/unbind/reports/record"
)

var keepRetried = flag.String("retried-ndjson", "", "also write the Cucumber Messages of TestRetriedRoundTrip to this file")

// TestRetried: later attempts take the place of the earlier ones, which
// they keep in order; the run's verdict is the last attempts'.
func TestRetried(t *testing.T) {
	r := fake.Retried(t)
	a, b := r.Features[0].Scenarios[0], r.Features[0].Scenarios[1]
	if a.Attempt != 2 || len(a.Earlier) != 2 || a.Earlier[0].Attempt != 0 || a.Earlier[1].Attempt != 1 || len(a.Earlier[1].Earlier) != 0 {
		t.Errorf("scenario a: attempt %d with %d earlier, want attempt 2 with attempts 0 and 1 before it", a.Attempt, len(a.Earlier))
	}
	if !a.Flaky() || b.Flaky() || b.Status() != record.StatusFailed {
		t.Errorf("a flaky %v, b flaky %v and %s; want a flaky, b failed", a.Flaky(), b.Flaky(), b.Status())
	}
	if c := record.Count(r.Features...); c.Passed != 1 || c.Failed != 1 || c.Flaky != 1 {
		t.Errorf("counts %+v, want 1 passed (flaky), 1 failed", c)
	}
	other := &record.Run{Features: []*record.Feature{{Scenarios: []*record.Scenario{{ID: "zz", URI: "features/r.feature", Line: 40}}}}}
	if err := r.Retried(other); err == nil {
		t.Error("a retry of a scenario the run does not have is accepted")
	}
}

// TestRetriedRoundTrip: the Cucumber Messages carry every attempt, and
// reading them back gives the same attempts.
func TestRetriedRoundTrip(t *testing.T) {
	var buf bytes.Buffer
	if err := record.WriteMessages(&buf, fake.Retried(t), record.MessagesOptions{Meta: fake.Meta()}); err != nil {
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
	back, err := record.ReadMessages(&buf)
	if err != nil {
		t.Fatal(err)
	}
	a := back.Features[0].Scenarios[0]
	if a.Attempt != 2 || len(a.Earlier) != 2 || !a.Flaky() || a.Earlier[0].Steps[0].Status != record.StatusFailed {
		t.Errorf("read back: attempt %d, %d earlier, flaky %v; want attempt 2 after two failed ones", a.Attempt, len(a.Earlier), a.Flaky())
	}
	if len(a.Earlier[0].Steps[0].Attachments) != 1 {
		t.Errorf("the first attempt's evidence was not read back")
	}
}

// A feature whose scenarios ran at once takes as long as they did
// together, not the sum of their times: a JUnit suite is never longer than
// the run.
func TestFeatureDurationOfScenariosAtOnce(t *testing.T) {
	t0 := time.Date(2026, 3, 1, 9, 0, 0, 0, time.UTC)
	f := &record.Feature{Scenarios: []*record.Scenario{
		{Started: t0, Finished: t0.Add(4 * time.Second)},
		{Started: t0.Add(time.Second), Finished: t0.Add(5 * time.Second)},
	}}
	if got := f.Duration(); got != 5*time.Second {
		t.Errorf("Duration = %v, want 5s, the two scenarios' span", got)
	}
	f.Scenarios = append(f.Scenarios, &record.Scenario{Steps: []*record.Step{{Duration: time.Second}}})
	if got := f.Duration(); got != 9*time.Second {
		t.Errorf("with a scenario not timed, Duration = %v, want 9s, the sum", got)
	}
}
