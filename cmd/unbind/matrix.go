package main

import (
	"context"
	"fmt"
	"io"
	"path/filepath"
	"strings"

	"github.com/unbind/unbind/matrix"
	"github.com/unbind/unbind/reports"
	"github.com/unbind/unbind/suite"
)

const matrixUsage = `Usage: unbind matrix [--profiles P,Q] [--json] [run flags] [paths...]

Runs the article features (default: features/articles) once under each site
profile, the versions of the site the articles describe (default: none, then
each profile the features are written for, then every other profile alone),
and prints a table of profiles by articles: "ok" where every scenario of the
article passed, else the line of the article that the first step to break
stands for. Below it, each broken cell: the scenario, the step, the article
line, the labels found and the error. When the site changes, this is which
articles go stale, and where.

The run takes unbind run's flags (--concurrency, --shard, --tags, --chrome,
--step-timeout, default 5s here, --screenshots ...). Its reports go to --out
(default out/matrix): the run's usual set, and matrix.json and matrix.html. The exit
status is 0 when the matrix was made (broken cells are its findings, not a
failure), 1 when the run could not finish, 2 on bad usage or input.

Examples:
  unbind matrix                                        every article, every profile
  unbind matrix --profiles none,edit-delete features/articles/000_hi.feature
  unbind matrix --json --shard 1/2                     half the cells, as JSON

Flags of matrix:
  --profiles P,Q   the profiles to run under, "none" for the site as it is
  --json           print the table as JSON instead of text

Flags of unbind run apply too; see 'unbind run --help'.
`

// matrixStepTimeout is the matrix's step deadline unless --step-timeout
// says otherwise: most cells break, each at a step that waits for its
// deadline, and on the embedded sim a step that has not done its work in
// 5 s will not.
const matrixStepTimeout = "5s"

// matrixFile and matrixPage are the matrix in the report folder.
const (
	matrixFile = "matrix.json"
	matrixPage = "matrix.html"
)

func matrixCmd(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	if asksForHelp(args) {
		fmt.Fprint(stdout, matrixUsage)
		return exitOK
	}
	profiles, asJSON, rest, err := matrixFlags(args)
	if err != nil {
		fmt.Fprintf(stderr, "unbind matrix: %v; see 'unbind matrix --help'\n", err)
		return exitUsage
	}
	// Its own defaults, which the run's flags given after them override.
	defaults := []string{"--out", filepath.Join("out", "matrix"), "--step-timeout", matrixStepTimeout}
	o, code, ok := parseRunFlags(append(defaults, rest...), stderr)
	if !ok {
		return code
	}
	o.Output, o.Log = stderr, stderr
	planned, err := matrix.Prepare(matrix.Options{Run: o.Options, Profiles: profiles, Docs: o.docs})
	if err != nil {
		fmt.Fprintf(stderr, "unbind matrix: %v\n", err)
		return exitUsage
	}
	out, err := suite.OpenOut(o.out, true)
	if err != nil {
		fmt.Fprintf(stderr, "unbind matrix: %v\n", err)
		return exitUsage
	}
	defer out.Close()
	planned.Options.Launch.Evidence.Dir = out.Evidence()
	fmt.Fprintf(stderr, "unbind matrix: %d article features under %d profiles\n", len(planned.Plan.All)/max(1, len(planned.Profiles)), len(planned.Profiles))
	table, res, err := planned.Run(ctx)
	if err != nil {
		fmt.Fprintf(stderr, "unbind matrix: %v\n", err)
		return exitFailed
	}
	if err := out.Commit(res.Run, o.docs); err != nil {
		fmt.Fprintf(stderr, "unbind matrix: writing reports: %v\n", err)
		return exitFailed
	}
	if err := writeMatrix(out.Dir(), table); err != nil {
		fmt.Fprintf(stderr, "unbind matrix: %v\n", err)
		return exitFailed
	}
	if asJSON {
		err = table.WriteJSON(stdout)
	} else {
		err = table.WriteText(stdout)
		fmt.Fprintf(stdout, "\nunbind matrix: %s, %s\n", filepath.Join(out.Dir(), matrixPage), filepath.Join(out.Dir(), matrixFile))
	}
	if err != nil {
		return exitFailed
	}
	if intr, ok := interruptedBy(ctx); ok {
		return intr.exitCode()
	}
	return exitOK
}

// matrixFlags takes the matrix's own flags out of args, leaving the run's.
func matrixFlags(args []string) (profiles []string, asJSON bool, rest []string, err error) {
	for i := 0; i < len(args); i++ {
		a := args[i]
		if a == "--" {
			rest = append(rest, args[i:]...)
			break
		}
		name, value, hasValue := strings.Cut(strings.TrimLeft(a, "-"), "=")
		switch {
		case !strings.HasPrefix(a, "-"):
			rest = append(rest, a)
		case name == "json":
			asJSON = true
		case name == "profiles":
			if !hasValue {
				if i+1 >= len(args) {
					return nil, false, nil, fmt.Errorf("--profiles needs a value")
				}
				i++
				value = args[i]
			}
			for _, p := range strings.Split(value, ",") {
				if p = strings.TrimSpace(p); p != "" {
					profiles = append(profiles, p)
				}
			}
			if len(profiles) == 0 {
				return nil, false, nil, fmt.Errorf("--profiles names no profile")
			}
		default:
			rest = append(rest, a)
		}
	}
	return profiles, asJSON, rest, nil
}

// writeMatrix writes matrix.json and matrix.html into the report folder.
func writeMatrix(dir string, t *matrix.Table) error {
	if err := reports.WriteFileAtomic(filepath.Join(dir, matrixFile), t.WriteJSON); err != nil {
		return err
	}
	return reports.WriteFileAtomic(filepath.Join(dir, matrixPage), t.WriteHTML)
}
