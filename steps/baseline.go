package steps

import (
	"errors"
	"fmt"
	"hash/fnv"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"sync"

	"github.com/cucumber/godog"

	"github.com/unbind/unbind/reports/record"
	"github.com/unbind/unbind/steps/visual"
)

// BaselineOptions say where the screenshots a run's steps are compared
// with are kept, and whether this run keeps its own as the new ones.
type BaselineOptions struct {
	// Dir holds one PNG per step of a passing scenario that showed a page,
	// at <Dir>/<feature file>/<scenario name>/step-05.png; empty compares
	// nothing.
	Dir string
	// Update writes this run's screenshots into Dir in place of the ones
	// there, instead of comparing; it removes none.
	Update bool
	// Threshold is how far two pixels' colours may differ and still be
	// the same (visual.DefaultThreshold when 0).
	Threshold float64
}

// BaselineCount is what the comparisons of a run came to.
type BaselineCount struct {
	// Compared is how many screenshots were compared with a baseline, and
	// Drifted how many of them differed.
	Compared, Drifted int
	// Missing is how many screenshots had no baseline to compare with.
	Missing int
	// Written is how many baselines the run wrote (BaselineOptions.Update).
	Written int
}

// baselineCounter counts the comparisons of the scenarios running at once.
type baselineCounter struct {
	mu sync.Mutex
	n  BaselineCount
}

func (c *baselineCounter) add(f func(*BaselineCount)) {
	c.mu.Lock()
	defer c.mu.Unlock()
	f(&c.n)
}

// Baselines is what the comparisons with baselines came to so far.
func (h *Harness) Baselines() BaselineCount {
	h.baselines.mu.Lock()
	defer h.baselines.mu.Unlock()
	return h.baselines.n
}

// baselineDir is the folder of a scenario's baselines under dir: named as
// its evidence folder is, <feature file>/<scenario name>, and stable from
// run to run whatever order the scenarios run in. The rows of an outline,
// which share the outline's name, are told apart by what their steps say.
func baselineDir(dir string, sc *godog.Scenario) string {
	if dir == "" {
		return ""
	}
	feature := strings.TrimSuffix(filepath.Base(sc.Uri), filepath.Ext(sc.Uri))
	name := slug(sc.Name)
	if len(sc.AstNodeIds) > 1 { // an outline's row
		h := fnv.New32a()
		for _, st := range sc.Steps {
			fmt.Fprintln(h, st.Text)
		}
		name = fmt.Sprintf("%s-%08x", name, h.Sum32())
	}
	return filepath.Join(dir, slug(feature), name)
}

// baselineFile is the baseline of the scenario's step n.
func baselineFile(dir string, n int) string {
	return filepath.Join(dir, fmt.Sprintf("step-%02d.png", n))
}

// checkBaseline compares the screenshot of the running step with its
// baseline and keeps a diff image when the two differ; with Update it
// keeps the screenshot as the baseline instead. What cannot be compared
// becomes a note, never a failure: drift is a warning.
func (s *Scenario) checkBaseline(st *godog.Step, base string, shot []byte) {
	o := s.h.Evidence.Baseline
	if s.baseDir == "" {
		return
	}
	file := baselineFile(s.baseDir, s.stepNum)
	if o.Update {
		err := os.MkdirAll(s.baseDir, 0o755)
		if err == nil {
			err = os.WriteFile(file, shot, 0o644)
		}
		if err != nil {
			s.keep(st, base, record.Note, []byte(fmt.Sprintf("Baseline not written: %v\n", err)))
			return
		}
		s.h.baselines.add(func(n *BaselineCount) { n.Written++ })
		return
	}
	want, err := os.ReadFile(file)
	if errors.Is(err, fs.ErrNotExist) {
		s.h.baselines.add(func(n *BaselineCount) { n.Missing++ })
		return
	}
	var res visual.Result
	if err == nil {
		res, err = visual.Compare(want, shot, o.Threshold)
	}
	if err != nil {
		s.keep(st, base, record.Note, []byte(fmt.Sprintf("Not compared with the baseline %s: %v\n", file, err)))
		return
	}
	s.h.baselines.add(func(n *BaselineCount) {
		n.Compared++
		if res.Drifted() {
			n.Drifted++
		}
	})
	if res.Drifted() {
		s.keep(st, base, record.Drift, res.Diff)
	}
}
