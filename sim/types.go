package sim

import (
	"github.com/unbind/unbind/sim/internal/site"
	"github.com/unbind/unbind/sim/world"
)

// The world's types, under the names callers of this package use.
type (
	World          = world.World
	BuyerSpec      = world.BuyerSpec
	Buyer          = world.Buyer
	CardSpec       = world.CardSpec
	Card           = world.Card
	CardError      = world.CardError
	PasswordError  = world.PasswordError
	RuleError      = world.RuleError
	Mail           = world.Mail
	Anchor         = world.Anchor
	WalletStatus   = world.WalletStatus
	SMS            = world.SMS
	Money          = world.Money
	Item           = world.Item
	Order          = world.Order
	OrderStatus    = world.OrderStatus
	Entry          = world.Entry
	EntryKind      = world.EntryKind
	Security       = world.Security
	SecurityAnswer = world.SecurityAnswer
	Identity       = world.Identity
)

// Where a card was saved.
const (
	OriginWallet = world.OriginWallet
	OriginApp    = world.OriginApp
)

// Order statuses, and where a refund went when not to a card.
const (
	OrderPaid       = world.OrderPaid
	OrderDisputed   = world.OrderDisputed
	OrderRefunded   = world.OrderRefunded
	OrderClosed     = world.OrderClosed
	RefundToBalance = world.RefundToBalance
)

// Wallet history entries.
const (
	EntryCardCheck  = world.EntryCardCheck
	EntryRefund     = world.EntryRefund
	EntryPayment    = world.EntryPayment
	EntryWithdrawal = world.EntryWithdrawal
)

// Limits of the wallet.
const (
	MaxWalletCards = world.MaxWalletCards
	VerifyDelay    = world.VerifyDelay
	LinkLifetime   = world.LinkLifetime
)

// Wallet statuses.
const (
	WalletNone       = world.WalletNone
	WalletConfirmed  = world.WalletConfirmed
	WalletRegistered = world.WalletRegistered
)

// Site profiles (see package world for what each one changes). A world
// takes one or several joined by "+".
const (
	ProfileDefault             = world.ProfileDefault
	ProfileWalletRequired      = world.ProfileWalletRequired
	ProfileRegistrationClosed  = world.ProfileRegistrationClosed
	ProfileEditDelete          = world.ProfileEditDelete
	ProfileAlertConfirm        = world.ProfileAlertConfirm
	ProfileWithdrawableBalance = world.ProfileWithdrawableBalance
	ProfileAppCardsInProfile   = world.ProfileAppCardsInProfile
)

// Profiles lists the site profiles, the default ("") first.
func Profiles() []string { return world.Profiles() }

// CheckProfile accepts "" and any "+"-joined list of known profiles; the
// error names the profiles there are. NewWorld does not check: callers
// that take a profile from a person (a scenario tag) should.
func CheckProfile(profile string) error { return world.CheckProfile(profile) }

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
	ErrCardExpired    = world.ErrCardExpired
	ErrCardCVV        = world.ErrCardCVV
	ErrCardHolder     = world.ErrCardHolder
	ErrWalletBrand    = world.ErrWalletBrand
	ErrTooManyCards   = world.ErrTooManyCards
	ErrNoSuchOrder    = world.ErrNoSuchOrder
	ErrDisputeState   = world.ErrDisputeState
)

// WorldCookie is the cookie that picks a request's world; the harness plants
// it (value = World.ID()) on every host in Hosts() before a scenario.
const WorldCookie = "unbind_world"

// StorefrontCookie carries a storefront session (World.SignIn gives its
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
