// Package world holds the state of one simulated world: the buyers of the
// storefront, the cards bound to their wallets (or saved in the app), the
// wallet registration with its rules, orders and disputes, the wallet
// balance and history, the sessions of both sites, the single sign-on codes
// that join them, the mail and SMS the wallet sends, the site profile, and
// the clock that links expire and cards are verified by.
//
// A world is what one scenario sees and nothing more. Every method is safe
// for concurrent use; each world has its own lock, so parallel scenarios never
// wait on or observe each other.
//
// Card numbers are used once, to derive the brand, the last four digits and
// a token, and are then dropped: a world never keeps a full number or a CVV.
package world
