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

Each shard's results say which shard of how many they are: merge refuses,
writing nothing, when a shard of the split is missing, unless --partial
says to merge what is there (its reports then say which shards they lack,
and the exit status is 1 however the scenarios went).

Examples:
  unbind merge --out out shard-1/cucumber.ndjson shard-2/cucumber.ndjson
  unbind report --out /tmp/again out/cucumber.ndjson

Flags:
`

func mergeCmd(_ context.Context, args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("unbind merge", flag.ContinueOnError)
	out := fs.String("out", "out", "folder for the reports")
	partial := fs.Bool("partial", false, "merge the shards given though some of their split are missing")
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
	if len(merged.MissingShards) > 0 && !*partial {
		for _, note := range suite.MissingShardsNote(merged) {
			fmt.Fprintf(stderr, "unbind merge: %s\n", note)
		}
		fmt.Fprintf(stderr, "unbind merge: name every shard's %s, or pass --partial to merge these alone; nothing was written\n", "cucumber.ndjson")
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
