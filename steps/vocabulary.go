package steps

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
	// Example is a step line that runs as it is shown.
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
)

// Vocabulary lists every step a scenario can use, generic first.
func Vocabulary() []Step {
	v := append(genericSteps(), domainSteps()...)
	return append(v, pathSteps()...)
}

func genericSteps() []Step {
	return []Step{
		{GroupNavigate, `^I open "([^"]*)"$`, `When I open "https://intl.alipay.com/user/queryUserBindCard.htm?locale=ru_RU"`,
			"Loads a URL in the current tab, as a reader typing it into the address bar.", (*Scenario).bindOpen},
		{GroupNavigate, `^I open "([^"]*)" in a new tab$`, `And I open "https://intl.alipay.com/" in a new tab`,
			"Opens a new tab in the same browser (it shares the login) and loads the URL there.", (*Scenario).bindOpenInNewTab},
		{GroupNavigate, `^I switch to the tab "([^"]*)"$`, `And I switch to the tab "Alipay"`,
			"Makes the tab whose title contains the text the current one.", (*Scenario).bindSwitchTab},
		{GroupAct, `^I click "([^"]*)"$`, `And I click "Remove card"`,
			"Clicks the button, link or control with that name (accessible name first, then visible text), once it is visible, enabled, uncovered and still.", (*Scenario).bindClick},
		{GroupAct, `^I hover over "([^"]*)"$`, `When I hover over "My AliExpress"`,
			"Moves the mouse over the element so hover menus and tooltips open.", (*Scenario).bindHover},
		{GroupAct, `^I fill "([^"]*)" with "([^"]*)"$`, `And I fill "Email" with "buyer@example.com"`,
			"Types into the field with that label (or placeholder), replacing what was there.", (*Scenario).bindFill},
		{GroupAct, `^I check "([^"]*)"$`, `And I check "Bind card to Alipay"`,
			"Ticks the checkbox with that label.", (*Scenario).bindCheck},
		{GroupAct, `^I uncheck "([^"]*)"$`, `And I uncheck "Bind card to Alipay"`,
			"Clears the checkbox with that label.", (*Scenario).bindUncheck},
		{GroupAct, `^I select "([^"]*)" from "([^"]*)"$`, `And I select "Russian" from "Language"`,
			"Chooses the option in the drop-down list with that label.", (*Scenario).bindSelect},
		{GroupDialog, `^I accept the alert$`, `And I accept the alert`,
			"Presses OK in the browser's own alert or confirm box.", (*Scenario).bindAccept},
		{GroupDialog, `^I dismiss the alert$`, `And I dismiss the alert`,
			"Presses Cancel in the browser's own alert or confirm box.", (*Scenario).bindDismiss},
		{GroupDialog, `^the alert says "([^"]*)"$`, `Then the alert says "Delete this card? This cannot be undone."`,
			"Checks the text of the open browser alert (the text must be contained in it).", (*Scenario).bindAlertSays},
		{GroupCheck, `^I should see "([^"]*)"$`, `Then I should see "The card has been removed"`,
			"Waits until the text is visible on the page.", (*Scenario).bindSee},
		{GroupCheck, `^I should not see "([^"]*)"$`, `Then I should not see "Visa •••• 4242"`,
			"Waits until the text is no longer visible on the page.", (*Scenario).bindNotSee},
		{GroupCheck, `^I should be on "([^"]*)"$`, `Then I should be on "intl.alipay.com/account/cards.htm"`,
			"Waits until the address is the URL given: a full URL, host and path, or a path starting with /.", (*Scenario).bindBeOn},
		{GroupEvidence, `^I take a screenshot "([^"]*)"$`, `And I take a screenshot "card list"`,
			"Keeps a screenshot of the page under that name in the scenario's evidence.", (*Scenario).bindScreenshot},
	}
}
