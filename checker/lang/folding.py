"""Case- and accent-insensitive text for loose comparisons (names, speakers, quoted words)."""
from __future__ import annotations

import functools
import re
import unicodedata

NON_ASCII_RE = re.compile(r"[^\x00-\x7f]+")


def fold(text: str) -> str:
    """Casefolded, with accents and other combining marks removed (NFKD): 'Élysée' -> 'elysee'."""
    if text.isascii():
        return text.lower()  # the same as casefold, with nothing to decompose
    return _fold_word(text) if len(text) <= 64 else _fold(text)


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    if decomposed.isascii():
        return decomposed
    return NON_ASCII_RE.sub(_without_marks, decomposed)  # a combining mark is never ASCII: look at the rest only


def _without_marks(match: re.Match) -> str:
    return "".join(ch for ch in match.group() if not unicodedata.combining(ch))


_fold_word = functools.lru_cache(maxsize=65536)(_fold)  # words and names recur; whole texts are not kept


# The only non-ASCII letters that Python's case-insensitive patterns match to ASCII ones ("ſaid" matches
# "said", "fırst" matches "first"); one character each, so offsets hold when a text is translated.
ASCII_CASE_TWINS = str.maketrans({"ſ": "s", "\u212a": "K", "ı": "i", "İ": "I"})


def case_key(word: str) -> str:
    """The lowercase table key of a word matched case-insensitively: 'ſaid' -> 'said', 'İS' -> 'is'."""
    return word.translate(ASCII_CASE_TWINS).lower()
