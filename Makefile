# Attest: the two commands of README.md, and what they are made of.
#
#   make run     install missing packages, build, launch Attest
#   make check   install missing packages, build, run every test suite,
#                then the core, cli and report suites again under ASan and
#                UBSan, and under Valgrind

BUILDDIR   ?= _build
ASANDIR    ?= _build-asan
MESON_ARGS ?= -Dwerror=true

# Sanitizer reports fail the run. The sanitized tests are some 3 times
# slower, and their timeouts (tests/meson.build) are 3 times longer.
export ASAN_OPTIONS  = detect_leaks=1:halt_on_error=1:abort_on_error=1:detect_stack_use_after_return=1
export UBSAN_OPTIONS = halt_on_error=1:print_stacktrace=1

.PHONY: all deps setup build run check check-main check-gui check-asan check-valgrind bench clean

all: build

deps:
	@./tools/install-deps.sh

setup: deps
	@test -f $(BUILDDIR)/build.ninja || meson setup $(BUILDDIR) $(MESON_ARGS)

build: setup
	meson compile -C $(BUILDDIR)

run: build
	meson devenv -C $(BUILDDIR) ./src/gui/attest

check: build
	$(MAKE) --no-print-directory check-main
	$(MAKE) --no-print-directory check-gui
	$(MAKE) --no-print-directory check-asan
	$(MAKE) --no-print-directory check-valgrind
	@./tools/test-summary $(BUILDDIR)/meson-logs/main.json $(BUILDDIR)/meson-logs/gui.json $(ASANDIR)/meson-logs/asan.json $(BUILDDIR)/meson-logs/valgrind-valgrind.json

check-main:
	meson test -C $(BUILDDIR) --no-suite gui --print-errorlogs --logbase main

check-gui:
	xvfb-run -a -s "-screen 0 1280x1024x24" meson test -C $(BUILDDIR) --suite gui --print-errorlogs --logbase gui

check-asan: deps
	@test -f $(ASANDIR)/build.ninja || meson setup $(ASANDIR) $(MESON_ARGS) \
		-Db_sanitize=address,undefined -Db_lundef=false -Dgui=false -Dbuildtype=debug
	meson compile -C $(ASANDIR)
	LSAN_OPTIONS=suppressions=$(CURDIR)/tests/lsan.supp:print_suppressions=0 meson test -C $(ASANDIR) --suite core --suite cli --suite report --timeout-multiplier 3 --print-errorlogs --logbase asan

# Memory errors and definite leaks under Valgrind (tests/meson.build).
check-valgrind: build
	meson test -C $(BUILDDIR) --setup valgrind --suite core --suite cli --suite report --print-errorlogs --logbase valgrind

bench: build
	./$(BUILDDIR)/bench/bench-large
	./$(BUILDDIR)/bench/bench-audit-pack

clean:
	rm -rf $(BUILDDIR) $(ASANDIR)
