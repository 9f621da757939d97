package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"strings"

	"github.com/unbind/unbind/steps"
)

func stepsCmd(_ context.Context, args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("unbind steps", flag.ContinueOnError)
	lang := fs.String("lang", steps.English, "the language of the steps: "+strings.Join(steps.Languages(), ", "))
	fs.Usage = func() {
		fmt.Fprint(fs.Output(), "Usage: unbind steps [--lang "+strings.Join(steps.Languages(), "|")+"]\n\n"+
			"Lists every step a scenario can use, grouped, each with an example line\n"+
			"that can be pasted into a feature file as it is. --lang lists the steps\n"+
			"as they are written in that language (the help stays in English).\n\n")
		fs.PrintDefaults()
	}
	if _, ok, code := parseFlags(fs, args, stderr); !ok {
		return code
	}
	list, err := steps.Translated(*lang)
	if err != nil {
		fmt.Fprintf(stderr, "unbind steps: %v\n", err)
		if errors.As(err, new(steps.UnknownLanguageError)) {
			return exitUsage
		}
		return exitFailed
	}
	steps.WriteList(stdout, list)
	return exitOK
}
