package main

import (
	"testing"

	"github.com/unbind/unbind/steps/browser"
	"github.com/unbind/unbind/steps/browser/chromiumtest"
)

// A feature runs, end to end against the embedded sim, in a separate
// Chromium reached only through its DevTools websocket, whose command line
// maps no host: the harness applies the host map itself.
func TestAFeatureRunsInARemoteBrowser(t *testing.T) {
	path, err := browser.FindHeadlessChrome("")
	if err != nil {
		t.Fatal(err)
	}
	ws := chromiumtest.Start(t, path)
	r, err := runSuite(t.Context(), suiteOptions{
		paths: []string{"../features/p02_direct_link.feature"}, concurrency: 1, remote: ws,
	})
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range r.failures {
		t.Errorf("failed through the remote browser: %s", f)
	}
	if len(r.scenarios) < 5 {
		t.Errorf("%d scenarios ran, want the 5 of p02_direct_link.feature", len(r.scenarios))
	}
}
