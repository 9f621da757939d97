package sim

import (
	"bytes"
	"net/http"
)

// siteCSS is the stylesheet every page of the sites links.
const siteCSS = "/assets/site.css"

// serveDriftStylesheet serves the sites' stylesheet with
// Options.DriftStylesheet after it, never from a cache, so that the
// override reaches every page of the sites at once.
func (s *Sim) serveDriftStylesheet(w http.ResponseWriter, r *http.Request) {
	own := &cssBuffer{header: http.Header{}}
	s.site.Assets().ServeHTTP(own, r)
	if own.status != 0 && own.status != http.StatusOK {
		s.site.Assets().ServeHTTP(w, r)
		return
	}
	own.body.WriteString("\n/* a stylesheet override for tests of visual drift */\n")
	own.body.WriteString(s.opts.DriftStylesheet)
	own.body.WriteString("\n")
	h := w.Header()
	h.Set("Content-Type", "text/css; charset=utf-8")
	h.Set("Cache-Control", "no-store")
	w.WriteHeader(http.StatusOK)
	if r.Method != http.MethodHead {
		_, _ = w.Write(own.body.Bytes())
	}
}

// cssBuffer keeps the stylesheet the sites serve, to add to it.
type cssBuffer struct {
	header http.Header
	status int
	body   bytes.Buffer
}

func (b *cssBuffer) Header() http.Header { return b.header }

func (b *cssBuffer) WriteHeader(code int) {
	if b.status == 0 {
		b.status = code
	}
}

func (b *cssBuffer) Write(p []byte) (int, error) { return b.body.Write(p) }
