package site

import (
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

func (rq *request) myAliExpress() {
	if _, ok := rq.requireStoreLogin(); ok {
		rq.render(http.StatusOK, "myaliexpress", view{Title: rq.loc.T("nav.my_aliexpress")})
	}
}

// myAlipay is the storefront's own "My Alipay" page (000, 001, 003) with
// "Go to my Alipay": holders reach their account, newcomers the e-mail step
// of the registration.
func (rq *request) myAlipay() {
	if !rq.world.Has(world.ProfileGoToMyAlipay) {
		rq.notFound()
		return
	}
	if _, ok := rq.requireStoreLogin(); ok {
		rq.render(http.StatusOK, "myalipay", view{Title: rq.loc.T("nav.my_alipay"), D: rq.walletURL("/register/email.htm")})
	}
}

// accountPage renders a simple signed-in page: a heading and some lines.
func (rq *request) accountPage(titleKey string, lines ...string) {
	rq.render(http.StatusOK, "account", view{Title: rq.loc.T(titleKey), D: lines})
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
