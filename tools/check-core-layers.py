#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Checks the #include graph of src/core against its layers.

    check-core-layers.py [SOURCE_ROOT]

The core is in folders by concern, one layer each, from the bottom up:

    util < catalog < model < store < workspace < rules < io < content

A file may include headers of its own layer and of the layers below it,
never of a layer above. A module is a .c file and its .h of the same base
name; a class split by concern over several files that share a private
header (attest-store.c, attest-store-lock.c, ... with attest-store-private.h)
is one module, named after the class, and only that module may include its
private header: the others use its public one. The modules may not include
one another in a cycle, not even within a layer. The umbrella header attest.h at
the root of src/core includes everything and is included by nothing in the
core. Only store/ may use SQLite.

Headers that are not in src/core (the system's, config.h, the generated
attest-enums.h and attest-core-resources.h) are not part of the graph.

Exits 0 when the graph keeps these rules, 1 naming every break otherwise.
"""

import os
import re
import sys

LAYERS = ['util', 'catalog', 'model', 'store', 'workspace', 'rules', 'io', 'content']
UMBRELLA = 'attest.h'
SQL_LAYER = 'store'

INCLUDE = re.compile(r'^\s*#\s*include\s+"([^"]+)"', re.M)
COMMENT = re.compile(r'/\*.*?\*/|//[^\n]*', re.S)


def read_tree(core):
    """Returns {file name: (layer, text)} for every .c and .h of the core."""
    files = {}
    problems = []
    for folder, _dirs, names in os.walk(core):
        rel = os.path.relpath(folder, core)
        for name in sorted(names):
            if not name.endswith(('.c', '.h')):
                continue
            path = os.path.join(rel, name) if rel != '.' else name
            if rel == '.':
                if name != UMBRELLA:
                    problems.append(f'{path} is at the root of src/core: put it in one of the '
                                    f'layer folders ({", ".join(LAYERS)})')
                    continue
                layer = None
            elif rel in LAYERS:
                layer = rel
            else:
                problems.append(f'{path} is in a folder that is not a layer: use one of '
                                f'{", ".join(LAYERS)}, or add the folder to LAYERS in '
                                f'tools/check-core-layers.py and doc/architecture.md')
                continue
            if name in files:
                problems.append(f'{path}: another file of the core has the same name '
                                f'({files[name][2]}); headers are included by base name')
                continue
            with open(os.path.join(core, path), encoding='utf-8') as f:
                files[name] = (layer, COMMENT.sub('', f.read()), path)
    return files, problems


def module_of(name, files):
    """The module a file belongs to: its base name without the extension, or
    the class whose private header it shares (attest-store-lock.c belongs to
    attest-store when attest-store-private.h exists)."""
    base = name.rsplit('.', 1)[0]
    parts = base.split('-')
    for n in range(2, len(parts)):
        owner = '-'.join(parts[:n])
        if owner + '-private.h' in files:
            return owner
    if base.endswith('-private'):
        return base[:-len('-private')]
    return base


def find_cycles(graph):
    """Tarjan's strongly connected components of more than one module, or of
    one that includes itself."""
    index, low, stack, on_stack, result = {}, {}, [], set(), []
    counter = [0]

    def visit(v):
        index[v] = low[v] = counter[0]
        counter[0] += 1
        stack.append(v)
        on_stack.add(v)
        for w in sorted(graph.get(v, ())):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                component.append(w)
                if w == v:
                    break
            if len(component) > 1 or v in graph.get(v, ()):
                result.append(sorted(component))

    sys.setrecursionlimit(10000)
    for v in sorted(graph):
        if v not in index:
            visit(v)
    return result


def shortest_cycle(start, members, graph):
    """The shortest cycle from start back to it through members."""
    paths = {start: [start]}
    queue = [start]
    while queue:
        v = queue.pop(0)
        for w in sorted(graph.get(v, ())):
            if w == start:
                return paths[v] + [start]
            if w in members and w not in paths:
                paths[w] = paths[v] + [w]
                queue.append(w)
    return None


def cycles_of(component, graph):
    """The shortest cycle through each module of a component, each once."""
    members = set(component)
    seen = set()
    for start in component:
        cycle = shortest_cycle(start, members, graph)
        if cycle is None:
            continue
        ring = cycle[:-1]
        turn = ring.index(min(ring))
        key = tuple(ring[turn:] + ring[:turn])
        if key not in seen:
            seen.add(key)
            yield list(key) + [key[0]]


def main():
    root = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), '..')
    core = os.path.join(root, 'src', 'core')
    files, problems = read_tree(core)
    rank = {layer: i for i, layer in enumerate(LAYERS)}

    modules = {}
    for name, (layer, _text, path) in files.items():
        if layer is None:
            continue
        module = module_of(name, files)
        other = modules.setdefault(module, (layer, path))
        if other[0] != layer:
            problems.append(f'{path} and {other[1]} are one module ({module}) in two layers')

    graph = {}
    edges = {}
    for name, (layer, text, path) in sorted(files.items()):
        module = module_of(name, files) if layer is not None else None
        if layer == SQL_LAYER:
            pass
        elif layer is not None and re.search(r'\bsqlite3', text):
            problems.append(f'{path} uses SQLite: only {SQL_LAYER}/ may (add a function to the store)')
        for included in INCLUDE.findall(text):
            included = os.path.basename(included)
            if included not in files:
                continue
            if included == UMBRELLA:
                problems.append(f'{path} includes {UMBRELLA}: core files include the headers they use')
                continue
            if layer is None:
                continue
            target_layer = files[included][0]
            if rank[target_layer] > rank[layer]:
                problems.append(f'{path} includes {included}: {layer}/ is below {target_layer}/ '
                                f'(layers from the bottom: {" < ".join(LAYERS)})')
            target = module_of(included, files)
            if included.endswith('-private.h') and target != module:
                problems.append(f'{path} includes {included}: another module\'s private header '
                                f'(use {target}.h, and make public there what {module} needs)')
            if target != module:
                graph.setdefault(module, set()).add(target)
                edges.setdefault((module, target), path + ' includes ' + included)

    for component in find_cycles(graph):
        for path in cycles_of(component, graph):
            steps = '; '.join(edges[(a, b)] for a, b in zip(path, path[1:]))
            problems.append(f'module cycle {" -> ".join(path)} ({steps})')

    for problem in problems:
        print(f'not ok: {problem}')
    if problems:
        return 1
    print(f'ok: {len(modules)} modules of src/core in {len(LAYERS)} layers, no cycle, '
          f'no include of a higher layer or of another module\'s private header')
    return 0


if __name__ == '__main__':
    sys.exit(main())
