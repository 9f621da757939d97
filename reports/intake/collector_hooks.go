package intake

import (
	"context"

	"github.com/cucumber/godog"

	"github.com/unbind/unbind/reports/record"
)

// InitScenario registers hooks that time every step as it runs and collect
// what steps and hooks attach with godog.Attach. Call it from the
// ScenarioInitializer, after the other registrations: godog runs hooks in
// the order they were registered, so these then see every godog.Attach of the
// step, and a step's duration runs from just before its definition to the end
// of its after-step hooks.
//
// Without these hooks the collector times steps by godog's formatter calls,
// which is right only when scenarios run one at a time (Concurrency 1).
// Attach works with or without them.
func (c *Collector) InitScenario(sc *godog.ScenarioContext) {
	sc.Before(c.beforeScenario)
	sc.StepContext().Before(c.beforeStep)
	sc.StepContext().After(c.afterStep)
	sc.After(c.afterScenario)
}

func (c *Collector) beforeScenario(ctx context.Context, p *godog.Scenario) (context.Context, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.pickleLocked(p)
	return ctx, nil
}

func (c *Collector) beforeStep(ctx context.Context, st *godog.Step) (context.Context, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	pr := c.owners[st.Id]
	if pr == nil {
		return ctx, nil
	}
	c.current[pr.Pickle.Id] = st.Id
	rec := pr.Steps[st.Id]
	rec.Started, c.hooked[st.Id].timed = c.now(), true
	pr.Last = rec.Started
	return ctx, nil
}

func (c *Collector) afterStep(ctx context.Context, st *godog.Step, _ godog.StepResultStatus, _ error) (context.Context, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	pr := c.owners[st.Id]
	if pr == nil {
		return ctx, nil
	}
	rec, hs := pr.Steps[st.Id], c.hooked[st.Id]
	pr.Last = c.now()
	if hs.timed {
		rec.Duration = pr.Last.Sub(rec.Started)
	}
	hs.harvest(ctx, rec)
	return ctx, nil
}

// afterScenario runs while godog still counts the last (or the failing) step
// as the current one: attachments made by after-scenario hooks belong to it.
func (c *Collector) afterScenario(ctx context.Context, p *godog.Scenario, _ error) (context.Context, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	pr := c.pickleLocked(p)
	pr.Last = c.now()
	current := c.current[p.Id]
	if rec := pr.Steps[current]; rec != nil {
		c.hooked[current].harvest(ctx, rec)
	}
	return ctx, nil // godog passes err on itself; returning it would wrap it again
}

// harvest gives the step the godog.Attach attachments of its context it has
// not taken yet. godog keeps them in the context until the step is
// reported, and the list only grows until then.
func (hs *hookedStep) harvest(ctx context.Context, rec *record.RawStep) {
	all := godog.Attachments(ctx)
	if len(all) <= hs.harvested {
		return
	}
	for _, a := range all[hs.harvested:] {
		rec.Attachments = append(rec.Attachments, record.Attachment{Name: a.FileName, MediaType: a.MediaType, Body: a.Body})
	}
	hs.harvested = len(all)
}
