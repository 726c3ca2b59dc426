"""Word lists as data: YAML lexicons in checker/data/, compiled into matchers with exact spans."""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import Iterator

from ..findings import Severity

APOSTROPHES = "'’ʼ"


# whitespace runs, apostrophes and hyphens: what a phrase's pattern writes loosely (the rest is escaped)
LOOSE_RE = re.compile(rf"(\s+)|([{APOSTROPHES}])|(-)")
LOOSE = {2: f"[{APOSTROPHES}]", 3: r"[-‐‑]"}


def phrase_pattern(phrase: str) -> str:
    """A regex source for a literal phrase: flexible whitespace, either apostrophe, word edges."""
    parts, position = [], 0
    for match in LOOSE_RE.finditer(phrase):
        parts.append(re.escape(phrase[position:match.start()]))
        parts.append(r"\s+" if match.lastindex == 1 else LOOSE[match.lastindex])
        position = match.end()
    parts.append(re.escape(phrase[position:]))
    body = "".join(parts)
    head = r"\b" if phrase[:1].isalnum() else ""
    tail = r"\b" if phrase[-1:].isalnum() else ""
    return f"{head}{body}{tail}"


@functools.lru_cache(maxsize=None)
def _compiled(source: str, flags: int) -> re.Pattern:
    return re.compile(source, flags)


class LazyPattern:
    """A regex compiled on first use (start-up compiles only what a text can match); acts as the re.Pattern.

    `code` is the compiled form kept in the data cache (see checker.data.cache.regex_code), when known.
    """

    __slots__ = ("source", "flags", "code", "_pattern")

    def __init__(self, source: str, flags: int, code: tuple | None = None) -> None:
        self.source, self.flags, self.code, self._pattern = source, flags, code, None

    def compiled(self) -> re.Pattern:
        pattern = self._pattern
        if pattern is None:
            if self.code is None:
                pattern = _compiled(self.source, self.flags)
            else:
                from ..data.cache import regex_from_code
                pattern = regex_from_code(self.source, self.flags, self.code)
            self._pattern = pattern
        return pattern

    # the methods rules call in loops, without the detour through __getattr__
    def finditer(self, *args):
        return (self._pattern or self.compiled()).finditer(*args)

    def search(self, *args):
        return (self._pattern or self.compiled()).search(*args)

    def match(self, *args):
        return (self._pattern or self.compiled()).match(*args)

    def fullmatch(self, *args):
        return (self._pattern or self.compiled()).fullmatch(*args)

    def __getattr__(self, name: str):
        return getattr(self.compiled(), name)

    def __repr__(self) -> str:
        return f"LazyPattern({self.source!r})"


@dataclass(frozen=True, slots=True)
class Entry:
    """One lexicon entry: what to match, what to say, what to suggest.

    `keyword` is a lowercase word every match contains, when the entry has one (see `candidates`).
    """

    key: str
    regex: re.Pattern | LazyPattern
    suggestion: str | None
    note: str
    severity: Severity | None
    data: dict
    keyword: str | None = None

    def finditer(self, text: str, start: int = 0, end: int | None = None) -> Iterator[re.Match]:
        regex = self.regex
        if type(regex) is LazyPattern:
            regex = regex._pattern or regex.compiled()
        return regex.finditer(text, start, len(text) if end is None else end)


WORD_RE = re.compile(r"[^\W_]+")


def phrase_keyword(phrase: str) -> str | None:
    """The longest plain word of a literal phrase, lowercase: every match of the phrase contains it."""
    found = WORD_RE.findall(phrase)
    return max(found, key=len).lower() if found else None


KEYWORD_RE = re.compile(r"[a-z0-9]{3,}")
# letters that case-insensitive matching equates with an ASCII letter although lower() does not give it
# (dotless i, long s, Kelvin sign, dotted capital I): a text with one of them skips the pre-filter
SPECIAL_FOLDS = frozenset("\u0131\u017f\u212a\u0130")


def regex_keyword(source: str, flags: int = 0) -> str | None:
    """The longest ASCII word (3+ letters or digits, lowercase) that every match of the regex contains.

    Read from the parsed pattern: literal runs of its top-level sequence, of groups, and of repeats
    that occur at least once; alternatives and look-arounds are not looked into.
    """
    try:
        from re import _constants as c, _parser as parser
    except ImportError:  # Python < 3.11
        import sre_constants as c  # type: ignore[no-redef]
        import sre_parse as parser  # type: ignore[no-redef]
    try:
        items = parser.parse(source, flags & ~re.IGNORECASE)
    except re.error:
        return None
    runs: list[str] = []

    def walk(sequence) -> None:
        current: list[str] = []
        for op, av in sequence:
            if op is c.LITERAL:
                current.append(chr(av))
                continue
            runs.append("".join(current))
            current = []
            if op is c.SUBPATTERN:
                walk(av[-1])
            elif op in (c.MAX_REPEAT, c.MIN_REPEAT) and av[0] >= 1:
                walk(av[2])
        runs.append("".join(current))

    walk(items)
    words = [w for run in runs for w in KEYWORD_RE.findall(run.lower())]
    return max(words, key=len) if words else None


def candidates(entries: tuple[Entry, ...], text: str) -> tuple[Entry, ...]:
    """The entries that can match somewhere in `text`: those whose keyword occurs, and those without one."""
    if not text.isascii() and not SPECIAL_FOLDS.isdisjoint(text):
        return entries
    lowered = text.lower()
    return tuple(e for e in entries if e.keyword is None or e.keyword in lowered)


@functools.lru_cache(maxsize=None)
def load_lexicon(name: str) -> tuple[Entry, ...]:
    """Entries of checker/data/<name>.yaml: a list of mappings with `phrase` or `regex`.

    The patterns, their keywords and their compiled form are built once per content of the data file
    (and of this module, which says how to build them) and kept in the data cache.
    """
    from pathlib import Path

    from ..data.cache import cached, data_digest, digest, load_yaml

    data = load_yaml(name) or {}
    items = data.get("entries", data) if isinstance(data, dict) else data
    key = digest(data_digest(f"{name}.yaml").encode(), Path(__file__).read_bytes())
    built = cached(f"patterns-{name}", key, lambda: [_build(item) for item in items])
    entries = []
    for item, (source, flags, key, keyword, code) in zip(items, built):
        severity = item.get("severity")
        entries.append(Entry(
            key=key, regex=LazyPattern(source, flags, code),
            suggestion=item.get("suggestion"), note=item.get("note", ""),
            severity=Severity.parse(severity) if severity else None, data=item, keyword=keyword,
        ))
    return tuple(entries)


def _build(item: dict) -> tuple:
    """(regex source, flags, key, keyword, compiled code) for one lexicon entry."""
    from ..data.cache import regex_code

    flags = re.MULTILINE | (0 if item.get("case_sensitive") else re.IGNORECASE)
    if "regex" in item:
        source, key = item["regex"], item.get("key", item["regex"])
        keyword = regex_keyword(source, flags)
    else:
        source, key = phrase_pattern(item["phrase"]), item["phrase"]
        # a case-insensitive match of a phrase without apostrophes or hyphens contains its words as written
        plain = not any(ch in APOSTROPHES or ch == "-" for ch in item["phrase"])
        keyword = phrase_keyword(item["phrase"]) if plain and flags & re.IGNORECASE else None
    flags = int(flags | re.UNICODE)
    try:
        code = regex_code(source, flags)
    except re.error:
        code = None  # reported where the pattern is first used, as before
    return source, flags, key, keyword, code
