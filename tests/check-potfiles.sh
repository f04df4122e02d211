#!/bin/sh
# Every source file with strings marked for translation is listed in
# po/POTFILES.in (a file left out is never translated), and every file listed
# there exists.
#
#   check-potfiles.sh SOURCE_ROOT
set -eu

cd "$1"
status=0
marked=$( (grep -rlE '\b(N?_|C_|NC_|g_dngettext|g_dpgettext2|ngettext|dngettext)[[:space:]]*\(' src --include='*.c';
           grep -rl 'translatable="yes"' ui data 2>/dev/null) | sort -u)
for f in $marked; do
  if ! grep -qx "$f" po/POTFILES.in; then
    echo "not ok: $f has strings marked for translation but is missing from po/POTFILES.in"
    status=1
  fi
done
for f in $(grep -v '^#' po/POTFILES.in | grep -v '^$'); do
  if [ ! -f "$f" ]; then
    echo "not ok: po/POTFILES.in lists $f, which does not exist"
    status=1
  fi
done
[ "$status" = 0 ] && echo "ok: po/POTFILES.in lists every file with marked strings"
exit "$status"
