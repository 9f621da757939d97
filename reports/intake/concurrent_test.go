package intake_test

import (
	"testing"

	"github.com/unbind/unbind/reports/internal/fake"
	"github.com/unbind/unbind/reports/record"
)

// TestConcurrentRun checks what the golden files cannot see after
// normalising: with four scenarios at once, steps carry their real times
// and each piece of evidence sits on the step it was taken for.
func TestConcurrentRun(t *testing.T) {
	r := fake.Run(t, fake.Options{Concurrency: 4, TimedByHooks: true, Meet: 4})
	withEvidence := map[string]int{}
	for _, f := range r.Features {
		for _, sc := range f.Scenarios {
			checkTimes(t, sc)
			for _, st := range sc.Steps {
				if len(st.Attachments) > 0 {
					withEvidence[sc.Name+" / "+st.Text] = len(st.Attachments)
				}
			}
		}
	}
	want := map[string]int{
		`The delete button is missing / the buyer clicks "Delete card"`:                   3,
		"Cards of every brand can be removed / the buyer removes the card ending in 6759": 2,
	}
	if len(withEvidence) != len(want) {
		t.Errorf("steps with evidence = %v, want %v", withEvidence, want)
	}
	for k, n := range want {
		if withEvidence[k] != n {
			t.Errorf("%s has %d attachments, want %d", k, withEvidence[k], n)
		}
	}
}

func checkTimes(t *testing.T, sc *record.Scenario) {
	t.Helper()
	if sc.Started.IsZero() || !sc.Finished.After(sc.Started) {
		t.Errorf("%s: started %v, finished %v", sc.Name, sc.Started, sc.Finished)
	}
	for _, st := range sc.Steps {
		if st.Started.Before(sc.Started) || st.Started.After(sc.Finished) || st.Duration <= 0 {
			t.Errorf("%s / %s: started %v for %v, outside its scenario", sc.Name, st.Text, st.Started, st.Duration)
		}
		if st.Match != nil && (st.Match.File != "reports/internal/fake/fake.go" || st.Match.Line <= 0) {
			t.Errorf("%s: matched in %s:%d, want reports/internal/fake/fake.go", st.Text, st.Match.File, st.Match.Line)
		}
	}
}
