package browser

import "testing"

func TestURLPattern(t *testing.T) {
	const direct = "https://intl.alipay.com/user/queryUserBindCard.htm?locale=ru_RU"
	cases := []struct {
		name, why, want, got string
		match                bool
	}{
		{"full", "the article's own link", direct, direct, true},
		{"full, query order", "parameters may come in any order",
			"https://intl.alipay.com/p?a=1&b=2", "https://intl.alipay.com/p?b=2&a=1", true},
		{"full, other query", "a full URL's query must match", direct, "https://intl.alipay.com/user/queryUserBindCard.htm?locale=en_US", false},
		{"full, query missing", "a full URL without a query wants none", "https://intl.alipay.com/p", "https://intl.alipay.com/p?x=1", false},
		{"full, scheme", "http is not https", direct, "http://intl.alipay.com/user/queryUserBindCard.htm?locale=ru_RU", false},
		{"full, host case", "host names ignore case", "https://INTL.alipay.com/", "https://intl.alipay.com/", true},
		{"full, empty path", "a bare host means the path /", "https://intl.alipay.com", "https://intl.alipay.com/", true},
		{"path", "a path matches whatever the host and query", "/user/queryUserBindCard.htm", direct, true},
		{"path, other path", "the 003 article's path is another page", "/user/queryUserBindCard.htm",
			"https://intl.alipay.com/ihome/user/queryUserBindCard.htm", false},
		{"path with query", "a query given with a path must match", "/user/queryUserBindCard.htm?locale=ru_RU", direct, true},
		{"path with other query", "a query given with a path must match", "/user/queryUserBindCard.htm?locale=en_US", direct, false},
		{"host and path", "an address typed without a scheme", "intl.alipay.com/user/queryUserBindCard.htm", direct, true},
		{"host and path, other host", "the host must match", "www.aliexpress.com/user/queryUserBindCard.htm", direct, false},
		{"bare host", "a host alone is any page of the site", "intl.alipay.com", "https://intl.alipay.com/", true},
		{"bare host, another page", "the wallet's sign-in sends the reader to the login site, somewhere on it",
			"login.aliexpress.com", "https://login.aliexpress.com/login.htm?return_url=https%3A%2F%2Fintl.alipay.com%2F", true},
		{"bare host, other host", "the host must match", "login.aliexpress.com", "https://www.aliexpress.com/", false},
		{"host and slash", "a host with / is its home page", "intl.alipay.com/", "https://intl.alipay.com/account/cards.htm", false},
		{"host and slash, home", "a host with / is its home page", "intl.alipay.com/", "https://intl.alipay.com/", true},
		{"fragment", "a fragment given must match", "/help#cards", "http://h/help#cards", true},
		{"other fragment", "a fragment given must match", "/help#cards", "http://h/help#other", false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			p, err := parseURLPattern(c.want)
			if err != nil {
				t.Fatal(err)
			}
			if got := p.matches(c.got); got != c.match {
				t.Errorf("%q matches %q = %v, want %v (%s)", c.want, c.got, got, c.match, c.why)
			}
		})
	}
}
