package browser

import (
	"bytes"
	"testing"
	"time"
)

// TestSteadyScreenshotWaitsForThePageToStopChanging: a page that keeps
// redrawing for a while after it loads (a count going up on every frame,
// for half a second) is taken once it has stopped, as it then stays; not
// in the middle of its redrawing.
func TestSteadyScreenshotWaitsForThePageToStopChanging(t *testing.T) {
	srv := serve(t, map[string]string{"/": `<h1 id="n" style="font-size:64px">0</h1>
<script>
const start = performance.now();
function tick(now) {
  document.getElementById('n').textContent = String(Math.round(now - start));
  if (now - start < 500) { requestAnimationFrame(tick); return; }
  document.getElementById('n').textContent = 'done';
  document.title = 'still';
}
requestAnimationFrame(tick);
</script>`})
	s := newSession(t)
	open(t, s, srv.URL)
	steady, err := s.SteadyScreenshot(stepCtx(t, 10*time.Second))
	if err != nil {
		t.Fatal(err)
	}
	if err := poll(stepCtx(t, 10*time.Second), nil, func() (bool, error) {
		return jsValue(t, s, "document.title") == "still", nil
	}); err != nil {
		t.Fatalf("the page never stopped counting: %v", err)
	}
	after, err := s.Screenshot(stepCtx(t, 10*time.Second))
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(steady, after) {
		t.Error("the steady screenshot differs from the page once it stopped changing: it was taken while the page still redrew")
	}
}
