"""Word lists as one regular expression written as a trie, which the engine reads a character at a time."""
from __future__ import annotations

import re
from typing import Callable, Iterable


def escaped(char: str) -> str:
    """A space matches any run of white space; every other character matches itself."""
    return r"\s+" if char == " " else re.escape(char)


def trie_alternation(words: Iterable[str], unit: Callable[[str], str] = escaped) -> str:
    """The words as one pattern written as a trie: "d(?:it|écla(?:ra|ré))".

    It matches what the plain alternation of the words, longest first, matches: words that match at one
    place are prefixes of one another, and at each node the longer words are tried before the word that
    ends there; but the engine reads each character once instead of trying hundreds of alternatives in turn.
    `unit` gives the pattern of each character.
    """
    root: dict = {}
    for word in words:
        node = root
        for piece in map(unit, word):
            node = node.setdefault(piece, {})
        node[""] = {}  # a word ends here
    return _trie_pattern(root)


def _trie_pattern(node: dict) -> str:
    branches = [piece + _trie_pattern(child) for piece, child in sorted(node.items()) if piece]
    if not branches:
        return ""
    if len(branches) == 1:
        return f"(?:{branches[0]})?" if "" in node else branches[0]
    return "(?:" + "|".join(branches) + ")" + ("?" if "" in node else "")


def kept_trie_alternation(name: str, words: Iterable[str], unit: Callable[[str], str] = escaped) -> str:
    """`trie_alternation(words, unit)`, kept in the data cache under `name` (one entry a name) by the words, the
    pattern of each of their characters and this module: a trie of a large list takes milliseconds to write."""
    from ..data.cache import cached, digest, source_digest

    words = sorted(set(words))
    characters = sorted({c for word in words for c in word})
    key = digest("\n".join(words).encode(), "\n".join(map(unit, characters)).encode(), source_digest(__file__).encode())
    return cached(f"trie-{name}", key, lambda: trie_alternation(words, unit))
