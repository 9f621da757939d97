package suite

import (
	"bytes"
	"testing"
)

// Test runs o's features from a Go test, each scenario a subtest of t named
// after it (go test -run 'TestFeatures/Remove_the_card' runs one), against
// the embedded sim in a headless browser. Scenario failures fail their
// subtests, with the step and its error; a run that did not pass otherwise
// (nothing ran, a flaky scenario under FailOnFlaky) fails t. godog's console
// output (Options.Format, "progress" when empty) goes to the test log. The
// result is returned either way, for reports:
//
//	res := suite.Test(t, o)
//	reports.WriteAll("out", res.Run, reports.WriteAllOptions{})
func Test(t *testing.T, o Options) *Result {
	t.Helper()
	if o.Format == "" {
		o.Format = "progress"
	}
	if o.Output == nil {
		o.Output = testLog{t}
	}
	plan, err := NewPlan(o)
	if err != nil {
		t.Fatal(err)
	}
	r, err := Start(t.Context(), o, plan)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		if err := r.Close(); err != nil {
			t.Errorf("closing the browser and the sim: %v", err)
		}
	})
	r.t = t
	res, err := r.Run(t.Context())
	if err != nil {
		t.Fatal(err)
	}
	if err := res.Err(); err != nil {
		t.Errorf("unbind: %v", err)
	}
	return res
}

// testLog sends godog's output to the test log, a line at a time.
type testLog struct{ t *testing.T }

func (w testLog) Write(p []byte) (int, error) {
	w.t.Log(string(bytes.TrimRight(p, "\n")))
	return len(p), nil
}
