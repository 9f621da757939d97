package sim_test

import (
	"net/http"
	"net/url"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/unbind/unbind/sim"
)

func TestDropDownOrderAndLabels(t *testing.T) {
	cases := []struct {
		name, url string
		trigger   string
		items     []string
		lang      string
	}{
		{"English is the default", storeHome, "My AliExpress",
			[]string{"My Orders", "Wish List", "Account Settings", "My Alipay"}, "en-US"},
		{"Russian labels as article 003 quotes them", storeHome + "?locale=ru_RU", "Мой AliExpress",
			[]string{"Мои заказы", "Мои желания", "Настройки профиля", "Мой Alipay"}, "ru-RU"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			p := newBrowser(t, newSim(t), nil).open(tc.url)
			if got := p.doc.Find("html").AttrOr("lang", ""); got != tc.lang {
				t.Errorf("html lang = %q, want %q", got, tc.lang)
			}
			dd := p.doc.Find(".dropdown")
			if got := strings.TrimSpace(dd.Find(".dropdown-trigger").Text()); got != tc.trigger {
				t.Errorf("trigger = %q, want %q", got, tc.trigger)
			}
			items := p.texts(".dropdown .dropdown-menu > li > a")
			if !slices.Equal(items, tc.items) {
				t.Errorf("items = %q, want %q (My Alipay last)", items, tc.items)
			}
			if href := dd.Find(".dropdown-menu li:last-child a").AttrOr("href", ""); href != walletHome {
				t.Errorf("My Alipay href = %q, want %q", href, walletHome)
			}
		})
	}
}

func TestDropDownHiddenUntilHover(t *testing.T) {
	b := newBrowser(t, newSim(t), nil)
	css := b.open("https://www.aliexpress.com/assets/site.css").body
	rules := []struct{ why, pattern string }{
		{"the menu is hidden by default", `\.dropdown-menu\{display:none`},
		{"hovering the drop-down shows it", `\.dropdown:hover \.dropdown-menu[^{]*\{display:block`},
		{"the caret adds nothing to the trigger's accessible name", `\.dropdown-trigger::after\{content:""`},
	}
	for _, r := range rules {
		if !regexp.MustCompile(r.pattern).MatchString(css) {
			t.Errorf("%s: no rule matching %s in site.css", r.why, r.pattern)
		}
	}
	js := b.open("https://www.aliexpress.com/assets/site.js").body
	if !strings.Contains(js, `"mouseenter"`) {
		t.Error("site.js does not open the drop-down on mouseenter")
	}
	p := b.open(storeHome)
	if p.doc.Find(".dropdown-menu").AttrOr("style", "") != "" {
		t.Error("the menu has an inline style that could override the stylesheet")
	}
}

func TestSignIn(t *testing.T) {
	cases := []struct {
		name, returnURL, landing string
	}{
		{"back to the documented page asked for", helpURL, helpURL},
		{"back to a wallet page", "https://intl.alipay.com/history.htm", "https://intl.alipay.com/history.htm"},
		{"a foreign host is refused: home instead", "https://evil.example.net/steal", storeHome},
		{"a scheme-relative trick is refused", "//evil.example.net/", storeHome},
		{"user info in the URL is refused", "https://www.aliexpress.com@evil.example.net/", storeHome},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			s := newSim(t)
			w := s.NewWorld(sim.WorldOptions{})
			walletBuyer(t, w, "ivan@example.com")
			b := newBrowser(t, s, w)
			b.open(loginURL+"?return_url="+url.QueryEscape(tc.returnURL)).
				press("Sign in", map[string]string{"Email": "ivan@example.com", "Password": password}).
				want(tc.landing)
		})
	}
}

func TestSignInWrongPasswordChangesNothing(t *testing.T) {
	s := newSim(t)
	w := s.NewWorld(sim.WorldOptions{})
	walletBuyer(t, w, "ivan@example.com")
	b := newBrowser(t, s, w)
	login := b.open(storeHome).click("Sign in")
	before := b.cookie(storeHome, "ae_session")
	p := login.press("Sign in", map[string]string{"Email": "ivan@example.com", "Password": "wrong"})
	p.want(loginURL).has("Incorrect email or password")
	if got := b.cookie(storeHome, "ae_session"); got != before {
		t.Error("a failed sign-in changed the session cookie")
	}
	b.open(storeHome).has("Sign in").lacks("Sign out")

	ru := b.open(loginURL+"?locale=ru_RU").press("Войти", map[string]string{"Электронная почта": "ivan@example.com", "Пароль": "wrong"})
	ru.has("Неверный адрес электронной почты или пароль")
}

func TestSignInShowsNameAndSignOutEndsBothSessions(t *testing.T) {
	s := newSim(t)
	w := s.NewWorld(sim.WorldOptions{})
	walletBuyer(t, w, "ivan@example.com")
	b := newBrowser(t, s, w)
	anon := b.open(loginURL).csrf()
	home := signIn(b, "ivan@example.com").has("Ivan Petrov").has("Sign out").lacks("Sign in")
	if home.csrf() == anon {
		t.Error("the CSRF token did not change with the session at sign-in")
	}
	b.open(cardsURL).want(cardsURL)

	home.press("Sign out", nil).want(storeHome).has("Sign in")
	p := b.open(cardsURL)
	if p.at() != loginURL {
		t.Errorf("after sign-out the card list is at %s, want the sign-in form", p.url)
	}
}

func TestCheckout(t *testing.T) {
	s := newSim(t)
	w := s.NewWorld(sim.WorldOptions{})
	walletBuyer(t, w, "ivan@example.com")
	b := newBrowser(t, s, w)

	p := b.open(checkout)
	if p.at() != loginURL {
		t.Fatalf("checkout without login is at %s, want the sign-in form", p.url)
	}
	p = p.press("Sign in", map[string]string{"Email": "ivan@example.com", "Password": password}).want(checkout)
	if got := strings.TrimSpace(p.doc.Find("fieldset legend").Text()); got != "Payment method" {
		t.Errorf("legend = %q, want Payment method", got)
	}
	want := []string{"Visa •••• 4242 Default", "MasterCard •••• 5454"}
	if got := p.texts("fieldset label"); !slices.Equal(got, want) {
		t.Errorf("payment options = %q, want %q", got, want)
	}
	done := p.press("Place order", nil)
	done.has("Thank you! Your order has been placed.").has("Paid with Visa •••• 4242")

	ru := b.open(checkout + "?locale=ru_RU")
	if got := strings.TrimSpace(ru.doc.Find("fieldset legend").Text()); got != "Способ оплаты" {
		t.Errorf("Russian legend = %q, want Способ оплаты", got)
	}
}

func TestStorefrontPages(t *testing.T) {
	s := newSim(t)
	w := s.NewWorld(sim.WorldOptions{})
	walletBuyer(t, w, "ivan@example.com")
	b := newBrowser(t, s, w)
	signIn(b, "ivan@example.com")
	cases := []struct{ why, url, heading string }{
		{"the My AliExpress trigger leads somewhere when clicked", "https://www.aliexpress.com/account/index.htm", "My AliExpress"},
		{"drop-down item 1", "https://www.aliexpress.com/orders.htm", "My Orders"},
		{"drop-down item 2", "https://www.aliexpress.com/wishlist.htm", "Wish List"},
		{"drop-down item 3", "https://www.aliexpress.com/account/settings.htm", "Account Settings"},
		{"a product tile", "https://www.aliexpress.com/item/1005002.html", "Smart Watch"},
		{"search", "https://www.aliexpress.com/wholesale?SearchText=lamp", `Results for "lamp"`},
		{"the mobile site speaks the language of its path", "http://m.aliexpress.com/ru/index.htm", "AliExpress для телефона"},
		{"the mobile site without a language", "http://m.aliexpress.com/index.htm", "AliExpress mobile"},
		{"the help center home", "https://helppage.aliexpress.com/", "Help Center"},
	}
	for _, tc := range cases {
		p := b.open(tc.url)
		if got := strings.TrimSpace(p.doc.Find("h1").First().Text()); p.status != http.StatusOK || got != tc.heading {
			t.Errorf("%s: %s = %d %q, want 200 %q", tc.why, tc.url, p.status, got, tc.heading)
		}
	}
	if p := b.open("https://www.aliexpress.com/no-such-page"); p.status != http.StatusNotFound {
		t.Errorf("unknown page: status %d, want 404", p.status)
	}
}
