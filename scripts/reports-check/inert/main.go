package main

import (
	"context"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/PuerkitoBio/goquery"
	"github.com/chromedp/chromedp"

	"github.com/unbind/unbind/steps/browser"
)

// liveJS lists what of the evidence a page holds as live markup. %s is the
// JSON array of selectors of the evidence's own elements.
const liveJS = `(() => {
  const live = [];
  for (const s of %s) {
    const n = document.querySelectorAll(s).length;
    if (n > 0) live.push(n + " x " + s);
  }
  for (const el of document.querySelectorAll("iframe, frame, object, embed")) {
    const u = el.getAttribute("src") || el.getAttribute("data") || "";
    if (/^blob:/i.test(u) || (/^data:/i.test(u) && !/^data:(image\/(png|jpeg|gif|webp)|text\/plain|application\/octet-stream)[;,]/i.test(u))) {
      live.push(el.tagName.toLowerCase() + " showing " + u.slice(0, 40));
    }
    if (el.hasAttribute("srcdoc")) live.push(el.tagName.toLowerCase() + " with a srcdoc");
  }
  if (document.documentElement.hasAttribute("data-hostile-ran")) live.push("a script of the evidence ran");
  return live;
})()`

func main() {
	if len(os.Args) < 3 {
		fmt.Fprintln(os.Stderr, "usage: inert EVIDENCE_DIR PAGE.html...")
		os.Exit(2)
	}
	selectors, err := evidenceSelectors(os.Args[1])
	if err != nil {
		fmt.Fprintln(os.Stderr, "inert:", err)
		os.Exit(2)
	}
	code, err := check(selectors, os.Args[2:])
	if err != nil {
		fmt.Fprintln(os.Stderr, "inert:", err)
		os.Exit(2)
	}
	os.Exit(code)
}

// evidenceSelectors reads every DOM snapshot (*.html) under dir and returns
// CSS selectors of its forms, scripts and fields.
func evidenceSelectors(dir string) ([]string, error) {
	seen := map[string]bool{}
	var out []string
	add := func(s string) {
		if !seen[s] {
			seen[s] = true
			out = append(out, s)
		}
	}
	err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(path, ".html") {
			return err
		}
		f, err := os.Open(path)
		if err != nil {
			return fmt.Errorf("reading evidence: %w", err)
		}
		defer f.Close()
		doc, err := goquery.NewDocumentFromReader(f)
		if err != nil {
			return fmt.Errorf("parsing evidence %s: %w", path, err)
		}
		for _, attr := range [][2]string{{"form", "action"}, {"script", "src"}, {"input", "name"}, {"button", "name"}} {
			doc.Find(attr[0] + "[" + attr[1] + "]").Each(func(_ int, s *goquery.Selection) {
				v, _ := s.Attr(attr[1])
				add(fmt.Sprintf("%s[%s=%s]", attr[0], attr[1], strconv.Quote(v)))
			})
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("no DOM snapshot with a form, script or field under %s: nothing to look for", dir)
	}
	return out, nil
}

func check(selectors []string, pages []string) (int, error) {
	ctx, cancel, err := chromium()
	if err != nil {
		return 2, err
	}
	defer cancel()
	quoted := make([]string, len(selectors))
	for i, s := range selectors {
		quoted[i] = strconv.Quote(s)
	}
	js := fmt.Sprintf(liveJS, "["+strings.Join(quoted, ",")+"]")
	code := 0
	for _, page := range pages {
		abs, err := filepath.Abs(page)
		if err != nil {
			return 2, fmt.Errorf("locating %s: %w", page, err)
		}
		if err := chromedp.Do(ctx, chromedp.Navigate("file://"+abs)); err != nil {
			return 2, fmt.Errorf("opening %s: %w", page, err)
		}
		live, err := chromedp.Run(ctx, chromedp.Evaluate[[]string](js))
		if err != nil {
			return 2, fmt.Errorf("looking at %s: %w", page, err)
		}
		if len(live) > 0 {
			code = 1
			fmt.Printf("LIVE  %s: %s\n", page, strings.Join(live, "; "))
			continue
		}
		fmt.Printf("inert %s (%d selectors of the evidence, none live)\n", page, len(selectors))
	}
	return code, nil
}

// chromium starts a headless Chromium that reaches no network.
func chromium() (context.Context, context.CancelFunc, error) {
	exec, err := browser.FindHeadlessChrome(os.Getenv("UNBIND_CHROME"))
	if err != nil {
		return nil, nil, err
	}
	opts := append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(exec),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("host-resolver-rules", "MAP * ~NOTFOUND"),
	)
	if os.Geteuid() == 0 {
		opts = append(opts, chromedp.NoSandbox)
	}
	allocCtx, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	ctx, cancelCtx := chromedp.NewContext(allocCtx)
	ctx, cancelTimeout := context.WithTimeout(ctx, 2*time.Minute)
	return ctx, func() { cancelTimeout(); cancelCtx(); cancelAlloc() }, nil
}
