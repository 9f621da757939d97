// Command unbind runs Gherkin scenarios written from how-to articles against
// the bundled simulated storefront and wallet in headless Chromium, and
// reports step by step whether each documented procedure still works.
package main

import (
	"context"
	"os"
)

func main() {
	keepRunningOnBrokenPipes()
	ctx, stop := withSignals(context.Background(), os.Stderr)
	code := run(ctx, os.Args[1:], os.Stdout, os.Stderr)
	stop()
	os.Exit(code)
}
