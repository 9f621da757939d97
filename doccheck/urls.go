package doccheck

import (
	"regexp"
	"strings"
)

// address is a web address as articles write it: with its scheme, or a
// host of a common top-level domain alone ("intl.alipay.com"), with or
// without a path.
var address = regexp.MustCompile(`(?i)\bhttps?://[^\s"«»“”<>]+|\b(?:[a-z0-9-]+\.)+(?:com|net|org|ru|id|in|io)\b(?:/[^\s"«»“”<>]*)?`)

// URL is an address an article gives, where it gives it.
type URL struct {
	Text string `json:"url"` // as written, without the sentence's closing punctuation
	Line int    `json:"line"`
}

// URLs are the web addresses a text gives, line by line, in order.
func URLs(lines []string) []URL {
	var out []URL
	for i, ln := range lines {
		for _, m := range address.FindAllString(ln, -1) {
			if u := strings.TrimRight(m, ".,;:!?)।"); u != "" {
				out = append(out, URL{Text: u, Line: i + 1})
			}
		}
	}
	return out
}

// Absolute is an address with its scheme, https when it has none.
func Absolute(u string) string {
	if strings.HasPrefix(strings.ToLower(u), "http://") || strings.HasPrefix(strings.ToLower(u), "https://") {
		return u
	}
	return "https://" + u
}
