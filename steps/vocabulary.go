package steps

// Step is one entry of the vocabulary: the pattern godog matches, an example
// line a scenario can use as it is, what it does, and its group in
// `unbind steps`.
type Step struct {
	Group   string
	Pattern string
	Example string
	Help    string
	bind    func(*scenario) any
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
			"Loads a URL in the current tab, as a reader typing it into the address bar.", (*scenario).bindOpen},
		{GroupNavigate, `^I open "([^"]*)" in a new tab$`, `And I open "https://intl.alipay.com/" in a new tab`,
			"Opens a new tab in the same browser (it shares the login) and loads the URL there.", (*scenario).bindOpenInNewTab},
		{GroupNavigate, `^I switch to the tab "([^"]*)"$`, `And I switch to the tab "Alipay"`,
			"Makes the tab whose title contains the text the current one.", (*scenario).bindSwitchTab},
		{GroupAct, `^I click "([^"]*)"$`, `And I click "Remove card"`,
			"Clicks the button, link or control with that name (accessible name first, then visible text), once it is visible, enabled, uncovered and still.", (*scenario).bindClick},
		{GroupAct, `^I hover over "([^"]*)"$`, `When I hover over "My AliExpress"`,
			"Moves the mouse over the element so hover menus and tooltips open.", (*scenario).bindHover},
		{GroupAct, `^I fill "([^"]*)" with "([^"]*)"$`, `And I fill "Email" with "buyer@example.com"`,
			"Types into the field with that label (or placeholder), replacing what was there.", (*scenario).bindFill},
		{GroupAct, `^I check "([^"]*)"$`, `And I check "Bind card to Alipay"`,
			"Ticks the checkbox with that label.", (*scenario).bindCheck},
		{GroupAct, `^I uncheck "([^"]*)"$`, `And I uncheck "Bind card to Alipay"`,
			"Clears the checkbox with that label.", (*scenario).bindUncheck},
		{GroupAct, `^I select "([^"]*)" from "([^"]*)"$`, `And I select "Russian" from "Language"`,
			"Chooses the option in the drop-down list with that label.", (*scenario).bindSelect},
		{GroupDialog, `^I accept the alert$`, `And I accept the alert`,
			"Presses OK in the browser's own alert or confirm box.", (*scenario).bindAccept},
		{GroupDialog, `^I dismiss the alert$`, `And I dismiss the alert`,
			"Presses Cancel in the browser's own alert or confirm box.", (*scenario).bindDismiss},
		{GroupDialog, `^the alert says "([^"]*)"$`, `Then the alert says "Delete this card? This cannot be undone."`,
			"Checks the text of the open browser alert (the text must be contained in it).", (*scenario).bindAlertSays},
		{GroupCheck, `^I should see "([^"]*)"$`, `Then I should see "The card has been removed"`,
			"Waits until the text is visible on the page.", (*scenario).bindSee},
		{GroupCheck, `^I should not see "([^"]*)"$`, `Then I should not see "Visa •••• 4242"`,
			"Waits until the text is no longer visible on the page.", (*scenario).bindNotSee},
		{GroupCheck, `^I should be on "([^"]*)"$`, `Then I should be on "intl.alipay.com/account/cards.htm"`,
			"Waits until the address is the URL given: a full URL, host and path, or a path starting with /.", (*scenario).bindBeOn},
		{GroupEvidence, `^I take a screenshot "([^"]*)"$`, `And I take a screenshot "card list"`,
			"Keeps a screenshot of the page under that name in the scenario's evidence.", (*scenario).bindScreenshot},
	}
}
