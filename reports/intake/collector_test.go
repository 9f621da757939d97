package intake

import (
	"context"
	"errors"
	"io"
	"runtime"
	"slices"
	"testing"

	"github.com/cucumber/godog"
	"github.com/cucumber/godog/formatters"
	messages "github.com/cucumber/messages/go/v21"

	"github.com/unbind/unbind/reports/record"
)

func onePickle() *messages.Pickle {
	return &messages.Pickle{Id: "p1", Uri: "features/p1.feature", Name: "Remove", Steps: []*messages.PickleStep{
		{Id: "s1", Text: "the buyer opens the card list", AstNodeIds: []string{"n1"}},
		{Id: "s2", Text: "the card is gone", AstNodeIds: []string{"n2"}},
	}}
}

// TestAttachOrder: evidence reaches its step whenever it comes, because
// godog reports a step only after its after-step hooks, and holds back every
// report of a scenario until its end when scenarios run concurrently.
func TestAttachOrder(t *testing.T) {
	png := record.Attachment{Name: "shot.png", MediaType: "image/png", Body: []byte("png")}
	cases := []struct {
		why     string
		feed    func(c *Collector, p *messages.Pickle)
		step    int
		want    int
		dropped bool
	}{
		{"attached before godog reports the scenario (concurrent runs)", func(c *Collector, p *messages.Pickle) {
			c.Attach("s2", png)
			c.Pickle(p)
			c.Failed(p, p.Steps[1], nil, errors.New("boom"))
		}, 1, 1, false},
		{"attached after the step's result", func(c *Collector, p *messages.Pickle) {
			c.Pickle(p)
			c.Passed(p, p.Steps[0], nil)
			c.Attach("s1", png)
			c.Attach("s1", png)
		}, 0, 2, false},
		{"attached after the run", func(c *Collector, p *messages.Pickle) {
			c.Pickle(p)
			c.Summary()
			c.Attach("s2", png)
		}, 1, 1, false},
		{"a sub-step of godog.Steps has no id: dropped", func(c *Collector, p *messages.Pickle) {
			c.Pickle(p)
			c.Attach("", png)
		}, 0, 0, true},
	}
	for _, tc := range cases {
		t.Run(tc.why, func(t *testing.T) {
			c := newCollector()
			tc.feed(c, onePickle())
			r := c.Run()
			got := len(r.Features[0].Scenarios[0].Steps[tc.step].Attachments)
			if got != tc.want {
				t.Errorf("step %d has %d attachments, want %d", tc.step+1, got, tc.want)
			}
			if held := len(c.pending); held != 0 {
				t.Errorf("%d attachments still held for unseen steps", held)
			}
		})
	}
}

// TestRunIsASnapshot: a Run taken while the run goes on does not change
// afterwards, and changing it does not change the collector.
func TestRunIsASnapshot(t *testing.T) {
	c := newCollector()
	p := onePickle()
	c.Pickle(p)
	c.Passed(p, p.Steps[0], nil)
	before := c.Run()
	c.Failed(p, p.Steps[1], nil, errors.New("boom"))
	c.Attach("s1", record.Attachment{Name: "late.txt"})
	steps := before.Features[0].Scenarios[0].Steps
	if steps[1].Status != record.StatusUnknown || len(steps[0].Attachments) != 0 {
		t.Errorf("the earlier Run changed: step 2 %s, step 1 has %d attachments", steps[1].Status, len(steps[0].Attachments))
	}
	steps[0].Status = record.StatusFailed
	if got := c.Run().Features[0].Scenarios[0].Steps[0].Status; got != record.StatusPassed {
		t.Errorf("changing a Run changed the collector: step 1 is %s", got)
	}
}

// TestSnapshotMidRun takes the Run from inside a step, as a report of an
// interrupted run would: what ran is there, the running step is unknown.
func TestSnapshotMidRun(t *testing.T) {
	c := NewCollector()
	var mid *record.Run
	suite := godog.TestSuite{
		ScenarioInitializer: func(sc *godog.ScenarioContext) {
			sc.Step(`^a buyer$`, func() error { return nil })
			sc.Step(`^the run stops here$`, func() error { mid = c.Run(); return nil })
			c.InitScenario(sc)
		},
		Options: &godog.Options{Format: c.FormatName(), Output: io.Discard, Strict: true, FeatureContents: []godog.Feature{{
			Name: "stop.feature", Contents: []byte("Feature: Stop\n  Scenario: Cut\n    Given a buyer\n    When the run stops here\n    Then nothing more\n"),
		}}},
	}
	suite.Run()
	if mid == nil {
		t.Fatal("the step never ran")
	}
	got := []record.Status{}
	for _, st := range mid.Features[0].Scenarios[0].Steps {
		got = append(got, st.Status)
	}
	want := []record.Status{record.StatusPassed, record.StatusUnknown, record.StatusUnknown}
	if !slices.Equal(got, want) || !mid.Finished.IsZero() || mid.Features[0].Scenarios[0].Status() != record.StatusUnknown {
		t.Errorf("mid-run statuses %v (scenario %s, finished %v), want %v, scenario unknown, not finished",
			got, mid.Features[0].Scenarios[0].Status(), mid.Finished, want)
	}
}

// TestCollectorsAreApart: two collectors have their own names and each sees
// only its own run.
func TestCollectorsAreApart(t *testing.T) {
	a, b := NewCollector(), NewCollector()
	if a.FormatName() == b.FormatName() {
		t.Fatalf("two collectors share the format name %q", a.FormatName())
	}
	for _, c := range []*Collector{a, b} {
		if got := formatters.FindFmt(c.FormatName())("suite "+c.FormatName(), io.Discard); got != c {
			t.Errorf("godog's formatter %q is not the collector that registered it", c.FormatName())
		}
	}
	if a.Run().Name == b.Run().Name {
		t.Errorf("both collectors got the suite name %q", a.Run().Name)
	}
}

// TestDroppedCollectorIsReleased: godog's registry does not keep a dropped
// collector (and its screenshots) alive.
func TestDroppedCollectorIsReleased(t *testing.T) {
	name := func() string { return NewCollector().FormatName() }()
	runtime.GC()
	got, ok := formatters.FindFmt(name)("suite", io.Discard).(*Collector)
	if !ok || got.FormatName() != "" {
		t.Errorf("the registry still hands out the dropped collector %q", name)
	}
}

// TestHookErrorsPassThrough: the collector's hooks neither add errors nor
// hide the step's.
func TestHookErrorsPassThrough(t *testing.T) {
	c := newCollector()
	p := onePickle()
	ctx := context.Background()
	if _, err := c.beforeScenario(ctx, p); err != nil {
		t.Fatal(err)
	}
	if _, err := c.afterStep(ctx, p.Steps[0], godog.StepFailed, errors.New("boom")); err != nil {
		t.Errorf("after-step hook returned %v, want nil (godog keeps the step's error itself)", err)
	}
	if _, err := c.afterScenario(ctx, p, errors.New("boom")); err != nil {
		t.Errorf("after-scenario hook returned %v, want nil (godog keeps the step's error itself)", err)
	}
}

// TestSourceFile: a step definition is located relative to its module,
// however the binary was built, and never by an absolute path.
func TestSourceFile(t *testing.T) {
	const mod = "github.com/unbind/unbind"
	cases := []struct{ why, module, fn, file, want string }{
		{"built in place", mod, mod + "/steps.(*Scenario).bindClick.func1", "/work/main/steps/page.go", "steps/page.go"},
		{"built with -trimpath", mod, mod + "/steps.(*Scenario).bindClick.func1", mod + "/steps/page.go", "steps/page.go"},
		{"a test package of the module", mod, mod + "/reports/internal/fake_test.TestX.func2", "/home/u/unbind/reports/internal/fake/x_test.go", "reports/internal/fake/x_test.go"},
		{"the module's root package", "example.com/shop", "example.com/shop.steps.func3", "/home/u/shop/steps.go", "steps.go"},
		{"another module: its import path", mod, "example.com/shop/steps.Click", "/root/go/pkg/mod/example.com/shop@v1.2.0/steps/click.go", "example.com/shop/steps/click.go"},
		{"a generic function over a type of another package", mod, mod + "/steps.bind[...].func1", "/work/main/steps/bind.go", "steps/bind.go"},
		{"a main package", mod, "main.main.func1", "/work/main/cmd/x/main.go", "main.go"},
	}
	for _, tc := range cases {
		if got := sourceFile(tc.module, tc.fn, tc.file); got != tc.want {
			t.Errorf("%s: sourceFile(%q, %q) = %q, want %q", tc.why, tc.fn, tc.file, got, tc.want)
		}
	}
}
