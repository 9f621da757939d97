package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"

	"github.com/unbind/unbind/doccheck"
)

// docPaths are the articles a document check reads: those named, else
// the --docs folder.
func docPaths(cmd string, paths []string, docs string, stderr io.Writer) ([]string, bool) {
	if len(paths) > 0 {
		return paths, true
	}
	if docs == "" {
		fmt.Fprintf(stderr, "unbind %s: name the articles, or a folder of them with --docs (../shared/seeds is not here)\n", cmd)
		return nil, false
	}
	return []string{docs}, true
}

func lintCmd(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("unbind lint", flag.ContinueOnError)
	var docs string
	docsFlag(fs, &docs)
	asJSON := fs.Bool("json", false, "write the findings as JSON")
	warn := fs.Bool("warn", false, "only report: exit 0 even when a label is broken")
	notes := fs.String("prose", "", "folder of more articles' notes (KEY.txt: \"words ! why they name nothing\"), besides doccheck/prose")
	fs.Usage = func() {
		fmt.Fprint(fs.Output(), "Usage: unbind lint [flags] [ARTICLE...]\n\n"+
			"Checks, without a browser, every label the articles quote («», “”, \"\") against\n"+
			"the simulated sites' pages in every profile and locale and the glossaries:\n"+
			"on the site, translated, prose (the article's notes say so) or broken, with\n"+
			"the nearest labels. ARTICLE is a file or a folder; the --docs folder by\n"+
			"default. Exits 1 when a label is broken, unless --warn.\n\n")
		printFlags(fs)
	}
	paths, ok, code := parseFlags(fs, args, stderr)
	if !ok {
		return code
	}
	if paths, ok = docPaths("lint", paths, docs, stderr); !ok {
		return exitUsage
	}
	r, err := doccheck.LintArticles(ctx, doccheck.LintOptions{Paths: paths, NotesDir: *notes})
	if err != nil {
		fmt.Fprintf(stderr, "unbind lint: %v\n", err)
		return exitUsage
	}
	if *asJSON {
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		if err := enc.Encode(r); err != nil {
			fmt.Fprintf(stderr, "unbind lint: %v\n", err)
			return exitFailed
		}
	} else {
		doccheck.WriteLintText(stdout, r)
	}
	if r.Broken() > 0 && !*warn {
		return exitFailed
	}
	return exitOK
}
