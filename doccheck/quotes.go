package doccheck

import (
	"regexp"
	"strings"
)

// Quote is a label an article quotes, where it quotes it.
type Quote struct {
	Text string `json:"text"`
	Line int    `json:"line"` // 1-based
}

// quoted is a label in «», “” or "", on one line, at most 60 characters.
var quoted = regexp.MustCompile(`«([^«»\n]{1,60})»|“([^“”\n]{1,60})”|"([^"\n]{1,60})"`)

// Quotes are the labels a text quotes, line by line, in order.
func Quotes(lines []string) []Quote {
	var out []Quote
	for i, ln := range lines {
		for _, m := range quoted.FindAllStringSubmatch(ln, -1) {
			for _, g := range m[1:] {
				if t := strings.TrimSpace(g); t != "" {
					out = append(out, Quote{Text: t, Line: i + 1})
				}
			}
		}
	}
	return out
}
