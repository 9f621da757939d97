package main

import (
	"bytes"
	"context"
	"image"
	"image/color"
	"image/draw"
	"image/png"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestBaselineFlagsThatWouldCompareNothing(t *testing.T) {
	cases := []struct{ why, want string }{
		{"--baseline b", "--baseline compares the screenshots of every step: add --screenshots steps"},
		{"--update-baselines", "--update-baselines and --fail-on-drift need --baseline DIR"},
		{"--screenshots steps --fail-on-drift", "--update-baselines and --fail-on-drift need --baseline DIR"},
	}
	for _, tc := range cases {
		var stdout, stderr bytes.Buffer
		code := run(context.Background(), append([]string{"run", "--out", t.TempDir()}, strings.Fields(tc.why)...), &stdout, &stderr)
		if code != exitUsage || !strings.Contains(stderr.String(), tc.want) {
			t.Errorf("unbind run %s: exit %d, stderr %q; want %d and %q", tc.why, code, stderr.String(), exitUsage, tc.want)
		}
	}
}

// A writer keeps baselines, runs again against them with nothing changed,
// and then against a baseline of a page that looked otherwise, one
// baseline gone: only that step drifts, the summary and the report say so,
// and --fail-on-drift fails the run.
func TestRunAgainstBaselines(t *testing.T) {
	dir := t.TempDir()
	base := filepath.Join(dir, "baselines")
	scenario := "../../features/p01_my_alipay.feature:48"
	unbind := func(extra ...string) (int, string, string) {
		var stdout, stderr bytes.Buffer
		args := append([]string{"run", "--format", "progress", "--screenshots", "steps", "--baseline", base, "--out", filepath.Join(dir, "out")}, extra...)
		code := run(context.Background(), append(args, scenario), &stdout, &stderr)
		return code, stdout.String(), stderr.String()
	}
	if code, out, errs := unbind("--update-baselines"); code != exitOK || !strings.Contains(errs, "unbind: baselines: kept 8 screenshots in "+base) {
		t.Fatalf("keeping baselines: exit %d, want 0 and the baselines kept\n%s\n%s", code, out, errs)
	}
	shots, _ := filepath.Glob(filepath.Join(base, "p01-my-alipay", "cancel-in-the-pop-up-keeps-the-card", "step-*.png"))
	if len(shots) != 8 { // every step but the Given, which opened no page
		t.Fatalf("baselines kept: %v, want one per step that showed a page", shots)
	}
	if code, out, errs := unbind("--fail-on-drift"); code != exitOK || strings.Contains(out, "drift") ||
		!strings.Contains(errs, "unbind: baselines in "+base+": 8 steps compared, no drift\n") {
		t.Fatalf("the same code against its baselines: exit %d, want 0 and no drift\n%s\n%s", code, out, errs)
	}
	kept := filepath.Join(base, "p01-my-alipay", "cancel-in-the-pop-up-keeps-the-card")
	repaint(t, filepath.Join(kept, "step-05.png"))
	if err := os.Remove(filepath.Join(kept, "step-09.png")); err != nil {
		t.Fatal(err)
	}
	code, out, errs := unbind("--fail-on-drift")
	// A step with no baseline is said, and is no drift.
	if want := "unbind: baselines in " + base + ": 7 steps compared, 1 drifted, 1 step with no baseline (--update-baselines keeps them)\n"; !strings.Contains(errs, want) {
		t.Errorf("stderr lacks %q:\n%s", want, errs)
	}
	if code != exitFailed {
		t.Errorf("a drifted step with --fail-on-drift: exit %d, want %d\n%s\n%s", code, exitFailed, out, errs)
	}
	report := filepath.Join(dir, "out", "report.html")
	for _, want := range []string{"1 passed, 0 failed", "unbind: drift: 1 step, see " + report + "#drift", "1 step drifted from the baselines (fail on drift)"} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
	diffs, _ := filepath.Glob(filepath.Join(dir, "out", "evidence", "p01-my-alipay", "*", "*-diff.png"))
	if len(diffs) != 1 || filepath.Base(diffs[0]) != "step-05-passed-diff.png" {
		t.Errorf("diff images: %v, want step-05-passed-diff.png", diffs)
	}
	if html := readFile(t, report); !strings.Contains(html, `<h2 id="drift">`) || !strings.Contains(html, "step-05-passed-diff.png") {
		t.Error("report.html does not list the step that drifted with its diff image")
	}
	if !strings.Contains(readFile(t, filepath.Join(dir, "out", "junit.xml")), "step-05-passed-diff.png") {
		t.Error("junit.xml does not carry the diff image")
	}
}

// repaint draws a block over a baseline, as an older page would have
// looked.
func repaint(t *testing.T, path string) {
	t.Helper()
	f, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	img, err := png.Decode(bytes.NewReader(f))
	if err != nil {
		t.Fatal(err)
	}
	rgba := image.NewRGBA(img.Bounds())
	draw.Draw(rgba, rgba.Bounds(), img, img.Bounds().Min, draw.Src)
	draw.Draw(rgba, image.Rect(20, 20, 120, 60), &image.Uniform{color.RGBA{0, 90, 200, 255}}, image.Point{}, draw.Src)
	var buf bytes.Buffer
	if err := png.Encode(&buf, rgba); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
}
