package steps

import (
	"strings"
	"testing"
)

// "Confirm in the pop-up" (001, 004) is written as the step that accepts
// an alert, in any language; where the page shows its own pop-up, the step
// clicks its confirming button and notes which, and cancelling it keeps
// the card. What the alert says is read from the page's pop-up as well;
// clicking an alert's "OK" (Sawa) where the pop-up has no such button
// fails, naming the buttons it has.
func TestConfirmingThePagesPopup(t *testing.T) {
	const english = `Feature: the page's pop-up
  Scenario: confirmed in the reader's words
    Given a buyer with a bound Visa card ending in 4242
    And I am signed in to the storefront
    When I hover over "My AliExpress"
    And I click "My Alipay"
    And I click "Edit cards"
    And I click "Remove card"
    Then a confirmation pop-up appears
    And the alert says "Remove this card?"
    When I confirm the pop-up
    Then I should see "The card has been removed"
    And the buyer has no bound cards

  Scenario: cancelled
    Given a buyer with a bound Visa card ending in 4242
    And I am signed in to the storefront
    When I open "https://intl.alipay.com/account/cards.htm"
    And I click "Remove card"
    And I cancel the pop-up
    Then I should not see "Remove this card?"
    And the buyer's bound cards are "Visa 4242"

  Scenario: nothing is open to confirm
    Given a buyer with a bound Visa card ending in 4242
    And I am signed in to the storefront
    When I open "https://intl.alipay.com/account/cards.htm"
    And I confirm the deletion

  Scenario: no pop-up appears
    Given a buyer with a bound Visa card ending in 4242
    And I am signed in to the storefront
    When I open "https://intl.alipay.com/account/cards.htm"
    Then I should see a pop-up
`
	const russian = `# language: ru
Функция: всплывающее окно
  Сценарий: подтверждаю удаление
    Допустим у покупателя привязана карта Visa, оканчивающаяся на 4242
    И я вошёл в аккаунт на AliExpress
    Когда я открываю «https://intl.alipay.com/account/cards.htm»
    И я нажимаю «Удалить карту»
    И подтверждаю удаление карты
    Тогда у покупателя нет привязанных карт
`
	const twoCards = `Feature: several alike
  Scenario: the first of two "Remove card"
    Given a buyer with bound cards "Visa 4242, MasterCard 5454"
    And I am signed in to the storefront
    When I open "https://intl.alipay.com/account/cards.htm"
    And I click "Remove card"
    And I click "Cancel"
`
	const sawa = `Feature: the alert's button
  Scenario: OK where the pop-up has none
    Given a buyer with a bound Visa card ending in 4242
    And I am signed in to the storefront
    When I open "https://intl.alipay.com/account/cards.htm"
    And I click "Remove card"
    * Ninabofya "Sawa"
`
	notes, out := runGlossaryFeature(t, english, russian, twoCards, sawa)
	if want := `2 elements named "Remove card" are on https://intl.alipay.com/account/cards.htm; clicking the first`; !strings.Contains(notes, want) {
		t.Errorf("a click of the first of several does not note it in the step's evidence (%s):\n%s", want, notes)
	}
	if want := `the page's pop-up "Remove this card?" → "Delete" (no browser dialog was open)`; !strings.Contains(notes, want) {
		t.Errorf("no step notes %s; the notes:\n%s\n%s", want, notes, out)
	}
	if want := `→ "Cancel"`; !strings.Contains(notes, want) {
		t.Errorf("the cancelling step notes no %s; the notes:\n%s", want, notes)
	}
	if !strings.Contains(out, "4 passed, 3 failed") {
		t.Errorf("want the four scenarios that answer a pop-up to pass, the two without one and the one clicking OK on it to fail:\n%s", out)
	}
	if want := `the page's own pop-up "Remove this card?" has the buttons "Delete" and "Cancel"`; !strings.Contains(out, want) || strings.Contains(out, "«Sawa» is in no glossary") {
		t.Errorf("clicking «Sawa» on the page's pop-up does not fail with %s alone:\n%s", want, out)
	}
	if n := strings.Count(out, "and no pop-up of the page is open"); n < 2 {
		t.Errorf("the step with nothing to confirm does not say it looked for a pop-up:\n%s", out)
	}
}

// A page the site refuses (registration closed: HTTP 403) is not said to be
// a wrong address when the scenario got there by the site's own button:
// the failure says the site refuses it and quotes why.
func TestARefusedPageIsNotAWrongAddress(t *testing.T) {
	const closed = `Feature: registration closed
  @profile:registration-closed
  Scenario: the wallet's button
    Given a buyer without a wallet account with a bound Visa card ending in 4242
    And I am signed in to the storefront
    When I hover over "My AliExpress"
    And I click "My Alipay"
    And I click "Open Alipay Wallet Now"
    Then I should see "registration is open"
`
	_, out := runGlossaryFeature(t, closed)
	for _, want := range []string{"the page is the site's answer HTTP 403", "the site refuses the request; the page says why", "1 January 2017"} {
		if !strings.Contains(out, want) {
			t.Errorf("the failure does not say %q:\n%s", want, out)
		}
	}
	if strings.Contains(out, "may be wrong") {
		t.Errorf("the failure calls the site's refusal a wrong address:\n%s", out)
	}
}

// A check that the card is gone, made while the page's pop-up that asks to
// confirm its removal is still open, fails saying the pop-up waits for an
// answer: the card stays until it is confirmed.
func TestANotSeenCheckNamesThePopupLeftOpen(t *testing.T) {
	const open = `Feature: the pop-up left open
  Scenario: a text
    Given a buyer with a bound Visa card ending in 4242
    And I am signed in to the storefront
    When I open "https://intl.alipay.com/account/cards.htm"
    And I click "Remove card"
    Then I should not see "•••• 4242"

  Scenario: the card step
    Given a buyer with a bound Visa card ending in 4242
    And I am signed in to the storefront
    When I open "https://intl.alipay.com/account/cards.htm"
    And I click "Remove card"
    Then the card ending in 4242 is no longer listed
`
	_, out := runGlossaryFeature(t, open)
	if n := strings.Count(out, `the page's own pop-up "Remove this card?" is still open, unanswered: what the page was asked to do may wait for its answer; a step answers it first (I confirm the pop-up, I cancel the pop-up)`); n < 2 {
		t.Errorf("%d failures name the pop-up left open and the steps that answer it, want 2:\n%s", n, out)
	}
}

// "The card is unbound" fails while every card the buyer had is still
// bound (the pop-up was cancelled), naming them.
func TestTheCardIsUnboundFailsWhileEveryCardIsBound(t *testing.T) {
	const kept = `Feature: the card kept
  Scenario: cancelled
    Given a buyer with bound cards "Visa 4242, MasterCard 5454"
    And I am signed in to the storefront
    When I open "https://intl.alipay.com/account/cards.htm"
    And I click "Remove card" next to "MasterCard •••• 5454"
    And I dismiss the alert
    Then the card is unbound
`
	_, out := runGlossaryFeature(t, kept)
	if want := "every card bound to the wallet at the start is still bound: bound cards = [Visa •••• 4242, MasterCard •••• 5454]"; !strings.Contains(out, want) {
		t.Errorf("the failure does not say %q:\n%s", want, out)
	}
}

// A check that fails on a sign-in page that refused what was typed says
// so, with the buyer's e-mail and password, not that the buyer is not
// signed in and should fill the fields the step already filled.
func TestARefusedSignInIsSaidToBeOne(t *testing.T) {
	const wrong = `Feature: a wrong password
  Scenario: typed wrong
    Given a buyer with a bound Visa card ending in 4242
    When I open "https://login.aliexpress.com/login.htm"
    And I fill "Email" with "buyer@example.com"
    And I fill "Password" with "not-the-password"
    And I click "Sign in"
    Then I should see "Ivan Petrov"
`
	_, out := runGlossaryFeature(t, wrong)
	if want := `the page is a sign-in that refused the e-mail and password typed ("Incorrect email or password"): the buyer's are buyer@example.com and the password the Given set (secret123)`; !strings.Contains(out, want) {
		t.Errorf("the failure does not say %q:\n%s", want, out)
	}
	if strings.Contains(out, "the buyer is not signed in in this browser") {
		t.Errorf("the failure tells the reader to sign in, as they just did:\n%s", out)
	}
}

// The sign-out step clicks the site's own label in the page's language
// and notes nothing: its writer never wrote «Sign out».
func TestSignOutNotesNoLabelItWasNotWrittenWith(t *testing.T) {
	const out = `# language: ru
Функция: выход
  @locale:ru_RU
  Сценарий: выхожу
    Допустим покупатель с привязанной картой Visa, оканчивающейся на 4242
    И я вошёл в аккаунт на AliExpress
    Когда я открываю «https://intl.alipay.com/»
    И я выхожу из аккаунта
`
	notes, res := runGlossaryFeature(t, out)
	if !strings.Contains(res, "1 passed") {
		t.Errorf("the sign-out did not pass:\n%s", res)
	}
	if strings.Contains(notes, "«Sign out»") {
		t.Errorf("the step notes a label its writer never wrote:\n%s", notes)
	}
}

// A step that answers an alert, when none opened because the page already
// did what the reader expected to confirm, says what the page says now.
func TestNoAlertToAnswerSaysWhatThePageSays(t *testing.T) {
	const done = `Feature: nothing left to confirm
  Scenario: the card is removed, then an alert is answered
    Given a buyer with a bound Visa card ending in 4242
    And I am signed in to the storefront
    When I open "https://intl.alipay.com/account/cards.htm"
    And I click "Remove card"
    And I click "Delete" in the pop-up
    And I accept the alert
`
	_, out := runGlossaryFeature(t, done)
	if want := `timed out after 10s; the page says "Bound cards", "The card has been removed"`; !strings.Contains(out, "no browser dialog opened") || !strings.Contains(out, want) {
		t.Errorf("the failure does not say %s:\n%s", want, out)
	}
}

// A step that fails because a browser dialog waits for its answer names the
// step the dialog opened during: the step after it that answers it is what
// is missing (an article that never says a confirmation follows).
func TestADialogLeftOpenNamesTheStepThatOpenedIt(t *testing.T) {
	const open = `Feature: a confirmation the article does not mention
  Scenario: the card is deleted, then the buyer signs out
    Given a buyer with a bound Visa card ending in 4242
    And I am signed in to the storefront
    When I open "https://intl.alipay.com/ihome/user/queryUserBindCard.htm"
    And I click "Delete card"
    And I open "https://intl.alipay.com/account/cards.htm"
`
	_, out := runGlossaryFeature(t, open)
	if want := "it opened during step 4, `I click \"Delete card\"`: a step that answers it (I accept the alert, I dismiss the alert) is missing after that one"; !strings.Contains(out, want) {
		t.Errorf("the failure does not say %s:\n%s", want, out)
	}
}
