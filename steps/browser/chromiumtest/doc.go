// Package chromiumtest starts, for a test, a separate headless Chromium that
// listens on a DevTools port, as a browser pool (Selenium Grid, browserless,
// headless-shell containers) would, so that the harness can be tested
// against a browser it did not start and whose command line it did not
// write.
package chromiumtest
