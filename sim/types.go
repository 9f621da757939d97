package sim

import (
	"github.com/unbind/unbind/sim/internal/site"
	"github.com/unbind/unbind/sim/world"
)

// The world's types, under the names callers of this package use.
type (
	World        = world.World
	BuyerSpec    = world.BuyerSpec
	Buyer        = world.Buyer
	CardSpec     = world.CardSpec
	Card         = world.Card
	CardError    = world.CardError
	Mail         = world.Mail
	Anchor       = world.Anchor
	WalletStatus = world.WalletStatus
)

// Wallet statuses.
const (
	WalletNone       = world.WalletNone
	WalletConfirmed  = world.WalletConfirmed
	WalletRegistered = world.WalletRegistered
)

// Site profiles.
const (
	ProfileDefault        = world.ProfileDefault
	ProfileWalletRequired = world.ProfileWalletRequired
)

// Errors callers tell apart (see package world for each one's meaning).
var (
	ErrNoSuchBuyer    = world.ErrNoSuchBuyer
	ErrBuyerExists    = world.ErrBuyerExists
	ErrInvalidBuyer   = world.ErrInvalidBuyer
	ErrBadCredentials = world.ErrBadCredentials
	ErrNoSuchCard     = world.ErrNoSuchCard
	ErrCardDigits     = world.ErrCardDigits
	ErrCardLength     = world.ErrCardLength
	ErrCardLuhn       = world.ErrCardLuhn
	ErrCardBrand      = world.ErrCardBrand
	ErrCardMismatch   = world.ErrCardMismatch
	ErrCardLast4      = world.ErrCardLast4
	ErrCardExpiry     = world.ErrCardExpiry
)

// WorldCookie is the cookie that picks a request's world; the harness plants
// it (value = World.ID()) on every host in Hosts() before a scenario.
const WorldCookie = "unbind_world"

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
