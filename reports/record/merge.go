package record

import (
	"cmp"
	"fmt"
	"slices"
	"time"
)

// Merge puts the runs of several shards together into one run: features
// with the same URI become one, holding the scenarios of every shard in file
// order. The run starts with the earliest shard and finishes with the last;
// it has not finished if one shard has not. Shards must run disjoint
// scenarios of the same feature files: a scenario found in two runs is an
// error, and so are two scenarios with one id (the shards did not parse the
// same feature files, so their ids and documents do not agree). The runs
// given are not changed; the merged run shares their scenarios.
//
// Runs that say they are shards (Run.Shard) must be shards of one split of
// one plan; the shards of that split none of them is are the merged run's
// MissingShards.
func Merge(runs ...*Run) (*Run, error) {
	missing, err := missingShards(runs)
	if err != nil {
		return nil, err
	}
	out := &Run{MissingShards: missing}
	byURI := map[string]*Feature{}
	seen := seenScenarios{places: map[string]bool{}, ids: map[string]bool{}}
	finished := true
	for _, r := range runs {
		out.Name = cmp.Or(out.Name, r.Name)
		out.FlakyFails = out.FlakyFails || r.FlakyFails
		out.Started = earliest(out.Started, r.Started)
		finished = finished && !r.Finished.IsZero()
		out.Finished = later(out.Finished, r.Finished)
		for _, f := range r.Features {
			if err := mergeFeature(out, byURI, seen, f); err != nil {
				return nil, err
			}
		}
	}
	if !finished {
		out.Finished = time.Time{}
	}
	for _, f := range out.Features {
		slices.SortStableFunc(f.Scenarios, func(a, b *Scenario) int { return a.SourceLine() - b.SourceLine() })
	}
	return out, nil
}

func mergeFeature(out *Run, byURI map[string]*Feature, seen seenScenarios, f *Feature) error {
	into := byURI[f.URI]
	if into == nil {
		copied := *f
		copied.Scenarios = nil
		into = &copied
		byURI[f.URI] = into
		out.Features = append(out.Features, into)
	}
	for _, sc := range f.Scenarios {
		if err := seen.add(sc); err != nil {
			return err
		}
		into.Scenarios = append(into.Scenarios, sc)
	}
	return nil
}

// seenScenarios are the scenarios merged so far, by place and by id.
type seenScenarios struct {
	places, ids map[string]bool
}

func (s seenScenarios) add(sc *Scenario) error {
	place := fmt.Sprintf("%s\x00%d\x00%s", sc.URI, sc.SourceLine(), sc.Name)
	if s.places[place] {
		return fmt.Errorf("merging runs: scenario %q (%s) ran in two of them", sc.Name, sc.Location())
	}
	if s.ids[sc.ID] {
		return fmt.Errorf("merging runs: scenario %q (%s) has the id of another: the runs parsed different feature files", sc.Name, sc.Location())
	}
	s.places[place], s.ids[sc.ID] = true, true
	return nil
}

func earliest(a, b time.Time) time.Time {
	if a.IsZero() || (!b.IsZero() && b.Before(a)) {
		return b
	}
	return a
}

func later(a, b time.Time) time.Time {
	if b.After(a) {
		return b
	}
	return a
}

// missingShards are the shards of the split runs' shards belong to that
// none of runs is; an error when those say they are of different splits
// or plans.
func missingShards(runs []*Run) ([]Shard, error) {
	var first *Shard
	have := map[int]bool{}
	for _, r := range runs {
		for _, sh := range heldShards(r) {
			if first == nil {
				first = &sh
			}
			switch {
			case sh.Total != first.Total:
				return nil, fmt.Errorf("merging runs: shard %s and shard %s are of different splits of the suite (--shard i/%d and i/%d): merge the shards of one split", first, sh, first.Total, sh.Total)
			case sh.Planned != first.Planned:
				return nil, fmt.Errorf("merging runs: shard %s planned %d scenarios for the whole suite, shard %s planned %d: were they run with the same feature files and --tags?", first, first.Planned, sh, sh.Planned)
			case have[sh.Index]:
				return nil, fmt.Errorf("merging runs: two of the results are of shard %s: name each shard's results once", sh)
			}
			have[sh.Index] = true
		}
	}
	var missing []Shard
	for i := 1; first != nil && i <= first.Total; i++ {
		if !have[i] {
			missing = append(missing, Shard{Index: i, Total: first.Total, Planned: first.Planned})
		}
	}
	return missing, nil
}

// heldShards are the shards whose results r holds: its own shard, or, for
// a merge that lacked some shards of its split, the split's others; none
// for a run that was no shard.
func heldShards(r *Run) []Shard {
	if r.Shard != nil {
		return []Shard{*r.Shard}
	}
	if len(r.MissingShards) == 0 {
		return nil
	}
	split := r.MissingShards[0]
	lacks := map[int]bool{}
	for _, m := range r.MissingShards {
		lacks[m.Index] = true
	}
	var held []Shard
	for i := 1; i <= split.Total; i++ {
		if !lacks[i] {
			held = append(held, Shard{Index: i, Total: split.Total, Planned: split.Planned})
		}
	}
	return held
}
