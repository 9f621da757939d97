package site

import (
	"errors"
	"net/http"
	"strings"

	"github.com/unbind/unbind/sim/world"
)

func (rq *request) home() {
	rq.render(http.StatusOK, "home", view{Title: rq.loc.T("home.title"), D: products()})
}

func (rq *request) item() {
	p, ok := findProduct(strings.TrimSuffix(rq.r.PathValue("file"), ".html"))
	if !ok {
		rq.notFound()
		return
	}
	rq.render(http.StatusOK, "item", view{Title: rq.loc.T(p.NameKey), D: p})
}

// searchData is a search results page's state.
type searchData struct {
	Query    string
	Products []product
}

func (rq *request) search() {
	q := rq.r.URL.Query().Get("SearchText")
	rq.render(http.StatusOK, "search", view{
		Title: rq.loc.T("search.results", q),
		D:     searchData{Query: q, Products: rq.searchProducts(q)},
	})
}

// checkoutData is the checkout page's state.
type checkoutData struct {
	Product product
	Cards   []world.Card
	Error   string
}

func (rq *request) checkoutProduct() product {
	if p, ok := findProduct(rq.r.URL.Query().Get("item")); ok {
		return p
	}
	return products()[0]
}

func (rq *request) checkout() {
	s, ok := rq.requireStoreLogin()
	if !ok {
		return
	}
	rq.renderCheckout(http.StatusOK, s, "")
}

func (rq *request) renderCheckout(status int, s world.Session, errText string) {
	cards, err := rq.world.Cards(s.Email)
	if err != nil {
		rq.notFound()
		return
	}
	rq.render(status, "checkout", view{
		Title: rq.loc.T("checkout.title"), CSRF: s.CSRF,
		D: checkoutData{Product: rq.checkoutProduct(), Cards: cards, Error: errText},
	})
}

// placeOrder pays with one of the buyer's bound cards.
func (rq *request) placeOrder() {
	s, ok := rq.requireStoreLogin()
	if !ok || !rq.checkCSRF(s) {
		return
	}
	c, err := rq.world.Card(s.Email, rq.r.PostFormValue("card"))
	if errors.Is(err, world.ErrNoSuchCard) {
		rq.renderCheckout(http.StatusBadRequest, s, rq.loc.T("checkout.choose_card"))
		return
	}
	if err != nil {
		rq.notFound()
		return
	}
	rq.render(http.StatusOK, "checkout_done", view{Title: rq.loc.T("checkout.placed"), D: c})
}

func (rq *request) myAliExpress() {
	if _, ok := rq.requireStoreLogin(); ok {
		rq.render(http.StatusOK, "myaliexpress", view{Title: rq.loc.T("nav.my_aliexpress")})
	}
}

// accountPage renders a simple signed-in page: a heading and some lines.
func (rq *request) accountPage(titleKey string, lines ...string) {
	rq.render(http.StatusOK, "account", view{Title: rq.loc.T(titleKey), D: lines})
}

func (rq *request) orders() {
	if _, ok := rq.requireStoreLogin(); ok {
		rq.accountPage("nav.my_orders", rq.loc.T("orders.empty"))
	}
}

func (rq *request) wishList() {
	if _, ok := rq.requireStoreLogin(); ok {
		rq.accountPage("nav.wish_list", rq.loc.T("wishlist.empty"))
	}
}

func (rq *request) settings() {
	s, ok := rq.requireStoreLogin()
	if !ok {
		return
	}
	b, err := rq.world.Buyer(s.Email)
	if err != nil {
		rq.notFound()
		return
	}
	rq.accountPage("nav.account_settings",
		rq.loc.T("settings.name", b.Name), rq.loc.T("settings.email", b.Email))
}

// signOut ends the storefront session and the wallet sessions it opened.
func (rq *request) signOut() {
	if s, ok := rq.storefrontSession(); ok {
		if !rq.checkCSRF(s) {
			return
		}
		rq.world.SignOut(s.ID)
	}
	rq.clearCookie(cookieStorefront, storefrontDomain)
	rq.redirect(rq.urlOn(rq.scheme(), HostStorefront, "/"))
}

func (rq *request) mobile() {
	rq.render(http.StatusOK, "mobile", view{Title: rq.loc.T("mobile.title")})
}
