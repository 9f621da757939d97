package world

import (
	"errors"
	"testing"
	"time"
)

func TestLuhn(t *testing.T) {
	cases := []struct {
		why, digits string
		want        bool
	}{
		{"Visa test number", "4242424242424242", true},
		{"MasterCard test number", "5454545454545454", true},
		{"last digit off by one", "4242424242424241", false},
		{"all zeros pass (the length and brand rules reject them)", "0000000000000000", true},
		{"empty is not valid", "", false},
	}
	for _, tc := range cases {
		if got := Luhn(tc.digits); got != tc.want {
			t.Errorf("%s: Luhn(%q) = %v, want %v", tc.why, tc.digits, got, tc.want)
		}
	}
}

func TestBrandOf(t *testing.T) {
	cases := []struct{ why, digits, want string }{
		{"4 is Visa", "4111111111111111", "Visa"},
		{"51-55 is MasterCard", "5500000000000004", "MasterCard"},
		{"2221-2720 is MasterCard too", "2221000000000009", "MasterCard"},
		{"50 and 56-58 are Maestro", "5018000000000009", "Maestro"},
		{"67 is Maestro", "6759000000000000", "Maestro"},
		{"34 (Amex) is not taken", "3400000000000009", ""},
		{"too short to tell", "42", ""},
	}
	for _, tc := range cases {
		if got := BrandOf(tc.digits); got != tc.want {
			t.Errorf("%s: BrandOf(%q) = %q, want %q", tc.why, tc.digits, got, tc.want)
		}
	}
}

func TestNewCardDefaults(t *testing.T) {
	now := time.Date(2026, 3, 1, 0, 0, 0, 0, time.UTC)
	c, err := newCard(CardSpec{Number: "4242 4242 4242 4242"}, now, "Ivan Petrov")
	if err != nil {
		t.Fatal(err)
	}
	want := Card{Brand: "Visa", Last4: "4242", Expiry: "03/29", Holder: "IVAN PETROV"}
	if c.Brand != want.Brand || c.Last4 != want.Last4 || c.Expiry != want.Expiry || c.Holder != want.Holder {
		t.Errorf("card %+v, want %+v", c, want)
	}
	if c.ID == "" || c.Token == "" || c.ID == c.Token {
		t.Errorf("id %q token %q", c.ID, c.Token)
	}
	if c.Masked() != "Visa •••• 4242" {
		t.Errorf("Masked() = %q", c.Masked())
	}
	var ce *CardError
	if _, err := newCard(CardSpec{Number: "1234"}, now, ""); !errors.As(err, &ce) || !errors.Is(err, ErrCardLength) {
		t.Errorf("short number: %v", err)
	}
}
