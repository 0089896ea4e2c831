# policylab: the two commands a newcomer needs are `make run` and `make test`.
SWIFT ?= swift
SHARED ?= ../shared
SCRATCH ?= .build

.PHONY: setup build release run test bench fuzz fmt clean

## Install the system libraries policylab links against (Debian), when missing.
setup:
	@scripts/setup.sh

build: setup
	$(SWIFT) build --scratch-path $(SCRATCH)

## The benchmarked build. The Swift runtime is linked in statically: it halves start-up
## (about 20 ms less per command), which matters for search's 50 ms target.
release: setup
	$(SWIFT) build -c release --static-swift-stdlib --scratch-path $(SCRATCH)

## Set up, build, and run the main job on the shipped knowledge base: check it, list the toolkit
## and the projects, and build the web site into _site/ (open _site/index.html in a browser).
run: build
	$(SCRATCH)/debug/policylab check
	$(SCRATCH)/debug/policylab list methods
	$(SCRATCH)/debug/policylab list projects
	$(SCRATCH)/debug/policylab site --out _site

## Set up, build, and run every test (the end-to-end tests run the built binary).
test: build
	$(SWIFT) test --scratch-path $(SCRATCH) --disable-xctest

## Speed and memory of `policylab check` against the PyYAML baseline, and of the writing
## commands against `git add` + `git commit`, on the shared corpora.
bench: release
	SHARED=$(SHARED) BIN=$(SCRATCH)/release/policylab scripts/bench.sh
	SHARED=$(SHARED) BIN=$(SCRATCH)/release/policylab scripts/bench-write.sh

## The libFuzzer targets (Fuzz/, built apart with -sanitize=fuzzer,address), one after the other on
## one core, FUZZ_SECONDS each (default 60); one of them: scripts/fuzz.sh TARGET SECONDS.
fuzz: build
	scripts/fuzz.sh all $(or $(FUZZ_SECONDS),60)

fmt:
	$(SWIFT) format --in-place --recursive Sources Tests Package.swift

clean:
	rm -rf $(SCRATCH)
