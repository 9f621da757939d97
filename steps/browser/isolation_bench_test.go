package browser

import (
	"testing"
	"time"
)

// BenchmarkScenario runs a short scenario, four pages on four documented
// hosts in a session of its own, with each way of isolating sessions: the
// difference is what isolation costs a scenario, off its path and on it.
//
//	go test ./steps/browser -run '^$' -bench Scenario -benchtime 40x -count 3
func BenchmarkScenario(b *testing.B) {
	pages := []string{
		"https://www.aliexpress.com/", "https://login.aliexpress.com/",
		"https://intl.alipay.com/", "https://mail.example.com/",
	}
	for _, iso := range []Isolation{IsolationReset, IsolationFresh} {
		b.Run(iso.String(), func(b *testing.B) {
			was := testBrowser.opts.Isolation
			testBrowser.opts.Isolation = iso
			b.Cleanup(func() { testBrowser.opts.Isolation = was })
			for b.Loop() {
				s, err := testBrowser.NewSession(stepCtx(b, 10*time.Second))
				if err != nil {
					b.Fatal(err)
				}
				if err := s.SetCookie(stepCtx(b, 5*time.Second), "world", "w-bench", simHosts); err != nil {
					b.Fatal(err)
				}
				for _, u := range pages {
					open(b, s, u)
				}
				if err := s.Close(); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
