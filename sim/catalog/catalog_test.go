package catalog

import (
	"regexp"
	"slices"
	"strings"
	"testing"
	"testing/fstest"
)

func TestLocalesHaveTheSameKeys(t *testing.T) {
	c, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	want := c.Keys(Fallback)
	for _, tag := range c.Tags() {
		got := c.Keys(tag)
		for _, k := range want {
			if !slices.Contains(got, k) {
				t.Errorf("%s lacks %q", tag, k)
			}
		}
		for _, k := range got {
			if !slices.Contains(want, k) {
				t.Errorf("%s has %q, which %s lacks", tag, k, Fallback)
			}
		}
	}
}

var verb = regexp.MustCompile(`%[a-z]`)

func TestMessagesTakeTheSameArguments(t *testing.T) {
	c, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	en, _ := c.Lookup(Fallback)
	for _, tag := range c.Tags() {
		l, _ := c.Lookup(tag)
		for _, k := range c.Keys(tag) {
			msg := l.T(k)
			if strings.TrimSpace(msg) == "" {
				t.Errorf("%s %q is empty", tag, k)
			}
			if got, want := verb.FindAllString(msg, -1), verb.FindAllString(en.T(k), -1); !slices.Equal(got, want) {
				t.Errorf("%s %q takes %q, %s takes %q", tag, k, got, Fallback, want)
			}
		}
	}
}

func TestLookup(t *testing.T) {
	c, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct{ why, requested, want string }{
		{"the catalog's own spelling", "ru_RU", "ru_RU"},
		{"BCP 47 spelling", "ru-RU", "ru_RU"},
		{"any case", "RU_ru", "ru_RU"},
		{"the language alone", "ru", "ru_RU"},
		{"English", "en", "en_US"},
		{"unknown", "xx_XX", ""},
		{"empty", "", ""},
	}
	for _, tc := range cases {
		l, ok := c.Lookup(tc.requested)
		if ok != (tc.want != "") || l.Tag() != tc.want {
			t.Errorf("%s: Lookup(%q) = %q %v, want %q", tc.why, tc.requested, l.Tag(), ok, tc.want)
		}
	}
	ru, _ := c.Lookup("ru_RU")
	if ru.Lang() != "ru-RU" {
		t.Errorf("Lang() = %q", ru.Lang())
	}
}

func TestMissingKeys(t *testing.T) {
	fsys := fstest.MapFS{
		"l/en_US.json": {Data: []byte(`{"a":"A","b":"B %s"}`)},
		"l/ru_RU.json": {Data: []byte(`{"a":"А"}`)},
	}
	c, err := LoadFS(fsys, "l")
	if err != nil {
		t.Fatal(err)
	}
	ru, _ := c.Lookup("ru_RU")
	cases := []struct{ why, got, want string }{
		{"own message", ru.T("a"), "А"},
		{"falls back to en_US", ru.T("b", "x"), "B x"},
		{"missing everywhere is marked", ru.T("c"), "⟦c⟧"},
	}
	for _, tc := range cases {
		if tc.got != tc.want {
			t.Errorf("%s: %q, want %q", tc.why, tc.got, tc.want)
		}
	}
}

func TestLoadErrors(t *testing.T) {
	cases := []struct {
		why  string
		fsys fstest.MapFS
	}{
		{"no fallback locale", fstest.MapFS{"l/ru_RU.json": {Data: []byte(`{}`)}}},
		{"broken JSON", fstest.MapFS{"l/en_US.json": {Data: []byte(`{`)}}},
	}
	for _, tc := range cases {
		if _, err := LoadFS(tc.fsys, "l"); err == nil {
			t.Errorf("%s: no error", tc.why)
		}
	}
}
