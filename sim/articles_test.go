package sim_test

import (
	"strings"
	"testing"

	"github.com/unbind/unbind/sim"
	"github.com/unbind/unbind/sim/world"
)

// The profiles below each show one article's site where the articles
// disagree; sim/ARTICLES.md names the article lines.

// 004: the wallet's two menus are "Payment history" and "My Account"; the
// card icon reads "Editing card"; each card has "Delete card"; the pop-up
// confirms.
func TestEditingCardProfile(t *testing.T) {
	w, b, account := profileCards(t, world.ProfileEditingCard)
	if got := join(account.texts(".ap-menu a")); got != "Payment history, My Account" {
		t.Errorf("the wallet's menus are %q, want 004's order and words", got)
	}
	icon := account.doc.Find(`a.ap-icon[href="/account/cards.htm"]`)
	if name, tip := icon.AttrOr("aria-label", ""), strings.TrimSpace(icon.Find(".tooltip").Text()); name != "Editing card" || tip != "Editing card" {
		t.Errorf("the card icon is named %q with the tooltip %q, want \"Editing card\"", name, tip)
	}
	list := account.click("Editing card").want(cardsURL).has("Editing card")
	if got := join(list.texts(".card-row button")); got != "Delete card, Delete card" {
		t.Errorf("the buttons by the cards are %q", got)
	}
	popup := list.doc.Find("#remove-card-dialog button[type=submit]")
	if got := strings.TrimSpace(popup.Text()); got != "Confirm" {
		t.Errorf("the pop-up confirms with %q, want Confirm", got)
	}
	list.press("Delete card", nil).press("Confirm", nil).has("The card has been removed")
	if got := join(masked(t, w, "ivan@example.com")); got != "MasterCard •••• 5454" {
		t.Errorf("cards after deleting one: %q", got)
	}
	ru := b.open(walletHome + "?locale=ru_RU")
	if got := join(ru.texts(".ap-menu a")); got != "История платежей, Мой счёт" {
		t.Errorf("the Russian menus are %q", got)
	}
	ru.click("Редактирование карты").has("Удалить карту")
}

// 004: the buyer signed in to the storefront goes My AliExpress → My Alipay
// and meets the wallet's own sign-in box, "Forgot password" under it; the
// AliExpress e-mail and password open the wallet.
func TestWalletSignInProfile(t *testing.T) {
	s := newSim(t)
	w := s.NewWorld(sim.WorldOptions{Profile: world.ProfileWalletSignIn})
	walletBuyer(t, w, "ivan@example.com")
	b := newBrowser(t, s, w)
	home := signIn(b, "ivan@example.com")
	box := home.click("My Alipay").want("https://intl.alipay.com/login.htm").has("Sign in to Alipay")
	if box.doc.Find(".login-box form + .login-forgot a").Text() != "Forgot password" {
		t.Errorf("no \"Forgot password\" right under the sign-in box\n%s", box.body)
	}
	box.click("Forgot password").want("https://intl.alipay.com/password/forgot.htm").has("Get password")
	account := box.press("Sign in", map[string]string{"Email": "ivan@example.com", "Password": password})
	account.want(walletHome).has("My Account").has("Edit cards")
	if p := b.open(cardsURL); p.at() != cardsURL {
		t.Errorf("signed in to the wallet, the card list is at %s", p.url)
	}

	fresh := newBrowser(t, s, w)
	if p := fresh.open(directURL); p.at() != "https://intl.alipay.com/login.htm" || !strings.Contains(p.url.RawQuery, "queryUserBindCard") {
		t.Errorf("the direct link without a wallet session is at %s, want the wallet's sign-in, returning to the link", p.url)
	}
}

// 002: the help center's button reads "check card"; the list it opens has
// a "Delete" icon by each card.
func TestCheckCardProfile(t *testing.T) {
	s := newSim(t)
	w := s.NewWorld(sim.WorldOptions{Profile: world.ProfileCheckCard})
	walletBuyer(t, w, "ivan@example.com")
	b := newBrowser(t, s, w)
	signIn(b, "ivan@example.com")
	help := b.open(helpURL).lacks("here")
	list := help.click("check card").want(cardsURL)
	icons := list.doc.Find(".card-row button.card-icon")
	if icons.Length() != 2 || icons.First().AttrOr("aria-label", "") != "Delete" || icons.First().Find("svg").Length() != 1 {
		t.Fatalf("want a \"Delete\" icon by each of the two cards\n%s", list.body)
	}
	list.press("Delete", nil).press("Confirm", nil).has("The card has been removed")
	if got := join(masked(t, w, "ivan@example.com")); got != "MasterCard •••• 5454" {
		t.Errorf("cards after deleting one: %q", got)
	}
	b.open(helpURL + "?locale=ru_RU").click("проверить карту").want(cardsURL)
}

// 002: the wallet's account page has "Manage your cards", which opens the
// card list and its "Add card".
func TestManageCardsProfile(t *testing.T) {
	_, b, account := profileCards(t, world.ProfileManageCards)
	list := account.click("Manage your cards").want(cardsURL).has("Visa •••• 4242")
	list.click("Add card").want("https://intl.alipay.com/account/cards/add.htm")
	b.open(walletHome + "?locale=ru_RU").click("Управлять картами").want(cardsURL)
}

// 001: the letter's "Confirm" opens "Security Settings"; "Submit" opens the
// wallet account at once, success notice and "Go to My Alipay", with no
// personal-data step.
func TestSecuritySettingsProfile(t *testing.T) {
	w, b, form := startRegistration(t, world.ProfileSecuritySettings+"+"+world.ProfileConfirmLetter)
	if got := join(form.texts(".reg-steps li")); got != "Confirm email, Set up security" {
		t.Errorf("the registration's steps are %q, want two", got)
	}
	letter := confirmationLetter(t, w, b, form, "siti@example.com")
	settings := letter.click("Confirm").want(securityURL)
	if got := settings.doc.Find("h1").Text(); got != "Security Settings" {
		t.Errorf("the page after the letter is titled %q, want Security Settings", got)
	}
	settings.lacks("Personal details")
	done := settings.press("Submit", securityFields("271828", "271828", threeQuestions()...)).has("Your Alipay account is ready")
	if st, _ := w.WalletStatus("siti@example.com"); st != world.WalletRegistered {
		t.Errorf("after Submit the wallet is %v, want registered", st)
	}
	done.click("Go to My Alipay").want(walletHome).has("My Account").has("Edit cards").lacks("Open Alipay Wallet Now")
	for _, u := range []string{securityURL, identityURL} {
		if p := b.open(u); p.at() != walletHome {
			t.Errorf("%s after registering is at %s, want the wallet home", u, p.url)
		}
	}
}

// 001 and 002: the letter's button is "Confirm" (in Russian «Подтвердить»);
// the default letter says "Confirm email address".
func TestConfirmLetterProfile(t *testing.T) {
	cases := []struct{ profile, locale, captcha, want string }{
		{"", "", "Captcha", "Confirm email address"},
		{world.ProfileConfirmLetter, "", "Captcha", "Confirm"},
		{world.ProfileConfirmLetter, "ru_RU", "Код с картинки", "Подтвердить"},
	}
	for _, tc := range cases {
		s := newSim(t)
		w := s.NewWorld(sim.WorldOptions{Profile: tc.profile, Locale: tc.locale})
		newbie(t, w, "siti@example.com")
		b := newBrowser(t, s, w)
		signIn(b, "siti@example.com")
		form := b.open(registerURL)
		form.press(form.doc.Find(".ap-register button").Text(), map[string]string{tc.captcha: w.CaptchaAnswer()})
		box := w.Mailbox("siti@example.com")
		if len(box) != 1 || len(box[0].Anchors) != 1 || box[0].Anchors[0].Text != tc.want {
			t.Errorf("profile %q, locale %q: letters %+v, want one whose button is %q", tc.profile, tc.locale, box, tc.want)
		}
	}
}

// 003 (Method 1): hovering «Мой Alipay» top right shows an «Счет» tab; a
// newcomer lands on the page that opens an account, its e-mail pre-filled
// and its button «Отправить электронное письмо с подтверждением».
func TestAlipayMenuProfile(t *testing.T) {
	s := newSim(t)
	w := s.NewWorld(sim.WorldOptions{Profile: world.ProfileAlipayMenu, Locale: "ru_RU"})
	newbie(t, w, "siti@example.com")
	walletBuyer(t, w, "ivan@example.com")
	b := newBrowser(t, s, w)
	home := signIn(b, "siti@example.com")
	menu := home.doc.Find("#my-alipay")
	if got := strings.TrimSpace(menu.Find(".dropdown-trigger").Text()); got != "Мой Alipay" {
		t.Errorf("the hover menu top right is %q, want «Мой Alipay»", got)
	}
	tab := menu.Find(".dropdown-menu a")
	if strings.TrimSpace(tab.Text()) != "Счет" {
		t.Fatalf("the menu's tab is %q, want «Счет»\n%s", tab.Text(), home.body)
	}
	form := b.open(home.resolve(tab.AttrOr("href", ""))).want(registerURL)
	if got := form.doc.Find("#reg-email").AttrOr("value", ""); got != "siti@example.com" {
		t.Errorf("e-mail pre-filled with %q", got)
	}
	form.press("Отправить электронное письмо с подтверждением", map[string]string{"Код с картинки": w.CaptchaAnswer()}).
		has("Мы отправили письмо на siti@example.com")

	holder := newBrowser(t, s, w)
	signIn(holder, "ivan@example.com")
	holder.open(registerURL).want(walletHome).has("Мой счёт")
	if p := newBrowser(t, s, s.NewWorld(sim.WorldOptions{})).open(storeHome); p.doc.Find("#my-alipay").Length() != 0 {
		t.Error("the default storefront has the «Счет» menu")
	}
}

// The default site keeps its own words wherever a profile changes them.
func TestDefaultKeepsItsWords(t *testing.T) {
	_, b, account := profileCards(t, "")
	if got := join(account.texts(".ap-menu a")); got != "My Account, History" {
		t.Errorf("menus %q", got)
	}
	account.lacks("Manage your cards").lacks("Editing card")
	b.open(helpURL).link("here")
}

// 000 and 003: after deleting the card on the direct link the buyer signs
// out; the wallet's "Sign out" ends the storefront session as well.
func TestWalletSignOutEndsBothSessions(t *testing.T) {
	s := newSim(t)
	w := s.NewWorld(sim.WorldOptions{})
	walletBuyer(t, w, "ivan@example.com")
	b := newBrowser(t, s, w)
	signIn(b, "ivan@example.com")
	list := b.open(directURL + "?locale=ru_RU").want(directURL)
	home := list.press("Выйти", nil).want(storeHome)
	home.has("Sign in").lacks("Ivan Petrov")
	if p := b.open(directURL); p.at() != loginURL {
		t.Errorf("after signing out, the direct link is at %s, want the sign-in page", p.url)
	}
	if p := b.open(storeHome); strings.Contains(p.body, "Ivan Petrov") {
		t.Error("the storefront still shows the buyer after the wallet's sign-out")
	}
}

// 001 and 003: once the letter is sent the page leads to the mailbox.
func TestLetterSentLeadsToTheMailbox(t *testing.T) {
	w, _, form := startRegistration(t, "")
	sent := form.press("Send confirmation email", map[string]string{"Captcha": w.CaptchaAnswer()})
	inbox := sent.click("Go to your mailbox").want("https://mail.example.com/inbox")
	inbox.has("Confirm your email address")
}

// 000, 001 and 003: "My Alipay" opens the storefront's page with "Go to my
// Alipay" (printed in English in the Russian and Hindi texts, as the site
// showed it); a newcomer goes on to confirm the e-mail address, an account
// holder to the account.
func TestGoToMyAlipayProfile(t *testing.T) {
	s := newSim(t)
	w := s.NewWorld(sim.WorldOptions{Profile: world.ProfileGoToMyAlipay, Locale: "ru_RU"})
	newbie(t, w, "siti@example.com")
	walletBuyer(t, w, "ivan@example.com")
	b := newBrowser(t, s, w)
	page := signIn(b, "siti@example.com").click("Мой Alipay").want("https://www.aliexpress.com/account/alipay.htm")
	page.click("Go to my Alipay").want(registerURL).has("Отправить письмо")

	holder := newBrowser(t, s, w)
	signIn(holder, "ivan@example.com").click("Мой Alipay").click("Go to my Alipay").want(walletHome).has("Мой счёт")

	if p := b.open("https://www.aliexpress.com/account/alipay.htm?locale=en_US"); p.status != 200 || !strings.Contains(p.body, "Go to my Alipay") {
		t.Errorf("the page in English: %d", p.status)
	}
	other := newBrowser(t, s, s.NewWorld(sim.WorldOptions{}))
	if p := other.open("https://www.aliexpress.com/account/alipay.htm"); p.status != 404 {
		t.Errorf("the default storefront has the page (%d); its My Alipay goes straight to the wallet", p.status)
	}
}
