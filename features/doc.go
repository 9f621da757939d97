// Package features holds the suite's Gherkin: one feature file per
// documented path (P1..P13), each citing the articles and lines it comes
// from. Its test runs every feature, and the scenario README.md shows,
// through package suite, each scenario a subtest.
package features
