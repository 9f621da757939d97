package browser

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"sync/atomic"
	"testing"
	"time"
)

// heldServer answers each POST /slow only when the test lets it: it hands
// the test a channel to close when the request arrives, and records whether
// it answered.
type heldServer struct {
	*httptest.Server
	arrived  chan chan struct{}
	answered atomic.Bool
}

func newHeldServer(t *testing.T, page string) *heldServer {
	t.Helper()
	h := &heldServer{arrived: make(chan chan struct{}, 8)}
	mux := http.NewServeMux()
	mux.HandleFunc("/{$}", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprint(w, htmlPage("Form", page))
	})
	mux.HandleFunc("POST /slow", func(w http.ResponseWriter, r *http.Request) {
		release := make(chan struct{})
		h.arrived <- release
		select {
		case <-release:
		case <-r.Context().Done():
			return
		}
		h.answered.Store(true)
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprint(w, htmlPage("Answer", `<h1>Saved</h1>`))
	})
	h.Server = httptest.NewServer(mux)
	t.Cleanup(h.Close)
	return h
}

// What a click started is part of the click: it returns once the form's
// answer came (and its document is ready) or the request the page's script
// sent was answered, so that the next step, which may move the sim's clock,
// starts after the server has done what the click asked.
func TestClickWaitsForTheAnswerToWhatItSent(t *testing.T) {
	cases := []struct{ name, page, after, why string }{
		{"form post", `<form method="post" action="/slow"><button>Send</button></form>`, "/slow",
			"a form submitted by its button navigates to the server's answer"},
		{"fetch", `<button onclick="fetch('/slow', {method: 'POST'}).then(r => r.text()).then(() => out.textContent = 'sent')">Send</button><p id="out"></p>`, "",
			"a script sends the form's data with fetch and stays on the page"},
		{"fetch then navigate", `<button onclick="fetch('/slow', {method: 'POST'}).then(() => { location.href = '/?done' })">Send</button>`, "/?done",
			"a script sends the data, then loads the next page when answered"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			h := newHeldServer(t, c.page)
			s := newSession(t)
			open(t, s, h.URL)

			// Held for good: the click cannot be done, and says what it waits for.
			err := s.Click(stepCtx(t, 2*time.Second), "Send")
			if err == nil {
				t.Fatalf("the click returned while the server had not answered POST /slow (%s)", c.why)
			}
			mustContain(t, err, "POST "+h.URL+"/slow")
			if !errors.Is(err, context.DeadlineExceeded) {
				t.Errorf("error %v does not wrap context.DeadlineExceeded", err)
			}
			close(<-h.arrived)
			if c.after != "" {
				// Where the page goes once answered, before the test opens it again.
				if err := s.WaitURL(stepCtx(t, 10*time.Second), c.after); err != nil {
					t.Fatal(err)
				}
			}

			// Let go when it arrives: the click returns after the answer.
			open(t, s, h.URL)
			h.answered.Store(false)
			go func() { close(<-h.arrived) }()
			if err := s.Click(stepCtx(t, 10*time.Second), "Send"); err != nil {
				t.Fatalf("Click: %v (%s)", err, c.why)
			}
			if !h.answered.Load() {
				t.Fatalf("the click returned before the server answered (%s)", c.why)
			}
			tb, _ := s.current()
			if pending, _ := tb.state(); pending {
				t.Errorf("the click returned with a navigation pending (%s)", c.why)
			}
		})
	}
}
