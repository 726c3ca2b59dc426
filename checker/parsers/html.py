"""HTML: the text of the body and the <title>, with exact offsets; scripts, styles and code skipped."""
from __future__ import annotations

import bisect
import html
import re
from html.entities import html5 as html5_entities
from html.parser import HTMLParser

from ..document import Document, TextBuilder
from .directives import DIRECTIVE_RE, parse_directive

# Named entities with or without `;` (legacy ones), decimal and hexadecimal references.
ENTITY_RE = re.compile(r"&(?:#[0-9]+;?|#[xX][0-9a-fA-F]+;?|[A-Za-z][A-Za-z0-9]*;?)")

VOID_TAGS = frozenset("area base br col embed hr img input link meta param source track wbr".split())
# Elements whose content is not prose to check.
SKIP_TAGS = frozenset("script style noscript template svg math code pre iframe object canvas textarea select".split())
HEAD_TAGS = frozenset("title meta link style script base noscript template".split())
KIND_OF_TAG = {
    **{f"h{n}": "heading" for n in range(1, 7)},
    "li": "list_item", "dt": "list_item", "dd": "list_item",
    "blockquote": "blockquote", "td": "table_cell", "th": "table_cell", "title": "title",
}
BLOCK_TAGS = frozenset(KIND_OF_TAG) | frozenset(
    "p div section article header footer main aside nav address figure figcaption details summary "
    "form fieldset legend ul ol dl menu table caption thead tbody tfoot tr hr pre body html center "
    "hgroup dialog option".split()
)
# Start tag -> (open elements it closes implicitly, elements that stop the search).
IMPLIED_END = {
    "p": ({"p"}, BLOCK_TAGS - {"p"}),
    "li": ({"li"}, {"ul", "ol", "menu"}),
    "dt": ({"dt", "dd"}, {"dl"}),
    "dd": ({"dt", "dd"}, {"dl"}),
    "td": ({"td", "th"}, {"tr", "table"}),
    "th": ({"td", "th"}, {"tr", "table"}),
    "tr": ({"tr", "td", "th"}, {"table"}),
    "option": ({"option"}, {"select"}),
}


class Segments:
    """Raw ranges joined by newlines into one string, with the map back to raw offsets.

    Markdown strips container prefixes (`> `, list indents) from each line; the newline
    joining two ranges stands for everything skipped between them and is emitted as a space.
    """

    def __init__(self, raw: str, ranges: list[tuple[int, int]]):
        self.raw = raw
        self.ranges = ranges
        self._local: list[int] = []
        parts, pos = [], 0
        for index, (start, end) in enumerate(ranges):
            if index:
                parts.append("\n")
                pos += 1
            self._local.append(pos)
            parts.append(raw[start:end])
            pos += end - start
        self.text = "".join(parts)

    def _locate(self, k: int) -> tuple[int, int]:
        index = bisect.bisect_right(self._local, k) - 1
        return index, k - self._local[index]

    def raw_start(self, k: int) -> int:
        if not self.ranges:
            return 0
        if k >= len(self.text):
            return self.ranges[-1][1]
        index, offset = self._locate(k)
        start, end = self.ranges[index]
        return start + offset if offset < end - start else end

    def raw_end(self, k: int) -> int:
        """Raw end of local character k."""
        index, offset = self._locate(k)
        start, end = self.ranges[index]
        return start + offset + 1 if offset < end - start else self.ranges[index + 1][0]

    def raw_span(self, i: int, j: int) -> tuple[int, int]:
        if j <= i:
            pos = self.raw_start(i)
            return pos, pos
        return self.raw_start(i), self.raw_end(j - 1)

    def emit(self, builder: TextBuilder, i: int, j: int) -> None:
        """Copy local text[i:j] to the builder; joiners become spaces."""
        k = i
        while k < j:
            index, offset = self._locate(k)
            start, end = self.ranges[index]
            length = end - start
            if offset < length:
                stop = min(j - k, length - offset)
                builder.copy(start + offset, start + offset + stop)
                k += stop
            else:
                builder.replace(" ", end, self.ranges[index + 1][0])
                k += 1

    def emit_decoded(self, builder: TextBuilder, i: int, j: int) -> None:
        """Like emit, with HTML entities decoded."""
        pos = i
        for match in ENTITY_RE.finditer(self.text, i, j):
            entity = decode_entity(match.group())
            if entity is None:
                continue
            decoded, length = entity
            self.emit(builder, pos, match.start())
            builder.replace(decoded, *self.raw_span(match.start(), match.start() + length))
            pos = match.start() + length
        self.emit(builder, pos, j)


def decode_entity(reference: str) -> tuple[str, int] | None:
    """(text, characters used) for a character reference, or None when it is not one.

    As browsers do, a legacy entity may lack its `;` and run into letters (`&ampfoo` is `&` + `foo`).
    """
    if reference.startswith("&#"):
        decoded = html.unescape(reference)
        return (decoded, len(reference)) if decoded != reference else None
    name = reference[1:]
    if name.endswith(";") and name in html5_entities:
        return html5_entities[name], len(reference)
    name = name.rstrip(";")
    for length in range(len(name), 1, -1):
        if name[:length] in html5_entities:  # legacy names are listed without `;`
            return html5_entities[name[:length]], length + 1
    return None


class _Walker(HTMLParser):
    """Feeds HTML events into a TextBuilder; positions come from getpos() over the fed text."""

    def __init__(self, builder: TextBuilder, segments: Segments, base_kind: str):
        super().__init__(convert_charrefs=False)
        self.builder = builder
        self.segments = segments
        self.base_kind = base_kind
        text = segments.text
        self.line_starts = [0] + [m.end() for m in re.finditer("\n", text)]
        # `&` is hidden from HTMLParser, whose entity handling can swallow the rest of a
        # malformed file; entities are decoded from the original text instead. A `<` after the
        # last `>` cannot open markup and would only make HTMLParser rescan to the end each time.
        fed = text.replace("&", "\x00")
        last_gt = fed.rfind(">") + 1
        self.fed = fed[:last_gt] + fed[last_gt:].replace("<", "\x00")
        self.stack: list[str] = []
        self.skipping = 0
        self.in_head = 0
        self.in_title = 0
        self.has_text = False

    def run(self) -> None:
        self.builder.start_block(self.base_kind)
        try:
            self.feed(self.fed)
            self.close()
        except AssertionError:  # HTMLParser's "we should not get here" on some malformed tags
            pass
        self.builder.end_block()

    def _position(self) -> int:
        line, column = self.getpos()
        return self.line_starts[line - 1] + column

    def _hidden(self) -> bool:
        return self.skipping > 0 or (self.in_head > 0 and self.in_title == 0)

    def _kind(self) -> str:
        for tag in reversed(self.stack):
            if tag in KIND_OF_TAG:
                return KIND_OF_TAG[tag]
        return self.base_kind

    def _boundary(self) -> None:
        self.builder.start_block(self._kind())
        self.has_text = False

    def _push(self, tag: str) -> None:
        self.stack.append(tag)
        self.skipping += tag in SKIP_TAGS
        self.in_head += tag == "head"
        self.in_title += tag == "title"

    def _pop_to(self, index: int) -> bool:
        """Close stack[index:]; True when a block element was closed."""
        closed = self.stack[index:]
        del self.stack[index:]
        for tag in closed:
            self.skipping -= tag in SKIP_TAGS
            self.in_head -= tag == "head"
            self.in_title -= tag == "title"
        return any(tag in BLOCK_TAGS for tag in closed)

    def _find_open(self, targets, barriers) -> int | None:
        for index in range(len(self.stack) - 1, -1, -1):
            tag = self.stack[index]
            if tag in targets:
                return index
            if tag in barriers:
                return None
        return None

    def handle_starttag(self, tag: str, attrs) -> None:
        start = self._position()
        if self.in_head and tag not in HEAD_TAGS:
            index = self._find_open({"head"}, ())
            if index is not None:
                self._pop_to(index)
        if tag in IMPLIED_END:
            index = self._find_open(*IMPLIED_END[tag])
            if index is not None:
                self._pop_to(index)
        if tag in VOID_TAGS:
            if tag == "br" and self.has_text and not self._hidden():
                end = start + len(self.get_starttag_text() or "")
                self.builder.replace(" ", *self.segments.raw_span(start, end))
            elif tag == "hr":
                self._boundary()
            return
        self._push(tag)
        if tag in BLOCK_TAGS:
            self._boundary()

    def handle_endtag(self, tag: str) -> None:
        if tag not in self.stack:
            return
        index = len(self.stack) - 1 - self.stack[::-1].index(tag)
        if self._pop_to(index):
            self._boundary()

    def handle_data(self, data: str) -> None:
        if self._hidden():
            return
        start = self._position()
        end = start + len(data)
        if self.fed[start:end] != data:
            return
        text = self.segments.text
        if not self.has_text:
            while start < end and text[start].isspace():
                start += 1
            if start == end:
                return
        self.segments.emit_decoded(self.builder, start, end)
        self.has_text = True

    def handle_comment(self, data: str) -> None:
        start = self._position()
        match = DIRECTIVE_RE.match(self.segments.text, start)
        if match and match.end() == start + len(data) + 7:
            directive = parse_directive(match)
            if directive:
                self.builder.directive(*directive, *self.segments.raw_span(match.start(), match.end()))


def extract_html(builder: TextBuilder, segments: Segments, base_kind: str = "paragraph") -> None:
    """Append the prose of an HTML fragment to `builder`, one block per block element."""
    _Walker(builder, segments, base_kind).run()


def parse_html(raw: str, path: str | None = None) -> Document:
    builder = TextBuilder(raw)
    start = 1 if raw.startswith("\ufeff") else 0
    extract_html(builder, Segments(raw, [(start, len(raw))]))
    return builder.build(path, "html")
