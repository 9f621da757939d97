// Package simtest starts the simulated sites for a Go test: NewServer
// listens on a loopback port, logs requests through the test, and stops
// when the test ends. It is apart from package sim so that only tests link
// package testing.
package simtest
