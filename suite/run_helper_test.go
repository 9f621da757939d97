package suite

import (
	"context"
	"errors"
	"testing"
)

// runAll plans and runs o's scenarios to their end, or to ctx's, and
// returns the result, whether they passed or not (Test fails t on a
// failing scenario).
func runAll(t *testing.T, ctx context.Context, o Options) *Result {
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
	res, err := r.Run(ctx)
	if err != nil && !errors.Is(err, context.Canceled) {
		t.Fatal(err)
	}
	return res
}
