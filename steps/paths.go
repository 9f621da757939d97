package steps

import (
	"context"
	"fmt"
	"net/url"
	"strings"

	"github.com/chromedp/chromedp/device"

	"github.com/unbind/unbind/sim/world"
)

// Groups of the other paths' steps, printed after the domain groups.
const (
	GroupWallet = "Wallet, orders and app cards (set up and checked through the sim, not the page)"
	GroupPhone  = "The buyer's phone: SMS and the mobile app"
)

// Entry points of the other documented paths.
const (
	// appURL is the mobile app's start page. The app has no address bar:
	// scenarios go on from it by tapping.
	appURL = "https://m.aliexpress.com/app/"
	// phoneURL is the test webmail's page of a phone's SMS.
	phoneURL = "https://mail.example.com/phone"
)

// phoneDevice is the phone the mobile app runs on.
const phoneDevice = device.Pixel5

// pathSteps are the domain steps of the documented paths beyond the four
// named ones (registration, checkout, adding cards, the mobile app...).
func pathSteps() []Step {
	return []Step{
		{GroupWallet, `^a buyer (with|without) a wallet account and no bound cards$`, `Given a buyer without a wallet account and no bound cards`,
			"Creates the buyer buyer@example.com (password secret123, phone +7 900 000-00-00) with or without a registered wallet and no card.", (*Scenario).bindBuyerNoCards},
		{GroupWallet, `^a buyer with a bound (\S+) card ending in (\d{4}) that expired in (\d{2}/\d{2})$`, `Given a buyer with a bound Visa card ending in 4242 that expired in 01/24`,
			"Creates the buyer with a registered wallet and one bound card whose expiry (MM/YY) is over.", (*Scenario).bindBuyerExpiredCard},
		{GroupWallet, `^the buyer has a (\S+) card ending in (\d{4}) saved in the app$`, `And the buyer has a MasterCard card ending in 5454 saved in the app`,
			"Adds a card the buyer saved in the AliExpress mobile app, not in the wallet.", (*Scenario).bindAppCard},
		{GroupWallet, `^the buyer's wallet status is "(none|confirmed|registered)"$`, `Then the buyer's wallet status is "confirmed"`,
			"Checks in the wallet's records how far the buyer got: none, confirmed (e-mail only, a mock registration) or registered.", (*Scenario).bindWalletStatus},
		{GroupWallet, `^the buyer's payment password is (set|not set)$`, `Then the buyer's payment password is not set`,
			"Checks in the wallet's records whether \"Set up security\" (payment password and security questions) was accepted.", (*Scenario).bindPaymentPassword},
		{GroupWallet, `^the buyer's default card is "([^"]*)"$`, `Then the buyer's default card is "Visa 1111"`,
			"Checks in the wallet's records which card is offered first at checkout.", (*Scenario).bindDefaultCard},
		{GroupWallet, `^the buyer's (\S+) card ending in (\d{4}) is (verified|not verified yet)$`, `Then the buyer's Visa card ending in 1111 is not verified yet`,
			"Checks in the wallet's records whether the card's $0.01 check is over (24 hours on the world clock).", (*Scenario).bindCardVerified},
		{GroupWallet, `^the buyer has (\d+) orders?$`, `Then the buyer has 1 order`,
			"Checks in the storefront's records how many orders the buyer placed.", (*Scenario).bindOrderCount},
		{GroupWallet, `^the dispute over the latest order is decided in the buyer's favour$`, `When the dispute over the latest order is decided in the buyer's favour`,
			"Has the platform decide the buyer's open dispute over the latest order for the buyer, as after a won dispute (the money goes where the site sends it).", (*Scenario).bindWinDispute},
		{GroupWallet, `^the buyer's wallet balance is "([^"]*)"$`, `Then the buyer's wallet balance is "US $12.99"`,
			"Checks the wallet balance in the wallet's records.", (*Scenario).bindBalance},
		{GroupWallet, `^the buyer's wallet language is "([^"]*)"$`, `Then the buyer's wallet language is "ru_RU"`,
			"Checks the language the buyer chose in the wallet's settings, kept for every browser (\"\" = none chosen).", (*Scenario).bindWalletLanguage},
		{GroupPhone, `^I read the SMS messages on the buyer's phone$`, `When I read the SMS messages on the buyer's phone`,
			"Opens the SMS inbox of the phone number on the buyer's account (in the test webmail).", (*Scenario).bindReadSMS},
		{GroupPhone, `^the buyer's phone has received (\d+) SMS$`, `Then the buyer's phone has received 1 SMS`,
			"Checks how many SMS reached the phone number on the buyer's account.", (*Scenario).bindSMSCount},
		{GroupPhone, `^I use the mobile app$`, `When I use the mobile app`,
			"Turns the browser into a phone (screen, user agent, touch) and opens the AliExpress app's start page; the app has no address bar, so go on by tapping.", (*Scenario).bindUseApp},
	}
}

func (s *Scenario) bindBuyerNoCards() any {
	return func(with string) error { return s.addBuyer(with == "with", nil) }
}

func (s *Scenario) bindBuyerExpiredCard() any {
	return func(brand, last4, expiry string) error {
		return s.addBuyer(true, []world.CardSpec{{Brand: brand, Last4: last4, Expiry: expiry}})
	}
}

func (s *Scenario) bindAppCard() any {
	return func(brand, last4 string) error {
		b, err := s.theBuyer()
		if err != nil {
			return err
		}
		if _, err := s.world.BindCard(b.Email, world.CardSpec{Brand: brand, Last4: last4, Origin: world.OriginApp}); err != nil {
			return fmt.Errorf("saving %s %s in the app for %s: %w", brand, last4, b.Email, err)
		}
		return nil
	}
}

// seam waits until check passes on the buyer, up to the step deadline.
func (s *Scenario) seam(ctx context.Context, check func(b *buyer) error) error {
	b, err := s.theBuyer()
	if err != nil {
		return err
	}
	ctx, cancel := s.stepContext(ctx)
	defer cancel()
	return eventually(ctx, func() error { return check(b) })
}

func (s *Scenario) bindWalletStatus() any {
	return func(ctx context.Context, want string) error {
		return s.seam(ctx, func(b *buyer) error {
			st, err := s.world.WalletStatus(b.Email)
			if err != nil {
				return fmt.Errorf("reading the wallet status of %s: %w", b.Email, err)
			}
			if st.String() != want {
				return fmt.Errorf("wallet status = %s, want %s", st, want)
			}
			return nil
		})
	}
}

func (s *Scenario) bindPaymentPassword() any {
	return func(ctx context.Context, want string) error {
		return s.seam(ctx, func(b *buyer) error {
			got, err := s.world.Buyer(b.Email)
			if err != nil {
				return fmt.Errorf("reading %s: %w", b.Email, err)
			}
			if set := got.Secured; set != (want == "set") {
				return fmt.Errorf("payment password set = %v, want %s", set, want)
			}
			return nil
		})
	}
}

func (s *Scenario) bindDefaultCard() any {
	return func(ctx context.Context, name string) error {
		want, err := parseCards(name)
		if err != nil || len(want) != 1 {
			return fmt.Errorf("default card %q: want one card like %q", name, "Visa 4242")
		}
		return s.seam(ctx, func(b *buyer) error {
			c, ok, err := s.findCard(b, func(c world.Card) bool { return c.Default })
			switch {
			case err != nil:
				return err
			case !ok:
				return fmt.Errorf("default card = none, want %s", want[0].masked())
			case c.Masked() != want[0].masked():
				return fmt.Errorf("default card = %s, want %s", c.Masked(), want[0].masked())
			}
			return nil
		})
	}
}

// findCard is the buyer's first card that match accepts.
func (s *Scenario) findCard(b *buyer, match func(world.Card) bool) (world.Card, bool, error) {
	cards, err := s.world.Cards(b.Email)
	if err != nil {
		return world.Card{}, false, fmt.Errorf("reading the cards of %s: %w", b.Email, err)
	}
	for _, c := range cards {
		if match(c) {
			return c, true, nil
		}
	}
	return world.Card{}, false, nil
}

func (s *Scenario) bindCardVerified() any {
	return func(ctx context.Context, brand, last4, state string) error {
		want := cardRef{brand: brand, last4: last4}
		return s.seam(ctx, func(b *buyer) error {
			c, ok, err := s.findCard(b, func(c world.Card) bool { return c.Masked() == want.masked() })
			switch {
			case err != nil:
				return err
			case !ok:
				return fmt.Errorf("%s has no card %s", b.Email, want.masked())
			case c.Verified != (state == "verified"):
				return fmt.Errorf("%s verified = %v, want %s", c.Masked(), c.Verified, state)
			}
			return nil
		})
	}
}

func (s *Scenario) bindOrderCount() any {
	return func(ctx context.Context, n int) error {
		return s.seam(ctx, func(b *buyer) error {
			orders, err := s.world.Orders(b.Email)
			if err != nil {
				return fmt.Errorf("reading the orders of %s: %w", b.Email, err)
			}
			if len(orders) != n {
				return fmt.Errorf("%s has %d orders, want %d", b.Email, len(orders), n)
			}
			return nil
		})
	}
}

func (s *Scenario) bindWinDispute() any {
	return func(ctx context.Context) error {
		return s.seam(ctx, func(b *buyer) error {
			orders, err := s.world.Orders(b.Email)
			if err != nil {
				return fmt.Errorf("reading the orders of %s: %w", b.Email, err)
			}
			if len(orders) == 0 {
				return fmt.Errorf("%s has no order to decide a dispute over", b.Email)
			}
			last := orders[len(orders)-1]
			if _, err := s.world.DecideDispute(b.Email, last.ID, true); err != nil {
				return fmt.Errorf("deciding the dispute over order %s (%s): %w", last.ID, last.Status, err)
			}
			return nil
		})
	}
}

func (s *Scenario) bindBalance() any {
	return func(ctx context.Context, want string) error {
		return s.seam(ctx, func(b *buyer) error {
			got, err := s.world.Balance(b.Email)
			if err != nil {
				return fmt.Errorf("reading the wallet balance of %s: %w", b.Email, err)
			}
			if got.String() != strings.TrimSpace(want) {
				return fmt.Errorf("wallet balance = %s, want %s", got, want)
			}
			return nil
		})
	}
}

func (s *Scenario) bindWalletLanguage() any {
	return func(ctx context.Context, want string) error {
		return s.seam(ctx, func(b *buyer) error {
			got, err := s.world.Buyer(b.Email)
			if err != nil {
				return fmt.Errorf("reading %s: %w", b.Email, err)
			}
			if got.Language != want {
				return fmt.Errorf("wallet language = %q, want %q", got.Language, want)
			}
			return nil
		})
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
