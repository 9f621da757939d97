package steps

import (
	"context"
	"fmt"
	"time"

	"github.com/cucumber/godog"

	"github.com/unbind/unbind/sim"
	"github.com/unbind/unbind/sim/catalog"
	"github.com/unbind/unbind/steps/browser"
)

// DefaultStepTimeout is the deadline of one step when none is configured.
const DefaultStepTimeout = 10 * time.Second

// Harness binds the vocabulary to one browser and one simulated site. One
// Harness serves a whole run; each scenario gets its own session and world.
type Harness struct {
	// Browser is the running Chromium every scenario opens a session in.
	Browser *browser.Browser
	// Sim is the simulated site whose worlds scenarios run in.
	Sim *sim.Sim
	// StepTimeout bounds every step; DefaultStepTimeout when zero.
	StepTimeout time.Duration
	// Evidence says where and when evidence of steps is kept.
	Evidence EvidenceOptions
	// Attach, when set, receives every piece of evidence of a step, keyed by
	// the pickle step id, so report writers can embed it.
	Attach func(pickleStepID string, a Attachment)
	// Logf, when set, receives progress lines.
	Logf func(format string, args ...any)
	// Include, when set, says whether a scenario (by pickle id) is this
	// run's to execute; the others are skipped before anything starts, for
	// example because another shard runs them.
	Include func(pickleID string) bool

	dirs    dirNames
	catalog *catalog.Catalog
}

// EvidenceOptions says where evidence goes and when it is taken.
type EvidenceOptions struct {
	// Dir is the folder evidence is written under, one folder per scenario.
	// Empty keeps evidence in memory only (attachments).
	Dir string
	// EveryStep takes a screenshot after every passing step too, for writers
	// who illustrate their articles. Failing steps always get one.
	EveryStep bool
}

// Attachment is one piece of evidence of a step.
type Attachment struct {
	Name      string // file name, for example "step-03-failed.png"
	MediaType string // for example "image/png"
	Body      []byte
	Path      string // where it was written, when written to disk
}

func (h *Harness) stepTimeout() time.Duration {
	if h.StepTimeout > 0 {
		return h.StepTimeout
	}
	return DefaultStepTimeout
}

func (h *Harness) logf(format string, args ...any) {
	if h.Logf != nil {
		h.Logf(format, args...)
	}
}

// InitializeScenario is the godog scenario initializer: it registers the
// vocabulary bound to a fresh scenario and the hooks that open and close the
// scenario's session and world.
func (h *Harness) InitializeScenario(sc *godog.ScenarioContext) {
	s := &Scenario{h: h}
	for _, st := range Vocabulary() {
		sc.Step(st.Pattern, st.Bind(s))
	}
	sc.Before(s.begin)
	sc.After(s.end)
	sc.StepContext().Before(s.beforeStep)
	sc.StepContext().After(s.afterStep)
}

// Prepare checks that the harness is wired and loads what its scenarios
// share. Call it once before the first scenario.
func (h *Harness) Prepare() error {
	if h.Browser == nil {
		return fmt.Errorf("harness has no browser")
	}
	if h.Sim == nil {
		return fmt.Errorf("harness has no simulated site")
	}
	if h.catalog == nil {
		cat, err := loadCatalog()
		if err != nil {
			return err
		}
		h.catalog = cat
	}
	return nil
}

// stepContext derives the deadline of one step from the scenario's context.
func (s *Scenario) stepContext(ctx context.Context) (context.Context, context.CancelFunc) {
	return context.WithTimeout(ctx, s.h.stepTimeout())
}
