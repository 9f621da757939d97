package site

import (
	"bytes"
	"embed"
	"fmt"
	"html/template"
	"io/fs"
	"net/http"
	"path"
	"strings"

	"github.com/unbind/unbind/sim/catalog"
	"github.com/unbind/unbind/sim/world"
)

//go:embed templates
var templateFS embed.FS

// view is what every page template gets.
type view struct {
	L      catalog.Locale
	Title  string       // <title> and usually the page heading
	Header header       // the storefront header
	Wallet walletHeader // the wallet header
	CSRF   string       // the session's token, for forms
	Mobile mobileHeader // the mobile site's and the app's header
	Back   string       // the app's back arrow
	Notice string       // a one-time notice
	D      any          // the page's own data
}

// header is the storefront header's state.
type header struct {
	SignedIn    bool
	Name        string
	SignInURL   string
	HomeURL     string
	MyAlipayURL string
	HelpURL     string
	CSRF        string
	// AccountURL, when set, is the "Account" tab of 003's "My Alipay"
	// hover menu: the wallet account, or for a newcomer the page that
	// opens one.
	AccountURL string
}

// walletHeader is the wallet header's state.
type walletHeader struct {
	Email      string
	CSRF       string // the session's token, for "Sign out"
	HasAccount bool
	Active     string // "account" or "history"
	StoreURL   string
	Menu       []walletMenuItem // the top menu, in the profile's order and words
	Steps      int              // how many steps the registration has: 3, or 2 without personal data (001)
}

// walletMenuItem is one entry of the wallet's top menu.
type walletMenuItem struct {
	Href, Label, Name string // Name is what Active calls it
}

// parsePages parses the layouts once and each page into its own set, so
// every page can define "content" without clashing.
func parsePages() (map[string]*template.Template, error) {
	base, err := template.New("").Funcs(funcs()).ParseFS(templateFS, "templates/layout/*.html")
	if err != nil {
		return nil, fmt.Errorf("parse layouts: %w", err)
	}
	files, err := fs.Glob(templateFS, "templates/pages/*.html")
	if err != nil {
		return nil, fmt.Errorf("list pages: %w", err)
	}
	pages := map[string]*template.Template{}
	for _, f := range files {
		t, err := base.Clone()
		if err == nil {
			_, err = t.ParseFS(templateFS, f)
		}
		if err != nil {
			return nil, fmt.Errorf("parse page %s: %w", f, err)
		}
		pages[strings.TrimSuffix(path.Base(f), ".html")] = t
	}
	return pages, nil
}

func funcs() template.FuncMap {
	return template.FuncMap{
		"lower":     strings.ToLower,
		"inc":       func(i int) int { return i + 1 },
		"step":      func(l catalog.Locale, n, of int) stepView { return stepView{L: l, N: n, Of: of} },
		"cardState": cardState,
		"withD":     func(v view, d any) view { v.D = d; return v },
	}
}

// cardStateView is a card's status as a list shows it.
type cardStateView struct {
	L     catalog.Locale
	Card  world.Card
	Class string // "verified", "pending" or "expired"
	Text  string
}

func cardState(l catalog.Locale, c world.Card) cardStateView {
	v := cardStateView{L: l, Card: c, Class: "verified", Text: l.T("cards.verified")}
	switch {
	case c.Expired:
		v.Class, v.Text = "expired", l.T("cards.expired")
	case !c.Verified:
		v.Class, v.Text = "pending", l.T("cards.pending")
	}
	return v
}

// stepView marks the current step N of the wallet registration's Of steps.
type stepView struct {
	L  catalog.Locale
	N  int
	Of int
}

// render writes page in the host's layout.
func (rq *request) render(status int, page string, v view) {
	rq.renderIn(layoutOf(rq.host), status, page, v)
}

func (rq *request) renderIn(layout string, status int, page string, v view) {
	t, ok := rq.site.pages[page]
	if !ok {
		http.Error(rq.w, "no page "+page, http.StatusInternalServerError)
		return
	}
	rq.fillView(layout, &v)
	var buf bytes.Buffer
	if err := t.ExecuteTemplate(&buf, layout, v); err != nil {
		http.Error(rq.w, fmt.Sprintf("render %s: %v", page, err), http.StatusInternalServerError)
		return
	}
	rq.w.Header().Set("Content-Type", "text/html; charset=utf-8")
	rq.w.WriteHeader(status)
	_, _ = rq.w.Write(buf.Bytes())
}

// fillView adds what every page of the host needs.
func (rq *request) fillView(layout string, v *view) {
	v.L = rq.loc
	if v.Title == "" {
		v.Title = rq.loc.T("site.aliexpress")
	}
	switch layout {
	case "store":
		v.Header = rq.storeHeader()
	case "mobile", "app":
		v.Mobile = rq.mobileHeader()
	case "wallet":
		active := v.Wallet.Active
		v.Wallet = rq.walletHeader()
		v.Wallet.Active = active
	}
}

func (rq *request) storeHeader() header {
	h := header{
		SignInURL:   rq.loginURL(rq.self()),
		HomeURL:     rq.urlOn(rq.scheme(), HostStorefront, "/"),
		MyAlipayURL: rq.walletURL("/"),
		HelpURL:     rq.urlOn(rq.scheme(), HostHelp, "/"),
	}
	if rq.world.Has(world.ProfileGoToMyAlipay) {
		h.MyAlipayURL = rq.urlOn(rq.scheme(), HostStorefront, "/account/alipay.htm")
	}
	if rq.world.Has(world.ProfileAlipayMenu) {
		h.AccountURL = rq.walletURL("/register/email.htm")
	}
	if s, ok := rq.storefrontSession(); ok && s.SignedIn() {
		h.SignedIn, h.CSRF = true, s.CSRF
		if b, err := rq.world.Buyer(s.Email); err == nil {
			h.Name = b.Name
		}
	}
	return h
}

func (rq *request) walletHeader() walletHeader {
	h := walletHeader{StoreURL: rq.urlOn("https", HostStorefront, "/"), Menu: rq.walletMenu(), Steps: 3}
	if rq.world.Has(world.ProfileSecuritySettings) {
		h.Steps = 2
	}
	if s, ok := rq.walletSession(); ok && s.SignedIn() {
		h.Email, h.CSRF = s.Email, s.CSRF
		has, err := rq.world.HasWallet(s.Email)
		h.HasAccount = err == nil && has
	}
	return h
}

// walletMenu is "My Account" and "History", or 004's "Payment history" and
// "My Account", in the order that article gives them.
func (rq *request) walletMenu() []walletMenuItem {
	account := walletMenuItem{Href: "/", Label: rq.loc.T("wallet.menu.account"), Name: "account"}
	history := walletMenuItem{Href: "/history.htm", Label: rq.loc.T("wallet.menu.history"), Name: "history"}
	if rq.world.Has(world.ProfileEditingCard) {
		history.Label = rq.loc.T("wallet.menu.payment_history")
		return []walletMenuItem{history, account}
	}
	return []walletMenuItem{account, history}
}

// errorData is an error page's text and an optional way on.
type errorData struct {
	Text, LinkText, LinkURL string
}

// fail renders an error page with a catalog title and text.
func (rq *request) fail(status int, titleKey, textKey string) {
	rq.render(status, "error", view{Title: rq.loc.T(titleKey), D: errorData{Text: rq.loc.T(textKey)}})
}

func (rq *request) notFound() {
	rq.fail(http.StatusNotFound, "error.not_found", "error.not_found_text")
}
