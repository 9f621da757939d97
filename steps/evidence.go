package steps

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"time"

	"github.com/cucumber/godog"
)

// evidenceTimeout bounds the capture of evidence after a step; it does not
// use the step's own deadline, which may be what just ran out.
const evidenceTimeout = 5 * time.Second

// keepEvidence captures what a person needs to see what a step met: a
// screenshot always, and when full is set the DOM, console errors and failed
// requests too. Capture problems become a text attachment, never a new failure.
func (s *scenario) keepEvidence(st *godog.Step, status string, full bool) {
	ctx, cancel := context.WithTimeout(context.Background(), evidenceTimeout)
	defer cancel()
	base := fmt.Sprintf("step-%02d-%s", s.stepNum, status)
	var problems []string
	if png, err := s.sess.Screenshot(ctx); err == nil {
		s.attach(st, base+".png", "image/png", png)
	} else {
		problems = append(problems, "screenshot: "+err.Error())
	}
	if full {
		if dom, err := s.sess.DOM(ctx); err == nil {
			s.attach(st, base+".html", "text/html", []byte(dom))
		} else {
			problems = append(problems, "DOM: "+err.Error())
		}
		log := s.sess.Evidence()
		if len(log) > 0 || len(problems) > 0 {
			text := strings.Join(append(log, problems...), "\n") + "\n"
			s.attach(st, base+"-console.txt", "text/plain", []byte(text))
		}
	}
}

func (s *scenario) attach(st *godog.Step, name, mediaType string, body []byte) {
	a := Attachment{Name: name, MediaType: mediaType, Body: body}
	if s.dir != "" {
		if err := os.MkdirAll(s.dir, 0o755); err == nil {
			p := filepath.Join(s.dir, name)
			if os.WriteFile(p, body, 0o644) == nil {
				a.Path = p
			}
		}
	}
	if s.h.Attach != nil {
		s.h.Attach(st.Id, a)
	}
}

var unsafeName = regexp.MustCompile(`[^\p{L}\p{N}]+`)

// scenarioDir is the stable evidence folder of a scenario:
// <dir>/<feature file>/<scenario name>, with -2, -3 ... added when a name
// comes again (the rows of an outline).
func (d *dirNames) scenarioDir(dir string, sc *godog.Scenario) string {
	if dir == "" {
		return ""
	}
	feature := strings.TrimSuffix(filepath.Base(sc.Uri), filepath.Ext(sc.Uri))
	p := filepath.Join(dir, slug(feature), slug(sc.Name))
	d.mu.Lock()
	defer d.mu.Unlock()
	if d.seen == nil {
		d.seen = map[string]int{}
	}
	d.seen[p]++
	if n := d.seen[p]; n > 1 {
		p = fmt.Sprintf("%s-%d", p, n)
	}
	return p
}

// dirNames hands out evidence folder names, one per scenario of a run.
type dirNames struct {
	mu   sync.Mutex
	seen map[string]int
}

func slug(s string) string {
	s = strings.Trim(unsafeName.ReplaceAllString(strings.ToLower(s), "-"), "-")
	if len(s) > 60 {
		s = strings.TrimRight(s[:60], "-")
	}
	if s == "" {
		return "scenario"
	}
	return s
}
