"""Strings a regular expression matches, one per alternative (for tests that render lexicon entries)."""
from __future__ import annotations

import itertools
import re

try:  # Python 3.11+
    import re._constants as sc
    import re._parser as sp
except ImportError:  # pragma: no cover
    import sre_constants as sc
    import sre_parse as sp

CATEGORY = {sc.CATEGORY_WORD: "a", sc.CATEGORY_SPACE: " ", sc.CATEGORY_DIGIT: "1", sc.CATEGORY_NOT_SPACE: "a"}


def _sequence(items, limit: int) -> list[str]:
    out = [""]
    for op, av in items:
        out = [a + b for a, b in itertools.product(out, _node(op, av, limit))][:limit]
    return out


def _node(op, av, limit: int) -> list[str]:
    if op is sc.LITERAL:
        return [chr(av)]
    if op is sc.IN:
        for kind, value in av:
            if kind is sc.LITERAL:
                return [chr(value)]
            if kind is sc.RANGE:
                return [chr(value[0])]
            if kind is sc.CATEGORY:
                return [CATEGORY.get(value, "a")]
        return ["a"]
    if op is sc.BRANCH:
        return [s for branch in av[1] for s in _sequence(branch, limit)][:limit]
    if op is sc.SUBPATTERN:
        return _sequence(av[-1], limit)
    if op in (sc.MAX_REPEAT, sc.MIN_REPEAT):
        low, _, body = av
        inner = _sequence(body, limit)
        return ([""] if low == 0 else []) + [b * max(low, 1) for b in inner][:limit]
    if op is sc.CATEGORY:
        return [CATEGORY.get(av, "a")]
    if op in (sc.NOT_LITERAL, sc.ANY):
        return ["a"]
    return [""]  # anchors and lookarounds: the caller checks the sample against the real regex


def samples(pattern: str, limit: int = 200) -> list[str]:
    return _sequence(sp.parse(pattern), limit)


def variable_words(pattern: str) -> set[str]:
    """Words that only some matches contain: those inside alternatives and optional parts."""
    found: set[str] = set()

    def walk(items, variable: bool) -> None:
        for op, av in items:
            if op is sc.BRANCH:
                for branch in av[1]:
                    for text in _sequence(branch, 50):
                        found.update(w.lower() for w in re.findall(r"[A-Za-zÀ-ÿ]+", text))
                    walk(branch, True)
            elif op is sc.SUBPATTERN:
                walk(av[-1], variable)
            elif op in (sc.MAX_REPEAT, sc.MIN_REPEAT):
                if av[0] == 0:
                    for text in _sequence(av[2], 50):
                        found.update(w.lower() for w in re.findall(r"[A-Za-zÀ-ÿ]+", text))
                walk(av[2], variable or av[0] == 0)

    walk(sp.parse(pattern), False)
    return found
