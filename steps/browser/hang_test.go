package browser

import (
	"testing"
	"time"
)

// A page that never gives its thread back (a script in an endless loop)
// goes with its session: the sessions after it, in whatever browser context
// the pool gives them, load and read their pages as if it had never been.
// (A context whose renderer no longer answers fails its reset and is
// disposed of, rather than pooled.)
func TestAHungPageDoesNotOutliveItsSession(t *testing.T) {
	for range 3 {
		s := newSession(t)
		for _, u := range []string{"https://www.aliexpress.com/", "https://intl.alipay.com/"} {
			if err := s.Open(stepCtx(t, 10*time.Second), u); err != nil {
				t.Fatalf("a session after a hung page cannot open %s: %v", u, err)
			}
			if got := jsValue(t, s, `document.title`); got != "Echo" {
				t.Errorf("%s reads %s, want Echo", u, got)
			}
		}
		tb, err := s.current()
		if err != nil {
			t.Fatal(err)
		}
		var v any
		if err := tb.eval(stepCtx(t, time.Second), `for (;;) {}`, &v); err == nil {
			t.Fatal("a script with an endless loop returned")
		}
		if err := s.Close(); err != nil {
			t.Fatalf("closing the session of the hung page: %v", err)
		}
	}
}
