package world

import (
	"strings"
	"sync"
	"time"
)

// Options configure a new world.
type Options struct {
	ID      string           // the world's id; a random one when empty
	Locale  string           // default locale of pages in this world ("" = the server's default)
	Profile string           // site profile: "" or names of Profiles() joined by "+"
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
	resets   map[string]resetLink
	mail     []Mail
	sms      []SMS
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
		resets:   map[string]resetLink{},
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

// Profile is the world's site profile, as given.
func (w *World) Profile() string { return w.profile }

// Has reports whether the world's profile includes the named one.
func (w *World) Has(profile string) bool { return hasProfile(w.profile, profile) }

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
