package suite

import (
	"fmt"
	"math/rand"
	rand2 "math/rand/v2"
	"strconv"
	"strings"

	messages "github.com/cucumber/messages/go/v21"
)

// Order is the order a run starts its scenarios in: the order of the
// paths and of the scenarios in each file (the zero Order), or random:
// the feature files shuffled, and the scenarios in each, by Seed, so that
// the same seed starts them in the same order again.
type Order struct {
	Random bool
	// Seed chooses the random order; NewPlan picks one when it is zero
	// (Plan.Order says which).
	Seed int64
}

// ParseOrder reads an order as --order writes it: "defined", "random" or
// "random:SEED".
func ParseOrder(s string) (Order, error) {
	if s == "defined" {
		return Order{}, nil
	}
	kind, seed, hasSeed := strings.Cut(s, ":")
	if kind != "random" {
		return Order{}, fmt.Errorf("--order %q: want defined, random or random:SEED", s)
	}
	o := Order{Random: true}
	if hasSeed {
		n, err := strconv.ParseInt(seed, 10, 64)
		if err != nil || n <= 0 {
			return Order{}, fmt.Errorf("--order %q: the seed is a whole number above 0, like random:1234", s)
		}
		o.Seed = n
	}
	return o, nil
}

func (o Order) String() string {
	if !o.Random {
		return "defined"
	}
	return fmt.Sprintf("random:%d", o.Seed)
}

// withSeed is the order with a seed: a random order without one gets a
// new one.
func (o Order) withSeed() Order {
	if o.Random && o.Seed == 0 {
		o.Seed = rand2.Int64N(1_000_000_000) + 1 // short enough to type again
	}
	return o
}

// shuffledPaths are the feature paths in the order a random run parses
// them: every folder replaced by its feature files (inMemory: there are
// none), then all shuffled by the seed. A file:line stays as it is.
func (o Order) shuffledPaths(paths []string, inMemory bool) ([]string, error) {
	var files []string
	for _, p := range paths {
		if inMemory || fileOf(p) != p {
			files = append(files, p)
			continue
		}
		fs, err := featureFiles(p)
		if err != nil {
			return nil, err
		}
		files = append(files, fs...)
	}
	r := rand.New(rand.NewSource(o.Seed))
	r.Shuffle(len(files), func(i, j int) { files[i], files[j] = files[j], files[i] })
	return files, nil
}

// shuffled are a feature's scenarios in the order godog runs them with
// this seed: it shuffles each feature's scenarios with a generator of its
// own seeded the same (godog.Options.Randomize).
func (o Order) shuffled(pickles []*messages.Pickle) []*messages.Pickle {
	if !o.Random {
		return pickles
	}
	out := make([]*messages.Pickle, len(pickles))
	perm := rand.New(rand.NewSource(o.Seed)).Perm(len(pickles))
	for i, v := range perm {
		out[v] = pickles[i]
	}
	return out
}
