// Package admin is the JSON admin API of the simulated sites: what Given
// and Then steps call to make a world, add buyers and cards, sign a buyer in
// to the storefront (a session cookie to plant in a browser), read mail, SMS,
// orders and the wallet's records, and move a world's clock, when the sim
// runs as its own process (unbind serve) and Go calls cannot reach it.
//
// New serves the API under /_admin/ over a registry of worlds (Worlds) and
// lets through only requests carrying the bearer token. It never shows a
// full card number and refuses a CVV in a request. The sim mounts it on its
// own address only, never on a documented host.
package admin
