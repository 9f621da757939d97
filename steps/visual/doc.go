// Package visual compares a step's screenshot with the one kept as its
// baseline, the way a person looking at both would: pixels that differ by
// less than a perceptual threshold (a distance in the YIQ colour space)
// and the edge pixels anti-aliasing draws a little differently count as
// the same. It draws a diff image that shows where the two differ.
//
// It knows nothing of steps or runs; package steps decides which
// screenshots are compared and where baselines are kept.
package visual
