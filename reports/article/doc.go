// Package article reads the articles that scenarios come from and the
// citations that name their passages.
//
// A scenario cites passages in its own description, in its feature's
// description, or by tag:
//
//	Sources: 003_225e3ac7510057b2.txt lines 27 and 96-102 (Russian original),
//	000_abb3b5b6ec466300.txt line 12 (Hindi).
//
//	@article-003
//	Scenario: ...
//
// A file name ending in .txt or .md, optionally followed by "line N" or
// "lines N-M, K and L" and by a parenthesis opening with a language name,
// is a citation (ParseCitations). A scenario's passages (Sources) are those
// its description cites; then, for each @article-KEY tag not cited there,
// the lines its feature cites of the file whose name starts with KEY and
// "_" (or the whole article when none are cited); a scenario with neither
// takes everything its feature cites.
//
// A Library is a folder of articles: Find finds the file a citation names
// (by file name or key), Article reads it, Article.Cited gives the lines a
// citation names, and Passage puts that together for a report, in the
// language the citation names, else the one DetectLanguage finds in the
// article.
package article
