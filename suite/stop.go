package suite

import (
	"context"
	"errors"
	"fmt"
	"sync"

	"github.com/cucumber/godog"

	"github.com/unbind/unbind/reports/record"
)

// StoppedReason is the reason a report gives for a scenario a run did not
// start because enough scenarios had failed (Options.MaxFailures). Such a
// scenario is not run (NotRun), like one an interruption kept from running:
// neither passed nor failed.
const StoppedReason = "not started: the run stopped after its failures (max failures)"

// failureBudget counts the scenarios of a run that failed and, once Max
// have, skips every scenario that has not started yet. A nil budget, or
// one of Max 0, never stops.
type failureBudget struct {
	max    int
	runs   func(id string) bool // the scenarios the run executes; godog sees the others too
	mu     sync.Mutex
	failed int
	ids    map[string]bool // skipped because the budget was spent
}

func newFailureBudget(max int, runs func(id string) bool) *failureBudget {
	return &failureBudget{max: max, runs: runs, ids: map[string]bool{}}
}

// spent says whether as many scenarios have failed as the run allows.
func (b *failureBudget) spent() bool {
	if b == nil || b.max <= 0 {
		return false
	}
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.failed >= b.max
}

// before is a before-scenario hook that skips a scenario once the budget is
// spent. It must run before the hooks that set a scenario up.
func (b *failureBudget) before(ctx context.Context, sc *godog.Scenario) (context.Context, error) {
	if !b.spent() {
		return ctx, nil
	}
	if b.runs != nil && !b.runs(sc.Id) {
		return ctx, godog.ErrSkip // another shard's, or one its tags leave out: not this run's to count
	}
	b.mu.Lock()
	defer b.mu.Unlock()
	b.ids[sc.Id] = true
	return ctx, godog.ErrSkip
}

// after is an after-scenario hook that counts a scenario that failed. It
// returns no error of its own: godog would add it to the scenario's.
func (b *failureBudget) after(ctx context.Context, _ *godog.Scenario, err error) (context.Context, error) {
	if b != nil && err != nil && !errors.Is(err, godog.ErrSkip) {
		b.mu.Lock()
		b.failed++
		b.mu.Unlock()
	}
	return ctx, nil
}

// skipped says whether the budget kept the scenario from starting.
func (b *failureBudget) skipped(id string) bool {
	if b == nil {
		return false
	}
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.ids[id]
}

// stopped says, once the run is over, why it stopped starting scenarios,
// or "" when it did not.
func (b *failureBudget) stopped() string {
	if b == nil {
		return ""
	}
	b.mu.Lock()
	defer b.mu.Unlock()
	if len(b.ids) == 0 {
		return ""
	}
	return fmt.Sprintf("stopped after %s (max failures %d): %s not started", count(b.failed, "failed scenario"), b.max, count(len(b.ids), "scenario"))
}

// markStopped reports the scenarios the budget kept from starting as not
// run: every step skipped, with the reason StoppedReason.
func markStopped(r *record.Run, skipped func(id string) bool) {
	for _, f := range r.Features {
		for _, sc := range f.Scenarios {
			if !skipped(sc.ID) {
				continue
			}
			for _, st := range sc.Steps {
				st.Status, st.Error = record.StatusSkipped, StoppedReason
			}
		}
	}
}
