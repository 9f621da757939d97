package main

import (
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/unbind/unbind/steps/browser"
)

// Targets the figures are held to on a 2-core machine.
const (
	targetIsolation = 30 * time.Millisecond
	targetRatio     = 0.65
	targetLocate    = 5 * time.Millisecond
	targetPSS       = 600 << 20
)

// printReport prints the figures as Markdown, with the command and the
// machine they come from.
func printReport(w io.Writer, o options, m machine, results []runResult) {
	reset := summarize(results, browser.IsolationReset)
	fmt.Fprintf(w, "\nCommand: `%s` (`make bench-isolation`)\n", o.command())
	fmt.Fprintf(w, "Machine: %s\n", m)
	fmt.Fprintf(w, "Suite: %v, %d scenarios a run, concurrency %d, %d runs of each kind\n\n", o.paths, len(reset.scenarios)/max(len(reset.walls), 1), o.concurrency, o.runs)
	cols := []summary{reset}
	if o.fresh {
		cols = append(cols, summarize(results, browser.IsolationFresh))
	}
	fmt.Fprint(w, "| | reset contexts (default) |")
	if o.fresh {
		fmt.Fprint(w, " fresh context per scenario |")
	}
	fmt.Fprint(w, "\n|---|---|")
	if o.fresh {
		fmt.Fprint(w, "---|")
	}
	fmt.Fprintln(w)
	for _, row := range rows(cols) {
		fmt.Fprintf(w, "| %s |", row.name)
		for _, c := range row.cells {
			fmt.Fprintf(w, " %s |", c)
		}
		fmt.Fprintln(w)
	}
	printTargets(w, cols)
	printBreakdown(w, cols[0])
}

// breakdownKinds are the timings of the breakdown, in the order of a step.
var breakdownKinds = []browser.TimingKind{
	browser.TimingAcquire, browser.TimingCookies, browser.TimingLocate, browser.TimingPress,
	browser.TimingClickCheck, browser.TimingType, browser.TimingSettle, browser.TimingRelease, browser.TimingReset,
}

// printBreakdown says where a scenario's time goes, per kind of timing:
// how often, the total over the runs per scenario, the median. The kinds
// overlap the page time, and a click's press, check and settle follow its
// locate.
func printBreakdown(w io.Writer, s summary) {
	n := time.Duration(max(len(s.scenarios), 1))
	fmt.Fprintf(w, "\nWhere the time goes (reset contexts; %d scenarios, %s of scenario time in all):\n\n", len(s.scenarios), secs(sum(s.scenarios)))
	fmt.Fprintln(w, "| kind | count | per scenario | median | share of scenario time |")
	fmt.Fprintln(w, "|---|---|---|---|---|")
	for _, k := range breakdownKinds {
		ds := s.kinds[k]
		fmt.Fprintf(w, "| %s | %d | %s | %s | %.0f %% |\n", k, len(ds), ms(sum(ds)/n), ms(median(ds)), 100*float64(sum(ds))/float64(max(sum(s.scenarios), 1)))
	}
	fmt.Fprintf(w, "| start-up (features read, sim and browser started), per run | %d | | %s | |\n", len(s.startups), ms(median(s.startups)))
	fmt.Fprintf(w, "| shut-down, per run | %d | | %s | |\n", len(s.closings), ms(median(s.closings)))
}

// row is one line of the table: a figure for each kind of isolation.
type row struct {
	name  string
	cells []string
}

func rows(cols []summary) []row {
	each := func(name string, f func(summary) string) row {
		r := row{name: name}
		for _, c := range cols {
			r.cells = append(r.cells, f(c))
		}
		return r
	}
	return []row{
		each("suite wall time, median of the runs (all runs)", func(s summary) string {
			return fmt.Sprintf("%s (%s)", secs(median(s.walls)), secsList(s.walls))
		}),
		each("wall time / fresh-context wall time", func(s summary) string { return ratioCell(s, cols) }),
		each("CPU time of a run (harness, sim and Chromium), median of the runs (all runs)", func(s summary) string {
			return fmt.Sprintf("%s (%s)", secs(median(s.cpus)), secsList(s.cpus))
		}),
		each("CPU time / fresh-context CPU time", func(s summary) string {
			if len(cols) < 2 || s.isolation != browser.IsolationReset || median(cols[1].cpus) == 0 {
				return "1"
			}
			return fmt.Sprintf("%.2f", float64(median(s.cpus))/float64(median(cols[1].cpus)))
		}),
		each("scenario time, median / p90", func(s summary) string {
			return fmt.Sprintf("%s / %s", ms(median(s.scenarios)), ms(quantile(s.scenarios, 0.9)))
		}),
		each("isolation per scenario (acquire + world cookie + release), median / mean / p90", func(s summary) string {
			return fmt.Sprintf("%s / %s / %s", ms(median(s.isolating)), ms(mean(s.isolating)), ms(quantile(s.isolating, 0.9)))
		}),
		each("… acquire / world cookie / release, medians", func(s summary) string {
			return fmt.Sprintf("%s / %s / %s", ms(median(s.sessionSums(browser.TimingAcquire))),
				ms(median(s.sessionSums(browser.TimingCookies))), ms(median(s.sessionSums(browser.TimingRelease))))
		}),
		each("reset of a released context, in the background, median / p90", func(s summary) string {
			r := s.kinds[browser.TimingReset]
			if len(r) == 0 {
				return "none"
			}
			return fmt.Sprintf("%s / %s", ms(median(r)), ms(quantile(r, 0.9)))
		}),
		each("locate per step, median / p90 (locates)", func(s summary) string {
			l := s.kinds[browser.TimingLocate]
			return fmt.Sprintf("%s / %s (%d)", ms(median(l)), ms(quantile(l, 0.9)), len(l))
		}),
		each("page time (browser loading, handling input, waiting on the page), per scenario", func(s summary) string {
			return ms(s.pageTime() / time.Duration(max(len(s.scenarios), 1)))
		}),
		each("harness overhead over page time (scenario time − page time) / page time", func(s summary) string {
			return fmt.Sprintf("%.0f %%", 100*s.overhead())
		}),
		each("peak PSS of the Chromium process tree", func(s summary) string { return mib(s.peakPSS) }),
		each("failed scenarios", func(s summary) string { return fmt.Sprint(s.failures) }),
		each("machine load: 1-minute load average at the end of each run", func(s summary) string { return strings.Join(s.loads, ", ") }),
	}
}

func ratioCell(s summary, cols []summary) string {
	if len(cols) < 2 || s.isolation != browser.IsolationReset {
		return "1"
	}
	return fmt.Sprintf("%.2f", ratio(cols))
}

// ratio is the median wall time with reset contexts over that with fresh
// ones.
func ratio(cols []summary) float64 {
	fresh := median(cols[1].walls)
	if fresh == 0 {
		return 0
	}
	return float64(median(cols[0].walls)) / float64(fresh)
}

// printTargets says which targets the default isolation meets.
func printTargets(w io.Writer, cols []summary) {
	s := cols[0]
	fmt.Fprintln(w, "\nTargets (reset contexts):")
	check := func(ok bool, what string) {
		mark := "met"
		if !ok {
			mark = "MISSED"
		}
		fmt.Fprintf(w, "- %s: %s\n", what, mark)
	}
	check(median(s.isolating) <= targetIsolation, fmt.Sprintf("isolation per scenario ≤ %s (median %s)", ms(targetIsolation), ms(median(s.isolating))))
	if len(cols) > 1 {
		check(ratio(cols) <= targetRatio, fmt.Sprintf("wall time ≤ %.2fx of the fresh-context run (%.2fx)", targetRatio, ratio(cols)))
	}
	check(median(s.kinds[browser.TimingLocate]) <= targetLocate, fmt.Sprintf("median locate ≤ %s (%s)", ms(targetLocate), ms(median(s.kinds[browser.TimingLocate]))))
	check(s.peakPSS <= targetPSS, fmt.Sprintf("peak PSS ≤ %s (%s)", mib(targetPSS), mib(s.peakPSS)))
	check(s.failures == 0, fmt.Sprintf("every scenario passed (%d failed)", s.failures))
}

func secs(d time.Duration) string { return fmt.Sprintf("%.1f s", d.Seconds()) }

func secsList(ds []time.Duration) string {
	out := ""
	for i, d := range ds {
		if i > 0 {
			out += ", "
		}
		out += fmt.Sprintf("%.1f", d.Seconds())
	}
	return out + " s"
}

func ms(d time.Duration) string {
	if d < time.Millisecond {
		return fmt.Sprintf("%.2f ms", float64(d)/float64(time.Millisecond))
	}
	if d < 10*time.Millisecond {
		return fmt.Sprintf("%.1f ms", float64(d)/float64(time.Millisecond))
	}
	return fmt.Sprintf("%.0f ms", float64(d)/float64(time.Millisecond))
}

func mib(b int64) string { return fmt.Sprintf("%.0f MB", float64(b)/(1<<20)) }
