package redact

import (
	"io"
	"regexp"
	"strings"
)

// Writer passes what is written to it on to w with the card numbers and
// CVVs of every line masked, as Lines masks them. Give it whole lines (it
// holds nothing back): a card number split over two writes is not seen.
// A line in colour whose masking the colour codes would hide is passed on
// masked and without its colours.
func Writer(w io.Writer) io.Writer { return lineWriter{w} }

type lineWriter struct{ w io.Writer }

func (l lineWriter) Write(p []byte) (int, error) {
	s := string(p)
	if !hasDigitRun(s, 3) {
		return l.w.Write(p)
	}
	lines := strings.SplitAfter(s, "\n")
	for i, line := range lines {
		lines[i] = maskLine(line)
	}
	if _, err := io.WriteString(l.w, strings.Join(lines, "")); err != nil {
		return 0, err
	}
	return len(p), nil
}

// ansiCode is a colour or other terminal code.
var ansiCode = regexp.MustCompile("\x1b\\[[0-9;]*[A-Za-z]")

func maskLine(line string) string {
	plain := ansiCode.ReplaceAllString(line, "")
	if m := Text(plain); m != plain {
		return m
	}
	return line
}
