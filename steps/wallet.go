package steps

import (
	"context"
	"fmt"
	"slices"
	"strings"

	"github.com/unbind/unbind/sim/world"
)

// walletSteps check the buyer's wallet and orders in the sites' records, and
// decide a dispute as the platform would.
func walletSteps() []Step {
	return []Step{
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
	}
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
				return fmt.Errorf("%s has %d orders, want %d%s", b.Email, len(orders), n, s.noOrders(orders))
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
				return fmt.Errorf("%s has no order to decide a dispute over%s", b.Email, s.noOrders(orders))
			}
			last := orders[len(orders)-1]
			if last.Status != world.OrderDisputed {
				return fmt.Errorf("the latest order of %s (order %s) is %s, with no dispute open to decide: open one first, on the storefront's %q page: %q by the order, then %q", b.Email, last.ID, last.Status, s.labels.of("nav.my_orders"), s.labels.of("orders.open_dispute"), s.labels.of("dispute.submit"))
			}
			if _, err := s.world.DecideDispute(b.Email, last.ID, true); err != nil {
				return fmt.Errorf("deciding the dispute over order %s: %w", last.ID, err)
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
				return fmt.Errorf("wallet balance = %s, want %s%s", got, want, s.paidByCard(b, got.String()))
			}
			return nil
		})
	}
}

// noOrders says, of a buyer with no order, how a reader places one: no
// step does it behind the page.
func (s *Scenario) noOrders(orders []world.Order) string {
	if len(orders) > 0 {
		return ""
	}
	return fmt.Sprintf(": a buyer places an order on the storefront, as a reader does: %q on a product's page (%s), then %q", s.labels.of("item.buy"), "https://www.aliexpress.com/item/1005001.html", s.labels.of("checkout.place_order"))
}

// paidByCard says, of a buyer whose latest order was paid with a card
// after an earlier one was refunded to the wallet's balance, that the checkout pays from the balance
// only when the reader chooses it there: what a balance that did not go
// down after a purchase most often means.
func (s *Scenario) paidByCard(b *buyer, balance string) string {
	orders, err := s.world.Orders(b.Email)
	if err != nil || len(orders) == 0 {
		return ""
	}
	last := orders[len(orders)-1]
	refunded := slices.ContainsFunc(orders[:len(orders)-1], func(o world.Order) bool { return o.RefundTo == world.RefundToBalance })
	if last.PaidWith == world.RefundToBalance || last.Status != world.OrderPaid || !refunded {
		return ""
	}
	// The checkout's option is the label and the balance ("Alipay balance
	// (US $12.99)"): a step names it by its label cut short.
	label := s.labels.loc.T("checkout.balance")
	return fmt.Sprintf("; the latest order (%s) was paid with %s: the checkout pays from the balance when the reader chooses %q there, as the step I click %q does", last.ID, last.PaidWith, label+" ("+balance+")", label+"...")
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
