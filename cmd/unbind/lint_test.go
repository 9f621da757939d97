package main

import (
	"bytes"
	"context"
	"encoding/json"
	"strings"
	"testing"

	"github.com/unbind/unbind/doccheck"
)

// `unbind lint` over the five articles names 003's misprint and the "edit
// map" of 001 and 002 with the labels nearest them, and exits 1; --warn
// reports the same and exits 0; --json is the findings as data.
func TestLintTheArticles(t *testing.T) {
	const seeds = "../../../shared/seeds"
	var out, errs bytes.Buffer
	if code := run(context.Background(), []string{"lint", seeds}, &out, &errs); code != exitFailed {
		t.Fatalf("unbind lint exited %d, want %d (broken labels): %s\n%s", code, exitFailed, errs.String(), out.String())
	}
	for _, want := range []string{
		`line 127: «Настойки» BROKEN: the glossary marks it wrong: a misprint`,
		`nearest on the site: "Настройки" (1 edit)`,
		`line 35: «Hariri ramani» BROKEN`,
		`nearest in the glossaries: «hariri kadi» (sw) → "Edit cards"`,
		`line 113: «edit peta» BROKEN`,
		"4 broken labels; the site:",
	} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("the report has no %q:\n%s", want, out.String())
		}
	}
	t.Log(lastLine(out.String()))
	out.Reset()
	if code := run(context.Background(), []string{"lint", "--warn", "--json", seeds}, &out, &errs); code != exitOK {
		t.Fatalf("unbind lint --warn exited %d: %s", code, errs.String())
	}
	var r doccheck.LintReport
	if err := json.Unmarshal(out.Bytes(), &r); err != nil {
		t.Fatalf("--json is not a report: %v\n%s", err, out.String())
	}
	if len(r.Articles) != 5 || r.Broken() != 4 {
		t.Errorf("--json: %d articles, %d broken labels; want 5 and 4", len(r.Articles), r.Broken())
	}
}

// Over an article made up for the test with one wrong label, lint names
// that label and the right one nearest it; the writer's notes (--prose)
// make a quoted phrase prose.
func TestLintMadeUpArticle(t *testing.T) {
	var out, errs bytes.Buffer
	code := run(context.Background(), []string{"lint", "--prose", "../../doccheck/testdata/prose", "../../doccheck/testdata/articles/901_madeup.txt"}, &out, &errs)
	if code != exitFailed {
		t.Fatalf("unbind lint exited %d, want %d: %s\n%s", code, exitFailed, errs.String(), out.String())
	}
	for _, want := range []string{
		`901_madeup.txt (en): 6 labels: 4 on site, 0 translated, 1 prose, 1 broken`,
		`line 5: «Remove crad» BROKEN: no page shows it and no glossary has it; nearest on the site: "Remove card" (2 edits)`,
		`line 7: «tidying up» prose: a figure of speech`,
	} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("the report has no %q:\n%s", want, out.String())
		}
	}
}

// No article named and no --docs folder is a usage error that says so.
func TestLintNoArticles(t *testing.T) {
	var out, errs bytes.Buffer
	if code := run(context.Background(), []string{"lint", "--docs", ""}, &out, &errs); code != exitUsage {
		t.Errorf("exited %d, want %d", code, exitUsage)
	}
	if !strings.Contains(errs.String(), "name the articles") {
		t.Errorf("the error says %q", errs.String())
	}
}

func lastLine(s string) string {
	lines := strings.Split(strings.TrimSpace(s), "\n")
	return lines[len(lines)-1]
}
