package catalog

import (
	"embed"
	"encoding/json"
	"fmt"
	"io/fs"
	"path"
	"slices"
	"strings"
)

// Fallback is the locale whose messages stand in for missing ones.
const Fallback = "en_US"

//go:embed locales/*.json
var files embed.FS

// Catalog is the set of locales the sites speak. It is read-only once loaded.
type Catalog struct {
	locales map[string]map[string]string
	tags    []string
}

// Load reads the embedded message files.
func Load() (*Catalog, error) {
	return LoadFS(files, "locales")
}

// LoadFS reads message files <tag>.json from dir in fsys.
func LoadFS(fsys fs.FS, dir string) (*Catalog, error) {
	names, err := fs.Glob(fsys, path.Join(dir, "*.json"))
	if err != nil {
		return nil, fmt.Errorf("list message files: %w", err)
	}
	c := &Catalog{locales: map[string]map[string]string{}}
	for _, name := range names {
		if err := c.add(fsys, name); err != nil {
			return nil, err
		}
	}
	if _, ok := c.locales[Fallback]; !ok {
		return nil, fmt.Errorf("load messages: no %s.json in %s", Fallback, dir)
	}
	slices.Sort(c.tags)
	return c, nil
}

func (c *Catalog) add(fsys fs.FS, name string) error {
	data, err := fs.ReadFile(fsys, name)
	if err != nil {
		return fmt.Errorf("read messages %s: %w", name, err)
	}
	msgs := map[string]string{}
	if err := json.Unmarshal(data, &msgs); err != nil {
		return fmt.Errorf("parse messages %s: %w", name, err)
	}
	tag := strings.TrimSuffix(path.Base(name), ".json")
	c.locales[tag] = msgs
	c.tags = append(c.tags, tag)
	return nil
}

// Tags lists the locales, sorted.
func (c *Catalog) Tags() []string {
	return slices.Clone(c.tags)
}

// Keys lists the message keys of a locale, sorted.
func (c *Catalog) Keys(tag string) []string {
	keys := make([]string, 0, len(c.locales[tag]))
	for k := range c.locales[tag] {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}

// Lookup resolves a requested locale: "ru_RU", "ru-RU", "ru-ru" and "ru" all
// find ru_RU. ok is false when no locale matches.
func (c *Catalog) Lookup(requested string) (Locale, bool) {
	tag := c.match(requested)
	if tag == "" {
		return Locale{}, false
	}
	return Locale{tag: tag, msgs: c.locales[tag], fallback: c.locales[Fallback]}, true
}

// Default returns the fallback locale, which Load guarantees exists.
func (c *Catalog) Default() Locale {
	l, _ := c.Lookup(Fallback)
	return l
}

func (c *Catalog) match(requested string) string {
	want := strings.ToLower(strings.ReplaceAll(strings.TrimSpace(requested), "-", "_"))
	if want == "" {
		return ""
	}
	for _, tag := range c.tags {
		if strings.ToLower(tag) == want {
			return tag
		}
	}
	for _, tag := range c.tags {
		if lang, _, _ := strings.Cut(strings.ToLower(tag), "_"); lang == want {
			return tag
		}
	}
	return ""
}
