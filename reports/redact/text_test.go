package redact

import (
	"slices"
	"strings"
	"testing"
)

func TestTextMasksCardNumbers(t *testing.T) {
	for _, c := range []struct{ name, in, want string }{
		{"whole", "4111111111111111", "•••• 1111"},
		{"spaces", `I fill "Card number" with "4111 1111 1111 1111"`, `I fill "Card number" with "•••• 1111"`},
		{"dashes", "card 4111-1111-1111-1111 declined", "card •••• 1111 declined"},
		{"no-break spaces", "5555\u00a05555\u00a05555\u00a04444", "•••• 4444"},
		{"MasterCard", "5555 5555 5555 4444", "•••• 4444"},
		{"Maestro", "5018 0000 0000 0009", "•••• 0009"},
		{"Amex, 15 digits in 4-6-5", "3782 822463 10005", "•••• 0005"},
		{"19 digits", "6304000000000000000 left", "•••• 0000 left"},
		{"13 digits", "4222222222222", "•••• 2222"},
		{"two in one text", "from 4111111111111111 to 5555555555554444.", "from •••• 1111 to •••• 4444."},
		{"after punctuation", "number=4111111111111111&x=1", "number=•••• 1111&x=1"},
		{"in an error", "the field «Card number» holds \"4242 4242 4242 4242\", want \"\"", "the field «Card number» holds \"•••• 4242\", want \"\""},
		{"in Cyrillic text", "Номер карты: 4111 1111 1111 1111", "Номер карты: •••• 1111"},
		{"a card among other groups", "row 1 4111 1111 1111 1111", "row 1 •••• 1111"},

		// what is not a card number stays as it was
		{"16-digit id, not Luhn", "order 4111111111111112", "order 4111111111111112"},
		{"grouped, not Luhn", "4111 1111 1111 1112", "4111 1111 1111 1112"},
		{"phone", "phone +7 900 000-00-00", "phone +7 900 000-00-00"},
		{"phone, no plus", "call 8 800 555-35-35 now", "call 8 800 555-35-35 now"},
		{"date", "expires 2026-12-03", "expires 2026-12-03"},
		{"date and time", "at 2026-12-03 10:15:42.123", "at 2026-12-03 10:15:42.123"},
		{"duration", "timed out after 10s (1m23.456s in all)", "timed out after 10s (1m23.456s in all)"},
		{"duration in ns", "took 1234567890123ns", "took 1234567890123ns"},
		{"12 digits", "411111111111", "411111111111"},
		{"20 digits", "41111111111111111111", "41111111111111111111"},
		{"part of a word", "id4111111111111111 x4111111111111111y", "id4111111111111111 x4111111111111111y"},
		{"part of a longer digit run", "04111111111111111100", "04111111111111111100"},
		{"last four", "Visa •••• 1111", "Visa •••• 1111"},
		{"price", "US $0.01 and US $1234.56", "US $0.01 and US $1234.56"},
		{"double space breaks a group", "4111  1111 1111 1111", "4111  1111 1111 1111"},
		{"an order's number that passes Luhn's check", "Order number: 4111111111111111", "Order number: 4111111111111111"},
		{"an order's number in Russian", "заказ № 4111111111111111 оплачен", "заказ № 4111111111111111 оплачен"},
		{"an order's number in a message", "the latest order of b@example.com (order 4111111111111111) is paid", "the latest order of b@example.com (order 4111111111111111) is paid"},
		{"a word that ends in order", "border 4111111111111111", "border •••• 1111"},
		{"a quoted card after an order word", `I fill "Card for the order" with "4111111111111111"`, `I fill "Card for the order" with "•••• 1111"`},
	} {
		t.Run(c.name, func(t *testing.T) {
			if got := Text(c.in); got != c.want {
				t.Errorf("Text(%q) = %q, want %q", c.in, got, c.want)
			}
			if again := Text(c.want); again != c.want {
				t.Errorf("masking again changes %q to %q", c.want, again)
			}
		})
	}
}

func TestTextMasksCVVsByTheirLabel(t *testing.T) {
	for _, c := range []struct{ name, in, want string }{
		{"fill", `I fill "CVV" with "123"`, `I fill "CVV" with "•••"`},
		{"fill, label with a slash", `I fill "CVV/CVC" with "123"`, `I fill "CVV/CVC" with "•••"`},
		{"contains", `the field "CVV" contains "123"`, `the field "CVV" contains "•••"`},
		{"is filled with", `the field "cvc2" is filled with "1234"`, `the field "cvc2" is filled with "•••"`},
		{"value first", `I type "123" into "CVV"`, `I type "•••" into "CVV"`},
		{"security code", `I fill "Security code" with "123"`, `I fill "Security code" with "•••"`},
		{"Russian", `Я ввожу «123» в поле «Код безопасности»`, `Я ввожу «•••» в поле «Код безопасности»`},
		{"Russian CVV-код", `И я заполняю "CVV-код" значением "123"`, `И я заполняю "CVV-код" значением "•••"`},
		{"Indonesian", `Saya mengisi "Kode keamanan" dengan "123"`, `Saya mengisi "Kode keamanan" dengan "•••"`},
		{"Swahili", `Ninaandika "123" kwenye "Nambari ya usalama"`, `Ninaandika "•••" kwenye "Nambari ya usalama"`},
		{"Hindi", `मैं "सुरक्षा कोड" में "123" भरता हूँ`, `मैं "सुरक्षा कोड" में "•••" भरता हूँ`},
		{"label then value", "CVV: 123", "CVV: •••"},
		{"labels then value", "CVV/CVC = 4321, expiry 12/30", "CVV/CVC = •••, expiry 12/30"},
		{"in an error", `the field "CVV/CVC" holds "124", want "123"`, `the field "CVV/CVC" holds "•••", want "•••"`},
		{"card and CVV", `I fill in "4111 1111 1111 1111" and "CVV" with "123"`, `I fill in "•••• 1111" and "CVV" with "•••"`},

		// what is not a CVV stays as it was
		{"no label", `I fill "Quantity" with "123"`, `I fill "Quantity" with "123"`},
		{"last four of a card", `Given a buyer with a bound Visa card ending in 4242`, `Given a buyer with a bound Visa card ending in 4242`},
		{"a rule about CVVs", "The CVV/CVC must be 3 digits", "The CVV/CVC must be 3 digits"},
		{"label inside a word", `I fill "CVVX" with "123"`, `I fill "CVVX" with "123"`},
		{"label glued to digits", "CVV123", "CVV123"},
		{"five digits", `I fill "CVV" with "12345"`, `I fill "CVV" with "12345"`},
		{"words between", "CVV of the card 4242", "CVV of the card 4242"},
	} {
		t.Run(c.name, func(t *testing.T) {
			if got := Text(c.in); got != c.want {
				t.Errorf("Text(%q) = %q, want %q", c.in, got, c.want)
			}
		})
	}
}

func TestTableMasksCVVsOfItsRowsAndColumns(t *testing.T) {
	in := [][]string{
		{"field", "value"},
		{"Card number", "4111 1111 1111 1111"},
		{"CVV", "123"},
		{"Expiry date", "12/30"},
		{"Quantity", "123"},
	}
	want := [][]string{
		{"field", "value"},
		{"Card number", "•••• 1111"},
		{"CVV", "•••"},
		{"Expiry date", "12/30"},
		{"Quantity", "123"},
	}
	before := clone(in)
	got, found := table(in)
	if !equalTables(got, want) {
		t.Errorf("Table = %q, want %q", got, want)
	}
	if !equalTables(in, before) {
		t.Errorf("Table changed its argument: %q", in)
	}
	if !slices.Equal(found, []string{"123"}) {
		t.Errorf("the CVVs found are %q, want [123]", found)
	}

	columns := [][]string{
		{"card", "cvc", "last four", "qty"},
		{"5555555555554444", "321", "4444", "1"},
		{"Visa 4111111111111111", "1234", "1111", "123"},
	}
	wantColumns := [][]string{
		{"card", "cvc", "last four", "qty"},
		{"•••• 4444", "•••", "4444", "1"},
		{"Visa •••• 1111", "•••", "1111", "123"},
	}
	if got := Table(columns); !equalTables(got, wantColumns) {
		t.Errorf("Table = %q, want %q", got, wantColumns)
	}
}

func TestSourceMasksAFeatureFileKeepingItsColumns(t *testing.T) {
	src := strings.Join([]string{
		`Feature: Pay`,
		`  # the test card 4111 1111 1111 1111, CVV 123`,
		`  Scenario Outline: Pay with <number>`,
		`    When I fill "Card number" with "<number>"`,
		`    And I fill "CVV/CVC" with "<cvv>"`,
		`    And I fill in:`,
		`      | field       | value               |`,
		`      | Card number | 5555-5555-5555-4444 |`,
		`      | CVV         | 321                 |`,
		`      | Order       | 4111111111111112    |`,
		`    Examples:`,
		`      | number              | cvv |`,
		`      | 4111 1111 1111 1111 | 123 |`,
		`      | 4111 1111 1111 1112 | 456 |`,
		``,
	}, "\n")
	want := strings.Join([]string{
		`Feature: Pay`,
		`  # the test card •••• 1111, CVV •••`,
		`  Scenario Outline: Pay with <number>`,
		`    When I fill "Card number" with "<number>"`,
		`    And I fill "CVV/CVC" with "<cvv>"`,
		`    And I fill in:`,
		`      | field       | value               |`,
		`      | Card number | •••• 4444           |`,
		`      | CVV         | •••                 |`,
		`      | Order       | 4111111111111112    |`,
		`    Examples:`,
		`      | number              | cvv |`,
		`      | •••• 1111           | ••• |`,
		`      | 4111 1111 1111 1112 | ••• |`,
		``,
	}, "\n")
	in := []byte(src)
	if got := string(Source(in)); got != want {
		t.Errorf("Source =\n%s\nwant\n%s", got, want)
	}
	if string(in) != src {
		t.Error("Source changed its argument")
	}
}

func TestKnownCVVsAreMaskedWhereTheyStandAlone(t *testing.T) {
	got := known(Text("typed 123 into the field; 1234 and 0123 and 123ms stay"), []string{"123"})
	if want := "typed ••• into the field; 1234 and 0123 and 123ms stay"; got != want {
		t.Errorf("known = %q, want %q", got, want)
	}
}

func TestIsCVVLabel(t *testing.T) {
	for _, l := range CVVLabels {
		for _, s := range []string{l, strings.ToUpper(l), strings.ToLower(l), "Enter the " + l + ":"} {
			if !IsCVVLabel(s) {
				t.Errorf("IsCVVLabel(%q) = false", s)
			}
		}
	}
	for _, s := range []string{"Card number", "CVVX", "xcvv", "security", "кода", "Expiry date"} {
		if IsCVVLabel(s) {
			t.Errorf("IsCVVLabel(%q) = true", s)
		}
	}
}

func clone(rows [][]string) [][]string {
	out := make([][]string, len(rows))
	for i, r := range rows {
		out[i] = slices.Clone(r)
	}
	return out
}

func equalTables(a, b [][]string) bool {
	return slices.EqualFunc(a, b, func(x, y []string) bool { return slices.Equal(x, y) })
}
