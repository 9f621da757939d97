// Package intake records a godog run as a record.Run.
//
// A Collector is a godog formatter that builds the Run: features, scenarios
// (one per pickle, outline rows included), steps with their status,
// duration, error and evidence. The caller creates it, names it in the
// godog options and hands evidence to it:
//
//	c := intake.NewCollector()
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
package intake
