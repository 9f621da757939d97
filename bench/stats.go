package main

import (
	"slices"
	"time"

	"github.com/unbind/unbind/steps/browser"
)

// quantile is the q-quantile (0..1) of ds by the nearest rank; 0 for none.
func quantile(ds []time.Duration, q float64) time.Duration {
	if len(ds) == 0 {
		return 0
	}
	s := slices.Clone(ds)
	slices.Sort(s)
	rank := int(q*float64(len(s))+0.999999) - 1
	return s[min(max(rank, 0), len(s)-1)]
}

func median(ds []time.Duration) time.Duration { return quantile(ds, 0.5) }

func sum(ds []time.Duration) time.Duration {
	var t time.Duration
	for _, d := range ds {
		t += d
	}
	return t
}

func mean(ds []time.Duration) time.Duration {
	if len(ds) == 0 {
		return 0
	}
	return sum(ds) / time.Duration(len(ds))
}

// summary is what the runs of one kind of isolation measured, together.
type summary struct {
	isolation browser.Isolation
	walls     []time.Duration
	scenarios []time.Duration
	isolating []time.Duration // per session: acquire + world cookie + release
	kinds     map[browser.TimingKind][]time.Duration
	perKind   map[browser.TimingKind]map[uint64]time.Duration // per session sums
	peakPSS   int64
	failures  int
	loads     []string        // the load average at the end of each run
	cpus      []time.Duration // the CPU time of each run
	startups  []time.Duration // start-up of each run
	closings  []time.Duration // shut-down of each run
}

// summarize puts together the runs with the isolation iso.
func summarize(results []runResult, iso browser.Isolation) summary {
	s := summary{isolation: iso, kinds: map[browser.TimingKind][]time.Duration{}, perKind: map[browser.TimingKind]map[uint64]time.Duration{}}
	for _, r := range results {
		if r.isolation != iso {
			continue
		}
		s.walls = append(s.walls, r.wall)
		s.scenarios = append(s.scenarios, r.scenarios...)
		s.peakPSS = max(s.peakPSS, r.peakPSS)
		s.failures += len(r.failures)
		s.loads = append(s.loads, r.load)
		s.cpus = append(s.cpus, r.cpu)
		s.startups = append(s.startups, r.startup)
		s.closings = append(s.closings, r.closing)
		s.addTimings(r.timings)
	}
	return s
}

// addTimings adds one run's timings; sessions are numbered anew in each
// run, so they are summed per run.
func (s *summary) addTimings(ts []browser.Timing) {
	per := map[browser.TimingKind]map[uint64]time.Duration{}
	for _, t := range ts {
		s.kinds[t.Kind] = append(s.kinds[t.Kind], t.Took)
		if per[t.Kind] == nil {
			per[t.Kind] = map[uint64]time.Duration{}
		}
		per[t.Kind][t.Session] += t.Took
	}
	for kind, bySession := range per {
		if s.perKind[kind] == nil {
			s.perKind[kind] = map[uint64]time.Duration{}
		}
		base := uint64(len(s.perKind[kind])) << 32
		for id, d := range bySession {
			s.perKind[kind][base+id] = d
		}
	}
	sessions := map[uint64]time.Duration{}
	for _, kind := range []browser.TimingKind{browser.TimingAcquire, browser.TimingCookies, browser.TimingRelease} {
		for id, d := range per[kind] {
			sessions[id] += d
		}
	}
	for _, d := range sessions {
		s.isolating = append(s.isolating, d)
	}
}

// sessionSums are the per-session sums of a kind of timing.
func (s summary) sessionSums(kind browser.TimingKind) []time.Duration {
	var out []time.Duration
	for _, d := range s.perKind[kind] {
		out = append(out, d)
	}
	return out
}

// pageTime is the total time the browser spent on what the steps asked of
// the pages.
func (s summary) pageTime() time.Duration { return sum(s.kinds[browser.TimingPage]) }

// overhead is the time of the scenarios beyond the page time, as a
// fraction of the page time.
func (s summary) overhead() float64 {
	page := s.pageTime()
	if page == 0 {
		return 0
	}
	return float64(sum(s.scenarios)-page) / float64(page)
}
