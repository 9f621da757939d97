package intake

import (
	"github.com/unbind/unbind/reports/record"
	"github.com/unbind/unbind/reports/redact"
)

// Watcher is told of a run as it goes: each step's result as godog reports
// it, and each scenario once its record is complete (every step has its
// result), as the record of the run will have it: its card numbers and
// CVVs masked (redact.Scenario). Its methods are called
// from godog's goroutines, several at once when scenarios run at once, and
// never while the collector is locked.
type Watcher interface {
	Step(pickleID string, s record.Status)
	Scenario(sc *record.Scenario)
}

// Watch has w told of the run from now on; nil stops telling. Call it
// before the run starts.
func (c *Collector) Watch(w Watcher) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.watcher = w
}

// completeLocked is the record of the scenario when every step of it has
// its result, else nil. c.mu must be held.
func (c *Collector) completeLocked(pickleID string) *record.Scenario {
	pr := c.pickles[pickleID]
	if pr == nil || c.watcher == nil {
		return nil
	}
	for _, st := range pr.Steps {
		if st.Status == record.StatusUnknown {
			return nil
		}
	}
	one := record.Raw{Suite: c.suite, Dir: c.dir, Features: c.features, Pickles: map[string]*record.RawPickle{pickleID: pr}}.Run()
	for _, f := range one.Features {
		for _, sc := range f.Scenarios {
			return sc
		}
	}
	return nil
}

// tell tells w of a step's result and of the scenario it completed, if it
// did.
func tell(w Watcher, pickleID string, s record.Status, complete *record.Scenario) {
	if w == nil {
		return
	}
	if s != "" {
		w.Step(pickleID, s)
	}
	if complete != nil {
		redact.Scenario(complete)
		w.Scenario(complete)
	}
}
