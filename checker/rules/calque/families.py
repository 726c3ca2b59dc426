"""Families of French constructions written over word classes (checker/data/calque_families.yaml) for CAL004."""
from __future__ import annotations

import functools
import re

_CLASS_RE = re.compile(r"\(\?&(~?)([a-z_|]+)\)")


def _alternation(words: list[str]) -> str:
    """A class's words as one group, longest first (then in alphabetical order: the same source in every process,
    so the data cache keys it builds are stable), spaces as any run of white space."""
    ordered = sorted(set(words), key=lambda w: (-len(w), w))
    return "(?:" + "|".join(r"\s+".join(re.escape(p) for p in w.split()) for w in ordered) + ")"


def _words(name: str, classes: dict, irregular: dict) -> list[str]:
    """The words of a named class, or the forms of the verbs '~go|come' (their inflections, regular or from the
    table of irregular verbs)."""
    from .structures import _verb_forms

    if name.startswith("~"):
        return [f for lemma in name[1:].split("|") for f in _verb_forms(lemma, irregular)]
    value = classes[name]
    return [w for item in value for w in (_words(item, classes, irregular) if item.startswith("~") else [item])]


def expand(source: str, classes: dict, irregular: dict) -> str:
    """A family's regex with its classes written out: `(?&event)` a word class of the file, `(?&~enter)` a verb's
    forms, `(?&cardinal)` the lexicon's classes."""
    from ..lexicon import with_classes

    def one(m: re.Match) -> str:
        name = ("~" if m.group(1) else "") + m.group(2)
        if not m.group(1) and name not in classes:
            return m.group(0)  # a class of the lexicon ('cardinal')
        return _alternation(_words(name, classes, irregular))

    return with_classes(_CLASS_RE.sub(one, source))


def _needs(spec: list[str], classes: dict, irregular: dict) -> tuple[str, ...]:
    """The words one of which every match holds: words, `@class` (its words) or `~verb` (its forms); of a phrase,
    its longest word."""
    found = []
    for item in spec:
        words = _words(item[1:], classes, irregular) if item.startswith("@") else (
            _words(item, classes, irregular) if item.startswith("~") else [item])
        found += [max(re.findall(r"[^\W_]+", w.lower()), key=len) for w in words]
    return tuple(dict.fromkeys(found))


@functools.lru_cache(maxsize=None)
def family_patterns() -> tuple:
    """The families' members as CAL004 patterns (their rows built once per content of the data files and of the
    code that writes the classes out, and kept in the data cache)."""
    from ...data.cache import built_key, cached
    from .. import lexicon
    from . import structures

    # the lexicon writes out its own classes ('cardinal'), structures the verbs' forms
    key = built_key(("calque_families.yaml", "calque_idioms.yaml"), __file__, structures.__file__, lexicon.__file__)
    return tuple(structures.Pattern(needs, regex, french, english, holds=holds, window=window, after_word=after_word)
                 for needs, regex, french, english, holds, window, after_word in cached("calque-families", key, _rows))


def _rows() -> tuple[tuple, ...]:
    """Per member: the words one of which it needs, its regex with the classes written out, the French, the advice,
    the letters one of which its every match holds (`lexicon.regex_anchors`: "distance" in "a duel at distance",
    where the needs are the duel's nouns), by which the lines holding its needs are sifted, and the characters
    around a need its matches lie within (`window`, when given) and the word right before the need (`after_word`)."""
    from ...data.cache import load_yaml
    from ..lexicon import regex_anchors

    data = load_yaml("calque_families")
    irregular = {**load_yaml("calque_idioms")["verbs"], **(data.get("verbs") or {})}
    classes = data["classes"]
    rows = []
    for family in data["families"]:
        for member in family["members"]:
            regex = expand(member["regex"], classes, irregular)
            if "(?P<span>" not in regex:
                regex = f"(?P<span>{regex})"
            rows.append((_needs(member["needs"], classes, irregular), regex, member["french"], member["english"],
                         regex_anchors(regex, re.IGNORECASE) or (), tuple(member.get("window") or ()),
                         member.get("after_word") or ""))
    return tuple(rows)
