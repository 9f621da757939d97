package reports

import (
	"context"
	"errors"
	"fmt"
	"io"
	"sync"
	"testing"
	"time"

	"github.com/cucumber/godog"
)

// pixelPNG is a 1x1 PNG, the screenshot of the fake harness.
var pixelPNG = []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x02\x00\x00\x00\x90wS\xde\x00\x00\x00\x0cIDATx\x9cc\xf8\xcf\xc0\x00\x00\x03\x01\x01\x00\xc9\xfe\x92\xef\x00\x00\x00\x00IEND\xaeB`\x82")

// fakeRun says how to run the fake suite.
type fakeRun struct {
	concurrency int
	// timedByHooks registers the collector's hooks (InitScenario).
	timedByHooks bool
	// meet makes the first scenarios wait for each other in their first step
	// until this many run at once, so a concurrent run really overlaps.
	meet int
	// tags selects scenarios, as a shard would.
	tags string
	// paths are the features to run; testdata/features when empty.
	paths []string
	// shot is the screenshot of a failing step; pixelPNG when nil.
	shot []byte
	// everyStep attaches a screenshot to every passing step too, as the
	// harness does with --screenshots steps.
	everyStep bool
}

// runFake runs the features in testdata/features with step definitions that
// stand in for the harness: they pass, fail with the page they were on,
// attach evidence the two ways the harness can (godog.Attach in the step,
// Collector.Attach in an after-step hook), and leave steps undefined,
// pending, ambiguous and skipped.
func runFake(t *testing.T, fr fakeRun) *Run {
	t.Helper()
	c := NewCollector()
	b := newBarrier(fr.meet)
	suite := godog.TestSuite{
		Name: "fake harness",
		ScenarioInitializer: func(sc *godog.ScenarioContext) {
			fakeSteps(sc, b)
			fakeEvidence(sc, c, fr)
			if fr.timedByHooks {
				c.InitScenario(sc)
			}
		},
		Options: &godog.Options{
			Format: c.FormatName(), Paths: fr.featurePaths(), Output: io.Discard,
			Strict: true, NoColors: true, Concurrency: fr.concurrency, Tags: fr.tags,
		},
	}
	if code := suite.Run(); code != 1 {
		t.Fatalf("godog exit code = %d, want 1 (the fake suite has failing scenarios)", code)
	}
	return c.Run()
}

func (fr fakeRun) featurePaths() []string {
	if len(fr.paths) == 0 {
		return []string{"testdata/features"}
	}
	return fr.paths
}

func fakeSteps(sc *godog.ScenarioContext, b *barrier) {
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

// fakeEvidence attaches a screenshot and the DOM (kept as a file) to every
// failing step, from an after-step hook as the harness does, and when asked
// a screenshot to every passing step.
func fakeEvidence(sc *godog.ScenarioContext, c *Collector, fr fakeRun) {
	shot := fr.shot
	if shot == nil {
		shot = pixelPNG
	}
	sc.StepContext().After(func(ctx context.Context, st *godog.Step, status godog.StepResultStatus, _ error) (context.Context, error) {
		switch {
		case status == godog.StepFailed:
			c.Attach(st.Id, Attachment{Name: "step-failed.png", MediaType: "image/png", Body: shot})
			c.Attach(st.Id, Attachment{Name: "dom.html", MediaType: "text/html", Path: "testdata/evidence/dom.html"})
		case status == godog.StepPassed && fr.everyStep:
			c.Attach(st.Id, Attachment{Name: "step-passed.png", MediaType: "image/png", Body: pixelPNG})
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
