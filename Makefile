# policylab: the two commands a newcomer needs are `make run` and `make test`.
SWIFT ?= swift
SHARED ?= ../shared
SCRATCH ?= .build
PREFIX ?= /usr/local

.PHONY: setup build release install run test bench fuzz fmt clean

## Install the system libraries policylab links against (Debian), when missing.
setup:
	@scripts/setup.sh

build: setup
	$(SWIFT) build --scratch-path $(SCRATCH)

## The benchmarked build. The Swift runtime is linked in statically: it halves start-up
## (about 20 ms less per command), which matters for search's 50 ms target.
release: setup
	$(SWIFT) build -c release --static-swift-stdlib --product policylab --scratch-path $(SCRATCH)

## Install the release build: the binary and its resource folder (templates, style sheet, script),
## which must stay beside it, in $(PREFIX)/lib/policylab, and a link in $(PREFIX)/bin.
install: release
	install -d $(PREFIX)/lib/policylab $(PREFIX)/bin
	install -m 755 $(SCRATCH)/release/policylab $(PREFIX)/lib/policylab/policylab
	rm -rf $(PREFIX)/lib/policylab/policylab_PolicyKit.resources
	cp -R $(SCRATCH)/release/policylab_PolicyKit.resources $(PREFIX)/lib/policylab/
	ln -sf ../lib/policylab/policylab $(PREFIX)/bin/policylab

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
