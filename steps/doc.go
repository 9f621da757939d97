// Package steps holds the step vocabulary of unbind: the page steps a
// scenario is written with (open, click, hover, fill, see, ...) and the
// steps that set up and check a world of the simulated sites: buyers and
// their cards, mail, the captcha and the clock, the wallet and orders, the
// buyer's phone.
//
// Every step is declared once, in the table of its concept's file (page.go,
// buyers.go, mail.go, wallet.go, phone.go), with its pattern, an example and
// the group it belongs to; Vocabulary joins the tables, and the same list
// registers the steps with godog and prints them for `unbind steps`. The
// same steps are phrased in the articles' languages in lang/ (lang.go reads
// them), each bound to the English step's function; the labels a step
// names go through the articles' glossaries in glossary/ (glossary.go) to
// the site's labels of the page's language. A
// Harness binds the vocabulary to one browser and one simulated site, and
// gives every scenario its own browser session and its own world.
//
// Evidence of steps (evidence.go) is kept in a folder per scenario; with
// baselines (baseline.go) the screenshot of every passing step is compared
// with the one kept from an earlier run, and a diff image kept where the
// two differ (package visual compares them).
package steps
