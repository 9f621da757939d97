package intake

import (
	"context"
	"crypto/rand"
	"errors"
	"io"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/cucumber/godog"
	"github.com/cucumber/godog/formatters"
	messages "github.com/cucumber/messages/go/v21"
)

// orderLog records, in order, the hook and formatter calls of a run.
type orderLog struct {
	mu    sync.Mutex
	lines []string
}

func (l *orderLog) add(s string) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.lines = append(l.lines, s)
}

// orderFormatter logs the result calls of godog's formatter interface.
type orderFormatter struct {
	*Collector // the calls not logged
	log        *orderLog
}

func (f orderFormatter) Passed(_ *messages.Pickle, st *messages.PickleStep, _ *formatters.StepDefinition) {
	f.log.add("passed " + st.Text)
}

func (f orderFormatter) Failed(_ *messages.Pickle, st *messages.PickleStep, _ *formatters.StepDefinition, _ error) {
	f.log.add("failed " + st.Text)
}

func (f orderFormatter) Undefined(_ *messages.Pickle, st *messages.PickleStep, _ *formatters.StepDefinition) {
	f.log.add("undefined " + st.Text)
}

func (f orderFormatter) Skipped(_ *messages.Pickle, st *messages.PickleStep, _ *formatters.StepDefinition) {
	f.log.add("skipped " + st.Text)
}

// TestGodogCallOrder pins down what Collector.Attach relies on: godog runs
// a step's after-step hooks (and, on the last or failing step, the
// after-scenario hooks) before it reports the step's result to formatters,
// except for undefined steps and steps skipped after a failure, which it
// reports first. Evidence may therefore come before or after the result.
func TestGodogCallOrder(t *testing.T) {
	log := &orderLog{}
	name := "order-" + rand.Text()
	godog.Format(name, "logs call order", func(string, io.Writer) formatters.Formatter {
		return orderFormatter{Collector: newCollector(), log: log}
	})
	suite := godog.TestSuite{
		ScenarioInitializer: func(sc *godog.ScenarioContext) {
			sc.Step(`^it passes$`, func() error { return nil })
			sc.Step(`^it fails$`, func() error { return errors.New("boom") })
			sc.StepContext().After(func(ctx context.Context, st *godog.Step, _ godog.StepResultStatus, _ error) (context.Context, error) {
				log.add("after-step hook " + st.Text)
				return ctx, nil
			})
			sc.After(func(ctx context.Context, _ *godog.Scenario, _ error) (context.Context, error) {
				log.add("after-scenario hook")
				return ctx, nil
			})
		},
		Options: &godog.Options{Format: name, Output: io.Discard, Strict: true, FeatureContents: []godog.Feature{{
			Name: "order.feature", Contents: []byte("Feature: Order\n" +
				"  Scenario: Fails\n    Given it passes\n    When it fails\n    Then it passes\n" +
				"  Scenario: Undefined\n    Given nobody wrote this\n"),
		}}},
	}
	suite.Run()
	want := []string{
		"after-step hook it passes", "passed it passes",
		"after-step hook it fails", "after-scenario hook", "failed it fails",
		"skipped it passes", "after-step hook it passes",
		"undefined nobody wrote this", "after-step hook nobody wrote this", "after-scenario hook",
	}
	if !slices.Equal(log.lines, want) {
		t.Errorf("godog's call order changed:\n got %s\nwant %s", strings.Join(log.lines, " | "), strings.Join(want, " | "))
	}
}
