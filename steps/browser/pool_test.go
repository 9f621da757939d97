package browser

import (
	"slices"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/target"
)

// browserContexts lists the browser contexts the browser has now.
func browserContexts(t *testing.T, b *Browser, s *Session) []cdp.BrowserContextID {
	t.Helper()
	res, err := cdp.Call(stepCtx(t, 5*time.Second), s.browserSession(), target.GetBrowserContexts, cdp.Empty{})
	if err != nil {
		t.Fatal(err)
	}
	return res.BrowserContextIDs
}

// A context whose reset cannot be done is never handed out again: here the
// browser context was disposed of behind the pool's back, as a browser pool
// that recycles its browsers might.
func TestAContextThatCannotBeResetIsDisposedOf(t *testing.T) {
	s := newSession(t)
	p := s.p
	open(t, s, "https://intl.alipay.com/")
	_, err := cdp.Call(stepCtx(t, 5*time.Second), s.browserSession(), target.DisposeBrowserContext, target.DisposeBrowserContextParams{BrowserContextID: p.bcID})
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Close(); err != nil {
		t.Logf("closing the session whose context is gone: %v", err)
	}
	err = poll(stepCtx(t, 10*time.Second), nil, func() (bool, error) {
		testBrowser.inst().pool.mu.Lock()
		defer testBrowser.inst().pool.mu.Unlock()
		return testBrowser.inst().pool.pending == 0, nil
	})
	if err != nil {
		t.Fatal(err)
	}
	testBrowser.inst().pool.mu.Lock()
	pooledAgain := slices.Contains(testBrowser.inst().pool.ready, p)
	testBrowser.inst().pool.mu.Unlock()
	if pooledAgain {
		t.Error("the context whose reset failed is pooled again")
	}
	next := newSession(t)
	open(t, next, "https://intl.alipay.com/")
}

// With IsolationFresh every session gets a new browser context, disposed of
// when the session closes.
func TestFreshIsolationDisposesOfEveryContext(t *testing.T) {
	b, err := Start(stepCtx(t, 30*time.Second), Options{Isolation: IsolationFresh, Logf: testLogf})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		if err := b.Close(); err != nil {
			t.Error(err)
		}
	})
	var seen []cdp.BrowserContextID
	for range 2 {
		s, err := b.NewSession(stepCtx(t, 10*time.Second))
		if err != nil {
			t.Fatal(err)
		}
		if slices.Contains(seen, s.bcID) {
			t.Errorf("a session got the browser context %s again", s.bcID)
		}
		seen = append(seen, s.bcID)
		watcher, err := b.NewSession(stepCtx(t, 10*time.Second))
		if err != nil {
			t.Fatal(err)
		}
		if err := s.Close(); err != nil {
			t.Fatal(err)
		}
		if slices.Contains(browserContexts(t, b, watcher), s.bcID) {
			t.Errorf("the browser context %s outlives its session", s.bcID)
		}
		if err := watcher.Close(); err != nil {
			t.Fatal(err)
		}
	}
}

func TestParseIsolation(t *testing.T) {
	cases := []struct {
		name, why string
		want      Isolation
		fails     bool
	}{
		{"reset", "the default, by name", IsolationReset, false},
		{"", "no flag given means the default", IsolationReset, false},
		{"fresh", "a new context per session, for comparison", IsolationFresh, false},
		{"pooled", "an unknown name is refused", 0, true},
	}
	for _, c := range cases {
		got, err := ParseIsolation(c.name)
		if (err != nil) != c.fails || got != c.want {
			t.Errorf("ParseIsolation(%q) = %v, %v; want %v, failing %v (%s)", c.name, got, err, c.want, c.fails, c.why)
		}
		if err == nil && c.name != "" && got.String() != c.name {
			t.Errorf("%v.String() = %q, want %q", got, got.String(), c.name)
		}
	}
}

// A page with a frame of another site leaves storage that clearing by origin
// does not reach (Chromium keys it by both sites), so its context is
// disposed of rather than reset.
func TestAContextThatHadAFrameOfAnotherSiteIsDisposedOf(t *testing.T) {
	s := newSession(t)
	p := s.p
	open(t, s, "http://www.aliexpress.com/")
	jsValue(t, s, `new Promise((ok) => {
  const f = document.createElement('iframe');
  f.onload = () => ok(1);
  f.src = 'https://intl.alipay.com/';
  document.body.append(f);
})`)
	err := poll(stepCtx(t, 5*time.Second), nil, func() (bool, error) {
		s.mu.Lock()
		defer s.mu.Unlock()
		return s.framed, nil
	})
	if err != nil {
		t.Fatalf("the frame of another site was not noticed: %v", err)
	}
	watcher := newSession(t)
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	err = poll(stepCtx(t, 10*time.Second), nil, func() (bool, error) {
		return !slices.Contains(browserContexts(t, testBrowser, watcher), p.bcID), nil
	})
	if err != nil {
		t.Fatalf("the browser context is still there: %v", err)
	}
}

func TestOtherSite(t *testing.T) {
	cases := []struct {
		top, frame string
		want       bool
		why        string
	}{
		{"https://www.aliexpress.com", "https://login.aliexpress.com", false, "hosts of one registrable domain are one site"},
		{"https://www.aliexpress.com", "https://intl.alipay.com", true, "another registrable domain is another site"},
		{"https://www.aliexpress.com", "http://www.aliexpress.com", true, "the scheme is part of the site"},
		{"https://mail.example.com", "https://example.com", false, "a subdomain is the same site"},
		{"https://a.github.io", "https://b.github.io", true, "hosts under a public suffix are sites of their own"},
		{"http://127.0.0.1:8080", "http://127.0.0.1:9090", false, "an address is its own site, whatever the port"},
		{"https://www.aliexpress.com", "null", false, "an opaque origin (about:blank, data:) is not counted"},
		{"", "https://intl.alipay.com", false, "before the page's own document there is nothing to compare with"},
	}
	for _, c := range cases {
		if got := otherSite(c.top, c.frame); got != c.want {
			t.Errorf("otherSite(%q, %q) = %v, want %v (%s)", c.top, c.frame, got, c.want, c.why)
		}
	}
}
