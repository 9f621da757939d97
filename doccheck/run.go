package doccheck

import (
	"context"
	"fmt"
	"os"
	"path/filepath"

	"github.com/unbind/unbind/reports/article"
	"github.com/unbind/unbind/sim/catalog"
	"github.com/unbind/unbind/steps/glossary"
)

// ReadArticles reads the articles of paths: files, and every file of the
// folders among them, in order.
func ReadArticles(paths []string) ([]*article.Article, error) {
	var out []*article.Article
	for _, p := range paths {
		fi, err := os.Stat(p)
		if err != nil {
			return nil, fmt.Errorf("no article %s: %w", p, err)
		}
		dir, names := filepath.Dir(p), []string{filepath.Base(p)}
		if fi.IsDir() {
			lib := article.NewLibrary(p)
			if names, err = lib.Names(); err != nil {
				return nil, err
			}
			dir = p
		}
		lib := article.NewLibrary(dir)
		for _, n := range names {
			a, err := lib.Article(n)
			if err != nil {
				return nil, err
			}
			out = append(out, a)
		}
	}
	return out, nil
}

// LintOptions say what to lint.
type LintOptions struct {
	// Paths are the articles: files or folders of them.
	Paths []string
	// NotesDir is a folder of more articles' notes (KEY.txt), besides
	// those that ship; none when "".
	NotesDir string
	// Workers is how many worlds the crawl renders at once (CrawlOptions).
	Workers int
}

// LintArticles crawls the site (opening the addresses the articles give
// too) and lints every article of opts.Paths.
func LintArticles(ctx context.Context, opts LintOptions) (LintReport, error) {
	articles, err := ReadArticles(opts.Paths)
	if err != nil {
		return LintReport{}, err
	}
	cat, err := catalog.Load()
	if err != nil {
		return LintReport{}, err
	}
	g, err := glossary.Load(cat)
	if err != nil {
		return LintReport{}, err
	}
	notes, err := LoadNotes(opts.NotesDir)
	if err != nil {
		return LintReport{}, err
	}
	var start []string
	for _, a := range articles {
		for _, u := range URLs(a.Lines) {
			start = append(start, Absolute(u.Text))
		}
	}
	site, stats, err := Crawl(ctx, CrawlOptions{Start: start, Workers: opts.Workers})
	if err != nil {
		return LintReport{}, err
	}
	l := &Linter{Site: site, Glossary: g, Catalog: cat, Notes: notes}
	r := LintReport{Crawl: stats}
	for _, a := range articles {
		r.Articles = append(r.Articles, l.Lint(a))
	}
	return r, nil
}

// CoverageOptions say what coverage reads.
type CoverageOptions struct {
	// Paths are the articles: files or folders of them.
	Paths []string
	// Features are the feature files or folders whose scenarios cover them.
	Features []string
	// NotesDir is a folder of more articles' notes, as LintOptions'.
	NotesDir string
}

// CoverArticles is the coverage of every article of opts.Paths by the
// scenarios of opts.Features.
func CoverArticles(opts CoverageOptions) (CoverageReport, error) {
	articles, err := ReadArticles(opts.Paths)
	if err != nil {
		return CoverageReport{}, err
	}
	scenarios, err := ReadScenarios(opts.Features)
	if err != nil {
		return CoverageReport{}, err
	}
	cat, err := catalog.Load()
	if err != nil {
		return CoverageReport{}, err
	}
	g, err := glossary.Load(cat)
	if err != nil {
		return CoverageReport{}, err
	}
	notes, err := LoadNotes(opts.NotesDir)
	if err != nil {
		return CoverageReport{}, err
	}
	c := NewCoverage(scenarios, g, cat, notes)
	var r CoverageReport
	for _, a := range articles {
		r.Articles = append(r.Articles, c.Article(a))
	}
	return r, nil
}
