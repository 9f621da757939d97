package steps_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/cucumber/godog"

	"github.com/unbind/unbind/steps"
)

// exampleRun is the scenario an example of the vocabulary runs in: the
// steps that bring the sim and the page to where the example applies, and
// the steps that check it did what it says.
type exampleRun struct {
	tags          string
	before, after []string
}

// where is the words of the steps that say which part of the page.
const where = `(next to|in the row of|under|in the section|in)`

// exampleRuns are, by the step's pattern, the scenarios the examples of
// `unbind steps` run in as they are shown.
func exampleRuns() map[string]exampleRun {
	twoCards := []string{"Given a buyer with these bound cards:", "  | card            | expiry |", "  | Visa 4242       | 12/30  |", "  | MasterCard 5454 | 01/24  |"}
	signedIn := []string{"Given a buyer with a bound Visa card ending in 4242", "And I am signed in to the storefront"}
	registration := exampleRun{before: []string{"Given a buyer without a wallet account with a bound Visa card ending in 4242",
		"And I am signed in to the storefront", `When I open "https://intl.alipay.com/register/email.htm"`}}
	checkout := exampleRun{before: []string{"Given a buyer without a wallet account and no bound cards",
		"And I am signed in to the storefront", `When I open "https://www.aliexpress.com/checkout.htm"`}}
	return map[string]exampleRun{
		`^the alert says:$`: {
			before: append(signedIn, `When I open "https://intl.alipay.com/ihome/user/queryUserBindCard.htm"`, `And I click "Delete card"`),
			after:  []string{"When I accept the alert", `Then I should see "The card has been removed"`, "And the buyer has no bound cards"},
		},
		`^I should see:$`: {
			before: append(signedIn, `When I open "https://intl.alipay.com/account/cards/add.htm"`),
		},
		`^I fill in:$`: {
			before: []string{"Given a buyer with a bound Visa card ending in 4242", `When I open "https://login.aliexpress.com/login.htm"`},
			after:  []string{`And I click "Sign in"`, `Then I should be on "www.aliexpress.com/"`},
		},
		`^I click "([^"]*)" ` + where + ` "([^"]*)"$`: {
			before: append(twoCards, "And I am signed in to the storefront", `When I open "https://intl.alipay.com/account/cards.htm"`),
			after:  []string{`Then I should see "Remove this card?"`, `When I click "Delete"`, `Then I should see "The card has been removed"`, `And the buyer's bound cards are "Visa 4242"`},
		},
		`^I should see "([^"]*)" ` + where + ` "([^"]*)"$`: {
			before: append(twoCards, "And I am signed in to the storefront", `When I open "https://intl.alipay.com/account/cards.htm"`),
		},
		`^I select "([^"]*)" from "([^"]*)"$`: {
			before: append(signedIn, `When I open "https://intl.alipay.com/account/settings.htm"`),
			after:  []string{`And I click "Save"`, `Then I should see "Настройки сохранены"`},
		},
		`^the field "([^"]*)" contains "([^"]*)"$`:       registration,
		`^the field "([^"]*)" is filled with "([^"]*)"$`: registration,
		`^the field "([^"]*)" is empty$`: {
			before: []string{"Given a buyer with a bound Visa card ending in 4242", `When I open "https://login.aliexpress.com/login.htm"`},
		},
		`^"([^"]*)" is checked$`: checkout,
		`^"([^"]*)" is not checked$`: {
			before: append(append([]string{}, checkout.before...), `And I uncheck "Bind card to Alipay"`),
		},
		`^"([^"]*)" is disabled$`: checkout,
		`^"([^"]*)" is enabled$`:  checkout,
		`^I should see the word "([^"]*)"$`: {
			tags:   "@profile:withdrawable-balance",
			before: append(signedIn, `When I open "https://intl.alipay.com/account/withdraw.htm"`),
		},
		`^I should see exactly "([^"]*)"$`: {
			before: append(signedIn, `When I open "https://intl.alipay.com/account/cards.htm"`),
		},
		`^the card "([^"]*)" shows as expired$`: {
			before: append(twoCards, "And I am signed in to the storefront", `When I open "https://intl.alipay.com/account/cards.htm"`),
		},
		`^a buyer with these bound cards:$`: {
			after: []string{`Then the buyer's bound cards are "Visa 4242"`, `And the buyer's cards saved in the app are "MasterCard 5454"`},
		},
		`^a buyer without a wallet account with these bound cards:$`: {
			after: []string{`Then the buyer's bound cards are "Visa 4242, MasterCard 5454"`, "And the buyer has no cards saved in the app"},
		},
	}
}

// The examples of `unbind steps` run as they are shown, each in a scenario
// of its own against the sim, and do what their help says.
func TestExamplesRunAsShown(t *testing.T) {
	byID := map[string]steps.Step{} // the runs name a step by its pattern's words
	for _, st := range steps.Vocabulary() {
		byID[st.ID()] = st
	}
	var b strings.Builder
	b.WriteString("Feature: the examples of unbind steps\n")
	for pattern, run := range exampleRuns() {
		st, ok := byID[steps.Step{Pattern: pattern}.ID()]
		if !ok {
			t.Errorf("no step of the vocabulary has the pattern %s", pattern)
			continue
		}
		fmt.Fprintf(&b, "\n  %s\n  Scenario: %s\n", run.tags, st.ExampleLine())
		for _, line := range append(append(append([]string{}, run.before...), strings.Split(st.Example, "\n")...), run.after...) {
			fmt.Fprintf(&b, "    %s\n", line)
		}
	}
	t.Log(b.String())
	if _, status := runFeature(t, steps.EvidenceOptions{}, godog.Feature{Name: "examples.feature", Contents: []byte(b.String())}); status != 0 {
		t.Errorf("an example of unbind steps does not run as shown (status %d); the scenarios' output is above", status)
	}
}
