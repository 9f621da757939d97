package console

import (
	"fmt"
	"io"
	"strings"
	"sync"
	"time"

	"github.com/unbind/unbind/reports/record"
)

// Style is how a Console shows the scenarios as they end.
type Style int

const (
	// List prints one line per scenario as it ends, with the steps of one
	// that failed.
	List Style = iota
	// Progress prints one character per step as it ends: "." passed, "F"
	// failing, "-" skipped, "?" did not finish.
	Progress
	// Quiet prints nothing as the run goes; Summary still sums it up.
	Quiet
)

// Options say how a Console writes.
type Options struct {
	Style Style
	// Verbose shows the steps of every scenario, not only of failed ones.
	Verbose bool
	// Color paints the marks (green passed, red failed, yellow flaky):
	// for a terminal only.
	Color bool
}

// Console writes a run's scenarios as they end. Its methods may be called
// from any goroutine.
type Console struct {
	o Options

	mu      sync.Mutex
	w       io.Writer
	attempt int // 0 the first round of the run, k the k-th retry
	total   int // scenarios of the round
	done    int // scenarios of the round printed
	column  int // characters on the current line of Progress
	steps   int // step characters printed by Progress
}

// New returns a console writing to w.
func New(w io.Writer, o Options) *Console {
	return &Console{w: w, o: o}
}

// Round starts a round of the run: the first (attempt 0) or the retry
// attempt of its failed scenarios, n scenarios in all.
func (c *Console) Round(attempt, n int) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.endLineLocked()
	c.attempt, c.total, c.done = attempt, n, 0
}

// EndLine ends the line of Progress marks, if one is open, so that what is
// printed next starts a line of its own.
func (c *Console) EndLine() {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.endLineLocked()
}

// Step is told of each step result as godog reports it.
func (c *Console) Step(s record.Status) {
	if c.o.Style != Progress {
		return
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	fmt.Fprint(c.w, c.paint(progressChar(s), s, false))
	c.column++
	c.steps++
	if c.column == progressWidth {
		fmt.Fprintf(c.w, " %d\n", c.steps)
		c.column = 0
	}
}

// progressWidth is how many step characters a line of Progress holds.
const progressWidth = 70

func progressChar(s record.Status) string {
	switch {
	case s == record.StatusPassed:
		return "."
	case s.Failing():
		return "F"
	case s == record.StatusSkipped:
		return "-"
	}
	return "?"
}

// Scenario is told of a scenario whose record is complete; List prints it
// whole.
func (c *Console) Scenario(sc *record.Scenario) {
	if c.o.Style != List {
		return
	}
	var b strings.Builder
	c.mu.Lock()
	defer c.mu.Unlock()
	c.done++
	writeScenario(&b, sc, c.counter(), c.attempt, c.paint)
	if c.o.Verbose || sc.Status().Failing() || sc.Status() == record.StatusUnknown {
		writeSteps(&b, sc.Steps, "        ", c.paint)
	}
	io.WriteString(c.w, b.String())
}

// counter is "[ 3/69]", padded so the lines of a round line up.
func (c *Console) counter() string {
	total := fmt.Sprint(max(c.total, c.done))
	return fmt.Sprintf("[%*d/%s]", len(total), c.done, total)
}

// painter colours a mark for a status (flaky: passed on a retry).
type painter func(mark string, s record.Status, flaky bool) string

// paint colours a mark when the console is in colour.
func (c *Console) paint(mark string, s record.Status, flaky bool) string {
	if !c.o.Color {
		return mark
	}
	code := "2" // dim: not run, did not finish
	switch {
	case flaky:
		code = "33"
	case s == record.StatusPassed:
		code = "32"
	case s.Failing():
		code = "31"
	}
	return "\x1b[" + code + "m" + mark + "\x1b[0m"
}

// endLineLocked ends a line of Progress left open.
func (c *Console) endLineLocked() {
	if c.column > 0 {
		fmt.Fprintln(c.w)
		c.column = 0
	}
}

// Finish ends the console's output, before the summary.
func (c *Console) Finish() {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.endLineLocked()
}

// writeScenario writes the line of a scenario that ended.
func writeScenario(b *strings.Builder, sc *record.Scenario, counter string, attempt int, paint painter) {
	st := sc.Status()
	flaky := attempt > 0 && st == record.StatusPassed
	mark := scenarioMark(st)
	if flaky {
		mark = markFlaky
	}
	mark = paint(mark, st, flaky)
	// A scenario not run has no time worth a reader's look: the
	// milliseconds its setup took before it was skipped.
	took := duration(sc.Duration())
	if st == record.StatusSkipped {
		took = "not run"
	}
	fmt.Fprintf(b, "%s %s %s › %s (%s", counter, mark, sc.Location(), sc.Name, took)
	if attempt > 0 {
		fmt.Fprintf(b, ", retry #%d", attempt)
	}
	b.WriteString(")\n")
}

// The marks of a scenario's line.
const (
	markPassed  = "✓"
	markFailed  = "✘"
	markFlaky   = "↻" // passed when run again
	markNotRun  = "−" // skipped, or kept from running by an interruption
	markUnknown = "?" // did not finish
)

func scenarioMark(s record.Status) string {
	switch {
	case s == record.StatusPassed:
		return markPassed
	case s.Failing():
		return markFailed
	case s == record.StatusSkipped:
		return markNotRun
	}
	return markUnknown
}

// writeSteps writes each step with its mark, its label padded so that the
// durations line up, and the error of a failing one under it.
func writeSteps(b *strings.Builder, steps []*record.Step, indent string, paint painter) {
	w := 0
	for _, st := range steps {
		w = max(w, width(st.Label()))
	}
	for _, st := range steps {
		label := st.Label()
		if ran(st) {
			label = pad(label, w) + "  " + duration(st.Duration)
		}
		fmt.Fprintf(b, "%s%s %s\n", indent, paint(scenarioMark(st.Status), st.Status, false), strings.TrimRight(label, " "))
		if st.Status.Failing() {
			fmt.Fprintf(b, "%s  %s\n", indent, indentLines(problem(st), indent+"  "))
		}
	}
}

// ran says whether the step ran, so that its duration means something.
func ran(st *record.Step) bool {
	return st.Status != record.StatusSkipped && st.Status != record.StatusUnknown && st.Status != record.StatusUndefined
}

// problem says what went wrong with a step.
func problem(st *record.Step) string {
	if st.Error != "" {
		return st.Error
	}
	switch st.Status {
	case record.StatusUndefined:
		return "no step matches this text ('unbind steps' lists every step)"
	case record.StatusPending:
		return "the step is pending"
	}
	return string(st.Status)
}

func indentLines(s, prefix string) string {
	return strings.ReplaceAll(strings.TrimRight(s, "\n"), "\n", "\n"+prefix)
}

// duration is "345 ms" under a second, else "1.2 s".
func duration(d time.Duration) string {
	if d < time.Second {
		return fmt.Sprintf("%d ms", d.Milliseconds())
	}
	return fmt.Sprintf("%.1f s", d.Seconds())
}
