package main

import (
	"context"
	"flag"
	"fmt"
	"io"

	"github.com/unbind/unbind/reports/record"
	"github.com/unbind/unbind/suite"
)

const mergeUsage = `Usage: unbind merge [--out DIR] RESULTS.ndjson...
       unbind report [--out DIR] RESULTS.ndjson

merge combines the results of shards (each shard's cucumber.ndjson, from
'unbind run --shard i/n') into the reports one run would have written: HTML,
JUnit, Cucumber JSON, messages and rerun.txt. report writes them again from
one saved result. The exit status is 0 when every scenario passed, 1 when one
failed, 2 on bad input.

Each shard's results say which shard of how many they are: merge refuses,
writing nothing, when a shard of the split is missing, unless --partial
says to merge what is there (its reports then say which shards they lack,
and the exit status is 1 however the scenarios went). Such a partial
merge, merged later with the shards it lacks, makes the whole suite's.

report writes one result as it is: a shard's reports as that shard's, with
its exit status, and a partial merge's still not complete.

Examples:
  unbind merge --out out shard-1/cucumber.ndjson shard-2/cucumber.ndjson
  unbind report --out /tmp/again out/cucumber.ndjson

Flags:
`

func mergeCmd(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	return mergeOrReport(ctx, "merge", args, stdout, stderr)
}

func reportCmd(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	return mergeOrReport(ctx, "report", args, stdout, stderr)
}

// mergeOrReport is merge, or report: one saved result written again as it
// is, a shard's as that shard's.
func mergeOrReport(_ context.Context, name string, args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("unbind "+name, flag.ContinueOnError)
	out := fs.String("out", "out", "folder for the reports")
	partial := new(bool)
	if name == "merge" {
		fs.BoolVar(partial, "partial", false, "merge the shards given though some of their split are missing")
	}
	var docs string
	docsFlag(fs, &docs)
	fs.Usage = func() { fmt.Fprint(fs.Output(), mergeUsage); printFlags(fs) }
	files, ok, code := parseFlags(fs, args, stderr)
	if !ok {
		return code
	}
	if err := checkDocs(docs); err != nil {
		fmt.Fprintf(stderr, "unbind "+name+": %v\n", err)
		return exitUsage
	}
	if len(files) == 0 {
		fmt.Fprintf(stderr, "unbind %s: name at least one results file (a run's cucumber.ndjson)\n", name)
		return exitUsage
	}
	if name == "report" && len(files) > 1 {
		fmt.Fprintf(stderr, "unbind report: name one results file, not %d: 'unbind merge' combines the results of shards\n", len(files))
		return exitUsage
	}
	read := suite.MergeFiles
	if name == "report" {
		read = func(paths ...string) (*record.Run, suite.Evidence, error) { return suite.ReportFile(paths[0]) }
	}
	merged, evidence, err := read(files...)
	if err != nil {
		fmt.Fprintf(stderr, "unbind "+name+": %v\n", err)
		return exitUsage
	}
	if name == "merge" && len(merged.MissingShards) > 0 && !*partial {
		for _, note := range suite.MissingShardsNote(merged) {
			fmt.Fprintf(stderr, "unbind "+name+": %s\n", note)
		}
		fmt.Fprintf(stderr, "unbind "+name+": name every shard's %s, or pass --partial to merge these alone; nothing was written\n", "cucumber.ndjson")
		return exitUsage
	}
	folder, err := suite.OpenOut(*out, true)
	if err != nil {
		fmt.Fprintf(stderr, "unbind "+name+": %v\n", err)
		return exitUsage
	}
	defer folder.Close()
	gone, err := folder.TakeEvidence(merged, evidence)
	if err != nil {
		fmt.Fprintf(stderr, "unbind "+name+": %v; the reports already in %s are left as they were\n", err, *out)
		return exitFailed
	}
	for _, g := range gone {
		fmt.Fprintf(stderr, "unbind "+name+": the evidence %s is gone; the reports leave it out\n", g)
	}
	if err := folder.Commit(merged, docs); err != nil {
		fmt.Fprintf(stderr, "unbind "+name+": writing reports: %v\n", err)
		return exitFailed
	}
	suite.PrintSummary(stdout, merged, *out, program()+" run", docs)
	if !merged.Success() {
		return exitFailed
	}
	return exitOK
}
