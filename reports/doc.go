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
//     ReadMessages reads it back into a Run. Plain text evidence is carried
//     as text; images, page snapshots (text/html) and text that looks like
//     script markup in base64, since report tools such as the Cucumber HTML
//     formatter paste the messages into a <script> of their page.
//   - WriteJUnit: JUnit XML valid against the Jenkins JUnit schema (each
//     testsuite also against Surefire's).
//   - WriteCucumberJSON: the classic Cucumber JSON, evidence as embeddings.
//   - WriteHTML: one self-contained page for people (see below).
//
// WriteAll writes all four into a folder, with WriteAllOptions for each
// writer. One report with other options:
//
//	err := reports.WriteFileAtomic("out/junit.xml", func(w io.Writer) error {
//		return reports.WriteJUnit(w, run, reports.JUnitOptions{Name: "unbind"})
//	})
//
// A report folder holds one run's set, or none. Lock holds a folder for one
// run (flock on LockFile, which names the run's process id); a second run
// gets a *FolderInUseError. NewStaging puts the set together in a hidden
// folder inside the report folder (evidence and all), and Commit swaps it in
// whole for the previous one, or Discard throws it away and leaves the
// previous set as it was (a disk that filled up while it was written).
//
// Merge puts together the runs of several shards (read back with
// ReadMessages) before their reports are written.
//
// # The HTML report and the articles
//
// The page sums the scenarios up by documented path (their @P1 ... @P13
// tags), by article and by feature, lists the steps that no longer work,
// and shows every scenario with its steps: status, duration, arguments,
// screenshots (those of passing steps small), and for a failing step its
// error, the DOM of the page (escaped, folded) and the console errors and
// failed requests. Images are embedded as data URIs unless
// HTMLOptions.LinkDir asks for links.
//
// A scenario comes from passages of articles, which it names in its own
// description, in its feature's description, or by tag:
//
//	Sources: 003_225e3ac7510057b2.txt lines 27 and 96-102 (Russian original),
//	000_abb3b5b6ec466300.txt line 12 (Hindi).
//
//	@article-003
//	Scenario: ...
//
// A file name ending in .txt or .md, optionally followed by "line N" or
// "lines N-M, K and L" and by a parenthesis opening with a language name,
// is a citation. A scenario's passages are those its description cites;
// then, for each @article-KEY tag not cited there, the lines its feature
// cites of the file whose name starts with KEY and "_" (or the whole
// article when none are cited); a scenario with neither takes everything
// its feature cites. With HTMLOptions.Docs set, the page quotes the cited
// lines from that folder, numbered, with a lang attribute: the language
// the citation names, else the one the article's script and common words
// show. What the folder cannot answer (no such file, lines past its end)
// is said in a note; it never fails the report.
//
// A run given "x.feature:12" (a rerun file's entries) is recorded under
// "x.feature": godog names such features and pickles with the line, and a
// file run for several lines is parsed once per line; the record keeps one
// feature per file.
package reports
