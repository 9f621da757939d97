package suite

import (
	"errors"
	"fmt"
	"regexp"
	"strings"

	"github.com/unbind/unbind/steps"
)

// maxShapeErrors is how many scenarios' shape errors CheckShapes names.
const maxShapeErrors = 10

// CheckShapes refuses, before anything starts, planned scenarios a run
// could give no true verdict: one with no steps (it would check nothing),
// a step with a doc string or data table under it that its step does not
// read (the scenario would pass with the words under it unchecked), and a
// step that reads one with none under it. Each is named by file and line.
// vocab is the English vocabulary with a harness's own steps; a step no
// step of it matches is left to the run, which says so as undefined.
func CheckShapes(p *Plan, vocab []steps.Step) error {
	type matcher struct {
		re    *regexp.Regexp
		takes string
	}
	var matchers []matcher
	for _, t := range vocabularies(vocab) {
		for _, st := range t.steps {
			if re, err := regexp.Compile(st.Pattern); err == nil {
				matchers = append(matchers, matcher{re, st.Takes()})
			}
		}
	}
	var errs []string
	seen := map[string]bool{}
	add := func(at, why string) {
		if !seen[at] && len(errs) < maxShapeErrors {
			seen[at] = true
			errs = append(errs, at+": "+why)
		}
	}
	for _, sc := range p.All {
		file := lineSuffix.ReplaceAllString(sc.Location, "")
		if len(sc.Steps) == 0 {
			add(sc.Location, fmt.Sprintf("scenario %q has no steps: a scenario that checks nothing has no verdict; write its steps, or leave it out of the run with a tag (--tags 'not @wip')", sc.Name))
			continue
		}
		for _, st := range sc.Steps {
			takes, found := "", false
			for _, m := range matchers {
				if m.re.MatchString(st.Text) {
					takes, found = m.takes, true
					break
				}
			}
			if !found || takes == st.Argument {
				continue
			}
			at, step := fmt.Sprintf("%s:%d", file, st.Line), "`"+strings.TrimSpace(st.Keyword)+" "+st.Text+"`"
			switch {
			case st.Argument != "":
				add(at, fmt.Sprintf("%s takes no %s, so the one under it (line %d) would be read by nothing: remove it, or write what it says as steps", step, st.Argument, st.ArgumentLine))
			default:
				add(at, fmt.Sprintf("%s reads a %s under it, and has none ('unbind steps' shows one under its example)", step, takes))
			}
		}
	}
	if len(errs) == 0 {
		return nil
	}
	return errors.New("scenarios a run could give no verdict:\n" + strings.Join(errs, "\n"))
}
