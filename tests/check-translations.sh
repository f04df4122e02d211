#!/bin/sh
# Every translation in po/LINGUAS translates every string marked in the
# sources as they are now, none of them fuzzy, with the same placeholders.
# The template is extracted afresh from the files po/POTFILES.in lists, so a
# string added or changed since the translation was made fails here, named
# with the file and line it comes from.
#
#   check-translations.sh SOURCE_ROOT
set -eu

cd "$1"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# The keywords and flags of meson's "glib" preset, which po/meson.build uses.
# shellcheck disable=SC2046
xgettext --package-name=attest --from-code=UTF-8 --add-comments --sort-by-file -o "$tmp/attest.pot" \
  --keyword=_ --keyword=N_ --keyword=C_:1c,2 --keyword=NC_:1c,2 --keyword=g_dcgettext:2 \
  --keyword=g_dngettext:2,3 --keyword=g_dpgettext2:2c,3 \
  --flag=N_:1:pass-c-format --flag=C_:2:pass-c-format --flag=NC_:2:pass-c-format \
  --flag=g_dngettext:2:pass-c-format --flag=g_strdup_printf:1:c-format \
  --flag=g_string_printf:2:c-format --flag=g_string_append_printf:2:c-format \
  --flag=g_error_new:3:c-format --flag=g_set_error:4:c-format \
  --flag=g_markup_printf_escaped:1:c-format --flag=g_log:3:c-format --flag=g_print:1:c-format \
  --flag=g_printerr:1:c-format --flag=g_printf:1:c-format --flag=g_fprintf:2:c-format \
  --flag=g_sprintf:2:c-format --flag=g_snprintf:3:c-format \
  $(grep -v '^#' po/POTFILES.in | grep -v '^$')

status=0
languages=$(grep -v '^#' po/LINGUAS | grep -v '^$' || true)
if [ -z "$languages" ]; then
  echo "not ok: po/LINGUAS names no language"
  exit 1
fi
for lang in $languages; do
  po="po/$lang.po"
  if [ ! -f "$po" ]; then
    echo "not ok: po/LINGUAS names $lang, but $po does not exist"
    status=1
    continue
  fi
  # The translation as msgmerge would bring it up to date with the sources.
  msgmerge --quiet --no-wrap "$po" "$tmp/attest.pot" -o "$tmp/$lang.po"
  msgattrib --untranslated --no-obsolete --no-wrap "$tmp/$lang.po" -o "$tmp/untranslated.po"
  msgattrib --only-fuzzy --no-obsolete --no-wrap "$tmp/$lang.po" -o "$tmp/fuzzy.po"
  for kind in untranslated fuzzy; do
    [ -s "$tmp/$kind.po" ] || continue
    # One line per string: where it is marked, and the string.
    awk -v po="$po" -v kind="$kind" '
      /^#: / { where = where (where == "" ? "" : " ") substr($0, 4); next }
      /^msgid "/ { id = substr($0, 8, length($0) - 8); next }
      /^msgstr/ || /^msgid_plural/ {
        if (id == "") { where = ""; next }
        if (kind == "fuzzy")
          printf "not ok: %s has only a fuzzy translation of \"%s\" (%s): check it and remove its fuzzy mark\n", po, id, where
        else
          printf "not ok: %s does not translate \"%s\" (%s): run msgmerge and translate it\n", po, id, where
        where = ""; id = ""; next }
    ' "$tmp/$kind.po"
    status=1
  done
  # Placeholders and plural forms that do not match the original.
  if ! msgfmt --check --output-file=/dev/null "$tmp/$lang.po" 2>"$tmp/check.txt"; then
    sed "s|^$tmp/$lang.po|$po (merged with the sources)|; s|^|not ok: |" "$tmp/check.txt"
    status=1
  fi
  if [ "$status" = 0 ]; then
    echo "ok: $po translates every string of the sources: $(msgfmt --statistics --output-file=/dev/null "$tmp/$lang.po" 2>&1)"
  fi
done
exit "$status"
