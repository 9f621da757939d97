package browser

import (
	"bytes"
	"context"
	"fmt"
)

// steadyCSS holds a page still for a screenshot compared with an earlier
// one: no animation or transition caught half way, no blinking caret.
const steadyCSS = `*, *::before, *::after { animation: none !important; transition: none !important; caret-color: transparent !important; }`

// steadyScript adopts steadyCSS into the page once (a constructed sheet,
// which the pages' Content-Security-Policy lets in where a style element
// would be refused) and waits for the page's fonts to load.
const steadyScript = `(async () => {
  if (!document.__unbindSteady) {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(%q);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    document.__unbindSteady = true;
  }
  await document.fonts.ready;
  return true;
})()`

// SteadyScreenshot is Screenshot of the page held still first: animations
// and transitions off, the caret hidden, its fonts loaded, and then taken
// again until two frames in a row are the same, as a page still being
// drawn or redrawn (a document just swapped in, a script still at work)
// gives frames that are not; so that two runs of the same page give the
// same pixels. It changes how the page looks from then on (nothing moves),
// not what it does. A page that never holds still for half the time left
// is taken as its last frame showed it.
func (s *Session) SteadyScreenshot(ctx context.Context) ([]byte, error) {
	ctx, cancel := withStepTimeout(ctx, s.b.opts.StepTimeout)
	defer cancel()
	tb, err := s.captureTab(ctx)
	if err != nil {
		return s.Screenshot(ctx) // says why there is none
	}
	if err := tb.eval(ctx, fmt.Sprintf(steadyScript, steadyCSS), nil); err != nil {
		s.b.opts.Logf("holding the page still for a screenshot: %v", err)
	}
	last, err := s.Screenshot(ctx)
	if err != nil {
		return nil, err
	}
	sctx, cancel := context.WithTimeout(ctx, tryTime(ctx, 2))
	defer cancel()
	for frames := 1; ; frames++ {
		shot, err := s.Screenshot(sctx)
		if err != nil {
			if sctx.Err() != nil && ctx.Err() == nil {
				s.b.opts.Logf("the page did not hold still for a screenshot (%d frames, all different); taking the last", frames)
				return last, nil
			}
			return nil, err
		}
		if bytes.Equal(shot, last) {
			return shot, nil
		}
		last = shot
	}
}
