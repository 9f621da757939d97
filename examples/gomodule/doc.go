// Package shopcheck is an example of a Go module that runs features of its
// own with unbind: the vocabulary of unbind plus two steps of its own, one
// that reads the page through the scenario's browser session and keeps
// evidence, one that checks the scenario's world of the simulated sites.
package shopcheck
