"""Document model: raw file text, the clean text analysed, and the offset map between them."""
from __future__ import annotations

import bisect
import re
from array import array
from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class Block:
    """A paragraph-level unit of clean text: heading, paragraph, list item, quote, title."""

    kind: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Directive:
    """An inline suppression comment (`<!-- checker: ... -->`) found in the raw file."""

    action: str  # "ignore" (next block), "off", "on"
    codes: tuple[str, ...]  # empty: every rule
    raw_start: int
    raw_end: int
    clean_pos: int  # position in clean text where it takes effect


_COUNT = array("q")  # 0, 1, 2, …: a copied run's offsets are a slice of it (a copy of memory, not a loop)
_COUNT_LIMIT = 1 << 22  # past 4 M characters the offsets are counted one by one instead of kept


def _counting(start: int, end: int):
    """The offsets start, start + 1, …, end - 1, as an array slice or a range."""
    if end > len(_COUNT):
        if end > _COUNT_LIMIT:
            return range(start, end)
        _COUNT.extend(range(len(_COUNT), min(max(end, 2 * len(_COUNT)), _COUNT_LIMIT)))  # what a short text needs
    return _COUNT[start:end]


class TextBuilder:
    """Builds clean text piece by piece while recording where each character came from.

    Parsers walk the raw file forward, open blocks, and copy or replace raw runs;
    blocks are separated by a blank line in the clean text.
    """

    def __init__(self, raw: str):
        self.raw = raw
        self._parts: list[str] = []
        self._starts = array("q")
        self._ends = array("q")
        self._length = 0
        self._spans: list[tuple[str, int, int]] = []
        self.directives: list[Directive] = []
        self._kind: str | None = None
        self._block_start: int | None = None

    def __len__(self) -> int:
        return self._length

    def _emit(self, text: str, starts, ends) -> None:
        if self._kind is None:
            self.start_block("paragraph")
        if self._block_start is None:
            if self._length:
                anchor = self._ends[-1]
                self._append("\n\n", [anchor, anchor], [anchor, anchor])
            self._block_start = self._length
        self._append(text, starts, ends)

    def _append(self, text: str, starts, ends) -> None:
        self._parts.append(text)
        self._starts.extend(starts)
        self._ends.extend(ends)
        self._length += len(text)

    def copy(self, raw_start: int, raw_end: int) -> None:
        """Append raw[raw_start:raw_end] verbatim."""
        if raw_end > raw_start:
            self._emit(self.raw[raw_start:raw_end], _counting(raw_start, raw_end),
                       _counting(raw_start + 1, raw_end + 1))

    def replace(self, text: str, raw_start: int, raw_end: int) -> None:
        """Append `text` standing for raw[raw_start:raw_end] (an entity, an escape, a soft break)."""
        if text:
            self._emit(text, [raw_start] * len(text), [raw_end] * len(text))

    def start_block(self, kind: str) -> None:
        """Close the open block and open a new one; it is kept only if text is added to it."""
        self.end_block()
        self._kind = kind

    def end_block(self) -> None:
        if self._kind is not None and self._block_start is not None:
            self._spans.append((self._kind, self._block_start, self._length))
        self._kind = None
        self._block_start = None

    @property
    def in_block(self) -> bool:
        return self._kind is not None

    def directive(self, action: str, codes: tuple[str, ...], raw_start: int, raw_end: int) -> None:
        self.directives.append(Directive(action, codes, raw_start, raw_end, self._length))

    def build(self, path: str | None = None, fmt: str = "text", **extra) -> "Document":
        self.end_block()
        text = "".join(self._parts)
        blocks = []
        for kind, start, end in self._spans:
            while start < end and text[start].isspace():
                start += 1
            while end > start and text[end - 1].isspace():
                end -= 1
            if end > start:
                blocks.append(Block(kind, start, end))
        return Document(
            raw=self.raw, text=text, blocks=tuple(blocks),
            directives=tuple(self.directives), path=path, fmt=fmt,
            _starts=self._starts, _ends=self._ends, **extra,
        )


_NEWLINE_RE = re.compile("\n")


@dataclass(eq=False)
class Document:
    """A parsed file: `raw` as read, `text` as analysed, blocks, and the map from text to raw."""

    raw: str
    text: str
    blocks: tuple[Block, ...]
    directives: tuple[Directive, ...] = ()
    path: str | None = None
    fmt: str = "text"
    lang: str = "en"
    front_matter: dict = field(default_factory=dict)
    _starts: array = field(default_factory=lambda: array("q"), repr=False)
    _ends: array = field(default_factory=lambda: array("q"), repr=False)
    _line_starts: list[int] | None = field(default=None, repr=False)

    def raw_span(self, start: int, end: int) -> tuple[int, int]:
        """Map a clean-text span to the raw-file span that produced it."""
        n = len(self.text)
        if not 0 <= start <= end <= n:
            raise ValueError(f"span {start}:{end} outside text of length {n}")
        if start == end:
            if start < n:
                pos = self._starts[start]
            elif n:
                pos = self._ends[n - 1]
            else:
                pos = 0
            return pos, pos
        raw_start = self._starts[start]
        raw_end = max(self._ends[end - 1], raw_start)
        return raw_start, raw_end

    def clean_pos(self, raw_pos: int) -> int:
        """The first clean-text position whose raw origin is at or after `raw_pos`."""
        return bisect.bisect_left(self._starts, raw_pos)

    def line_col(self, raw_pos: int) -> tuple[int, int]:
        """1-based line and column of a raw offset (column counts code points)."""
        if self._line_starts is None:
            self._line_starts = [0] + [m.end() for m in _NEWLINE_RE.finditer(self.raw)]
        line = bisect.bisect_right(self._line_starts, raw_pos) - 1
        return line + 1, raw_pos - self._line_starts[line] + 1

    def block_at(self, pos: int) -> int | None:
        """Index of the block containing clean position `pos`, or None."""
        starts = [b.start for b in self.blocks]
        i = bisect.bisect_right(starts, pos) - 1
        if i >= 0 and self.blocks[i].start <= pos <= self.blocks[i].end:
            return i
        return None
