package site

// The documented hosts the sites answer on.
const (
	HostStorefront = "www.aliexpress.com"
	HostLogin      = "login.aliexpress.com"
	HostWallet     = "intl.alipay.com"
	HostHelp       = "helppage.aliexpress.com"
	HostMail       = "mail.example.com"
	HostMobile     = "m.aliexpress.com"
)

// storefrontDomain is the cookie domain the storefront hosts share.
const storefrontDomain = "aliexpress.com"

// Hosts lists the documented hosts.
func Hosts() []string {
	return []string{HostStorefront, HostLogin, HostWallet, HostHelp, HostMail, HostMobile}
}

// IsHost reports whether host (without port, lower case) is a documented host.
func IsHost(host string) bool {
	for _, h := range Hosts() {
		if h == host {
			return true
		}
	}
	return false
}

// layoutOf is the page frame each host uses.
func layoutOf(host string) string {
	switch host {
	case HostWallet:
		return "wallet"
	case HostLogin:
		return "login"
	case HostMail:
		return "mail"
	}
	return "store"
}
