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
		printFlags(fs)
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
	fmt.Fprint(stdout, stepsFooter)
	return exitOK
}

// stepsFooter ends the list: the steps take more words than the examples
// show, and a dry run checks a feature's lines against them.
const stepsFooter = `
Other words
  The steps also read as a reader is likely to write them: in English
  I go to, I press, I click the "X" button, I type "..." into "Email",
  I see, I don't see, I am logged in, I confirm the pop-up, and
  I click "OK" (which, while an alert is open, answers it); in every language, in more of its words for the same actions
  (other verbs, the pronoun left out); in Russian, Indonesian and Swahili
  also with a field's value before its name.
  'unbind run --dry-run FILE' checks that every line of a feature is a
  step, naming the closest steps for one that is not.
`
