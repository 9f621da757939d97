package fake

import (
	"os/exec"
	"path/filepath"
	"testing"
	"time"

	messages "github.com/cucumber/messages/go/v21"

	"github.com/unbind/unbind/reports/record"
)

// Meta is the meta message of the golden files: no versions that change
// with the machine.
func Meta() *messages.Meta {
	return &messages.Meta{
		ProtocolVersion: record.MessagesProtocolVersion,
		Implementation:  &messages.Product{Name: "unbind"},
		Runtime:         &messages.Product{Name: "go"},
		Os:              &messages.Product{Name: "linux"},
		Cpu:             &messages.Product{Name: "amd64"},
	}
}

// Interrupted is a run stopped in its second scenario: the last steps
// never reported and the run has no end.
func Interrupted() *record.Run {
	t0 := time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC)
	done := &record.Scenario{ID: "1", URI: "features/p2.feature", Keyword: "Scenario", Name: "Done", Line: 3,
		Started: t0, Finished: t0.Add(time.Second),
		Steps: []*record.Step{{ID: "a", Keyword: "Given ", Text: "a buyer", Line: 4, Status: record.StatusPassed, Duration: time.Second}}}
	cut := &record.Scenario{ID: "2", URI: "features/p2.feature", Keyword: "Scenario", Name: "Cut short", Line: 6,
		Started: t0.Add(time.Second), Finished: t0.Add(2 * time.Second),
		Steps: []*record.Step{
			{ID: "b", Keyword: "Given ", Text: "a buyer", Line: 7, Status: record.StatusPassed, Duration: time.Second},
			{ID: "c", Keyword: "When ", Text: "the buyer opens the link", Line: 8, Status: record.StatusUnknown},
		}}
	return &record.Run{Name: "interrupted", Started: t0, Features: []*record.Feature{{
		URI: "features/p2.feature", Keyword: "Feature", Name: "Direct link", Line: 1,
		Scenarios: []*record.Scenario{done, cut},
	}}}
}

// Retried is a run of two scenarios run three times: one fails twice and
// then passes (flaky), the other fails every time.
func Retried(t *testing.T) *record.Run {
	t.Helper()
	at := time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC)
	attempt := func(id string, line int, ok bool, k int) *record.Run {
		start := at.Add(time.Duration(k) * time.Minute)
		st := &record.Step{ID: id + "-s1", Keyword: "Then ", Text: "the check passes", Line: line + 1, Status: record.StatusPassed, Started: start, Duration: time.Second}
		if !ok {
			st.Status, st.Error = record.StatusFailed, "the check failed"
			st.Attachments = []record.Attachment{{Name: "step-01-failed.png", MediaType: "image/png", Body: PixelPNG}}
		}
		sc := &record.Scenario{ID: id, URI: "features/r.feature", Keyword: "Scenario", Name: "Scenario " + id, Line: line,
			Started: start, Finished: start.Add(2 * time.Second), Steps: []*record.Step{st}}
		return &record.Run{Started: start, Finished: start.Add(3 * time.Second), Features: []*record.Feature{{
			URI: sc.URI, Keyword: "Feature", Name: "Retried", Line: 1, Language: "en", Scenarios: []*record.Scenario{sc}}}}
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

// Xmllint validates file against the XML schema at schema.
func Xmllint(t *testing.T, schema, file string) {
	t.Helper()
	bin, err := exec.LookPath("xmllint")
	if err != nil {
		t.Fatalf("xmllint is needed to check the JUnit XML against its schemas: apt-get install libxml2-utils")
	}
	out, err := exec.Command(bin, "--noout", "--schema", schema, file).CombinedOutput()
	if err != nil {
		t.Errorf("%s does not validate against %s: %v\n%s", filepath.Base(file), filepath.Base(schema), err, out)
	}
}
