// Package fake is what the tests of the report packages share: a suite of
// fake step definitions that stand in for the harness, run for real by
// godog over the feature files embedded here (testdata/features and
// testdata/articles) and recorded by the intake's Collector; runs made by
// hand (interrupted, retried); and the golden-file check.
//
// Evidence kept as a file names testdata/evidence/dom.html, which the
// package whose tests write reports of a fake run holds in its own
// testdata.
package fake
