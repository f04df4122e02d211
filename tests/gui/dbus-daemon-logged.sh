#!/bin/sh
# dbus-daemon for test-accessibility, started by dbus-run-session
# (--dbus-daemon): the same daemon, its output and that of the services it
# starts (at-spi2-core's bus launcher and registry, which says
# "SpiRegistry daemon is running…") written to a log beside the test, not
# to the test's standard output, which meson reads as TAP.
log="${G_TEST_BUILDDIR:-.}/test-accessibility-bus.log"
exec dbus-daemon "$@" >>"$log" 2>&1
