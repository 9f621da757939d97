package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// alwaysFailsInTheBrowser fails at a step of the browser on every attempt,
// so that each attempt leaves a screenshot and the page's DOM.
const alwaysFailsInTheBrowser = `Feature: Evidence of every attempt
  Scenario: Waits for a text no page has
    Given a buyer with a bound Visa card ending in 4242
    And I am signed in to the storefront
    Then I should see "A text no page has"
`

// evidenceLink is a path of a report that names a piece of evidence: any
// run of characters a path may hold that goes through an evidence folder.
var evidenceLink = regexp.MustCompile(`[^\s"'<>|\[\]()=\\]*evidence/[^\s"'<>|\[\]()\\]+`)

// TestRetriedEvidenceLinksResolve: after a run with retries, every link to
// evidence in every report (junit.xml's [[ATTACHMENT|...]], surefire.xml,
// cucumber.ndjson's attachment urls, cucumber.json, report.html) is relative
// to the report folder and names a file there, for the earlier attempts as
// for the last; and so again for the reports `unbind report` and `unbind
// merge` write from the record.
func TestRetriedEvidenceLinksResolve(t *testing.T) {
	code, _, _, out := runRetried(t, alwaysFailsInTheBrowser, "--retries", "2", "--step-timeout", "1s")
	if code != exitFailed {
		t.Fatalf("exit %d, want %d", code, exitFailed)
	}
	checkEvidenceLinks(t, out)
	for _, cmd := range []string{"report", "merge"} {
		again := filepath.Join(t.TempDir(), cmd)
		var so, se bytes.Buffer
		run(context.Background(), []string{cmd, "--out", again, filepath.Join(out, "cucumber.ndjson")}, &so, &se)
		t.Logf("unbind %s:\n%s%s", cmd, so.String(), se.String())
		checkEvidenceLinks(t, again)
	}
}

// checkEvidenceLinks checks every evidence link of the reports in out; the
// three attempts' screenshots must each be linked from junit.xml,
// surefire.xml and cucumber.ndjson.
func checkEvidenceLinks(t *testing.T, out string) {
	t.Helper()
	for _, name := range []string{"junit.xml", "surefire.xml", "cucumber.ndjson", "cucumber.json", "report.html"} {
		doc := readFile(t, filepath.Join(out, name))
		if strings.Contains(doc, ".unbind-next-") {
			t.Errorf("%s: %s names the staging folder", out, name)
		}
		shots := map[string]bool{}
		for _, link := range evidenceLink.FindAllString(doc, -1) {
			if filepath.IsAbs(link) || !filepath.IsLocal(link) {
				t.Errorf("%s: %s links %s, not relative to the report folder", out, name, link)
				continue
			}
			if fi, err := os.Stat(filepath.Join(out, link)); err != nil || !fi.Mode().IsRegular() {
				t.Errorf("%s: %s links %s, which is no file there", out, name, link)
				continue
			}
			if strings.HasSuffix(link, "-failed.png") {
				shots[link] = true
			}
		}
		if name != "cucumber.json" && name != "report.html" && len(shots) != 3 {
			t.Errorf("%s: %s links the screenshots %v, want one of each of the 3 attempts", out, name, shots)
		}
	}
}
