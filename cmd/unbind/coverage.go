package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"

	"github.com/unbind/unbind/doccheck"
)

func coverageCmd(_ context.Context, args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("unbind coverage", flag.ContinueOnError)
	var docs string
	docsFlag(fs, &docs)
	asJSON := fs.Bool("json", false, "write the coverage as JSON")
	var features stringList
	fs.Var(&features, "features", "a feature file or folder whose scenarios cover the articles (again for more; default features)")
	notes := fs.String("prose", "", "folder of more articles' notes (KEY.txt), as for unbind lint")
	fs.Usage = func() {
		fmt.Fprint(fs.Output(), "Usage: unbind coverage [flags] [ARTICLE...]\n\n"+
			"For each article, which of its procedural sentences (numbered or bulleted\n"+
			"lines, sentences that quote a label or give an address), quoted labels and\n"+
			"addresses some scenario cites (Source: FILE lines N-M) or exercises (its\n"+
			"steps use the label, directly or through a glossary, or the address), the\n"+
			"share covered, and the items none covers. ARTICLE is a file or a folder;\n"+
			"the --docs folder by default.\n\n")
		printFlags(fs)
	}
	paths, ok, code := parseFlags(fs, args, stderr)
	if !ok {
		return code
	}
	if paths, ok = docPaths("coverage", paths, docs, stderr); !ok {
		return exitUsage
	}
	if len(features) == 0 {
		features = stringList{"features"}
	}
	r, err := doccheck.CoverArticles(doccheck.CoverageOptions{Paths: paths, Features: features, NotesDir: *notes})
	if err != nil {
		fmt.Fprintf(stderr, "unbind coverage: %v\n", err)
		return exitUsage
	}
	if !*asJSON {
		doccheck.WriteCoverageText(stdout, r)
		return exitOK
	}
	enc := json.NewEncoder(stdout)
	enc.SetIndent("", "  ")
	if err := enc.Encode(r); err != nil {
		fmt.Fprintf(stderr, "unbind coverage: %v\n", err)
		return exitFailed
	}
	return exitOK
}

// stringList is a flag given again for more values.
type stringList []string

func (l *stringList) String() string { return fmt.Sprint([]string(*l)) }

func (l *stringList) Set(v string) error {
	*l = append(*l, v)
	return nil
}
