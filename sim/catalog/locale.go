package catalog

import (
	"fmt"
	"strings"
)

// Locale speaks one language. The zero Locale renders every key as missing.
type Locale struct {
	tag      string
	msgs     map[string]string
	fallback map[string]string
}

// Tag is the catalog's name of the locale: "ru_RU".
func (l Locale) Tag() string { return l.tag }

// Lang is the BCP 47 form for <html lang>: "ru-RU".
func (l Locale) Lang() string { return strings.ReplaceAll(l.tag, "_", "-") }

// T returns the message for key, formatted with args when given.
func (l Locale) T(key string, args ...any) string {
	msg, ok := l.msgs[key]
	if !ok {
		msg, ok = l.fallback[key]
	}
	if !ok {
		return "⟦" + key + "⟧"
	}
	if len(args) == 0 {
		return msg
	}
	return fmt.Sprintf(msg, args...)
}

// Has reports whether the locale itself (not the fallback) has the key.
func (l Locale) Has(key string) bool {
	_, ok := l.msgs[key]
	return ok
}
