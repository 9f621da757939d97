package matrix

import (
	"cmp"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"

	"github.com/cucumber/godog"

	"github.com/unbind/unbind/sim"
)

// None is the column of the site as it is, under no profile.
const None = "none"

// feature is one feature file read for the matrix.
type feature struct {
	Path     string
	Contents []byte
}

// readFeatures reads the feature files of paths (files, or folders walked
// for *.feature), in path order, each once.
func readFeatures(paths []string) ([]feature, error) {
	var files []string
	for _, p := range paths {
		fi, err := os.Stat(p)
		if err != nil {
			return nil, fmt.Errorf("reading the article features: %w", err)
		}
		if !fi.IsDir() {
			files = append(files, p)
			continue
		}
		err = filepath.WalkDir(p, func(path string, d fs.DirEntry, err error) error {
			if err == nil && !d.IsDir() && strings.HasSuffix(path, ".feature") {
				files = append(files, path)
			}
			return err
		})
		if err != nil {
			return nil, fmt.Errorf("reading the article features: %w", err)
		}
	}
	slices.Sort(files)
	files = slices.Compact(files)
	var out []feature
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			return nil, fmt.Errorf("reading the article features: %w", err)
		}
		out = append(out, feature{Path: filepath.ToSlash(f), Contents: b})
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("no feature files in %s", strings.Join(paths, " "))
	}
	return out, nil
}

var profileTag = regexp.MustCompile(`(?m)(?:^|\s)@profile:(\S+)`)

// ownProfiles are the profiles the features' tags name, as written
// ("edit-delete+alert-confirm"), each once, in order of appearance.
func ownProfiles(fs []feature) []string {
	var out []string
	for _, f := range fs {
		for _, m := range profileTag.FindAllSubmatch(f.Contents, -1) {
			if p := string(m[1]); !slices.Contains(out, p) {
				out = append(out, p)
			}
		}
	}
	return out
}

// Columns are the profiles a matrix runs under by default: the site as it
// is (None), then the versions of the site the features are written for,
// then every other profile of the sim alone.
func Columns(fs []feature) []string {
	cols := append([]string{None}, ownProfiles(fs)...)
	for _, p := range sim.Profiles() {
		if !slices.Contains(cols, p) {
			cols = append(cols, p)
		}
	}
	return cols
}

// CheckColumns refuses a profile the sim does not have, naming the ones
// there are.
func CheckColumns(cols []string) error {
	for _, c := range cols {
		if c == None {
			continue
		}
		if err := sim.CheckProfile(c); err != nil {
			return fmt.Errorf("--profiles %s: %w", c, err)
		}
	}
	return nil
}

// variantName is the name the run gives feature path run under profile:
// "features/articles/000_hi@edit-delete.feature", so that reports and
// evidence folders tell the variants apart. A path above the working
// folder loses its "../" parts.
func variantName(path, profile string) string {
	for strings.HasPrefix(path, "../") {
		path = path[len("../"):] // the run names files given in memory below its folder
	}
	ext := filepath.Ext(path)
	return strings.TrimSuffix(path, ext) + "@" + profile + cmp.Or(ext, ".feature")
}

// variant is one feature file under one profile.
type variant struct {
	path, profile string
}

// variants are the features to run: every feature under every column, and
// what each run name stands for.
func variants(fs []feature, cols []string) ([]godog.Feature, map[string]variant) {
	var out []godog.Feature
	names := map[string]variant{}
	for _, f := range fs {
		for _, c := range cols {
			name := variantName(f.Path, c)
			out = append(out, godog.Feature{Name: name, Contents: f.Contents})
			names[name] = variant{path: f.Path, profile: c}
		}
	}
	return out, names
}
