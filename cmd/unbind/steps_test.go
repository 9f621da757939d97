package main

import (
	"bytes"
	"context"
	"strings"
	"testing"

	"github.com/unbind/unbind/steps"
)

// `unbind steps --lang` lists every step as it is written in the language,
// with its example, in the format of the English list.
func TestStepsLangListsEveryExample(t *testing.T) {
	for _, lang := range steps.Languages() {
		var out, errs bytes.Buffer
		if code := run(context.Background(), []string{"steps", "--lang", lang}, &out, &errs); code != exitOK {
			t.Fatalf("unbind steps --lang %s exited %d: %s", lang, code, errs.String())
		}
		list, err := steps.Translated(lang)
		if err != nil {
			t.Fatal(err)
		}
		var want bytes.Buffer
		steps.WriteList(&want, list)
		if !strings.HasPrefix(out.String(), want.String()) || !strings.HasSuffix(out.String(), stepsFooter) {
			t.Errorf("unbind steps --lang %s is not the list of its steps and then how else they read:\n%s", lang, out.String())
		}
		if len(list) != len(steps.Vocabulary()) {
			t.Errorf("unbind steps --lang %s lists %d steps, the vocabulary has %d", lang, len(list), len(steps.Vocabulary()))
		}
	}
}

// An unknown language is a usage error that names the languages there are.
func TestStepsLangUnknown(t *testing.T) {
	var out, errs bytes.Buffer
	if code := run(context.Background(), []string{"steps", "--lang", "fr"}, &out, &errs); code != exitUsage {
		t.Errorf("unbind steps --lang fr exited %d, want %d", code, exitUsage)
	}
	for _, lang := range steps.Languages() {
		if !strings.Contains(errs.String(), lang) {
			t.Errorf("the error does not name %s: %s", lang, errs.String())
		}
	}
	if out.Len() > 0 {
		t.Errorf("unbind steps --lang fr printed a list: %s", out.String())
	}
}
