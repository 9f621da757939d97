package suite

import (
	"context"
	"fmt"
	"io"
	"io/fs"
	"regexp"
	"testing/fstest"
	"time"

	"github.com/cucumber/godog"

	"github.com/unbind/unbind/reports/record"
	"github.com/unbind/unbind/steps"
)

// Options say what a run executes and how. The zero value runs every
// feature under features/ against the embedded sim in a headless browser,
// printing nothing.
type Options struct {
	// Paths are feature files, folders of them, and file:line of one
	// scenario; "features" when empty and Features is empty.
	Paths []string
	// Features are feature files given in memory, by name and contents,
	// run instead of Paths (not with them).
	Features []godog.Feature
	// Tags is a tag expression as cucumber writes it, "@P1 and not
	// (@wip or @locale:ru_RU)"; godog's older "@P1,@P3" (either) and
	// "@P1 && ~@wip" (both) are read too (ParseTags).
	Tags string
	// Names, when given, select only the scenarios whose name (an
	// outline's with its values filled in) matches one of these regular
	// expressions (Go's syntax, unanchored).
	Names []string
	// Order is the order the scenarios start in: the paths' and the files'
	// (the zero Order), or random (ParseOrder).
	Order Order
	// Shard, when set, runs only that part of the scenarios.
	Shard Shard
	// Durations are an earlier run's scenario durations by file:line
	// (DurationsFrom), which split shards by time instead of by count.
	Durations map[string]time.Duration
	// Concurrency is how many scenarios run at once;
	// steps.DefaultConcurrency() when zero.
	Concurrency int
	// Retries is how many more attempts a scenario that failed at a step
	// gets; one that then passes is flaky.
	Retries int
	// MaxFailures, when above zero, stops the run from starting scenarios
	// once that many have failed (those running finish): the rest are not
	// run (StoppedReason), and no retry runs. 1 is fail fast.
	MaxFailures int
	// FailOnFlaky makes a flaky scenario fail the run.
	FailOnFlaky bool
	// FailOnDrift makes a screenshot that drifted from its baseline
	// (Launch.Evidence.Baseline) fail the run; otherwise drift is a
	// warning and the step keeps its status.
	FailOnDrift bool
	// Launch says how the browser and the sim start, where evidence goes,
	// and which steps of the caller's own join the vocabulary.
	Launch steps.LaunchOptions
	// Format is godog's console format ("pretty", "progress", ...), written
	// to Output; none when empty.
	Format string
	// Color writes the console format in colour; for a terminal only.
	Color bool
	// Output receives the console format; Log, the run's progress lines
	// (what starts, retries, flaky scenarios). Nil discards them.
	Output, Log io.Writer
	// Console, when set, is told of the run as it goes, from unbind's own
	// record: each round, each step's result, each scenario once it ends.
	Console Console
}

// Console shows a run as it goes (see package reports/console). Its
// methods are called from the goroutines of the scenarios.
type Console interface {
	// Round starts the run (attempt 0) or its attempt-th retry, of n
	// scenarios.
	Round(attempt, n int)
	// Step is a step's result, as godog reports it.
	Step(s record.Status)
	// Scenario is a scenario of the run whose record is complete.
	Scenario(sc *record.Scenario)
}

func (o Options) withDefaults() Options {
	if len(o.Paths) == 0 && len(o.Features) == 0 {
		o.Paths = []string{"features"}
	}
	if o.Concurrency <= 0 {
		o.Concurrency = steps.DefaultConcurrency()
	}
	if o.Output == nil {
		o.Output = io.Discard
	}
	if o.Log == nil {
		o.Log = io.Discard
	}
	return o
}

// godogOptions are the options godog runs (or parses) o's features with.
// Features in memory are given to godog as files of a file system of their
// own, so that they are planned and run exactly as files are.
func (o Options) godogOptions() *godog.Options {
	files, _ := splitLines(o.Paths)
	g := &godog.Options{
		Paths:       files,
		Concurrency: o.Concurrency, Strict: true, Output: io.Discard,
		DefaultContext: context.Background(),
	}
	if len(o.Features) > 0 {
		files := fstest.MapFS{}
		g.Paths = nil
		for _, f := range o.Features {
			files[f.Name] = &fstest.MapFile{Data: f.Contents, Mode: 0o644}
			g.Paths = append(g.Paths, f.Name)
		}
		g.FS = files
	}
	if o.Order.Random {
		g.Randomize = o.Order.Seed
		// The paths were checked by NewPlan: a folder read then reads now.
		g.Paths, _ = o.Order.shuffledPaths(g.Paths, g.FS != nil)
	}
	return g
}

func (o Options) check() error {
	if len(o.Features) > 0 && len(o.Paths) > 0 {
		return fmt.Errorf("features in memory and feature paths cannot be run together")
	}
	for _, f := range o.Features {
		if !fs.ValidPath(f.Name) || f.Name == "." {
			return fmt.Errorf("feature in memory named %q: want a relative file name, like example.feature", f.Name)
		}
		if err := checkLines(f.Name, f.Contents); err != nil {
			return err
		}
	}
	return checkShard(o.Shard)
}

// ansiCode is a colour or style of a terminal.
var ansiCode = regexp.MustCompile("\x1b\\[[0-9;]*[A-Za-z]")

// noColor writes godog's console output without its colours. godog's own
// (Options.NoColors) writes a character at a time; godog writes each
// coloured string whole, so each write is stripped on its own.
type noColor struct{ w io.Writer }

func (n noColor) Write(p []byte) (int, error) {
	if _, err := n.w.Write(ansiCode.ReplaceAll(p, nil)); err != nil {
		return 0, err
	}
	return len(p), nil
}
