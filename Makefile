# Convenience wrapper over CMake. Both entry points install what is missing
# first, so a fresh Debian machine needs nothing else.
#
#   make run      build, check the bundled corpus, print the text report and
#                 write reports/
#   make test     build and run the whole test suite
#   make reports  rewrite reports/ after a deliberate change in output
#   make micro-bench
#                 build and run the stage microbenchmarks (bench/micro/)
#   make bench    claimdiff against ripgrep on a generated corpus of
#                 BENCH_MB megabytes (default 100; 1000 for the 1 GB target)

BUILD ?= build
JOBS ?= 2
CLAIMDIFF = $(BUILD)/claimdiff
CORPUS = fixtures/corpus
CORPUS_RULES = rules/examples/vell-bridge
BENCH_MB ?= 100

.PHONY: deps deps-test configure bin build run test reports bench micro-bench clean

deps:
	@scripts/install-deps.sh

# The test suite also needs a JSON Schema validator and a browser.
deps-test:
	@scripts/install-deps.sh --test

configure: deps
	@cmake -S . -B $(BUILD) -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null

# Only the command-line tool: what `make run` needs.
bin: configure
	@cmake --build $(BUILD) --target claimdiff -j $(JOBS)

# Everything, tests included.
build: configure
	@cmake --build $(BUILD) -j $(JOBS)

reports: bin
	@$(CLAIMDIFF) check --rules $(CORPUS_RULES) --fail-on never -o reports/corpus.txt $(CORPUS)
	@$(CLAIMDIFF) check --rules $(CORPUS_RULES) --fail-on never --format json -o reports/corpus.json $(CORPUS)
	@$(CLAIMDIFF) check --rules $(CORPUS_RULES) --fail-on never --format html -o reports/corpus.html $(CORPUS)
	@$(CLAIMDIFF) check --rules $(CORPUS_RULES) --fail-on never --format line -o reports/corpus.line.txt $(CORPUS)
	@$(CLAIMDIFF) check --rules $(CORPUS_RULES) --fail-on never --format github -o reports/corpus.github.txt $(CORPUS)
	@$(CLAIMDIFF) check --rules $(CORPUS_RULES) --fail-on never --format rdjsonl -o reports/corpus.rdjsonl $(CORPUS)
	@$(CLAIMDIFF) check --rules $(CORPUS_RULES) --fail-on never --format junit -o reports/corpus.junit.xml $(CORPUS)
	@$(CLAIMDIFF) check --rules $(CORPUS_RULES) --fail-on never --format sarif -o reports/corpus.sarif $(CORPUS)

run: reports
	@$(CLAIMDIFF) check --rules $(CORPUS_RULES) --fail-on never $(CORPUS)

test: deps-test build
	@cd $(BUILD) && ctest --output-on-failure -j $(JOBS)

# Google Benchmark 1.7.1 (Debian's) takes --benchmark_min_time in plain
# seconds; the "0.2s" form is 1.8's and 1.7.1 rejects it. For medians add
# --benchmark_repetitions=5 --benchmark_display_aggregates_only=true.
MICRO_BENCH_FLAGS ?= --benchmark_min_time=0.2

micro-bench: configure
	@cmake --build $(BUILD) --target claimdiff_micro_bench -j $(JOBS)
	@$(BUILD)/claimdiff_micro_bench $(MICRO_BENCH_FLAGS)

# docs/performance.md, "Corpus benchmark": needs ripgrep and GNU time
# (make deps-test).
bench: bin
	@bench/corpus.sh $(BENCH_MB)

clean:
	rm -rf $(BUILD)
