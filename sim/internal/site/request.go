package site

import (
	"net"
	"net/http"
	"net/url"
	"strings"

	"github.com/unbind/unbind/sim/catalog"
	"github.com/unbind/unbind/sim/world"
)

// request is one request to a page, with the world and locale it is served in.
type request struct {
	w     http.ResponseWriter
	r     *http.Request
	site  *Site
	world *world.World
	loc   catalog.Locale
	host  string
}

// HostOf is the request's host name, lower case, without port.
func HostOf(r *http.Request) string {
	host := r.Host
	if h, _, err := net.SplitHostPort(host); err == nil {
		host = h
	}
	return strings.ToLower(strings.TrimSuffix(host, "."))
}

func (rq *request) scheme() string {
	if rq.r.TLS != nil {
		return "https"
	}
	return "http"
}

// port is ":PORT" when the request named one (a sim reached without host
// mapping), so links between hosts keep working; "" otherwise.
func (rq *request) port() string {
	if _, p, err := net.SplitHostPort(rq.r.Host); err == nil && p != "" {
		return ":" + p
	}
	return ""
}

// urlOn is an absolute URL on another host.
func (rq *request) urlOn(scheme, host, pathQuery string) string {
	return scheme + "://" + host + rq.port() + pathQuery
}

// walletURL is a wallet page; the wallet is always reached over https.
func (rq *request) walletURL(pathQuery string) string {
	return rq.urlOn("https", HostWallet, pathQuery)
}

// self is the absolute URL of this request.
func (rq *request) self() string {
	return rq.urlOn(rq.scheme(), rq.host, rq.r.URL.RequestURI())
}

// loginURL is the sign-in form, returning to ret afterwards.
func (rq *request) loginURL(ret string) string {
	return rq.urlOn(rq.scheme(), HostLogin, "/login.htm?return_url="+url.QueryEscape(ret))
}

// authorizeURL starts single sign-on into the wallet page ret.
func (rq *request) authorizeURL(ret string) string {
	return rq.urlOn("https", HostLogin, "/sso/authorize.htm?return_url="+url.QueryEscape(ret))
}

// redirect answers with a redirect (303 after a POST, 302 otherwise).
func (rq *request) redirect(to string) {
	code := http.StatusFound
	if rq.r.Method == http.MethodPost {
		code = http.StatusSeeOther
	}
	http.Redirect(rq.w, rq.r, to, code)
}

// safeReturn accepts an absolute http(s) URL on one of the documented hosts
// (or a path on this host) and returns it; anything else becomes fallback.
func safeReturn(raw string, allowed func(host string) bool, fallback string) string {
	u, err := url.Parse(raw)
	if err != nil || u.User != nil || (u.Scheme != "http" && u.Scheme != "https") {
		return fallback
	}
	if !allowed(strings.ToLower(u.Hostname())) {
		return fallback
	}
	return u.String()
}

func onlyWallet(host string) bool { return host == HostWallet }
