package steps

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/cucumber/godog"

	"github.com/unbind/unbind/reports/record"
	"github.com/unbind/unbind/reports/redact"
	"github.com/unbind/unbind/steps/browser"
)

// evidenceTimeout bounds the capture of evidence after a step; it does not
// use the step's own deadline, which may be what just ran out.
const evidenceTimeout = 10 * time.Second

// keepEvidence captures what a person needs to see what a step met: a
// screenshot of the state the step left always (or a note saying why there
// is none), and when full is set the DOM, console errors and failed
// requests too. With baselines (EvidenceOptions.Baseline) the screenshot of
// a passing step is taken of the page held still and compared with its
// baseline. Capture problems become a text attachment, never a new
// failure.
func (s *Scenario) keepEvidence(st *godog.Step, status string, full bool) {
	ctx, cancel := context.WithTimeout(context.Background(), evidenceTimeout)
	defer cancel()
	base := fmt.Sprintf("step-%02d-%s", s.stepNum, status)
	var problems []string
	compare := status == "passed" && s.baseDir != ""
	shoot := s.sess.Screenshot
	if compare {
		shoot = s.sess.SteadyScreenshot
	}
	png, err := shoot(ctx)
	if err == nil {
		s.keep(st, base, record.Screenshot, png)
		if compare {
			s.checkBaseline(st, base, png)
		}
	} else {
		s.keep(st, base, record.Note, []byte(noShot(err)+"\n"))
		problems = append(problems, "screenshot: "+err.Error())
	}
	if full && !errors.Is(err, browser.ErrNoPage) {
		if dom, err := s.sess.DOM(ctx); err == nil {
			s.keep(st, base, record.Page, []byte(dom))
		} else {
			problems = append(problems, "DOM: "+err.Error())
		}
	}
	if full {
		log := s.sess.Evidence()
		if len(log) > 0 || len(problems) > 0 {
			text := strings.Join(append(log, problems...), "\n") + "\n"
			s.keep(st, base, record.Console, []byte(text))
		}
	}
}

// keep attaches evidence of a kind the harness keeps after a step, named
// and typed as that kind is (record.EvidenceKind.FileName).
func (s *Scenario) keep(st *godog.Step, base string, kind record.EvidenceKind, body []byte) {
	s.store(st, record.Attachment{Name: kind.FileName(base), MediaType: kind.MediaType(), Kind: kind, Body: body})
}

// noShot says why a step has no screenshot.
func noShot(err error) string {
	if errors.Is(err, browser.ErrNoPage) {
		return "No screenshot: no page open yet."
	}
	if errors.Is(err, browser.ErrDialogOpen) {
		// The browser draws its own alerts outside the page: a headless
		// one draws none, and the page under it cannot be taken until it
		// is answered. Its text is what there is to keep.
		msg := err.Error()
		if _, after, ok := strings.Cut(msg, browser.ErrDialogOpen.Error()+": "); ok {
			msg = after
		}
		msg, _, _ = strings.Cut(msg, "; accept or dismiss it first")
		return "No screenshot: the browser's own alert is open (" + msg + "); headless Chromium draws no picture of it, and the page under it can be taken once the next step answers it."
	}
	return "No screenshot: " + err.Error()
}

// attach attaches evidence a step made of its own accord (record.Custom).
func (s *Scenario) attach(st *godog.Step, name, mediaType string, body []byte) {
	s.store(st, record.Attachment{Name: name, MediaType: mediaType, Body: body})
}

// store writes the evidence into the scenario's evidence folder, when
// it has one, and hands it to the harness's Attach.
func (s *Scenario) store(st *godog.Step, a record.Attachment) {
	if s.dir != "" {
		if err := os.MkdirAll(s.dir, 0o755); err == nil {
			p := filepath.Join(s.dir, a.Name)
			if os.WriteFile(p, a.Body, 0o644) == nil {
				a.Path = p
			}
		}
	}
	if s.h.Attach != nil {
		s.h.Attach(st.Id, a)
	}
}

// unsafeName is a run of what a folder or file name leaves out: all but
// letters, digits and the marks that belong to letters (the vowel signs and
// viramas of Devanagari, accents written apart).
var unsafeName = regexp.MustCompile(`[^\p{L}\p{M}\p{N}]+`)

// scenarioDir is the stable evidence folder of a scenario:
// <dir>/<feature file>/<scenario name>, with -2, -3 ... added when the name
// is taken already (the rows of an outline, two names alike in their first
// 60 bytes), so that no two scenarios of a run share a folder.
func (d *dirNames) scenarioDir(dir string, sc *godog.Scenario) string {
	if dir == "" {
		return ""
	}
	feature := strings.TrimSuffix(filepath.Base(sc.Uri), filepath.Ext(sc.Uri))
	p := filepath.Join(dir, slug(feature), cutSlug(sc.Name))
	d.mu.Lock()
	defer d.mu.Unlock()
	if d.taken == nil {
		d.taken = map[string]bool{}
	}
	name := p
	for n := 2; d.taken[name]; n++ {
		name = fmt.Sprintf("%s-%d", p, n)
	}
	d.taken[name] = true
	return name
}

// cutSlug is slug of a scenario's name, and where slug cut it short, a
// hash of the whole name after it: two names alike in their first letters
// (outline rows that differ in an address at their end) get folders of
// their own, the same from run to run whichever finishes first.
func cutSlug(name string) string {
	s := slug(name)
	if whole := strings.Trim(unsafeName.ReplaceAllString(strings.ToLower(redact.Text(name)), "-"), "-"); len(whole) <= maxSlug {
		return s
	}
	sum := sha256.Sum256([]byte(redact.Text(name)))
	return s + "-" + hex.EncodeToString(sum[:3])
}

// dirNames hands out evidence folder names, one per scenario of a run.
type dirNames struct {
	mu    sync.Mutex
	taken map[string]bool
}

// maxSlug bounds the bytes of a name made by slug.
const maxSlug = 60

// slug makes s a file name: lower case, the runs of anything but letters
// and digits turned into one hyphen, at most maxSlug bytes, cut between two
// letters (never inside one, never between a letter and its marks).
func slug(s string) string {
	s = redact.Text(s) // a card number in a name is not a folder's
	s = strings.Trim(unsafeName.ReplaceAllString(strings.ToLower(s), "-"), "-")
	if len(s) > maxSlug {
		s = strings.TrimRight(s[:cutAt(s, maxSlug)], "-")
	}
	if s == "" {
		return "scenario"
	}
	return s
}

// cutAt is the greatest index up to max where s may be cut: between two
// words when one ends in the second half, else at the start of a rune that
// is not a mark and does not follow a virama (the joined consonants of
// क्ष stay whole).
func cutAt(s string, max int) int {
	if i := strings.LastIndexByte(s[:max+1], '-'); i > max/2 {
		return i
	}
	i := max
	for i > 0 {
		r, _ := utf8.DecodeRuneInString(s[i:])
		prev, _ := utf8.DecodeLastRuneInString(s[:i])
		if utf8.RuneStart(s[i]) && !unicode.Is(unicode.M, r) && !joins(prev) {
			break
		}
		i--
	}
	return i
}

// joins reports whether r joins the letter before it to the next: a
// virama (Devanagari's ्, and the other Indic scripts') or a zero-width
// joiner.
func joins(r rune) bool {
	return r == '\u200d' || r == '\u200c' || unicode.In(r, unicode.Mn) && strings.ContainsRune("\u094d\u09cd\u0a4d\u0acd\u0b4d\u0bcd\u0c4d\u0ccd\u0d4d", r)
}
