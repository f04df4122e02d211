#!/usr/bin/env python3
# Generates data/catalogs/iso27001-2022.json from a directory of reference
# tables in TSV: annex-a-2022.tsv, new-controls-2022.tsv, clauses-2022.tsv and
# mapping-2013-2022.tsv (the tables are not part of this repository). Run by
# hand when the reference changes; the JSON is committed and is the source of
# truth, and the build never reads the tables.
#
#   tools/gen-catalog.py DIR > data/catalogs/iso27001-2022.json

import csv
import json
import sys

PREFIX = "iso27001:2022/"


def rows(path):
    with open(path, newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f, delimiter="\t"))


def tags(text):
    return [t.lstrip("#") for t in text.split()]


def main():
    ref = sys.argv[1]
    new_ids = {r["id"] for r in rows(f"{ref}/new-controls-2022.tsv")}
    controls = []
    for r in rows(f"{ref}/annex-a-2022.tsv"):
        controls.append({
            "id": PREFIX + "A." + r["id"],
            "number": r["id"],
            "title": r["title"],
            "theme": r["theme"],
            "control-type": tags(r["control_type"]),
            "properties": tags(r["properties"]),
            "concepts": tags(r["concepts"]),
            "new-in-2022": r["id"] in new_ids,
        })
    clauses = []
    for r in rows(f"{ref}/clauses-2022.tsv"):
        clause = {"id": PREFIX + r["id"], "number": r["id"], "title": r["title"]}
        if r.get("note"):
            clause["note"] = r["note"]
        clauses.append(clause)
    mapping = []
    for r in rows(f"{ref}/mapping-2013-2022.tsv"):
        mapping.append({
            "id-2013": r["id_2013"],
            "title-2013": r["title_2013"],
            "ids-2022": [PREFIX + "A." + i.strip() for i in r["ids_2022"].split(";") if i.strip()],
        })
    assert len(controls) == 93, len(controls)
    catalog = {
        "format": "attest-catalog",
        "format-version": 1,
        "id": "iso27001:2022",
        "title": "ISO/IEC 27001:2022",
        "note": "Identifiers, titles, themes and attributes only; the standard's text is not reproduced.",
        "clauses": clauses,
        "controls": controls,
        "mapping-2013": mapping,
    }
    json.dump(catalog, sys.stdout, indent=2, ensure_ascii=False)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
