package browser

import (
	"context"
	"fmt"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/security"
	"github.com/chromedp/cdproto/target"
	"github.com/chromedp/chromedp"
)

// mapRemoteHosts applies the host map to a remote browser: it starts the
// proxy the sessions' browser contexts go through (a started browser's
// flags send all of its traffic there already), and makes the browser
// ignore certificate errors, as a browser this package starts does, for
// the self-signed certificates of the mapped servers.
func (b *instance) mapRemoteHosts(ctx context.Context) error {
	if b.opts.RemoteURL == "" {
		return nil
	}
	if err := b.startProxy(); err != nil {
		return err
	}
	browser := chromedp.FromContext(b.ctx).Browser
	if _, err := cdp.Call(ctx, browser, security.SetIgnoreCertificateErrors, security.SetIgnoreCertificateErrorsParams{Ignore: true}); err != nil {
		return fmt.Errorf("telling the remote browser to ignore certificate errors: %w", err)
	}
	return nil
}

// proxyURL is the address a remote browser is told to reach the proxy at,
// or "" for a browser this package started, whose flags name the proxy.
func (b *instance) proxyURL() string {
	switch {
	case b.proxy == nil || b.opts.RemoteURL == "":
		return ""
	case b.opts.ProxyURL != "":
		return b.opts.ProxyURL
	}
	return "http://" + b.proxy.Addr()
}

// contextParams sets up every browser context the sessions use in a
// remote browser: all its traffic, loopback included, goes through the
// proxy.
func (b *instance) contextParams(p *target.CreateBrowserContextParams) {
	if u := b.proxyURL(); u != "" {
		p.ProxyServer = u
		p.ProxyBypassList = proxyBypassNothing
	}
}

// startProxy starts the proxy that all the browser's traffic goes through:
// on Options.ProxyAddr for a remote browser, else on a free loopback port.
func (b *instance) startProxy() error {
	addr := ""
	if b.opts.RemoteURL != "" {
		addr = b.opts.ProxyAddr
	}
	p, err := startHostProxy(addr, b.reach(), b.opts.Logf)
	if err != nil {
		return err
	}
	b.proxy = p
	return nil
}
