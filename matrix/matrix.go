package matrix

import (
	"context"
	"fmt"

	"github.com/unbind/unbind/reports/article"
	"github.com/unbind/unbind/suite"
)

// Options say what a matrix runs.
type Options struct {
	// Run are the run's options as unbind run takes them: concurrency,
	// shard, browser, step deadline, evidence. Its Paths are the article
	// features (features/articles when empty); its Features and
	// Launch.Profile are the matrix's to set.
	Run suite.Options
	// Profiles are the columns; Columns of the features when empty.
	Profiles []string
	// Docs is the folder of the articles, for their titles and the lines
	// steps stand for.
	Docs string
}

// DefaultPaths are the article features, one per article.
var DefaultPaths = []string{"features/articles"}

// Planned is a matrix ready to run: its plan and what it stands for.
type Planned struct {
	Options  suite.Options
	Plan     *suite.Plan
	Profiles []string
	features []feature
	names    map[string]variant
	docs     string
}

// Prepare reads the features and plans the run of every feature under
// every profile, before a browser starts: bad input is refused here.
func Prepare(o Options) (*Planned, error) {
	paths := o.Run.Paths
	if len(paths) == 0 {
		paths = DefaultPaths
	}
	fs, err := readFeatures(paths)
	if err != nil {
		return nil, err
	}
	cols := o.Profiles
	if len(cols) == 0 {
		cols = Columns(fs)
	}
	if err := CheckColumns(cols); err != nil {
		return nil, err
	}
	run := o.Run
	var names map[string]variant
	run.Paths = nil
	run.Features, names = variants(fs, cols)
	run.Launch.Profile = func(uri string) (string, bool) {
		v, ok := names[uri]
		if !ok {
			return "", false
		}
		if v.profile == None {
			return "", true
		}
		return v.profile, true
	}
	plan, err := suite.NewPlan(run)
	if err != nil {
		return nil, err
	}
	return &Planned{Options: run, Plan: plan, Profiles: cols, features: fs, names: names, docs: o.Docs}, nil
}

// Run runs the planned matrix and sums it up; the result is the run's,
// for its reports.
func (p *Planned) Run(ctx context.Context) (*Table, *suite.Result, error) {
	r, err := suite.Start(ctx, p.Options, p.Plan)
	if err != nil {
		return nil, nil, err
	}
	defer r.Close()
	res, err := r.Run(ctx)
	if err != nil {
		return nil, nil, fmt.Errorf("running the matrix: %w", err)
	}
	return p.Table(res), res, nil
}

// Table sums a run of the planned matrix up.
func (p *Planned) Table(res *suite.Result) *Table {
	return build(res.Run, p.features, p.Profiles, p.names, article.NewLibrary(p.docs))
}
