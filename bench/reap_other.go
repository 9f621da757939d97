//go:build !linux

package main

import "time"

// adoptOrphans does nothing where processes cannot be adopted: the CPU of
// helpers that outlive their parent is then not counted.
func adoptOrphans() error { return nil }

// reapOrphans has nothing to reap without adoptOrphans.
func reapOrphans(int, time.Duration) {}
