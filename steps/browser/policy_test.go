package browser

import (
	"errors"
	"strings"
	"testing"
)

// What a step may open: the mapped hosts over http and https on their
// usual ports, and about:blank; nothing else, however it is spelt.
func TestReachCheck(t *testing.T) {
	r := reach{hosts: map[string]string{"intl.alipay.com": "127.0.0.1:8443", "*.aliexpress.com": "127.0.0.1:8443"}}
	for _, u := range []string{
		"https://intl.alipay.com/user/queryUserBindCard.htm?locale=ru_RU",
		"http://m.aliexpress.com/ru/index.htm",
		"HTTPS://WWW.ALIEXPRESS.COM/",
		"https://intl.alipay.com:443/",
		"http://intl.alipay.com:80/",
		"https://intl.alipay.com./",
		"about:blank",
	} {
		if err := r.check(u); err != nil {
			t.Errorf("check(%q) = %v, want nil", u, err)
		}
	}
	for _, c := range []struct{ url, why string }{
		{"file:///etc/passwd", "file: addresses are not opened"},
		{"FILE:///etc/", "file: addresses are not opened"},
		{"data:text/html,<p>x</p>", "data: addresses are not opened"},
		{"javascript:alert(1)", "javascript: addresses are not opened"},
		{"chrome://version/", "chrome: addresses are not opened"},
		{"about:version", "about: addresses are not opened"},
		{"view-source:https://intl.alipay.com/", "view-source: addresses are not opened"},
		{"ws://intl.alipay.com/", "ws: addresses are not opened"},
		{"/account/cards.htm", "addresses without http:// or https:// are not opened"},
		{"удалению карты", `"удалению карты" is not an address`},
		{"Card information", `a link is followed by its name with a click: I click "Card information"`},
		{"intl.alipay.com/", "addresses without http:// or https:// are not opened"},
		{"http://127.0.0.1:8443/", "127.0.0.1 is not one of the simulated sites (*.aliexpress.com, intl.alipay.com)"},
		{"http://localhost/", "localhost is not one of the simulated sites"},
		{"http://[::1]:8443/", "::1 is not one of the simulated sites"},
		{"http://2130706433/", "2130706433 is not one of the simulated sites"},
		{"http://10.203.0.2/", "10.203.0.2 is not one of the simulated sites"},
		{"https://example.org/", "example.org is not one of the simulated sites"},
		{"https://aliexpress.com/", "aliexpress.com is not one of the simulated sites"},
		{"https://intl.alipay.com.example.org/", "intl.alipay.com.example.org is not one of the simulated sites"},
		{"https://intl.alipay.com:8443/", "intl.alipay.com is a simulated site on ports 80 and 443 only, not 8443"},
		{"https://intl.alipay.com@10.203.0.2/", "an address with a user name (intl.alipay.com@) is not opened"},
		{"http://%zz/", "not a URL"},
	} {
		err := r.check(c.url)
		if !errors.Is(err, ErrRefused) || !strings.Contains(err.Error(), c.why) {
			t.Errorf("check(%q) = %v, want ErrRefused saying %q", c.url, err, c.why)
		}
	}
}

// With LoopbackPages, every loopback port is reachable as well, and still
// nothing else.
func TestReachLoopbackPages(t *testing.T) {
	r := reach{hosts: map[string]string{"intl.alipay.com": "127.0.0.1:8443"}, loopback: true}
	for _, u := range []string{"http://127.0.0.1:8080/", "http://localhost:9999/x", "http://[::1]:8080/"} {
		if err := r.check(u); err != nil {
			t.Errorf("check(%q) = %v, want nil", u, err)
		}
	}
	for _, u := range []string{"http://10.203.0.2/", "file:///etc/passwd", "http://127.0.0.2.example.org/"} {
		if err := r.check(u); !errors.Is(err, ErrRefused) {
			t.Errorf("check(%q) = %v, want ErrRefused", u, err)
		}
	}
}

// The proxy routes a mapped host on 80 or 443 to its address and refuses
// the rest.
func TestReachRoute(t *testing.T) {
	r := reach{hosts: map[string]string{"*.aliexpress.com": "127.0.0.1:8443"}}
	for _, c := range []struct{ hostport, def, want string }{
		{"www.aliexpress.com:443", "443", "127.0.0.1:8443"},
		{"www.aliexpress.com", "80", "127.0.0.1:8443"},
	} {
		if got, err := r.route(c.hostport, c.def); err != nil || got != c.want {
			t.Errorf("route(%q) = %q, %v, want %q", c.hostport, got, err, c.want)
		}
	}
	for _, hp := range []string{"www.aliexpress.com:22", "127.0.0.1:8443", "localhost:80", "10.203.0.2:443", "[::1]:443"} {
		if _, err := r.route(hp, "443"); !errors.Is(err, ErrRefused) {
			t.Errorf("route(%q) = %v, want ErrRefused", hp, err)
		}
	}
}
