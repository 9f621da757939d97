package steps

import (
	"context"
	"errors"
	"fmt"
	"net/url"
	"regexp"
	"slices"
	"strings"

	"github.com/cucumber/godog"
	messages "github.com/cucumber/messages/go/v21"

	"github.com/unbind/unbind/sim"
	"github.com/unbind/unbind/sim/world"
	"github.com/unbind/unbind/steps/browser"
)

// The buyer every scenario acts as unless it names another.
const (
	defaultEmail    = "buyer@example.com"
	defaultPassword = "secret123"
	defaultName     = "Ivan Petrov"
)

// The storefront's pages a buyer is signed in on.
const (
	loginURL = "https://login.aliexpress.com/login.htm"
	homeURL  = "https://www.aliexpress.com/"
)

// buyerSteps set a buyer and their cards up, sign the buyer in, and check
// the cards in the wallet's and the app's records.
func buyerSteps() []Step {
	return []Step{
		{GroupBuyer, `^a buyer with (?:a bound|a linked|a) (\S+) card (?:ending in|ending with|that ends in|ending) (\d{4})$`, `Given a buyer with a bound Visa card ending in 4242`,
			"Creates the buyer buyer@example.com (password secret123) with a registered wallet and one bound card.", buyerWithCard(true)},
		{GroupBuyer, `^a buyer with (?:a bound|a linked|one bound|a|one) (?:bank |payment )?card(?: (?:bound|linked|saved) (?:to|in) (?:the wallet|the account|their account|Alipay|their Alipay account|the Alipay wallet|the Alipay account))?$`, `Given a buyer with a bound card`,
			"Creates the buyer buyer@example.com (password secret123) with a registered wallet and one bound card, a Visa ending in 4242 (the site shows it as Visa •••• 4242): for a scenario that needs a card and not which one.", buyerWithDefaultCard},
		{GroupBuyer, `^a buyer without (?:a wallet account|an Alipay account|an Alipay wallet|a wallet),? (?:and )?with (?:a bound|a linked|a) (\S+) card (?:ending in|ending with|that ends in|ending) (\d{4})$`, `Given a buyer without a wallet account with a bound Visa card ending in 4242`,
			"Creates the buyer with a card bound at checkout but no wallet registration.", buyerWithCard(false)},
		{GroupBuyer, `^a buyer with bound cards "([^"]*)"$`, `Given a buyer with bound cards "Visa 4242, MasterCard 5454"`,
			"Creates the buyer with a registered wallet and the listed cards (brand and last four digits).", buyerWithCards(true)},
		{GroupBuyer, `^a buyer without (?:a wallet account|an Alipay account|an Alipay wallet|a wallet),? (?:and )?with bound cards "([^"]*)"$`, `Given a buyer without a wallet account with bound cards "Visa 4242, Maestro 6759"`,
			"Creates the buyer with the listed cards and no wallet registration.", buyerWithCards(false)},
		{GroupBuyer, `^a buyer with these bound cards:$`, "Given a buyer with these bound cards:\n    | brand      | last four | expiry | saved in |\n    | Visa       | 4242      | 12/30  | wallet   |\n    | MasterCard | 5454      | 01/24  | app      |",
			"Creates the buyer with a registered wallet and the cards of the table. Columns: brand and last four (or one column card, like Visa 4242), and optionally expiry (MM/YY), holder, saved in (wallet or app; wallet when not given).", buyerWithCardTable(true)},
		{GroupBuyer, `^a buyer without (?:a wallet account|an Alipay account|an Alipay wallet|a wallet),? (?:and )?with these bound cards:$`, "Given a buyer without a wallet account with these bound cards:\n    | card            | saved in |\n    | Visa 4242       | wallet   |\n    | MasterCard 5454 | wallet   |",
			"Creates the buyer with the cards of the table (columns as above) and no wallet registration: the wallet's cards were bound at checkout.", buyerWithCardTable(false)},
		{GroupBuyer, `^a buyer (with|without) a wallet account and no bound cards$`, `Given a buyer without a wallet account and no bound cards`,
			"Creates the buyer buyer@example.com (password secret123, phone +7 900 000-00-00) with or without a registered wallet and no card.", (*Scenario).bindBuyerNoCards},
		{GroupBuyer, `^a buyer with (?:a bound|a linked|a) (\S+) card (?:ending in|ending with|that ends in|ending) (\d{4}) that expired (?:in|on) (\d{2}/\d{2})$`, `Given a buyer with a bound Visa card ending in 4242 that expired in 01/24`,
			"Creates the buyer with a registered wallet and one bound card whose expiry (MM/YY) is over.", (*Scenario).bindBuyerExpiredCard},
		{GroupBuyer, `^the buyer has a (\S+) card ending in (\d{4}) saved in the app$`, `And the buyer has a MasterCard card ending in 5454 saved in the app`,
			"Adds a card the buyer saved in the AliExpress mobile app, not in the wallet.", (*Scenario).bindAppCard},
		{GroupBuyer, `^I am (?:signed|logged) in as a buyer with (?:a bound|a linked|a) (\S+) card (?:ending in|ending with|that ends in|ending) (\d{4})$`, `Given I am signed in as a buyer with a bound Visa card ending in 4242`,
			"Creates the buyer with a registered wallet and one bound card, as `a buyer with a bound Visa card ending in 4242` does, and signs them in to the storefront, as `I am signed in to the storefront` does: the two Givens in one.", (*Scenario).bindSignedInBuyer},
		{GroupBuyer, `^I am (?:signed|logged) in as a buyer with (?:a bound|a linked|one bound|a|one) (?:bank |payment )?card$`, `Given I am signed in as a buyer with a bound card`,
			"Creates the buyer with a registered wallet and one bound card, a Visa ending in 4242, as `a buyer with a bound card` does, and signs them in to the storefront.", bindSignedInDefaultBuyer},
		{GroupBuyer, `^I am (?:signed in to the storefront|logged in to the storefront|signed in to AliExpress|logged in to AliExpress|signed in|logged in)$`, `And I am signed in to the storefront`,
			"Signs the buyer in through the sim, as a Given sets up a buyer, and opens the storefront's home page. Use `I sign in to the storefront` to go through the sign-in page.", (*Scenario).bindSignedIn},
		{GroupBuyer, `^I (?:sign in to the storefront|log in to the storefront|sign in to AliExpress|log in to AliExpress|sign in|log in)$`, `When I sign in to the storefront`,
			"Signs the buyer in on the storefront's sign-in page with e-mail and password, as article step 1 has it, and waits for the home page.", (*Scenario).bindSignIn},
		{GroupBuyer, `^the buyer (?:has no bound cards|should have no bound cards|has no cards bound|no longer has bound cards|has no bound card)$`, `Then the buyer has no bound cards`,
			"Checks in the wallet's records (not on the page) that no card is bound to the wallet; cards saved in the mobile app are not bound and not counted.", (*Scenario).bindNoCards},
		{GroupBuyer, `^the card (?:is|has been|was|should be|is now) (?:unbound|removed|no longer bound|unlinked|detached|deleted|taken off)(?: from the (?:account|wallet|buyer's account|Alipay account|AliExpress account))?$`, `Then the card is unbound`,
			"Checks in the wallet's records that a card bound to the wallet when the buyer was created is bound no more: the card a scenario removed, with the others left as they are (`the buyer has no bound cards` checks that none is left).", (*Scenario).bindCardUnbound},
		{GroupBuyer, `^the buyer's bound cards are "([^"]*)"$`, `Then the buyer's bound cards are "MasterCard 5454"`,
			"Checks in the wallet's records that exactly these cards are bound to the wallet, in this order; cards saved in the mobile app are not among them.", (*Scenario).bindCardsAre},
		{GroupBuyer, `^the buyer has no cards saved in the app$`, `Then the buyer has no cards saved in the app`,
			"Checks in the app's records that no card is saved in the mobile app (wallet cards are not counted).", (*Scenario).bindNoAppCards},
		{GroupBuyer, `^the buyer's cards saved in the app are "([^"]*)"$`, `Then the buyer's cards saved in the app are "MasterCard 5454"`,
			"Checks in the app's records that exactly these cards, and no wallet card, are saved in the mobile app, in this order.", (*Scenario).bindAppCardsAre},
	}
}

func (s *Scenario) addBuyer(wallet bool, cards []world.CardSpec) error {
	b := buyer{Email: defaultEmail, Password: defaultPassword, Name: defaultName}
	_, err := s.world.AddBuyer(world.BuyerSpec{
		Email: b.Email, Password: b.Password, Name: b.Name, Phone: "+7 900 000-00-00",
		Wallet: wallet, Cards: cards,
	})
	if err != nil {
		return fmt.Errorf("creating buyer %s: %w", b.Email, err)
	}
	if bound, err := s.world.WalletCards(b.Email); err == nil {
		for _, c := range bound {
			b.Bound = append(b.Bound, c.Masked())
		}
	}
	s.buyer = &b
	return nil
}

func buyerWithCard(wallet bool) func(*Scenario) any {
	return func(s *Scenario) any {
		return func(brand, last4 string) error {
			return s.addBuyer(wallet, []world.CardSpec{{Brand: brand, Last4: last4}})
		}
	}
}

// The card a scenario gets when it asks for one and not which.
const (
	defaultBrand = "Visa"
	defaultLast4 = "4242"
)

func buyerWithDefaultCard(s *Scenario) any {
	return func() error { return s.addBuyer(true, []world.CardSpec{{Brand: defaultBrand, Last4: defaultLast4}}) }
}

func bindSignedInDefaultBuyer(s *Scenario) any {
	signIn := s.bindSignedInBuyer().(func(context.Context, string, string) error)
	return func(ctx context.Context) error { return signIn(ctx, defaultBrand, defaultLast4) }
}

func buyerWithCards(wallet bool) func(*Scenario) any {
	return func(s *Scenario) any {
		return func(list string) error {
			cards, err := parseCards(list)
			if err != nil {
				return err
			}
			specs := make([]world.CardSpec, len(cards))
			for i, c := range cards {
				specs[i] = world.CardSpec{Brand: c.brand, Last4: c.last4}
			}
			return s.addBuyer(wallet, specs)
		}
	}
}

func buyerWithCardTable(wallet bool) func(*Scenario) any {
	return func(s *Scenario) any {
		return func(table *godog.Table) error {
			specs, err := cardTable(table)
			if err != nil {
				return err
			}
			return s.addBuyer(wallet, specs)
		}
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

func (s *Scenario) theBuyer() (*buyer, error) {
	if s.buyer == nil {
		return nil, fmt.Errorf("no buyer yet: start the scenario with a step like %q", "Given a buyer with a bound Visa card ending in 4242")
	}
	return s.buyer, nil
}

// seam waits until check passes on the buyer, up to the step deadline.
func (s *Scenario) seam(ctx context.Context, check func(b *buyer) error) error {
	b, err := s.theBuyer()
	if err != nil {
		return err
	}
	ctx, cancel := s.stepContext(ctx)
	defer cancel()
	err = browser.Eventually(ctx, func() error { return check(b) })
	return s.onRecordsPage(s.leftOpen(ctx, err))
}

// leftOpen adds to a check's failure the alert or pop-up left open, which
// what the page was asked to do (remove a card) may be waiting for.
func (s *Scenario) leftOpen(ctx context.Context, err error) error {
	if err == nil || s.sess == nil || errors.Is(err, browser.ErrDialogOpen) {
		return err
	}
	actx, acancel := context.WithTimeout(context.WithoutCancel(ctx), evidenceTimeout)
	defer acancel()
	if open := s.sess.OpenAlert(actx); open != "" {
		answer := s.stepNames("I accept the alert", "I dismiss the alert")
		if answer == "I accept the alert, I dismiss the alert" && strings.HasPrefix(open, "the page's own pop-up") {
			answer = "I confirm the pop-up, I cancel the pop-up" // the same steps, as a reader of a page's pop-up writes them
		}
		err = fmt.Errorf("%w\n%s is still open, unanswered: what the page was asked to do may wait for its answer; a step answers it first (%s)", err, open, answer)
	}
	return err
}

func (s *Scenario) bindSignedIn() any { return s.buyerStep((*Scenario).signedIn) }

func (s *Scenario) bindSignIn() any { return s.buyerStep((*Scenario).signIn) }

func (s *Scenario) bindSignedInBuyer() any {
	return func(ctx context.Context, brand, last4 string) error {
		if err := s.addBuyer(true, []world.CardSpec{{Brand: brand, Last4: last4}}); err != nil {
			return err
		}
		return s.do(ctx, func(ctx context.Context) error { return s.signedIn(ctx, s.buyer) })
	}
}

// buyerStep binds a step that acts as the scenario's buyer.
func (s *Scenario) buyerStep(act func(*Scenario, context.Context, *buyer) error) any {
	return func(ctx context.Context) error {
		b, err := s.theBuyer()
		if err != nil {
			return err
		}
		return s.do(ctx, func(ctx context.Context) error { return act(s, ctx, b) })
	}
}

// signedIn opens a storefront session for the buyer in the sim and hands
// it to the browser as the sign-in page would, then opens the home page
// where signing in on the page ends. The sign-in page itself is checked by
// the scenarios that go through it.
func (s *Scenario) signedIn(ctx context.Context, b *buyer) error {
	sess, err := s.world.SignIn("", b.Email, b.Password)
	if err != nil {
		return fmt.Errorf("signing in as %s: %w", b.Email, err)
	}
	if err := s.sess.SetDomainCookie(ctx, sim.StorefrontCookie, sess.ID, sim.StorefrontDomain); err != nil {
		return fmt.Errorf("signing in as %s: %w", b.Email, err)
	}
	return s.sess.Open(ctx, homeURL)
}

// signIn is the storefront sign-in as article step 1 has it: the sign-in
// page, e-mail and password, the Sign in button.
func (s *Scenario) signIn(ctx context.Context, b *buyer) error {
	u := loginURL + "?return_url=" + url.QueryEscape(homeURL)
	if err := s.sess.Open(ctx, u); err != nil {
		return err
	}
	for _, f := range []struct{ key, value string }{{"login.email", b.Email}, {"login.password", b.Password}} {
		if err := s.sess.Fill(ctx, s.labels.of(f.key), f.value); err != nil {
			return fmt.Errorf("signing in as %s: %w", b.Email, err)
		}
	}
	if err := s.sess.Click(ctx, s.labels.of("login.submit")); err != nil {
		return fmt.Errorf("signing in as %s: %w", b.Email, err)
	}
	return s.sess.WaitURL(ctx, "www.aliexpress.com/")
}

func (s *Scenario) bindNoCards() any {
	return func(ctx context.Context) error { return s.checkCards(ctx, nil) }
}

func (s *Scenario) bindCardUnbound() any {
	return func(ctx context.Context) error {
		return s.seam(ctx, func(b *buyer) error {
			cards, err := s.world.WalletCards(b.Email)
			if err != nil {
				return fmt.Errorf("reading the bound cards of %s: %w", b.Email, err)
			}
			if len(b.Bound) == 0 {
				return fmt.Errorf("%s had no card bound to the wallet to unbind: the Given binds one (%q)", b.Email, "Given a buyer with a bound Visa card ending in 4242")
			}
			now := make([]string, len(cards))
			for i, c := range cards {
				now[i] = c.Masked()
			}
			for _, c := range b.Bound {
				if !slices.Contains(now, c) {
					return nil
				}
			}
			return fmt.Errorf("every card bound to the wallet at the start is still bound: bound cards = %s", listOrNone(now))
		})
	}
}

func (s *Scenario) bindNoAppCards() any {
	return func(ctx context.Context) error { return s.checkAppCards(ctx, nil) }
}

func (s *Scenario) bindAppCardsAre() any {
	return func(ctx context.Context, list string) error {
		want, err := parseCards(list)
		if err != nil {
			return err
		}
		return s.checkAppCards(ctx, want)
	}
}

func (s *Scenario) bindCardsAre() any {
	return func(ctx context.Context, list string) error {
		want, err := parseCards(list)
		if err != nil {
			return err
		}
		return s.checkCards(ctx, want)
	}
}

// checkCards waits until the buyer's bound cards are want, up to the step
// deadline.
func (s *Scenario) checkCards(ctx context.Context, want []cardRef) error {
	return s.checkCardList(ctx, cardList{"bound cards", s.world.WalletCards}, want)
}

// checkAppCards waits until the cards the buyer saved in the app are want.
func (s *Scenario) checkAppCards(ctx context.Context, want []cardRef) error {
	return s.checkCardList(ctx, cardList{"cards saved in the app", s.world.AppCards}, want)
}

// cardList is one of the buyer's card lists in the world's records, with the
// words an error names it by.
type cardList struct {
	name string
	read func(email string) ([]world.Card, error)
}

func (s *Scenario) checkCardList(ctx context.Context, l cardList, want []cardRef) error {
	return s.seam(ctx, func(b *buyer) error { return cardsAre(l, b, want) })
}

func cardsAre(l cardList, b *buyer, want []cardRef) error {
	cards, err := l.read(b.Email)
	if err != nil {
		return fmt.Errorf("reading the %s of %s: %w", l.name, b.Email, err)
	}
	got := make([]string, len(cards))
	for i, c := range cards {
		got[i] = c.Masked()
	}
	wantS := make([]string, len(want))
	for i, c := range want {
		wantS[i] = c.masked()
	}
	if strings.Join(got, "|") != strings.Join(wantS, "|") {
		return fmt.Errorf("%s = %s, want %s", l.name, listOrNone(got), listOrNone(wantS))
	}
	return nil
}

func listOrNone(cards []string) string {
	if len(cards) == 0 {
		return "none"
	}
	return "[" + strings.Join(cards, ", ") + "]"
}

// cardRef is a card as a scenario names it: brand and last four digits.
type cardRef struct{ brand, last4 string }

func (c cardRef) masked() string { return c.brand + " •••• " + c.last4 }

var cardWords = regexp.MustCompile(`^(\S+)\s+(?:•+\s*)?(\d{4})$`)

// parseCards reads "Visa 4242, MasterCard •••• 5454".
func parseCards(list string) ([]cardRef, error) {
	var cards []cardRef
	for _, part := range strings.Split(list, ",") {
		part = strings.TrimSpace(part)
		if part == "" {
			continue
		}
		m := cardWords.FindStringSubmatch(part)
		if m == nil {
			return nil, fmt.Errorf("card %q: want a brand and the last four digits, like %q", part, "Visa 4242")
		}
		cards = append(cards, cardRef{brand: m[1], last4: m[2]})
	}
	return cards, nil
}

// cardColumn is what a column of a table of cards holds, by the words of
// its heading.
func cardColumn(heading string) (string, bool) {
	switch strings.ToLower(oneSpaced(heading)) {
	case "brand":
		return "brand", true
	case "card":
		return "card", true
	case "last four", "last4", "last 4", "last four digits":
		return "last4", true
	case "expiry", "expires", "expiry date":
		return "expiry", true
	case "holder", "cardholder", "name on card":
		return "holder", true
	case "saved in", "saved":
		return "origin", true
	}
	return "", false
}

// cardOrigin is where a "saved in" cell says the card was saved.
func cardOrigin(cell string) (string, bool) {
	switch strings.ToLower(oneSpaced(cell)) {
	case "", "wallet", "the wallet", "alipay":
		return world.OriginWallet, true
	case "app", "the app", "mobile app", "the mobile app":
		return world.OriginApp, true
	}
	return "", false
}

// cardTable reads a table of cards: a heading row naming the columns, then
// one card a row.
func cardTable(t *godog.Table) ([]world.CardSpec, error) {
	if t == nil || len(t.Rows) < 2 {
		return nil, fmt.Errorf("the step wants a table below it: a heading row such as | brand | last four | expiry | saved in |, then a row for each card")
	}
	cols, err := cardHeading(t.Rows[0])
	if err != nil {
		return nil, err
	}
	specs := make([]world.CardSpec, 0, len(t.Rows)-1)
	for i, r := range t.Rows[1:] {
		spec, err := cardRow(cols, r)
		if err != nil {
			return nil, fmt.Errorf("row %d of the card table: %w", i+2, err)
		}
		specs = append(specs, spec)
	}
	return specs, nil
}

// cardHeading is which column of a card table holds what.
func cardHeading(r *messages.PickleTableRow) ([]string, error) {
	cols := make([]string, len(r.Cells))
	has := map[string]bool{}
	for i, c := range r.Cells {
		col, ok := cardColumn(c.Value)
		if !ok {
			return nil, fmt.Errorf("the card table has a column %q; its columns are among brand, last four, card, expiry, holder and saved in", c.Value)
		}
		cols[i], has[col] = col, true
	}
	if !has["card"] && (!has["brand"] || !has["last4"]) {
		return nil, fmt.Errorf("the card table names no card: give the columns brand and last four, or a column card (Visa 4242)")
	}
	return cols, nil
}

func cardRow(cols []string, r *messages.PickleTableRow) (world.CardSpec, error) {
	var spec world.CardSpec
	for i, c := range r.Cells {
		v := strings.TrimSpace(c.Value)
		switch cols[i] {
		case "card":
			cards, err := parseCards(v)
			if err != nil || len(cards) != 1 {
				return spec, fmt.Errorf("card %q: want a brand and the last four digits, like %q", v, "Visa 4242")
			}
			spec.Brand, spec.Last4 = cards[0].brand, cards[0].last4
		case "brand":
			spec.Brand = v
		case "last4":
			spec.Last4 = strings.TrimLeft(v, "•* ")
		case "expiry":
			spec.Expiry = v
		case "holder":
			spec.Holder = v
		case "origin":
			origin, ok := cardOrigin(v)
			if !ok {
				return spec, fmt.Errorf("saved in %q: a card is saved in the wallet or the app", v)
			}
			spec.Origin = origin
		}
	}
	return spec, nil
}
