package main

import (
	"bytes"
	"context"
	"encoding/json"
	"regexp"
	"strings"
	"testing"

	"github.com/unbind/unbind/doccheck"
)

// `unbind coverage` over the five articles and the project's features
// gives each article its share and lists the items none covers; --json is
// the same as data.
func TestCoverageTheArticles(t *testing.T) {
	var out, errs bytes.Buffer
	args := []string{"coverage", "--features", "../../features", "../../../shared/seeds"}
	if code := run(context.Background(), args, &out, &errs); code != exitOK {
		t.Fatalf("unbind coverage exited %d: %s", code, errs.String())
	}
	share := regexp.MustCompile(`(?m)^\d{3}_\w+\.txt \((hi|sw|id|ru)\): \d+\.\d% covered \(\d+ of \d+: `)
	if n := len(share.FindAllString(out.String(), -1)); n != 5 {
		t.Errorf("%d articles with a share, want 5:\n%s", n, out.String())
	}
	if !strings.Contains(out.String(), "  not covered: line ") {
		t.Errorf("no item is listed as not covered:\n%s", out.String())
	}
	out.Reset()
	if code := run(context.Background(), append([]string{"coverage", "--json"}, args[1:]...), &out, &errs); code != exitOK {
		t.Fatalf("unbind coverage --json exited %d: %s", code, errs.String())
	}
	var r doccheck.CoverageReport
	if err := json.Unmarshal(out.Bytes(), &r); err != nil || len(r.Articles) != 5 {
		t.Fatalf("--json: %v, %d articles", err, len(r.Articles))
	}
}

// The made-up article and feature of doccheck's tests: its exact share.
func TestCoverageMadeUpPair(t *testing.T) {
	var out, errs bytes.Buffer
	args := []string{"coverage", "--features", "../../doccheck/testdata/coverage/sample.feature", "../../doccheck/testdata/coverage/906_sample.txt"}
	if code := run(context.Background(), args, &out, &errs); code != exitOK {
		t.Fatalf("unbind coverage exited %d: %s", code, errs.String())
	}
	if want := "906_sample.txt (en): 81.8% covered (9 of 11: 4 of 5 sentences, 4 of 5 labels, 1 of 1 addresses)\n"; !strings.HasPrefix(out.String(), want) {
		t.Errorf("got\n%s\nwant it to start with %s", out.String(), want)
	}
}
