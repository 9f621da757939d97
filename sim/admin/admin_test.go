package admin_test

import (
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/unbind/unbind/sim"
	"github.com/unbind/unbind/sim/world"
)

const adminToken = "test-token-7f3a"

// Test card numbers (they pass the Luhn check); no answer may show them.
const (
	visa4242   = "4242424242424242"
	master5454 = "5454545454545454"
	visa1111   = "4111111111111111"
)

// fullNumbers are the test numbers as digits and as grouped on a card.
func fullNumbers() []string {
	var out []string
	for _, n := range []string{visa4242, master5454, visa1111} {
		out = append(out, n, n[:4]+" "+n[4:8]+" "+n[8:12]+" "+n[12:])
	}
	return out
}

// walletBuyer adds a buyer with a registered wallet and two cards.
func walletBuyer(t *testing.T, w *world.World, email string) {
	t.Helper()
	spec := world.BuyerSpec{Email: email, Password: "secret123", Name: "Ivan Petrov", Phone: "+7 900 000-00-01", Wallet: true,
		Cards: []world.CardSpec{{Number: visa4242}, {Number: master5454}}}
	if _, err := w.AddBuyer(spec); err != nil {
		t.Fatalf("add buyer %s: %v", email, err)
	}
}

// admin calls the admin API on the sim's own address.
func admin(t *testing.T, s *sim.Sim, method, path, token, body string) (int, string) {
	t.Helper()
	return call(t, s, method, "http://127.0.0.1:8080"+path, token, body)
}

func call(t *testing.T, s *sim.Sim, method, url, token, body string) (int, string) {
	t.Helper()
	req := httptest.NewRequest(method, url, strings.NewReader(body))
	if token != "" {
		req.Header.Set("Authorization", "Bearer "+token)
	}
	rec := httptest.NewRecorder()
	s.ServeHTTP(rec, req)
	data, _ := io.ReadAll(rec.Body)
	for _, n := range fullNumbers() {
		if strings.Contains(string(data), n) {
			t.Errorf("%s %s answered a full card number", method, url)
		}
	}
	return rec.Code, string(data)
}

func TestAdminRequiresToken(t *testing.T) {
	cases := []struct {
		why, configured, sent string
		want                  int
	}{
		{"the right token", adminToken, adminToken, http.StatusCreated},
		{"no token", adminToken, "", http.StatusUnauthorized},
		{"a wrong token", adminToken, "guess", http.StatusUnauthorized},
		{"a token when the API is disabled", "", adminToken, http.StatusNotFound},
		{"no token when the API is disabled", "", "", http.StatusNotFound},
	}
	for _, tc := range cases {
		t.Run(tc.why, func(t *testing.T) {
			s := sim.New(sim.Options{AdminToken: tc.configured})
			if code, body := admin(t, s, http.MethodPost, "/_admin/worlds", tc.sent, ""); code != tc.want {
				t.Errorf("status %d (%s), want %d", code, body, tc.want)
			}
		})
	}
}

func TestAdminNotOnDocumentedHosts(t *testing.T) {
	s := sim.New(sim.Options{AdminToken: adminToken})
	for _, host := range sim.Hosts() {
		for _, scheme := range []string{"http", "https"} {
			code, body := call(t, s, http.MethodPost, scheme+"://"+host+"/_admin/worlds", adminToken, "")
			if code != http.StatusNotFound || strings.Contains(body, `"id"`) {
				t.Errorf("%s://%s/_admin/worlds: status %d, want 404", scheme, host, code)
			}
		}
	}
}

func TestAdminFlow(t *testing.T) {
	s := sim.New(sim.Options{AdminToken: adminToken})
	code, body := admin(t, s, http.MethodPost, "/_admin/worlds", adminToken, `{"locale":"ru_RU","profile":"wallet-required"}`)
	var created struct{ ID string }
	if code != http.StatusCreated || json.Unmarshal([]byte(body), &created) != nil {
		t.Fatalf("create world: %d %s", code, body)
	}
	w, ok := s.World(created.ID)
	if !ok || w.Locale() != "ru_RU" || w.Profile() != world.ProfileWalletRequired {
		t.Fatalf("world %q not registered with its options", created.ID)
	}
	base := "/_admin/worlds/" + created.ID
	steps := []struct {
		why, method, path, body string
		want                    int
		shows                   string
	}{
		{"add a buyer", http.MethodPost, base + "/buyers", `{"email":"ivan@example.com","password":"secret123","wallet":true,"cards":[{"number":"` + visa4242 + `"},{"brand":"MasterCard","last4":"5454"}]}`, http.StatusCreated, `"email":"ivan@example.com"`},
		{"the same buyer twice", http.MethodPost, base + "/buyers", `{"email":"ivan@example.com","password":"x"}`, http.StatusConflict, "already exists"},
		{"a card failing Luhn", http.MethodPost, base + "/buyers", `{"email":"b@example.com","password":"x","cards":[{"number":"4242424242424241"}]}`, http.StatusBadRequest, "card number fails the Luhn check"},
		{"a short card number", http.MethodPost, base + "/buyers", `{"email":"c@example.com","password":"x","cards":[{"number":"424242424242"}]}`, http.StatusBadRequest, "card number must have 16 digits"},
		{"a CVV is refused, not silently dropped", http.MethodPost, base + "/buyers", `{"email":"d@example.com","password":"x","cards":[{"number":"` + visa1111 + `","cvv":"123"}]}`, http.StatusBadRequest, "cvv"},
		{"the cards, masked", http.MethodGet, base + "/buyers/ivan@example.com/cards", "", http.StatusOK, `"masked":"Visa •••• 4242"`},
		{"cards of nobody", http.MethodGet, base + "/buyers/nobody@example.com/cards", "", http.StatusNotFound, "no such buyer"},
		{"the wallet status", http.MethodGet, base + "/buyers/ivan@example.com/wallet", "", http.StatusOK, `"status":"registered"`},
		{"an empty mailbox", http.MethodGet, base + "/buyers/ivan@example.com/mail", "", http.StatusOK, "[]"},
		{"the captcha answer", http.MethodGet, base + "/captcha", "", http.StatusOK, w.CaptchaAnswer()},
		{"advance the clock", http.MethodPost, base + "/clock", `{"advance":"24h"}`, http.StatusOK, `"now"`},
		{"a bad duration", http.MethodPost, base + "/clock", `{"advance":"soon"}`, http.StatusBadRequest, "advance"},
		{"an unknown world", http.MethodGet, "/_admin/worlds/nope/captcha", "", http.StatusNotFound, "no such world"},
		{"an unknown endpoint", http.MethodGet, "/_admin/nothing", "", http.StatusNotFound, "no such endpoint"},
		{"a bad profile", http.MethodPost, "/_admin/worlds", `{"profile":"1999"}`, http.StatusBadRequest, "unknown profile"},
		{"the buyer", http.MethodGet, base + "/buyers/ivan@example.com", "", http.StatusOK, `"balance":0`},
		{"a card saved in the app", http.MethodPost, base + "/buyers/ivan@example.com/cards", `{"brand":"Visa","last4":"1111","origin":"app"}`, http.StatusCreated, `"origin":"app"`},
		{"a card of an unknown origin", http.MethodPost, base + "/buyers/ivan@example.com/cards", `{"brand":"Visa","last4":"1111","origin":"phone"}`, http.StatusBadRequest, "origin"},
		{"no orders", http.MethodGet, base + "/buyers/ivan@example.com/orders", "", http.StatusOK, "[]"},
		{"deciding an unknown order", http.MethodPost, base + "/buyers/ivan@example.com/orders/1/decision", `{"buyer_wins":true}`, http.StatusNotFound, "no such order"},
		{"an empty history", http.MethodGet, base + "/buyers/ivan@example.com/history", "", http.StatusOK, "[]"},
		{"a storefront session", http.MethodPost, base + "/buyers/ivan@example.com/sessions", `{"password":"secret123"}`, http.StatusCreated, `"cookie":"ae_session"`},
		{"no session for a wrong password", http.MethodPost, base + "/buyers/ivan@example.com/sessions", `{"password":"guess"}`, http.StatusBadRequest, "sign in"},
		{"no SMS", http.MethodGet, base + "/buyers/ivan@example.com/sms", "", http.StatusOK, "[]"},
		{"drop the world", http.MethodDelete, base, "", http.StatusNoContent, ""},
		{"the dropped world is gone", http.MethodGet, base + "/captcha", "", http.StatusNotFound, "no such world"},
	}
	for _, st := range steps {
		code, body := admin(t, s, st.method, st.path, adminToken, st.body)
		if code != st.want || !strings.Contains(body, st.shows) {
			t.Errorf("%s: %d %s, want %d showing %q", st.why, code, body, st.want, st.shows)
		}
	}
}

// A dispute decided through the admin API refunds as the pages say.
func TestAdminDecidesDispute(t *testing.T) {
	s := sim.New(sim.Options{AdminToken: adminToken})
	w := s.NewWorld(sim.WorldOptions{})
	walletBuyer(t, w, "ivan@example.com")
	cards, _ := w.Cards("ivan@example.com")
	o, err := w.PayWithCard("ivan@example.com", world.Item{ID: "1005001", Price: 1299}, cards[0].ID)
	if err != nil {
		t.Fatal(err)
	}
	base := "/_admin/worlds/" + w.ID() + "/buyers/ivan@example.com"
	decide := base + "/orders/" + o.ID + "/decision"
	if code, body := admin(t, s, http.MethodPost, decide, adminToken, `{"buyer_wins":true}`); code != http.StatusConflict {
		t.Errorf("deciding with no dispute open: %d %s", code, body)
	}
	if _, err := w.OpenDispute("ivan@example.com", o.ID, "not_received"); err != nil {
		t.Fatal(err)
	}
	if code, body := admin(t, s, http.MethodPost, decide, adminToken, `{"buyer_wins":true}`); code != http.StatusOK || !strings.Contains(body, `"refund_to":"balance"`) {
		t.Errorf("decide: %d %s", code, body)
	}
	if code, body := admin(t, s, http.MethodGet, base+"/history", adminToken, ""); code != http.StatusOK || !strings.Contains(body, `"kind":"refund"`) {
		t.Errorf("history: %d %s", code, body)
	}
	if code, body := admin(t, s, http.MethodGet, base, adminToken, ""); !strings.Contains(body, `"balance":1299`) {
		t.Errorf("buyer: %d %s", code, body)
	}
}
