"""Sentence segmentation for English and French news text: abbreviations, initials, quotes, ellipses.

A full stop followed by a lowercase word splits unless the word before it is an abbreviation:
broken sentences ("to Russia. intended for") must stay visible to the rules that report them.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..data.cache import load_yaml
from ..document import Document
from .word_lists import function_words


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence as a clean-text span, with the index of its block in `doc.blocks`."""

    start: int
    end: int
    block: int


# Terminal punctuation, then closing quotes or brackets (French spacing allowed before » ›),
# then whitespace or the end of the span.
BOUNDARY_RE = re.compile(r"[.!?…]+(?:[\"”’'»›)\]]|[ \u00a0\u202f]+[»›])*+(?=\s|$)")
NEWLINE_RE = re.compile(r"\n")
OPENERS = "\"“‘'«‹([{¿¡—–-*•· \u00a0\u202f"
CLOSERS = "\"”’'»›)] \u00a0\u202f"
TERMINALS = ".!?…"
CONTINUATIONS = "»›”’),;:"
ELISION_RE = re.compile(r"^[^\W\d_]{1,2}['’](?=\w)")  # l'U.S. -> U.S.
WORD_RE = re.compile(r"[^\W\d_]+")
ALNUM_RE = re.compile(r"[^\W_]")  # a letter or a digit (str.isalnum, character by character)
DOTTED_RE = re.compile(r"(?:[^\W\d_]{1,2}\.-?)+[^\W\d_]{1,2}")  # U.S, e.g, a.m, J.-P, Ph.D
WRAPPED_LINE = 60
ZERO_WIDTH = "\u200b\u200c\u200d\u2060\ufeff"
LIST_MARKER_RE = re.compile(r"\d{1,3}|[A-Za-z]|[IVXLC]{1,4}")

# checker/data/abbreviations.yaml: the one abbreviation list of every splitter
_ABBREVIATIONS = {key: frozenset(value.split()) for key, value in load_yaml("abbreviations").items()}
NONFINAL = _ABBREVIATIONS["nonfinal"]  # never end a sentence
NONFINAL_FR = _ABBREVIATIONS["nonfinal_fr"]
FINAL = _ABBREVIATIONS["final"]  # may end a sentence: split before a usual sentence starter
NO_LOWER = _ABBREVIATIONS["no_lower"]  # end a sentence before an uppercase word only
BEFORE_NUMBER = _ABBREVIATIONS["before_number"] | FINAL  # abbreviations only next to a number
# the same lists without case, for is_abbreviation_stop
_ANY_CASE = frozenset(w.lower() for w in NONFINAL | FINAL | NO_LOWER)
_ANY_CASE_FR = frozenset(w.lower() for w in NONFINAL_FR)
_NUMBER_ANY_CASE = frozenset(w.lower() for w in BEFORE_NUMBER) - _ANY_CASE

_WORDS = {key: frozenset(value.split()) for key, value in load_yaml("sentence_words").items()}
STARTERS_EN = _WORDS["starters_en"]  # usual first words of a sentence
STARTERS_FR = _WORDS["starters_fr"]
FUNCTION_WORDS = function_words("line_end")  # a line ending in one goes on


def split_sentences(text: str, start: int = 0, end: int | None = None, lang: str = "en",
                    line_breaks: bool = False) -> list[tuple[int, int]]:
    """Sentence spans of text[start:end], trimmed of whitespace, in clean-text offsets.

    With `line_breaks` (plain text), a line without final punctuation followed by a capitalised
    line also ends a sentence (headlines, crossheads).
    """
    end = len(text) if end is None else end
    lang = (lang or "en").split("-")[0].lower()
    if line_breaks and text.find("\n", start, end) < 0:
        line_breaks = False  # no line to break: the same spans, shared with the callers that pass False
    memo = _SPLIT[0]
    if memo[0] is not text:  # several rules and annotations ask for the same blocks of one text
        memo = _SPLIT[0] = (text, {})
    key = (start, end, lang, line_breaks)
    spans = memo[1].get(key)
    if spans is None:
        spans = memo[1][key] = _split(text, start, end, lang, line_breaks)
    return list(spans)


_SPLIT: list = [(None, {})]  # (the last text split, its spans by (start, end, lang, line_breaks))


def _split(text: str, start: int, end: int, lang: str, line_breaks: bool) -> list[tuple[int, int]]:
    cuts = []
    cursor = start
    for match in BOUNDARY_RE.finditer(text, start, end):
        if _splits(text, cursor, match, end, lang):
            cuts.append(match.end())
            cursor = match.end()
    if line_breaks:
        cuts = sorted(set(cuts) | set(_line_cuts(text, start, end)))
    spans, cursor = [], start
    for cut in cuts + [end]:
        span = _trim(text, cursor, cut)
        if span:
            spans.append(span)
        cursor = cut
    return _merge_punctuation_only(text, spans)


def sentence_starts(text: str, start: int = 0, end: int | None = None,
                    lang: str = "en") -> list[tuple[int, int]]:
    """(sentence start, position of the final mark closing the previous sentence or -1) for each
    sentence of text[start:end], as `split_sentences` cuts them (lowercase continuations included)."""
    out: list[tuple[int, int]] = []
    previous = None
    for span in split_sentences(text, start, end, lang):
        out.append((span[0], -1 if previous is None else _final_mark(text, *previous)))
        previous = span
    return out


def _final_mark(text: str, start: int, end: int) -> int:
    """Position of the last terminal mark of the sentence text[start:end] (before closing quotes)."""
    pos = end - 1
    while pos > start and text[pos] not in TERMINALS:
        pos -= 1
    return pos


def is_abbreviation_stop(text: str, dot: int, lang: str = "en") -> bool:
    """Whether the full stop at `dot` closes an abbreviation, an initial or an ellipsis rather than a
    sentence, whatever follows; the abbreviations are the splitter's, compared without case."""
    if dot > 0 and text[dot - 1] == ".":
        return True  # ellipsis
    if dot > 0 and text[dot - 1] in CLOSERS.strip():
        return False  # after a closing quote or bracket: 'ready to govern”.'
    start = dot
    while start > 0 and not text[start - 1].isspace() and text[start - 1] not in "(\"“‘'«[":
        start -= 1
    token = text[start:dot].strip(ZERO_WIDTH).lstrip("-–—/")
    if not token:
        return True
    bare = token.lower().rstrip(".")
    if bare in _ANY_CASE or (lang == "fr" and bare in _ANY_CASE_FR):
        return True
    if len(bare) == 1 and bare.isalpha():
        return True  # an initial: "J. Smith", "p. 4"
    if bare in _NUMBER_ANY_CASE:
        before = text[max(0, start - 12):start].split()
        after = text[dot + 1:dot + 12].split()
        return bool(before and before[-1][-1:].isdigit()) or bool(after and after[0][:1].isdigit())
    return "." in bare and all(part.isalpha() and len(part) <= 3 for part in bare.split("."))  # U.S, Ph.D


def document_sentences(doc: Document) -> list[Sentence]:
    """Sentences of every block of `doc`, in order; none crosses a block boundary."""
    sentences = []
    line_breaks = doc.fmt == "text"
    for index, block in enumerate(doc.blocks):
        for start, end in split_sentences(doc.text, block.start, block.end, doc.lang, line_breaks):
            sentences.append(Sentence(start, end, index))
    return sentences


def _splits(text: str, cursor: int, match: re.Match, end: int, lang: str) -> bool:
    after = match.end()
    nxt = _next_word(text, after, end)
    if nxt is None:
        return False  # nothing follows inside the span
    first, word, opened = nxt
    if first in CONTINUATIONS:
        return False  # a closing mark or a comma: the sentence goes on
    case = _case(first)
    run = match.group().rstrip(CLOSERS)
    before = text[cursor:match.start()].strip().lstrip(OPENERS)
    if ".." in run or "…" in run:
        bracketed = match.start() > 0 and text[match.start() - 1] in "[("
        return case == "upper" and bool(before) and not bracketed
    if "?" in run or "!" in run:
        return case != "lower"
    token = _token_before(text, cursor, match.start())
    kind = _abbreviation(token, lang, case == "digit")
    if case == "lower":
        return kind is None
    if kind == "nonfinal":
        return False
    if kind == "starter":
        return opened or word in (STARTERS_FR if lang == "fr" else STARTERS_EN)
    if kind == "nolower":
        return case != "digit"
    return not LIST_MARKER_RE.fullmatch(before)


def _next_word(text: str, pos: int, end: int) -> tuple[str, str, bool] | None:
    """First significant character after a boundary, the word it starts, and whether a quote opened."""
    while pos < end and text[pos].isspace():
        pos += 1
    first = pos
    while pos < end and text[pos] in OPENERS:
        pos += 1
    if pos >= end:
        return None if first >= end else (text[first], "", False)
    opened = any(ch in "\"“‘'«‹" for ch in text[first:pos])
    word = WORD_RE.match(text, pos, end)
    return text[pos], word.group() if word else "", opened


def _case(char: str) -> str:
    if char.isdigit():
        return "digit"
    if char.islower():
        return "lower"
    if char.isalpha():
        return "upper"  # uppercase, titlecase or caseless scripts
    return "other"


def _token_before(text: str, lo: int, pos: int) -> str:
    start = pos
    while start > lo and not text[start - 1].isspace():
        start -= 1
    return ELISION_RE.sub("", text[start:pos].lstrip(OPENERS))


def _abbreviation(token: str, lang: str, before_number: bool) -> str | None:
    """How a full stop after `token` behaves: "nonfinal", "starter", "nolower", or None (a word)."""
    if not token or not token[-1].isalpha():
        return None
    if before_number and token in BEFORE_NUMBER:
        return "nonfinal"
    if token in NONFINAL or (lang == "fr" and token in NONFINAL_FR):
        return "nonfinal"
    if token in FINAL:
        return "starter"
    if token in NO_LOWER:
        return "nolower"
    if len(token) == 1:
        return "starter" if token.isupper() else "nolower"
    if DOTTED_RE.fullmatch(token):
        return "starter"
    return None


def _line_cuts(text: str, start: int, end: int) -> list[int]:
    """Line breaks that end a line without final punctuation before a capitalised line.

    In hard-wrapped prose (lines of WRAPPED_LINE characters or more) only a line clearly
    shorter than the longest one ends there: "met Vladimir\nPutin" is one sentence.
    """
    cuts = []
    longest = max(len(line) for line in text[start:end].split("\n"))
    line_start = start
    for newline in NEWLINE_RE.finditer(text, start, end):
        line_end = newline.start()
        wrapped = longest >= WRAPPED_LINE and line_end - line_start >= 0.6 * longest
        line_start = newline.end()
        while line_end > start and text[line_end - 1] in " \t\r":
            line_end -= 1
        if line_end == start or wrapped:
            continue
        bare = text[max(start, line_end - 8):line_end].rstrip(CLOSERS)
        if not bare or bare[-1] in TERMINALS or text[line_end - 1] in ",;:-–—(/&":
            continue
        tail = WORD_RE.findall(text[max(start, line_end - 30):line_end])
        if tail and tail[-1].lower() in FUNCTION_WORDS:
            continue
        nxt = _next_word(text, newline.end(), end)
        if nxt is not None and (_case(nxt[0]) in ("upper", "digit") or nxt[2]):
            cuts.append(newline.end())
    return cuts


def _trim(text: str, start: int, end: int) -> tuple[int, int] | None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return (start, end) if end > start else None


def _merge_punctuation_only(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Attach spans without a letter or digit (a stray quote, an ellipsis) to a neighbour."""
    merged: list[tuple[int, int]] = []
    pending_start = None
    for start, end in spans:
        if ALNUM_RE.search(text, start, end) is None:
            if merged:
                merged[-1] = (merged[-1][0], end)
            elif pending_start is None:
                pending_start = start
            continue
        if pending_start is not None:
            start, pending_start = pending_start, None
        merged.append((start, end))
    if pending_start is not None:
        merged.append((pending_start, spans[-1][1]))
    return merged
