package steps

import (
	"strings"
	"testing"
)

// A scenario's @profile: tags all apply, its Feature's and its own, as if
// joined with "+"; two locales cannot, and are refused.
func TestWorldTagsCombine(t *testing.T) {
	opts, err := worldOptions([]string{"@profile:edit-delete", "@P1", "@profile:alert-confirm", "@profile:edit-delete", "@locale:ru_RU"})
	if err != nil {
		t.Fatal(err)
	}
	if opts.Profile != "edit-delete+alert-confirm" || opts.Locale != "ru_RU" {
		t.Errorf("profile %q, locale %q; want edit-delete+alert-confirm, ru_RU", opts.Profile, opts.Locale)
	}
	if _, err := worldOptions([]string{"@locale:ru_RU", "@locale:en_US"}); err == nil || !strings.Contains(err.Error(), "@locale:ru_RU and @locale:en_US") {
		t.Errorf("two locales: %v, want an error naming both", err)
	}
	if _, err := worldOptions([]string{"@locale:ru_RU", "@locale:ru_RU"}); err != nil {
		t.Errorf("the same locale twice: %v", err)
	}
	if err := CheckTags([]string{"@profile:edit-delete", "@profile:alert-confirm"}); err != nil {
		t.Errorf("two profiles: %v", err)
	}
	if err := CheckTags([]string{"@locale:ru_RU", "@locale:en_US"}); err == nil {
		t.Error("two locales pass CheckTags")
	}
}
