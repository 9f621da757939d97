package doccheck

import (
	"reflect"
	"testing"
)

// Labels compare whatever their case, accents, Unicode form and spacing;
// the vowel signs of Devanagari stay.
func TestNormal(t *testing.T) {
	for in, want := range map[string]string{
		"  Удалить   КАРТУ ": "удалить карту",
		"Ещё":                "еще",
		"Мой":                "мои",
		"Café":               "cafe",
		"Cafe\u0301":         "cafe",
		"ＯＫ":                 "ok",
		"Email:":             "email",
		"डिलीट":              "डिलीट",
		"Save & Pay":         "save & pay",
	} {
		if got := Normal(in); got != want {
			t.Errorf("Normal(%q) = %q, want %q", in, got, want)
		}
	}
	if Normal("डिलीट") == Normal("डलट") {
		t.Error("Devanagari vowel signs were dropped")
	}
}

// An article's quotes in «», “” and "", each with its line; an ellipsis
// cuts a label short.
func TestQuotesAndEllipsis(t *testing.T) {
	got := Quotes([]string{`Click «Удалить» and “Hapus kartu”,`, ``, `then "OK" (or "").`})
	want := []Quote{{"Удалить", 1}, {"Hapus kartu", 1}, {"OK", 3}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Quotes = %+v, want %+v", got, want)
	}
	if rest, cut := ellipsis("Kirim email…"); !cut || rest != "Kirim email" {
		t.Errorf("ellipsis(Kirim email…) = %q, %v", rest, cut)
	}
	if _, cut := ellipsis("Delete"); cut {
		t.Error("a label without an ellipsis is cut")
	}
}

// Addresses with and without their scheme, the sentence's full stop left
// out.
func TestURLs(t *testing.T) {
	got := URLs([]string{"Open https://intl.alipay.com/user/queryUserBindCard.htm?locale=ru_RU. Then type intl.alipay.com.", "See notes.txt and m.aliexpress.com/ru/index.htm"})
	want := []URL{{"https://intl.alipay.com/user/queryUserBindCard.htm?locale=ru_RU", 1}, {"intl.alipay.com", 1}, {"m.aliexpress.com/ru/index.htm", 2}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("URLs = %+v, want %+v", got, want)
	}
	if Absolute("intl.alipay.com") != "https://intl.alipay.com" || Absolute("http://m.aliexpress.com/") != "http://m.aliexpress.com/" {
		t.Error("Absolute adds the scheme wrong")
	}
}
