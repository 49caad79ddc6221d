# pressmine — make run: extract the embedded sample corpus; make test: all tests.
GO       ?= go
BIN      := bin/pressmine
FUZZTIME ?= 30s

.PHONY: run test build race bench fuzz check golden records tidy-check clean model cv report review-demo beam bench-beam

build:
	$(GO) build -o $(BIN) ./cmd/pressmine

run: build
	./$(BIN) extract

# The extractors' packages build and test without cgo (on the fake
# segmenter): only extract/segment/jieba may need it.
NOCGO := ./extract ./extract/textmap ./extract/segment ./extract/money ./extract/entity ./extract/rank ./extract/link ./extract/meta

test:
	$(GO) vet ./...
	$(GO) test -count=1 ./...
	CGO_ENABLED=0 $(GO) test -count=1 $(NOCGO)
	cd beam && $(GO) vet ./... && $(GO) test -count=1 ./...

race:
	$(GO) test -race -count=1 ./...

# Stage benchmarks (go test -bench), then the corpus benchmark: a generated
# corpus of BENCH_MB megabytes, raw gojieba Tag against the whole pipeline
# with -j 1 and -j all cores (best of three rounds), peak RSS and time to the
# first record, written to BENCHMARKS.md; then the same three on the
# real-news corpus beside the checkout, when it is there.
BENCH_MB ?= 100
bench: build
	$(GO) test -run '^$$' -bench . -benchmem ./extract/engine ./extract/rank
	$(GO) run ./cmd/pressmine-bench -mb $(BENCH_MB) -bin ./$(BIN) -also ../shared/corpus/real-news.jsonl > BENCHMARKS.md.new
	sed -n '/<!-- beam -->/,/<!-- \/beam -->/p' BENCHMARKS.md >> BENCHMARKS.md.new || true
	mv BENCHMARKS.md.new BENCHMARKS.md
	cat BENCHMARKS.md

# Each fuzz target runs alone (go test -fuzz takes one target at a time).
# Minimizing a new input is capped at 5 s: Go's default (60 s) showed as
# long stretches at 0 execs/s.
fuzz:
	$(GO) test -run '^$$' -fuzz '^FuzzNormalize$$' -fuzztime $(FUZZTIME) -fuzzminimizetime 5s ./extract/textmap
	$(GO) test -run '^$$' -fuzz '^FuzzMoney$$' -fuzztime $(FUZZTIME) -fuzzminimizetime 5s ./extract/money
	$(GO) test -run '^$$' -fuzz '^FuzzNumeralSum$$' -fuzztime $(FUZZTIME) -fuzzminimizetime 5s ./extract/engine
	$(GO) test -run '^$$' -fuzz '^FuzzDecode$$' -fuzztime $(FUZZTIME) -fuzzminimizetime 5s ./corpus
	$(GO) test -run '^$$' -fuzz '^FuzzDecodeLineFast$$' -fuzztime $(FUZZTIME) -fuzzminimizetime 5s ./corpus
	$(GO) test -run '^$$' -fuzz '^FuzzYAMLString$$' -fuzztime $(FUZZTIME) -fuzzminimizetime 5s ./schema
	$(GO) test -run '^$$' -fuzz '^FuzzPipeline$$' -fuzztime $(FUZZTIME) -fuzzminimizetime 5s ./internal/pipeline

# Quality gates: the sample corpus against its committed records, and the
# gold set beside the checkout when it is there (.pressmine.yaml has the floors).
check: build
	./$(BIN) check
	@if [ -d ../shared/gold/dev ]; then ./$(BIN) check ../shared/gold/dev; else echo "make check: ../shared/gold/dev not here, skipped"; fi

# Rebuild the embedded entity ranker from the gold set beside the checkout
# (byte for byte the same from the same gold). The build that trains it
# starts from an empty model, so the candidates are the rules' alone.
GOLD ?= ../shared/gold/dev
model:
	printf '# empty: make model trains it\npressmine-ranker 2\n' > extract/rank/data/ranker.txt
	$(GO) build -o $(BIN) ./cmd/pressmine
	./$(BIN) train -o extract/rank/data/ranker.txt $(GOLD)
	$(GO) build -o $(BIN) ./cmd/pressmine

# Cross-validated scores on the gold set: each document scored by a ranker
# trained without it.
cv: build
	./$(BIN) check --config none --cv 5 $(GOLD)

# Refresh the committed sample records (review the diff by eye).
records: build
	./$(BIN) extract -q --force -o testdata/records

# Refresh the golden records after reviewing the change by eye.
golden:
	$(GO) test -count=1 ./internal/pipeline -run TestGolden -update

tidy-check:
	$(GO) mod tidy
	git diff --exit-code go.mod go.sum

clean:
	rm -rf bin

# The sample corpus as an HTML report, and a screenshot of it for review by
# eye (the README shows it). Needs Chromium (Debian: apt-get install
# chromium fonts-noto-cjk); CHROMIUM names another binary.
CHROMIUM ?= chromium
report: build
	mkdir -p report
	./$(BIN) report -o report/sample.html
	$(CHROMIUM) --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
		--disable-background-networking --disable-component-update --disable-sync \
		--user-data-dir="$$(mktemp -d)" --hide-scrollbars --window-size=1400,2200 \
		--screenshot="$(CURDIR)/report/sample.png" "file://$(CURDIR)/report/sample.html" 2>/dev/null
	@echo "make report: report/sample.html and report/sample.png"

# Review the sample corpus in the browser: its sources are copied to
# review-demo/ (where the gold files go), and the server prints its URL.
review-demo: build
	mkdir -p review-demo
	cp -n corpus/sample/* review-demo/ 2>/dev/null || true
	./$(BIN) review review-demo

# The extraction as an Apache Beam pipeline (beam/, its own Go module), on
# Beam's local prism runner, on the embedded sample corpus.
BEAM_BIN := beam/pressmine-beam
$(BEAM_BIN): FORCE
	cd beam && $(GO) build -o pressmine-beam ./cmd/pressmine-beam
FORCE:

beam: $(BEAM_BIN)
	./$(BEAM_BIN) --input sample --output beam-out/records --runner prism 2>&1 | grep -v 'level=INFO'
	@ls beam-out

# The Beam run against extract -j 2 on the real-news corpus beside the
# checkout; the figures go into BENCHMARKS.md (its Beam section).
bench-beam: build $(BEAM_BIN)
	cd beam && $(GO) run ./cmd/pressmine-beam-bench -pressmine ../$(BIN) -beam ./pressmine-beam -corpus ../../shared/corpus/real-news.jsonl -update ../BENCHMARKS.md
