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
	once sync.Once
	site *doccheck.Site
}

// sitePlaces is steps.Harness.Places over siteIndex: where the sites show
// a label. When the pages cannot be rendered it knows no label.
func sitePlaces(_ context.Context, label string) (string, []steps.LabelPlace) {
	siteIndex.once.Do(func() {
		ctx, cancel := context.WithTimeout(context.Background(), crawlTimeout)
		defer cancel()
		site, _, err := doccheck.Crawl(ctx, doccheck.CrawlOptions{Workers: 1}) // beside the scenarios still running
		if err == nil {
			siteIndex.site = site
		}
	})
	if siteIndex.site == nil {
		return "", nil
	}
	shown, places := siteIndex.site.Places(label)
	out := make([]steps.LabelPlace, 0, len(places))
	for _, p := range places {
		out = append(out, steps.LabelPlace{Page: p.Page, Locale: p.Locale, Profiles: p.Profiles})
	}
	return shown, out
}
