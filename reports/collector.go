package reports

import (
	"crypto/rand"
	"io"
	"sync"
	"time"
	"weak"

	"github.com/cucumber/godog"
	"github.com/cucumber/godog/formatters"
	messages "github.com/cucumber/messages/go/v21"
)

// Collector records one godog run as a Run. It is a godog formatter,
// registered under a name of its own (FormatName) so the caller holds the
// very instance godog reports to; it takes evidence for steps (Attach); and,
// through InitScenario, hooks that time steps as they run and collect what
// steps attach with godog.Attach.
//
// A Collector serves one run. It is safe for concurrent scenarios.
type Collector struct {
	name string
	now  func() time.Time

	mu       sync.Mutex
	suite    string
	started  time.Time
	finished time.Time
	features []featureRecord
	pickles  map[string]*pickleRecord // by pickle id
	owners   map[string]*pickleRecord // by pickle step id
	pending  map[string][]Attachment  // by pickle step id, scenario not seen yet
}

type featureRecord struct {
	uri     string
	doc     *messages.GherkinDocument
	content []byte
}

type pickleRecord struct {
	pickle      *messages.Pickle
	first, last time.Time              // first and last moment the scenario was seen
	steps       map[string]*stepRecord // by pickle step id
	current     string                 // the step running now, known to the hooks
	earlier     []*pickleRecord        // attempts before this one, read from messages
}

type stepRecord struct {
	status      Status
	err         string
	match       *Match
	started     time.Time
	duration    time.Duration
	timed       bool // timed by the step hooks, not by the formatter calls
	attachments []Attachment
	harvested   int // how many godog.Attach attachments were taken already
}

// NewCollector returns a collector registered with godog. Put FormatName in
// godog.Options.Format, alone or beside other formats:
//
//	c := reports.NewCollector()
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
	return &Collector{
		now:     time.Now,
		pickles: map[string]*pickleRecord{},
		owners:  map[string]*pickleRecord{},
		pending: map[string][]Attachment{},
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
func (c *Collector) Attach(pickleStepID string, a Attachment) {
	if pickleStepID == "" {
		return
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if pr := c.owners[pickleStepID]; pr != nil {
		rec := pr.steps[pickleStepID]
		rec.attachments = append(rec.attachments, a)
		return
	}
	c.pending[pickleStepID] = append(c.pending[pickleStepID], a)
}

// Run returns the record of the run so far. It may be called while the run
// is going (for a report of an interrupted run); the Run returned shares
// nothing the collector changes later, except attachment bodies, which are
// never changed.
func (c *Collector) Run() *Run {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.build()
}

// pickleLocked returns the record of a pickle, making it on first sight.
// c.mu must be held.
func (c *Collector) pickleLocked(p *messages.Pickle) *pickleRecord {
	pr := c.pickles[p.Id]
	if pr != nil {
		return pr
	}
	pr = newPickleRecord(p, c.now())
	for _, st := range p.Steps {
		pr.steps[st.Id].attachments = c.pending[st.Id]
		delete(c.pending, st.Id)
		c.owners[st.Id] = pr
	}
	c.pickles[p.Id] = pr
	return pr
}

// newPickleRecord records a scenario seen first at first, its steps not run.
func newPickleRecord(p *messages.Pickle, first time.Time) *pickleRecord {
	pr := &pickleRecord{pickle: p, steps: map[string]*stepRecord{}, first: first, last: first}
	for _, st := range p.Steps {
		pr.steps[st.Id] = &stepRecord{status: StatusUnknown}
	}
	return pr
}

// stepLocked returns the record of a step of a pickle; nil when the step is
// not one of the pickle's. c.mu must be held.
func (c *Collector) stepLocked(p *messages.Pickle, stepID string) *stepRecord {
	pr := c.pickleLocked(p)
	pr.last = c.now()
	return pr.steps[stepID]
}
