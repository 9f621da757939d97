// Package netns runs a test inside a network namespace of its own, closed to
// the machine's network, so that a browser made to reach out really tries
// and nothing it sends can leave the machine. It is for tests only.
//
// The namespace holds loopback and a veth pair whose two ends both stay in
// it: one end ([Gateway]) holds the default route, so that the browser sees
// a network and tries every address; the other holds [TestHost], the
// address hostile pages aim at, where the test listens for what arrives.
package netns
