#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Checks that the files and code a document cites in `code` spans exist.

    check-doc-names.py SOURCE_ROOT DOC.md [EXAMPLE ...]

A walk-through (doc/adding-a-record-kind.md) names the files to change and
the functions, types, arrays and constants in them. When the code moves on
and the document does not, a reader looks for what is not there. This reads
every `code` span of DOC.md and checks:

- a path (`src/gui/attest-window.c`, `ui/pages/`) exists below SOURCE_ROOT;
  a bare file name (`attest-threat.h`) exists somewhere in the tree;
- a function (`attest_page_fill()`, `migrate_step (5)`), an array
  (`registers[]`), a type (`AttestRegisterPage`) or a constant
  (`ATTEST_SCHEMA_VERSION`) is a word of the C sources (src/, tests/,
  bench/), comments left out, or of a meson.build (`gui_sources`); a part
  of a name cited as such (`class_init`, `_CHOICE`) ends one.

A file that the build generates (`attest-enums.h`) exists when a meson.build
names it.

Spans that contain an EXAMPLE word (case-insensitively) are the example the
document builds, which does not exist yet, and are passed over, as are
spans that are neither (values, commands, JSON).

Exits 0 when everything cited exists, 1 naming each missing name and its
line otherwise.
"""

import os
import re
import sys

SPAN = re.compile(r'`([^`\n]+)`')
PATH = re.compile(r'^[\w.-]+(/[\w.-]*)+$')
FILE = re.compile(r'^[\w-]+\.(c|h|ui|xml|md|in|py|isms|build|txt|css)$')
CALL = re.compile(r'^([A-Za-z_]\w*) ?\(')
NAME = re.compile(r'^([A-Za-z_]\w*)(\(\)|\[[^\]]*\])?$')
COMMENT = re.compile(r'/\*.*?\*/|//[^\n]*', re.S)
CODE_FOLDERS = ('src', 'tests', 'bench')
SKIP_FOLDERS = {'.git', 'po'}


def looks_like_code(name):
    """A C name worth checking: a function, type or constant of ours, not
    a plain word (NULL, since, klass)."""
    return '_' in name or name.startswith('Attest')


def tree_files(root):
    for folder, dirs, names in os.walk(root):
        dirs[:] = [d for d in dirs if d not in SKIP_FOLDERS and not d.startswith('_build')]
        for name in names:
            yield os.path.join(folder, name)


def code_words(root):
    """The words of the C sources, comments left out, and of the meson
    files; and the file names the meson files name (what they generate)."""
    words, generated = set(), set()
    for path in tree_files(root):
        top = os.path.relpath(path, root).split(os.sep)[0]
        if os.path.basename(path) == 'meson.build':
            with open(path, encoding='utf-8') as f:
                text = f.read()
            words.update(re.findall(r'\w+', text))
            for name in re.findall(r"'([\w-]+)'", text):
                generated.update({name + '.h', name + '.c'})
        elif top in CODE_FOLDERS and path.endswith(('.c', '.h')):
            with open(path, encoding='utf-8', errors='replace') as f:
                words.update(re.findall(r'\w+', COMMENT.sub('', f.read())))
    return words, generated


def is_code_word(name, words):
    if name in words:
        return True
    suffix = '_' + name.lstrip('_')
    return any(word.endswith(suffix) for word in words)


def main():
    if len(sys.argv) < 3:
        print('usage: check-doc-names.py SOURCE_ROOT DOC.md [EXAMPLE ...]', file=sys.stderr)
        return 2
    root, doc = sys.argv[1], sys.argv[2]
    examples = [word.lower() for word in sys.argv[3:]]
    file_names = {os.path.basename(path) for path in tree_files(root)}
    words, generated = code_words(root)
    problems = []
    checked = 0

    with open(doc, encoding='utf-8') as f:
        lines = f.read().splitlines()
    for number, line in enumerate(lines, 1):
        for span in SPAN.findall(line):
            span = span.strip()
            if any(example in span.lower() for example in examples):
                continue
            if PATH.match(span) and not span.startswith(('http', '../')):
                checked += 1
                if not os.path.exists(os.path.join(root, span.rstrip('/'))):
                    problems.append(f'{doc}:{number}: `{span}` is not a file or folder of the tree')
                continue
            if FILE.match(span):
                checked += 1
                if span not in file_names and span not in generated:
                    problems.append(f'{doc}:{number}: `{span}` is no file of the tree')
                continue
            match = NAME.match(span) or CALL.match(span)
            if match and looks_like_code(match.group(1)):
                checked += 1
                if not is_code_word(match.group(1), words):
                    problems.append(f'{doc}:{number}: `{span}`: {match.group(1)} is not in the code')

    for problem in problems:
        print(f'not ok: {problem}')
    if problems:
        return 1
    print(f'ok: the {checked} files and names {os.path.basename(doc)} cites exist')
    return 0


if __name__ == '__main__':
    sys.exit(main())
