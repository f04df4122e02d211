#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Tests tools/check-core-layers.py on small made-up cores: each rule it
keeps is broken once, and a core that keeps them all passes.

    test-core-layers.py CHECKER

TAP on stdout, one line a case."""

import os
import subprocess
import sys
import tempfile

CHECKER = sys.argv[1]


def run(tree):
    """Writes {path below src/core: text} into a fresh folder, runs the
    checker on it, and returns (exit status, output)."""
    with tempfile.TemporaryDirectory() as root:
        for path, text in tree.items():
            full = os.path.join(root, 'src', 'core', path)
            os.makedirs(os.path.dirname(full), exist_ok=True)
            with open(full, 'w', encoding='utf-8') as f:
                f.write(text)
        done = subprocess.run([sys.executable, CHECKER, root], capture_output=True, text=True)
        return done.returncode, done.stdout


# A store split over two files that share a private header, and a
# workspace above it.
STORE = {
    'store/attest-store.h': '#pragma once\n',
    'store/attest-store-private.h': '#include "attest-store.h"\n',
    'store/attest-store.c': '#include "attest-store-private.h"\n',
    'store/attest-store-lock.c': '#include "attest-store-private.h"\n',
    'workspace/attest-workspace.h': '#include "attest-store.h"\n',
}

CASES = [
    ('a core that keeps the rules passes',
     dict(STORE, **{'workspace/attest-workspace.c': '#include "attest-workspace.h"\n'}),
     0, 'ok:'),
    ('another module including a private header fails, naming both',
     dict(STORE, **{'workspace/attest-workspace.c': '#include "attest-store-private.h"\n'}),
     1, 'workspace/attest-workspace.c includes attest-store-private.h'),
    ('a private header included from another module\'s header fails too',
     dict(STORE, **{'workspace/attest-workspace.h': '#include "attest-store-private.h"\n',
                    'workspace/attest-workspace.c': '#include "attest-workspace.h"\n'}),
     1, 'workspace/attest-workspace.h includes attest-store-private.h'),
    ('including a higher layer fails',
     dict(STORE, **{'workspace/attest-workspace.c': '#include "attest-workspace.h"\n',
                    'store/attest-store-lock.c': '#include "attest-workspace.h"\n'}),
     1, 'store/ is below workspace/'),
]

print(f'1..{len(CASES)}')
failed = 0
for number, (name, tree, status, expected) in enumerate(CASES, 1):
    got_status, output = run(tree)
    if got_status == status and expected in output:
        print(f'ok {number} - {name}')
    else:
        failed += 1
        print(f'not ok {number} - {name}')
        print(f'# exit {got_status}, expected {status} with "{expected}" in:')
        for line in output.splitlines():
            print(f'# {line}')
sys.exit(1 if failed else 0)
