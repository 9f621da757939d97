package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
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
	if err := fs.Parse(args); err != nil {
		return o, false
	}
	o.paths = fs.Args()
	if len(o.paths) == 0 {
		o.paths = []string{"features"}
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
