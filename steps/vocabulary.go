package steps

import (
	"reflect"
	"strings"

	"github.com/cucumber/godog"
)

// Step is one entry of the vocabulary: the pattern godog matches, an example
// line a scenario can use as it is, what it does, and its group in
// `unbind steps`. A Go user's own steps are Steps too (see Harness.Steps):
// they are matched, listed and reported as the built-in ones are.
type Step struct {
	// Group is the heading the step is listed under.
	Group string
	// Pattern is the regular expression godog matches the step text with;
	// its groups are the arguments of the function Bind returns.
	Pattern string
	// Example is a step line that runs as it is shown. A step that takes
	// a doc string or a data table has it on the lines after the step
	// line, each indented by four spaces, so that `unbind steps` shows it
	// under the line as a feature file writes it.
	Example string
	// Help says in a sentence what the step does.
	Help string
	// Bind returns the step's function for one running scenario: a func
	// whose arguments are an optional context.Context and then one per
	// group of Pattern (string, int, float64, ...), returning an error or
	// nothing, as godog step functions do. Through the Scenario it reaches
	// the scenario's browser session, world and evidence.
	Bind func(*Scenario) any
}

// Groups, in the order `unbind steps` prints them.
const (
	GroupNavigate = "Navigating"
	GroupAct      = "Acting on the page"
	GroupDialog   = "Browser alerts"
	GroupCheck    = "Checking the page"
	GroupEvidence = "Evidence"
	GroupBuyer    = "Buyers and cards (set up and checked through the sim, not the page)"
	GroupMail     = "Mail, captcha and clock"
	GroupWallet   = "Wallet and orders (set up and checked through the sim, not the page)"
	GroupPhone    = "The buyer's phone: SMS and the mobile app"
)

// Vocabulary lists every step a scenario can use: the page's steps first,
// then those of the buyers, their mail, wallet and phone, each concept's part
// from its own file, so the groups come in the order above.
func Vocabulary() []Step {
	var v []Step
	for _, part := range [][]Step{pageSteps(), buyerSteps(), mailSteps(), walletSteps(), phoneSteps()} {
		v = append(v, part...)
	}
	return v
}

// ExampleLine is the step line of the example, without the doc string or
// table that some steps take on the lines after it.
func (st Step) ExampleLine() string {
	line, _, _ := strings.Cut(st.Example, "\n")
	return line
}

// Argument kinds a step takes on the lines under it (Step.Takes).
const (
	TakesDocString = "doc string"
	TakesDataTable = "data table"
)

// Takes is the argument the step reads from the lines under it:
// TakesDocString, TakesDataTable, or "" for none. It is its function's last
// parameter, as godog passes the argument.
func (st Step) Takes() string {
	if st.Bind == nil {
		return ""
	}
	t := reflect.TypeOf(st.Bind(&Scenario{}))
	if t == nil || t.Kind() != reflect.Func || t.NumIn() == 0 {
		return ""
	}
	switch t.In(t.NumIn() - 1) {
	case reflect.TypeFor[*godog.DocString]():
		return TakesDocString
	case reflect.TypeFor[*godog.Table]():
		return TakesDataTable
	}
	return ""
}
