package browser

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"
)

// A page is not ready when its document is parsed but its deferred scripts
// have not run: until they have, the handlers the page attaches on
// DOMContentLoaded (a confirm() before a form is sent, a pop-up) are not
// there, and a click would do something else than what the page does for a
// reader. Open returns only once they have run.
func TestOpenWaitsForThePagesDeferredScripts(t *testing.T) {
	requested := make(chan struct{})
	release := make(chan struct{})
	var once sync.Once
	mux := http.NewServeMux()
	mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprint(w, htmlPage("Late", `<script src="/late.js" defer></script><button id="b">Go</button>`))
	})
	mux.HandleFunc("/late.js", func(w http.ResponseWriter, r *http.Request) {
		once.Do(func() { close(requested) })
		select {
		case <-release:
		case <-r.Context().Done():
			return
		}
		w.Header().Set("Content-Type", "text/javascript")
		fmt.Fprint(w, `document.addEventListener("DOMContentLoaded", function () { window.handlersAttached = true; });`)
	})
	srv := httptest.NewServer(mux)
	t.Cleanup(srv.Close)
	var releaseOnce sync.Once
	letGo := func() { releaseOnce.Do(func() { close(release) }) }
	t.Cleanup(letGo)
	s := newSession(t)
	opened := make(chan error, 1)
	go func() { opened <- s.Open(stepCtx(t, 20*time.Second), srv.URL+"/") }()
	select {
	case err := <-opened:
		t.Fatalf("Open returned (%v) before the page even asked for its deferred script", err)
	case <-requested:
	}
	// The document is parsed (interactive) while its script loads: the
	// moment a wait on the ready state alone ends. For a while after it,
	// Open must still be waiting; the page is held that long, no longer.
	waitParsed(t, s)
	select {
	case err := <-opened:
		t.Fatalf("Open returned (%v) while the page's deferred script was still loading: a click now would find none of the page's handlers", err)
	case <-time.After(300 * time.Millisecond):
	}
	letGo()
	if err := <-opened; err != nil {
		t.Fatal(err)
	}
	if got := jsValue(t, s, "window.handlersAttached === true"); got != "true" {
		t.Errorf("Open returned before the page's DOMContentLoaded handlers ran (handlersAttached: %s)", got)
	}
}

// waitParsed waits until the current tab's document is parsed.
func waitParsed(t *testing.T, s *Session) {
	t.Helper()
	tick := time.NewTicker(5 * time.Millisecond)
	defer tick.Stop()
	ctx := stepCtx(t, 10*time.Second)
	for {
		if tb, err := s.current(); err == nil {
			var state string
			if tb.eval(ctx, "document.readyState", &state) == nil && strings.Contains(state, "interactive") {
				return
			}
		}
		select {
		case <-ctx.Done():
			t.Fatal("the document never became interactive")
		case <-tick.C:
		}
	}
}
