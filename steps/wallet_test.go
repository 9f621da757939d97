package steps

import (
	"github.com/unbind/unbind/reports/redact"
	"strings"
	"testing"

	"github.com/unbind/unbind/sim/world"
)

// Each check of the wallet's and the storefront's records passes on the
// right world and says what it found otherwise.
func TestWalletChecks(t *testing.T) {
	s := seamScenario(t, "")
	cat, err := loadCatalog()
	if err != nil {
		t.Fatal(err)
	}
	s.labels = newLabels(cat, "en_US")
	if err := s.addBuyer(true, []world.CardSpec{{Brand: "Visa", Last4: "4242"}, {Brand: "MasterCard", Last4: "5454"}}); err != nil {
		t.Fatal(err)
	}
	cases := []stepCase{
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
		{"an order expected", s.bindOrderCount(), []any{1}, `has 0 orders, want 1: a buyer places an order on the storefront, as a reader does: "Buy now" on a product's page`},
		{"the balance", s.bindBalance(), []any{"US $0.00"}, ""},
		{"another balance", s.bindBalance(), []any{"US $12.99"}, "wallet balance = US $0.00, want US $12.99"},
		{"no language chosen", s.bindWalletLanguage(), []any{""}, ""},
		{"a language expected", s.bindWalletLanguage(), []any{"ru_RU"}, `wallet language = "", want "ru_RU"`},
		{"a dispute with no order", s.bindWinDispute(), nil, `has no order to decide a dispute over: a buyer places an order on the storefront`},
	}
	checkSteps(t, cases)
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
	cat, err := loadCatalog()
	if err != nil {
		t.Fatal(err)
	}
	s.labels = newLabels(cat, "ru_RU")
	err = run(t, s.bindWinDispute())
	// It names the site's labels in the scenario's locale: a scenario of
	// the Russian site sees no English ones.
	if err == nil || !strings.Contains(err.Error(), "is paid, with no dispute open") || !strings.Contains(err.Error(), `on the storefront's "Мои заказы" page: "Открыть спор" by the order, then "Отправить спор"`) {
		t.Errorf("no dispute open: %v", err)
	} else if !strings.Contains(redact.Text(err.Error()), "(order "+o.ID+")") {
		t.Errorf("the order's number is masked in the reports as a card's would be: %s", redact.Text(err.Error()))
	} else if strings.Count(err.Error(), o.ID) != 1 || strings.Contains(err.Error(), "decide dispute") {
		t.Errorf("the failure says the order twice, or in the sim's own words: %v", err)
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

// A balance that did not go down after a purchase paid with a card, a
// refund to the balance before it, says the checkout pays from the
// balance only when the reader chooses it there; paid from the balance,
// the check passes.
func TestBalanceCheckSaysTheOrderWasPaidByCard(t *testing.T) {
	s := seamScenario(t, "")
	cat, err := loadCatalog()
	if err != nil {
		t.Fatal(err)
	}
	s.labels = newLabels(cat, "en_US")
	if err := s.addBuyer(true, []world.CardSpec{{Number: "4242424242424242"}}); err != nil {
		t.Fatal(err)
	}
	cards, _ := s.world.Cards(defaultEmail)
	item := world.Item{ID: "1005001", Price: 1299}
	o, err := s.world.PayWithCard(defaultEmail, item, cards[0].ID)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.world.OpenDispute(defaultEmail, o.ID, "not_received"); err != nil {
		t.Fatal(err)
	}
	if err := run(t, s.bindWinDispute()); err != nil {
		t.Fatal(err)
	}
	if err := run(t, s.bindBalance(), "US $12.99"); err != nil {
		t.Fatal(err)
	}
	if err := run(t, s.bindBalance(), "US $0.00"); err == nil || strings.Contains(err.Error(), "was paid with") {
		t.Errorf("before a second purchase the failure names a card payment: %v", err)
	}
	second, err := s.world.PayWithCard(defaultEmail, item, cards[0].ID)
	if err != nil {
		t.Fatal(err)
	}
	err = run(t, s.bindBalance(), "US $0.00")
	if err == nil || !strings.Contains(err.Error(), "the latest order ("+second.ID+") was paid with Visa •••• 4242") || !strings.Contains(err.Error(), `chooses "Alipay balance (US $12.99)" there, as the step I click "Alipay balance..." does`) {
		t.Errorf("a purchase paid with the card: %v", err)
	}
	if _, err := s.world.PayWithBalance(defaultEmail, item); err != nil {
		t.Fatal(err)
	}
	if err := run(t, s.bindBalance(), "US $0.00"); err != nil {
		t.Errorf("paid from the balance: %v", err)
	}
}
