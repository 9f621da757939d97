package write

import (
	"bytes"
	"context"
	_ "embed"
	"flag"
	"image"
	"image/color"
	"image/draw"
	"image/png"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/unbind/unbind/steps/browser"
)

var reportShot = flag.String("report-shot", "", "also keep the screenshot TestHTMLReportInChromium takes of the report in this file")

//go:embed testdata/browser/failing-step.js
var failingStepJS string

// failingStepView is what failing-step.js reports.
type failingStepView struct {
	Problem           string `json:"problem"`
	Step              string `json:"step"`
	ImageWidth        int    `json:"imageWidth"`
	ImageHeight       int    `json:"imageHeight"`
	ImageShown        bool   `json:"imageShown"`
	Quote             string `json:"quote"`
	QuoteShown        bool   `json:"quoteShown"`
	ProblemQuote      string `json:"problemQuote"`
	ProblemQuoteShown bool   `json:"problemQuoteShown"`
}

// TestHTMLReportInChromium: the report of a failing run, opened from disk
// in headless Chromium with nothing else at hand, shows the failing step's
// screenshot (loaded, at its own size) and the passage of the article the
// scenario comes from, in the list of failures and in the scenario. The
// test keeps a screenshot of the report.
func TestHTMLReportInChromium(t *testing.T) {
	shot := pagePNG(t, 640, 400)
	r := articlesRun(t, shot)
	dir := t.TempDir()
	page := filepath.Join(dir, "report.html")
	writePage(t, page, r, HTMLOptions{Docs: docsDir})
	ctx := newChromium(t)
	if err := chromedp.Do(ctx, chromedp.Navigate("file://"+page)); err != nil {
		t.Fatalf("opening the report: %v", err)
	}
	view, err := chromedp.Run(ctx, chromedp.Evaluate[failingStepView](failingStepJS, chromedp.EvalAwaitPromise))
	if err != nil {
		t.Fatalf("looking at the failing step: %v", err)
	}
	checkFailingStepView(t, view)
	keepReportShot(t, ctx, dir)
}

func checkFailingStepView(t *testing.T, v failingStepView) {
	t.Helper()
	if v.Problem != "" {
		t.Fatalf("%s (step: %q)", v.Problem, v.Step)
	}
	if !strings.Contains(v.Step, `the buyer clicks "Удалить карту"`) {
		t.Errorf("the first failing step reads %q, want the click on \"Удалить карту\"", v.Step)
	}
	if v.ImageWidth != 640 || v.ImageHeight != 400 || !v.ImageShown {
		t.Errorf("the failing step's screenshot is %dx%d, shown %v; want the 640x400 screenshot, loaded and shown", v.ImageWidth, v.ImageHeight, v.ImageShown)
	}
	const line = "Напротив карты нажмите «Удалить карту» и подтвердите удаление."
	if !strings.Contains(v.Quote, line) || !v.QuoteShown {
		t.Errorf("the scenario's passage reads %q, shown %v; want line 7 of 003_ru_sample.txt, shown", v.Quote, v.QuoteShown)
	}
	if !strings.Contains(v.ProblemQuote, line) || !v.ProblemQuoteShown {
		t.Errorf("the list of failures quotes %q, shown %v; want line 7 of 003_ru_sample.txt, shown", v.ProblemQuote, v.ProblemQuoteShown)
	}
}

// keepReportShot saves a screenshot of the whole report in dir (and in
// -report-shot when given) and logs where.
func keepReportShot(t *testing.T, ctx context.Context, dir string) {
	t.Helper()
	img, err := chromedp.Run(ctx, chromedp.FullScreenshot(100))
	if err != nil {
		t.Fatalf("taking a screenshot of the report: %v", err)
	}
	paths := []string{filepath.Join(dir, "report.png")}
	if *reportShot != "" {
		paths = append(paths, *reportShot)
	}
	for _, p := range paths {
		if err := os.WriteFile(p, img, 0o644); err != nil {
			t.Fatalf("saving the screenshot of the report: %v", err)
		}
		t.Logf("screenshot of the report: %s", p)
	}
}

// newChromium starts a headless Chromium for the test, with no network but
// files, and stops it when the test ends.
func newChromium(t *testing.T) context.Context {
	t.Helper()
	exec, err := browser.FindHeadlessChrome("")
	if err != nil {
		t.Fatalf("the HTML report is checked in Chromium: %v", err)
	}
	opts := append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(exec),
		chromedp.WindowSize(1280, 900),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("host-resolver-rules", "MAP * ~NOTFOUND"),
	)
	if os.Geteuid() == 0 {
		opts = append(opts, chromedp.NoSandbox)
	}
	allocCtx, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	ctx, cancel := chromedp.NewContext(allocCtx)
	t.Cleanup(func() { cancel(); cancelAlloc() })
	ctx, cancelTimeout := context.WithTimeout(ctx, 30*time.Second)
	t.Cleanup(cancelTimeout)
	return ctx
}

// pagePNG draws a w x h picture of a page (a blue bar over a card list) as
// a harness screenshot would show one.
func pagePNG(t *testing.T, w, h int) []byte {
	t.Helper()
	img := image.NewRGBA(image.Rect(0, 0, w, h))
	fill := func(r image.Rectangle, c color.RGBA) { draw.Draw(img, r, &image.Uniform{c}, image.Point{}, draw.Src) }
	fill(img.Bounds(), color.RGBA{0xf4, 0xf4, 0xf4, 0xff})
	fill(image.Rect(0, 0, w, h/10), color.RGBA{0x16, 0x77, 0xff, 0xff})
	fill(image.Rect(w/8, h/5, w*7/8, h/2), color.RGBA{0xff, 0xff, 0xff, 0xff})
	fill(image.Rect(w/8+16, h/5+40, w/8+56, h/5+64), color.RGBA{0x1a, 0x23, 0x7e, 0xff})
	var buf bytes.Buffer
	if err := png.Encode(&buf, img); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}
