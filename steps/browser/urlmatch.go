package browser

import (
	"fmt"
	"maps"
	"net/url"
	"slices"
	"strings"
)

// urlPattern is an address a step expects the page to be on.
type urlPattern struct {
	scheme   string     // empty: any
	host     string     // empty: any
	path     string     // empty: any (a host alone)
	query    url.Values // nil: any query
	fragment string     // empty: any
}

// parseURLPattern reads want in one of four forms: a full URL (its query
// must match exactly, as a set of parameters), a path starting with "/", a
// host and path without a scheme, or a host alone, which is any page of
// that site ("intl.alipay.com/" is its home page). In the last three forms
// a query matches only when want has one.
func parseURLPattern(want string) (urlPattern, error) {
	raw := want
	switch {
	case strings.Contains(want, "://"):
	case strings.HasPrefix(want, "/"):
		raw = "http://any" + want
	default:
		raw = "http://" + want
	}
	u, err := url.Parse(raw)
	if err != nil {
		return urlPattern{}, fmt.Errorf("reading the address %q: %w", want, err)
	}
	p := urlPattern{path: pathOf(u), fragment: u.Fragment}
	if u.RawQuery != "" || u.ForceQuery {
		p.query = u.Query()
	}
	switch {
	case strings.Contains(want, "://"):
		p.scheme, p.host = u.Scheme, strings.ToLower(u.Host)
		if p.query == nil {
			p.query = url.Values{}
		}
	case !strings.HasPrefix(want, "/"):
		p.host = strings.ToLower(u.Host)
		if u.Path == "" && p.query == nil && !strings.ContainsAny(want, "/#") {
			p.path = ""
		}
	}
	return p, nil
}

// matches reports whether the address got fits the pattern.
func (p urlPattern) matches(got string) bool {
	u, err := url.Parse(got)
	if err != nil {
		return false
	}
	switch {
	case p.scheme != "" && !strings.EqualFold(p.scheme, u.Scheme):
		return false
	case p.host != "" && p.host != strings.ToLower(u.Host):
		return false
	case p.path != "" && p.path != pathOf(u):
		return false
	case p.fragment != "" && p.fragment != u.Fragment:
		return false
	case p.query != nil:
		return sameQuery(p.query, u.Query())
	}
	return true
}

// pathOf is the path of u, "/" when empty.
func pathOf(u *url.URL) string {
	if u.Path == "" {
		return "/"
	}
	return u.Path
}

// sameQuery compares two queries as sets of parameters.
func sameQuery(a, b url.Values) bool {
	return maps.EqualFunc(a, b, slices.Equal[[]string])
}
