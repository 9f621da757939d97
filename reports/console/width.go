package console

import (
	"strings"

	"github.com/mattn/go-runewidth"
)

// width is how many terminal columns s takes: wide East Asian characters
// two, combining marks none, characters of ambiguous width (the bullets of
// "•••• 4242") one, whatever the locale of the machine says.
func width(s string) int {
	c := runewidth.Condition{StrictEmojiNeutral: true}
	return c.StringWidth(s)
}

// pad fills s with spaces up to w columns.
func pad(s string, w int) string {
	if n := w - width(s); n > 0 {
		return s + strings.Repeat(" ", n)
	}
	return s
}
