package main

import (
	"bytes"
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/css"
	"github.com/chromedp/cdproto/dom"
	"github.com/chromedp/chromedp"

	"github.com/unbind/unbind/steps/browser"
)

// articlePageView is what the test reads of an article page.
type articlePageView struct {
	Title      string   `json:"title"`
	FirstLines []int    `json:"firstLines"`
	Statuses   []string `json:"statuses"`
	Shots      int      `json:"shots"`
	ShotsDrawn int      `json:"shotsDrawn"`
	NoShots    int      `json:"noShots"`
	Steps      int      `json:"steps"`
	Labels     []string `json:"labels"`
}

const articlePageJS = `(() => {
  const sections = [...document.querySelectorAll("section.procedure")];
  const imgs = [...document.querySelectorAll("ol.steps img")];
  return {
    title: document.querySelector("h1").textContent,
    firstLines: sections.map(s => Number((s.querySelector("blockquote li") || {}).value || 0)),
    statuses: [...document.querySelectorAll("ol.steps > li > .chip")].map(c => c.textContent),
    shots: imgs.length,
    shotsDrawn: imgs.filter(i => i.complete && i.naturalWidth > 100).length,
    noShots: document.querySelectorAll("ol.steps .noshot").length,
    steps: document.querySelectorAll("ol.steps > li").length,
    labels: [...document.querySelectorAll("ul.labels li")].map(l => l.textContent),
  };
})()`

// A run with a screenshot after every step (and --lint) writes the page
// of the Hindi article, and report.html has the coverage and labels of the
// articles: opened from disk in headless Chromium, it shows the article's
// procedures in the article's order, every step passed with the page it
// left and the labels the glossary found, and the article's Hindi lines
// drawn with a font that has Devanagari glyphs (not boxes).
func TestRunWritesTheArticlePage(t *testing.T) {
	seeds := filepath.Join("..", "..", "..", "shared", "seeds")
	if _, err := os.Stat(seeds); err != nil {
		t.Fatalf("the articles are read from %s: %v", seeds, err)
	}
	out := filepath.Join(t.TempDir(), "out")
	var stdout, stderr bytes.Buffer
	code := run(context.Background(), []string{"run", "--screenshots", "steps", "--lint", "--docs", seeds, "--out", out,
		filepath.Join("..", "..", "features", "articles", "000_hi.feature")}, &stdout, &stderr)
	if code != exitOK {
		t.Fatalf("exit %d, want %d\n%s\n%s", code, exitOK, stdout.String(), stderr.String())
	}
	page := filepath.Join(out, "articles", "000.html")
	report := readFile(t, filepath.Join(out, "report.html"))
	if !strings.Contains(report, `href="articles/000.html"`) {
		t.Error("report.html does not link to the article's page")
	}
	// report.html says what the run covers of each article, and (--lint)
	// what each label the articles quote came to.
	for _, want := range []string{`<section id="coverage"`, `000_abb3b5b6ec466300.txt</span> [0-9.]+% covered: `,
		`<tr class="not-covered"><td class="n">[0-9]+</td>`,
		`<section id="labels"`, `<td lang="hi">«[^»]+»</td><td>`} {
		if !regexp.MustCompile(want).MatchString(report) {
			t.Errorf("report.html lacks %q", want)
		}
	}
	// The run cites only 000: the other articles' coverage is not its
	// business, and it says it left them out.
	if regexp.MustCompile(`003_225e3ac7510057b2.txt</span> [0-9.]+% covered: `).MatchString(report) {
		t.Error("report.html lists the coverage of an article no scenario of the run cites")
	}
	if n := len(regexp.MustCompile(`Left out, as no scenario of this run cites them: [^<]*003_225e3ac7510057b2.txt`).FindAllString(report, -1)); n != 2 {
		t.Errorf("report.html names the articles it left out in %d sections, want 2 (the coverage and the labels)", n)
	}
	if strings.Contains(report, `<td lang="sw">«Hariri ramani»</td>`) {
		t.Error("report.html lists the labels of an article no scenario of the run cites")
	}
	ctx := pageBrowser(t)
	if err := chromedp.Do(ctx, chromedp.Navigate("file://"+page)); err != nil {
		t.Fatalf("opening %s: %v", page, err)
	}
	view, err := chromedp.Run(ctx, chromedp.Evaluate[articlePageView](articlePageJS))
	if err != nil {
		t.Fatalf("reading %s: %v", page, err)
	}
	if !strings.ContainsFunc(view.Title, isDevanagari) {
		t.Errorf("the page's title %q is not the Hindi article's", view.Title)
	}
	if len(view.FirstLines) < 2 || !slices.IsSorted(view.FirstLines) || slices.Contains(view.FirstLines, 0) {
		t.Errorf("the procedures start at the article's lines %v, want two or more, in the article's order", view.FirstLines)
	}
	if view.Steps == 0 || len(view.Statuses) != view.Steps || slices.ContainsFunc(view.Statuses, func(s string) bool { return s != "passed" }) {
		t.Errorf("step statuses %v of %d steps, want every one passed", view.Statuses, view.Steps)
	}
	// The steps before the first page (a Given, the sign-in) say so.
	if view.Shots+view.NoShots != view.Steps || view.ShotsDrawn != view.Shots || view.Shots < view.Steps/2 {
		t.Errorf("%d of %d steps show the page they left (%d of them drawn), %d say why not", view.Shots, view.Steps, view.ShotsDrawn, view.NoShots)
	}
	if !slices.ContainsFunc(view.Labels, func(l string) bool { return strings.Contains(l, "«डिलीट» →") }) {
		t.Errorf("no step says what the page calls «डिलीट»; labels shown: %v", view.Labels)
	}
	checkDevanagariDrawn(t, ctx)
}

// checkDevanagariDrawn: the fonts Chromium drew the article's first Hindi
// line with include one that fontconfig knows to cover Hindi, so the
// letters are glyphs rather than the boxes of a font without them.
func checkDevanagariDrawn(t *testing.T, ctx context.Context) {
	t.Helper()
	out, err := exec.Command("fc-list", ":lang=hi", "family").Output()
	if err != nil {
		t.Fatalf("asking fontconfig for fonts with Devanagari: %v", err)
	}
	hindi := map[string]bool{}
	for _, line := range strings.Split(strings.TrimSpace(string(out)), "\n") {
		for _, f := range strings.Split(line, ",") {
			if f = strings.TrimSpace(f); f != "" {
				hindi[f] = true
			}
		}
	}
	if len(hindi) == 0 {
		t.Fatal("no font with Devanagari is installed (make installs fonts-noto-core)")
	}
	fonts, err := chromedp.Run(ctx, func(ctx context.Context, tg *chromedp.Target) ([]*css.PlatformFontUsage, error) {
		doc, err := cdp.Call(ctx, tg, dom.GetDocument, dom.GetDocumentParams{})
		if err != nil {
			return nil, err
		}
		node, err := cdp.Call(ctx, tg, dom.QuerySelector, dom.QuerySelectorParams{NodeID: doc.Root.NodeID, Selector: `blockquote[lang="hi"] li`})
		if err != nil {
			return nil, err
		}
		if _, err := cdp.Call(ctx, tg, css.Enable, cdp.Empty{}); err != nil {
			return nil, err
		}
		res, err := cdp.Call(ctx, tg, css.GetPlatformFontsForNode, css.GetPlatformFontsForNodeParams{NodeID: node.NodeID})
		return res.Fonts, err
	})
	if err != nil {
		t.Fatalf("asking Chromium which fonts drew the Hindi line: %v", err)
	}
	var used []string
	for _, f := range fonts {
		used = append(used, f.FamilyName)
		if hindi[f.FamilyName] && f.GlyphCount > 0 {
			return
		}
	}
	t.Errorf("the Hindi line is drawn with %v, none of which has Devanagari (fontconfig's: %v)", used, hindi)
}

func isDevanagari(r rune) bool { return r >= 0x0900 && r <= 0x097F }

// pageBrowser is a headless Chromium that opens files and nothing else.
// It runs in a process group of its own, all of which is gone when the
// test ends: unbind's runs make this process the reaper of orphaned
// browser helpers, so the page browser's are reaped here, not left
// defunct for the next test to find.
func pageBrowser(t *testing.T) context.Context {
	t.Helper()
	path, err := browser.FindHeadlessChrome("")
	if err != nil {
		t.Fatal(err)
	}
	var pgid int
	opts := append(chromedp.DefaultExecAllocatorOptions[:], chromedp.ExecPath(path), chromedp.WindowSize(1280, 900),
		chromedp.Flag("host-resolver-rules", "MAP * ~NOTFOUND"), chromedp.Flag("disable-background-networking", true),
		chromedp.ModifyCmdFunc(func(cmd *exec.Cmd) {
			cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true, Pdeathsig: syscall.SIGKILL}
		}))
	if os.Geteuid() == 0 {
		opts = append(opts, chromedp.NoSandbox)
	}
	alloc, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	ctx, cancel := chromedp.NewContext(alloc)
	ctx, cancelTimeout := context.WithTimeout(ctx, 60*time.Second)
	t.Cleanup(func() {
		cancelTimeout()
		cancel()
		cancelAlloc()
		if pgid != 0 {
			reapGroup(t, pgid)
		}
	})
	if err := chromedp.Do(ctx); err != nil {
		t.Fatalf("starting the page browser: %v", err)
	}
	if p := chromedp.FromContext(ctx).Browser.Process(); p != nil {
		pgid = p.Pid
	}
	return ctx
}

// reapGroup kills what is left of process group pgid and reaps those of
// its processes that are this process's children, until none is left.
func reapGroup(t *testing.T, pgid int) {
	t.Helper()
	_ = syscall.Kill(-pgid, syscall.SIGKILL)
	deadline := time.Now().Add(10 * time.Second)
	tick := time.NewTicker(10 * time.Millisecond)
	defer tick.Stop()
	for ; syscall.Kill(-pgid, 0) == nil; <-tick.C {
		if time.Now().After(deadline) {
			t.Errorf("processes of the page browser's group %d are left", pgid)
			return
		}
		entries, _ := os.ReadDir("/proc")
		for _, e := range entries {
			pid, err := strconv.Atoi(e.Name())
			if err != nil {
				continue
			}
			stat, err := os.ReadFile("/proc/" + e.Name() + "/stat")
			if err != nil {
				continue
			}
			f := strings.Fields(string(stat[bytes.LastIndexByte(stat, ')')+1:]))
			if len(f) > 2 && f[1] == strconv.Itoa(os.Getpid()) && f[2] == strconv.Itoa(pgid) {
				var ws syscall.WaitStatus
				_, _ = syscall.Wait4(pid, &ws, syscall.WNOHANG, nil)
			}
		}
		_ = syscall.Kill(-pgid, syscall.SIGKILL) // a helper started meanwhile
	}
}
