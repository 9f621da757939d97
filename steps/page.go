package steps

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/PuerkitoBio/goquery"
	"github.com/cucumber/godog"

	"github.com/unbind/unbind/reports/record"
	"github.com/unbind/unbind/steps/browser"
)

// pageSteps act on the page as a reader would (open, click, fill, answer an
// alert), check what it shows, and keep a screenshot of it.
func pageSteps() []Step {
	return []Step{
		{GroupNavigate, `^I (?:open|go to|navigate to|visit|open the page|browse to) "([^"]*)"$`, `When I open "https://intl.alipay.com/user/queryUserBindCard.htm?locale=ru_RU"`,
			"Loads a URL in the current tab, as a reader typing it into the address bar: a host name alone (intl.alipay.com, www.aliexpress.com/item/1005001.html) gets https://.", (*Scenario).bindOpen},
		{GroupNavigate, `^I open "([^"]*)" in a new tab$`, `And I open "https://intl.alipay.com/" in a new tab`,
			"Opens a new tab in the same browser (it shares the login) and loads the URL there.", (*Scenario).bindOpenInNewTab},
		{GroupNavigate, `^I open a new (?:tab|browser tab)$`, `When I open a new tab`,
			"Opens a new, blank tab in the same browser (it shares the login) and makes it the current one, as Ctrl+T does: the address opened next loads there.", (*Scenario).bindNewTab},
		{GroupNavigate, `^I (?:reload|refresh|reload the page|refresh the page|reload the tab|refresh the tab)$`, `When I reload the page`,
			"Loads the page again, as the browser's reload button does, and waits until it is loaded.", (*Scenario).bindReload},
		{GroupNavigate, `^I wait (\d+) seconds?$`, `And I wait 2 seconds`,
			"Waits until the page has loaded and been answered every request it sent, for at most that long, and never longer: the checks that follow wait for what they check on their own, so no scenario needs a fixed pause.", (*Scenario).bindWait},
		{GroupNavigate, `^I switch to the tab "([^"]*)"$`, `And I switch to the tab "Alipay"`,
			"Makes the tab whose title contains the text the current one.", (*Scenario).bindSwitchTab},
		{GroupAct, `^I (?:click|press|tap|click on|tap on|click the|press the|tap the|click on the|tap on the) "([^"]*)"(?: (?:button|link|icon|tab))?$`, `And I click "Remove card"`,
			"Clicks the button, link or control with that name (accessible name first, then visible text), once it is visible, enabled, uncovered and still. While a browser alert is open, \"OK\" (ОК, ओके, Sawa...) accepts it and \"Cancel\" (Отмена, Batal...) dismisses it, as pressing its buttons does.", (*Scenario).bindClick},
		{GroupAct, `^I (?:click|press|tap|click on|tap on|click the|press the|tap the|click on the|tap on the) "([^"]*)"(?: (?:button|link|icon))? ` + where + ` "([^"]*)"$`, `And I click "Remove card" next to "MasterCard •••• 5454"`,
			"Clicks the one of several alike that a reader means: next to (or in the row of) a text, in the list item, table row or card that shows it; under (or in the section, in) a name, in the region, form, fieldset or dialog of that name or the part of the page its heading begins. Without it, the first is clicked.", (*Scenario).bindClickIn},
		{GroupAct, `^I (?:hover over|move the mouse over|mouse over|point at|hover on|hover the mouse over|hover) "([^"]*)"$`, `When I hover over "My AliExpress"`,
			"Moves the mouse over the element so hover menus and tooltips open.", (*Scenario).bindHover},
		{GroupAct, `^I (?:press|hit|press the|hit the) (?:Enter|Return|enter)(?: key)?$`, `And I press Enter`,
			"Presses Enter in what has the focus (the field filled last), as a reader sends a form from its field, and waits for what it started: the page it loads, the requests it sends. After `I type ... in the address bar`, which loads the page as Enter there does, the page has nothing focused and Enter does nothing.", (*Scenario).bindPressEnter},
		{GroupAct, `^I (?:fill|fill in|fill out|type in|enter in) (?:the (?:field )?)?"([^"]*)"(?: field)? with "([^"]*)"$`, `And I fill "Email" with "buyer@example.com"`,
			"Types into the field with that label (or placeholder), replacing what was there.", (*Scenario).bindFill},
		{GroupAct, `^I fill in:$`, "When I fill in:\n    | field    | value             |\n    | Email    | buyer@example.com |\n    | Password | secret123         |",
			"Fills each field of the table with its value, in order, as `I fill` does. A first row | field | value | names the columns and is skipped.", (*Scenario).bindFillIn},
		{GroupAct, `^I (?:sign out|log out|sign out of (?:the storefront|AliExpress|Alipay|the wallet|my account)|log out of (?:the storefront|AliExpress|Alipay|the wallet|my account))$`, `When I sign out`,
			"Clicks the page's \"Sign out\" (in the page's language), as a reader leaving the account does, and waits for the page it leads to.", (*Scenario).bindSignOut},
		{GroupAct, `^I (?:check|tick) (?:the (?:box |checkbox )?)?"([^"]*)"(?: (?:box|checkbox))?$`, `And I check "Bind card to Alipay"`,
			"Ticks the checkbox with that label.", (*Scenario).bindCheck},
		{GroupAct, `^I (?:uncheck|untick|clear) (?:the (?:box |checkbox )?)?"([^"]*)"(?: (?:box|checkbox))?$`, `And I uncheck "Bind card to Alipay"`,
			"Clears the checkbox with that label.", (*Scenario).bindUncheck},
		{GroupAct, `^I (?:select|choose|pick) "([^"]*)" (?:from|in) (?:the )?"([^"]*)"(?: (?:list|drop-down|dropdown|menu))?$`, `And I select "Russian" from "Language"`,
			"Chooses the option in the drop-down list with that label, by its text or value; in a list of languages also by the language's name in English, in the page's language or in an article's (Russian, Kirusi, रूसी, Rusia for Русский).", (*Scenario).bindSelect},
		{GroupDialog, `^I (?:click|press|tap|click on) "([^"]*)" in the (?:browser )?(?:pop-up|popup|pop-up window|dialog|modal|warning|warning box|alert|confirmation dialog|confirmation pop-up|confirm box)$`, `And I click "Delete" in the pop-up`,
			"Clicks the button of that name in the pop-up that is open: the page's own (its topmost dialog), or the browser's alert when the name is its OK or Cancel.", (*Scenario).bindClickInPopup},
		{GroupDialog, `^I (?:accept|confirm|press OK in|click OK in|confirm in) the (?:browser )?(?:alert|dialog|confirm box|confirmation dialog|pop-up|popup|pop-up window|warning|modal|deletion|removal)$`, `And I accept the alert`,
			"Presses OK in the browser's own alert or confirm box; where the page shows a pop-up of its own instead, clicks its confirming button (the one that is not Cancel). Also written as a reader confirms the pop-up: `I confirm the pop-up`, `I confirm the deletion`.", (*Scenario).bindAccept},
		{GroupDialog, `^I (?:dismiss|cancel|press Cancel in|click Cancel in|close) the (?:browser )?(?:alert|dialog|confirm box|confirmation dialog|pop-up|popup|pop-up window|warning|modal|deletion|removal)$`, `And I dismiss the alert`,
			"Presses Cancel in the browser's own alert or confirm box; where the page shows a pop-up of its own instead, clicks its Cancel button. Also written `I cancel the pop-up`, `I close the dialog`.", (*Scenario).bindDismiss},
		{GroupDialog, `^(?:(?:an|a|the) (?:browser )?(?:alert|dialog|confirm box|confirmation dialog|confirmation pop-up|confirmation window|pop-up|popup|pop-up window|warning|warning box|warning window|modal) (?:appears|opens|is shown|is open|pops up|shows up|should appear|should open|should be shown|should be open)|I (?:should )?see (?:an|a|the) (?:browser )?(?:alert|dialog|confirm box|confirmation dialog|confirmation pop-up|confirmation window|pop-up|popup|pop-up window|warning|warning box|warning window|modal))$`, `Then an alert appears`,
			"Waits until the browser's own alert or confirm box is open or, where the page shows a pop-up of its own instead, that pop-up; it stays open for the next step to read or answer.", (*Scenario).bindAlertOpen},
		{GroupDialog, `^the alert says "([^"]*)"$`, `Then the alert says "Delete this card? This cannot be undone."`,
			"Checks the text of the open browser alert (the text must be contained in it); where the page shows a pop-up of its own instead, its text.", (*Scenario).bindAlertSays},
		{GroupDialog, `^the alert says:$`, "Then the alert says:\n    \"\"\"\n    Delete this card?\n    This cannot be undone.\n    \"\"\"",
			"Checks the text of the open browser alert against the doc string below the step, as `the alert says` does; line breaks count as spaces.", (*Scenario).bindAlertSaysBlock},
		{GroupCheck, `^(?:I should see|I see|I can see|I should now see|the page (?:should show|shows|should contain|contains))(?: the (?:message|text|label|notification|heading|title|warning))? "([^"]*)"$`, `Then I should see "The card has been removed"`,
			"Waits until the text is visible on the page, as the whole or a part of some text (letter case ignored): \"Withdraw\" is seen inside \"withdrawn\"; `I should see the word` and `I should see exactly` are stricter.", (*Scenario).bindSee},
		{GroupCheck, `^a new page (?:opens|is opened|should open|has opened|will open|appears|is shown|should appear)$`, `Then a new page opens`,
			"Checks that the browser shows another page than when the step before this one started: that step followed a link, sent a form or opened a tab. A menu or a pop-up on the same page is no new page. Write it right after the step that opens the page.", (*Scenario).bindNewPage},
		{GroupCheck, `^I should see the word "([^"]*)"$`, `Then I should see the word "Withdraw"`,
			"Waits until the word is visible as a whole word (letter case ignored), not inside a longer word.", (*Scenario).bindSeeWord},
		{GroupCheck, `^I should not see the word "([^"]*)"$`, `Then I should not see the word "Withdraw"`,
			"Waits until the word is not visible as a whole word: a page that says \"cannot be withdrawn\" has no \"Withdraw\" button or link.", (*Scenario).bindNotSeeWord},
		{GroupCheck, `^I should see exactly "([^"]*)"$`, `Then I should see exactly "Bound cards"`,
			"Waits until some element shows the text as the whole of its text (a heading, a button, a label), not as part of a longer one.", (*Scenario).bindSeeExactly},
		{GroupCheck, `^I should see:$`, "Then I should see:\n    \"\"\"\n    We charge US $0.01 to check the card and send an SMS to your phone;\n    the card is verified within 24 hours.\n    \"\"\"",
			"Waits until the text of the doc string below the step is visible on the page; line breaks and runs of spaces count as one space.", (*Scenario).bindSeeBlock},
		{GroupCheck, `^I should see "([^"]*)" ` + where + ` "([^"]*)"$`, `Then I should see "Expired" next to "MasterCard •••• 5454"`,
			"Waits until the text is visible in the row that shows the other text (next to, in the row of) or in the section of that name (under, in the section, in), as `I click ... next to` finds them.", (*Scenario).bindSeeIn},
		{GroupCheck, `^(?:I should not see|I should no longer see|I do not see|I don't see|I no longer see|I can't see|I cannot see|I should not see the (?:message|text|label)|the page (?:should not show|does not show|should not contain|does not contain|no longer shows)) "([^"]*)"$`, `Then I should not see "Visa •••• 4242"`,
			"Waits until the text is no longer visible on the page.", (*Scenario).bindNotSee},
		{GroupCheck, `^I should see the (?:error|error message) "([^"]*)"$`, `Then I should see the error "The payment password must be exactly 6 digits"`,
			"Waits until the text is visible in an error the page shows: an element of the alert role, a field's error message (aria-errormessage, or the description of a field marked invalid), or one the page marks as an error: a hint that the page always shows is not an error.", (*Scenario).bindSeeError},
		{GroupCheck, `^I should see the (?:button|link) "([^"]*)"$`, `Then I should see the button "Withdraw"`,
			"Waits until a button or link whose name holds the words, whole (letter case ignored), is visible: a sentence that says them is not one.", (*Scenario).bindSeeControl},
		{GroupCheck, `^I should not see the (?:button|link) "([^"]*)"$`, `Then I should not see the button "Withdraw"`,
			"Waits until no visible button or link has the words, whole, in its name: a page that says \"you cannot withdraw it\" and has no Withdraw button passes, where `I should not see the word` fails.", (*Scenario).bindNotSeeControl},
		{GroupCheck, `^the field "([^"]*)" contains "([^"]*)"$`, `Then the field "Email" contains "buyer@example.com"`,
			"Waits until the field with that label holds the text somewhere in its value. The field need only be visible, so a pre-filled read-only field is checked too.", fieldHolds(true)},
		{GroupCheck, `^the field "([^"]*)" is filled with "([^"]*)"$`, `Then the field "Email" is filled with "buyer@example.com"`,
			"Waits until the field with that label holds the text as its whole value (surrounding spaces aside).", fieldHolds(false)},
		{GroupCheck, `^the field "([^"]*)" is empty$`, `Then the field "Password" is empty`,
			"Waits until the field with that label holds nothing.", (*Scenario).bindFieldEmpty},
		{GroupCheck, `^"([^"]*)" is checked$`, `Then "Bind card to Alipay" is checked`,
			"Waits until the checkbox, radio button or switch with that label is ticked, without clicking it: a box ticked by default.", boxTicked(true)},
		{GroupCheck, `^"([^"]*)" is not checked$`, `Then "Bind card to Alipay" is not checked`,
			"Waits until the checkbox, radio button or switch with that label is not ticked.", boxTicked(false)},
		{GroupCheck, `^"([^"]*)" is disabled$`, `Then "Place order" is disabled`,
			"Waits until the button, link or field with that name is visible and disabled (greyed out: the page's disabled or aria-disabled).", controlEnabled(false)},
		{GroupCheck, `^"([^"]*)" is enabled$`, `Then "Save & Pay" is enabled`,
			"Waits until the button, link or field with that name is visible and enabled.", controlEnabled(true)},
		{GroupCheck, `^(?:the )?card ending in (\d{4}) (?:is listed|should be listed|is still listed|should still be listed|is shown|should be shown|is still shown|should still be shown|is visible|should be visible|is displayed|should be displayed)$`, `Then the card ending in 4242 is listed`,
			"Waits until the page shows a card ending in those digits (Visa •••• 4242).", cardListed(true)},
		{GroupCheck, `^(?:the )?card ending in (\d{4}) (?:is not listed|is no longer listed|should not be listed|should no longer be listed|is not shown|is no longer shown|should not be shown|should no longer be shown|is not visible|is no longer visible|should not be visible|should no longer be visible|is not displayed|is no longer displayed|should not be displayed|should no longer be displayed|is gone|disappears)$`, `Then the card ending in 4242 is no longer listed`,
			"Waits until the page shows no card ending in those digits.", cardListed(false)},
		{GroupCheck, `^the card "([^"]*)" shows as expired$`, `Then the card "MasterCard •••• 5454" shows as expired`,
			"Waits until the card list shows the card as expired: the sim's word for it (Expired, in the page's language) in the card's row.", (*Scenario).bindCardExpired},
		{GroupCheck, `^I (?:should be on|should be on the page|should land on|should land on the page|am taken to|should be taken to|should be taken to the page|am on the page) "([^"]*)"$`, `Then I should be on "intl.alipay.com/account/cards.htm"`,
			"Waits until the address is the URL given: a full URL, host and path, a path starting with /, or a host alone (login.aliexpress.com: any page of that site; intl.alipay.com/ is its home page). A name that is not an address (`I should be on the \"My Alipay\" page`) is the page's title or main heading, in the page's or an article's words.", (*Scenario).bindBeOn},
		{GroupCheck, `^(?:the page title|the page's title|the title of the page|the tab title|the title) (?:is|should be|is now) "([^"]*)"$`, `Then the page title is "My Alipay"`,
			"Waits until the title of the page (its tab's name) is the text, whole (letter case ignored); also written `the page is titled`.", pageTitle(true)},
		{GroupCheck, `^(?:the page title|the page's title|the title of the page|the tab title|the title) (?:contains|should contain|includes) "([^"]*)"$`, `Then the page title contains "Alipay"`,
			"Waits until the title of the page holds the text somewhere (letter case ignored).", pageTitle(false)},
		{GroupEvidence, `^I take a screenshot "([^"]*)"$`, `And I take a screenshot "card list"`,
			"Keeps a screenshot of the page under that name in the scenario's evidence.", (*Scenario).bindScreenshot},
	}
}

// where is the words a step says which part of the page it means by.
const where = `(next to|in the row of|for|beside|near|under|in the section|in)`

// scopeOf is the part of the page a step's words mean.
func scopeOf(words, name string) browser.Scope {
	switch words {
	case "next to", "in the row of", "for", "beside", "near":
		return browser.NextTo(name)
	}
	return browser.InSection(name)
}

// Each bind method returns the godog step function of one vocabulary entry,
// bound to the scenario. Every step runs under its own deadline.

func (s *Scenario) bindOpen() any {
	return func(ctx context.Context, url string) error {
		return s.do(ctx, func(ctx context.Context) error {
			if err := s.noAddressBar(ctx, fmt.Sprintf("opening %q", url)); err != nil {
				return err
			}
			return s.sess.Open(ctx, url)
		})
	}
}

func (s *Scenario) bindOpenInNewTab() any {
	return func(ctx context.Context, url string) error {
		return s.do(ctx, func(ctx context.Context) error {
			if err := s.noAddressBar(ctx, fmt.Sprintf("opening %q", url)); err != nil {
				return err
			}
			return s.sess.OpenInNewTab(ctx, url)
		})
	}
}

func (s *Scenario) bindNewTab() any {
	return func(ctx context.Context) error {
		return s.do(ctx, func(ctx context.Context) error {
			if err := s.noAddressBar(ctx, "opening a new tab"); err != nil {
				return err
			}
			return s.sess.NewTab(ctx)
		})
	}
}

// noAddressBar refuses an address typed while the scenario is in the
// mobile app, which has neither an address bar nor tabs (003 says its
// reader cannot use the direct link there): a reader of the app taps.
func (s *Scenario) noAddressBar(ctx context.Context, doing string) error {
	if s.sess == nil {
		return nil
	}
	at, err := s.sess.URL(ctx)
	if err != nil || !strings.HasPrefix(at, appURL) {
		return nil
	}
	return fmt.Errorf("%s: the page is the mobile app (%s), which has no address bar and no tabs: a reader of the app cannot type an address into it, and goes on by tapping its pages", doing, at)
}

func (s *Scenario) bindSwitchTab() any {
	return func(ctx context.Context, title string) error {
		return s.do(ctx, func(ctx context.Context) error { return s.sess.SwitchToTab(ctx, title) })
	}
}

func (s *Scenario) bindClick() any {
	return func(ctx context.Context, name string) error {
		return s.do(ctx, func(ctx context.Context) error {
			return s.withLabels(ctx, true, func(l []string) error { return s.sess.Click(ctx, l[0]) }, name)
		})
	}
}

func (s *Scenario) bindReload() any {
	return func(ctx context.Context) error {
		return s.do(ctx, func(ctx context.Context) error { return s.sess.Reload(ctx) })
	}
}

func (s *Scenario) bindPressEnter() any {
	return func(ctx context.Context) error {
		return s.do(ctx, func(ctx context.Context) error { return s.sess.PressEnter(ctx) })
	}
}

func (s *Scenario) bindWait() any {
	return func(ctx context.Context, seconds int) error {
		return s.do(ctx, func(ctx context.Context) error { return s.sess.Settle(ctx, time.Duration(seconds)*time.Second) })
	}
}

// cardListed checks that the page shows a card ending in the digits, as
// the sites write one (Visa •••• 4242), or shows none.
func cardListed(shown bool) func(*Scenario) any {
	return func(s *Scenario) any {
		return func(ctx context.Context, last4 string) error {
			return s.do(ctx, func(ctx context.Context) error {
				if shown {
					return s.sess.WaitText(ctx, "•••• "+last4)
				}
				return s.leftOpen(ctx, s.sess.WaitNoText(ctx, "•••• "+last4))
			})
		}
	}
}

func (s *Scenario) bindSignOut() any {
	return func(ctx context.Context) error {
		return s.do(ctx, func(ctx context.Context) error {
			return s.withOwnLabels(ctx, func(l []string) error { return s.sess.Click(ctx, l[0]) }, "Sign out")
		})
	}
}

func (s *Scenario) bindClickIn() any {
	return func(ctx context.Context, name, words, within string) error {
		return s.do(ctx, func(ctx context.Context) error {
			return s.withLabels(ctx, true, func(l []string) error { return s.sess.ClickIn(ctx, scopeOf(words, l[1]), l[0]) }, name, within)
		})
	}
}

func (s *Scenario) bindClickInPopup() any {
	return func(ctx context.Context, name string) error {
		return s.do(ctx, func(ctx context.Context) error {
			return s.withLabels(ctx, true, func(l []string) error { return s.sess.ClickIn(ctx, browser.InPopup(), l[0]) }, name)
		})
	}
}

func (s *Scenario) bindHover() any {
	return func(ctx context.Context, name string) error {
		return s.do(ctx, func(ctx context.Context) error {
			return s.withLabels(ctx, true, func(l []string) error { return s.sess.Hover(ctx, l[0]) }, name)
		})
	}
}

func (s *Scenario) bindFill() any {
	return func(ctx context.Context, label, value string) error {
		return s.do(ctx, func(ctx context.Context) error {
			return s.withLabels(ctx, true, func(l []string) error { return s.sess.Fill(ctx, l[0], value) }, label)
		})
	}
}

func (s *Scenario) bindCheck() any { return s.checkStep(true) }

func (s *Scenario) bindUncheck() any { return s.checkStep(false) }

func (s *Scenario) checkStep(on bool) any {
	return func(ctx context.Context, label string) error {
		return s.do(ctx, func(ctx context.Context) error {
			return s.withLabels(ctx, true, func(l []string) error { return s.sess.SetChecked(ctx, l[0], on) }, label)
		})
	}
}

func (s *Scenario) bindSelect() any {
	return func(ctx context.Context, option, label string) error {
		return s.do(ctx, func(ctx context.Context) error {
			return s.withLabels(ctx, true, func(l []string) error { return s.sess.Select(ctx, l[0], l[1]) }, option, label)
		})
	}
}

func (s *Scenario) bindAccept() any {
	return func(ctx context.Context) error {
		return s.do(ctx, func(ctx context.Context) error { return s.answerDialog(ctx, true) })
	}
}

func (s *Scenario) bindDismiss() any {
	return func(ctx context.Context) error {
		return s.do(ctx, func(ctx context.Context) error { return s.answerDialog(ctx, false) })
	}
}

// answerDialog accepts or dismisses the browser's dialog, or the page's own
// pop-up; for a pop-up, the step's evidence notes the button it clicked, as
// it notes the labels a glossary gives.
func (s *Scenario) answerDialog(ctx context.Context, accept bool) error {
	ans, err := s.sess.AnswerDialog(ctx, accept)
	if ans.Button != "" && s.current != nil {
		what := "the page's pop-up"
		if ans.Popup != "" {
			what = fmt.Sprintf("the page's pop-up %q", ans.Popup)
		}
		s.keep(s.current, fmt.Sprintf("step-%02d", s.stepNum), record.Labels, []byte(fmt.Sprintf("%s → %q (no browser dialog was open)\n", what, ans.Button)))
	}
	return err
}

func (s *Scenario) bindFillIn() any {
	return func(ctx context.Context, table *godog.Table) error {
		rows, err := fieldRows(table)
		if err != nil {
			return err
		}
		return s.do(ctx, func(ctx context.Context) error {
			for _, r := range rows {
				fill := func(l []string) error { return s.sess.Fill(ctx, l[0], r.value) }
				if err := s.withLabels(ctx, true, fill, r.label); err != nil {
					return err
				}
			}
			return nil
		})
	}
}

func (s *Scenario) bindAlertOpen() any {
	return func(ctx context.Context) error {
		return s.do(ctx, func(ctx context.Context) error {
			_, popup, err := s.sess.AlertText(ctx, func(string) bool { return true })
			if err == nil && popup && s.current != nil {
				s.keep(s.current, fmt.Sprintf("step-%02d", s.stepNum), record.Labels, []byte("the page's own pop-up is open (no browser dialog was)\n"))
			}
			return err
		})
	}
}

func (s *Scenario) bindAlertSays() any {
	return func(ctx context.Context, want string) error {
		return s.do(ctx, func(ctx context.Context) error { return s.alertSays(ctx, want) })
	}
}

func (s *Scenario) bindAlertSaysBlock() any {
	return func(ctx context.Context, doc *godog.DocString) error {
		return s.do(ctx, func(ctx context.Context) error { return s.alertSays(ctx, doc.Content) })
	}
}

// alertSays checks that the open alert's text holds want, spaces and line
// breaks counting as one space.
func (s *Scenario) alertSays(ctx context.Context, want string) error {
	holds := func(got string) bool { return strings.Contains(oneSpaced(got), oneSpaced(want)) }
	got, popup, err := s.sess.AlertText(ctx, holds)
	if popup && err != nil {
		return fmt.Errorf("no browser dialog is open; the page's own pop-up says %q, want it to say %q: %w", oneSpaced(got), want, err)
	}
	if err != nil {
		return err
	}
	if !holds(got) {
		return fmt.Errorf("alert says %q, want it to say %q", got, want)
	}
	return nil
}

// oneSpaced is s with every run of spaces and line breaks one space.
func oneSpaced(s string) string { return strings.Join(strings.Fields(s), " ") }

func (s *Scenario) bindSee() any {
	return func(ctx context.Context, text string) error {
		return s.do(ctx, func(ctx context.Context) error {
			return s.withLabels(ctx, true, func(l []string) error { return s.sess.WaitText(ctx, l[0]) }, text)
		})
	}
}

func (s *Scenario) bindSeeIn() any {
	return func(ctx context.Context, text, words, within string) error {
		return s.do(ctx, func(ctx context.Context) error {
			return s.withLabels(ctx, true, func(l []string) error { return s.sess.WaitTextIn(ctx, scopeOf(words, l[1]), l[0]) }, text, within)
		})
	}
}

func (s *Scenario) bindSeeBlock() any {
	return func(ctx context.Context, doc *godog.DocString) error {
		return s.do(ctx, func(ctx context.Context) error { return s.sess.WaitText(ctx, oneSpaced(doc.Content)) })
	}
}

func (s *Scenario) bindSeeWord() any {
	return func(ctx context.Context, word string) error {
		return s.do(ctx, func(ctx context.Context) error {
			return s.withLabels(ctx, true, func(l []string) error { return s.sess.WaitWord(ctx, l[0]) }, word)
		})
	}
}

func (s *Scenario) bindNotSeeWord() any {
	return func(ctx context.Context, word string) error {
		return s.do(ctx, func(ctx context.Context) error {
			if err := s.unshowable(ctx, word); err != nil {
				return err
			}
			return s.withLabels(ctx, false, func(l []string) error { return s.sess.WaitNoWord(ctx, l[0]) }, word)
		})
	}
}

func (s *Scenario) bindSeeError() any {
	return func(ctx context.Context, text string) error {
		return s.do(ctx, func(ctx context.Context) error {
			return s.withLabels(ctx, true, func(l []string) error { return s.sess.WaitError(ctx, l[0]) }, text)
		})
	}
}

func (s *Scenario) bindSeeControl() any {
	return func(ctx context.Context, name string) error {
		return s.do(ctx, func(ctx context.Context) error {
			return s.withLabels(ctx, true, func(l []string) error { return s.sess.WaitControl(ctx, l[0], true) }, name)
		})
	}
}

func (s *Scenario) bindNotSeeControl() any {
	return func(ctx context.Context, name string) error {
		return s.do(ctx, func(ctx context.Context) error {
			if err := s.unshowable(ctx, name); err != nil {
				return err
			}
			return s.withLabels(ctx, false, func(l []string) error { return s.sess.WaitControl(ctx, l[0], false) }, name)
		})
	}
}

func (s *Scenario) bindSeeExactly() any {
	return func(ctx context.Context, text string) error {
		return s.do(ctx, func(ctx context.Context) error {
			return s.withLabels(ctx, true, func(l []string) error { return s.sess.WaitExactText(ctx, l[0]) }, text)
		})
	}
}

func fieldHolds(contains bool) func(*Scenario) any {
	return func(s *Scenario) any {
		return func(ctx context.Context, label, value string) error {
			return s.do(ctx, func(ctx context.Context) error {
				return s.withLabels(ctx, true, func(l []string) error { return s.sess.WaitValue(ctx, l[0], value, contains) }, label)
			})
		}
	}
}

func (s *Scenario) bindFieldEmpty() any {
	return func(ctx context.Context, label string) error {
		return s.do(ctx, func(ctx context.Context) error {
			return s.withLabels(ctx, true, func(l []string) error { return s.sess.WaitValue(ctx, l[0], "", false) }, label)
		})
	}
}

func boxTicked(on bool) func(*Scenario) any {
	return func(s *Scenario) any {
		return func(ctx context.Context, label string) error {
			return s.do(ctx, func(ctx context.Context) error {
				return s.withLabels(ctx, true, func(l []string) error { return s.sess.WaitChecked(ctx, l[0], on) }, label)
			})
		}
	}
}

func controlEnabled(enabled bool) func(*Scenario) any {
	return func(s *Scenario) any {
		return func(ctx context.Context, name string) error {
			return s.do(ctx, func(ctx context.Context) error {
				return s.withLabels(ctx, true, func(l []string) error { return s.sess.WaitEnabled(ctx, l[0], enabled) }, name)
			})
		}
	}
}

func (s *Scenario) bindCardExpired() any {
	return func(ctx context.Context, card string) error {
		return s.do(ctx, func(ctx context.Context) error {
			if err := s.sess.WaitTextIn(ctx, browser.NextTo(card), s.labels.of("cards.expired")); err != nil {
				return fmt.Errorf("the card %q does not show as expired: %w", card, err)
			}
			return nil
		})
	}
}

func (s *Scenario) bindNotSee() any {
	return func(ctx context.Context, text string) error {
		return s.do(ctx, func(ctx context.Context) error {
			if err := s.unshowable(ctx, text); err != nil {
				return err
			}
			return s.leftOpen(ctx, s.withLabels(ctx, false, func(l []string) error { return s.sess.WaitNoText(ctx, l[0]) }, text))
		})
	}
}

func (s *Scenario) bindBeOn() any {
	return func(ctx context.Context, want string) error {
		return s.do(ctx, func(ctx context.Context) error {
			if isAddress(want) {
				return s.sess.WaitURL(ctx, want)
			}
			return s.withLabels(ctx, true, func(l []string) error { return s.sess.WaitPage(ctx, l[0]) }, want)
		})
	}
}

func (s *Scenario) bindNewPage() any {
	return func(ctx context.Context) error {
		before := s.shownBefore[0]
		return s.do(ctx, func(ctx context.Context) error { return s.sess.WaitNewPage(ctx, before) })
	}
}

// isAddress tells an address a reader writes (a URL, a path, a host with or
// without a path) from the name of a page ("My Alipay").
func isAddress(s string) bool {
	s = strings.TrimSpace(s)
	if strings.Contains(s, "://") || strings.HasPrefix(s, "/") {
		return true
	}
	return s != "" && !strings.ContainsAny(s, " \t") && strings.Contains(s, ".")
}

// pageTitle checks the title of the page: whole, or holding the text.
func pageTitle(whole bool) func(*Scenario) any {
	return func(s *Scenario) any {
		return func(ctx context.Context, want string) error {
			return s.do(ctx, func(ctx context.Context) error {
				return s.withLabels(ctx, true, func(l []string) error { return s.sess.WaitTitle(ctx, l[0], whole) }, want)
			})
		}
	}
}

func (s *Scenario) bindScreenshot() any {
	return func(ctx context.Context, name string) error {
		return s.do(ctx, func(ctx context.Context) error {
			png, err := s.sess.Screenshot(ctx)
			if err != nil {
				return fmt.Errorf("taking screenshot %q: %w", name, err)
			}
			s.store(s.current, record.Attachment{Name: slug(name) + ".png", MediaType: "image/png", Kind: record.Screenshot, Body: png})
			return nil
		})
	}
}

// do runs one step's work under the step deadline.
func (s *Scenario) do(ctx context.Context, work func(context.Context) error) error {
	if s.sess == nil {
		return fmt.Errorf("no browser session: the scenario did not start")
	}
	ctx, cancel := s.stepContext(ctx)
	defer cancel()
	s.noteDialog("the step before this one")
	err := s.onPage(s.signInHint(work(ctx)))
	if errors.Is(err, browser.ErrDialogOpen) && s.dialogFrom != "" {
		err = fmt.Errorf("%w\nit opened during %s: a step that answers it (%s) is missing after that one", err, s.dialogFrom, s.stepNames("I accept the alert", "I dismiss the alert"))
	}
	s.noteDialog(s.thisStep())
	if notes := s.sess.TakeNotes(); len(notes) > 0 && s.current != nil {
		s.keep(s.current, fmt.Sprintf("step-%02d-notes", s.stepNum), record.Labels, []byte(strings.Join(notes, "\n")+"\n"))
	}
	return err
}

// noteDialog keeps, when a browser dialog is open and none was before,
// the step it opened during (from); it forgets it once none is open.
func (s *Scenario) noteDialog(from string) {
	switch {
	case !s.sess.DialogPending():
		s.dialogFrom = ""
	case s.dialogFrom == "":
		s.dialogFrom = from
	}
}

// thisStep names the step running: "step 5, `I click "Delete card"`".
func (s *Scenario) thisStep() string {
	if s.current == nil {
		return fmt.Sprintf("step %d", s.stepNum)
	}
	return fmt.Sprintf("step %d, `%s`", s.stepNum, s.current.Text)
}

// signInPages are the keys of the texts that tell a sign-in page: the
// storefront's, the wallet's and the app's when signed out.
var signInPages = []string{"login.title", "wlogin.title", "app.sign_in_text"}

// signInHint adds to a step's failure on a sign-in page that the buyer is
// not signed in there, and how a scenario signs in: a reader who left the
// sign-in out sees why the page is not the one the article shows.
func (s *Scenario) signInHint(err error) error {
	if err == nil || s.sess == nil || s.h.catalog == nil || errors.Is(err, browser.ErrDialogOpen) {
		return err
	}
	ctx, cancel := context.WithTimeout(context.Background(), evidenceTimeout)
	defer cancel()
	pg := s.shownPage(ctx)
	for _, key := range signInPages {
		text := pg.loc.T(key)
		if text == "" || !onPage(pg.dom, text) {
			continue
		}
		if refused := pg.loc.T("login.error"); refused != "" && onPage(pg.dom, refused) {
			// A sign-in the page refused: what was typed is not the
			// buyer's, which the page's error (quoted below) says.
			b := s.buyer
			if b == nil {
				return err
			}
			return fmt.Errorf("%w\nthe page is a sign-in that refused the e-mail and password typed (%q): the buyer's are %s and the password the Given set (%s), or the one the scenario changed it to, if that change went through", err, refused, b.Email, b.Password)
		}
		if key == "wlogin.title" && slices.Contains(strings.Split(s.profile, "+"), "wallet-sign-in") {
			// The wallet of this profile asks for its own sign-in, whatever
			// the storefront's login (004).
			return fmt.Errorf("%w\nthe page is the wallet's own sign-in (%q), which the wallet-sign-in profile asks for even of a buyer signed in to the storefront: a reader fills %q and %q with the buyer's and clicks %q", err, text, pg.loc.T("login.email"), pg.loc.T("login.password"), pg.loc.T("login.submit"))
		}
		return fmt.Errorf("%w\nthe page asks the buyer to sign in (%q): the buyer is not signed in in this browser; a scenario signs in with %q before it opens the page (the wallet and the app trust that login)", err, text, s.stepNames("I am signed in to the storefront"))
	}
	return err
}

// onPage makes a step's error name the page it happened on, when it does not
// already, so every failure in a report says where the reader was.
func (s *Scenario) onPage(err error) error { return s.onPageOf(err, false) }

// onRecordsPage is onPage for a check of the sites' records: where the
// page shows no error, the error quotes the page's heading and status,
// which say how far the reader got.
func (s *Scenario) onRecordsPage(err error) error { return s.onPageOf(err, true) }

func (s *Scenario) onPageOf(err error, records bool) error {
	if err == nil || s.sess == nil {
		return err
	}
	ctx, cancel := context.WithTimeout(context.Background(), evidenceTimeout)
	defer cancel()
	url, uerr := s.sess.URL(ctx)
	// A check of the records before any page opened is not about a page.
	blank := records && url == "about:blank"
	if uerr == nil && url != "" && !blank && !strings.Contains(err.Error(), url) {
		err = fmt.Errorf("%w (page: %s)", err, url)
	}
	if ans := s.sess.ErrorAnswer(); ans != "" && !strings.Contains(err.Error(), ans) {
		err = fmt.Errorf("%w\nthe page is the site's answer %s: %s", err, ans, answerMeans(ans))
	}
	return s.pageErrors(ctx, err, records)
}

// answerMeans says what an error answer of the site ("HTTP 403 Forbidden:
// GET ...") tells a reader: a page not found is an address that may be
// wrong; a page refused is the site's decision, which the page says.
func answerMeans(ans string) string {
	switch {
	case strings.HasPrefix(ans, "HTTP 404 "), strings.HasPrefix(ans, "HTTP 410 "):
		return "the address the scenario opened or followed may be wrong"
	case strings.HasPrefix(ans, "HTTP 5"):
		return "the site failed to answer the request"
	}
	return "the site refuses the request; the page says why"
}

// pageErrors makes a step's error quote the errors the page shows (its
// elements of the alert role: a form it refused), which the error does not
// already: a check of the sites' records fails because of them, and a
// reader looks for them on the page first.
func (s *Scenario) pageErrors(ctx context.Context, err error, records bool) error {
	if errors.Is(err, browser.ErrDialogOpen) {
		return err
	}
	dom, derr := s.sess.DOM(ctx)
	if derr != nil {
		return err
	}
	doc, derr := goquery.NewDocumentFromReader(strings.NewReader(dom))
	if derr != nil {
		return err
	}
	if shown := shownTexts(doc, `[role=alert]`, err); len(shown) > 0 {
		return fmt.Errorf("%w\nthe page shows the error %s", err, strings.Join(shown, ", "))
	}
	if !records {
		return err
	}
	// A form the browser would not send: what a check of the records
	// waited for never left the page.
	if bad := s.sess.InvalidFields(ctx); len(bad) > 0 {
		return fmt.Errorf("%w\nthe form on the page cannot be sent as it is: the browser %s", err, browser.Refusals(bad))
	}
	// A form changed and not sent: what the records wait for is still on
	// the page (a language chosen, not saved).
	if f := s.sess.Unsent(ctx); f != nil {
		sends := "a reader sends it with its button"
		if f.Submit != "" {
			sends = fmt.Sprintf("a reader sends it with its %q: a step that clicks it may be missing", f.Submit)
		}
		err = fmt.Errorf("%w\nthe form on the page holds changes it did not load with, not sent: %s; %s", err, f, sends)
	}
	// A check of the records that fails with no error shown: the page's
	// heading and status say how far the reader got (Security settings
	// saved: one step is left).
	shown := shownTexts(doc, `h1`, err)
	shown = append(shown[:min(len(shown), 1)], shownTexts(doc, `[role=status]`, err)...)
	if len(shown) == 0 {
		return err
	}
	return fmt.Errorf("%w\nthe page shows %s", err, strings.Join(shown, ", "))
}

// shownTexts are the texts of the page's elements that match sel, quoted,
// but those hidden and those err already quotes: three at most.
func shownTexts(doc *goquery.Document, sel string, err error) []string {
	var shown []string
	doc.Find(sel).Each(func(_ int, el *goquery.Selection) {
		if el.Closest(`[hidden], [aria-hidden=true], template`).Length() > 0 {
			return
		}
		if text := strings.Join(strings.Fields(el.Text()), " "); text != "" && len(shown) < 3 && !slices.Contains(shown, text) && !strings.Contains(err.Error(), text) {
			shown = append(shown, text)
		}
	})
	for i, t := range shown {
		shown[i] = fmt.Sprintf("%q", t)
	}
	return shown
}

// fieldRow is a row of the table of `I fill in:`: a field's label and the
// value to fill it with.
type fieldRow struct{ label, value string }

// fieldRows reads the table of `I fill in:`: two columns, label and value,
// under an optional heading row | field | value |.
func fieldRows(t *godog.Table) ([]fieldRow, error) {
	if t == nil || len(t.Rows) == 0 {
		return nil, fmt.Errorf("the step wants a table of fields and values below it, like | Email | buyer@example.com |")
	}
	var rows []fieldRow
	for i, r := range t.Rows {
		if len(r.Cells) != 2 {
			return nil, fmt.Errorf("row %d of the table has %d cells; each row is a field and its value, like | Email | buyer@example.com |", i+1, len(r.Cells))
		}
		label, value := r.Cells[0].Value, r.Cells[1].Value
		if i == 0 && strings.EqualFold(strings.TrimSpace(label), "field") && strings.EqualFold(strings.TrimSpace(value), "value") {
			continue
		}
		rows = append(rows, fieldRow{label: label, value: value})
	}
	return rows, nil
}
