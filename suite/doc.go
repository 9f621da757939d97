// Package suite is a run of unbind as a library: which scenarios run, how
// they run, and what is left of them. `unbind run`, the benchmark, the
// project's own feature tests and a Go user's `go test` all run through it.
//
// A run is decided once, before anything starts. NewPlan reads the feature
// files (a malformed one is refused with its file, line and column), takes
// from godog's parse the scenarios of the paths and line filters, with
// godog's own ids, keeps those its tag expression (ParseTags: cucumber's
// syntax, godog's older one translated) and names select, in the Order
// they start in (defined, or random by a seed), and keeps this shard's
// share (Shard, dealt in turn or, given an earlier run's Durations, by
// time). The run executes exactly the plan's scenarios and its record
// holds exactly them.
//
// Start launches the embedded sim and the browser (Options.Launch); Run
// executes the plan, retries the scenarios that failed at a step
// (Options.Retries), stops starting scenarios after Options.MaxFailures,
// and when its context ends skips what did not start and reports what the
// end cut as not run. The Result's Run is the record
// every report is written from; Out is a report folder held by one run,
// whose set is swapped in whole (Commit). RerunList, ExpandRerun and
// DurationsFrom read and write what a run leaves for the next one.
//
// From a Go test, Test runs each scenario as a subtest:
//
//	func TestFeatures(t *testing.T) {
//		res := suite.Test(t, suite.Options{
//			Paths:  []string{"features"},
//			Launch: steps.LaunchOptions{Steps: []steps.Step{myStep}},
//		})
//		reports.WriteAll("out", res.Run, reports.WriteAllOptions{})
//	}
//
// A step of the caller's own is a steps.Step whose Bind receives the
// scenario's steps.Scenario: its browser session, its world and its
// evidence. examples/gomodule is a module that does this.
package suite
