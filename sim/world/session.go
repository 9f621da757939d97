package world

import (
	"fmt"
	"time"
)

// Realm is the site family a session belongs to; its cookie never crosses
// to the other family.
type Realm int

// Realms.
const (
	RealmStorefront Realm = iota + 1 // www, login, help and m.aliexpress.com share one session
	RealmWallet                      // intl.alipay.com has its own, opened only by single sign-on
)

// CodeLifetime is how long a single sign-on code stays valid on the world clock.
const CodeLifetime = 2 * time.Minute

// Session is a snapshot of a browser session on one site family.
type Session struct {
	ID    string // the cookie value; unguessable
	Realm Realm
	Email string // the signed-in buyer; "" for an anonymous visitor
	CSRF  string // the token every state-changing form of this session carries
}

// SignedIn reports whether a buyer is signed in on the session.
func (s Session) SignedIn() bool { return s.Email != "" }

type session struct {
	Session
	parent string // for a wallet session: the storefront session it came from
	flash  string // a notice shown once on the next page
}

type ssoCode struct {
	parent, email string
	expires       time.Time
}

// NewSession opens an anonymous session.
func (w *World) NewSession(realm Realm) Session {
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.openSession(realm, "", "")
}

func (w *World) openSession(realm Realm, email, parent string) Session {
	s := &session{Session: Session{ID: randomID(32), Realm: realm, Email: email, CSRF: randomID(32)}, parent: parent}
	w.sessions[s.ID] = s
	return s.Session
}

// Session finds a live session of the realm.
func (w *World) Session(realm Realm, id string) (Session, bool) {
	w.mu.Lock()
	defer w.mu.Unlock()
	s, ok := w.sessions[id]
	if !ok || s.Realm != realm {
		return Session{}, false
	}
	return s.Session, true
}

// SignIn checks the buyer's password and opens a new storefront session for
// them, ending the session oldID (so a session id never survives a sign-in).
func (w *World) SignIn(oldID, email, password string) (Session, error) {
	w.mu.Lock()
	defer w.mu.Unlock()
	b, err := w.authenticate(email, password)
	if err != nil {
		return Session{}, fmt.Errorf("sign in %q: %w", email, err)
	}
	w.endSession(oldID)
	return w.openSession(RealmStorefront, b.email, ""), nil
}

// SignOut ends a session and every wallet session opened from it.
func (w *World) SignOut(id string) {
	w.mu.Lock()
	defer w.mu.Unlock()
	w.endSession(id)
}

// SignOutWallet ends a wallet session and, as a single sign-out, the
// storefront session it was opened from with every other wallet session of
// that one (000, 003: after deleting the card the buyer signs out).
func (w *World) SignOutWallet(id string) {
	w.mu.Lock()
	defer w.mu.Unlock()
	s, ok := w.sessions[id]
	if !ok || s.Realm != RealmWallet {
		return
	}
	delete(w.sessions, id)
	if s.parent != "" {
		w.endSession(s.parent)
	}
}

func (w *World) endSession(id string) {
	if _, ok := w.sessions[id]; !ok {
		return
	}
	delete(w.sessions, id)
	for cid, s := range w.sessions {
		if s.parent == id {
			delete(w.sessions, cid)
		}
	}
}

// IssueCode gives a single-use sign-on code for the buyer signed in on the
// storefront session.
func (w *World) IssueCode(storefrontID string) (string, error) {
	w.mu.Lock()
	defer w.mu.Unlock()
	s, ok := w.sessions[storefrontID]
	if !ok || s.Realm != RealmStorefront || !s.SignedIn() {
		return "", fmt.Errorf("issue sign-on code: %w", ErrNotSignedIn)
	}
	code := randomID(24)
	w.codes[code] = ssoCode{parent: s.ID, email: s.Email, expires: w.now().Add(CodeLifetime)}
	return code, nil
}

// RedeemCode exchanges a sign-on code for a wallet session. A code works
// once, before it expires, and only while its storefront session lives.
func (w *World) RedeemCode(code string) (Session, error) {
	w.mu.Lock()
	defer w.mu.Unlock()
	c, ok := w.codes[code]
	delete(w.codes, code)
	if !ok || !w.now().Before(c.expires) {
		return Session{}, fmt.Errorf("redeem sign-on code: %w", ErrInvalidCode)
	}
	if _, live := w.sessions[c.parent]; !live {
		return Session{}, fmt.Errorf("redeem sign-on code: %w", ErrInvalidCode)
	}
	return w.openSession(RealmWallet, c.email, c.parent), nil
}

// SetFlash keeps a notice for the session's next page.
func (w *World) SetFlash(id, notice string) {
	w.mu.Lock()
	defer w.mu.Unlock()
	if s, ok := w.sessions[id]; ok {
		s.flash = notice
	}
}

// TakeFlash returns the session's notice once.
func (w *World) TakeFlash(id string) string {
	w.mu.Lock()
	defer w.mu.Unlock()
	s, ok := w.sessions[id]
	if !ok {
		return ""
	}
	n := s.flash
	s.flash = ""
	return n
}
