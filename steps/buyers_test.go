package steps

import (
	"strings"
	"testing"

	"github.com/unbind/unbind/sim/world"
)

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
	cases := []stepCase{
		{"the wallet's card", s.bindCardsAre(), []any{"Visa 4242"}, ""},
		{"the app card is not bound", s.bindCardsAre(), []any{"Visa 4242, MasterCard 5454"}, "bound cards = [Visa •••• 4242], want [Visa •••• 4242, MasterCard •••• 5454]"},
		{"a bound card is there", s.bindNoCards(), nil, "bound cards = [Visa •••• 4242], want none"},
		{"the app's card", s.bindAppCardsAre(), []any{"MasterCard 5454"}, ""},
		{"the wallet card is not the app's", s.bindAppCardsAre(), []any{"Visa 4242, MasterCard 5454"}, "cards saved in the app = [MasterCard •••• 5454], want [Visa •••• 4242, MasterCard •••• 5454]"},
	}
	checkSteps(t, cases)
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

func TestParseCards(t *testing.T) {
	tests := []struct {
		why, in string
		want    string
		err     bool
	}{
		{"brand and last four", "Visa 4242", "Visa •••• 4242", false},
		{"several, masked form accepted", "Visa 4242, MasterCard •••• 5454", "Visa •••• 4242|MasterCard •••• 5454", false},
		{"empty list means none", "", "", false},
		{"digits missing", "Visa", "", true},
		{"more than four digits is a full number, refused", "Visa 4242424242424242", "", true},
	}
	for _, tt := range tests {
		got, err := parseCards(tt.in)
		if (err != nil) != tt.err {
			t.Errorf("%s: parseCards(%q) error = %v, want error %v", tt.why, tt.in, err, tt.err)
			continue
		}
		var masked []string
		for _, c := range got {
			masked = append(masked, c.masked())
		}
		if s := strings.Join(masked, "|"); s != tt.want {
			t.Errorf("%s: parseCards(%q) = %q, want %q", tt.why, tt.in, s, tt.want)
		}
	}
}
