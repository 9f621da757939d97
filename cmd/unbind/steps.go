package main

import (
	"context"
	"flag"
	"fmt"
	"io"

	"github.com/unbind/unbind/steps"
)

func stepsCmd(_ context.Context, args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("unbind steps", flag.ContinueOnError)
	fs.Usage = func() {
		fmt.Fprint(fs.Output(), "Usage: unbind steps\n\nLists every step a scenario can use, grouped, each with an example line\nthat can be pasted into a feature file as it is.\n")
	}
	if _, ok, code := parseFlags(fs, args, stderr); !ok {
		return code
	}
	steps.WriteList(stdout, steps.Vocabulary())
	return exitOK
}
