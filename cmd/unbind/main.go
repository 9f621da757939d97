// Command unbind runs Gherkin scenarios written from how-to articles against
// the bundled simulated storefront and wallet in headless Chromium, and
// reports step by step whether each documented procedure still works.
package main

import (
	"context"
	"os"
	"os/signal"
	"syscall"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	code := run(ctx, os.Args[1:], os.Stdout, os.Stderr)
	stop()
	os.Exit(code)
}
