package world

import (
	"crypto/rand"
	"encoding/hex"
)

// randomID returns n random bytes as hex. crypto/rand never fails on the
// platforms Go supports (it aborts the program instead), so there is no error.
func randomID(n int) string {
	b := make([]byte, n)
	_, _ = rand.Read(b)
	return hex.EncodeToString(b)
}

// NewID returns an unguessable identifier (128 random bits, hex).
func NewID() string {
	return randomID(16)
}
