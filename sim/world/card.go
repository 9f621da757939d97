package world

import (
	"regexp"
	"strings"
	"time"
)

// CardSpec describes a card to bind. Give either Number (the full number,
// checked and then dropped) or Brand and Last4.
type CardSpec struct {
	Number string `json:"number,omitempty"` // 16 digits, spaces and dashes allowed; never stored
	Brand  string `json:"brand,omitempty"`  // "Visa", "MasterCard" or "Maestro" when no Number is given
	Last4  string `json:"last4,omitempty"`  // the last four digits when no Number is given
	Expiry string `json:"expiry,omitempty"` // "MM/YY"; three years from the world clock when empty
	Holder string `json:"holder,omitempty"` // name on the card; the buyer's name in capitals when empty
	Origin string `json:"origin,omitempty"` // OriginWallet ("" too) or OriginApp
}

// Where a card was saved.
const (
	OriginWallet = "wallet" // bound to the Alipay wallet (at checkout or in the wallet)
	OriginApp    = "app"    // saved in the AliExpress mobile app only
)

// Card is a bound card as the wallet keeps it: masked, with a token.
type Card struct {
	ID     string `json:"id"`     // the wallet's id of the card, unguessable
	Brand  string `json:"brand"`  // "Visa", "MasterCard" or "Maestro"
	Last4  string `json:"last4"`  // last four digits of the number
	Expiry string `json:"expiry"` // "MM/YY"
	Holder string `json:"holder"` // name on the card
	Token  string `json:"token"`  // stands for the number in payments
	Origin string `json:"origin"` // OriginWallet or OriginApp

	// Filled in when the card is read, from the buyer and the world clock:
	Default  bool `json:"default"`  // offered first at checkout
	Verified bool `json:"verified"` // false while the $0.01 check is pending
	Expired  bool `json:"expired"`  // the expiry month is over

	verifyAt time.Time // when the pending check completes; zero = verified when bound
}

// InWallet reports whether the card is bound to the Alipay wallet (and not
// only saved in the app).
func (c Card) InWallet() bool { return c.Origin == OriginWallet }

// Masked is the card as pages show it: "Visa •••• 4242".
func (c Card) Masked() string {
	return c.Brand + " •••• " + c.Last4
}

var expiryPattern = regexp.MustCompile(`^(0[1-9]|1[0-2])/[0-9]{2}$`)

// newCard checks spec and derives the card the wallet keeps.
func newCard(spec CardSpec, now time.Time, holder string) (Card, error) {
	brand, last4, err := brandAndLast4(spec)
	if err != nil {
		return Card{}, err
	}
	origin, err := originOf(spec.Origin)
	if err != nil {
		return Card{}, err
	}
	c := Card{Brand: brand, Last4: last4, Expiry: spec.Expiry, Holder: strings.TrimSpace(spec.Holder), Origin: origin}
	if c.Expiry == "" {
		c.Expiry = now.AddDate(3, 0, 0).Format("01/06")
	}
	if !expiryPattern.MatchString(c.Expiry) {
		return Card{}, ErrCardExpiry
	}
	if c.Holder == "" {
		c.Holder = strings.ToUpper(holder)
	}
	c.ID = "card-" + randomID(8)
	c.Token = "tok_" + randomID(12)
	return c, nil
}

func originOf(s string) (string, error) {
	switch s {
	case "", OriginWallet:
		return OriginWallet, nil
	case OriginApp:
		return OriginApp, nil
	}
	return "", ErrCardOrigin
}

// expiredAt reports whether an "MM/YY" expiry is over at now: a card works
// to the end of its month.
func expiredAt(expiry string, now time.Time) bool {
	t, err := time.Parse("01/06", expiry)
	if err != nil {
		return false
	}
	return !now.Before(t.AddDate(0, 1, 0))
}

// brandAndLast4 takes them from the number when there is one.
func brandAndLast4(spec CardSpec) (string, string, error) {
	if spec.Number == "" {
		return brandAndLast4Given(spec.Brand, spec.Last4)
	}
	digits, err := cardDigits(spec.Number)
	if err != nil {
		return "", "", err
	}
	brand := BrandOf(digits)
	if brand == "" {
		return "", "", ErrCardBrand
	}
	last4 := digits[len(digits)-4:]
	if (spec.Brand != "" && !strings.EqualFold(normalBrand(spec.Brand), brand)) || (spec.Last4 != "" && spec.Last4 != last4) {
		return "", "", ErrCardMismatch
	}
	return brand, last4, nil
}

func brandAndLast4Given(brand, last4 string) (string, string, error) {
	b := normalBrand(brand)
	if b == "" {
		return "", "", ErrCardBrand
	}
	if len(last4) != 4 || !allDigits(last4) {
		return "", "", ErrCardLast4
	}
	return b, last4, nil
}

// cardDigits strips separators and checks length and the Luhn sum.
func cardDigits(number string) (string, error) {
	digits := strings.NewReplacer(" ", "", "-", "").Replace(number)
	if !allDigits(digits) {
		return "", ErrCardDigits
	}
	if len(digits) != 16 {
		return "", ErrCardLength
	}
	if !Luhn(digits) {
		return "", ErrCardLuhn
	}
	return digits, nil
}

// Luhn reports whether a string of digits passes the Luhn check.
func Luhn(digits string) bool {
	sum := 0
	double := false
	for i := len(digits) - 1; i >= 0; i-- {
		d := int(digits[i] - '0')
		if double {
			d *= 2
			if d > 9 {
				d -= 9
			}
		}
		sum += d
		double = !double
	}
	return digits != "" && sum%10 == 0
}

// BrandOf names the brand of a card number by its prefix, or "" when the
// wallet does not take it.
func BrandOf(digits string) string {
	if len(digits) < 4 {
		return ""
	}
	p2, p4 := number(digits[:2]), number(digits[:4])
	switch {
	case digits[0] == '4':
		return "Visa"
	case (p2 >= 51 && p2 <= 55) || (p4 >= 2221 && p4 <= 2720):
		return "MasterCard"
	case p2 == 50 || (p2 >= 56 && p2 <= 58) || p2 == 63 || p2 == 67:
		return "Maestro"
	}
	return ""
}

// number reads a short string of digits.
func number(digits string) int {
	n := 0
	for _, r := range digits {
		n = n*10 + int(r-'0')
	}
	return n
}

func normalBrand(s string) string {
	switch strings.ToLower(strings.ReplaceAll(strings.TrimSpace(s), " ", "")) {
	case "visa":
		return "Visa"
	case "mastercard":
		return "MasterCard"
	case "maestro":
		return "Maestro"
	}
	return ""
}

func allDigits(s string) bool {
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return s != ""
}
