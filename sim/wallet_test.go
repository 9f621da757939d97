package sim_test

import (
	"net/http"
	"net/url"
	"slices"
	"strings"
	"testing"

	"github.com/PuerkitoBio/goquery"

	"github.com/unbind/unbind/sim"
	"github.com/unbind/unbind/sim/world"
)

func TestAccountPage(t *testing.T) {
	cases := []struct {
		locale      string
		menu, icons []string
		block       string
	}{
		{"en_US", []string{"My Account", "History"}, []string{"Edit cards", "My profile", "SMS notifications"}, "Card Information"},
		{"ru_RU", []string{"Мой счёт", "История"}, []string{"Редактировать карты", "Мой профиль", "SMS-уведомления"}, "Информация о карте"},
	}
	for _, tc := range cases {
		t.Run(tc.locale, func(t *testing.T) {
			s := newSim(t)
			w := s.NewWorld(sim.WorldOptions{Locale: tc.locale})
			walletBuyer(t, w, "ivan@example.com")
			b := newBrowser(t, s, w)
			signIn(b, "ivan@example.com")
			p := b.open(walletHome).want(walletHome)
			if got := p.texts(".ap-menu a"); !slices.Equal(got, tc.menu) {
				t.Errorf("top menu = %q, want %q", got, tc.menu)
			}
			if got := p.doc.Find("h1").Text(); got != "Ivan Petrov" {
				t.Errorf("user name = %q", got)
			}
			var names, tips []string
			p.doc.Find(".ap-icons a").Each(func(_ int, a *goquery.Selection) {
				names = append(names, a.AttrOr("aria-label", ""))
				tips = append(tips, strings.TrimSpace(a.Find(`[role="tooltip"]`).Text()))
			})
			if !slices.Equal(names, tc.icons) || !slices.Equal(tips, tc.icons) {
				t.Errorf("icon names %q and tooltips %q, want %q", names, tips, tc.icons)
			}
			block := p.doc.Find("section.ap-block")
			if got := strings.TrimSpace(block.Find("h2").Text()); got != tc.block {
				t.Errorf("block heading = %q, want %q", got, tc.block)
			}
			p.click(tc.block).want(directURL)
			p.click(tc.icons[0]).want(cardsURL)
			p.click(tc.icons[1]).want("https://intl.alipay.com/account/profile.htm")
			p.click(tc.icons[2]).want("https://intl.alipay.com/account/sms.htm")
			p.click(tc.menu[1]).want("https://intl.alipay.com/history.htm")
		})
	}
}

func TestTooltipShownOnHover(t *testing.T) {
	css := newBrowser(t, newSim(t), nil).open("https://intl.alipay.com/assets/site.css").body
	for _, rule := range []string{".ap-icon .tooltip{display:none", ".ap-icon:hover .tooltip"} {
		if !strings.Contains(css, rule) {
			t.Errorf("site.css lacks %q", rule)
		}
	}
}

// P1: My AliExpress → My Alipay → Edit cards → Remove card → Delete.
func TestUnbindThroughMyAlipay(t *testing.T) {
	s := newSim(t)
	w := s.NewWorld(sim.WorldOptions{})
	walletBuyer(t, w, "ivan@example.com")
	b := newBrowser(t, s, w)
	home := signIn(b, "ivan@example.com")
	account := home.click("My Alipay").want(walletHome)
	list := account.click("Edit cards").want(cardsURL)
	if got := strings.TrimSpace(list.doc.Find("h1").Text()); got != "Bound cards" {
		t.Errorf("heading = %q", got)
	}
	rows := list.doc.Find(".card-row")
	if got := list.texts(".card-row .card-masked"); !slices.Equal(got, []string{"Visa •••• 4242", "MasterCard •••• 5454"}) {
		t.Fatalf("rows = %q", got)
	}
	rows.Each(func(_ int, row *goquery.Selection) {
		btn := row.Find("button")
		id := row.AttrOr("data-card", "")
		if strings.TrimSpace(btn.Text()) != "Remove card" || btn.AttrOr("data-card", "") != id || id == "" {
			t.Errorf("row %q: button %q data-card %q", row.Text(), btn.Text(), btn.AttrOr("data-card", ""))
		}
		if desc := btn.AttrOr("aria-describedby", ""); strings.TrimSpace(list.doc.Find("#"+desc).Text()) != row.Find(".card-masked").Text() {
			t.Errorf("button of %q is not described by its card", row.Find(".card-masked").Text())
		}
		if !strings.Contains(row.Text(), "Expires") {
			t.Errorf("row %q shows no expiry", row.Text())
		}
	})
	dialog := list.doc.Find(`dialog[role="dialog"]`)
	if dialog.Length() != 1 || dialog.Find("h2").Text() != "Remove this card?" {
		t.Fatalf("no pop-up \"Remove this card?\" on the list")
	}
	for _, name := range []string{"Delete", "Cancel"} {
		if list.find("dialog button", name).Length() != 1 {
			t.Errorf("pop-up lacks button %q", name)
		}
	}
	if dialog.Find(`input[name="csrf"]`).AttrOr("value", "") == "" {
		t.Error("pop-up form has no CSRF token")
	}

	// Without script the button leads to the same question as a page.
	confirm := list.press("Remove card", nil)
	confirm.has("Remove this card?").has("Visa •••• 4242")
	after := confirm.press("Delete", nil).want(cardsURL)
	after.has("The card has been removed").lacks("Visa •••• 4242").has("MasterCard •••• 5454")
	if got := masked(t, w, "ivan@example.com"); join(got) != "MasterCard •••• 5454" {
		t.Errorf("world keeps %q", got)
	}
	b.open(cardsURL).lacks("The card has been removed") // the notice shows once
	b.open(checkout).lacks("Visa •••• 4242").has("MasterCard •••• 5454")

	// Step 7: repeat for the other card.
	last := b.open(cardsURL).press("Remove card", nil).press("Delete", nil)
	last.has("You have no bound cards")
	b.open(checkout).has("No saved cards")
}

func TestRemoveWithThePopUpForm(t *testing.T) {
	s := newSim(t)
	w := s.NewWorld(sim.WorldOptions{Locale: "ru_RU"})
	walletBuyer(t, w, "ivan@example.com")
	b := newBrowser(t, s, w)
	signIn(b, "ivan@example.com")
	list := b.open(cardsURL)
	second := list.doc.Find(".card-row").Eq(1).AttrOr("data-card", "")
	// What the script does: put the row's card into the pop-up and submit it.
	form := list.doc.Find("dialog form")
	form.Find(`input[name="card"]`).SetAttr("value", second)
	after := list.submit(form, nil).want(cardsURL)
	after.has("Карта удалена").has("Visa •••• 4242").lacks("MasterCard •••• 5454")
	for _, label := range []string{"Удалить эту карту?", "Удалить", "Отмена", "Привязанные карты", "Удалить карту"} {
		list.has(label)
	}
}

// P2: the direct link, both documented paths, both locales.
func TestDirectLink(t *testing.T) {
	cases := []struct {
		why, url                                string
		heading, button, confirm, notice, empty string
	}{
		{"article 000, Russian", directURL + "?locale=ru_RU", "Информация о карте", "Удалить карту",
			"Удалить эту карту? Это действие нельзя отменить.", "Карта удалена", "У вас нет привязанных карт"},
		{"article 000, English", directURL + "?locale=en_US", "Card Information", "Delete card",
			"Delete this card? This cannot be undone.", "The card has been removed", "You have no bound cards"},
		{"article 003, Russian", ihomeURL + "?locale=ru_RU", "Информация о карте", "Удалить карту",
			"Удалить эту карту? Это действие нельзя отменить.", "Карта удалена", "У вас нет привязанных карт"},
		{"article 003, no locale", ihomeURL, "Card Information", "Delete card",
			"Delete this card? This cannot be undone.", "The card has been removed", "You have no bound cards"},
	}
	for _, tc := range cases {
		t.Run(tc.why, func(t *testing.T) {
			s := newSim(t)
			w := s.NewWorld(sim.WorldOptions{})
			newbie(t, w, "siti@example.com") // no wallet: the direct link needs only the storefront login
			b := newBrowser(t, s, w)
			signIn(b, "siti@example.com")
			p := b.open(tc.url)
			if p.url.String() != tc.url || p.status != http.StatusOK {
				t.Fatalf("at %s (%d), want %s", p.url, p.status, tc.url)
			}
			if got := strings.TrimSpace(p.doc.Find("h1").Text()); got != tc.heading {
				t.Errorf("heading = %q, want %q", got, tc.heading)
			}
			form := p.doc.Find("form.js-confirm")
			if form.AttrOr("data-confirm", "") != tc.confirm || form.AttrOr("method", "") != "post" {
				t.Errorf("delete form confirm %q method %q", form.AttrOr("data-confirm", ""), form.AttrOr("method", ""))
			}
			if p.find("button", tc.button).Length() != 1 {
				t.Fatalf("no button %q", tc.button)
			}
			p.has("Visa •••• 1111")
			after := p.press(tc.button, nil)
			if after.url.String() != tc.url {
				t.Errorf("after deleting at %s, want the list reloaded at %s", after.url, tc.url)
			}
			after.has(tc.notice).has(tc.empty).lacks("1111")
			if got := masked(t, w, "siti@example.com"); len(got) != 0 {
				t.Errorf("world still keeps %q", got)
			}
		})
	}
}

func TestCardInformationBlockWithoutWallet(t *testing.T) {
	s := newSim(t)
	w := s.NewWorld(sim.WorldOptions{})
	newbie(t, w, "siti@example.com")
	b := newBrowser(t, s, w)
	signIn(b, "siti@example.com")
	p := b.open(walletHome).want(walletHome)
	box := p.doc.Find(".yellow-box")
	if strings.TrimSpace(box.Find("a").Text()) != "Open Alipay Wallet Now" {
		t.Errorf("no \"Open Alipay Wallet Now\" link in a yellow box: %q", box.Text())
	}
	if p.doc.Find(".ap-menu").Length() != 0 || p.doc.Find(".ap-icons").Length() != 0 {
		t.Error("a buyer without a wallet sees the account menu or icons")
	}
	p.click("Card Information").want(directURL).has("Visa •••• 1111")
	ru := b.open(walletHome + "?locale=ru_RU")
	ru.has("Открыть кошелёк Alipay сейчас").has("Информация о карте")
}

// P3: the help center's orange "here" button.
func TestHelpCenterButton(t *testing.T) {
	cases := []struct{ locale, question, prefix, here, title string }{
		{"en_US", "How do I unbind my bank card?", "To check your card information, click", "here", "check card"},
		{"ru_RU", "Как отвязать банковскую карту?", "Чтобы проверить информацию о карте, нажмите", "здесь", "проверить карту"},
	}
	for _, tc := range cases {
		t.Run(tc.locale, func(t *testing.T) {
			s := newSim(t)
			w := s.NewWorld(sim.WorldOptions{Locale: tc.locale})
			walletBuyer(t, w, "ivan@example.com")
			b := newBrowser(t, s, w)
			signIn(b, "ivan@example.com")
			p := b.open(helpURL).want(helpURL)
			p.has(tc.question).has(tc.prefix + " " + tc.here)
			btn := p.link(tc.here)
			if !btn.HasClass("btn-orange") || btn.AttrOr("title", "") != tc.title {
				t.Errorf("button class %q title %q", btn.AttrOr("class", ""), btn.AttrOr("title", ""))
			}
			list := p.click(tc.here).want(cardsURL)
			list.press(map[string]string{"en_US": "Remove card", "ru_RU": "Удалить карту"}[tc.locale], nil).
				press(map[string]string{"en_US": "Delete", "ru_RU": "Удалить"}[tc.locale], nil).want(cardsURL)
			if got := masked(t, w, "ivan@example.com"); join(got) != "MasterCard •••• 5454" {
				t.Errorf("world keeps %q", got)
			}
		})
	}
}

func TestAnotherBuyersCardIsRefused(t *testing.T) {
	s := newSim(t)
	w := s.NewWorld(sim.WorldOptions{})
	walletBuyer(t, w, "ivan@example.com")
	newbie(t, w, "siti@example.com")
	victim, err := w.Cards("ivan@example.com")
	if err != nil {
		t.Fatal(err)
	}
	b := newBrowser(t, s, w)
	signIn(b, "siti@example.com")
	list := b.open(cardsURL).lacks("4242").lacks("5454")
	token := list.csrf()
	attempts := []struct{ why, method, url string }{
		{"remove through the card list", http.MethodPost, cardsURL},
		{"remove through the direct link", http.MethodPost, directURL},
		{"remove through the other direct link", http.MethodPost, ihomeURL + "?locale=ru_RU"},
		{"look at it on the confirm page", http.MethodGet, "https://intl.alipay.com/account/cards/remove.htm?card=" + victim[0].ID},
		{"pay with it at checkout", http.MethodPost, checkout},
	}
	for _, a := range attempts {
		var p *page
		if a.method == http.MethodPost {
			storeToken := b.open(checkout).csrf()
			tok := token
			if strings.HasPrefix(a.url, checkout) {
				tok = storeToken
			}
			p = b.post(a.url, url.Values{"csrf": {tok}, "card": {victim[0].ID}})
		} else {
			p = b.open(a.url)
		}
		if p.status != http.StatusNotFound && p.status != http.StatusForbidden && p.status != http.StatusBadRequest {
			t.Errorf("%s: status %d, want refused", a.why, p.status)
		}
		p.lacks("4242")
	}
	if got := masked(t, w, "ivan@example.com"); len(got) != 2 {
		t.Errorf("the other buyer's cards changed: %q", got)
	}
}

// The direct link's list marks an expired card as the wallet's own list
// does (003 lines 97-99: the old, expired card is on it too).
func TestDirectLinkMarksAnExpiredCard(t *testing.T) {
	for _, tc := range []struct{ url, word string }{{ihomeURL + "?locale=ru_RU", "Срок действия истёк"}, {directURL, "Expired"}} {
		s := newSim(t)
		w := s.NewWorld(sim.WorldOptions{})
		if _, err := w.AddBuyer(world.BuyerSpec{Email: "old@example.com", Password: "secret123", Name: "Old Card",
			Cards: []world.CardSpec{{Brand: "Visa", Last4: "4242", Expiry: "01/19"}, {Brand: "MasterCard", Last4: "5454"}}}); err != nil {
			t.Fatal(err)
		}
		b := newBrowser(t, s, w)
		signIn(b, "old@example.com")
		p := b.open(tc.url)
		rows := p.doc.Find("tr.bind-row")
		if rows.Length() != 2 {
			t.Fatalf("%s: %d rows, want 2", tc.url, rows.Length())
		}
		if got := strings.TrimSpace(rows.Eq(0).Find(".card-state.expired").Text()); got != tc.word {
			t.Errorf("%s: the expired card is marked %q, want %q", tc.url, got, tc.word)
		}
		if rows.Eq(1).Find(".card-state.expired").Length() != 0 {
			t.Errorf("%s: the card that has not expired is marked expired", tc.url)
		}
	}
}
