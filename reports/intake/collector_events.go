package intake

import (
	"reflect"
	"runtime"

	"github.com/cucumber/godog/formatters"
	messages "github.com/cucumber/messages/go/v21"

	"github.com/unbind/unbind/reports/record"
)

// The formatters.Formatter methods. godog calls them from the goroutines of
// its scenarios; when it runs scenarios concurrently it holds back every
// call of a scenario until the scenario ends, so the times of these calls
// only time steps when nothing else does (see InitScenario).

var _ formatters.Formatter = (*Collector)(nil)

// TestRunStarted marks the start of the run.
func (c *Collector) TestRunStarted() {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.started = c.now()
}

// Feature records a feature file as godog parsed it.
func (c *Collector) Feature(doc *messages.GherkinDocument, uri string, content []byte) {
	c.mu.Lock()
	defer c.mu.Unlock()
	for _, f := range c.features {
		if f.URI == uri {
			return
		}
	}
	c.features = append(c.features, record.RawFeature{URI: uri, Document: doc, Source: content})
}

// Pickle records that a scenario started.
func (c *Collector) Pickle(p *messages.Pickle) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.pickleLocked(p).Last = c.now()
}

// Defined records the step definition a step matched; godog calls it just
// before the step runs.
func (c *Collector) Defined(p *messages.Pickle, st *messages.PickleStep, def *formatters.StepDefinition) {
	c.mu.Lock()
	defer c.mu.Unlock()
	rec, hs := c.stepLocked(p, st.Id)
	if rec == nil {
		return
	}
	rec.Match = matchOf(def)
	if !hs.timed {
		rec.Started = c.now()
	}
}

// Passed records a passed step.
func (c *Collector) Passed(p *messages.Pickle, st *messages.PickleStep, _ *formatters.StepDefinition) {
	c.result(p, st, record.StatusPassed, nil)
}

// Failed records a failed step and its error.
func (c *Collector) Failed(p *messages.Pickle, st *messages.PickleStep, _ *formatters.StepDefinition, err error) {
	c.result(p, st, record.StatusFailed, err)
}

// Skipped records a skipped step.
func (c *Collector) Skipped(p *messages.Pickle, st *messages.PickleStep, _ *formatters.StepDefinition) {
	c.result(p, st, record.StatusSkipped, nil)
}

// Undefined records a step no definition matches.
func (c *Collector) Undefined(p *messages.Pickle, st *messages.PickleStep, _ *formatters.StepDefinition) {
	c.result(p, st, record.StatusUndefined, nil)
}

// Pending records a step whose definition is pending.
func (c *Collector) Pending(p *messages.Pickle, st *messages.PickleStep, _ *formatters.StepDefinition) {
	c.result(p, st, record.StatusPending, nil)
}

// Ambiguous records a step several definitions match.
func (c *Collector) Ambiguous(p *messages.Pickle, st *messages.PickleStep, _ *formatters.StepDefinition, err error) {
	c.result(p, st, record.StatusAmbiguous, err)
}

// Summary marks the end of the run.
func (c *Collector) Summary() {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.finished = c.now()
}

func (c *Collector) result(p *messages.Pickle, st *messages.PickleStep, s record.Status, err error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	rec, hs := c.stepLocked(p, st.Id)
	if rec == nil {
		return
	}
	rec.Status = s
	if err != nil {
		rec.Error = err.Error()
	}
	if !hs.timed && !rec.Started.IsZero() {
		rec.Duration = c.now().Sub(rec.Started)
	}
}

// matchOf says where a step definition lives: its pattern and the source
// position of its handler.
func matchOf(def *formatters.StepDefinition) *record.Match {
	if def == nil {
		return nil
	}
	m := &record.Match{}
	if def.Expr != nil {
		m.Pattern = def.Expr.String()
	}
	v := reflect.ValueOf(def.Handler)
	if v.Kind() == reflect.Func && !v.IsNil() {
		if fn := runtime.FuncForPC(v.Pointer()); fn != nil {
			m.File, m.Line = fn.FileLine(fn.Entry())
		}
	}
	return m
}
