package browser

import (
	"bytes"
	"errors"
	"fmt"
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

// A screenshot right after a click that loads a page of another site (which
// the browser shows from another renderer process) is of the new page.
func TestScreenshotRightAfterAClickThatLoadsAnotherSite(t *testing.T) {
	s := newSession(t)
	for i := range 3 {
		open(t, s, "https://www.aliexpress.com/")
		jsValue(t, s, `(() => { const a = document.createElement('a'); a.href = 'https://intl.alipay.com/next'; a.textContent = 'Wallet'; document.body.append(a); return 1; })()`)
		if err := s.Click(stepCtx(t, 10*time.Second), "Wallet"); err != nil {
			t.Fatal(err)
		}
		shot, err := s.Screenshot(stepCtx(t, 10*time.Second))
		if err != nil {
			t.Fatalf("round %d: %v", i+1, err)
		}
		if _, err := png.DecodeConfig(bytes.NewReader(shot)); err != nil {
			t.Fatalf("round %d: the screenshot is not a PNG: %v", i+1, err)
		}
		if got := jsValue(t, s, "location.host"); got != "intl.alipay.com" {
			t.Fatalf("round %d: the page is on %s after the click", i+1, got)
		}
	}
}

// A tab that has shown no page yet has nothing to take a picture of.
func TestScreenshotOfNoPageSaysSo(t *testing.T) {
	s := newSession(t)
	_, err := s.Screenshot(stepCtx(t, 5*time.Second))
	if !errors.Is(err, ErrNoPage) {
		t.Fatalf("Screenshot of a fresh tab: %v, want ErrNoPage", err)
	}
	mustContain(t, err, "no page open yet")
}

// Taking a screenshot of a page on an emulated phone leaves the page as it
// was: no resize, no other scale, and the next click lands where it aims.
func TestScreenshotLeavesAnEmulatedPageAsItWas(t *testing.T) {
	links := ""
	for i := 1; i <= 8; i++ {
		links += fmt.Sprintf(`<a href="#" id="l%d" style="display:block;padding:14px">Line %d</a>`, i, i)
	}
	srv := serve(t, map[string]string{"/": `<meta name="viewport" content="width=device-width, initial-scale=1">` + links +
		`<script>window.resizes = 0; addEventListener('resize', () => resizes++); visualViewport.addEventListener('resize', () => resizes++);
window.hit = ''; document.addEventListener('click', e => { hit = e.target.id; e.preventDefault(); });</script>`})
	s := newSession(t)
	if err := s.Emulate(stepCtx(t, 5*time.Second), device.Pixel5); err != nil {
		t.Fatal(err)
	}
	open(t, s, srv.URL)
	before := jsValue(t, s, "[innerWidth, innerHeight, devicePixelRatio, visualViewport.scale].join(' ')")
	// The page may resize while it loads on the phone; count from now.
	jsValue(t, s, "new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r))).then(() => resizes = 0)")
	for i := 1; i <= 3; i++ {
		if _, err := s.Screenshot(stepCtx(t, 5*time.Second)); err != nil {
			t.Fatal(err)
		}
		name := fmt.Sprintf("Line %d", 2*i+2)
		if err := s.Click(stepCtx(t, 5*time.Second), name); err != nil {
			t.Fatalf("the click after screenshot %d: %v", i, err)
		}
		if got, want := jsValue(t, s, "hit"), fmt.Sprintf("l%d", 2*i+2); got != want {
			t.Errorf("the click on %q after screenshot %d reached #%s", name, i, got)
		}
	}
	if got := jsValue(t, s, "resizes"); got != "0" {
		t.Errorf("the page saw %s resize events while screenshots were taken", got)
	}
	if after := jsValue(t, s, "[innerWidth, innerHeight, devicePixelRatio, visualViewport.scale].join(' ')"); after != before {
		t.Errorf("viewport %s after the screenshots, %s before", after, before)
	}
}

// A screenshot taken while an emulated phone loads the next page is of the
// next page, and leaves it as it was: the next click lands where it aims.
func TestScreenshotDuringANavigationOnAPhone(t *testing.T) {
	links := ""
	for i := 1; i <= 8; i++ {
		links += fmt.Sprintf(`<a href="#" id="l%d" style="display:block;padding:14px">Line %d</a>`, i, i)
	}
	probe := `<script>window.hit = ''; document.addEventListener('click', e => { hit = e.target.id; e.preventDefault(); });</script>`
	meta := `<meta name="viewport" content="width=device-width, initial-scale=1">`
	srv := serve(t, map[string]string{"/": meta + `<h1>First</h1>`, "/next": meta + `<h1>Next</h1>` + links + probe})
	s := newSession(t)
	if err := s.Emulate(stepCtx(t, 5*time.Second), device.Pixel5); err != nil {
		t.Fatal(err)
	}
	for i := 1; i <= 3; i++ {
		open(t, s, srv.URL)
		jsValue(t, s, "setTimeout(() => location.href = '/next', 0)")
		if _, err := s.Screenshot(stepCtx(t, 5*time.Second)); err != nil {
			t.Fatal(err)
		}
		if got := jsValue(t, s, "location.pathname"); got != "/next" {
			t.Errorf("round %d: the screenshot was taken on %s, before the next page", i, got)
		}
		if err := s.Click(stepCtx(t, 5*time.Second), "Line 7"); err != nil {
			t.Fatalf("round %d: the click after the screenshot: %v", i, err)
		}
		if got := jsValue(t, s, "hit"); got != "l7" {
			t.Errorf("round %d: the click on Line 7 after the screenshot reached #%s", i, got)
		}
	}
}

// A card number typed into a field is hidden in a screenshot, as a
// password field shows it: two pages that differ only by the number in
// the field, or by the code in the CVV field, give the same picture; the
// field keeps its value and looks as it did once the screenshot is taken.
func TestScreenshotHidesCardNumbersAndCodes(t *testing.T) {
	srv := serve(t, map[string]string{"/": `<label for="n">Card number</label> <input id="n" size="24">
<label for="c">CVV/CVC</label> <input id="c" size="4">
<label for="h">Cardholder name</label> <input id="h" size="24">`})
	s := newSession(t)
	shots := map[string][]byte{}
	for _, card := range [][2]string{{"4242424242424242", "737"}, {"4111111111111111", "123"}} {
		open(t, s, srv.URL)
		for label, value := range map[string]string{"Card number": card[0], "CVV/CVC": card[1], "Cardholder name": "Ivan Petrov"} {
			if err := s.Fill(stepCtx(t, 5*time.Second), label, value); err != nil {
				t.Fatal(err)
			}
		}
		jsValue(t, s, `document.activeElement.blur(), ""`) // no caret, which blinks
		shot, err := s.Screenshot(stepCtx(t, 5*time.Second))
		if err != nil {
			t.Fatal(err)
		}
		shots[card[0]] = shot
		if got := jsValue(t, s, `document.getElementById("n").value + "|" + document.getElementById("n").style.cssText + "|" + document.querySelectorAll("[data-unbind-masked]").length`); got != card[0]+"||0" {
			t.Errorf("after the screenshot the field is %q, want its value as typed, no style and no mark", got)
		}
	}
	if !bytes.Equal(shots["4242424242424242"], shots["4111111111111111"]) {
		t.Error("the screenshots of two card numbers differ: the number shows in the picture")
	}
	// A name typed in the holder's field is not hidden.
	open(t, s, srv.URL)
	if err := s.Fill(stepCtx(t, 5*time.Second), "Cardholder name", "Anna Smirnova"); err != nil {
		t.Fatal(err)
	}
	jsValue(t, s, `document.activeElement.blur(), ""`)
	other, err := s.Screenshot(stepCtx(t, 5*time.Second))
	if err != nil {
		t.Fatal(err)
	}
	open(t, s, srv.URL)
	if err := s.Fill(stepCtx(t, 5*time.Second), "Cardholder name", "Ivan Petrov"); err != nil {
		t.Fatal(err)
	}
	jsValue(t, s, `document.activeElement.blur(), ""`)
	if same, _ := s.Screenshot(stepCtx(t, 5*time.Second)); bytes.Equal(same, other) {
		t.Error("two holders' names give the same picture: a field that holds no secret is hidden too")
	}
}
