#!/bin/sh
# Installs the Debian 12 packages that Attest needs to build, run and test.
# Only packages that are missing are installed; run as root or with sudo.
set -eu

packages="
  appstream
  at-spi2-core
  dbus-bin
  dbus-x11
  desktop-file-utils
  flatpak-builder
  fonts-cantarell
  fonts-dejavu-core
  fonts-symbola
  gcc
  gettext
  hicolor-icon-theme
  adwaita-icon-theme
  libadwaita-1-dev
  libatspi2.0-dev
  libc6-dev
  libcairo2-dev
  libglib2.0-bin
  libglib2.0-dev
  libglib2.0-dev-bin
  libgtk-4-dev
  libical-dev
  libjson-glib-dev
  libpango1.0-dev
  libpoppler-glib-dev
  poppler-utils
  qpdf
  fonts-wqy-microhei
  librsvg2-common
  libsqlite3-dev
  libx11-dev
  libxtst-dev
  locales
  make
  meson
  ninja-build
  pkg-config
  shared-mime-info
  sqlite3
  time
  xauth
  valgrind
  xvfb
"

missing=""
for p in $packages; do
  status=$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null || true)
  case "$status" in
    *"install ok installed"*) ;;
    *) missing="$missing $p" ;;
  esac
done

# The German locale, for the tests that run Attest in German.
locale_missing=""
if ! locale -a 2>/dev/null | grep -qix 'de_DE.utf8'; then
  locale_missing="de_DE.UTF-8"
fi

if [ -z "$missing" ] && [ -z "$locale_missing" ]; then
  exit 0
fi

if [ "$(id -u)" -eq 0 ]; then
  sudo=""
elif command -v sudo >/dev/null 2>&1; then
  sudo="sudo"
else
  echo "These packages or locales are missing and neither root nor sudo is available:$missing $locale_missing" >&2
  exit 1
fi

if [ -n "$missing" ]; then
  echo "Installing missing packages:$missing"
  export DEBIAN_FRONTEND=noninteractive
  $sudo apt-get update -q
  # shellcheck disable=SC2086
  $sudo apt-get install -y -q --no-install-recommends $missing
fi

if [ -n "$locale_missing" ]; then
  echo "Generating the locale $locale_missing"
  if grep -q '^# *de_DE.UTF-8 UTF-8' /etc/locale.gen; then
    $sudo sed -i 's/^# *\(de_DE.UTF-8 UTF-8\)/\1/' /etc/locale.gen
  elif ! grep -q '^de_DE.UTF-8 UTF-8' /etc/locale.gen; then
    echo 'de_DE.UTF-8 UTF-8' | $sudo tee -a /etc/locale.gen >/dev/null
  fi
  $sudo locale-gen
fi
