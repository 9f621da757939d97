// Package console writes what a person watching a run reads on the
// terminal, from unbind's own record of the run rather than from godog's
// formatters.
//
// A Console is told of each step result (Step) and of each scenario once its
// record is complete (Scenario), from any goroutine; it writes each
// scenario whole under one lock, so the scenarios that run at once never mix
// their lines. The List style gives one line per scenario, as
//
//	[12/69] ✓ features/p01_my_alipay.feature:13 › Remove the only bound card (1.2 s)
//
// with the steps of a failed one under it (of every one when Verbose); the
// Progress style one character per step. Columns are aligned by the width
// text takes on a terminal, so labels such as "•••• 4242", Cyrillic and
// Devanagari line up.
//
// Summary ends a run: each failure with its step, error, the article lines
// its scenario cites and where its evidence is, then one line of counts,
// where the reports are and the command that runs again what did not pass.
package console
