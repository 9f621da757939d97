package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"path/filepath"
	"strings"

	"github.com/unbind/unbind/steps"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	code := run(ctx, os.Args[1:], os.Stdout, os.Stderr)
	stop()
	os.Exit(code)
}

// options are bench's flags.
type options struct {
	runs        int
	concurrency int
	fresh       bool
	chrome      string
	paths       []string
	versus      versusOptions
}

// defaultConcurrency is the default of `unbind run --concurrency`, which
// the benchmark measures unless told otherwise.
var defaultConcurrency = steps.DefaultConcurrency()

func parseOptions(args []string, stderr io.Writer) (options, bool) {
	var o options
	fs := flag.NewFlagSet("bench", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.IntVar(&o.runs, "runs", 3, "how many times to run the suite with each kind of isolation")
	fs.IntVar(&o.concurrency, "concurrency", defaultConcurrency, "scenarios run at once; the default is unbind run's, one per CPU, at most 4")
	fs.BoolVar(&o.fresh, "fresh", true, "also run the suite with a fresh browser context per scenario, for the ratio")
	fs.StringVar(&o.chrome, "chrome", "", "Chrome or Chromium binary (default: $UNBIND_CHROME, then chromium-headless-shell, then chromium and the like on PATH)")
	fs.StringVar(&o.versus.peer, "peer", "", "race unbind against the Playwright Test peer in this folder (bench/playwright), instead of comparing isolations")
	fs.StringVar(&o.versus.unbind, "unbind", "bin/unbind", "with -peer: the unbind binary to run (and serve the peer's sim)")
	fs.IntVar(&o.versus.pairs, "pairs", 4, "with -peer: how many runs of each, alternated")
	if err := fs.Parse(args); err != nil {
		return o, false
	}
	o.paths = fs.Args()
	if len(o.paths) == 0 && o.versus.peer != "" {
		// The root suite, which the peer ports: not features/articles or
		// features/readers.
		o.paths, _ = filepath.Glob(filepath.Join("features", "*.feature"))
	}
	if len(o.paths) == 0 {
		o.paths = []string{"features"}
	}
	o.versus.paths = o.paths
	if o.versus.pairs < 1 {
		fmt.Fprintln(stderr, "bench: -pairs must be at least 1")
		return o, false
	}
	if o.runs < 1 || o.concurrency < 1 {
		fmt.Fprintln(stderr, "bench: -runs and -concurrency must be at least 1")
		return o, false
	}
	return o, true
}

// command is the command line that reproduces a measurement.
func (o options) command() string {
	args := []string{"go run ./bench", fmt.Sprintf("-runs %d", o.runs), fmt.Sprintf("-concurrency %d", o.concurrency)}
	if !o.fresh {
		args = append(args, "-fresh=false")
	}
	return strings.Join(append(args, o.paths...), " ")
}

func run(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	o, ok := parseOptions(args, stderr)
	if !ok {
		return 2
	}
	m, err := describeMachine(o.chrome)
	if err != nil {
		fmt.Fprintf(stderr, "bench: %v\n", err)
		return 1
	}
	if o.versus.peer != "" {
		o.versus.chrome = m.chromiumPath
		u, p, err := versus(ctx, o.versus, stderr)
		if err != nil {
			fmt.Fprintf(stderr, "bench: %v\n", err)
			return 1
		}
		printVersus(stdout, o.versus, m, u, p)
		return 0
	}
	results, err := measure(ctx, o, stderr)
	if err != nil {
		fmt.Fprintf(stderr, "bench: %v\n", err)
		return 1
	}
	printReport(stdout, o, m, results)
	for _, r := range results {
		if len(r.failures) > 0 {
			return 1
		}
	}
	return 0
}
