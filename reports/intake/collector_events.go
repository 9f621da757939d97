package intake

import (
	"path"
	"path/filepath"
	"reflect"
	"runtime"
	"strings"

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
	c.pickleLocked(p).Last = c.now()
	var complete *record.Scenario
	if len(p.Steps) == 0 { // nothing more will be reported of it
		complete = c.completeLocked(p.Id)
	}
	w := c.watcher
	c.mu.Unlock()
	tell(w, p.Id, "", complete)
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
	rec.Match = matchOf(def, c.module)
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
	ok := c.resultLocked(p, st, s, err)
	var complete *record.Scenario
	if ok {
		complete = c.completeLocked(p.Id)
	}
	w := c.watcher
	c.mu.Unlock()
	if ok {
		tell(w, p.Id, s, complete)
	}
}

// resultLocked records a step's result; false when the step is not one of
// the pickle's. c.mu must be held.
func (c *Collector) resultLocked(p *messages.Pickle, st *messages.PickleStep, s record.Status, err error) bool {
	rec, hs := c.stepLocked(p, st.Id)
	if rec == nil {
		return false
	}
	rec.Status = s
	if err != nil {
		rec.Error = err.Error()
	}
	if !hs.timed && !rec.Started.IsZero() {
		rec.Duration = c.now().Sub(rec.Started)
	}
	return true
}

// matchOf says where a step definition lives: its pattern and the source
// position of its handler, the file named relative to module (sourceFile).
func matchOf(def *formatters.StepDefinition, module string) *record.Match {
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
			file, line := fn.FileLine(fn.Entry())
			m.File, m.Line = sourceFile(module, fn.Name(), file), line
		}
	}
	return m
}

// sourceFile names the Go file of a function by its package, never by
// where the sources lay on the machine that built the binary: relative to
// the main module for its packages ("steps/page.go"), else by the import
// path of the package ("github.com/x/y/steps.go"), whether or not the
// binary was built with -trimpath. fn is the function's full name,
// file the path the binary knows it by.
func sourceFile(module, fn, file string) string {
	pkg := strings.TrimSuffix(funcPackage(fn), "_test")
	base := path.Base(filepath.ToSlash(file))
	switch {
	case pkg == "main" || pkg == module || pkg == "":
		return base
	case module != "" && strings.HasPrefix(pkg, module+"/"):
		return strings.TrimPrefix(pkg, module+"/") + "/" + base
	}
	return pkg + "/" + base
}

// funcPackage is the import path of the package of a function, from its
// full name ("github.com/unbind/unbind/steps.(*Scenario).bindClick.func1").
func funcPackage(fn string) string {
	if i := strings.IndexByte(fn, '['); i >= 0 { // type arguments may name other packages
		fn = fn[:i]
	}
	slash := strings.LastIndexByte(fn, '/')
	if dot := strings.IndexByte(fn[slash+1:], '.'); dot >= 0 {
		return fn[:slash+1+dot]
	}
	return ""
}
