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
// proxy the sessions' browser contexts go through, and makes the browser
// ignore certificate errors, as a browser this package starts does, for
// the self-signed certificates of the mapped servers.
func (b *instance) mapRemoteHosts(ctx context.Context) error {
	if b.opts.RemoteURL == "" || len(b.opts.HostMap) == 0 {
		return nil
	}
	p, err := startHostProxy(b.opts.ProxyAddr, b.opts.HostMap, b.opts.Logf)
	if err != nil {
		return err
	}
	b.proxy = p
	browser := chromedp.FromContext(b.ctx).Browser
	if _, err := cdp.Call(ctx, browser, security.SetIgnoreCertificateErrors, security.SetIgnoreCertificateErrorsParams{Ignore: true}); err != nil {
		return fmt.Errorf("telling the remote browser to ignore certificate errors: %w", err)
	}
	return nil
}

// proxyURL is the address the browser is told to reach the host map proxy
// at, or "" when there is none.
func (b *instance) proxyURL() string {
	switch {
	case b.proxy == nil:
		return ""
	case b.opts.ProxyURL != "":
		return b.opts.ProxyURL
	}
	return "http://" + b.proxy.Addr()
}

// contextParams sets up every browser context the sessions use: through
// the host map proxy, when there is one.
func (b *instance) contextParams(p *target.CreateBrowserContextParams) {
	if u := b.proxyURL(); u != "" {
		p.ProxyServer = u
	}
}
