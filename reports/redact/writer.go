package redact

import (
	"io"
	"regexp"
	"strings"
)

// Writer passes what is written to it on to w with the card numbers and
// CVVs of every line masked, as Lines masks them (a table's lines
// knowing its first row). Give it whole lines (it holds nothing back): a
// card number split over two writes is not seen. A line in colour whose
// masking the colour codes would hide is passed on masked and without its
// colours. Write it from one goroutine at a time.
func Writer(w io.Writer) io.Writer { return &lineWriter{w: w} }

type lineWriter struct {
	w    io.Writer
	head []string // the first row of the table being written
}

func (l *lineWriter) Write(p []byte) (int, error) {
	s := string(p)
	lines := strings.SplitAfter(s, "\n")
	for i, line := range lines {
		if line == "" {
			continue
		}
		plain := ansiCode.ReplaceAllString(line, "")
		masked, head := maskLine(plain, l.head)
		l.head = head
		if masked != plain {
			lines[i] = masked
		}
	}
	if out := strings.Join(lines, ""); out != s {
		if _, err := io.WriteString(l.w, out); err != nil {
			return 0, err
		}
		return len(p), nil
	}
	return l.w.Write(p)
}

// ansiCode is a colour or other terminal code.
var ansiCode = regexp.MustCompile("\x1b\\[[0-9;]*[A-Za-z]")
