// Package reports keeps the record of a run and writes the reports made
// from it.
//
// A Collector is a godog formatter that builds a Run: features, scenarios
// (one per pickle, outline rows included), steps with their status, duration,
// error and evidence. The caller creates it, names it in the godog options
// and hands evidence to it:
//
//	c := reports.NewCollector()
//	suite := godog.TestSuite{
//		ScenarioInitializer: func(sc *godog.ScenarioContext) {
//			harness.InitializeScenario(sc) // may call c.Attach from its after-step hook
//			c.InitScenario(sc)             // last: times steps, collects godog.Attach
//		},
//		Options: &godog.Options{Format: "pretty," + c.FormatName(), Strict: true},
//	}
//	suite.Run()
//	run := c.Run()
//
// godog calls a step's after-step hooks, then the after-scenario hooks (on
// the last or failing step), and only then reports the step's result to its
// formatters; undefined steps and steps skipped after a failure it reports
// before their hooks. When it runs scenarios concurrently it holds back every
// report of a scenario until the scenario ends. Collector.Attach therefore
// files evidence by pickle step id and accepts it at any time, before or
// after the result: from the step itself, from any hook, even after the run.
//
// The writers turn a Run into files, each meant to be called through
// WriteFileAtomic so a report is never seen half written:
//
//   - WriteMessages: Cucumber Messages (v21) NDJSON, the record of the run;
//     ReadMessages reads it back into a Run.
//   - WriteJUnit: JUnit XML valid against the Jenkins JUnit schema (each
//     testsuite also against Surefire's).
//   - WriteCucumberJSON: the classic Cucumber JSON, evidence as embeddings.
//   - WriteHTML: one self-contained page for people.
//
// WriteAll writes all four into a folder. One report with other options:
//
//	err := reports.WriteFileAtomic("out/junit.xml", func(w io.Writer) error {
//		return reports.WriteJUnit(w, run, reports.JUnitOptions{Name: "unbind"})
//	})
//
// Merge puts together the runs of several shards (read back with
// ReadMessages) before their reports are written.
package reports
