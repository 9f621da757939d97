# unbind: two commands on a fresh machine.
#   make run    install what is missing, then run every feature against the embedded sim
#   make test   install what is missing, then run every test (unit, sim, browser, features)

GO      ?= go
UNBIND  ?= bin/unbind
ARGS    ?=

.PHONY: run test deps build vet serve steps clean

deps:
	@scripts/ensure-deps.sh

build: deps
	$(GO) build -o $(UNBIND) ./cmd/unbind

run: build
	$(UNBIND) run $(ARGS)

serve: build
	$(UNBIND) serve $(ARGS)

steps: build
	@$(UNBIND) steps

vet:
	$(GO) vet ./...

test: deps vet
	$(GO) test -count=1 ./...

clean:
	rm -rf bin out
