package main

import (
	"io"
	"testing"
)

// FuzzDurationFlags: any value of a duration flag is refused with exit 2
// or is a deadline above zero; none panics.
func FuzzDurationFlags(f *testing.F) {
	for _, s := range []string{"10s", "0", "-1s", "1ns", "9223372036854775807ns", "1h1m1s", "1e3s", "", "ten"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, v string) {
		for _, flag := range []string{"--step-timeout", "--start-timeout"} {
			o, code, ok := parseRunFlags([]string{flag, v, "features"}, io.Discard)
			if !ok {
				if code != exitUsage {
					t.Errorf("%s %q: exit %d, want %d", flag, v, code, exitUsage)
				}
				continue
			}
			if b := o.Launch.Browser; b.StepTimeout <= 0 || b.StartTimeout <= 0 {
				t.Errorf("%s %q accepted as step %v, start %v", flag, v, b.StepTimeout, b.StartTimeout)
			}
		}
	})
}
