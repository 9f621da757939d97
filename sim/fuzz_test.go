package sim_test

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"net/url"
	"reflect"
	"strings"
	"sync"
	"testing"

	"github.com/PuerkitoBio/goquery"

	"github.com/unbind/unbind/sim"
	"github.com/unbind/unbind/sim/world"
)

// The fuzz targets post every state-changing form of the sites as a
// signed-in buyer, with the right CSRF token and fuzzed values, and check
// what must hold for any input: no 5xx and no panic, no card of another
// buyer touched, and no card number or CVV in a response body, header or
// the sim's log.

// fuzzFields is how many of a form's fields take fuzzed values; the others
// keep the form's good values.
const fuzzFields = 6

// Buyers of a fuzzed world: the one signed in, and another whose cards
// must never change.
const (
	fuzzActor    = "ivan@example.com"
	fuzzNewcomer = "siti@example.com"
	fuzzOther    = "other@example.com"
)

// actorKind is how far the signed-in buyer got with the wallet.
type actorKind int

const (
	actorWallet    actorKind = iota // a registered wallet, two cards and one saved in the app
	actorNewcomer                   // no wallet yet
	actorPending                    // a confirmation letter sent, not followed
	actorConfirmed                  // the address confirmed (step 2 next)
	actorSecured                    // step 2 done (step 3 next)
)

// fuzzForm is one state-changing form: the page it is on (whose token is
// posted), where it posts, the fields the fuzzer fills in order, and a good
// submission.
type fuzzForm struct {
	name    string
	page    string
	action  string
	fields  []string
	good    url.Values // values of a good submission; may hold placeholders
	actor   actorKind
	profile string
}

// fuzzPlaceholders are what a fuzzed value may hold, replaced by the
// world's values before posting (ids are random, so a fuzzer cannot guess
// them).
func fuzzPlaceholders() []string {
	return []string{"@mine0", "@mine1", "@mine2", "@other0", "@other1", "@other2", "@order", "@otherorder", "@token", "@captcha", "@balance"}
}

func cardForms() []fuzzForm {
	card := []string{"card"}
	good := url.Values{"card": {"@mine0"}}
	return []fuzzForm{
		{name: "remove a card from the list", page: cardsURL, action: cardsURL, fields: card, good: good},
		{name: "delete a card through the direct link", page: directURL, action: directURL, fields: card, good: good},
		{name: "delete a card through the ihome link", page: ihomeURL, action: ihomeURL, fields: card, good: good},
		{name: "delete a card in Card management", page: settingsCardsURL, action: settingsCardsURL, fields: card, good: good},
		{name: "delete a card in the app", page: appCardsURL, action: appCardsURL, fields: card, good: url.Values{"card": {"@mine2"}}},
		{name: "add a card in the wallet", page: addCardURL, action: addCardURL, fields: []string{"number", "cvv", "expiry", "holder"},
			good: url.Values{"number": {visa1111}, "cvv": {"123"}, "expiry": {"12/29"}, "holder": {"IVAN PETROV"}}},
	}
}

func paymentForms() []fuzzForm {
	return []fuzzForm{
		{name: "pay with a saved card", page: checkout, action: checkout, fields: []string{"card", "pay"}, good: url.Values{"card": {"@mine0"}}},
		{name: "pay with a new card", page: checkout, action: checkout, fields: []string{"pay", "number", "cvv", "expiry", "holder", "bind"},
			good: url.Values{"pay": {"new"}, "number": {visa1111}, "cvv": {"123"}, "expiry": {"12/29"}, "holder": {"IVAN PETROV"}, "bind": {"yes"}}},
		{name: "pay from the balance", page: checkout + "?item=1005001", action: checkout + "?item=1005001", fields: []string{"card"}, good: url.Values{"card": {"@balance"}}},
		{name: "open a dispute", page: ordersURL, action: disputeURL, fields: []string{"order", "reason"}, good: url.Values{"order": {"@order"}, "reason": {"not_received"}}},
		{name: "withdraw the balance", page: withdrawURL, action: withdrawURL, fields: []string{"card"}, good: url.Values{"card": {"@mine0"}},
			profile: world.ProfileWithdrawableBalance},
	}
}

func accountForms() []fuzzForm {
	cred := []string{"email", "password", "return_url"}
	security := url.Values{"password": {"271828"}, "confirm": {"271828"},
		"question1": {"question.pet"}, "answer1": {"Rex"}, "question2": {"question.city"}, "answer2": {"Kazan"},
		"question3": {"question.school"}, "answer3": {"No 5"}}
	identity := url.Values{"last_name": {"Rahma"}, "first_name": {"Siti"}, "birth_date": {"1990-04-01"}, "citizenship": {"ID"},
		"document": {"passport"}, "document_number": {"X1234567"}, "address": {"Jl. Merdeka 1, Jakarta"}, "phone": {"+62 812 0000 0002"}}
	return []fuzzForm{
		{name: "sign in to the storefront", page: storeHome, action: loginURL, fields: cred,
			good: url.Values{"email": {fuzzActor}, "password": {password}, "return_url": {cardsURL}}},
		{name: "sign in to the wallet", page: walletLoginURL, action: walletLoginURL, fields: cred,
			good: url.Values{"email": {fuzzActor}, "password": {password}, "return_url": {cardsURL}}},
		{name: "ask for a password link", page: forgotURL, action: forgotURL, fields: []string{"email", "captcha"},
			good: url.Values{"email": {fuzzActor}, "captcha": {"@captcha"}}},
		{name: "set a new wallet password", page: resetURL + "?token=@token", action: resetURL, fields: []string{"token", "password", "confirm"},
			good: url.Values{"token": {"@token"}, "password": {"n3w-Secret"}, "confirm": {"n3w-Secret"}}},
		{name: "register a wallet", page: registerURL, action: registerURL, fields: []string{"email", "captcha"},
			good: url.Values{"email": {fuzzNewcomer}, "captcha": {"@captcha"}}, actor: actorNewcomer},
		{name: "send the letter again", page: registerURL, action: resendURL, good: url.Values{}, actor: actorPending},
		{name: "set up security", page: securityURL, action: securityURL,
			fields: []string{"password", "confirm", "answer1", "question1", "answer2", "question2"}, good: security, actor: actorConfirmed},
		{name: "check my identity", page: identityURL, action: identityURL,
			fields: []string{"last_name", "first_name", "birth_date", "citizenship", "document", "document_number"}, good: identity, actor: actorSecured},
		{name: "switch the wallet's language", page: settingsURL, action: languageURL, fields: []string{"language"}, good: url.Values{"language": {"ru_RU"}}},
		{name: "sign out", page: storeHome, action: "https://www.aliexpress.com/logout.htm", good: url.Values{}},
	}
}

// More addresses of forms.
const (
	settingsCardsURL = "https://intl.alipay.com/account/settings/cards.htm"
	disputeURL       = "https://www.aliexpress.com/dispute.htm"
	withdrawURL      = "https://intl.alipay.com/account/withdraw.htm"
	resendURL        = "https://intl.alipay.com/register/resend.htm"
	languageURL      = "https://intl.alipay.com/account/settings/language.htm"
)

// FuzzCardForms posts the forms that remove, delete and add cards.
func FuzzCardForms(f *testing.F) { fuzzForms(f, cardForms()) }

// FuzzPaymentForms posts checkout, disputes and withdrawals.
func FuzzPaymentForms(f *testing.F) { fuzzForms(f, paymentForms()) }

// FuzzAccountForms posts sign-in, password, registration and settings forms.
func FuzzAccountForms(f *testing.F) { fuzzForms(f, accountForms()) }

func fuzzForms(f *testing.F, forms []fuzzForm) {
	for i, form := range forms {
		for _, seed := range seedValues(form) {
			f.Add(uint8(i), seed[0], seed[1], seed[2], seed[3], seed[4], seed[5], "")
		}
	}
	f.Add(uint8(0), "@other0", "@other1", "", "", "", "", "card=@other2&card=@mine0")
	env := newFuzzEnv()
	f.Fuzz(func(t *testing.T, which uint8, v0, v1, v2, v3, v4, v5, raw string) {
		form := forms[int(which)%len(forms)]
		postFuzzed(t, env, form, [fuzzFields]string{v0, v1, v2, v3, v4, v5}, raw)
	})
}

// seedValues are a form's good submission and a few hostile ones, as the
// fuzzer's values.
func seedValues(form fuzzForm) [][fuzzFields]string {
	var good, other, long, marks [fuzzFields]string
	for i, name := range form.fields {
		good[i] = form.good.Get(name)
		other[i] = strings.ReplaceAll(good[i], "@mine", "@other")
		long[i] = strings.Repeat(good[i]+"9", 40)
		marks[i] = "<script>'\"%zz\x00" + good[i] + "\u202e"
	}
	return [][fuzzFields]string{good, other, long, marks}
}

// fuzzEnv is the sim a fuzz target's inputs share (building one takes
// longer than an input), with its log.
type fuzzEnv struct {
	sim *sim.Sim

	mu   sync.Mutex
	logs strings.Builder
}

func newFuzzEnv() *fuzzEnv {
	e := &fuzzEnv{}
	e.sim = sim.New(sim.Options{Logf: e.logf})
	return e
}

func (e *fuzzEnv) logf(format string, args ...any) {
	e.mu.Lock()
	defer e.mu.Unlock()
	e.logs.WriteString(strings.TrimSpace(fmt.Sprintf(format, args...)) + "\n")
}

// takeLog is the log since the last call.
func (e *fuzzEnv) takeLog() string {
	e.mu.Lock()
	defer e.mu.Unlock()
	s := e.logs.String()
	e.logs.Reset()
	return s
}

// fuzzSite is one fuzzed input's world in the shared sim: the signed-in
// buyer's browser, and every response the post caused.
type fuzzSite struct {
	t     *testing.T
	sim   *sim.Sim
	world *world.World
	b     *browser
	place map[string]string // placeholder → value

	mu    sync.Mutex
	resps []*httptest.ResponseRecorder
}

func (fs *fuzzSite) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	rec := httptest.NewRecorder()
	fs.sim.ServeHTTP(rec, r)
	fs.mu.Lock()
	fs.resps = append(fs.resps, rec)
	fs.mu.Unlock()
	for k, v := range rec.Header() {
		w.Header()[k] = v
	}
	w.WriteHeader(rec.Code)
	_, _ = w.Write(rec.Body.Bytes())
}

// newFuzzSite is a fresh world with the buyers form needs, the actor
// signed in and the form's page open.
func newFuzzSite(t *testing.T, env *fuzzEnv, form fuzzForm) (*fuzzSite, *page) {
	fs := &fuzzSite{t: t, sim: env.sim}
	fs.world = fs.sim.NewWorld(sim.WorldOptions{Profile: form.profile})
	fs.b = newBrowser(t, fs, fs.world)
	email := fs.addActor(form.actor)
	fs.addOther()
	signIn(fs.b, email)
	fs.prepare(email, form.actor)
	p := fs.b.open(fs.fill(form.page))
	if p.status >= 500 || p.csrf() == "" {
		t.Fatalf("setup: %s gave %d with no form token\n%s", form.page, p.status, p.body)
	}
	return fs, p
}

func (fs *fuzzSite) addActor(kind actorKind) string {
	if kind == actorWallet {
		walletBuyer(fs.t, fs.world, fuzzActor)
		fs.bind(fuzzActor, world.CardSpec{Brand: "Visa", Last4: "7777", Origin: world.OriginApp})
		return fuzzActor
	}
	newbie(fs.t, fs.world, fuzzNewcomer)
	return fuzzNewcomer
}

func (fs *fuzzSite) addOther() {
	addBuyer(fs.t, fs.world, world.BuyerSpec{Email: fuzzOther, Password: password, Name: "Olga Other", Phone: "+7 900 000-00-09", Wallet: true,
		Cards: []world.CardSpec{{Number: visa1111}, {Number: master4444}}})
	fs.bind(fuzzOther, world.CardSpec{Brand: "MasterCard", Last4: "8888", Origin: world.OriginApp})
}

func (fs *fuzzSite) bind(email string, spec world.CardSpec) {
	if _, err := fs.world.BindCard(email, spec); err != nil {
		fs.t.Fatalf("setup: bind a card for %s: %v", email, err)
	}
}

// prepare takes the actor to its stage and fills the placeholders.
func (fs *fuzzSite) prepare(email string, kind actorKind) {
	w, t := fs.world, fs.t
	fs.place = map[string]string{"@captcha": w.CaptchaAnswer(), "@balance": world.RefundToBalance}
	if kind >= actorPending {
		token, err := w.StartRegistration(email, email, w.CaptchaAnswer())
		if err == nil && kind >= actorConfirmed {
			err = w.ConfirmEmail(email, token)
		}
		if err == nil && kind >= actorSecured {
			err = w.SetSecurity(email, world.Security{Password: "271828", Confirm: "271828", Answers: []world.SecurityAnswer{
				{Question: "question.pet", Answer: "a"}, {Question: "question.city", Answer: "b"}, {Question: "question.school", Answer: "c"}}})
		}
		if err != nil {
			t.Fatalf("setup: take %s through the registration: %v", email, err)
		}
	}
	fs.placeCards("@mine", email)
	fs.placeCards("@other", fuzzOther)
	fs.place["@order"] = fs.order(email, true)
	fs.place["@otherorder"] = fs.order(fuzzOther, false)
	token, err := w.StartPasswordReset(email, w.CaptchaAnswer())
	if err != nil {
		t.Fatalf("setup: a password reset for %s: %v", email, err)
	}
	fs.place["@token"] = token
}

func (fs *fuzzSite) placeCards(prefix, email string) {
	cards, err := fs.world.Cards(email)
	if err != nil {
		fs.t.Fatalf("setup: cards of %s: %v", email, err)
	}
	for i, c := range cards {
		fs.place[prefix+string(rune('0'+i))] = c.ID
	}
}

// order places an order for email and, when won, wins a dispute over an
// earlier one, so that the balance has money to withdraw.
func (fs *fuzzSite) order(email string, won bool) string {
	cards, _ := fs.world.Cards(email)
	if len(cards) == 0 {
		return "no-order"
	}
	pay := func() world.Order {
		o, err := fs.world.PayWithCard(email, world.Item{ID: "1005001", Price: 1299}, cards[0].ID)
		if err != nil {
			fs.t.Fatalf("setup: an order for %s: %v", email, err)
		}
		return o
	}
	if won {
		o := pay()
		_, err := fs.world.OpenDispute(email, o.ID, "not_received")
		if err == nil {
			_, err = fs.world.DecideDispute(email, o.ID, true)
		}
		if err != nil {
			fs.t.Fatalf("setup: a won dispute for %s: %v", email, err)
		}
	}
	return pay().ID
}

// fill replaces the placeholders in s.
func (fs *fuzzSite) fill(s string) string {
	for _, p := range fuzzPlaceholders() {
		if v, ok := fs.place[p]; ok {
			s = strings.ReplaceAll(s, p, v)
		}
	}
	return s
}

// postFuzzed posts form with the fuzzed values (raw is a further urlencoded
// tail, which may repeat fields or break the encoding) and checks the
// invariants on every response it caused.
func postFuzzed(t *testing.T, env *fuzzEnv, form fuzzForm, vals [fuzzFields]string, raw string) *fuzzSite {
	fs, p := newFuzzSite(t, env, form)
	defer fs.sim.DropWorld(fs.world.ID())
	values := url.Values{}
	for name, vs := range form.good {
		values[name] = []string{fs.fill(vs[0])}
	}
	for i, name := range form.fields {
		if i < fuzzFields {
			values.Set(name, fs.fill(vals[i]))
		}
	}
	otherCards, _ := fs.world.Cards(fuzzOther)
	otherOrders, _ := fs.world.Orders(fuzzOther)
	fs.mu.Lock()
	fs.resps = nil
	fs.mu.Unlock()
	env.takeLog()
	body := "csrf=" + url.QueryEscape(p.csrf()) + "&" + values.Encode()
	if raw != "" {
		body += "&" + fs.fill(raw)
	}
	req, err := http.NewRequest(http.MethodPost, fs.fill(form.action), strings.NewReader(body))
	if err != nil {
		t.Fatalf("build the post: %v", err)
	}
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	fs.b.do(req)
	fs.checkResponses(form, typedSecrets(values, raw), env.takeLog())
	if got, _ := fs.world.Cards(fuzzOther); !reflect.DeepEqual(got, otherCards) {
		t.Errorf("%s: the other buyer's cards changed from %+v to %+v", form.name, otherCards, got)
	}
	if got, _ := fs.world.Orders(fuzzOther); !reflect.DeepEqual(got, otherOrders) {
		t.Errorf("%s: the other buyer's orders changed from %+v to %+v", form.name, otherOrders, got)
	}
	return fs
}

// checkResponses fails on a 5xx, and on a secret in a body, a header or
// the log.
func (fs *fuzzSite) checkResponses(form fuzzForm, secrets []string, log string) {
	fs.mu.Lock()
	defer fs.mu.Unlock()
	secrets = append(secrets, fullNumbers()...)
	for _, rec := range fs.resps {
		if rec.Code >= 500 {
			fs.t.Errorf("%s: status %d\n%s", form.name, rec.Code, rec.Body.String())
		}
		var head strings.Builder
		_ = rec.Header().Write(&head)
		for _, s := range secrets {
			if strings.Contains(rec.Body.String(), s) {
				fs.t.Errorf("%s: a response body shows %q", form.name, clip(s))
			}
			if strings.Contains(head.String(), s) {
				fs.t.Errorf("%s: a response header shows %q:\n%s", form.name, clip(s), head.String())
			}
		}
		fs.checkCardInputs(form, rec.Body.String())
	}
	for _, s := range secrets {
		if strings.Contains(log, s) {
			fs.t.Errorf("%s: the sim's log shows %q:\n%s", form.name, clip(s), log)
		}
	}
}

// checkCardInputs fails if a page fills a card number or CVV field in.
func (fs *fuzzSite) checkCardInputs(form fuzzForm, body string) {
	doc, err := goquery.NewDocumentFromReader(strings.NewReader(body))
	if err != nil {
		fs.t.Errorf("%s: a response is no HTML: %v", form.name, err)
		return
	}
	doc.Find(`input[name="number"], input[name="cvv"]`).Each(func(_ int, in *goquery.Selection) {
		if v := in.AttrOr("value", ""); v != "" {
			fs.t.Errorf("%s: the %s field is filled in with %q", form.name, in.AttrOr("name", ""), v)
		}
	})
}

// typedSecrets are the typed card number and CVV when they are distinctive
// enough to look for (a number of 12 digits or more, a CVV of 6 digits or
// more), unless the same text was also typed into another field, which a
// page may show.
func typedSecrets(values url.Values, raw string) []string {
	var out []string
	for _, field := range []struct {
		name      string
		minDigits int
	}{{"number", 12}, {"cvv", 6}} {
		v := strings.TrimSpace(values.Get(field.name))
		digits := onlyDigits(v)
		if len(digits) < field.minDigits || typedElsewhere(values, raw, field.name, digits) {
			continue
		}
		out = append(out, digits)
		if v != digits {
			out = append(out, v, url.QueryEscape(v))
		}
	}
	return out
}

func typedElsewhere(values url.Values, raw, field, digits string) bool {
	if strings.Contains(onlyDigits(raw), digits) {
		return true
	}
	for name, vs := range values {
		for _, v := range vs {
			if name != field && strings.Contains(onlyDigits(v), digits) {
				return true
			}
		}
	}
	return false
}

func onlyDigits(s string) string {
	var b strings.Builder
	for _, r := range s {
		if r >= '0' && r <= '9' {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// The fuzz targets reach the handlers they mean to: each form's good
// submission, with the token the harness posts, is taken (not refused as
// forbidden, not found or bad).
func TestFuzzFormsGoodSubmissionsTaken(t *testing.T) {
	env := newFuzzEnv()
	for _, forms := range [][]fuzzForm{cardForms(), paymentForms(), accountForms()} {
		for _, form := range forms {
			t.Run(form.name, func(t *testing.T) {
				var vals [fuzzFields]string
				for i, name := range form.fields {
					vals[i] = form.good.Get(name)
				}
				fs := postFuzzed(t, env, form, vals, "")
				if len(fs.resps) == 0 {
					t.Fatal("no response")
				}
				if code := fs.resps[0].Code; code != http.StatusOK && code != http.StatusSeeOther {
					t.Errorf("status %d, want 200 or 303\n%s", code, fs.resps[0].Body.String())
				}
			})
		}
	}
}

// clip shortens a long value for a failure message.
func clip(s string) string {
	if len(s) > 40 {
		return s[:40] + "..."
	}
	return s
}
