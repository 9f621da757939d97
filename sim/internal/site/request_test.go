package site

import (
	"bytes"
	"net/http/httptest"
	"testing"
)

func TestSafeReturn(t *testing.T) {
	const fallback = "https://www.aliexpress.com/"
	cases := []struct{ why, raw, want string }{
		{"a documented host", "https://intl.alipay.com/account/cards.htm", "https://intl.alipay.com/account/cards.htm"},
		{"plain http is fine", "http://helppage.aliexpress.com/x", "http://helppage.aliexpress.com/x"},
		{"a documented host with a port", "https://intl.alipay.com:8443/", "https://intl.alipay.com:8443/"},
		{"a foreign host", "https://evil.example.net/", fallback},
		{"a look-alike host", "https://intl.alipay.com.evil.example.net/", fallback},
		{"user info hiding the real host", "https://intl.alipay.com@evil.example.net/", fallback},
		{"scheme-relative", "//intl.alipay.com/", fallback},
		{"javascript", "javascript:alert(1)", fallback},
		{"a bare path", "/account/cards.htm", fallback},
		{"garbage", "%zz", fallback},
	}
	for _, tc := range cases {
		if got := safeReturn(tc.raw, IsHost, fallback); got != tc.want {
			t.Errorf("%s: safeReturn(%q) = %q, want %q", tc.why, tc.raw, got, tc.want)
		}
	}
}

func TestHostOf(t *testing.T) {
	cases := []struct{ why, host, want string }{
		{"plain", "intl.alipay.com", "intl.alipay.com"},
		{"with a port", "intl.alipay.com:8443", "intl.alipay.com"},
		{"upper case", "WWW.AliExpress.com", "www.aliexpress.com"},
		{"a trailing dot", "www.aliexpress.com.", "www.aliexpress.com"},
		{"loopback with port", "127.0.0.1:9000", "127.0.0.1"},
	}
	for _, tc := range cases {
		r := httptest.NewRequest("GET", "/", nil)
		r.Host = tc.host
		if got := HostOf(r); got != tc.want {
			t.Errorf("%s: HostOf(%q) = %q, want %q", tc.why, tc.host, got, tc.want)
		}
	}
}

func TestCaptchaSVG(t *testing.T) {
	a, b := captchaSVG("K7PQ2", "world-1"), captchaSVG("K7PQ2", "world-1")
	if !bytes.Equal(a, b) {
		t.Error("the same world draws its captcha differently")
	}
	if bytes.Equal(a, captchaSVG("K7PQ2", "world-2")) {
		t.Error("two worlds draw the same picture")
	}
	for _, ch := range "K7PQ2" {
		if !bytes.Contains(a, []byte(">"+string(ch)+"</text>")) {
			t.Errorf("the picture lacks %q", ch)
		}
	}
}
