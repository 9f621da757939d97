package steps

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/unbind/unbind/sim"
	"github.com/unbind/unbind/sim/world"
)

// seamScenario is a scenario with a world and no browser, for the steps
// that only read or change the world.
func seamScenario(t *testing.T, profile string) *Scenario {
	t.Helper()
	s := &Scenario{h: &Harness{StepTimeout: 100 * time.Millisecond}}
	s.world = sim.New(sim.Options{}).NewWorld(sim.WorldOptions{Profile: profile})
	return s
}

// run calls a step's function with string or int arguments, as godog would.
func run(t *testing.T, step any, args ...any) error {
	t.Helper()
	ctx := context.Background()
	switch f := step.(type) {
	case func(context.Context) error:
		return f(ctx)
	case func(context.Context, string) error:
		return f(ctx, args[0].(string))
	case func(context.Context, int) error:
		return f(ctx, args[0].(int))
	case func(context.Context, string, string, string) error:
		return f(ctx, args[0].(string), args[1].(string), args[2].(string))
	case func(string) error:
		return f(args[0].(string))
	case func(string, string) error:
		return f(args[0].(string), args[1].(string))
	case func(string, string, string) error:
		return f(args[0].(string), args[1].(string), args[2].(string))
	}
	t.Fatalf("step function of an unexpected type %T", step)
	return nil
}

func TestBuyerSteps(t *testing.T) {
	s := seamScenario(t, "")
	if err := run(t, s.bindBuyerExpiredCard(), "Visa", "4242", "01/24"); err != nil {
		t.Fatal(err)
	}
	if err := run(t, s.bindAppCard(), "MasterCard", "5454"); err != nil {
		t.Fatal(err)
	}
	cards, _ := s.world.Cards(defaultEmail)
	if len(cards) != 2 || !cards[0].Expired || cards[0].Expiry != "01/24" || cards[1].Origin != world.OriginApp {
		t.Errorf("cards %+v, want an expired Visa and an app MasterCard", cards)
	}
	if wallet, _ := s.world.WalletCards(defaultEmail); len(wallet) != 1 {
		t.Errorf("the app card counts as a wallet card: %+v", wallet)
	}
	other := seamScenario(t, "")
	if err := run(t, other.bindBuyerNoCards(), "without"); err != nil {
		t.Fatal(err)
	}
	if st, _ := other.world.WalletStatus(defaultEmail); st != world.WalletNone {
		t.Errorf("status %v", st)
	}
	if err := run(t, seamScenario(t, "").bindAppCard(), "Visa", "4242"); err == nil || !strings.Contains(err.Error(), "no buyer yet") {
		t.Errorf("an app card before a buyer: %v", err)
	}
}

// Each seam check passes on the right world and says what it found otherwise.
func TestSeamChecks(t *testing.T) {
	s := seamScenario(t, "")
	if err := s.addBuyer(true, []world.CardSpec{{Brand: "Visa", Last4: "4242"}, {Brand: "MasterCard", Last4: "5454"}}); err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		why     string
		step    any
		args    []any
		wantErr string // "" = passes
	}{
		{"the wallet status", s.bindWalletStatus(), []any{"registered"}, ""},
		{"a wrong wallet status", s.bindWalletStatus(), []any{"none"}, "wallet status = registered, want none"},
		{"no payment password yet", s.bindPaymentPassword(), []any{"not set"}, ""},
		{"a payment password expected", s.bindPaymentPassword(), []any{"set"}, "payment password set = false, want set"},
		{"the first card is the default", s.bindDefaultCard(), []any{"Visa 4242"}, ""},
		{"another default expected", s.bindDefaultCard(), []any{"MasterCard 5454"}, "default card = Visa •••• 4242, want MasterCard •••• 5454"},
		{"a default that is not one card", s.bindDefaultCard(), []any{"Visa 4242, MasterCard 5454"}, "want one card"},
		{"a card bound as given is verified", s.bindCardVerified(), []any{"Visa", "4242", "verified"}, ""},
		{"not verified expected", s.bindCardVerified(), []any{"Visa", "4242", "not verified yet"}, "verified = true, want not verified yet"},
		{"a card the buyer lacks", s.bindCardVerified(), []any{"Visa", "1111", "verified"}, "has no card Visa •••• 1111"},
		{"no orders", s.bindOrderCount(), []any{0}, ""},
		{"an order expected", s.bindOrderCount(), []any{1}, "has 0 orders, want 1"},
		{"the balance", s.bindBalance(), []any{"US $0.00"}, ""},
		{"another balance", s.bindBalance(), []any{"US $12.99"}, "wallet balance = US $0.00, want US $12.99"},
		{"no language chosen", s.bindWalletLanguage(), []any{""}, ""},
		{"a language expected", s.bindWalletLanguage(), []any{"ru_RU"}, `wallet language = "", want "ru_RU"`},
		{"no SMS", s.bindSMSCount(), []any{0}, ""},
		{"an SMS expected", s.bindSMSCount(), []any{1}, "has 0 SMS, want 1"},
		{"a dispute with no order", s.bindWinDispute(), nil, "has no order to decide a dispute over"},
	}
	for _, tc := range cases {
		err := run(t, tc.step, tc.args...)
		switch {
		case tc.wantErr == "" && err != nil:
			t.Errorf("%s: %v", tc.why, err)
		case tc.wantErr != "" && (err == nil || !strings.Contains(err.Error(), tc.wantErr)):
			t.Errorf("%s: error %v, want one saying %q", tc.why, err, tc.wantErr)
		}
	}
}

// The dispute step decides the latest order's open dispute for the buyer;
// an order with no dispute open is an error that names its status.
func TestWinDisputeStep(t *testing.T) {
	s := seamScenario(t, "")
	if err := s.addBuyer(true, []world.CardSpec{{Number: "4242424242424242"}}); err != nil {
		t.Fatal(err)
	}
	cards, _ := s.world.Cards(defaultEmail)
	o, err := s.world.PayWithCard(defaultEmail, world.Item{ID: "1005001", Price: 1299}, cards[0].ID)
	if err != nil {
		t.Fatal(err)
	}
	if err := run(t, s.bindWinDispute()); err == nil || !strings.Contains(err.Error(), "(paid)") {
		t.Errorf("no dispute open: %v", err)
	}
	if _, err := s.world.OpenDispute(defaultEmail, o.ID, "not_received"); err != nil {
		t.Fatal(err)
	}
	if err := run(t, s.bindWinDispute()); err != nil {
		t.Fatal(err)
	}
	if err := run(t, s.bindBalance(), "US $12.99"); err != nil {
		t.Error(err)
	}
}

func TestBuyerPhone(t *testing.T) {
	s := seamScenario(t, "")
	if _, err := s.buyerPhone(); err == nil {
		t.Error("a phone before any buyer")
	}
	if err := s.addBuyer(false, nil); err != nil {
		t.Fatal(err)
	}
	s.world.SendSMS("+7 (900) 000 00 00", "hello")
	if err := run(t, s.bindSMSCount(), 1); err != nil {
		t.Errorf("an SMS to the same number written otherwise: %v", err)
	}
}

// "the buyer's bound cards" are the wallet's, as the app-card step's help
// says; cards saved in the app are checked with their own step.
func TestBoundCardsAreTheWallets(t *testing.T) {
	s := seamScenario(t, "")
	if err := s.addBuyer(true, []world.CardSpec{{Brand: "Visa", Last4: "4242"}}); err != nil {
		t.Fatal(err)
	}
	if err := run(t, s.bindAppCard(), "MasterCard", "5454"); err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		why     string
		step    any
		args    []any
		wantErr string // "" = passes
	}{
		{"the wallet's card", s.bindCardsAre(), []any{"Visa 4242"}, ""},
		{"the app card is not bound", s.bindCardsAre(), []any{"Visa 4242, MasterCard 5454"}, "bound cards = [Visa •••• 4242], want [Visa •••• 4242, MasterCard •••• 5454]"},
		{"a bound card is there", s.bindNoCards(), nil, "bound cards = [Visa •••• 4242], want none"},
		{"the app's card", s.bindAppCardsAre(), []any{"MasterCard 5454"}, ""},
		{"the wallet card is not the app's", s.bindAppCardsAre(), []any{"Visa 4242, MasterCard 5454"}, "cards saved in the app = [MasterCard •••• 5454], want [Visa •••• 4242, MasterCard •••• 5454]"},
	}
	for _, tc := range cases {
		err := run(t, tc.step, tc.args...)
		switch {
		case tc.wantErr == "" && err != nil:
			t.Errorf("%s: %v", tc.why, err)
		case tc.wantErr != "" && (err == nil || !strings.Contains(err.Error(), tc.wantErr)):
			t.Errorf("%s: error %v, want one saying %q", tc.why, err, tc.wantErr)
		}
	}
	cards, _ := s.world.Cards(defaultEmail)
	for _, c := range cards {
		if _, err := s.world.RemoveCard(defaultEmail, c.ID); err != nil {
			t.Fatal(err)
		}
	}
	if err := run(t, s.bindNoAppCards()); err != nil {
		t.Errorf("no card saved in the app: %v", err)
	}
}
