package browser

import (
	"fmt"
	"net/http"
	"strings"

	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/chromedp"
)

// maxEvidence bounds the evidence kept between two calls of Evidence; what
// comes beyond is counted, not kept.
const maxEvidence = 200

// Evidence returns what went wrong in the pages of the session since the
// last call: console errors, uncaught exceptions, browser log errors, failed
// requests and HTTP responses with a status of 400 or more, one line each,
// oldest first.
func (s *Session) Evidence() []string {
	s.mu.Lock()
	defer s.mu.Unlock()
	out := s.evidence
	if s.dropped > 0 {
		out = append(out, fmt.Sprintf("... and %d more", s.dropped))
	}
	s.evidence, s.dropped = nil, 0
	return out
}

// note records a line a step's evidence keeps whether the step passes or
// fails (several elements answered to a click's name: which was clicked),
// and gives it to the browser's log too.
func (s *Session) note(format string, args ...any) {
	line := fmt.Sprintf(format, args...)
	s.b.opts.Logf("%s", line)
	s.mu.Lock()
	defer s.mu.Unlock()
	if len(s.notes) < maxEvidence {
		s.notes = append(s.notes, line)
	}
}

// TakeNotes returns the lines noted since it was last called (see note),
// and forgets them.
func (s *Session) TakeNotes() []string {
	s.mu.Lock()
	defer s.mu.Unlock()
	out := s.notes
	s.notes = nil
	return out
}

// addEvidence records one line of evidence.
func (s *Session) addEvidence(line string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if len(s.evidence) >= maxEvidence {
		s.dropped++
		return
	}
	s.evidence = append(s.evidence, line)
}

// ErrorAnswer is, when the current tab's document is the site's answer
// with an error status to its request (a page "not found"), that answer:
// "HTTP 404 Not Found: GET https://..."; else "".
func (s *Session) ErrorAnswer() string {
	tb, err := s.current()
	if err != nil {
		return ""
	}
	tb.mu.Lock()
	defer tb.mu.Unlock()
	if a := tb.answer; a.status >= 400 && a.loader != "" && a.loader == tb.loader {
		return a.what
	}
	return ""
}

// httpFailure describes a response with an error status.
func httpFailure(req string, resp *network.Response) string {
	if req == "" {
		req = resp.URL
	}
	text := resp.StatusText
	if text == "" {
		text = http.StatusText(int(resp.Status))
	}
	return strings.TrimSpace(fmt.Sprintf("HTTP %d %s", resp.Status, text)) + ": " + req
}

// collectConsole records the tab's console errors, exceptions and browser
// log errors until the tab ends.
func (tb *tab) collectConsole() {
	messages := chromedp.Console(tb.ctx)
	go func() {
		for m, err := range messages {
			if err != nil {
				return
			}
			if line, ok := consoleEvidence(m); ok {
				tb.sess.addEvidence(line)
			}
		}
	}()
}

// consoleEvidence turns a console message into a line of evidence, if it is
// an error. Failed loads that the browser logs are left out: the network
// events already report them, with the request.
func consoleEvidence(m chromedp.ConsoleMessage) (string, bool) {
	var kind string
	switch {
	case m.IsException():
		kind = "exception"
	case m.Type == chromedp.ConsoleError && m.Source == "network":
		return "", false
	case m.Type == chromedp.ConsoleError && m.Source != "":
		kind = "browser error"
	case m.Type == chromedp.ConsoleError, m.Type == "assert":
		kind = "console error"
	default:
		return "", false
	}
	line := kind + ": " + m.Text
	if m.URL != "" {
		line += fmt.Sprintf(" (%s:%d)", m.URL, m.Line+1)
	}
	return line, true
}
