package browser

import (
	"context"
	"strings"
	"testing"
	"time"
)

// checksPage has what a reader checks without acting: a pre-filled field,
// a box ticked by default, buttons enabled and disabled, words inside
// other words.
const checksPage = `
<h1>Bound cards</h1>
<label for="e">Email</label><input id="e" type="email" value="buyer@example.com" readonly>
<label for="n">Name</label><input id="n">
<label for="late">Promo code</label><input id="late">
<p><input type="checkbox" id="bind" checked> <label for="bind">Bind card to Alipay</label></p>
<p><label><input type="checkbox"> Remember me</label></p>
<button disabled>Place order</button> <button>Save &amp; Pay</button>
<fieldset disabled><legend>Old card</legend><button><span>Delete card</span></button></fieldset>
<a href="#" aria-disabled="true">Withdrawal history</a>
<label for="z">Zip</label><input id="z" disabled>
<p>The balance cannot be withdrawn to a card.</p>
<script>setTimeout(() => { document.getElementById('late').value = 'SPRING' }, 300)</script>`

func TestChecksOfWhatThePageShows(t *testing.T) {
	srv := serve(t, map[string]string{"/": checksPage})
	s := newSession(t)
	open(t, s, srv.URL)
	ctx := func() context.Context { return stepCtx(t, 3*time.Second) }
	short := func() context.Context { return stepCtx(t, failSoon) }
	pass := []struct {
		why string
		err func() error
	}{
		{"a read-only field pre-filled", func() error { return s.WaitValue(ctx(), "Email", "buyer@example.com", false) }},
		{"part of a value", func() error { return s.WaitValue(ctx(), "Email", "@example.com", true) }},
		{"an empty field", func() error { return s.WaitValue(ctx(), "Name", "", false) }},
		{"a value a script fills in later", func() error { return s.WaitValue(ctx(), "Promo code", "SPRING", false) }},
		{"a box ticked by default", func() error { return s.WaitChecked(ctx(), "Bind card to Alipay", true) }},
		{"a box in its label, not ticked", func() error { return s.WaitChecked(ctx(), "Remember me", false) }},
		{"a disabled button", func() error { return s.WaitEnabled(ctx(), "Place order", false) }},
		{"an enabled button", func() error { return s.WaitEnabled(ctx(), "Save & Pay", true) }},
		{"a button in a disabled fieldset", func() error { return s.WaitEnabled(ctx(), "Delete card", false) }},
		{"an aria-disabled link", func() error { return s.WaitEnabled(ctx(), "Withdrawal history", false) }},
		{"a disabled field, by its label", func() error { return s.WaitEnabled(ctx(), "Zip", false) }},
		{"a whole word", func() error { return s.WaitWord(ctx(), "balance") }},
		{"a whole word, any case", func() error { return s.WaitWord(ctx(), "BIND") }},
		{"a whole heading", func() error { return s.WaitExactText(ctx(), "Bound cards") }},
	}
	for _, c := range pass {
		if err := c.err(); err != nil {
			t.Errorf("%s: %v", c.why, err)
		}
	}
	fail := []struct {
		why  string
		err  func() error
		want []string
	}{
		{"a value not in the field", func() error { return s.WaitValue(short(), "Email", "other@example.com", false) },
			[]string{`the field "Email" holds "buyer@example.com" on ` + srv.URL + `/, want it to be "other@example.com": timed out after`}},
		{"a field that is not there", func() error { return s.WaitValue(short(), "Phone", "", false) },
			[]string{`checking the field "Phone": no visible text field labelled "Phone" on `}},
		{"a box not ticked", func() error { return s.WaitChecked(short(), "Remember me", true) },
			[]string{`"Remember me" is not ticked on ` + srv.URL + `/, want it ticked`}},
		{"an enabled button said to be disabled", func() error { return s.WaitEnabled(short(), "Save & Pay", false) },
			[]string{`"Save & Pay" (<button>) is enabled on ` + srv.URL + `/, want it disabled`}},
		{"Withdraw is only inside other words", func() error { return s.WaitWord(short(), "Withdraw") },
			[]string{`the word "Withdraw" is not visible on ` + srv.URL + `/ (the page has it only inside "Withdrawal history", "The balance cannot be withdrawn to a card.")`}},
		{"words that are part of a sentence", func() error { return s.WaitExactText(short(), "cannot be withdrawn") },
			[]string{`the text "cannot be withdrawn", exactly, is not visible on ` + srv.URL + `/ (the page has it only inside "The balance cannot be withdrawn to a card.")`}},
	}
	for _, c := range fail {
		mustContain(t, c.err(), c.want...)
	}
	if err := s.WaitText(ctx(), "Withdraw"); err != nil {
		t.Errorf("the plain check sees a text inside other words: %v", err)
	}
}

// A check of a card's number, its security code or a password that fails
// names the field's value masked: no secret reaches a report.
func TestFailedValueCheckMasksSecrets(t *testing.T) {
	srv := serve(t, map[string]string{"/": `
<label for="num">Card number</label><input id="num" autocomplete="cc-number" value="4111 1111 1111 1111">
<label for="cvv">CVV/CVC</label><input id="cvv" value="654">
<label for="pw">Payment password</label><input id="pw" type="password" value="hunter22">
<label for="name">Cardholder</label><input id="name" value="IVAN PETROV">`})
	s := newSession(t)
	open(t, s, srv.URL)
	short := func() context.Context { return stepCtx(t, failSoon) }
	for _, c := range []struct {
		label, want string
		says        []string
		never       []string
	}{
		{"Card number", "4000 0000 0000 0002", []string{`holds a card number ending in 1111`, `want it to be a card number ending in 0002`}, []string{"4111", "4000"}},
		{"Card number", "4111111111111111", []string{`holds a card number ending in 1111 (19 characters, 3 spaces)`, `want it to be a card number ending in 1111 (16 characters, no spaces)`}, []string{"4111 ", "41111"}},
		{"CVV/CVC", "123", []string{`holds 3 hidden characters`}, []string{"654", "123"}},
		{"Payment password", "secret", []string{`holds 8 hidden characters`}, []string{"hunter22", "secret"}},
		{"Cardholder", "IVAN", []string{`holds "IVAN PETROV"`}, nil},
	} {
		err := s.WaitValue(short(), c.label, c.want, false)
		mustContain(t, err, c.says...)
		for _, n := range c.never {
			if err != nil && strings.Contains(err.Error(), n) {
				t.Errorf("the failure of %q quotes %q: %v", c.label, n, err)
			}
		}
	}
}

// A list of languages is chosen from by the language's name in English, in
// the page's language or its own, or in one of the articles' languages
// (Kirusi, रूसी, Rusia), as well as by the option's text.
func TestSelectALanguageByItsName(t *testing.T) {
	srv := serve(t, map[string]string{"/": `<!doctype html><html lang="en"><body>
<label for="l">Language</label>
<select id="l" name="language"><option value="en_US">English</option><option value="ru_RU">Русский</option><option value="id_ID">Bahasa Indonesia</option></select>
<label for="c">Country</label>
<select id="c"><option lang="sw" value="ke">Kiswahili</option><option lang="hi" value="in">हिन्दी</option></select>
<label for="t">Card type</label>
<select id="t"><option value="vi">Visa</option><option value="mc">MasterCard</option></select>
</body></html>`})
	s := newSession(t)
	open(t, s, srv.URL)
	for _, c := range []struct{ option, label, want string }{
		{"Russian", "Language", "ru_RU"},
		{"russian", "Language", "ru_RU"},
		{"Indonesian", "Language", "id_ID"},
		{"Русский", "Language", "ru_RU"},
		{"English", "Language", "en_US"},
		{"Swahili", "Country", "ke"},
		{"Hindi", "Country", "in"},
		{"Kirusi", "Language", "ru_RU"},
		{"रूसी", "Language", "ru_RU"},
		{"Rusia", "Language", "ru_RU"},
		{"Kiingereza", "Language", "en_US"},
	} {
		if err := s.Select(stepCtx(t, 3*time.Second), c.option, c.label); err != nil {
			t.Errorf("Select(%q, %q): %v", c.option, c.label, err)
			continue
		}
		if got := jsValue(t, s, `[...document.querySelectorAll('select')].find(x => x.labels[0].textContent === '`+c.label+`').value`); got != c.want {
			t.Errorf("after choosing %q in %q the value is %q, want %q", c.option, c.label, got, c.want)
		}
	}
	err := s.Select(stepCtx(t, 3*time.Second), "Vietnamese", "Card type")
	mustContain(t, err, `no option "Vietnamese" in "Card type"`, `(options: "Visa", "MasterCard")`)
	err = s.Select(stepCtx(t, 3*time.Second), "German", "Language")
	mustContain(t, err, `(options: "English", "Русский (Russian)", "Bahasa Indonesia (Indonesian)")`)
}

// A check that times out on a page too busy to answer its last question
// says what it last read of the element (enabled, when it should be
// disabled), not that the element is missing: the deadline that cut the
// last question off is no answer.
func TestACheckCutByItsDeadlineSaysWhatItLastRead(t *testing.T) {
	const busy = `<button>Save &amp; Pay</button>
<script>setInterval(() => { const t = Date.now(); while (Date.now() - t < 120) {} }, 125)</script>`
	srv := serve(t, map[string]string{"/": busy})
	s := newSession(t)
	open(t, s, srv.URL)
	for i := range 8 {
		err := s.WaitEnabled(stepCtx(t, time.Duration(300+i*70)*time.Millisecond), "Save & Pay", false)
		mustContain(t, err, `"Save & Pay" (<button>) is enabled on `+srv.URL+`/, want it disabled`)
	}
}

// A text a page shows only as an icon's name (its aria-label) is not seen,
// and the failure says which element has it as its name, which a click
// finds; a text the page words otherwise names the closest text it shows.
func TestTextOnlyAnIconsNameSaysSo(t *testing.T) {
	srv := serve(t, map[string]string{"/": `<!doctype html><html lang="en"><body>
<p>My Account</p>
<div><p>The card has been added. We charged US $0.01 to check it.</p></div>
<a href="/profile" aria-label="My profile"><svg width="16" height="16"><circle cx="8" cy="8" r="6"/></svg></a>
</body></html>`, "/profile": `<!doctype html><html lang="en"><body><p>Profile</p></body></html>`})
	s := newSession(t)
	open(t, s, srv.URL)
	err := s.WaitText(stepCtx(t, failSoon), "My profile")
	mustContain(t, err, `the text "My profile" is not visible`, `it is the name of a link <a>, not a text shown on it`)
	err = s.WaitText(stepCtx(t, failSoon), "My settings")
	if err == nil || strings.Contains(err.Error(), "it is the name of") {
		t.Errorf("a text nowhere on the page: %v, want a failure without a name's hint", err)
	}
	err = s.WaitText(stepCtx(t, failSoon), "The card has been saved")
	mustContain(t, err, `(the closest text on the page: "The card has been added. We charged US $0.01 to check it.")`)
	// A number written with a decimal comma is the page's with a point.
	err = s.WaitText(stepCtx(t, failSoon), "$0,01")
	mustContain(t, err, `(the closest text on the page: "The card has been added. We charged US $0.01 to check it.")`)
	if err := s.Click(stepCtx(t, 5*time.Second), "My profile"); err != nil {
		t.Errorf("the icon is not clicked by its name: %v", err)
	}
}

// A text the page does not show, nothing it shows being close (another
// wording, another language), fails quoting what the page says of itself:
// its status message and its heading, where a writer sees what to write.
func TestTextNotShownQuotesWhatThePageSays(t *testing.T) {
	srv := serve(t, map[string]string{"/": `<!doctype html><html lang="en"><body>
<h1>Bound cards</h1><p role="status">The card has been removed</p><p>Other text here.</p>
<p role="alert" hidden>Hidden alert</p></body></html>`})
	s := newSession(t)
	open(t, s, srv.URL)
	err := s.WaitText(stepCtx(t, failSoon), "Your card was unbound successfully")
	mustContain(t, err, `the text "Your card was unbound successfully" is not visible`,
		`(no text on the page is close to it; the page says "Bound cards", "The card has been removed")`)
	if strings.Contains(err.Error(), "Hidden alert") {
		t.Errorf("the failure quotes a hidden alert: %v", err)
	}
}
