package main

import (
	"bytes"
	"context"
	"strings"
	"testing"
	"time"
)

// `serve --open` where no window can open says why, with Chromium's own
// words, and stops, instead of serving on as if a window had opened.
func TestServeOpenWithoutADisplaySaysWhy(t *testing.T) {
	t.Setenv("DISPLAY", "")
	t.Setenv("WAYLAND_DISPLAY", "")
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	var stdout, stderr bytes.Buffer
	code := run(ctx, []string{"serve", "--open"}, &stdout, &stderr)
	if ctx.Err() != nil {
		t.Fatalf("serve --open was still serving after %s, and said: %q", 60*time.Second, stderr.String())
	}
	if code != exitFailed {
		t.Errorf("exit status %d, want %d", code, exitFailed)
	}
	for _, want := range []string{"Chromium could not open a window: no display (DISPLAY is unset); run headless, or under xvfb-run",
		"Missing X server or $DISPLAY"} {
		if !strings.Contains(stderr.String(), want) {
			t.Errorf("serve --open said %q, want it to say %q", stderr.String(), want)
		}
	}
}
