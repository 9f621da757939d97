package browser

import (
	"errors"
	"fmt"
	"net"
	"net/url"
	"path"
	"slices"
	"strings"
)

// ErrRefused is wrapped by the error of an action that would take the
// browser beyond the simulated sites: a local file, another scheme, another
// host or port, an address by number.
var ErrRefused = errors.New("refused")

// reach says what the browser may load: the mapped hosts over http and
// https on their usual ports, and, when loopback is set, any port of the
// loopback addresses.
type reach struct {
	hosts    map[string]string
	loopback bool
}

// mapped returns the address the host is mapped to. A map key may be a
// pattern such as "*.aliexpress.com".
func (r reach) mapped(host string) (string, bool) {
	host = strings.ToLower(strings.TrimSuffix(host, "."))
	if addr, ok := r.hosts[host]; ok {
		return addr, true
	}
	for pattern, addr := range r.hosts {
		if ok, _ := path.Match(pattern, host); ok && strings.Contains(pattern, "*") {
			return addr, true
		}
	}
	return "", false
}

// isLoopback reports whether host names this machine's loopback.
func isLoopback(host string) bool {
	if strings.EqualFold(strings.TrimSuffix(host, "."), "localhost") {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}

// route returns where a request for hostport (as a proxy receives it, with
// its port) goes, or why it may not go anywhere. defaultPort is the port
// the scheme implies.
func (r reach) route(hostport, defaultPort string) (string, error) {
	host, port, err := net.SplitHostPort(hostport)
	if err != nil {
		host, port = hostport, defaultPort
	}
	if r.loopback && isLoopback(host) {
		return net.JoinHostPort(host, port), nil
	}
	addr, ok := r.mapped(host)
	if !ok {
		return "", fmt.Errorf("%w: %s is not one of the simulated sites (%s)", ErrRefused, host, r.names())
	}
	if port != "80" && port != "443" {
		return "", fmt.Errorf("%w: %s is a simulated site on ports 80 and 443 only, not %s", ErrRefused, host, port)
	}
	return addr, nil
}

// names lists the mapped hosts, for a message.
func (r reach) names() string {
	names := make([]string, 0, len(r.hosts))
	for h := range r.hosts {
		names = append(names, h)
	}
	slices.Sort(names)
	if len(names) == 0 {
		return "there are none"
	}
	return strings.Join(names, ", ")
}

// check returns nil when a session may open rawURL, as a reader of the
// articles could: about:blank, or an http or https address of a mapped
// host on the scheme's usual port. Anything else (file:, data:,
// javascript:, chrome:, other about: pages, other hosts, addresses by
// number, other ports) is an error wrapping ErrRefused.
func (r reach) check(rawURL string) error {
	if rawURL == "about:blank" {
		return nil
	}
	u, err := url.Parse(rawURL)
	if err != nil {
		return fmt.Errorf("%w: not a URL: %w", ErrRefused, err)
	}
	scheme := strings.ToLower(u.Scheme)
	if scheme != "http" && scheme != "https" {
		what := scheme + ": addresses"
		if scheme == "" {
			if !strings.ContainsAny(rawURL, "./") {
				return fmt.Errorf("%w: %q is not an address (a URL, or a host name such as intl.alipay.com); a link is followed by its name with a click: I click %q", ErrRefused, rawURL, rawURL)
			}
			what = "addresses without http:// or https://"
		}
		return fmt.Errorf("%w: the simulated sites are reached over http and https, and %s are not opened", ErrRefused, what)
	}
	if u.User != nil {
		return fmt.Errorf("%w: an address with a user name (%s@) is not opened", ErrRefused, u.User.Username())
	}
	defaultPort := map[string]string{"http": "80", "https": "443"}[scheme]
	hostport := u.Host
	if u.Port() == "" {
		hostport = net.JoinHostPort(u.Hostname(), defaultPort)
	}
	if _, err := r.route(hostport, defaultPort); err != nil {
		return err
	}
	return nil
}

// checkOpen is the check of every address a session is told to open.
func (b *instance) checkOpen(rawURL string) error {
	return b.reach().check(rawURL)
}

// reach is what the browser's options let it reach.
func (b *instance) reach() reach {
	return reach{hosts: b.opts.HostMap, loopback: b.opts.LoopbackPages}
}
