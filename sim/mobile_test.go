package sim_test

import (
	"net/http"
	"strings"
	"testing"

	"github.com/unbind/unbind/sim"
	"github.com/unbind/unbind/sim/world"
)

const (
	appURL      = "https://m.aliexpress.com/app/"
	appCardsURL = "https://m.aliexpress.com/app/cards.htm"
)

// walletAndAppCards adds ivan with a wallet card and a card saved in the app.
func walletAndAppCards(t testing.TB, w *world.World, email string) {
	t.Helper()
	addBuyer(t, w, world.BuyerSpec{Email: email, Password: password, Name: "Ivan Petrov", Wallet: true, Cards: []world.CardSpec{
		{Number: visa4242}, {Number: master5454, Origin: world.OriginApp}}})
}

func appAs(t *testing.T, profile string) (*world.World, *browser) {
	t.Helper()
	s := newSim(t)
	w := s.NewWorld(sim.WorldOptions{Profile: profile})
	walletAndAppCards(t, w, "ivan@example.com")
	b := newBrowser(t, s, w)
	signIn(b, "ivan@example.com")
	return w, b
}

// P8 (003): My Profile → Favorites → My certificates → My bank cards →
// Delete; wallet and app cards are listed together; no direct link.
func TestAppPath(t *testing.T) {
	w, b := appAs(t, "")
	home := b.open(appURL).want(appURL)
	if first := strings.TrimSpace(home.doc.Find(".app-list li").First().Text()); first != "My Profile" {
		t.Errorf("the first line of the menu is %q, want My Profile", first)
	}
	profile := home.click("My Profile").has("Favorites")
	certs := profile.click("My certificates")
	if last := strings.TrimSpace(certs.doc.Find(".app-list li").Last().Text()); last != "My bank cards" {
		t.Errorf("the last line of My certificates is %q, want My bank cards", last)
	}
	cards := certs.click("My bank cards").want(appCardsURL)
	cards.has("Visa •••• 4242").has("MasterCard •••• 5454").has("Alipay").has("Saved in the app")
	after := cards.press("Delete", nil).want(appCardsURL).has("The card has been deleted").lacks("Visa •••• 4242")
	if got := join(masked(t, w, "ivan@example.com")); got != "MasterCard •••• 5454" {
		t.Errorf("cards %q", got)
	}
	after.press("Delete", nil).has("You have no saved cards")
	if st, _ := w.WalletStatus("ivan@example.com"); st != world.WalletRegistered {
		t.Errorf("deleting the cards changed the wallet account: %v", st)
	}
	for _, p := range []*page{home, profile, certs, cards} {
		if strings.Contains(p.body, "queryUserBindCard") || strings.Contains(p.body, "Card Information") {
			t.Errorf("%s offers the direct link, which the app cannot open", p.url)
		}
		if p.doc.Find(".app-back").Length() == 0 && p != home {
			t.Errorf("%s has no back arrow; the app has no address bar", p.url)
		}
	}
}

// 002's app: "My bank cards" right under "My Profile".
func TestAppCardsInProfile(t *testing.T) {
	_, b := appAs(t, world.ProfileAppCardsInProfile)
	profile := b.open(appURL).click("My Profile").lacks("My certificates")
	profile.click("My bank cards").want(appCardsURL).has("Visa •••• 4242")
	if p := b.open("https://m.aliexpress.com/app/certificates.htm"); p.status != http.StatusNotFound {
		t.Errorf("My certificates in 002's app: status %d", p.status)
	}
}

func TestAppNeedsSignIn(t *testing.T) {
	s := newSim(t)
	w := s.NewWorld(sim.WorldOptions{})
	walletAndAppCards(t, w, "ivan@example.com")
	b := newBrowser(t, s, w)
	home := b.open(appURL).has("Sign in to see your profile").lacks("My Profile")
	signedIn := home.click("Sign in").press("Sign in", map[string]string{"Email": "ivan@example.com", "Password": password})
	signedIn.want(appURL).has("My Profile")
	if p := newBrowser(t, s, w).open(appCardsURL); p.at() != loginURL {
		t.Errorf("the card page without sign-in is at %s", p.url)
	}
}

func TestAppDeletesOnlyOwnCards(t *testing.T) {
	w, b := appAs(t, "")
	newbie(t, w, "siti@example.com")
	victim, _ := w.Cards("siti@example.com")
	token := b.open(appCardsURL).csrf()
	if p := b.post(appCardsURL, map[string][]string{"csrf": {token}, "card": {victim[0].ID}}); p.status != http.StatusNotFound {
		t.Errorf("deleting another buyer's card: status %d", p.status)
	}
	if p := b.post(appCardsURL, map[string][]string{"csrf": {"forged"}, "card": {victim[0].ID}}); p.status != http.StatusForbidden {
		t.Errorf("a forged token: status %d", p.status)
	}
	if got := masked(t, w, "siti@example.com"); len(got) != 1 {
		t.Errorf("the other buyer's cards: %q", got)
	}
}

// P9 (002, 003): the mobile site on a desktop, in Russian from its path:
// "Settings" (three bars) → Help Center → the card question → the link to
// the card list, through the storefront login.
func TestMobileSitePath(t *testing.T) {
	s := newSim(t)
	w := s.NewWorld(sim.WorldOptions{})
	newbie(t, w, "siti@example.com")
	b := newBrowser(t, s, w)
	signIn(b, "siti@example.com")
	home := b.open("http://m.aliexpress.com/ru/index.htm")
	button := home.doc.Find(`button.js-drawer`)
	if button.AttrOr("aria-label", "") != "Настройки" || button.AttrOr("aria-controls", "") != "m-drawer" {
		t.Errorf("the three-bars button: %s", button.AttrOr("aria-label", ""))
	}
	if _, hidden := home.doc.Find("#m-drawer").Attr("hidden"); !hidden {
		t.Error("the menu is open before the button is pressed")
	}
	help := home.click("Центр помощи").has("Центр помощи")
	answer := help.click("Как я могу изменить информацию о карте в своём аккаунте?")
	href := answer.link("Перейти к моим картам").AttrOr("href", "")
	if href != "https://intl.alipay.com/user/queryUserBindCard.htm?locale=ru_RU" {
		t.Errorf("the answer links to %q", href)
	}
	list := answer.click("Перейти к моим картам").want(directURL).has("Visa •••• 1111").has("Удалить карту")
	list.press("Удалить карту", nil).has("Карта удалена")
	if got := masked(t, w, "siti@example.com"); len(got) != 0 {
		t.Errorf("cards %q", got)
	}
	if p := b.open("http://m.aliexpress.com/help/card.htm"); !strings.Contains(p.body, "locale=en_US") {
		t.Error("the answer without a language prefix does not link in English")
	}
	if p := b.open("http://m.aliexpress.com/ru/help/nothing.htm"); p.status != http.StatusNotFound {
		t.Errorf("an unknown question: status %d", p.status)
	}
}

// P10 (003): My Alipay → Settings → Card management → Delete card.
func TestCardManagement(t *testing.T) {
	w, b, _ := walletCards(t, walletBuyer)
	settings := b.open(walletHome).click("Settings").want(settingsURL)
	mgmt := settings.click("Card management").want("https://intl.alipay.com/account/settings/cards.htm")
	mgmt.has("Visa •••• 4242")
	if got := strings.TrimSpace(mgmt.doc.Find("#remove-card-dialog button[type=submit]").Text()); got != "Delete" {
		t.Errorf("the pop-up confirms with %q", got)
	}
	if !strings.Contains(mgmt.body, "The card and all its data will be deleted.") {
		t.Error("the pop-up does not warn that all the card's data goes")
	}
	form := mgmt.doc.Find("#remove-card-dialog form")
	if form.AttrOr("action", "") != "/account/settings/cards.htm" {
		t.Errorf("the pop-up posts to %q", form.AttrOr("action", ""))
	}
	cards, _ := w.Cards("ivan@example.com")
	after := b.post("https://intl.alipay.com/account/settings/cards.htm", map[string][]string{"csrf": {mgmt.csrf()}, "card": {cards[0].ID}})
	after.want("https://intl.alipay.com/account/settings/cards.htm").has("The card has been removed").lacks("Visa •••• 4242")
	if got := join(masked(t, w, "ivan@example.com")); got != "MasterCard •••• 5454" {
		t.Errorf("cards %q", got)
	}
}
