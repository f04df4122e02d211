#!/bin/sh
# Checks the MIME type definition: a workspace is recognised by its name and,
# without one, by its content (application_id at offset 68), and another
# program's SQLite database is not taken for a workspace.
#
#   check-mime.sh MIME_XML ATTEST_CLI
set -eu

mime_xml=$1
attest_cli=$2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

mkdir -p "$tmp/mime/packages"
cp "$mime_xml" "$tmp/mime/packages/"
update-mime-database "$tmp/mime"

"$attest_cli" new "$tmp/by-name.isms" --organisation "MIME test" >/dev/null
cp "$tmp/by-name.isms" "$tmp/by-content"
sqlite3 "$tmp/other.db" "CREATE TABLE t (x); INSERT INTO t VALUES (1);"

type_of() {
  XDG_DATA_DIRS="$tmp:/usr/share" XDG_DATA_HOME="$tmp/none" \
    gio info -a standard::content-type "$1" | sed -n 's/.*standard::content-type: //p'
}

status=0
for f in by-name.isms by-content; do
  t=$(type_of "$tmp/$f")
  if [ "$t" = application/x-attest-isms ]; then
    echo "ok: $f is $t"
  else
    echo "FAIL: $f is $t, not application/x-attest-isms"
    status=1
  fi
done
t=$(type_of "$tmp/other.db")
if [ "$t" = application/x-attest-isms ]; then
  echo "FAIL: another program's database is taken for a workspace"
  status=1
else
  echo "ok: other.db is $t"
fi
exit $status
