package intake_test

import (
	"reflect"
	"sync"
	"testing"

	"github.com/unbind/unbind/reports/internal/fake"
	"github.com/unbind/unbind/reports/record"
)

// watcher keeps what it is told.
type watcher struct {
	mu        sync.Mutex
	steps     map[string][]record.Status
	scenarios []*record.Scenario
}

func (w *watcher) Step(id string, s record.Status) {
	w.mu.Lock()
	defer w.mu.Unlock()
	w.steps[id] = append(w.steps[id], s)
}

func (w *watcher) Scenario(sc *record.Scenario) {
	w.mu.Lock()
	defer w.mu.Unlock()
	w.scenarios = append(w.scenarios, sc)
}

// TestWatchTellsEachScenarioOnceComplete checks, one at a time and four at
// once, that a watcher is told of every scenario once, with every step's
// result and evidence as the record of the run has them, and of every
// step's result.
func TestWatchTellsEachScenarioOnceComplete(t *testing.T) {
	for _, n := range []int{1, 4} {
		w := &watcher{steps: map[string][]record.Status{}}
		r := fake.Run(t, fake.Options{Concurrency: n, TimedByHooks: true, Meet: n, Watch: w})
		told := map[string]*record.Scenario{}
		for _, sc := range w.scenarios {
			if told[sc.ID] != nil {
				t.Errorf("concurrency %d: told of %s twice", n, sc.Name)
			}
			told[sc.ID] = sc
		}
		for _, f := range r.Features {
			for _, want := range f.Scenarios {
				got := told[want.ID]
				if got == nil {
					t.Errorf("concurrency %d: never told of %s", n, want.Name)
					continue
				}
				if got.Status() != want.Status() || got.Location() != want.Location() || got.Name != want.Name {
					t.Errorf("concurrency %d: told %s %s %s, the record says %s %s", n, got.Location(), got.Name, got.Status(), want.Location(), want.Status())
				}
				var statuses []record.Status
				for i, st := range want.Steps {
					statuses = append(statuses, st.Status)
					if g := got.Steps[i]; g.Error != st.Error || len(g.Attachments) != len(st.Attachments) {
						t.Errorf("concurrency %d: %s / %s: told %q with %d attachments, the record has %q with %d", n, want.Name, st.Text, g.Error, len(g.Attachments), st.Error, len(st.Attachments))
					}
				}
				if len(want.Steps) > 0 && !reflect.DeepEqual(w.steps[want.ID], statuses) {
					t.Errorf("concurrency %d: %s: told of steps %v, want %v", n, want.Name, w.steps[want.ID], statuses)
				}
			}
		}
	}
}
