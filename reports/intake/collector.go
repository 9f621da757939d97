package intake

import (
	"crypto/rand"
	"io"
	"os"
	"runtime/debug"
	"sync"
	"time"
	"weak"

	"github.com/cucumber/godog"
	"github.com/cucumber/godog/formatters"
	messages "github.com/cucumber/messages/go/v21"

	"github.com/unbind/unbind/reports/record"
	"github.com/unbind/unbind/reports/redact"
)

// Collector records one godog run as a record.Run. It is a godog formatter,
// registered under a name of its own (FormatName) so the caller holds the
// very instance godog reports to; it takes evidence for steps (Attach); and,
// through InitScenario, hooks that time steps as they run and collect what
// steps attach with godog.Attach.
//
// A Collector serves one run. It is safe for concurrent scenarios.
type Collector struct {
	name string
	now  func() time.Time
	// dir is the working folder, which feature URIs are recorded relative
	// to; module is the main module's path, which step definitions are
	// located relative to.
	dir, module string

	mu       sync.Mutex
	suite    string
	started  time.Time
	finished time.Time
	features []record.RawFeature
	pickles  map[string]*record.RawPickle   // by pickle id
	owners   map[string]*record.RawPickle   // by pickle step id
	current  map[string]string              // by pickle id: the step running now, known to the hooks
	hooked   map[string]*hookedStep         // by pickle step id
	pending  map[string][]record.Attachment // by pickle step id, scenario not seen yet
	watcher  Watcher
}

// hookedStep is what the step hooks know of a step.
type hookedStep struct {
	timed     bool // timed by the step hooks, not by the formatter calls
	harvested int  // how many godog.Attach attachments were taken already
}

// NewCollector returns a collector registered with godog. Put FormatName in
// godog.Options.Format, alone or beside other formats:
//
//	c := intake.NewCollector()
//	opts.Format = "pretty," + c.FormatName()
//
// The registration holds the collector weakly: it costs nothing once the
// collector is dropped.
func NewCollector() *Collector {
	c := newCollector()
	c.name = "unbind-run-" + rand.Text()
	ref := weak.Make(c)
	godog.Format(c.name, "records the run for the unbind reports", func(suite string, _ io.Writer) formatters.Formatter {
		if live := ref.Value(); live != nil {
			live.setSuite(suite)
			return live
		}
		return newCollector()
	})
	return c
}

func newCollector() *Collector {
	dir, _ := os.Getwd()
	module := ""
	if bi, ok := debug.ReadBuildInfo(); ok {
		module = bi.Main.Path
	}
	return &Collector{
		now:     time.Now,
		dir:     dir,
		module:  module,
		pickles: map[string]*record.RawPickle{},
		owners:  map[string]*record.RawPickle{},
		current: map[string]string{},
		hooked:  map[string]*hookedStep{},
		pending: map[string][]record.Attachment{},
	}
}

// FormatName is the godog format name this collector is registered under.
func (c *Collector) FormatName() string { return c.name }

func (c *Collector) setSuite(name string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.suite = name
}

// Attach adds evidence to the step whose pickle step id is given
// (godog.Step.Id). It may be called at any time: from the step's own
// definition, from before- and after-step hooks, from after-scenario hooks,
// even after the run; evidence for a scenario the collector has not seen yet
// is held until it is. Steps run through godog.Steps have no pickle step id:
// evidence with an empty id is dropped.
func (c *Collector) Attach(pickleStepID string, a record.Attachment) {
	if pickleStepID == "" {
		return
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if pr := c.owners[pickleStepID]; pr != nil {
		rec := pr.Steps[pickleStepID]
		rec.Attachments = append(rec.Attachments, a)
		return
	}
	c.pending[pickleStepID] = append(c.pending[pickleStepID], a)
}

// Run returns the record of the run so far, its card numbers and CVVs
// masked (redact.Record): nothing made of it shows them. It may be called
// while the run is going (for a report of an interrupted run); the Run
// returned shares nothing the collector changes later, except attachment
// bodies, which are never changed.
func (c *Collector) Run() *record.Run {
	c.mu.Lock()
	r := record.Raw{Suite: c.suite, Started: c.started, Finished: c.finished, Dir: c.dir, Features: c.features, Pickles: c.pickles}.Run()
	c.mu.Unlock()
	redact.Record(r)
	return r
}

// pickleLocked returns the record of a pickle, making it on first sight.
// c.mu must be held.
func (c *Collector) pickleLocked(p *messages.Pickle) *record.RawPickle {
	pr := c.pickles[p.Id]
	if pr != nil {
		return pr
	}
	pr = record.NewRawPickle(p, c.now())
	for _, st := range p.Steps {
		pr.Steps[st.Id].Attachments = c.pending[st.Id]
		delete(c.pending, st.Id)
		c.owners[st.Id] = pr
		c.hooked[st.Id] = &hookedStep{}
	}
	c.pickles[p.Id] = pr
	return pr
}

// stepLocked returns the record of a step of a pickle and what the hooks
// know of it; nil when the step is not one of the pickle's. c.mu must be
// held.
func (c *Collector) stepLocked(p *messages.Pickle, stepID string) (*record.RawStep, *hookedStep) {
	pr := c.pickleLocked(p)
	pr.Last = c.now()
	return pr.Steps[stepID], c.hooked[stepID]
}
