package fake

import (
	"context"
	"embed"
	"errors"
	"fmt"
	"io"
	"sync"
	"testing"
	"time"

	"github.com/cucumber/godog"

	"github.com/unbind/unbind/reports/intake"
	"github.com/unbind/unbind/reports/record"
)

//go:embed testdata/features testdata/articles testdata/rules testdata/writers
var features embed.FS

// PixelPNG is a 1x1 PNG, the screenshot of the fake harness.
var PixelPNG = []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x02\x00\x00\x00\x90wS\xde\x00\x00\x00\x0cIDATx\x9cc\xf8\xcf\xc0\x00\x00\x03\x01\x01\x00\xc9\xfe\x92\xef\x00\x00\x00\x00IEND\xaeB`\x82")

// DOMPath is the DOM snapshot the fake harness keeps as a file, relative to
// the folder of the tests.
const DOMPath = "testdata/evidence/dom.html"

// Options say how to run the fake suite.
type Options struct {
	Concurrency int
	// TimedByHooks registers the collector's hooks (InitScenario).
	TimedByHooks bool
	// Meet makes the first scenarios wait for each other in their first step
	// until this many run at once, so a concurrent run really overlaps.
	Meet int
	// Tags selects scenarios, as a shard would.
	Tags string
	// Paths are the features to run, in the embedded testdata:
	// "testdata/features" when empty.
	Paths []string
	// Shot is the screenshot of a failing step; PixelPNG when nil.
	Shot []byte
	// EveryStep attaches a screenshot to every passing step too, as the
	// harness does with --screenshots steps.
	EveryStep bool
	// Watch, when set, is told of the run as it goes (Collector.Watch).
	Watch intake.Watcher
}

// Run runs the features with step definitions that stand in for the
// harness: they pass, fail with the page they were on, attach evidence the
// two ways the harness can (godog.Attach in the step, Collector.Attach in
// an after-step hook), and leave steps undefined, pending, ambiguous and
// skipped.
func Run(t *testing.T, o Options) *record.Run {
	t.Helper()
	c := intake.NewCollector()
	c.Watch(o.Watch)
	b := newBarrier(o.Meet)
	suite := godog.TestSuite{
		Name: "fake harness",
		ScenarioInitializer: func(sc *godog.ScenarioContext) {
			steps(sc, b)
			evidence(sc, c, o)
			if o.TimedByHooks {
				c.InitScenario(sc)
			}
		},
		Options: &godog.Options{
			Format: c.FormatName(), Paths: o.paths(), FS: features, Output: io.Discard,
			Strict: true, NoColors: true, Concurrency: o.Concurrency, Tags: o.Tags,
		},
	}
	if code := suite.Run(); code != 1 {
		t.Fatalf("godog exit code = %d, want 1 (the fake suite has failing scenarios)", code)
	}
	return c.Run()
}

func (o Options) paths() []string {
	if len(o.Paths) == 0 {
		return []string{"testdata/features"}
	}
	return o.Paths
}

func steps(sc *godog.ScenarioContext, b *barrier) {
	sc.Step(`^a buyer with a card "([^"]*)"$`, func(string) error { return b.meet() })
	sc.Step(`^the buyer opens the card list$`, func() error { return nil })
	sc.Step(`^the card list shows "([^"]*)"$`, func(string) error { return nil })
	sc.Step(`^the buyer clicks "([^"]*)"$`, clickMissing)
	sc.Step(`^the card list is empty$`, func() error { return nil })
	sc.Step(`^a (\w+) card ending in (\d+)$`, func(string, string) error { return nil })
	sc.Step(`^the buyer removes the card ending in (\d+)$`, removeCard)
	sc.Step(`^the mailbox holds:$`, func(*godog.DocString) error { return nil })
	sc.Step(`^the cards:$`, func(*godog.Table) error { return nil })
	sc.Step(`^the mail links to "([^"]*)"$`, func(string) error { return nil })
	sc.Step(`^шаг в работе$`, func() error { return godog.ErrPending })
	sc.Step(`^шаг с двумя определениями$`, func() error { return nil })
	sc.Step(`^шаг с двумя .*$`, func() error { return nil })
	sc.Step(`^шаг пропускается$`, func() error { return godog.ErrSkip })
	sc.Step(`^карта удалена$`, func() error { return nil })
}

// clickMissing fails the way a harness step does, naming the page, and
// attaches the console through the context.
func clickMissing(ctx context.Context, label string) (context.Context, error) {
	ctx = godog.Attach(ctx, godog.Attachment{FileName: "console.txt", MediaType: "text/plain", Body: []byte("TypeError: cards is undefined\n")})
	return ctx, fmt.Errorf("no button %q on https://intl.alipay.com/user/queryUserBindCard.htm?locale=ru_RU", label)
}

func removeCard(last4 string) error {
	if last4 == "6759" {
		return errors.New("card •••• 6759 is still listed on https://intl.alipay.com/user/queryUserBindCard.htm")
	}
	return nil
}

// evidence attaches a screenshot and the DOM (kept as a file) to every
// failing step, from an after-step hook as the harness does, and when asked
// a screenshot to every passing step.
func evidence(sc *godog.ScenarioContext, c *intake.Collector, o Options) {
	shot := o.Shot
	if shot == nil {
		shot = PixelPNG
	}
	sc.StepContext().After(func(ctx context.Context, st *godog.Step, status godog.StepResultStatus, _ error) (context.Context, error) {
		switch {
		case status == godog.StepFailed:
			c.Attach(st.Id, record.Attachment{Name: "step-failed.png", MediaType: "image/png", Kind: record.Screenshot, Body: shot})
			c.Attach(st.Id, record.Attachment{Name: "dom.html", MediaType: "text/html", Kind: record.Page, Path: DOMPath})
		case status == godog.StepPassed && o.EveryStep:
			c.Attach(st.Id, record.Attachment{Name: "step-passed.png", MediaType: "image/png", Kind: record.Screenshot, Body: PixelPNG})
		}
		return ctx, nil
	})
}

// barrier holds the first n arrivals until all n are there.
type barrier struct {
	mu      sync.Mutex
	n, seen int
	all     chan struct{}
}

func newBarrier(n int) *barrier {
	return &barrier{n: n, all: make(chan struct{})}
}

func (b *barrier) meet() error {
	b.mu.Lock()
	b.seen++
	seen := b.seen
	if seen == b.n {
		close(b.all)
	}
	b.mu.Unlock()
	if seen > b.n {
		return nil
	}
	select {
	case <-b.all:
		return nil
	case <-time.After(10 * time.Second):
		return fmt.Errorf("only %d of %d scenarios ran at once", b.n-1, b.n)
	}
}
