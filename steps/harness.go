package steps

import (
	"cmp"
	"context"
	"fmt"
	"regexp"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/cucumber/godog"

	"github.com/unbind/unbind/reports/record"
	"github.com/unbind/unbind/sim"
	"github.com/unbind/unbind/sim/catalog"
	"github.com/unbind/unbind/steps/browser"
)

// Harness binds the vocabulary to one browser and one simulated site. One
// Harness serves a whole run; each scenario gets its own session and world.
type Harness struct {
	// Browser is the running Chromium every scenario opens a session in.
	Browser *browser.Browser
	// Sim is the simulated site whose worlds scenarios run in.
	Sim *sim.Sim
	// Evidence says where and when evidence of steps is kept.
	Evidence EvidenceOptions
	// Attach, when set, receives every piece of evidence of a step, keyed by
	// the pickle step id, so report writers can embed it; its Path is set
	// when it was written to disk.
	Attach func(pickleStepID string, a record.Attachment)
	// Logf, when set, receives progress lines.
	Logf func(format string, args ...any)
	// Steps are steps of the caller's own, registered after the vocabulary's.
	Steps []Step
	// Profile, when set, chooses the site profile for the scenarios of a
	// feature (by URI) instead of their @profile tags (LaunchOptions.Profile).
	Profile func(uri string) (profile string, ok bool)
	// Places, when set, says where the simulated sites show a label, in
	// any profile and locale (what `unbind lint` reads off their pages). A
	// step that fails on a label the site shows, but not in the scenario's
	// profile and locale, then says where it does.
	Places func(ctx context.Context, label string) (shown string, places []LabelPlace)

	dirs      dirNames
	baselines baselineCounter // what the comparisons with baselines came to
	catalog   *catalog.Catalog
	glossary  *glossary // the articles' labels and the site's
	// vocab is the vocabulary in every language, read once.
	vocab struct {
		once  sync.Once
		steps []Step
		err   error
	}
	// timeout overrides the browser's step deadline, for tests of steps
	// that need no browser.
	timeout time.Duration
	// placesOnce starts reading where the sites show labels, once.
	placesOnce sync.Once
}

// preparePlaces starts, once, reading where the sites show their labels
// (Places), so that a step that goes on to fail on a label the page does
// not show can say where it is shown without first waiting for that; the
// locate that calls it is still waiting.
func (h *Harness) preparePlaces() {
	if h.Places == nil {
		return
	}
	h.placesOnce.Do(func() { go h.Places(context.Background(), "") })
}

// LabelPlace is where the sites show a label: a page (host and path), its
// locale and the profiles ("" for none) under which it does.
type LabelPlace struct {
	Page, Locale string
	Profiles     []string
}

// EvidenceOptions says where evidence goes and when it is taken.
type EvidenceOptions struct {
	// Dir is the folder evidence is written under, one folder per scenario.
	// Empty keeps evidence in memory only (attachments).
	Dir string
	// EveryStep takes a screenshot after every passing step too, for writers
	// who illustrate their articles. Failing steps always get one.
	EveryStep bool
	// Baseline, when its Dir is set, compares the screenshot of every
	// passing step with the one kept there (BaselineOptions).
	Baseline BaselineOptions
}

// stepTimeout is the deadline of every step: the browser's
// (browser.Options.StepTimeout), so that a step and the browser's own
// actions end together.
func (h *Harness) stepTimeout() time.Duration {
	if h.timeout > 0 || h.Browser == nil {
		return cmp.Or(h.timeout, browser.DefaultStepTimeout)
	}
	return h.Browser.StepTimeout()
}

func (h *Harness) logf(format string, args ...any) {
	if h.Logf != nil {
		h.Logf(format, args...)
	}
}

// InitializeScenario is the godog scenario initializer: it registers the
// vocabulary (and the harness's own Steps) bound to a fresh scenario and
// the hooks that open and close the scenario's session and world.
func (h *Harness) InitializeScenario(sc *godog.ScenarioContext) {
	h.Bind(sc, nil)
}

// Bind registers, for one scenario godog is about to run, the vocabulary
// and the harness's own Steps bound to a fresh Scenario, and the hooks that
// open and close its session and world. When runs is set, a scenario it
// says no to is skipped before anything of it starts: no session, no world.
func (h *Harness) Bind(sc *godog.ScenarioContext, runs func(pickleID string) bool) *Scenario {
	s := &Scenario{h: h, runs: runs}
	// A new slice: the vocabulary is shared by the scenarios bound at once.
	for _, st := range slices.Concat(h.vocabulary(), h.Steps) {
		sc.Step(asWritten(st.Pattern), st.Bind(s))
	}
	sc.Before(s.begin)
	sc.After(s.end)
	sc.StepContext().Before(s.beforeStep)
	sc.StepContext().After(s.afterStep)
	return s
}

// vocabulary is the vocabulary in English and in the articles' languages;
// English alone when a language file does not read (Prepare says why).
func (h *Harness) vocabulary() []Step {
	h.vocab.once.Do(func() { h.vocab.steps, h.vocab.err = everyLanguage() })
	if h.vocab.err != nil {
		return Vocabulary()
	}
	return h.vocab.steps
}

// List is the vocabulary with the harness's own Steps, as `unbind steps`
// lists it.
func (h *Harness) List() []Step { return slices.Concat(Vocabulary(), h.Steps) }

// Prepare checks that the harness is wired and loads what its scenarios
// share. Call it once before the first scenario.
func (h *Harness) Prepare() error {
	if h.Browser == nil {
		return fmt.Errorf("harness has no browser")
	}
	if h.Sim == nil {
		return fmt.Errorf("harness has no simulated site")
	}
	return h.load()
}

// load reads what the scenarios share: the vocabulary in every language,
// the sites' labels and the articles' glossaries. It needs no browser, so
// it can run while one starts.
func (h *Harness) load() error {
	if h.vocabulary(); h.vocab.err != nil {
		return h.vocab.err
	}
	if err := h.ownStepsClash(); err != nil {
		return err
	}
	if h.catalog == nil {
		cat, err := loadCatalog()
		if err != nil {
			return err
		}
		h.catalog = cat
	}
	if h.glossary == nil {
		g, err := loadGlossary(h.catalog)
		if err != nil {
			return err
		}
		h.glossary = g
	}
	return nil
}

// ownStepsClash refuses a step of the harness's own (Steps) whose example a
// step of the vocabulary matches too, in any of its languages: godog would
// call every line that matches both ambiguous, and fail it.
func (h *Harness) ownStepsClash() error {
	for _, own := range h.Steps {
		line := exampleWithoutKeyword(own.ExampleLine())
		for _, st := range h.vocabulary() {
			re, err := regexp.Compile(asWritten(st.Pattern))
			if err != nil || !re.MatchString(line) {
				continue
			}
			return fmt.Errorf("the step %s of your own (%q) is also unbind's step %q (%s): a line written for it would match both, which godog refuses as ambiguous; give it other words, or use unbind's", own.Pattern, own.ExampleLine(), st.ID(), st.ExampleLine())
		}
	}
	return nil
}

// exampleWithoutKeyword is an example line without its Gherkin keyword.
func exampleWithoutKeyword(line string) string {
	line = strings.TrimSpace(line)
	for _, kw := range []string{"Given ", "When ", "Then ", "And ", "But ", "* "} {
		if strings.HasPrefix(line, kw) {
			return strings.TrimPrefix(line, kw)
		}
	}
	return line
}

// stepContext derives the deadline of one step from the scenario's context.
func (s *Scenario) stepContext(ctx context.Context) (context.Context, context.CancelFunc) {
	return browser.StepContext(ctx, s.h.stepTimeout())
}

// asWritten is a step's pattern as godog matches it against what writers
// type: a line may end its sentence (".", the Devanagari danda "।"), a
// Hindi vowel's nasal mark may be the chandrabindu or the anusvara (जाएँ,
// जाएं; हूँ, हूं), and a consonant may be written with or without its
// nukta, as one letter or two (खरीदार, ख़रीदार), all of which Hindi
// writers use.
func asWritten(pattern string) string {
	if strings.HasSuffix(pattern, "$") && !strings.HasSuffix(pattern, ":$") {
		pattern = strings.TrimSuffix(pattern, "$") + `[.।]?$`
	}
	pattern = strings.ReplaceAll(pattern, "ँ", "[ँं]")
	if !strings.ContainsFunc(pattern, isNuktaBase) {
		return pattern
	}
	var b strings.Builder
	rs := []rune(pattern)
	for i := 0; i < len(rs); i++ {
		r := rs[i]
		if base, ok := nuktaBase[r]; ok {
			r = base // a letter with its nukta: written as its base
		} else if !isNuktaBase(r) {
			b.WriteRune(r)
			continue
		} else if i+1 < len(rs) && rs[i+1] == nukta {
			i++ // the base and its nukta, as two letters
		}
		b.WriteString("(?:" + string(r) + string(nukta) + "?|" + string(withNukta[r]) + ")")
	}
	return b.String()
}

// nukta is the Devanagari sign that makes क, ख, ग... the sounds of क़, ख़,
// ग़...; the letters with it have characters of their own too.
const nukta = '\u093C'

// nuktaBase is the base letter of each Devanagari letter written with its
// nukta as one character; withNukta the other way.
var nuktaBase, withNukta = func() (map[rune]rune, map[rune]rune) {
	bases := []rune("कखगजडढफय")
	one, other := map[rune]rune{}, map[rune]rune{}
	for i, b := range bases {
		composed := rune(0x0958 + i)
		one[composed], other[b] = b, composed
	}
	return one, other
}()

func isNuktaBase(r rune) bool { _, ok := withNukta[r]; return ok }
