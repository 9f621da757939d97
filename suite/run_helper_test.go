package suite

import (
	"context"
	"testing"
)

// runAll plans and runs o's scenarios to their end and returns the result,
// whether they passed or not (Test fails t on a failing scenario).
func runAll(t *testing.T, o Options) *Result {
	t.Helper()
	plan, err := NewPlan(o)
	if err != nil {
		t.Fatal(err)
	}
	r, err := Start(context.Background(), o, plan)
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	res, err := r.Run(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return res
}
