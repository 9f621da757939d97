package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// A run's record as unbind writes it: a scenario that passed, one whose
// second step failed after a retry that is not its final attempt, and an
// outline row that was skipped.
const record = `{"gherkinDocument":{"uri":"features/a.feature","feature":{"children":[{"scenario":{"id":"s1","location":{"line":3}}},{"rule":{"children":[{"scenario":{"id":"s2","location":{"line":9}}}]}},{"scenario":{"id":"s3","location":{"line":14},"examples":[{"tableBody":[{"id":"row1","location":{"line":18}}]}]}}]}}}
{"pickle":{"id":"p1","uri":"features/a.feature","name":"passes","astNodeIds":["s1"],"steps":[{"id":"ps1","text":"a buyer"}]}}
{"pickle":{"id":"p2","uri":"features/a.feature","name":"fails","astNodeIds":["s2"],"steps":[{"id":"ps2","text":"a buyer"},{"id":"ps3","text":"I click \"Delete\""}]}}
{"pickle":{"id":"p3","uri":"features/a.feature","name":"row","astNodeIds":["s3","row1"],"steps":[{"id":"ps4","text":"a buyer"}]}}
{"testCase":{"id":"tc1","pickleId":"p1","testSteps":[{"id":"ts1","pickleStepId":"ps1"}]}}
{"testCase":{"id":"tc2","pickleId":"p2","testSteps":[{"id":"ts2","pickleStepId":"ps2"},{"id":"ts3","pickleStepId":"ps3"}]}}
{"testCase":{"id":"tc3","pickleId":"p3","testSteps":[{"id":"ts4","pickleStepId":"ps4"}]}}
{"testCaseStarted":{"id":"r1","testCaseId":"tc1"}}
{"testStepFinished":{"testCaseStartedId":"r1","testStepId":"ts1","testStepResult":{"status":"PASSED"}}}
{"testCaseFinished":{"testCaseStartedId":"r1","willBeRetried":false}}
{"testCaseStarted":{"id":"r2","testCaseId":"tc2"}}
{"testStepFinished":{"testCaseStartedId":"r2","testStepId":"ts2","testStepResult":{"status":"FAILED","message":"first attempt"}}}
{"testCaseFinished":{"testCaseStartedId":"r2","willBeRetried":true}}
{"testCaseStarted":{"id":"r3","testCaseId":"tc2"}}
{"testStepFinished":{"testCaseStartedId":"r3","testStepId":"ts2","testStepResult":{"status":"PASSED"}}}
{"testStepFinished":{"testCaseStartedId":"r3","testStepId":"ts3","testStepResult":{"status":"FAILED","message":"no button \"Delete\""}}}
{"testCaseFinished":{"testCaseStartedId":"r3","willBeRetried":false}}
{"testCaseStarted":{"id":"r4","testCaseId":"tc3"}}
{"testStepFinished":{"testCaseStartedId":"r4","testStepId":"ts4","testStepResult":{"status":"SKIPPED","message":"interrupted"}}}
{"testCaseFinished":{"testCaseStartedId":"r4","willBeRetried":false}}
`

func TestTallyNDJSON(t *testing.T) {
	runs, err := tallyNDJSON(strings.NewReader(record))
	if err != nil {
		t.Fatal(err)
	}
	if len(runs) != 3 {
		t.Fatalf("%d scenario runs, want 3 (a retried attempt is not one): %+v", len(runs), runs)
	}
	want := []scenarioRun{
		{URI: "features/a.feature", Line: 3, Name: "passes", Status: "PASSED"},
		{URI: "features/a.feature", Line: 9, Name: "fails", Status: "FAILED", Step: `I click "Delete"`, Error: `no button "Delete"`},
		{URI: "features/a.feature", Line: 18, Name: "row", Status: "SKIPPED", Step: "a buyer", Error: "interrupted"},
	}
	for i, w := range want {
		if runs[i] != w {
			t.Errorf("run %d = %+v, want %+v", i, runs[i], w)
		}
	}
	if !runs[0].ran() || !runs[1].ran() || runs[2].ran() {
		t.Errorf("ran = %v %v %v, want the interrupted one not", runs[0].ran(), runs[1].ran(), runs[2].ran())
	}
	if runs[0].failed() || !runs[1].failed() || runs[2].failed() {
		t.Errorf("failed = %v %v %v, want only the second", runs[0].failed(), runs[1].failed(), runs[2].failed())
	}
	if _, err := tallyNDJSON(strings.NewReader("{\n")); err == nil || !strings.Contains(err.Error(), "line 1") {
		t.Errorf("a broken record: %v", err)
	}
}

func TestAtOnceMakesThreeScenariosPerCore(t *testing.T) {
	bin := filepath.Join(t.TempDir(), "unbind")
	if err := os.WriteFile(bin, nil, 0o755); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct{ cores, concurrency, want int }{{2, 2, 3}, {2, 4, 2}, {4, 1, 12}, {8, 3, 8}} {
		o := options{unbind: bin, runs: 1, concurrency: tc.concurrency, cores: tc.cores, timeout: time.Minute, runTimeout: time.Minute}
		if err := o.check(); err != nil {
			t.Fatal(err)
		}
		if o.atOnce != tc.want || o.loadFactor() < minLoad {
			t.Errorf("%d cores, --concurrency %d: %d at once (load %.1f), want %d", tc.cores, tc.concurrency, o.atOnce, o.loadFactor(), tc.want)
		}
	}
	if _, err := parseFlags([]string{"-unbind", bin, "-runs", "0"}, &bytes.Buffer{}); err == nil {
		t.Error("-runs 0 accepted")
	}
}

// A fake unbind that writes a record with one failed scenario and exits 1:
// soak lists the failure and its tally is not ok.
func TestSoakCountsFailures(t *testing.T) {
	dir := t.TempDir()
	rec := filepath.Join(dir, "record.ndjson")
	if err := os.WriteFile(rec, []byte(record), 0o644); err != nil {
		t.Fatal(err)
	}
	bin := filepath.Join(dir, "unbind")
	script := "#!/bin/sh\nwhile [ \"$1\" != --out ]; do shift; done\nmkdir -p \"$2\" && cp " + rec + " \"$2/cucumber.ndjson\"\nexit 1\n"
	if err := os.WriteFile(bin, []byte(script), 0o755); err != nil {
		t.Fatal(err)
	}
	o := options{unbind: bin, out: filepath.Join(dir, "out"), runs: 4, concurrency: 1, cores: 1, timeout: time.Minute, runTimeout: time.Minute, paths: []string{"features/"}}
	if err := o.check(); err != nil {
		t.Fatal(err)
	}
	var progress, final bytes.Buffer
	tl, err := soak(context.Background(), o, &progress)
	if err != nil {
		t.Fatal(err)
	}
	tl.print(&final, o)
	if tl.ok() {
		t.Error("a soak with failed scenarios is ok")
	}
	if !strings.Contains(final.String(), "4 suite runs (0 not finished), 8 scenario runs, 4 failed (4 not run, interrupted)") {
		t.Errorf("tally:\n%s", final.String())
	}
	if !strings.Contains(final.String(), `4× features/a.feature:9 fails`) || !strings.Contains(final.String(), `step "I click \"Delete\"": no button "Delete"`) {
		t.Errorf("the failure is not listed with its step and error:\n%s", final.String())
	}
}
