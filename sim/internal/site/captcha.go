package site

import (
	"bytes"
	"fmt"
	"hash/fnv"
	"html"
	"math/rand/v2"
)

// captcha draws the world's test-mode captcha as a distorted SVG. The answer
// is known to tests (World.CaptchaAnswer); the picture only has to look like
// a captcha to a person. The sign-in pages show it too, so it needs no session.
func (rq *request) captcha() {
	rq.w.Header().Set("Content-Type", "image/svg+xml")
	_, _ = rq.w.Write(captchaSVG(rq.world.CaptchaAnswer(), rq.world.ID()))
}

// captchaSVG draws text with per-character jitter and noise, the same for
// the same seed.
func captchaSVG(text, seed string) []byte {
	h := fnv.New64a()
	h.Write([]byte(seed))
	rnd := rand.New(rand.NewPCG(h.Sum64(), 0x5eed))
	var b bytes.Buffer
	b.WriteString(`<svg xmlns="http://www.w3.org/2000/svg" width="160" height="50" viewBox="0 0 160 50">`)
	b.WriteString(`<rect width="160" height="50" fill="#f3f0e6"/>`)
	for i := 0; i < 5; i++ {
		fmt.Fprintf(&b, `<line x1="%d" y1="%d" x2="%d" y2="%d" stroke="#%06x" stroke-width="1.5"/>`,
			rnd.IntN(160), rnd.IntN(50), rnd.IntN(160), rnd.IntN(50), rnd.IntN(0x888888))
	}
	for i, r := range text {
		x, y := 14+i*28+rnd.IntN(6), 34+rnd.IntN(8)
		fmt.Fprintf(&b, `<text x="%d" y="%d" transform="rotate(%d %d %d)" font-family="monospace" font-size="%d" font-weight="bold" fill="#%06x">%s</text>`,
			x, y, rnd.IntN(50)-25, x, y, 24+rnd.IntN(8), rnd.IntN(0x666666), html.EscapeString(string(r)))
	}
	for i := 0; i < 30; i++ {
		fmt.Fprintf(&b, `<circle cx="%d" cy="%d" r="1" fill="#777"/>`, rnd.IntN(160), rnd.IntN(50))
	}
	b.WriteString(`</svg>`)
	return b.Bytes()
}
