"""French expressions English uses as they are (checker/data/loanwords.yaml), found word by word."""
from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass

from ..records import record
from ..rules.lexicon import phrase_pattern

# an accented letter in a listed phrase also matches its bare form ("deja vu", "cafe")
BARE = {"à": "a", "â": "a", "ç": "c", "é": "e", "è": "e", "ê": "e", "ë": "e", "î": "i", "ï": "i",
        "ô": "o", "ù": "u", "û": "u", "ü": "u", "œ": "oe"}
FIRST_WORD_RE = re.compile(r"[^\W\d_]+")
END_RE = re.compile(r"(?![\w'’-])")


@dataclass(frozen=True, slots=True)
class Loanword:
    """A span of text that is an accepted French expression; `note` is set when it is worth an info."""

    start: int
    end: int
    words: int
    note: str | None


@record
class _Entry:
    """A loanword's pattern source and its note."""

    source: str  # compiled on first use: a text meets few of the first words
    note: str | None
    code: tuple | None = None  # the compiled form kept in the data cache (checker.data.cache.regex_code)

    @property
    def regex(self) -> re.Pattern:
        pattern = _PATTERNS.get(self.source)
        if pattern is None:
            from ..data.cache import regex_from_code
            pattern = _PATTERNS[self.source] = regex_from_code(self.source, re.IGNORECASE, self.code)
        return pattern


_PATTERNS: dict[str, re.Pattern] = {}


@functools.lru_cache(maxsize=65536)
def bare(word: str) -> str:
    """Lowercase, without accents: the key entries are looked up by."""
    if word.isascii():
        return word.lower()
    return "".join(c for c in unicodedata.normalize("NFD", word.lower()) if not unicodedata.combining(c))


def _accent_optional(pattern: str) -> str:
    out = []
    for ch in pattern:
        plain = BARE.get(ch.lower())
        out.append(f"(?:{ch}|{plain})" if plain else ch)
    return "".join(out)


@functools.lru_cache(maxsize=1)
def _entries_by_first_word() -> dict[str, tuple[_Entry, ...]]:
    """Entries indexed by their first word (bare), longest phrase first.

    Built once per content of the data file and of the code that builds it, and kept in the data cache
    with each pattern's compiled form (when there is a cache to keep it in).
    """
    from ..data.cache import built_key, cache_dir, cached
    from ..rules import lexicon

    key = built_key("loanwords.yaml", __file__, lexicon.__file__)
    built = cached("loanwords-index", key, functools.partial(_build_index, cache_dir() is not None))
    return {k: tuple(_Entry(*item) for item in items) for k, items in built.items()}


def _build_index(with_code: bool) -> dict[str, list[tuple]]:
    """{bare first word: [(source, note, code), ...]}, longest source first."""
    from ..data.cache import load_yaml, regex_code

    index: dict[str, list[tuple[int, tuple]]] = {}
    for item in load_yaml("loanwords")["entries"]:
        if "regex" in item:
            source, first = item["regex"], item["first"]
        else:
            source = _accent_optional(phrase_pattern(item["phrase"])) + END_RE.pattern
            first = FIRST_WORD_RE.search(item["phrase"]).group()
        note = item.get("note", "a French term") if item.get("report") == "info" else None
        try:
            code = regex_code(source, re.IGNORECASE) if with_code else None
        except re.error:
            code = None  # reported where the pattern is first used, as before
        index.setdefault(bare(first), []).append((len(source), (source, note, code)))
    return {k: [e for _, e in sorted(v, key=lambda p: -p[0])] for k, v in index.items()}


@functools.lru_cache(maxsize=65536)
def _entries(word: str) -> tuple[tuple[re.Pattern, str | None], ...]:
    """The entries whose phrase may start with `word`, longest first: (pattern, note)."""
    return tuple((entry.regex, entry.note) for entry in _entries_by_first_word().get(bare(word), ()))


@functools.lru_cache(maxsize=65536)
def opens_noted(word: str) -> bool:
    """Whether a word (hyphens and apostrophes inside it) holds one that opens an entry worth a note: where
    no word does, `find_loanwords` finds no loanword with a note."""
    index = _entries_by_first_word()
    return any(entry.note for part in FIRST_WORD_RE.findall(word) for entry in index.get(bare(part), ()))


def find_loanwords(text: str, start: int = 0, end: int | None = None) -> list[Loanword]:
    """Loanword spans in text[start:end], left to right, not overlapping."""
    end = len(text) if end is None else end
    found: list[Loanword] = []
    covered = start
    for word in FIRST_WORD_RE.finditer(text, start, end):
        entries = _entries(word.group())
        if not entries or word.start() < covered or (word.start() > 0 and text[word.start() - 1] in "'’-"
                                                     and found and found[-1].end == word.start() - 1):
            continue
        for regex, note in entries:
            match = regex.match(text, word.start(), end)
            if match:
                found.append(Loanword(match.start(), match.end(), len(match.group().split()), note))
                covered = match.end()
                break
    return found
