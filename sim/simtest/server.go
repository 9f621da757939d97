package simtest

import (
	"context"
	"sync/atomic"
	"testing"
	"time"

	"github.com/unbind/unbind/sim"
)

// shutdownGrace bounds how long a test server waits for requests in flight.
const shutdownGrace = 5 * time.Second

// NewServer starts the sims on a loopback port for a test: it logs
// requests through tb.Logf, fails tb if it cannot start, and closes when
// the test ends.
func NewServer(tb testing.TB) (*sim.Sim, *sim.Server) {
	tb.Helper()
	var ended atomic.Bool
	s := sim.New(sim.Options{Logf: func(format string, args ...any) {
		if !ended.Load() {
			tb.Logf(format, args...)
		}
	}})
	srv, err := sim.Listen("", s)
	if err != nil {
		tb.Fatalf("start the simulated sites: %v", err)
	}
	tb.Cleanup(func() {
		ctx, cancel := context.WithTimeout(context.Background(), shutdownGrace)
		defer cancel()
		if err := srv.Shutdown(ctx); err != nil {
			tb.Logf("stop the simulated sites: %v", err)
		}
		ended.Store(true)
		_ = srv.Close()
	})
	return s, srv
}
