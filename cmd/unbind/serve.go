package main

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"flag"
	"fmt"
	"io"
	"strings"

	"github.com/unbind/unbind/sim"
	"github.com/unbind/unbind/steps"
	"github.com/unbind/unbind/steps/browser"
)

const serveUsage = `Usage: unbind serve [flags]

Serves the simulated storefront, wallet, help center and webmail on one
loopback port (http and https), for a person to explore or for a harness on
another machine. It prints the admin token and the Chromium flags that map the
documented hosts (www.aliexpress.com, intl.alipay.com, ...) to it. Without a
world cookie every page shows the demo world:
  buyer@example.com / secret123   wallet registered, two bound cards
  newbie@example.com / secret123  card bound at checkout, no wallet

Examples:
  unbind serve                      serve on a free loopback port
  unbind serve --addr 127.0.0.1:8443 --open
  unbind serve --addr 0.0.0.0:8443  reachable from a remote browser pool

Flags:
`

func serveCmd(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("unbind serve", flag.ContinueOnError)
	addr := fs.String("addr", "127.0.0.1:0", "listen address (loopback unless you say otherwise)")
	token := fs.String("token", "", "admin API token (default: a random one, printed)")
	open := fs.Bool("open", false, "launch a visible Chromium with the hosts already mapped")
	chrome := fs.String("chrome", "", "Chrome or Chromium binary for --open (default: $UNBIND_CHROME, then PATH)")
	fs.Usage = func() { fmt.Fprint(fs.Output(), serveUsage); printFlags(fs) }
	if _, ok, code := parseFlags(fs, args, stderr); !ok {
		return code
	}
	if *token == "" {
		*token = randomToken()
	}
	srv, err := sim.Listen(*addr, sim.New(sim.Options{AdminToken: *token}))
	if err != nil {
		fmt.Fprintf(stderr, "unbind serve: %v\n", err)
		return exitUsage
	}
	defer srv.Close()
	rules := browser.HostResolverRules(steps.HostMap(srv.Addr()))
	printServing(stdout, srv.Addr(), *token, rules)
	if !*open {
		<-ctx.Done()
		fmt.Fprintln(stdout, "stopped")
		return exitOK
	}
	return serveWindow(ctx, *chrome, rules, stdout, stderr)
}

// serveWindow opens a Chromium window on the sites and serves until ctx
// ends; a window that cannot open stops the command with the reason.
func serveWindow(ctx context.Context, chrome, rules string, stdout, stderr io.Writer) int {
	win, err := openChromium(chrome, rules)
	if err != nil {
		fmt.Fprintf(stderr, "unbind serve: %v\n", err)
		return exitFailed
	}
	defer func() {
		if err := win.Close(); err != nil {
			fmt.Fprintf(stderr, "unbind serve: closing Chromium: %v\n", err)
		}
	}()
	select {
	case <-ctx.Done():
	case <-win.Exited():
		if err := win.Err(); err != nil {
			fmt.Fprintf(stderr, "unbind serve: the Chromium window did not stay open: %v\n", err)
			return exitFailed
		}
		fmt.Fprintln(stdout, "The Chromium window closed; the sites are still served. Ctrl-C stops.")
		<-ctx.Done()
	}
	fmt.Fprintln(stdout, "stopped")
	return exitOK
}

func printServing(w io.Writer, addr, token, rules string) {
	fmt.Fprintf(w, "Simulated sites on %s (http and https)\n", addr)
	fmt.Fprintf(w, "Admin API: http://%s/_admin/  (Authorization: Bearer %s)\n\n", addr, token)
	fmt.Fprintf(w, "Open them in your own Chromium with:\n  chromium --user-data-dir=$(mktemp -d) --ignore-certificate-errors \\\n    --disable-features=HttpsUpgrades --host-resolver-rules='%s' \\\n    https://www.aliexpress.com/\n\n", rules)
	fmt.Fprintln(w, "Sign in as buyer@example.com / secret123. Ctrl-C stops.")
}

func openChromium(explicit, rules string) (*browser.Window, error) {
	path, err := browser.FindChrome(explicit)
	if err != nil {
		return nil, err
	}
	return browser.OpenWindow(path, "--ignore-certificate-errors", "--disable-features=HttpsUpgrades",
		"--host-resolver-rules="+rules, "https://www.aliexpress.com/")
}

func randomToken() string {
	b := make([]byte, 16)
	_, _ = rand.Read(b)
	return strings.ToLower(hex.EncodeToString(b))
}
