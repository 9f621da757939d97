package console

import (
	"fmt"
	"io"
	"path/filepath"
	"slices"
	"strings"

	"github.com/unbind/unbind/internal/textcut"
	"github.com/unbind/unbind/reports/article"
	"github.com/unbind/unbind/reports/record"
)

// SummaryOptions say what Summary knows besides the record.
type SummaryOptions struct {
	// Dir is the report folder and Files the reports in it; none is named
	// when Dir is empty.
	Dir   string
	Files []string
	// Rerun is the command that runs again what did not pass, as the user
	// would type it ("bin/unbind run @out/rerun.txt"); it is shown when a
	// scenario failed, did not finish or was not run.
	Rerun string
	// NotRun says whether a scenario, or its end, was kept from running
	// (an interruption, the failures that stopped the run), and
	// NotRunReason is what the reports call that; Interrupted, that an
	// interruption did, which the summary says first.
	NotRun       func(*record.Scenario) bool
	NotRunReason string
	Interrupted  bool
	// Notes are lines said after the counts, each after "unbind: ".
	Notes []string
	// Base is the folder evidence paths are shown relative to (the working
	// folder); empty shows them as the record has them.
	Base string
	// Library is the docs folder's articles, when there is one: a failure
	// then names the line of its article that the failing step stands for,
	// with its words.
	Library *article.Library
}

// Summary ends a run: each failure with its step, its error, the article
// lines its scenario cites and its evidence, then one summary of the
// counts, the report folder and the rerun command.
func Summary(w io.Writer, r *record.Run, o SummaryOptions) {
	var b strings.Builder
	writeFailures(&b, r, o)
	writeCounts(&b, r, o)
	io.WriteString(w, b.String())
}

func writeFailures(b *strings.Builder, r *record.Run, o SummaryOptions) {
	n := 0
	for _, f := range r.Features {
		for _, sc := range f.Scenarios {
			if st := sc.Status(); !st.Failing() && st != record.StatusUnknown {
				continue
			}
			if n++; n == 1 {
				b.WriteString("\nFailures:\n")
			}
			writeFailure(b, f, sc, n, o)
		}
	}
}

// writeFailure writes one failed scenario: where it is, the step that
// failed and why, then what it cites and the evidence of its steps.
func writeFailure(b *strings.Builder, f *record.Feature, sc *record.Scenario, n int, o SummaryOptions) {
	head := fmt.Sprintf("  %d) ", n)
	indent := strings.Repeat(" ", len(head))
	fmt.Fprintf(b, "\n%s%s › %s\n", head, sc.Location(), sc.Name)
	if k := len(sc.Earlier); k > 0 {
		fmt.Fprintf(b, "%sfailed on all %d attempts; the last:\n", indent, k+1)
	}
	st := failing(sc)
	switch {
	case st == nil:
		fmt.Fprintf(b, "%s%s the scenario has no steps\n", indent, markFailed)
	default:
		fmt.Fprintf(b, "%s%s %s (line %d)\n", indent, scenarioMark(st.Status), st.Label(), st.Line)
		fmt.Fprintf(b, "%s  %s\n", indent, indentLines(stepProblem(st), indent+"  "))
	}
	rows := citations(f, sc, st, o.Library)
	if paths := evidence(sc, o.Base, st); len(paths) > 0 {
		rows = append(rows, row{"evidence", paths})
	}
	writeRows(b, rows, indent)
}

// failing is the step that failed the scenario, or the one that did not
// finish; nil for a scenario without steps.
func failing(sc *record.Scenario) *record.Step {
	if st := sc.FailingStep(); st != nil {
		return st
	}
	for _, st := range sc.Steps {
		if st.Status == record.StatusUnknown {
			return st
		}
	}
	return nil
}

func stepProblem(st *record.Step) string {
	if st.Status == record.StatusUnknown {
		return "the step did not finish"
	}
	return problem(st)
}

// row is a labelled list of values of a failure: its article lines, its
// evidence.
type row struct {
	label  string
	values []string
}

// writeRows writes the rows with their values lined up after the labels.
func writeRows(b *strings.Builder, rows []row, indent string) {
	w := 0
	for _, r := range rows {
		w = max(w, width(r.label)+1)
	}
	for _, r := range rows {
		for i, v := range r.values {
			label := ""
			if i == 0 {
				label = r.label + ":"
			}
			fmt.Fprintf(b, "%s%s %s\n", indent, pad(label, w), v)
		}
	}
}

// citations are the article passages the scenario comes from and, with
// the articles at hand (lib), the line of the first that the failing step
// st stands for.
func citations(f *record.Feature, sc *record.Scenario, st *record.Step, lib *article.Library) []row {
	tags := make([]string, len(sc.Tags))
	for i, t := range sc.Tags {
		tags[i] = t.Name
	}
	var out []string
	sources := article.Sources(f.Description, sc.Description, tags)
	for _, c := range sources {
		out = append(out, c.Label())
	}
	if len(out) == 0 {
		return nil
	}
	if k := slices.Index(sc.Steps, st); lib != nil && k >= 0 {
		if src, ok := lib.StepSentence(sources, sc.StepTexts(), k); ok {
			out = append(out, fmt.Sprintf("%s line %d, this step's: %s", src.Name, src.Line, textcut.Clip(src.Sentence, 160)))
		}
	}
	return []row{{"article", out}}
}

// evidence are the paths of the evidence files of the scenario's steps,
// relative to base when under it: the failing step's (st) first, its
// screenshot and page being what a reader opens, then the others'. More
// than two of the others' (a run with --screenshots steps) are one line
// saying how many and in which folder, so the failing step's own stay in
// sight.
func evidence(sc *record.Scenario, base string, st *record.Step) []string {
	var first, rest []string
	for _, s := range sc.Steps {
		for _, a := range s.Attachments {
			p := filepath.FromSlash(a.PathFrom(base))
			if p == ".." || strings.HasPrefix(p, ".."+string(filepath.Separator)) {
				p = a.Path
			}
			switch {
			case p == "":
			case s == st:
				first = append(first, p)
			default:
				rest = append(rest, p)
			}
		}
	}
	if len(rest) > 2 {
		dir := filepath.Dir(rest[0])
		for _, p := range rest[1:] {
			for dir != "." && !strings.HasPrefix(p, dir+string(filepath.Separator)) {
				dir = filepath.Dir(dir)
			}
		}
		of := "its other steps"
		if len(first) == 0 {
			of = "its steps"
		}
		return append(first, fmt.Sprintf("%d more files of %s in %s%c", len(rest), of, dir, filepath.Separator))
	}
	return append(first, rest...)
}

// writeCounts writes the one summary of the run.
func writeCounts(b *strings.Builder, r *record.Run, o SummaryOptions) {
	c := record.Count(r.Features...)
	notRun := 0
	if o.NotRun != nil {
		for _, f := range r.Features {
			for _, sc := range f.Scenarios {
				if o.NotRun(sc) {
					notRun++
				}
			}
		}
	}
	b.WriteString("\nunbind: ")
	if notRun > 0 && o.Interrupted {
		b.WriteString("interrupted: ")
	}
	fmt.Fprintf(b, "%s: %d passed, %d failed", count(c.Scenarios, "scenario"), c.Passed, c.Failed)
	if c.Flaky > 0 {
		fmt.Fprintf(b, ", %d flaky", c.Flaky)
	}
	if notRun > 0 {
		fmt.Fprintf(b, ", %d not run (%s)", notRun, o.NotRunReason)
	}
	if c.Skipped > notRun {
		fmt.Fprintf(b, ", %d skipped", c.Skipped-notRun)
	}
	if c.Unknown > 0 {
		fmt.Fprintf(b, ", %d did not finish", c.Unknown)
	}
	b.WriteString("\n")
	for _, n := range o.Notes {
		fmt.Fprintf(b, "unbind: %s\n", n)
	}
	if o.Dir != "" {
		fmt.Fprintf(b, "unbind: reports in %s (%s)\n", o.Dir, strings.Join(o.Files, ", "))
	}
	if o.Rerun != "" && (c.Failed > 0 || c.Unknown > 0 || notRun > 0) {
		fmt.Fprintf(b, "unbind: rerun what failed or did not run with: %s\n", o.Rerun)
	}
}

func count(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return fmt.Sprintf("%d %ss", n, noun)
}
