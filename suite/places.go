package suite

import (
	"context"
	"sync"
	"time"

	"github.com/unbind/unbind/doccheck"
	"github.com/unbind/unbind/steps"
)

// crawlTimeout bounds the rendering of the sites' pages for sitePlaces.
const crawlTimeout = time.Minute

// siteIndex is every label the sims' pages show, in every profile and
// locale, rendered once per process and only when a step first asks:
// a run whose steps all find their labels never pays for it. What the
// pages show is built into the binary, so one rendering serves every run.
var siteIndex struct {
	mu     sync.Mutex
	site   *doccheck.Site
	failed bool // the pages could not be rendered; not tried again
}

// sitePlaces is steps.Harness.Places over siteIndex: where the sites show
// a label. The rendering ends with ctx (the run's end does not wait for
// it) and is tried again by the next step that asks; when the pages cannot
// be rendered it knows no label.
func sitePlaces(ctx context.Context, label string) (string, []steps.LabelPlace) {
	siteIndex.mu.Lock()
	if siteIndex.site == nil && !siteIndex.failed && ctx.Err() == nil {
		cctx, cancel := context.WithTimeout(ctx, crawlTimeout)
		// one worker: the scenarios still running share the CPUs with it
		site, _, err := doccheck.Crawl(cctx, doccheck.CrawlOptions{Workers: 1})
		cancel()
		switch {
		case err == nil:
			siteIndex.site = site
		case ctx.Err() == nil:
			siteIndex.failed = true
		}
	}
	site := siteIndex.site
	siteIndex.mu.Unlock()
	if site == nil {
		return "", nil
	}
	shown, places := site.Places(label)
	out := make([]steps.LabelPlace, 0, len(places))
	for _, p := range places {
		out = append(out, steps.LabelPlace{Page: p.Page, Locale: p.Locale, Profiles: p.Profiles})
	}
	return shown, out
}
