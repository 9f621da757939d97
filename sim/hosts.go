package sim

import (
	"github.com/unbind/unbind/sim/internal/site"
	"github.com/unbind/unbind/sim/world"
)

// Profiles lists the site profiles, the default ("") first.
func Profiles() []string { return world.Profiles() }

// CheckProfile accepts "" and any "+"-joined list of known profiles; the
// error names the profiles there are. NewWorld does not check: callers
// that take a profile from a person (a scenario tag) should.
func CheckProfile(profile string) error { return world.CheckProfile(profile) }

// WorldCookie is the cookie that picks a request's world; the harness plants
// it (value = world.World.ID) on every host in Hosts() before a scenario.
const WorldCookie = "unbind_world"

// StorefrontCookie carries a storefront session (world.World.SignIn gives its
// value) on every host of StorefrontDomain, as the sign-in page sets it. A
// Given step plants it to sign a buyer in without the sign-in page.
const (
	StorefrontCookie = site.StorefrontCookie // ae_session
	StorefrontDomain = site.StorefrontDomain // aliexpress.com
)

// The documented hosts.
const (
	HostStorefront = site.HostStorefront // www.aliexpress.com
	HostLogin      = site.HostLogin      // login.aliexpress.com
	HostWallet     = site.HostWallet     // intl.alipay.com
	HostHelp       = site.HostHelp       // helppage.aliexpress.com
	HostMail       = site.HostMail       // mail.example.com
	HostMobile     = site.HostMobile     // m.aliexpress.com
)

// Hosts lists the documented hosts the sim answers as (a fresh slice each call).
func Hosts() []string { return site.Hosts() }
