package world

import (
	"strings"
	"sync"
	"time"
)

// Site profiles: how the real sites behaved at different times.
const (
	// ProfileDefault is the site where the four named paths (P1 to P4) work:
	// the card list and the direct link need only the storefront login.
	ProfileDefault = ""
	// ProfileWalletRequired is the site where the wallet's card pages need a
	// wallet account (registered, or at least a confirmed e-mail address):
	// the direct link and the help-center button lead to the registration
	// offer, and a mock registration (P4) is the way through.
	ProfileWalletRequired = "wallet-required"
)

// Profiles lists the site profiles a world can take.
func Profiles() []string {
	return []string{ProfileDefault, ProfileWalletRequired}
}

// Options configure a new world.
type Options struct {
	ID      string           // the world's id; a random one when empty
	Locale  string           // default locale of pages in this world ("" = the server's default)
	Profile string           // site profile, one of Profiles()
	Clock   func() time.Time // the real clock the world clock runs on; time.Now when nil
}

// World is one isolated simulated world.
type World struct {
	id      string
	locale  string
	profile string
	clock   func() time.Time
	captcha string

	mu       sync.Mutex
	offset   time.Duration
	buyers   map[string]*buyer
	sessions map[string]*session
	codes    map[string]ssoCode
	links    map[string]confirmLink
	mail     []Mail
}

// New creates an empty world.
func New(opts Options) *World {
	w := &World{
		id:       opts.ID,
		locale:   opts.Locale,
		profile:  opts.Profile,
		clock:    opts.Clock,
		captcha:  newCaptcha(),
		buyers:   map[string]*buyer{},
		sessions: map[string]*session{},
		codes:    map[string]ssoCode{},
		links:    map[string]confirmLink{},
	}
	if w.id == "" {
		w.id = NewID()
	}
	if w.clock == nil {
		w.clock = time.Now
	}
	return w
}

// ID is the world's id, the value of the world cookie.
func (w *World) ID() string { return w.id }

// Locale is the default locale of pages in this world ("" = the server's default).
func (w *World) Locale() string { return w.locale }

// Profile is the world's site profile.
func (w *World) Profile() string { return w.profile }

// Now is the time on the world clock.
func (w *World) Now() time.Time {
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.now()
}

// Advance moves the world clock by d.
func (w *World) Advance(d time.Duration) {
	w.mu.Lock()
	defer w.mu.Unlock()
	w.offset += d
}

func (w *World) now() time.Time {
	return w.clock().Add(w.offset)
}

// key is how e-mail addresses are compared.
func key(email string) string {
	return strings.ToLower(strings.TrimSpace(email))
}
