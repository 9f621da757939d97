package main

import (
	"testing"
	"time"

	"github.com/unbind/unbind/steps/browser"
)

func TestQuantile(t *testing.T) {
	ms := func(v ...int) []time.Duration {
		out := make([]time.Duration, len(v))
		for i, x := range v {
			out[i] = time.Duration(x) * time.Millisecond
		}
		return out
	}
	cases := []struct {
		name string
		why  string
		in   []time.Duration
		q    float64
		want time.Duration
	}{
		{"none", "no samples read as zero, not a panic", nil, 0.5, 0},
		{"one", "a single sample is every quantile", ms(7), 0.9, 7 * time.Millisecond},
		{"median of odd", "the middle one, whatever the order", ms(9, 1, 5), 0.5, 5 * time.Millisecond},
		{"median of even", "nearest rank takes the lower middle", ms(4, 1, 3, 2), 0.5, 2 * time.Millisecond},
		{"p90 of ten", "the ninth of ten by nearest rank", ms(1, 2, 3, 4, 5, 6, 7, 8, 9, 10), 0.9, 9 * time.Millisecond},
		{"p90 of eleven", "rounds the rank up", ms(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11), 0.9, 10 * time.Millisecond},
	}
	for _, c := range cases {
		if got := quantile(c.in, c.q); got != c.want {
			t.Errorf("%s: quantile(%v, %v) = %v, want %v (%s)", c.name, c.in, c.q, got, c.want, c.why)
		}
	}
}

// Isolation per scenario adds up the acquire, world cookie and release of
// each session; the background reset and the page are not part of it.
func TestSummaryAddsUpIsolationPerSession(t *testing.T) {
	ms := time.Millisecond
	r := runResult{isolation: browser.IsolationReset, wall: time.Second, scenarios: []time.Duration{400 * ms, 600 * ms}, timings: []browser.Timing{
		{Kind: browser.TimingAcquire, Session: 1, Took: 2 * ms},
		{Kind: browser.TimingCookies, Session: 1, Took: 1 * ms},
		{Kind: browser.TimingRelease, Session: 1, Took: 3 * ms},
		{Kind: browser.TimingReset, Session: 1, Took: 50 * ms},
		{Kind: browser.TimingPage, Session: 1, Took: 300 * ms},
		{Kind: browser.TimingAcquire, Session: 2, Took: 10 * ms},
		{Kind: browser.TimingCookies, Session: 2, Took: 1 * ms},
		{Kind: browser.TimingRelease, Session: 2, Took: 1 * ms},
		{Kind: browser.TimingPage, Session: 2, Took: 500 * ms},
	}}
	s := summarize([]runResult{r, {isolation: browser.IsolationFresh}}, browser.IsolationReset)
	if got, want := quantile(s.isolating, 1), 12*ms; got != want {
		t.Errorf("the larger isolation is %v, want %v (10+1+1 ms of session 2)", got, want)
	}
	if got, want := median(s.isolating), 6*ms; got != want {
		t.Errorf("the median isolation is %v, want %v (2+1+3 ms of session 1)", got, want)
	}
	if got, want := s.overhead(), 0.25; got != want {
		t.Errorf("overhead = %v, want %v: (1000 ms of scenarios - 800 ms of page) / 800 ms", got, want)
	}
	if len(s.walls) != 1 {
		t.Errorf("the fresh run was counted with the reset ones: %d walls", len(s.walls))
	}
}
