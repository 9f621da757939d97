// Package doccheck checks articles against the simulated sites without a
// browser, for the people who write the articles: which labels an article
// quotes are on the site (Lint), and which of its sentences, labels and
// addresses some scenario cites or exercises (Coverage).
//
// Crawl renders every page a reader visits with the sims in process (every
// site profile, every locale, a visitor, a newcomer and a wallet holder,
// each in a world of its own), and reads the labels the pages show with
// goquery: the text of buttons, links, labels, headings, options and the
// title, and the placeholders, titles, aria-labels and confirm texts of
// elements. Lint looks each quoted label of an article up there, as it is
// and through the glossary of the article's language (package
// steps/glossary), and sorts it: on the site, translated, prose (the
// article's notes say it names nothing; see Notes) or broken, with the
// nearest labels of the site and of the glossaries. A glossary term
// marked wrong (a misprint, a mistranslation) is broken, however steps
// take it.
//
// Coverage reads the scenarios of feature files (ReadScenarios) and, for
// each article, lists its procedural sentences, quoted labels and
// addresses with the scenarios that cite their line (article.Sources) or
// use them in their steps, as written or through a glossary or the site's
// other locale for the same label of the site.
//
// The results are plain data (LintReport, CoverageReport, with JSON
// names) for the command line (unbind lint, unbind coverage) and for a
// section of the reports; LintArticles and CoverArticles make them from
// paths.
package doccheck
