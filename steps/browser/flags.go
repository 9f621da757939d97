package browser

import (
	"fmt"
	"os"
	"slices"
	"strings"

	"github.com/chromedp/chromedp"
)

// closedNetworkTail ends every rule set: all other hosts fail to resolve,
// loopback excepted, so that no request leaves the machine.
const closedNetworkTail = "MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost"

// windowWidth and windowHeight are the size of the browser window: a laptop
// screen, the layout the articles' screenshots show.
const (
	windowWidth  = 1280
	windowHeight = 800
)

// HostResolverRules returns the value of Chromium's --host-resolver-rules for
// the host map: one "MAP host addr" per entry, sorted by host, then
// "MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost". A host may be a
// pattern such as "*.aliexpress.com"; an address is "127.0.0.1:PORT".
func HostResolverRules(m map[string]string) string {
	hosts := make([]string, 0, len(m))
	for h := range m {
		hosts = append(hosts, h)
	}
	slices.Sort(hosts)
	rules := make([]string, 0, len(hosts)+1)
	for _, h := range hosts {
		rules = append(rules, fmt.Sprintf("MAP %s %s", h, m[h]))
	}
	return strings.Join(append(rules, closedNetworkTail), ", ")
}

// proxyBypassNothing is the proxy bypass list that sends loopback through
// the proxy as well: Chromium bypasses it for loopback unless told not to.
const proxyBypassNothing = "<-loopback>"

// allocatorOptions are the flags of a browser that this package starts;
// all its traffic goes through the proxy at proxyAddr.
func allocatorOptions(o Options, execPath, dataDir, proxyAddr string) []chromedp.ExecAllocatorOption {
	opts := append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(execPath),
		chromedp.UserDataDir(dataDir),
		chromedp.WindowSize(windowWidth, windowHeight),
		// The closed network: no background requests, no updates, no sync.
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.NoFirstRun,
		chromedp.Flag("host-resolver-rules", HostResolverRules(o.HostMap)),
		// Every request, loopback included, through the proxy, which
		// lets the mapped hosts through and nothing else.
		chromedp.ProxyServer("http://"+proxyAddr),
		chromedp.Flag("proxy-bypass-list", proxyBypassNothing),
		// WebRTC sends UDP of its own (STUN, TURN, peers), past any proxy:
		// it may use the proxy only. The headless shell and the full
		// browser take the policy under two names.
		chromedp.Flag("force-webrtc-ip-handling-policy", "disable_non_proxied_udp"),
		chromedp.Flag("webrtc-ip-handling-policy", "disable_non_proxied_udp"),
		chromedp.IgnoreCertErrors,
		// HttpsUpgrades: without it, every http:// page to a port that also
		// answers TLS stalls while Chromium tries https first. The omnibox
		// features: each browser context's window would start a renderer
		// for the address bar's drop-down, which a headless run never shows.
		chromedp.Flag("disable-features", "Translate,BlinkGenPropertyTrees,HttpsUpgrades,"+
			"WebUIOmniboxAimPopup,WebUIOmniboxFullPopup,WebUIOmniboxPopup,OmniboxEverywhere,WebUILocationBar"),
		// One renderer process for all the pages of a browser context
		// (Chromium never shares one between contexts), instead of one
		// started, and ended, for each site of each scenario: starting
		// and ending them was about 40 % of the renderers' CPU. The
		// context's keeper tab holds it from one session to the next.
		chromedp.Flag("renderer-process-limit", "1"),
	)
	if os.Geteuid() == 0 {
		opts = append(opts, chromedp.NoSandbox)
	}
	if o.Headful {
		opts = append(opts, chromedp.VisibleWindow)
	}
	return opts
}
