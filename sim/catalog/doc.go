// Package catalog holds every string the simulated sites show, one message
// file per locale (locales/<tag>.json, tags like "en_US"), and resolves a
// requested locale to the closest one it has.
//
// A message is looked up by key; messages may take fmt arguments (%s).
// A key missing from a locale falls back to en_US; a key missing everywhere
// renders as ⟦key⟧ so tests can find it.
package catalog
