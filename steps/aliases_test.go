package steps_test

import (
	"regexp"
	"testing"

	"github.com/cucumber/godog"

	"github.com/unbind/unbind/steps"
)

// Lines an English reader writes from the articles in words of their own,
// each read as the one step it means, by the step's ID: other verbs (go
// to, press, tap, choose), "the button", "logged in", the field's value
// before its name.
func TestEnglishReadersWords(t *testing.T) {
	aliases, err := steps.Aliases(steps.English)
	if err != nil {
		t.Fatal(err)
	}
	vocab := steps.Vocabulary()
	ids := make([]string, 0, len(vocab)+len(aliases))
	all := append(vocab, aliases...)
	for _, st := range vocab {
		ids = append(ids, st.ID())
	}
	for _, st := range aliases {
		// An alias keeps the English step's example; its ID is the step's.
		for _, v := range vocab {
			if v.Example == st.Example {
				ids = append(ids, v.ID())
			}
		}
	}
	if len(ids) != len(all) {
		t.Fatalf("%d IDs for %d steps: an alias has no step of its own", len(ids), len(all))
	}
	for line, want := range map[string]string{
		`I go to "https://intl.alipay.com/"`:                                       "I open _",
		`I navigate to "https://intl.alipay.com/"`:                                 "I open _",
		`I click on "Remove card"`:                                                 "I click _",
		`I press "Remove card"`:                                                    "I click _",
		`I click the "Remove card" button`:                                         "I click _",
		`I click the button "Remove card"`:                                         "I click _",
		`I press "Remove card" next to "Visa •••• 4242"`:                           "I click _ _ _",
		`I hover on "My AliExpress"`:                                               "I hover over _",
		`I move the mouse over "My AliExpress"`:                                    "I hover over _",
		`I fill in "Email" with "buyer@example.com"`:                               "I fill _ with _",
		`I type "buyer@example.com" into the "Email" field`:                        "I fill _ with _",
		`I enter "buyer@example.com" in "Email"`:                                   "I fill _ with _",
		`I tick "Bind card to Alipay"`:                                             "I check _",
		`I choose "Russian" from the "Language" list`:                              "I select _ from _",
		`I confirm the alert`:                                                      "I accept the alert",
		`I click "OK" in the browser alert`:                                        "I click _ in the pop-up",
		`I click "Delete" in the confirmation dialog`:                              "I click _ in the pop-up",
		`I cancel the dialog`:                                                      "I dismiss the alert",
		`I choose "My Alipay"`:                                                     "I click _",
		`I select the "Alipay balance" option`:                                     "I click _",
		`I confirm the deletion`:                                                   "I accept the alert",
		`I confirm in the pop-up`:                                                  "I accept the alert",
		`I confirm the popup`:                                                      "I accept the alert",
		`I cancel the removal`:                                                     "I dismiss the alert",
		`I close the pop-up`:                                                       "I dismiss the alert",
		`I see "The card has been removed"`:                                        "I should see _",
		`I should see the message "The card has been removed"`:                     "I should see _",
		`the page shows "Bound cards"`:                                             "I should see _",
		`I should no longer see "Visa •••• 4242"`:                                  "I should not see _",
		`I don't see "Visa •••• 4242"`:                                             "I should not see _",
		`I should be on the page "intl.alipay.com/"`:                               "I should be on _",
		`I should be on the "My Alipay" page`:                                      "I should be on _",
		`the "My Alipay" page opens`:                                               "I should be on _",
		`I am on the page "My Alipay"`:                                             "I should be on _",
		`the page is titled "My Alipay"`:                                           "the page title is _",
		`the title should be "My Alipay"`:                                          "the page title is _",
		`the page title should contain "Alipay"`:                                   "the page title contains _",
		`I am logged in to AliExpress`:                                             "I am signed in to the storefront",
		`I log in`:                                                                 "I sign in to the storefront",
		`the buyer should have no bound cards`:                                     "the buyer has no bound cards",
		`a buyer without an Alipay account, with a bound Visa card ending in 4242`: "a buyer without a wallet account with a bound _ card ending in _",
		`I press the Enter key`:                                                    "I press Enter",
		`the card has been removed from the account`:                               "the card is unbound",
		`I open the confirmation email`:                                            "I open the latest email",
		`I click the link in the email`:                                            "I follow the link in it",
		`I solve the captcha`:                                                      "I enter the captcha",
		`a buyer with a Visa card ending with 4242`:                                "a buyer with a bound _ card ending in _",
		`a buyer with a linked Visa card that ends in 4242`:                        "a buyer with a bound _ card ending in _",
		`a buyer without an Alipay account with a bound Visa card ending in 4242`:  "a buyer without a wallet account with a bound _ card ending in _",
		`a buyer without an Alipay wallet and with bound cards "Visa 4242"`:        "a buyer without a wallet account with bound cards _",
	} {
		var got []string
		for i, st := range all {
			if regexp.MustCompile(st.Pattern).MatchString(line) {
				got = append(got, ids[i])
			}
		}
		if len(got) != 1 || got[0] != want {
			t.Errorf("%q matches %q, want only %q", line, got, want)
		}
	}
}

// An alias runs its step with the arguments where they belong: the value
// written before the field's name goes into that field.
func TestEnglishAliasesRun(t *testing.T) {
	const feature = `Feature: aliases
  Scenario: the value before the field
    Given a buyer with a bound Visa card ending in 4242
    When I go to "https://login.aliexpress.com/login.htm"
    And I type "buyer@example.com" into the "Email" field
    Then the field "Email" contains "buyer@example.com"
    And the field "Password" is empty
`
	if _, status := runFeature(t, steps.EvidenceOptions{}, godog.Feature{Name: "aliases.feature", Contents: []byte(feature)}); status != 0 {
		t.Errorf("the scenario written with aliases failed (status %d)", status)
	}
}
