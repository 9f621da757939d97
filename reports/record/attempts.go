package record

import "fmt"

// Flaky reports whether the scenario failed and then passed when it was run
// again.
func (sc *Scenario) Flaky() bool {
	return len(sc.Earlier) > 0 && sc.Status() == StatusPassed
}

// Attempts are the scenario's attempts in the order they ran, the scenario
// itself (its last) last.
func (sc *Scenario) Attempts() []*Scenario {
	return append(append([]*Scenario{}, sc.Earlier...), sc)
}

// Retried says that the scenarios of again are later attempts of
// scenarios of r, with the same ids: each takes the place of the one in r,
// which becomes its last earlier attempt. Scenarios of again that did not
// finish (the run was stopped) are left out, the attempt before them kept
// as the last. A scenario of again that r does not hold is an error: the
// feature files changed between the attempts. The run now finishes when
// again does.
func (r *Run) Retried(again *Run) error {
	places := map[string]**Scenario{}
	for _, f := range r.Features {
		for i := range f.Scenarios {
			places[f.Scenarios[i].ID] = &f.Scenarios[i]
		}
	}
	for _, f := range again.Features {
		for _, next := range f.Scenarios {
			at := places[next.ID]
			if at == nil || (*at).Location() != next.Location() {
				return fmt.Errorf("retrying %q (%s): the first run had no such scenario; the feature files changed during the run?", next.Name, next.Location())
			}
			if next.Status() == StatusUnknown {
				continue
			}
			prev := *at
			next.Earlier = append(prev.Earlier[:len(prev.Earlier):len(prev.Earlier)], prev.AttemptOnly())
			next.Attempt = len(next.Earlier)
			*at = next
		}
	}
	if !r.Finished.IsZero() {
		r.Finished = later(r.Finished, again.Finished)
	}
	return nil
}

// AttemptOnly is a copy of the scenario as one attempt, without its
// earlier ones.
func (sc *Scenario) AttemptOnly() *Scenario {
	one := *sc
	one.Earlier = nil
	return &one
}

// allSteps are the steps of every attempt of the scenario.
func allSteps(sc *Scenario) []*Step {
	var out []*Step
	for _, at := range sc.Attempts() {
		out = append(out, at.Steps...)
	}
	return out
}
