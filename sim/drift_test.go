package sim

import (
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
)

func stylesheet(t *testing.T, s *Sim) (string, http.Header) {
	t.Helper()
	rec := httptest.NewRecorder()
	s.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "http://alipay.test"+siteCSS, nil))
	if rec.Code != http.StatusOK {
		t.Fatalf("GET %s: %d", siteCSS, rec.Code)
	}
	b, _ := io.ReadAll(rec.Body)
	return string(b), rec.Header()
}

func TestDriftStylesheetComesAfterTheSitesOwn(t *testing.T) {
	own, _ := stylesheet(t, New(Options{}))
	rule := "button { color: rgb(200, 0, 0) !important; }"
	got, h := stylesheet(t, New(Options{DriftStylesheet: rule}))
	if !strings.HasPrefix(got, own) || !strings.Contains(got[len(own):], rule) {
		t.Errorf("stylesheet with an override: want the sites' own (%d bytes) and then %q; got %d bytes ending %q", len(own), rule, len(got), got[max(0, len(got)-120):])
	}
	if h.Get("Cache-Control") != "no-store" || !strings.HasPrefix(h.Get("Content-Type"), "text/css") {
		t.Errorf("headers of the stylesheet with an override: %v", h)
	}
	if strings.Contains(own, rule) {
		t.Error("the override is served without being asked for")
	}
}
