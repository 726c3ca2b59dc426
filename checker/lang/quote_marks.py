"""Quotation marks: tell quote marks from apostrophes and pair them, across paragraphs too."""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import Sequence

# Each mark belongs to a family; a closing mark only closes an opening mark of its family.
DOUBLE, GUILLEMET, SINGLE_GUILLEMET, SINGLE = "double", "guillemet", "single-guillemet", "single"
FAMILY = {
    "“": DOUBLE, "”": DOUBLE, "„": DOUBLE, "‟": DOUBLE, '"': DOUBLE,
    "«": GUILLEMET, "»": GUILLEMET,
    "‹": SINGLE_GUILLEMET, "›": SINGLE_GUILLEMET,
    "‘": SINGLE, "’": SINGLE, "‚": SINGLE, "‛": SINGLE, "'": SINGLE,
}
MARK_CHARS = frozenset(FAMILY)
MARK_RE = re.compile("[" + re.escape("".join(FAMILY)) + "]")
STRAIGHT_RE = re.compile('"')
OPENING_CONTEXT = frozenset("([{<—–-/")
CLOSING_CONTEXT = frozenset(".,;:!?)]}>…—–-/")
SPACES = frozenset(" \t\n\r\f\v\u00a0\u202f\u2009\u2007\u2008\u200a\u2002\u2003\u2004\u2005\u2006")
ELISIONS = ("s ", "t ", "em ", "n'", "n’", "tis ", "twas ")
LOOKAHEAD_BLOCKS = 3  # how far a quote left open may find its closing mark


@dataclass(frozen=True, slots=True)
class MarkedQuote:
    """A stretch of text between quotation marks; `start:end` is the content without marks."""

    start: int
    end: int
    open_mark: int | None
    close_mark: int | None
    first_block: int
    last_block: int
    unbalanced: bool = False


@dataclass(slots=True)
class _Open:
    """A quotation mark still open: where, which character and family, what may close it."""

    pos: int
    char: str
    family: str
    closers: str  # characters that may close it


@dataclass(slots=True)
class _BlockMarks:
    """The quotation marks of one block: pairs, those left open, stray closers."""

    pairs: list  # (open_pos, close_pos, depth)
    unclosed: list  # _Open entries left at the end of the block, outermost first
    stray: list  # positions of closing marks with nothing to close
    first: tuple | None  # ("open"|"close"|"skip", pos, family) of the first quote mark
    count: int  # quote marks (not apostrophes) seen


def is_space(ch: str) -> bool:
    return ch in SPACES or ch.isspace()


def _prev_next(text: str, i: int, lo: int, hi: int) -> tuple[str, str]:
    return (text[i - 1] if i > lo else " "), (text[i + 1] if i + 1 < hi else " ")


def _flanking(prev: str, nxt: str) -> tuple[bool, bool]:
    """(left, right): a left-flanking mark opens, a right-flanking one closes."""
    prev_open = is_space(prev) or prev in OPENING_CONTEXT or prev in MARK_CHARS
    next_close = is_space(nxt) or nxt in CLOSING_CONTEXT or nxt in MARK_CHARS
    left = not is_space(nxt) and prev_open and not (nxt in CLOSING_CONTEXT and nxt not in "—–-")
    right = not is_space(prev) and next_close and not (prev in OPENING_CONTEXT and prev not in "—–-")
    return left, right


def _is_apostrophe(text: str, i: int, lo: int, hi: int) -> bool:
    prev, nxt = _prev_next(text, i, lo, hi)
    return prev.isalnum() and nxt.isalnum()


def _top(stack: list[_Open], family: str) -> int | None:
    for k in range(len(stack) - 1, -1, -1):
        if stack[k].family == family:
            return k
    return None


def _scan_block(text: str, lo: int, hi: int) -> _BlockMarks:
    """Pair the marks of one block with a stack; report what stays open or unmatched."""
    stack: list[_Open] = []
    pairs, stray = [], []
    first = None
    count = 0
    for mark in MARK_RE.finditer(text, lo, hi):
        i, ch = mark.start(), mark.group()
        family = FAMILY[ch]
        prev, nxt = _prev_next(text, i, lo, hi)
        left, right = _flanking(prev, nxt)
        action = _action(ch, family, text, i, lo, hi, left, right, stack)
        if action is None:
            continue
        count += 1
        kind, closers = action
        if first is None:
            first = (kind, i, family)
        if kind == "open":
            stack.append(_Open(i, ch, family, closers))
        elif kind == "close":
            k = _top(stack, family)
            if k is None:
                if family in (DOUBLE, GUILLEMET, SINGLE_GUILLEMET):
                    stray.append(i)
                continue
            opened = stack[k]
            del stack[k:]
            pairs.append((opened.pos, i, k))
    return _BlockMarks(pairs, stack, stray, first, count)


def _action(ch, family, text, i, lo, hi, left, right, stack):
    """What mark `ch` at `i` does: ("open", closers), ("close", ""), or None (an apostrophe, a prime)."""
    has_open = _top(stack, family) is not None
    if family == DOUBLE:
        if ch == "„" or ch == "‟":
            return ("open", "“”\"")
        if ch == "“":
            if right and not left and has_open:
                return ("close", "")
            return ("open", "”“\"")
        if ch == "”":
            if left and not right and not has_open:
                return ("open", "”\"")
            return ("close", "")
        # straight double quote: decided by flanking, else by what is open
        prev = text[i - 1] if i > lo else " "
        if prev.isdigit() and not has_open and not left:
            return None  # inches
        if not has_open and _typed_for_apostrophe(text, i, hi):
            return None
        if left and not right:
            return ("open", "\"”“")
        if right and not left:
            return ("close", "")
        return ("close", "") if has_open else ("open", "\"”“")
    if family == GUILLEMET:
        if ch == "«":
            top = _top(stack, GUILLEMET)
            if top is not None and "«" in stack[top].closers and right and not left:
                return ("close", "")
            return ("open", "»")
        if has_open:
            return ("close", "")
        if i == lo or (left and not right):
            return ("open", "»«")  # continued paragraph, or German »...«
        return ("close", "")
    if family == SINGLE_GUILLEMET:
        if ch == "‹":
            return ("open", "›")
        return ("close", "") if has_open else None
    # single quotes double as apostrophes
    if _is_apostrophe(text, i, lo, hi):
        return None
    if ch in "‘‚‛":
        if right and not left and has_open:
            return ("close", "")
        return ("open", "’‘'") if left or i == lo else None
    if ch == "’":
        return ("close", "") if has_open and right else None
    # straight single quote
    if left and not right:
        rest = text[i + 1:i + 6].lower()
        if rest[:1].isdigit() or rest.startswith(ELISIONS):
            return None
        return ("open", "'’")
    if has_open and right:
        return ("close", "")
    return None


def _typed_for_apostrophe(text: str, i: int, hi: int) -> bool:
    """ `her daughters" school fees`: a double mark typed for a possessive apostrophe."""
    return i > 0 and text[i - 1] == "s" and text[i + 1:i + 2] == " " and text[i + 2:i + 3].islower()


def _repair_straight(text: str, lo: int, hi: int, marks: _BlockMarks) -> _BlockMarks:
    """When straight double quotes do not pair by position, pair them in order of appearance."""
    straight = [m.start() for m in STRAIGHT_RE.finditer(text, lo, hi) if not _typed_for_apostrophe(text, m.start(), hi)]
    if not straight or len(straight) % 2:
        return marks
    bad_unclosed = [o for o in marks.unclosed if text[o.pos] == '"']
    bad_stray = [s for s in marks.stray if text[s] == '"']
    if not bad_unclosed and not bad_stray:
        return marks
    positions = set(straight)
    pairs = [p for p in marks.pairs if p[0] not in positions and p[1] not in positions]
    pairs += [(straight[k], straight[k + 1], 0) for k in range(0, len(straight), 2)]
    pairs = _with_depth(pairs)
    unclosed = [o for o in marks.unclosed if o.pos not in positions]
    stray = [s for s in marks.stray if s not in positions]
    return _BlockMarks(pairs, unclosed, stray, marks.first, marks.count)


def _with_depth(pairs: list) -> list:
    pairs = sorted(pairs, key=lambda p: (p[0], -p[1]))
    out, ends = [], []
    for start, end, _ in pairs:
        ends = [e for e in ends if e > start]
        out.append((start, end, len(ends)))
        ends.append(end)
    return out


def _content(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and is_space(text[start]):
        start += 1
    while end > start and is_space(text[end - 1]):
        end -= 1
    return start, end


def find_marked_quotes(text: str, blocks: Sequence) -> list[MarkedQuote]:
    """Every outermost quotation in `text`, in order; a quote continued over paragraphs is one."""
    return list(_marked_quotes(text, tuple((b.start, b.end) for b in blocks)))


@functools.lru_cache(maxsize=4)
def _marked_quotes(text: str, spans: tuple[tuple[int, int], ...]) -> tuple[MarkedQuote, ...]:
    """One scan per document, though both the quote model and `target.marked_quotes` ask for it."""
    return tuple(_find_marked_quotes(text, [_Span(a, b) for a, b in spans]))


@dataclass(frozen=True, slots=True)
class _Span:
    """A stretch of text by its offsets."""

    start: int
    end: int


def _find_marked_quotes(text: str, blocks: Sequence) -> list[MarkedQuote]:
    scanned = [_repair_straight(text, b.start, b.end, _scan_block(text, b.start, b.end)) for b in blocks]
    quotes: list[MarkedQuote] = []
    pending: tuple[_Open, int, int] | None = None  # opener, its block, last block it covers
    for index, (block, marks) in enumerate(zip(blocks, scanned)):
        consumed_open = consumed_close = None
        if pending is not None:
            opener, first_block, last_block = pending
            first = marks.first
            if first and first[0] == "open" and first[1] == block.start and _continues(opener, text[first[1]]) \
                    and index == last_block + 1:
                consumed_open = first[1]
                pair = next((p for p in marks.pairs if p[0] == consumed_open), None)
                if pair is not None:
                    quotes.append(_quote(text, opener.pos, pair[1], first_block, index))
                    pending = None
                else:
                    pending = (opener, first_block, index)
            elif first and first[0] == "close" and first[1] in marks.stray and first[2] == opener.family:
                consumed_close = first[1]
                quotes.append(_quote(text, opener.pos, consumed_close, first_block, index))
                pending = None
            elif marks.count == 0 and index - last_block < LOOKAHEAD_BLOCKS:
                continue
            else:
                quotes.append(_unclosed(text, blocks, opener, first_block, last_block))
                pending = None
        for start, end, depth in marks.pairs:
            if depth == 0 and start != consumed_open:
                quotes.append(_quote(text, start, end, index, index))
        for pos in marks.stray:
            if pos != consumed_close:
                quotes.append(_stray(text, block, marks, pos, index))
        opened = [o for o in marks.unclosed if o.pos != consumed_open and o.family != SINGLE]
        if opened and pending is None and _top_level(opened[0].pos, marks.pairs):
            pending = (opened[0], index, index)
    if pending is not None:
        opener, first_block, last_block = pending
        quotes.append(_unclosed(text, blocks, opener, first_block, last_block))
    quotes = [q for q in quotes if q.end > q.start]
    quotes.sort(key=lambda q: (q.start, -q.end))
    return _outermost(quotes)


def _continues(opener: _Open, ch: str) -> bool:
    if opener.family == GUILLEMET:
        return ch in "«»"
    return FAMILY.get(ch) == opener.family


def _top_level(pos: int, pairs: list) -> bool:
    return not any(s < pos < e for s, e, _ in pairs)


def _quote(text: str, open_pos: int, close_pos: int, first_block: int, last_block: int) -> MarkedQuote:
    start, end = _content(text, open_pos + 1, close_pos)
    if end - start > 2 and text[start] in ".,;:" and text[start + 1] != text[start]:
        start, end = _content(text, start + 1, end)  # "cœur".François Hollande est venu me saluer".
    return MarkedQuote(start, end, open_pos, close_pos, first_block, last_block)


def _unclosed(text: str, blocks: Sequence, opener: _Open, first_block: int, last_block: int) -> MarkedQuote:
    start, end = _content(text, opener.pos + 1, blocks[last_block].end)
    return MarkedQuote(start, end, opener.pos, None, first_block, last_block, unbalanced=True)


def _stray(text: str, block, marks: _BlockMarks, pos: int, index: int) -> MarkedQuote:
    """A closing mark with no opening one: the quote runs from the last mark (or block start)."""
    begin = block.start
    for start, end, _ in marks.pairs:
        if end < pos:
            begin = max(begin, end + 1)
    for other in marks.stray:
        if other < pos:
            begin = max(begin, other + 1)
    start, end = _content(text, begin, pos)
    while start < end and text[start] in ".,;:!?—–-":
        start += 1
    start, end = _content(text, start, end)
    return MarkedQuote(start, end, None, pos, index, index, unbalanced=True)


def _outermost(quotes: list[MarkedQuote]) -> list[MarkedQuote]:
    out: list[MarkedQuote] = []
    for q in quotes:
        if out and q.start >= out[-1].start and q.end <= out[-1].end:
            continue
        out.append(q)
    return out
