package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"runtime"
	"syscall"
	"time"
)

// options are the soak's flags.
type options struct {
	unbind      string
	out         string
	runs        int
	atOnce      int
	concurrency int
	timeout     time.Duration
	runTimeout  time.Duration
	paths       []string
	cores       int
}

// minLoad is the load factor soak aims at by default: scenarios at once per core.
const minLoad = 3

func main() {
	o, err := parseFlags(os.Args[1:], os.Stderr)
	if err != nil {
		if errors.Is(err, flag.ErrHelp) {
			os.Exit(0)
		}
		fmt.Fprintf(os.Stderr, "soak: %v\n", err)
		os.Exit(2)
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	t, err := soak(ctx, o, os.Stdout)
	t.print(os.Stdout, o)
	if err != nil {
		fmt.Fprintf(os.Stderr, "soak: %v\n", err)
		os.Exit(1)
	}
	if !t.ok() {
		os.Exit(1)
	}
}

func parseFlags(args []string, errOut io.Writer) (options, error) {
	o := options{cores: runtime.NumCPU()}
	fs := flag.NewFlagSet("soak", flag.ContinueOnError)
	fs.SetOutput(errOut)
	fs.StringVar(&o.unbind, "unbind", "bin/unbind", "the unbind binary to run (make build)")
	fs.StringVar(&o.out, "out", "out/soak", "folder of the runs' reports, one --out folder per run")
	fs.IntVar(&o.runs, "runs", 15, "how many suite runs in all")
	fs.IntVar(&o.atOnce, "at-once", 0, "suite runs at once (0: enough for 3 scenarios per core)")
	fs.IntVar(&o.concurrency, "concurrency", 2, "--concurrency of each suite run")
	fs.DurationVar(&o.timeout, "timeout", 90*time.Minute, "no run starts after this time, and runs still going then are interrupted")
	fs.DurationVar(&o.runTimeout, "run-timeout", 30*time.Minute, "a suite run still going after this time is interrupted and counts as not finished")
	if err := fs.Parse(args); err != nil {
		return o, err
	}
	o.paths = fs.Args()
	if len(o.paths) == 0 {
		o.paths = []string{"features/"}
	}
	return o, o.check()
}

func (o *options) check() error {
	switch {
	case o.runs < 1:
		return fmt.Errorf("-runs %d: give 1 or more", o.runs)
	case o.concurrency < 1:
		return fmt.Errorf("-concurrency %d: give 1 or more", o.concurrency)
	case o.atOnce < 0:
		return fmt.Errorf("-at-once %d: give 0 (automatic) or more", o.atOnce)
	case o.timeout <= 0 || o.runTimeout <= 0:
		return errors.New("-timeout and -run-timeout must be positive")
	}
	if o.atOnce == 0 {
		o.atOnce = (minLoad*o.cores + o.concurrency - 1) / o.concurrency
	}
	if _, err := os.Stat(o.unbind); err != nil {
		return fmt.Errorf("the unbind binary: %w (make build writes bin/unbind)", err)
	}
	return nil
}

// loadFactor is how many scenarios run at once per core.
func (o options) loadFactor() float64 {
	return float64(o.atOnce*o.concurrency) / float64(o.cores)
}
