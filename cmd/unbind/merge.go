package main

import (
	"context"
	"flag"
	"fmt"
	"io"

	"github.com/unbind/unbind/suite"
)

const mergeUsage = `Usage: unbind merge [--out DIR] RESULTS.ndjson...
       unbind report [--out DIR] RESULTS.ndjson

merge combines the results of shards (each shard's cucumber.ndjson, from
'unbind run --shard i/n') into the reports one run would have written: HTML,
JUnit, Cucumber JSON, messages and rerun.txt. report writes them again from
one saved result. The exit status is 0 when every scenario passed, 1 when one
failed, 2 on bad input.

Examples:
  unbind merge --out out shard-1/cucumber.ndjson shard-2/cucumber.ndjson
  unbind report --out /tmp/again out/cucumber.ndjson

Flags:
`

func mergeCmd(_ context.Context, args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("unbind merge", flag.ContinueOnError)
	out := fs.String("out", "out", "folder for the reports")
	var docs string
	docsFlag(fs, &docs)
	fs.Usage = func() { fmt.Fprint(fs.Output(), mergeUsage); printFlags(fs) }
	files, ok, code := parseFlags(fs, args, stderr)
	if !ok {
		return code
	}
	if err := checkDocs(docs); err != nil {
		fmt.Fprintf(stderr, "unbind merge: %v\n", err)
		return exitUsage
	}
	if len(files) == 0 {
		fmt.Fprintln(stderr, "unbind merge: name at least one results file (a run's cucumber.ndjson)")
		return exitUsage
	}
	merged, evidence, err := suite.MergeFiles(files...)
	if err != nil {
		fmt.Fprintf(stderr, "unbind merge: %v\n", err)
		return exitUsage
	}
	folder, err := suite.OpenOut(*out, true)
	if err != nil {
		fmt.Fprintf(stderr, "unbind merge: %v\n", err)
		return exitUsage
	}
	defer folder.Close()
	gone, err := folder.TakeEvidence(merged, evidence)
	if err != nil {
		fmt.Fprintf(stderr, "unbind merge: %v; the reports already in %s are left as they were\n", err, *out)
		return exitFailed
	}
	for _, g := range gone {
		fmt.Fprintf(stderr, "unbind merge: the evidence %s is gone; the reports leave it out\n", g)
	}
	if err := folder.Commit(merged, docs); err != nil {
		fmt.Fprintf(stderr, "unbind merge: writing reports: %v\n", err)
		return exitFailed
	}
	suite.PrintSummary(stdout, merged, *out, program()+" run", docs)
	if !merged.Success() {
		return exitFailed
	}
	return exitOK
}
