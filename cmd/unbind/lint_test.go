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
// map" of 001 and 002 with the labels nearest them, and exits 1.
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
}

// Over an article made up for the test with one wrong label, lint names
// that label and the right one nearest it, and the writer's notes
// (--prose) make a quoted phrase prose; --warn reports and exits 0, --json
// writes the findings as data.
func TestLintMadeUpArticle(t *testing.T) {
	var out, errs bytes.Buffer
	args := []string{"lint", "--warn", "--json", "--prose", "../../doccheck/testdata/prose", "../../doccheck/testdata/articles/901_madeup.txt"}
	if code := run(context.Background(), args, &out, &errs); code != exitOK {
		t.Fatalf("unbind lint --warn exited %d, want %d: %s", code, exitOK, errs.String())
	}
	var r doccheck.LintReport
	if err := json.Unmarshal(out.Bytes(), &r); err != nil || len(r.Articles) != 1 {
		t.Fatalf("--json is not a report of the article: %v\n%s", err, out.String())
	}
	classes := map[string]doccheck.Class{}
	for _, f := range r.Articles[0].Findings {
		classes[f.Label] = f.Class
		if f.Class == doccheck.Broken && (f.Label != "Remove crad" || len(f.NearestSite) == 0 || f.NearestSite[0].Label != "Remove card") {
			t.Errorf("broken: %q, nearest %+v; want only Remove crad, Remove card nearest", f.Label, f.NearestSite)
		}
	}
	if classes["Remove crad"] != doccheck.Broken || classes["tidying up"] != doccheck.Prose || classes["Edit cards"] != doccheck.OnSite {
		t.Errorf("the labels are %v", classes)
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

// lint and coverage have their help, on stdout, and tell a mistake in one
// line; an article that is not there is a usage error naming it.
func TestLintAndCoverageUsage(t *testing.T) {
	for _, tc := range []struct {
		args          []string
		code          int
		wantOut, want string
	}{
		{[]string{"help", "lint"}, exitOK, "Usage: unbind lint [flags] [ARTICLE...]", ""},
		{[]string{"coverage", "--help"}, exitOK, "Usage: unbind coverage [flags] [ARTICLE...]", ""},
		{[]string{"lint", "--bogus"}, exitUsage, "", "unbind: unknown flag --bogus; see 'unbind lint --help'"},
		{[]string{"coverage", "no/such/article.txt"}, exitUsage, "", "unbind coverage: no article no/such/article.txt"},
	} {
		var out, errs bytes.Buffer
		if code := run(context.Background(), tc.args, &out, &errs); code != tc.code || !strings.Contains(out.String(), tc.wantOut) ||
			!strings.Contains(errs.String(), tc.want) || (tc.want == "") != (errs.Len() == 0) {
			t.Errorf("unbind %s: exit %d, stdout %q, stderr %q", strings.Join(tc.args, " "), code, out.String(), errs.String())
		}
	}
}
