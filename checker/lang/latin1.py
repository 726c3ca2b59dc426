"""Latin-1 twins of patterns: the same matches on Latin-1 text, their class escapes read from a byte table."""
from __future__ import annotations

import functools
import re

ESCAPES = "wWdDsS"


@functools.lru_cache(maxsize=None)
def _members(escape: str) -> str:
    """The Latin-1 characters the class escape accepts, as a class's members (`\\xNN` and ranges `\\xNN-\\xNN`).

    A class escape (`\\w`, `\\d`, `\\s`, their negations) tests Unicode categories character by character, and
    `[^\\W\\d_]` (a letter) three of them; on a text whose characters are all below U+0100 (English and French news
    without curly quotes or dashes) the characters written out accept the same, tested in the engine's table."""
    accepted = [c for c in range(256) if re.fullmatch(f"\\{escape}", chr(c))]
    runs: list[list[int]] = []
    for c in accepted:  # consecutive characters as one range: a short source, quick to compile
        if runs and runs[-1][1] == c - 1:
            runs[-1][1] = c
        else:
            runs.append([c, c])
    return "".join(f"\\x{a:02x}" if a == b else f"\\x{a:02x}-\\x{b:02x}" for a, b in runs)


def _written_out(source: str) -> str:
    """The pattern source with each class escape replaced by its Latin-1 members (in a class) or their class."""
    out, i, in_class = [], 0, False
    while i < len(source):
        ch = source[i]
        if ch == "\\" and i + 1 < len(source):
            escape = source[i + 1]
            if escape in ESCAPES:
                out.append(_members(escape) if in_class else f"[{_members(escape)}]")
            else:
                out.append(source[i:i + 2])
            i += 2
            continue
        if not in_class and ch == "[":
            in_class = True
            out.append(ch)
            i += 1
            if source[i:i + 1] == "^":
                out.append("^")
                i += 1
            if source[i:i + 1] == "]":  # a "]" first in a class is one of its members
                out.append("]")
                i += 1
            continue
        if in_class and ch == "]":
            in_class = False
        out.append(ch)
        i += 1
    return "".join(out)


def twin(pattern: re.Pattern) -> re.Pattern:
    """The pattern with its class escapes written out: the same matches on Latin-1 text (`is_latin1`).

    Patterns that ignore case, or set flags in their source, are their own twins."""
    known = _TWINS.get(id(pattern))  # by id: hashing a pattern hashes its compiled code
    if known is None or known[0] is not pattern:
        known = _TWINS[id(pattern)] = (pattern, _twin(pattern))  # kept with the pattern: its id is not reused
    return known[1]


_TWINS: dict[int, tuple[re.Pattern, re.Pattern]] = {}


def _twin(pattern: re.Pattern) -> re.Pattern:
    if pattern.flags & (re.IGNORECASE | re.ASCII | re.LOCALE | re.VERBOSE) or "(?" in pattern.pattern \
            and re.search(r"\(\?[a-zA-Z-]*[aiLux]", pattern.pattern):
        return pattern
    source = _written_out(pattern.pattern)
    return pattern if source == pattern.pattern else re.compile(source, pattern.flags)


_KNOWN: dict[int, tuple[str, bool]] = {}  # by id: the texts asked about lately (a document, its lowercase, a block)
MAX_KNOWN = 8


def is_latin1(text: str) -> bool:
    """Whether every character of text is below U+0100 (kept for the last few texts asked)."""
    known = _KNOWN.get(id(text))
    if known is not None and known[0] is text:
        return known[1]
    try:
        text.encode("latin-1")  # a copy of the bytes where that is the string's own form, else stops early
        latin = True
    except UnicodeEncodeError:
        latin = False
    if len(_KNOWN) >= MAX_KNOWN:
        _KNOWN.clear()
    _KNOWN[id(text)] = (text, latin)  # the text is kept with its id: the id is not reused meanwhile
    return latin


def for_text(pattern: re.Pattern, text: str) -> re.Pattern:
    """`twin(pattern)` where the text it reads is Latin-1, else the pattern itself."""
    return twin(pattern) if text.isascii() or is_latin1(text) else pattern
