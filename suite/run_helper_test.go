package suite

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/unbind/unbind/steps"
	"github.com/unbind/unbind/steps/browser"
)

// runAll plans and runs o's scenarios to their end, or to ctx's, and
// returns the result, whether they passed or not (Test fails t on a
// failing scenario).
func runAll(t *testing.T, ctx context.Context, o Options) *Result {
	t.Helper()
	plan, err := NewPlan(o)
	if err != nil {
		t.Fatal(err)
	}
	r, err := Start(context.Background(), o, plan)
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	res, err := r.Run(ctx)
	if err != nil && !errors.Is(err, context.Canceled) {
		t.Fatal(err)
	}
	return res
}

// runFeatureText writes one feature file and runs it, two scenarios at
// once, each step given stepTimeout.
func runFeatureText(t *testing.T, name, src string, stepTimeout time.Duration) *Result {
	t.Helper()
	feature := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(feature, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	o := Options{Paths: []string{feature}, Concurrency: 2, Launch: steps.LaunchOptions{
		Browser: browser.Options{StepTimeout: stepTimeout},
	}}
	return runAll(t, context.Background(), o)
}

// failures are the errors of the failing steps of a run, by scenario name.
func failures(res *Result) map[string]string {
	got := map[string]string{}
	for _, f := range res.Run.Features {
		for _, sc := range f.Scenarios {
			if st := sc.FailingStep(); st != nil {
				got[sc.Name] = st.Error
			}
		}
	}
	return got
}
