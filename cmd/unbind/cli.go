package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"runtime/debug"
	"strings"

	"github.com/unbind/unbind/steps"
)

// Exit codes.
const (
	exitOK     = 0 // every scenario passed
	exitFailed = 1 // a scenario failed, or the run could not finish
	exitUsage  = 2 // bad usage or input
	// exitPanic is a bug in unbind: a panic, printed with its stack. It is
	// EX_SOFTWARE of sysexits.h, apart from the statuses of a run.
	exitPanic = 70
)

// errUsage marks an error the user can fix by changing the command line.
var errUsage = errors.New("usage")

type command struct {
	name, summary string
	run           func(ctx context.Context, args []string, stdout, stderr io.Writer) int
}

func commands() []command {
	return []command{
		{"run", "run feature files against the simulated sites (the default)", runCmd},
		{"serve", "serve the simulated sites for a person to explore", serveCmd},
		{"merge", "combine the results of shards into one set of reports", mergeCmd},
		{"report", "write the reports again from a saved cucumber.ndjson", mergeCmd},
		{"steps", "list every step a scenario can use, with an example", stepsCmd},
		{"help", "show this help", nil},
	}
}

const usageHead = `unbind checks that documented UI procedures still work: Gherkin scenarios
written from how-to articles drive headless Chromium against a bundled,
simulated storefront and wallet.

Usage:
  unbind [run] [flags] [paths...]   run the suite (default paths: features)
  unbind serve [flags]              explore the simulated sites yourself
  unbind merge [--out DIR] FILES...  combine shards' results (cucumber.ndjson)
  unbind steps                      list the step vocabulary

Commands:
`

// run is the whole program, testable: it returns the exit code. A panic
// is printed with its stack and ends the program with exitPanic.
func run(ctx context.Context, args []string, stdout, stderr io.Writer) (code int) {
	defer func() {
		if p := recover(); p != nil {
			fmt.Fprintf(stderr, "unbind: internal error, please report it: panic: %v\n\n%s", p, debug.Stack())
			code = exitPanic
		}
	}()
	return dispatch(ctx, args, stdout, stderr)
}

// dispatch runs the command args name, `run` by default.
func dispatch(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	if len(args) > 0 {
		switch a := args[0]; {
		case a == "help" || a == "-h" || a == "--help" || a == "-help":
			printUsage(stdout)
			return exitOK
		case !strings.HasPrefix(a, "-"):
			for _, c := range commands() {
				if c.name == a && c.run != nil {
					return c.run(ctx, args[1:], stdout, stderr)
				}
			}
		}
	}
	return runCmd(ctx, args, stdout, stderr)
}

func printUsage(w io.Writer) {
	fmt.Fprint(w, usageHead)
	for _, c := range commands() {
		fmt.Fprintf(w, "  %-8s %s\n", c.name, c.summary)
	}
	fmt.Fprint(w, "\nRun 'unbind COMMAND --help' for the flags of a command.\n")
}

// parseFlags parses a command's flags, which may come before or after its
// paths, and turns -h and errors into exit codes. It returns the paths.
func parseFlags(fs *flag.FlagSet, args []string, stderr io.Writer) (paths []string, ok bool, code int) {
	fs.SetOutput(stderr)
	for {
		if err := fs.Parse(args); err != nil {
			if errors.Is(err, flag.ErrHelp) {
				return nil, false, exitOK
			}
			return nil, false, exitUsage
		}
		args = fs.Args()
		if len(args) == 0 {
			return paths, true, exitOK
		}
		paths = append(paths, args[0])
		args = args[1:]
	}
}

// extraStepsKey is the context key of steps a test of the command adds to
// the vocabulary of its runs.
type extraStepsKey struct{}

// withExtraSteps returns a context whose runs also have steps: steps that
// exist only for a test of the command.
func withExtraSteps(ctx context.Context, add ...steps.Step) context.Context {
	return context.WithValue(ctx, extraStepsKey{}, add)
}

// extraSteps are the steps withExtraSteps put in ctx.
func extraSteps(ctx context.Context) []steps.Step {
	add, _ := ctx.Value(extraStepsKey{}).([]steps.Step)
	return add
}
