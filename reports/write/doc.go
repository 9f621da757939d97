// Package write turns a record.Run into the reports that other tools and
// people read:
//
//   - JUnit: JUnit XML valid against the Jenkins JUnit schema (each
//     testsuite also against Surefire's); Surefire: the run as one
//     Surefire testsuite, retries as Surefire reports them.
//   - CucumberJSON: the classic Cucumber JSON, evidence as embeddings.
//   - HTML: one self-contained page for people (see below).
//
// The Cucumber Messages, the record of the run itself, are written by
// record.WriteMessages. Each writer writes to an io.Writer; package reports
// writes them all into a folder, atomically.
//
// # The HTML report
//
// The page sums the scenarios up by documented path (their @P1 ... @P13
// tags), by article and by feature, lists the steps that no longer work,
// and shows every scenario with its steps: status, duration, arguments,
// screenshots (those of passing steps small), and for a failing step its
// error, the DOM of the page (escaped, folded) and the console errors and
// failed requests. Images are embedded as data URIs unless
// HTMLOptions.LinkDir asks for links.
//
// A scenario comes from passages of articles, which it cites (see package
// article); with HTMLOptions.Docs set, the page quotes the cited lines from
// that folder, numbered, with a lang attribute. What the folder cannot
// answer (no such file, lines past its end) is said in a note; it never
// fails the report.
package write
