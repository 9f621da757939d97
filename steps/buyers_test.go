package steps

import (
	"strings"
	"testing"

	"github.com/cucumber/godog"
	messages "github.com/cucumber/messages/go/v21"

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

// table is a step's data table from rows of cells, as godog passes one.
func table(rows ...[]string) *godog.Table {
	t := &godog.Table{}
	for _, r := range rows {
		row := &messages.PickleTableRow{}
		for _, v := range r {
			row.Cells = append(row.Cells, &messages.PickleTableCell{Value: v})
		}
		t.Rows = append(t.Rows, row)
	}
	return t
}

// A table of cards names its columns in a heading row; each row is a card,
// saved in the wallet unless the row says the app.
func TestBuyerWithCardTable(t *testing.T) {
	s := seamScenario(t, "")
	step := buyerWithCardTable(true)(s).(func(*godog.Table) error)
	err := step(table(
		[]string{"Brand", "Last 4", "Expiry date", "Saved in"},
		[]string{"Visa", "4242", "01/24", "Wallet"},
		[]string{"MasterCard", "•••• 5454", "", "the app"},
		[]string{"Maestro", "6759", "12/30", ""},
	))
	if err != nil {
		t.Fatal(err)
	}
	cards, _ := s.world.Cards(defaultEmail)
	var got []string
	for _, c := range cards {
		got = append(got, c.Masked()+" "+c.Origin+" "+map[bool]string{true: "expired", false: "valid"}[c.Expired])
	}
	want := "Visa •••• 4242 wallet expired|MasterCard •••• 5454 app valid|Maestro •••• 6759 wallet valid"
	if strings.Join(got, "|") != want {
		t.Errorf("cards %q, want %q", strings.Join(got, "|"), want)
	}
	if st, _ := s.world.WalletStatus(defaultEmail); st == world.WalletNone {
		t.Errorf("the buyer of 'a buyer with these bound cards' has no wallet account")
	}
	for _, c := range []struct {
		why  string
		rows [][]string
		want string
	}{
		{"no table rows", nil, "a heading row such as | brand | last four | expiry | saved in |"},
		{"heading only", [][]string{{"brand", "last four"}}, "a heading row such as"},
		{"an unknown column", [][]string{{"brand", "last four", "colour"}, {"Visa", "4242", "blue"}}, `a column "colour"; its columns are among brand, last four, card, expiry, holder and saved in`},
		{"no card column", [][]string{{"brand", "expiry"}, {"Visa", "12/30"}}, "names no card"},
		{"a card cell that is not a card", [][]string{{"card"}, {"Visa"}}, `row 2 of the card table: card "Visa": want a brand and the last four digits`},
		{"saved somewhere else", [][]string{{"card", "saved in"}, {"Visa 4242", "phone"}}, `saved in "phone": a card is saved in the wallet or the app`},
	} {
		err := buyerWithCardTable(false)(seamScenario(t, "")).(func(*godog.Table) error)(table(c.rows...))
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: error %v, want one saying %q", c.why, err, c.want)
		}
	}
}

// The table of `I fill in:` is a field and its value a row; a heading row
// | field | value | is skipped, and a row of another width is an error.
func TestFieldRows(t *testing.T) {
	rows, err := fieldRows(table([]string{"Field", "Value"}, []string{"Email", "buyer@example.com"}, []string{"Password", ""}))
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != 2 || rows[0] != (fieldRow{"Email", "buyer@example.com"}) || rows[1] != (fieldRow{"Password", ""}) {
		t.Errorf("rows %+v", rows)
	}
	if rows, _ := fieldRows(table([]string{"Email", "buyer@example.com"})); len(rows) != 1 {
		t.Errorf("a table with no heading lost its first row: %+v", rows)
	}
	if _, err := fieldRows(table([]string{"Email", "buyer@example.com", "x"})); err == nil || !strings.Contains(err.Error(), "row 1 of the table has 3 cells") {
		t.Errorf("a row of three cells: %v", err)
	}
}
