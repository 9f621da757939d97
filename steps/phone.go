package steps

import (
	"context"
	"fmt"
	"net/url"

	"github.com/chromedp/chromedp/device"
)

// The pages the phone steps open.
const (
	// appURL is the mobile app's start page. The app has no address bar:
	// scenarios go on from it by tapping.
	appURL = "https://m.aliexpress.com/app/"
	// phoneURL is the test webmail's page of a phone's SMS.
	phoneURL = "https://mail.example.com/phone"
)

// phoneDevice is the phone the mobile app runs on.
const phoneDevice = device.Pixel5

// phoneSteps read the SMS on the buyer's phone and use the mobile app.
func phoneSteps() []Step {
	return []Step{
		{GroupPhone, `^I read the SMS messages on the buyer's phone$`, `When I read the SMS messages on the buyer's phone`,
			"Opens the SMS inbox of the phone number on the buyer's account (in the test webmail).", (*Scenario).bindReadSMS},
		{GroupPhone, `^the buyer's phone has received (\d+) SMS$`, `Then the buyer's phone has received 1 SMS`,
			"Checks how many SMS reached the phone number on the buyer's account.", (*Scenario).bindSMSCount},
		{GroupPhone, `^I use the mobile app$`, `When I use the mobile app`,
			"Turns the browser into a phone (screen, user agent, touch) and opens the AliExpress app's start page; the app has no address bar, so go on by tapping (an address opened while its page is the app's fails). The app shares the storefront's login: sign in first (I am signed in to the storefront), or the app asks to.", (*Scenario).bindUseApp},
	}
}

// buyerPhone is the phone number on the buyer's account now.
func (s *Scenario) buyerPhone() (string, error) {
	b, err := s.theBuyer()
	if err != nil {
		return "", err
	}
	got, err := s.world.Buyer(b.Email)
	if err != nil {
		return "", fmt.Errorf("reading %s: %w", b.Email, err)
	}
	if got.Phone == "" {
		return "", fmt.Errorf("%s has no phone number", b.Email)
	}
	return got.Phone, nil
}

func (s *Scenario) bindReadSMS() any {
	return func(ctx context.Context) error {
		phone, err := s.buyerPhone()
		if err != nil {
			return err
		}
		return s.do(ctx, func(ctx context.Context) error {
			return s.sess.Open(ctx, phoneURL+"?"+url.Values{"number": {phone}}.Encode())
		})
	}
}

func (s *Scenario) bindSMSCount() any {
	return func(ctx context.Context, n int) error {
		phone, err := s.buyerPhone()
		if err != nil {
			return err
		}
		return s.seam(ctx, func(*buyer) error {
			if got := len(s.world.Messages(phone)); got != n {
				return fmt.Errorf("%s has %d SMS, want %d", phone, got, n)
			}
			return nil
		})
	}
}

func (s *Scenario) bindUseApp() any {
	return func(ctx context.Context) error {
		return s.do(ctx, func(ctx context.Context) error {
			if err := s.sess.Emulate(ctx, phoneDevice); err != nil {
				return fmt.Errorf("turning the browser into a phone: %w", err)
			}
			return s.sess.Open(ctx, appURL)
		})
	}
}
