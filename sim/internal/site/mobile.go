package site

import (
	"net/http"
	"strings"
)

// The mobile site on m.aliexpress.com (P9): /ru/index.htm and the like, the
// language taken from the first part of the path. The "Settings" button
// (three bars, top left) opens a menu with the Help Center, whose answer
// about changing card information links to the wallet's card list.

// mobileHeader is the mobile site's and the app's header state.
type mobileHeader struct {
	Prefix    string // "/ru" on /ru/ pages, "" otherwise
	HomeURL   string
	OrdersURL string
	StoreURL  string
	SignInURL string
	SignedIn  bool
	Name      string
}

// mobilePrefix is the language part of the path ("/ru"), if any.
func (rq *request) mobilePrefix() string {
	seg, _, _ := strings.Cut(strings.TrimPrefix(rq.r.URL.Path, "/"), "/")
	if len(seg) != 2 {
		return ""
	}
	if _, ok := rq.site.cat.Lookup(seg); !ok {
		return ""
	}
	return "/" + seg
}

func (rq *request) mobileHeader() mobileHeader {
	h := mobileHeader{
		Prefix:    rq.mobilePrefix(),
		OrdersURL: rq.urlOn("https", HostStorefront, "/orders.htm"),
		StoreURL:  rq.urlOn("https", HostStorefront, "/"),
		SignInURL: rq.loginURL(rq.self()),
	}
	h.HomeURL = h.Prefix + "/index.htm"
	if s, ok := rq.storefrontSession(); ok && s.SignedIn() {
		h.SignedIn = true
		if b, err := rq.world.Buyer(s.Email); err == nil {
			h.Name = b.Name
		}
	}
	return h
}

func (rq *request) mobileHome() {
	rq.renderIn("mobile", http.StatusOK, "m_home", view{Title: rq.loc.T("mobile.title"), D: products()})
}

// helpQuestions are the mobile Help Center's questions; "card" is the one
// the articles follow.
func helpQuestions() []string { return []string{"card", "track", "dispute"} }

func (rq *request) mobileHelp() {
	rq.renderIn("mobile", http.StatusOK, "m_help", view{Title: rq.loc.T("mhelp.title"), D: helpQuestions()})
}

// mobileAnswer is one answer; the card answer links to the card list, in
// the page's language.
func (rq *request) mobileAnswer() {
	q := strings.TrimSuffix(rq.r.PathValue("q"), ".htm")
	if !contains(helpQuestions(), q) {
		rq.renderIn("mobile", http.StatusNotFound, "error", view{Title: rq.loc.T("error.not_found"), D: errorData{Text: rq.loc.T("error.not_found_text")}})
		return
	}
	link := ""
	if q == "card" {
		link = rq.walletURL("/user/queryUserBindCard.htm?locale=" + rq.loc.Tag())
	}
	rq.renderIn("mobile", http.StatusOK, "m_answer", view{Title: rq.loc.T("mhelp.q." + q), D: answerData{Key: q, Link: link}})
}

// answerData is a mobile help answer.
type answerData struct {
	Key, Link string
}
