package write

import (
	"cmp"
	"maps"
	"regexp"
	"slices"
	"strconv"
	"strings"

	"github.com/unbind/unbind/reports/article"
	"github.com/unbind/unbind/reports/record"
)

// htmlGroup is one line of a summary: the scenarios of one documented path
// or of one article.
type htmlGroup struct {
	// Name is the path tag ("@P3") or the article file.
	Name string
	// Page links to the article's own page, when there is one.
	Page string
	// Title says what the path or the article is; TitleLang is the
	// language it is written in ("" when not known).
	Title, TitleLang string
	Counts           record.Counts
	Status           record.Status
	Scenarios        []htmlRef
}

// htmlRef links to a scenario.
type htmlRef struct {
	Anchor, Name string
	Status       record.Status
}

var pathTagPattern = regexp.MustCompile(`^@P(\d+)$`)

// pathTags are the documented paths (@P1 ... @P13) among tags.
func pathTags(tags []record.Tag) []string {
	var out []string
	for _, t := range tags {
		if pathTagPattern.MatchString(t.Name) && !slices.Contains(out, t.Name) {
			out = append(out, t.Name)
		}
	}
	return out
}

// noGroup names the line of the scenarios that belong to no path or cite
// no article.
const noGroup = "—"

// PathNames are the documented paths by tag, as README.md's table of
// path tags names them: a path's line in the report is titled with its
// name, whatever the features tagged with it are called.
var PathNames = map[string]string{
	"@P1":  "unbind through My Alipay",
	"@P2":  "unbind through the direct link",
	"@P3":  "unbind through the help-center page",
	"@P4":  "unbind after a mock registration",
	"@P5":  "full wallet registration, with every payment-password rule",
	"@P6":  `binding a card at checkout ("Bind card to Alipay")`,
	"@P7":  "adding or replacing a card in the wallet, five at most",
	"@P8":  "the mobile app, on an emulated phone",
	"@P9":  "the mobile site on a desktop",
	"@P10": "Settings, Card management, Delete card",
	"@P11": "a forgotten wallet password",
	"@P12": "where the money of a won dispute goes",
	"@P13": "registration closed since 1 January 2017",
}

// byPath sums up the scenarios by documented path, in path order; a path
// is titled by its documented name, else by the name of the feature
// tagged with it.
func (b *htmlBuilder) byPath() []htmlGroup {
	groups := map[string]*htmlGroup{}
	for _, s := range b.seen {
		tags := pathTags(s.sc.Tags)
		if len(tags) == 0 {
			tags = []string{noGroup}
		}
		for _, tag := range tags {
			g := group(groups, tag)
			if name, ok := PathNames[tag]; ok {
				g.Title = name
			} else if g.Title == "" && slices.Contains(pathTags(s.feature.Tags), tag) {
				g.Title = strings.TrimSpace(strings.TrimPrefix(s.feature.Name, tag[1:]))
			}
			g.add(s)
		}
	}
	if g := groups[noGroup]; g != nil {
		g.Title = "scenarios with no @P tag"
	}
	return sortedGroups(groups, pathOrder)
}

// byArticle sums up the scenarios by the article they come from, in the
// order of the articles' keys.
func (b *htmlBuilder) byArticle() []htmlGroup {
	groups := map[string]*htmlGroup{}
	for _, s := range b.seen {
		if len(s.sources) == 0 {
			group(groups, noGroup).add(s)
		}
		for _, c := range s.sources {
			g := group(groups, c.Key)
			p := b.lib.Passage(article.Citation{Key: c.Key, File: c.File, Language: c.Language})
			if g.Name == c.Key || (c.File != "" && strings.HasPrefix(g.Name, "article ")) {
				g.Name = p.File
			}
			g.Title, g.TitleLang = cmp.Or(g.Title, p.Title), cmp.Or(g.TitleLang, p.Language)
			if b.opts.ArticlePages {
				g.Page = ArticlesDir + "/" + ArticlePageName(c.Key)
			}
			g.add(s)
		}
	}
	if g := groups[noGroup]; g != nil {
		g.Title, g.TitleLang = "scenarios that cite no article", "en"
	}
	return sortedGroups(groups, func(a, b string) int {
		return cmp.Or(cmp.Compare(boolRank(a == noGroup), boolRank(b == noGroup)), cmp.Compare(a, b))
	})
}

func boolRank(b bool) int {
	if b {
		return 1
	}
	return 0
}

// worthShowing drops a summary whose only line is the scenarios that belong
// to no group: a run with no path tags, or no citations.
func worthShowing(groups []htmlGroup) []htmlGroup {
	if len(groups) == 1 && groups[0].Name == noGroup {
		return nil
	}
	return groups
}

func group(groups map[string]*htmlGroup, name string) *htmlGroup {
	g := groups[name]
	if g == nil {
		g = &htmlGroup{Name: name, Status: record.StatusPassed}
		groups[name] = g
	}
	return g
}

func (g *htmlGroup) add(s shownScenario) {
	st := s.sc.Status()
	g.Counts.Add(st)
	if st.Worse(g.Status) {
		g.Status = st
	}
	g.Scenarios = append(g.Scenarios, htmlRef{Anchor: s.anchor, Name: scenarioTitle(s.sc), Status: st})
}

func sortedGroups(groups map[string]*htmlGroup, order func(a, b string) int) []htmlGroup {
	names := slices.Sorted(maps.Keys(groups))
	slices.SortStableFunc(names, order)
	out := make([]htmlGroup, len(names))
	for i, n := range names {
		out[i] = *groups[n]
	}
	return out
}

// pathOrder puts @P2 before @P10, and scenarios with no path last.
func pathOrder(a, b string) int {
	return cmp.Compare(pathNumber(a), pathNumber(b))
}

func pathNumber(tag string) int {
	if m := pathTagPattern.FindStringSubmatch(tag); m != nil {
		n, _ := strconv.Atoi(m[1])
		return n
	}
	return int(^uint(0) >> 1)
}
