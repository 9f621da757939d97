package steps

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"

	"github.com/cucumber/godog"

	"github.com/unbind/unbind/sim"
	"github.com/unbind/unbind/sim/world"
	"github.com/unbind/unbind/steps/browser"
)

// Scenario is one running scenario as its steps see it: its browser session,
// its world of the simulated sites and its evidence. Every scenario gets its
// own; a step of a Go user's own is bound to it (Step.Bind).
type Scenario struct {
	h       *Harness
	runs    func(pickleID string) bool // nil: every scenario runs
	name    string
	dir     string // evidence folder of this scenario
	baseDir string // baselines of this scenario's screenshots
	sess    *browser.Session
	world   *world.World
	buyer   *buyer
	stepNum int
	current *godog.Step // the step running now
	labels  labels      // the sim's wording in the scenario's locale
	profile string      // the site profile the scenario's world has ("" for none)
	// ownLabels is set while a step looks for labels it supplies itself
	// (withOwnLabels), which its notes do not quote as written.
	ownLabels bool
	// dialogFrom is the step during which the browser dialog open now
	// opened ("step 5, `I click \"Delete card\"`"); "" while none is open.
	dialogFrom string
	// shownBefore are the documents the session showed when the previous
	// step and this one started (`a new page opens`).
	shownBefore [2]browser.Shown
}

// Name is the scenario's name, as the feature file writes it.
func (s *Scenario) Name() string { return s.name }

// Session is the scenario's browser session: its own context of the run's
// browser, with its tabs. It is nil before the scenario started.
func (s *Scenario) Session() *browser.Session { return s.sess }

// World is the scenario's world of the simulated sites: its buyers, cards,
// mail and clock, for Givens and for checks that look past the page. It is
// nil before the scenario started.
func (s *Scenario) World() *world.World { return s.world }

// Attach keeps a piece of evidence of the running step: it is written to
// the scenario's evidence folder and embedded in the reports, as screenshots
// of the built-in steps are. name is a file name, like "totals.txt".
func (s *Scenario) Attach(name, mediaType string, body []byte) {
	if s.current == nil {
		return
	}
	s.attach(s.current, name, mediaType, body)
}

// buyer is who the scenario acts as.
type buyer struct {
	Email, Password, Name string
	// Bound are the cards bound to the wallet when the buyer was created,
	// masked: what "the card is unbound" compares the records with.
	Bound []string
}

// Tag prefixes that choose a world's settings.
const (
	localeTag  = "@locale:"
	profileTag = "@profile:"
)

func (s *Scenario) begin(ctx context.Context, sc *godog.Scenario) (context.Context, error) {
	if s.runs != nil && !s.runs(sc.Id) {
		return ctx, godog.ErrSkip
	}
	s.name = sc.Name
	s.dir = s.h.dirs.scenarioDir(s.h.Evidence.Dir, sc)
	s.baseDir = baselineDir(s.h.Evidence.Baseline.Dir, sc)
	var tags []string
	for _, t := range sc.Tags {
		tags = append(tags, t.Name)
	}
	opts, err := worldOptions(tags)
	if err != nil {
		return ctx, fmt.Errorf("scenario %q: %w", sc.Name, err)
	}
	if s.h.Profile != nil {
		if p, ok := s.h.Profile(sc.Uri); ok {
			opts.Profile = p
		}
	}
	if err := sim.CheckProfile(opts.Profile); err != nil {
		return ctx, fmt.Errorf("scenario %q, tag %s%s: %w", sc.Name, profileTag, opts.Profile, err)
	}
	if opts.Locale != "" && !slices.Contains(sim.Locales(), opts.Locale) {
		return ctx, fmt.Errorf("scenario %q, tag %s%s: the sites speak %s", sc.Name, localeTag, opts.Locale, strings.Join(sim.Locales(), ", "))
	}
	s.labels = newLabels(s.h.catalog, opts.Locale)
	s.profile = opts.Profile
	s.world = s.h.Sim.NewWorld(opts)
	sess, err := s.h.Browser.NewSession(ctx)
	if err != nil {
		return ctx, fmt.Errorf("opening a browser session for %q: %w", sc.Name, err)
	}
	s.sess = sess
	sess.OnLongSearch(s.h.preparePlaces)
	cctx, cancel := s.stepContext(ctx)
	defer cancel()
	if err := sess.SetCookie(cctx, sim.WorldCookie, s.world.ID(), sim.Hosts()); err != nil {
		if fault := sess.Fault(); fault != nil {
			err = fault
		}
		return ctx, fmt.Errorf("planting the world cookie: %w", err)
	}
	return ctx, nil
}

func (s *Scenario) end(ctx context.Context, _ *godog.Scenario, err error) (context.Context, error) {
	var errs []error
	if s.sess != nil {
		if cerr := s.sess.Close(); cerr != nil {
			errs = append(errs, fmt.Errorf("closing the browser session: %w", cerr))
		}
		s.sess = nil
	}
	if s.world != nil {
		s.h.Sim.DropWorld(s.world.ID())
		s.world = nil
	}
	return ctx, errors.Join(errs...)
}

func (s *Scenario) beforeStep(ctx context.Context, st *godog.Step) (context.Context, error) {
	s.stepNum++
	s.current = st
	s.shownBefore[0], s.shownBefore[1] = s.shownBefore[1], browser.Shown{}
	if s.sess != nil {
		s.shownBefore[1] = s.sess.Shown()
	}
	return ctx, nil
}

func (s *Scenario) afterStep(ctx context.Context, st *godog.Step, status godog.StepResultStatus, err error) (context.Context, error) {
	if s.sess == nil {
		return ctx, nil
	}
	if status == godog.StepFailed {
		if fault := s.sess.Fault(); fault != nil {
			// The browser died under the step: that is why it failed, and
			// there is nothing of it to keep.
			return ctx, fault
		}
	}
	switch {
	case status == godog.StepFailed && errors.Is(ctx.Err(), context.Canceled):
		// The run's end cut the step: the reports count it not run.
		s.keepEvidence(st, "interrupted", true)
	case status == godog.StepFailed:
		s.keepEvidence(st, "failed", true)
	case status == godog.StepPassed && s.h.Evidence.EveryStep:
		s.keepEvidence(st, "passed", false)
	}
	return ctx, nil
}
