package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/unbind/unbind/matrix"
	"github.com/unbind/unbind/reports/record"
)

// unbind matrix over article 000's feature: on the site as it is, whose
// card icon reads "Edit cards", the article breaks at the step that clicks
// its «संपादित करें» ("Edit"), which stands for article line 10; under the
// profile whose page shows a warning box of its own, confirmed with "OK",
// the article holds as it does under the profile it is written for (the
// browser's own warning box). The table is printed as JSON and written as
// matrix.json and matrix.html.
func TestMatrixNamesWhereAnArticleBreaks(t *testing.T) {
	seeds := filepath.Join("..", "..", "..", "shared", "seeds")
	out := filepath.Join(t.TempDir(), "out")
	feature := filepath.Join("..", "..", "features", "articles", "000_hi.feature")
	var stdout, stderr bytes.Buffer
	code := run(context.Background(), []string{"matrix", "--json", "--profiles", "none,edit-delete,edit-delete+alert-confirm",
		"--docs", seeds, "--out", out, feature}, &stdout, &stderr)
	if code != exitOK {
		t.Fatalf("exit %d, want %d\n%s", code, exitOK, stderr.String())
	}
	var table matrix.Table
	if err := json.Unmarshal(stdout.Bytes(), &table); err != nil {
		t.Fatalf("the JSON table: %v\n%s", err, stdout.String())
	}
	if len(table.Rows) != 1 || len(table.Rows[0].Cells) != 3 || table.Rows[0].Article != "000" {
		t.Fatalf("table %+v, want article 000 under three profiles", table)
	}
	site, popup, own := table.Rows[0].Cells[0], table.Rows[0].Cells[1], table.Rows[0].Cells[2]
	if own.Status != record.StatusPassed || !own.Own || own.Broke != nil {
		t.Errorf("under the profile it is written for, the article: %+v, want passed and marked its own", own)
	}
	if popup.Status != record.StatusPassed || popup.Own || popup.Broke != nil {
		t.Errorf("under the page's own warning box confirmed with OK, the article: %+v, want passed", popup)
	}
	b := site.Broke
	if site.Status != record.StatusFailed || b == nil {
		t.Fatalf("on the site as it is, the article: %+v, want it broken", site)
	}
	if want := feature + ":9"; b.Location != want || b.StepLine != 15 || b.ArticleLine != 10 {
		t.Errorf("it broke at %s step %d, article line %d; want %s step 15 (clicking «संपादित करें»), article line 10", b.Location, b.StepLine, b.ArticleLine, want)
	}
	if !strings.Contains(b.Text, "\"संपादित करें\"") || !strings.Contains(b.Error, `"Edit"`) {
		t.Errorf("the broken cell quotes article line %q and error %q; want the line with «संपादित करें» and an error naming the site's \"Edit\"", b.Text, b.Error)
	}
	for _, f := range []string{"matrix.json", "matrix.html", "junit.xml"} {
		if _, err := os.Stat(filepath.Join(out, f)); err != nil {
			t.Errorf("the report folder lacks %s: %v", f, err)
		}
	}
	if page := readFile(t, filepath.Join(out, "matrix.html")); !strings.Contains(page, ">line 10</a>") {
		t.Errorf("matrix.html does not show the broken cell as line 10")
	}
}

// A profile the sim does not have is refused before anything starts,
// naming the profiles there are, and no report folder is made.
func TestMatrixRefusesAnUnknownProfile(t *testing.T) {
	out := filepath.Join(t.TempDir(), "out")
	var stdout, stderr bytes.Buffer
	code := run(context.Background(), []string{"matrix", "--profiles", "edit-delte", "--out", out,
		filepath.Join("..", "..", "features", "articles")}, &stdout, &stderr)
	if code != exitUsage || !strings.Contains(stderr.String(), "edit-delte") || !strings.Contains(stderr.String(), "edit-delete") {
		t.Errorf("exit %d, stderr %q; want %d naming the bad profile and the good ones", code, stderr.String(), exitUsage)
	}
	if _, err := os.Stat(out); !os.IsNotExist(err) {
		t.Errorf("the report folder was made (%v)", err)
	}
}
