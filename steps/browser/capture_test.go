package browser

import (
	"bytes"
	"image/png"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp/device"
)

func TestScreenshotIsAPNGOfTheViewport(t *testing.T) {
	srv := serve(t, map[string]string{"/": `<h1>Cards</h1>`})
	s := newSession(t)
	open(t, s, srv.URL)
	shot, err := s.Screenshot(stepCtx(t, 5*time.Second))
	if err != nil {
		t.Fatal(err)
	}
	cfg, err := png.DecodeConfig(bytes.NewReader(shot))
	if err != nil {
		t.Fatalf("the screenshot is not a PNG: %v", err)
	}
	if width := jsValue(t, s, "innerWidth"); strconv.Itoa(cfg.Width) != width {
		t.Errorf("the screenshot is %d pixels wide, the viewport %s", cfg.Width, width)
	}
}

func TestDOMIsTheCurrentDocument(t *testing.T) {
	srv := serve(t, map[string]string{"/": `<h1>Cards</h1><script>document.body.append('added by script')</script>`})
	s := newSession(t)
	open(t, s, srv.URL)
	html, err := s.DOM(stepCtx(t, 5*time.Second))
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"<!DOCTYPE html>", "<h1>Cards</h1>", "added by script"} {
		if !strings.Contains(html, want) {
			t.Errorf("DOM lacks %q:\n%s", want, html)
		}
	}
}

func TestEvidenceReportsConsoleErrorsAndFailedRequests(t *testing.T) {
	srv := serve(t, map[string]string{"/": `<img src="/missing.png" alt="">
<script>console.error('card list failed:', 42); setTimeout(() => { throw new Error('boom') })</script>`})
	s := newSession(t)
	open(t, s, srv.URL)
	want := []string{
		"console error: card list failed: 42",
		"exception: Uncaught Error: boom",
		"HTTP 404 Not Found: GET " + srv.URL + "/missing.png",
	}
	var got []string
	err := poll(stepCtx(t, 5*time.Second), nil, func() (bool, error) {
		got = append(got, s.Evidence()...)
		return containsAll(got, want), nil
	})
	if err != nil {
		t.Fatalf("evidence = %q, want lines starting with %q", got, want)
	}
	if again := s.Evidence(); len(again) != 0 {
		t.Errorf("evidence is not cleared by reading it: %q", again)
	}
}

// containsAll reports whether every want is the start of some line.
func containsAll(lines, want []string) bool {
	for _, w := range want {
		found := false
		for _, l := range lines {
			if strings.HasPrefix(l, w) {
				found = true
			}
		}
		if !found {
			return false
		}
	}
	return true
}

func TestEmulateAppliesToEveryTab(t *testing.T) {
	srv := serve(t, map[string]string{"/": `<p>mobile</p>`})
	s := newSession(t)
	open(t, s, srv.URL)
	if err := s.Emulate(stepCtx(t, 5*time.Second), device.IPhone7); err != nil {
		t.Fatal(err)
	}
	if got := jsValue(t, s, "screen.width"); got != "375" {
		t.Errorf("screen.width = %s in the emulated tab, want 375", got)
	}
	if err := s.OpenInNewTab(stepCtx(t, 5*time.Second), srv.URL); err != nil {
		t.Fatal(err)
	}
	if got := jsValue(t, s, "screen.width"); got != "375" {
		t.Errorf("screen.width = %s in a tab opened later, want 375", got)
	}
}
