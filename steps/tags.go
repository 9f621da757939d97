package steps

import (
	"errors"
	"fmt"
	"slices"
	"strings"

	"github.com/unbind/unbind/internal/editdist"
	"github.com/unbind/unbind/sim"
)

// CheckTags refuses, before anything starts, the tags of a scenario that
// would give it another world than its writer meant: a @locale: or
// @profile: whose value the sites do not know, and a tag that reads like
// one of them misspelt (@local:ru_RU, @profil:edit-delete), which would
// otherwise be taken for a tag of the writer's own and leave the scenario
// on the default site. Each error says what was meant, when one is near;
// the errors of several tags are joined (errors.Join), one a tag.
func CheckTags(tags []string) error {
	var errs []error
	var good []string
	for _, t := range tags {
		if err := checkTag(t); err != nil {
			errs = append(errs, err)
		} else {
			good = append(good, t)
		}
	}
	// What the good tags say together: two locales, say.
	if _, err := worldOptions(good); err != nil {
		errs = append(errs, err)
	}
	return errors.Join(errs...)
}

// checkTag is CheckTags of one tag.
func checkTag(t string) error {
	switch {
	case strings.HasPrefix(t, localeTag):
		v := strings.TrimPrefix(t, localeTag)
		if !slices.Contains(sim.Locales(), v) {
			return fmt.Errorf("tag %s: the sites speak %s%s", t, strings.Join(sim.Locales(), ", "), meant(localeTag, nearestLocale(v)))
		}
	case strings.HasPrefix(t, profileTag):
		v := strings.TrimPrefix(t, profileTag)
		if err := sim.CheckProfile(v); err != nil {
			return fmt.Errorf("tag %s: %w%s", t, err, meant(profileTag, nearestProfile(v)))
		}
	default:
		if prefix, ok := misspeltPrefix(t); ok {
			return fmt.Errorf("tag %s reads like %s misspelt: did you mean %s%s? (tags of your own cannot have a name this close)", t, prefix, prefix, t[strings.Index(t, ":")+1:])
		}
	}
	return nil
}

// worldOptions are the settings of the world a scenario's tags choose:
// every @profile: tag applies (its Feature's and its own, joined with "+",
// each profile once); a scenario has one locale, so two different
// @locale: tags are an error.
func worldOptions(tags []string) (sim.WorldOptions, error) {
	var opts sim.WorldOptions
	var profiles []string
	for _, t := range tags {
		switch {
		case strings.HasPrefix(t, localeTag):
			v := strings.TrimPrefix(t, localeTag)
			if opts.Locale != "" && opts.Locale != v {
				return opts, fmt.Errorf("tags %s%s and %s: a scenario runs in one locale", localeTag, opts.Locale, t)
			}
			opts.Locale = v
		case strings.HasPrefix(t, profileTag):
			for _, p := range strings.Split(strings.TrimPrefix(t, profileTag), "+") {
				if p != "" && !slices.Contains(profiles, p) {
					profiles = append(profiles, p)
				}
			}
		}
	}
	opts.Profile = strings.Join(profiles, "+")
	return opts, nil
}

// meant is ": did you mean <prefix><v>?" when v is set.
func meant(prefix, v string) string {
	if v == "" {
		return ""
	}
	return fmt.Sprintf("; did you mean %s%s?", prefix, v)
}

// misspeltPrefix is the world tag prefix that a tag of the form @name:value
// misspells: a name, in any case, one letter from locale or profile, or
// two from it and beginning with its letter (@loacle, not @scale).
func misspeltPrefix(tag string) (string, bool) {
	name, _, ok := strings.Cut(strings.TrimPrefix(tag, "@"), ":")
	if !ok || !strings.HasPrefix(tag, "@") {
		return "", false
	}
	for _, prefix := range []string{localeTag, profileTag} {
		want := strings.TrimSuffix(strings.TrimPrefix(prefix, "@"), ":")
		name := strings.ToLower(name)
		if d := editdist.Runes(name, want); d <= 1 || d == 2 && name[0] == want[0] {
			return prefix, true
		}
	}
	return "", false
}

// nearestLocale is the locale the sites speak that v most likely means:
// the same letters in another case or separator (ru-ru), or its language
// alone (ru); none otherwise.
func nearestLocale(v string) string {
	norm := strings.ToLower(strings.ReplaceAll(v, "-", "_"))
	for _, l := range sim.Locales() {
		lang, _, _ := strings.Cut(strings.ToLower(l), "_")
		if strings.ToLower(l) == norm || lang == norm {
			return l
		}
	}
	return ""
}

// nearestProfile is v with each unknown profile of its "+"-joined list
// put right when a known one is within two letters of it (or differs in
// _ for -); none when one cannot be.
func nearestProfile(v string) string {
	parts := strings.Split(v, "+")
	for i, p := range parts {
		if slices.Contains(sim.Profiles(), p) {
			continue
		}
		best, bestD := "", 3
		for _, known := range sim.Profiles()[1:] {
			if d := editdist.Runes(strings.ToLower(strings.ReplaceAll(p, "_", "-")), known); d < bestD {
				best, bestD = known, d
			}
		}
		if best == "" {
			return ""
		}
		parts[i] = best
	}
	return strings.Join(parts, "+")
}
