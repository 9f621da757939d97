package steps

import (
	"context"
	"fmt"
	"net/url"
	"time"

	"github.com/unbind/unbind/sim/world"
	"github.com/unbind/unbind/steps/browser"
)

// webmailURL is the test webmail's inbox, where the wallet's letters arrive.
const webmailURL = "https://mail.example.com/inbox"

// mailSteps read the buyer's mail, enter the captcha, and move the world's
// clock.
func mailSteps() []Step {
	return []Step{
		{GroupMail, `^I open the (?:latest|last|newest|most recent|confirmation) (?:email|e-mail|letter|mail)$`, `When I open the latest email`,
			"Opens the buyer's webmail and the newest letter in it.", (*Scenario).bindOpenLatestMail},
		{GroupMail, `^I open the (?:latest|last|newest|most recent|confirmation) (?:email|e-mail|letter|mail) in a new (?:tab|browser tab)$`, `When I open the latest email in a new tab`,
			"Opens a new tab, as `I open a new tab` does, and the buyer's webmail and the newest letter in it: the page it was sent from stays in its own tab, for `I switch to the tab`.", (*Scenario).bindOpenLatestMailInNewTab},
		{GroupMail, `^I (?:follow|click|open) the link in (?:it|the email|the e-mail|the letter|the mail)$`, `And I follow the link in it`,
			"Opens the first link of the newest letter, as a reader clicking it.", (*Scenario).bindFollowMailLink},
		{GroupMail, `^the buyer has received (\d+) emails?$`, `Then the buyer has received 0 emails`,
			"Checks how many letters reached the buyer's mailbox.", (*Scenario).bindMailCount},
		{GroupMail, `^I (?:enter|solve|type|fill in) the captcha$`, `And I enter the captcha`,
			"Types the world's captcha answer into the captcha field (test mode: the answer is known, never read from the image).", (*Scenario).bindCaptcha},
		{GroupMail, `^I enter the captcha "([^"]*)"$`, `And I enter the captcha "WRONG1"`,
			"Types the given characters into the captcha field, for example a wrong answer.", (*Scenario).bindCaptchaText},
		{GroupMail, `^(\d+) hours? pass(?:es)?$`, `And 25 hours pass`,
			"Moves the world's clock forward.", (*Scenario).bindHoursPass},
	}
}

func (s *Scenario) bindOpenLatestMail() any {
	return func(ctx context.Context) error {
		return s.do(ctx, s.openLatestMail)
	}
}

func (s *Scenario) bindOpenLatestMailInNewTab() any {
	return func(ctx context.Context) error {
		return s.do(ctx, func(ctx context.Context) error {
			if err := s.noAddressBar(ctx, "opening a new tab"); err != nil {
				return err
			}
			if err := s.sess.NewTab(ctx); err != nil {
				return err
			}
			return s.openLatestMail(ctx)
		})
	}
}

// openLatestMail opens the buyer's webmail in the current tab and the
// newest letter in it.
func (s *Scenario) openLatestMail(ctx context.Context) error {
	m, err := s.latestMail(ctx)
	if err != nil {
		return err
	}
	if err := s.sess.Open(ctx, webmailURL+"?address="+url.QueryEscape(m.To)); err != nil {
		return err
	}
	return s.sess.Click(ctx, m.Subject)
}

func (s *Scenario) bindFollowMailLink() any {
	return func(ctx context.Context) error {
		return s.do(ctx, func(ctx context.Context) error {
			m, err := s.latestMail(ctx)
			if err != nil {
				return err
			}
			if len(m.Links) == 0 {
				return fmt.Errorf("the latest email %q has no link", m.Subject)
			}
			return s.sess.Open(ctx, m.Links[0])
		})
	}
}

func (s *Scenario) bindMailCount() any {
	return func(ctx context.Context, n int) error {
		b, err := s.theBuyer()
		if err != nil {
			return err
		}
		ctx, cancel := s.stepContext(ctx)
		defer cancel()
		return s.onRecordsPage(browser.Eventually(ctx, func() error {
			if got := len(s.world.Mailbox(b.Email)); got != n {
				return fmt.Errorf("%s has %d emails, want %d", b.Email, got, n)
			}
			return nil
		}))
	}
}

// latestMail is the newest letter in the buyer's mailbox, waiting for one
// to arrive while ctx allows: the click that sends it may still be on its way.
func (s *Scenario) latestMail(ctx context.Context) (world.Mail, error) {
	b, err := s.theBuyer()
	if err != nil {
		return world.Mail{}, err
	}
	var m world.Mail
	err = browser.Eventually(ctx, func() error {
		box := s.world.Mailbox(b.Email)
		if len(box) == 0 {
			return fmt.Errorf("the mailbox of %s is empty", b.Email)
		}
		m = box[len(box)-1]
		return nil
	})
	return m, err
}

func (s *Scenario) bindCaptcha() any {
	return func(ctx context.Context) error { return s.enterCaptcha(ctx, s.world.CaptchaAnswer()) }
}

func (s *Scenario) bindCaptchaText() any {
	return func(ctx context.Context, text string) error { return s.enterCaptcha(ctx, text) }
}

func (s *Scenario) enterCaptcha(ctx context.Context, text string) error {
	return s.do(ctx, func(ctx context.Context) error {
		return s.sess.Fill(ctx, s.labels.of("register.captcha"), text)
	})
}

func (s *Scenario) bindHoursPass() any {
	return func(hours int) error {
		s.world.Advance(time.Duration(hours) * time.Hour)
		return nil
	}
}
