package browser

import (
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
// and transitions off, the caret hidden, its fonts loaded; so that two
// runs of the same page give the same pixels. It changes how the page
// looks from then on (nothing moves), not what it does.
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
	return s.Screenshot(ctx)
}
