package browser

import (
	"slices"
	"testing"
	"time"

	"github.com/chromedp/chromedp/device"
)

// dirty leaves state of every kind a page can keep in its origin, and
// fetches a response the browser may cache.
const dirty = `(async () => {
  const secure = location.protocol === 'https:';
  document.cookie = 'leak=' + location.protocol + '; path=/; max-age=3600' + (secure ? '; Secure; SameSite=None' : '');
  localStorage.setItem('leak', location.href);
  sessionStorage.setItem('leak', location.href);
  await new Promise((ok, fail) => {
    const req = indexedDB.open('leak', 1);
    req.onupgradeneeded = () => req.result.createObjectStore('cards');
    req.onsuccess = () => { req.result.close(); ok(); };
    req.onerror = () => fail(req.error);
  });
  await (await fetch('/cacheable')).text();
  if (secure) {
    await (await caches.open('leak')).put('/card', new Response('4242'));
    await navigator.serviceWorker.register('/sw.js');
  }
  window.name = 'leak';
  return 'dirty';
})()`

// traces reads, on a page, what dirty leaves.
const traces = `(async () => {
  const secure = location.protocol === 'https:';
  return JSON.stringify({
    cookie: document.cookie,
    server: document.querySelectorAll('p')[1].textContent,
    local: localStorage.length,
    session: sessionStorage.length,
    indexedDB: (await indexedDB.databases()).map((d) => d.name),
    caches: secure ? await caches.keys() : [],
    workers: secure ? (await navigator.serviceWorker.getRegistrations()).length : 0,
    name: window.name,
  });
})()`

// clean is what traces reads on a page of a new browser context.
const clean = `{"cookie":"","server":"cookies=","local":0,"session":0,"indexedDB":[],"caches":[],"workers":0,"name":""}`

// device reads what emulation changes.
const deviceProbe = `JSON.stringify([innerWidth, innerHeight, devicePixelRatio, navigator.userAgent,
  navigator.maxTouchPoints, matchMedia('(pointer: coarse)').matches])`

// One scenario leaves everything a scenario can leave in its browser
// context; the next scenario, which gets the same context once it is reset,
// sees none of it.
func TestNoLeakToTheNextSessionOfAPooledContext(t *testing.T) {
	first := newSession(t)
	pooledCtx := first.p
	baseline := jsValue(t, first, deviceProbe)
	leaveEverything(t, first, baseline)
	if err := first.Close(); err != nil {
		t.Fatalf("closing the session that left everything: %v", err)
	}
	waitPooled(t, pooledCtx)

	next := newSession(t)
	if next.p != pooledCtx {
		t.Fatal("the next session did not get the reset browser context")
	}
	checkBlank(t, next, baseline)
	hits := docHits.Load()
	for _, origin := range docOrigins() {
		open(t, next, origin+"/")
		if got := jsValue(t, next, traces); got != clean {
			t.Errorf("%s keeps the last session's state:\n got %s\nwant %s", origin, got, clean)
		}
		jsValue(t, next, `fetch('/cacheable').then((r) => r.text())`)
	}
	if got, want := docHits.Load()-hits, int64(len(docOrigins())); got != want {
		t.Errorf("%d of %d fetches of a cacheable response reached the server; the others came from the last session's cache", got, want)
	}
}

// docOrigins are every documented host over http and https.
func docOrigins() []string {
	var out []string
	for _, h := range simHosts {
		out = append(out, "http://"+h, "https://"+h)
	}
	return out
}

// leaveEverything leaves, in the session's browser context: cookies (set by
// pages and by the harness), local and session storage, IndexedDB, Cache
// Storage, service workers and cache entries on every documented host over
// http and https; a long history and a window name in the first tab; two
// more tabs; a phone's emulation; and, on the first tab, an alert left open
// over a page that asks before it is left.
func leaveEverything(t *testing.T, s *Session, baseline string) {
	t.Helper()
	if err := s.SetCookie(stepCtx(t, 5*time.Second), "world", "w-leak", simHosts); err != nil {
		t.Fatal(err)
	}
	for _, origin := range docOrigins() {
		open(t, s, origin+"/")
		if got := jsValue(t, s, dirty); got != "dirty" {
			t.Fatalf("leaving state on %s: %s", origin, got)
		}
	}
	jsValue(t, s, `window.open('http://m.aliexpress.com/', '_blank'), window.open('https://mail.example.com/', '_blank', 'noopener'), 1`)
	if err := s.OpenInNewTab(stepCtx(t, 5*time.Second), "https://intl.alipay.com/"); err != nil {
		t.Fatal(err)
	}
	if err := s.Emulate(stepCtx(t, 5*time.Second), device.IPhone7); err != nil {
		t.Fatal(err)
	}
	s.mu.Lock()
	s.cur = s.first
	s.mu.Unlock()
	if got := jsValue(t, s, deviceProbe); got == baseline {
		t.Fatalf("the phone is not emulated: the device reads %s", got)
	}
	jsValue(t, s, `addEventListener('beforeunload', (e) => { e.preventDefault(); e.returnValue = ''; }),
document.body.insertAdjacentHTML('beforeend', '<button onclick="alert(\'left open\')">Open alert</button>'), 1`)
	if err := s.Click(stepCtx(t, 5*time.Second), "Open alert"); err != nil {
		t.Fatal(err)
	}
	if text, err := s.DialogText(stepCtx(t, 5*time.Second)); err != nil || text != "left open" {
		t.Fatalf("the alert is not open: %q, %v", text, err)
	}
}

// checkBlank checks a new session's first tab: the only tab, blank, with no
// history, no dialog and no emulation (its device reads as baseline).
func checkBlank(t *testing.T, s *Session, baseline string) {
	t.Helper()
	tabs, err := s.pageTargets(stepCtx(t, 5*time.Second))
	if err != nil {
		t.Fatal(err)
	}
	if len(tabs) != 1 {
		t.Errorf("the context has %d tabs, want 1", len(tabs))
	}
	if d := s.first.pendingDialog(); d != nil {
		t.Errorf("a dialog is open: %q", d.Message)
	}
	if got := jsValue(t, s, `location.href + ' ' + history.length + ' ' + JSON.stringify(window.name)`); got != `about:blank 1 ""` {
		t.Errorf("the first tab is %s, want about:blank with a history of 1 and no name", got)
	}
	if got := jsValue(t, s, deviceProbe); got != baseline {
		t.Errorf("the device still reads %s, want %s", got, baseline)
	}
}

// waitPooled waits until the context is back among the ready ones, reset,
// and makes it the one the next session takes.
func waitPooled(t *testing.T, p *pooled) {
	t.Helper()
	cp := testBrowser.inst().pool
	err := poll(stepCtx(t, 10*time.Second), nil, func() (bool, error) {
		cp.mu.Lock()
		defer cp.mu.Unlock()
		i := slices.Index(cp.ready, p)
		if i < 0 || cp.pending > 0 {
			return false, nil
		}
		cp.ready = append(slices.Delete(cp.ready, i, i+1), p)
		return true, nil
	})
	if err != nil {
		t.Fatalf("the released context is not ready again (its reset failed? run with UNBIND_TEST_LOG=1): %v", err)
	}
}
