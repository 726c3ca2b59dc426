"""Markdown (CommonMark, GFM tables, YAML/TOML front matter, Hugo shortcodes): prose with exact offsets."""
from __future__ import annotations

import bisect
import html
import re
import string
import tomllib
import unicodedata
from dataclasses import dataclass, field

import yaml

from ..document import Document, TextBuilder
from .directives import DIRECTIVE_RE, parse_directive
from .html import Segments, extract_html

NEWLINE_RE = re.compile(r"\r\n|\n|\r")
YAML_OPEN_RE = re.compile(r"---[ \t]*(?:\r\n|\n|\r)")
YAML_CLOSE_RE = re.compile(r"^(?:---|\.\.\.)[ \t]*(?:\r\n|\n|\r|$)", re.M)
TOML_OPEN_RE = re.compile(r"\+\+\+[ \t]*(?:\r\n|\n|\r)")
TOML_CLOSE_RE = re.compile(r"^\+\+\+[ \t]*(?:\r\n|\n|\r|$)", re.M)
TITLE_LINE_RE = re.compile(r"^title[ \t]*[:=][ \t]*(?P<value>.*?)[ \t]*\r?$", re.M)

FENCE_RE = re.compile(r"(`{3,}|~{3,})([^\r\n]*)$")
ATX_RE = re.compile(r"#{1,6}(?:[ \t]+|$)")
ATX_CLOSE_RE = re.compile(r"(?:^|[ \t]+)#+[ \t]*$")
SETEXT_RE = re.compile(r"(?:=+|-+)[ \t]*$")
THEMATIC_RE = re.compile(r"(?:(?:\*[ \t]*){3,}|(?:-[ \t]*){3,}|(?:_[ \t]*){3,})$")
BULLET_RE = re.compile(r"([-+*])(?=[ \t]|$)")
ORDERED_RE = re.compile(r"(\d{1,9})[.)](?=[ \t]|$)")
REF_DEF_RE = re.compile(
    r"\[(?P<label>(?:[^\\\[\]]|\\.){1,999})\]:[ \t]*(?:<[^<>\r\n]*>|\S+)"
    r"(?:[ \t]+(?:\"[^\"]*\"|'[^']*'|\([^()]*\)))?[ \t]*$"
)
FOOTNOTE_DEF_RE = re.compile(r"\[\^[^\]\s]+\]:[ \t]*")
TABLE_DELIM_RE = re.compile(r"\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$")
PIPE_RE = re.compile(r"(?<!\\)\|")

_ATTRS = r"""(?:\s+[A-Za-z_:][A-Za-z0-9_.:-]*(?:\s*=\s*(?:[^\s"'=<>`]+|'[^']*'|"[^"]*"))?)*"""
OPEN_TAG = r"<[A-Za-z][A-Za-z0-9-]*" + _ATTRS + r"\s*/?>"
CLOSE_TAG = r"</[A-Za-z][A-Za-z0-9-]*\s*>"
BLOCK_HTML_NAMES = (
    "address|article|aside|base|basefont|blockquote|body|caption|center|col|colgroup|dd|details|"
    "dialog|dir|div|dl|dt|fieldset|figcaption|figure|footer|form|frame|frameset|h[1-6]|head|"
    "header|hr|html|iframe|legend|li|link|main|menu|menuitem|nav|noframes|ol|optgroup|option|p|"
    "param|search|section|summary|table|tbody|td|tfoot|th|thead|title|tr|track|ul"
)
# CommonMark HTML block start conditions with their end patterns (None: a blank line ends it).
HTML_BLOCKS = (
    (re.compile(r"<(?:script|pre|style|textarea)(?:\s|>|$)", re.I),
     re.compile(r"</(?:script|pre|style|textarea)>", re.I)),
    (re.compile(r"<!--"), re.compile(r"-->")),
    (re.compile(r"<\?"), re.compile(r"\?>")),
    (re.compile(r"<![A-Za-z]"), re.compile(r">")),
    (re.compile(r"<!\[CDATA\["), re.compile(r"\]\]>")),
    (re.compile(r"</?(?:" + BLOCK_HTML_NAMES + r")(?:\s|/?>|$)", re.I), None),
)
HTML_BLOCK_7 = re.compile(r"(?:" + OPEN_TAG + "|" + CLOSE_TAG + r")[ \t]*$")

INLINE_SPECIAL_RE = re.compile(r"[\\`<&\[!*_~{]")
BACKTICKS_RE = re.compile(r"`+")
DEST_PLAIN_RE = re.compile(r"[^\s()\\\x00-\x1f]+")
BRACKET_RE = re.compile(r"\\.|[\[\]]", re.S)
INLINE_TAG_RE = re.compile(OPEN_TAG + "|" + CLOSE_TAG + r"|<![A-Za-z][^>]*>")
PROCESSING_RE = re.compile(r"<\?.*?\?>", re.S)
CDATA_RE = re.compile(r"<!\[CDATA\[.*?\]\]>", re.S)
AUTOLINK_RE = re.compile(
    r"<[A-Za-z][A-Za-z0-9.+-]{1,31}:[^\s<>]*>"
    r"|<[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
    r"(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*>"
)
ENTITY_RE = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
SHORTCODE_RE = re.compile(r"\{\{[<%].*?[%>]\}\}", re.S)
# Hugo's code shortcodes enclose code, skipped like a fence: {{< highlight go >}} ... {{< /highlight >}}
CODE_SHORTCODE_RE = re.compile(r"\{\{[<%]\s*(?:highlight|code)\b[^\r\n]*?[%>]\}\}")
CODE_SHORTCODE_END_RE = re.compile(r"\{\{[<%]\s*/(?:highlight|code)\s*[%>]\}\}")
FOOTNOTE_REF_RE = re.compile(r"\[\^[^\]\s]+\]")
ASCII_PUNCT = frozenset(string.punctuation)
MAX_LINK_DEPTH = 16
MAX_DESTINATION = 4096  # longer link destinations are read as text (bounds the work on garbage)


def parse_markdown(raw: str, path: str | None = None) -> Document:
    builder = TextBuilder(raw)
    start = 1 if raw.startswith("\ufeff") else 0
    front_matter, body = _front_matter(raw, start, builder)
    blocks = _BlockParser(raw)
    blocks.run(body)
    for item in blocks.out:
        _emit_item(builder, raw, item, blocks.refs)
    return builder.build(path, "markdown", front_matter=front_matter)


# --- front matter ---------------------------------------------------------------------------

def _front_matter(raw: str, start: int, builder: TextBuilder) -> tuple[dict, int]:
    """Parse YAML (`---`) or TOML (`+++`) front matter; emit its title as a "title" block."""
    for open_re, close_re, load in ((YAML_OPEN_RE, YAML_CLOSE_RE, yaml.safe_load),
                                    (TOML_OPEN_RE, TOML_CLOSE_RE, tomllib.loads)):
        opening = open_re.match(raw, start)
        if not opening:
            continue
        closing = close_re.search(raw, opening.end())
        if not closing:
            return {}, start
        try:
            data = load(raw[opening.end():closing.start()])
        except Exception:  # malformed front matter is skipped, never fatal
            data = None
        if data is not None and not isinstance(data, dict):
            return {}, start  # prose between two rules, not front matter
        data = data or {}
        _emit_title(builder, raw, opening.end(), closing.start(), data.get("title"))
        return data, closing.end()
    return {}, start


def _emit_title(builder: TextBuilder, raw: str, start: int, end: int, title) -> None:
    if not isinstance(title, str) or not title.strip():
        return
    line = TITLE_LINE_RE.search(raw, start, end)
    if not line or not line.group("value"):
        return
    value_start, value_end = line.span("value")
    value = line.group("value")
    if value[0] in "\"'" and len(value) > 1 and value[-1] == value[0]:
        value_start, value_end, value = value_start + 1, value_end - 1, value[1:-1]
    elif value[0] in "|>":  # block scalar: the text is on the following lines
        return
    builder.start_block("title")
    if value.startswith(title):
        builder.copy(value_start, value_start + len(title))
    else:  # escapes in a quoted string
        builder.replace(title, value_start, value_end)
    builder.end_block()


# --- blocks ---------------------------------------------------------------------------------

@dataclass(slots=True)
class _Container:
    kind: str  # "quote" or "item"
    indent: int = 0  # columns of content, for list items


@dataclass(slots=True)
class _Leaf:
    kind: str  # "para", "fence", "code", "html", "table"
    block_kind: str = "paragraph"
    ranges: list = field(default_factory=list)
    rows: list = field(default_factory=list)  # table: list of cell ranges per row
    fence: str = ""
    end_re: re.Pattern | None = None


class _BlockParser:
    """Line-by-line block structure (containers and leaves), after CommonMark's algorithm."""

    def __init__(self, raw: str):
        self.raw = raw
        self.containers: list[_Container] = []
        self.leaf: _Leaf | None = None
        self.out: list[tuple] = []
        self.refs: set[str] = set()

    def run(self, start: int) -> None:
        raw = self.raw
        pos = start
        while pos < len(raw):
            newline = NEWLINE_RE.search(raw, pos)
            end, next_pos = (newline.start(), newline.end()) if newline else (len(raw), len(raw))
            self.line(pos, end)
            pos = next_pos
        self.close_leaf()

    # helpers on raw[pos:end]
    def _skip_ws(self, pos: int, end: int) -> tuple[int, int]:
        columns = 0
        while pos < end and self.raw[pos] in " \t":
            columns += 4 if self.raw[pos] == "\t" else 1
            pos += 1
        return pos, columns

    def _consume(self, pos: int, end: int, columns: int) -> int:
        taken = 0
        while taken < columns and pos < end and self.raw[pos] in " \t":
            taken += 4 if self.raw[pos] == "\t" else 1
            pos += 1
        return pos

    def _block_kind(self) -> str:
        """Kind of a paragraph opened now: that of the innermost container."""
        if not self.containers:
            return "paragraph"
        return "blockquote" if self.containers[-1].kind == "quote" else "list_item"

    def close_leaf(self) -> None:
        leaf, self.leaf = self.leaf, None
        if leaf is None:
            return
        if leaf.kind == "para" and leaf.ranges:
            self.out.append(("text", leaf.block_kind, leaf.ranges))
        elif leaf.kind == "html" and leaf.ranges:
            self.out.append(("html", leaf.block_kind, leaf.ranges))
        elif leaf.kind == "table":
            for row in leaf.rows:
                for cell in row:
                    self.out.append(("text", "table_cell", [cell]))

    def _close_containers(self, keep: int) -> None:
        if keep < len(self.containers):
            self.close_leaf()
            del self.containers[keep:]

    def _list_marker(self, pos: int, end: int, interrupting: bool = False):
        match = BULLET_RE.match(self.raw, pos, end) or ORDERED_RE.match(self.raw, pos, end)
        if not match:
            return None
        after, spaces = self._skip_ws(match.end(), end)
        blank = after >= end
        if interrupting and (blank or (match.re is ORDERED_RE and int(match.group(1)) != 1)):
            return None  # cannot interrupt a paragraph
        if blank or spaces > 4:
            spaces = 1
            after = min(match.end() + 1, end)
        return match, after, spaces

    def line(self, start: int, end: int) -> None:
        raw = self.raw
        pos, matched = start, 0
        for container in self.containers:
            if container.kind == "quote":
                marker, columns = self._skip_ws(pos, end)
                if columns > 3 or marker >= end or raw[marker] != ">":
                    break
                pos = marker + 1
                if pos < end and raw[pos] in " \t":
                    pos += 1
            else:
                first, columns = self._skip_ws(pos, end)
                if first < end:
                    if columns < container.indent:
                        break
                    pos = self._consume(pos, end, container.indent)
            matched += 1
        all_matched = matched == len(self.containers)

        leaf = self.leaf
        if leaf is not None and leaf.kind == "html" and all_matched:
            self._leaf_line(pos, end)  # an HTML block takes its lines as they are
            return
        if leaf is not None and leaf.kind == "fence":
            if all_matched:
                first, columns = self._skip_ws(pos, end)
                if leaf.end_re is not None:
                    closing = leaf.end_re.search(raw, first, end)
                else:
                    closing = columns <= 3 and re.match(
                        re.escape(leaf.fence[0]) + "{%d,}[ \t]*$" % len(leaf.fence), raw[first:end])
                if closing:
                    self.leaf = None
                return
            self._close_containers(matched)

        # new containers
        opened = False
        while True:
            first, columns = self._skip_ws(pos, end)
            if columns > 3 or first >= end:
                break
            if raw[first] == ">":
                if not opened:
                    self._close_containers(matched)
                    self.close_leaf()
                    opened = True
                self.containers.append(_Container("quote"))
                pos = first + 1
                if pos < end and raw[pos] in " \t":
                    pos += 1
                continue
            if THEMATIC_RE.match(raw, first, end):
                break
            interrupting = all_matched and not opened and self.leaf is not None and self.leaf.kind == "para"
            marker = self._list_marker(first, end, interrupting)
            if marker is None:
                break
            match, after, spaces = marker
            if not opened:
                self._close_containers(matched)
                self.close_leaf()
                opened = True
            indent = columns + (match.end() - match.start()) + spaces
            self.containers.append(_Container("item", indent))
            pos = after
        if opened:
            all_matched = True

        if not all_matched:
            if self._lazy_continuation(pos, end):
                return
            self._close_containers(matched)
        self._leaf_line(pos, end)

    def _starts_block(self, pos: int, end: int) -> bool:
        first, columns = self._skip_ws(pos, end)
        if first >= end:
            return True
        if columns > 3:
            return False
        raw = self.raw
        return bool(
            raw[first] == ">" or FENCE_RE.match(raw, first, end) or ATX_RE.match(raw, first, end)
            or THEMATIC_RE.match(raw, first, end) or self._list_marker(first, end)
            or any(start_re.match(raw, first, end) for start_re, _ in HTML_BLOCKS)
        )

    def _lazy_continuation(self, pos: int, end: int) -> bool:
        leaf = self.leaf
        if leaf is None or leaf.kind != "para" or self._starts_block(pos, end):
            return False
        first, _ = self._skip_ws(pos, end)
        leaf.ranges.append((first, self._rstrip(first, end)))
        return True

    def _rstrip(self, start: int, end: int) -> int:
        while end > start and self.raw[end - 1] in " \t":
            end -= 1
        return end

    def _leaf_line(self, pos: int, end: int) -> None:
        raw = self.raw
        leaf = self.leaf
        first, columns = self._skip_ws(pos, end)
        blank = first >= end

        if leaf is not None and leaf.kind == "html":
            if leaf.end_re is None and blank:
                self.close_leaf()
                return
            leaf.ranges.append((pos, end))
            if leaf.end_re is not None and leaf.end_re.search(raw, pos, end):
                self.close_leaf()
            return
        if blank:
            self.close_leaf()
            return
        if columns >= 4:
            if leaf is not None and leaf.kind == "para":
                leaf.ranges.append((first, self._rstrip(first, end)))
            elif leaf is None or leaf.kind != "code":
                self.close_leaf()
                self.leaf = _Leaf("code")
            return
        fence = FENCE_RE.match(raw, first, end)
        if fence and not (fence.group(1)[0] == "`" and "`" in fence.group(2)):
            self.close_leaf()
            self.leaf = _Leaf("fence", fence=fence.group(1))
            return
        shortcode = CODE_SHORTCODE_RE.match(raw, first, end)
        if shortcode and not CODE_SHORTCODE_END_RE.search(raw, shortcode.end(), end):
            self.close_leaf()
            self.leaf = _Leaf("fence", end_re=CODE_SHORTCODE_END_RE)
            return
        if ATX_RE.match(raw, first, end):
            self.close_leaf()
            self._heading(first, end)
            return
        if leaf is not None and leaf.kind == "para" and SETEXT_RE.match(raw, first, end):
            self.leaf = None
            self.out.append(("text", "heading", leaf.ranges))
            return
        if THEMATIC_RE.match(raw, first, end):
            self.close_leaf()
            return
        if self._html_block(first, end, pos):
            return
        if leaf is not None and leaf.kind == "para" and self._table_start(first, end):
            return
        if leaf is not None and leaf.kind == "table":
            leaf.rows.append(self._cells(first, self._rstrip(first, end)))
            return
        if leaf is None or leaf.kind != "para":
            self.close_leaf()
            definition = REF_DEF_RE.match(raw, first, end)
            if definition and definition.group("label").strip():
                if not definition.group("label").startswith("^"):
                    self.refs.add(normalize_label(definition.group("label")))
                    return
            footnote = FOOTNOTE_DEF_RE.match(raw, first, end)
            if footnote:
                first = footnote.end()
            self.leaf = _Leaf("para", self._block_kind())
        self.leaf.ranges.append((first, self._rstrip(first, end)))

    def _heading(self, first: int, end: int) -> None:
        raw = self.raw
        opening = ATX_RE.match(raw, first, end)
        start = opening.end()
        stop = self._rstrip(start, end)
        closing = ATX_CLOSE_RE.search(raw[start:stop])
        if closing:
            stop = start + closing.start()
        if stop > start:
            self.out.append(("text", "heading", [(start, stop)]))

    def _html_block(self, first: int, end: int, pos: int) -> bool:
        raw = self.raw
        for start_re, end_re in HTML_BLOCKS:
            if start_re.match(raw, first, end):
                break
        else:
            if (self.leaf is not None and self.leaf.kind == "para") or not HTML_BLOCK_7.match(raw, first, end):
                return False
            end_re = None
        self.close_leaf()
        self.leaf = _Leaf("html", self._block_kind(), ranges=[(pos, end)])
        if end_re is not None and end_re.search(raw, first + 2, end):
            self.close_leaf()
        return True

    def _table_start(self, first: int, end: int) -> bool:
        leaf = self.leaf
        raw = self.raw
        if "|" not in raw[first:end] or not TABLE_DELIM_RE.match(raw, first, end):
            return False
        header = leaf.ranges[-1]
        header_cells = self._cells(*header)
        if len(header_cells) != len(self._cells(first, self._rstrip(first, end))):
            return False
        if not PIPE_RE.search(raw, *header):
            return False
        leaf.ranges.pop()
        self.close_leaf()
        self.leaf = _Leaf("table", rows=[header_cells])
        return True

    def _cells(self, start: int, end: int) -> list[tuple[int, int]]:
        raw = self.raw
        if start < end and raw[start] == "|":
            start += 1
        if end > start and raw[end - 1] == "|" and raw[end - 2:end - 1] != "\\":
            end -= 1
        cells, pos = [], start
        for pipe in PIPE_RE.finditer(raw, start, end):
            cells.append(self._strip(pos, pipe.start()))
            pos = pipe.end()
        cells.append(self._strip(pos, end))
        return cells

    def _strip(self, start: int, end: int) -> tuple[int, int]:
        while start < end and self.raw[start] in " \t":
            start += 1
        return start, self._rstrip(start, end)


def normalize_label(label: str) -> str:
    return " ".join(label.split()).casefold()


# --- inlines --------------------------------------------------------------------------------

@dataclass(slots=True)
class _Delim:
    char: str
    start: int
    end: int
    can_open: bool
    can_close: bool
    left_used: int = 0  # characters consumed as a closer
    right_used: int = 0  # characters consumed as an opener

    @property
    def remaining(self) -> int:
        return self.end - self.start - self.left_used - self.right_used


def _bracket_pairs(text: str) -> dict[int, int]:
    """Position of the matching `]` for each `[` that has one; escaped brackets do not count."""
    pairs, open_at = {}, []
    pos = 0
    while True:
        found = BRACKET_RE.search(text, pos)
        if not found:
            return pairs
        pos = found.end()
        if found.group() == "[":
            open_at.append(found.start())
        elif found.group() == "]" and open_at:
            pairs[open_at.pop()] = found.start()


def _is_punct(char: str) -> bool:
    return char in ASCII_PUNCT or unicodedata.category(char)[0] in "PS"


class _Inline:
    """Inline parser over one block's text; produces copy/replace/directive operations."""

    def __init__(self, text: str, refs: set[str]):
        self.text = text
        self.refs = refs
        self.depth = 0
        # Precomputed so that unclosed constructs cost no rescans: bracket pairs, backtick runs
        # by length, and the last position of each closing token.
        self.brackets = _bracket_pairs(text)
        self.tick_runs: dict[int, list[int]] = {}
        for run in BACKTICKS_RE.finditer(text):
            self.tick_runs.setdefault(len(run.group()), []).append(run.start())
        self.last = {token: text.rfind(token) for token in (">", "-->", "?>", "]]>", ">}}", "%}}")}

    def parse(self, lo: int, hi: int) -> list[tuple]:
        text = self.text
        nodes: list = []
        pos = plain = lo
        while True:
            special = INLINE_SPECIAL_RE.search(text, pos, hi)
            if not special:
                break
            pos = special.start()
            result = self._construct(pos, hi)
            if result is None:
                pos += 1
                continue
            if pos > plain:
                nodes.append(("copy", plain, pos))
            made, pos = result
            nodes.extend(made)
            plain = pos
        if hi > plain:
            nodes.append(("copy", plain, hi))
        return _resolve_emphasis(nodes)

    def _construct(self, i: int, hi: int):
        """(nodes, end) for the construct at i, or None when the character is literal."""
        text = self.text
        char = text[i]
        nxt = text[i + 1] if i + 1 < hi else ""
        if char == "\\":
            if nxt and nxt in ASCII_PUNCT:
                return [("copy", i + 1, i + 2)], i + 2
            if nxt == "\n":  # hard line break
                return [], i + 1
            return None
        if char == "`":
            run = BACKTICKS_RE.match(text, i, hi)
            length = len(run.group())
            starts = self.tick_runs.get(length, [])
            index = bisect.bisect_left(starts, run.end())
            if index < len(starts) and starts[index] + length <= hi:
                return [], starts[index] + length
            return [("copy", i, run.end())], run.end()
        if char == "<":
            return self._angle(i, hi)
        if char == "&":
            entity = ENTITY_RE.match(text, i, hi)
            if entity:
                decoded = html.unescape(entity.group())
                if decoded != entity.group():
                    return [("replace", decoded, i, entity.end())], entity.end()
            return None
        if char == "!":
            if nxt == "[" and self.depth < MAX_LINK_DEPTH:
                link = self._link(i + 1, hi)
                if link:
                    return [], link[2]
            return None
        if char == "[":
            footnote = FOOTNOTE_REF_RE.match(text, i, hi)
            if footnote:
                return [], footnote.end()
            if self.depth >= MAX_LINK_DEPTH:
                return None
            link = self._link(i, hi)
            if link is None:
                return None
            self.depth += 1
            try:
                inner = self.parse(link[0], link[1])
            finally:
                self.depth -= 1
            return inner, link[2]
        if char in "*_~":
            return self._delimiter(i, hi)
        if char == "{":
            if max(self.last[">}}"], self.last["%}}"]) < i:
                return None
            shortcode = SHORTCODE_RE.match(text, i, hi)
            return ([], shortcode.end()) if shortcode else None
        return None

    def _angle(self, i: int, hi: int):
        text = self.text
        if self.last[">"] < i:
            return None
        if text.startswith("<!--", i):
            close = text.find("-->", i + 4, hi) if self.last["-->"] >= i + 4 else -1
            if close < 0:
                return None
            end = close + 3
            match = DIRECTIVE_RE.match(text, i, hi)
            if match and match.end() == end:
                directive = parse_directive(match)
                if directive:
                    return [("directive", *directive, i, end)], end
            return [], end
        autolink = AUTOLINK_RE.match(text, i, hi)
        if autolink:
            return [], autolink.end()
        if text.startswith("<?", i):
            tag = PROCESSING_RE.match(text, i, hi) if self.last["?>"] > i else None
        elif text.startswith("<![CDATA[", i):
            tag = CDATA_RE.match(text, i, hi) if self.last["]]>"] > i else None
        else:
            tag = INLINE_TAG_RE.match(text, i, hi)
        if tag:
            if re.match(r"<br\b", tag.group(), re.I):
                return [("replace", " ", i, tag.end())], tag.end()
            return [], tag.end()
        return None

    def _delimiter(self, i: int, hi: int):
        text = self.text
        char = text[i]
        end = i
        while end < hi and text[end] == char:
            end += 1
        if char == "~" and end - i != 2:
            return [("copy", i, end)], end
        before = text[i - 1] if i > 0 else "\n"
        after = text[end] if end < len(text) else "\n"
        left = not after.isspace() and (not _is_punct(after) or before.isspace() or _is_punct(before))
        right = not before.isspace() and (not _is_punct(before) or after.isspace() or _is_punct(after))
        if char == "_":
            can_open = left and (not right or _is_punct(before))
            can_close = right and (not left or _is_punct(after))
        else:
            can_open, can_close = left, right
        return [_Delim(char, i, end, can_open, can_close)], end

    def _link(self, i: int, hi: int) -> tuple[int, int, int] | None:
        """(text start, text end, construct end) of a link whose `[` is at i."""
        text = self.text
        close = self._bracket_end(i, hi)
        if close < 0:
            return None
        after = close + 1
        if after < hi and text[after] == "(":
            end = self._destination(after, hi)
            if end > 0:
                return i + 1, close, end
        label = text[i + 1:close]
        if after < hi and text[after] == "[":
            label_end = text.find("]", after + 1, hi)
            if label_end >= 0 and "[" not in text[after + 1:label_end]:
                label = text[after + 1:label_end] or label
                if normalize_label(label) in self.refs:
                    return i + 1, close, label_end + 1
                return None
        if normalize_label(label) in self.refs:
            return i + 1, close, after
        return None

    def _bracket_end(self, i: int, hi: int) -> int:
        end = self.brackets.get(i, -1)
        return end if end < hi else -1

    def _destination(self, i: int, hi: int) -> int:
        """End of `(dest "title")` starting at i, or -1."""
        text = self.text
        hi = min(hi, i + MAX_DESTINATION)
        pos = self._skip_space(i + 1, hi)
        if pos < hi and text[pos] == "<":
            close = text.find(">", pos + 1, hi)
            if close < 0 or "\n" in text[pos:close] or "<" in text[pos + 1:close]:
                return -1
            pos = close + 1
        else:
            pos = self._bare_destination(pos, hi)
            if pos < 0:
                return -1
        spaced = self._skip_space(pos, hi)
        if spaced < hi and spaced > pos and text[spaced] in "\"'(":
            pos = self._title_end(spaced, hi)
            if pos < 0:
                return -1
            spaced = self._skip_space(pos, hi)
        return spaced + 1 if spaced < hi and text[spaced] == ")" else -1

    def _bare_destination(self, pos: int, hi: int) -> int:
        """End of a destination without `<>`: no spaces, parentheses balanced (at most 32 deep)."""
        text = self.text
        depth = 0
        while pos < hi:
            char = text[pos]
            if char == "\\" and pos + 1 < hi:
                pos += 2
            elif char == "(":
                depth += 1
                if depth > 32:
                    return -1
                pos += 1
            elif char == ")":
                if depth == 0:
                    break
                depth -= 1
                pos += 1
            elif char.isspace() or ord(char) < 32:
                break
            else:
                plain = DEST_PLAIN_RE.match(text, pos, hi)
                pos = plain.end() if plain else pos + 1  # a backslash ending the text
        return -1 if depth else pos

    def _title_end(self, pos: int, hi: int) -> int:
        """End of a link title opened at pos by `"`, `'` or `(`, or -1."""
        text = self.text
        closer = ")" if text[pos] == "(" else text[pos]
        pos += 1
        while True:
            close = text.find(closer, pos, hi)
            if close < 0:
                return -1
            escapes = close
            while escapes > pos and text[escapes - 1] == "\\":
                escapes -= 1
            if (close - escapes) % 2 == 0:
                return close + 1
            pos = close + 1

    def _skip_space(self, pos: int, hi: int) -> int:
        while pos < hi and self.text[pos] in " \t\n":
            pos += 1
        return pos


def _can_pair(opener: _Delim, closer: _Delim) -> bool:
    if opener.char != closer.char or opener.remaining <= 0:
        return False
    open_len, close_len = opener.end - opener.start, closer.end - closer.start
    if closer.char == "~":
        return open_len == close_len
    # the "multiple of 3" rule
    return not ((opener.can_close or closer.can_open) and (open_len + close_len) % 3 == 0
                and not (open_len % 3 == 0 and close_len % 3 == 0))


def _resolve_emphasis(nodes: list) -> list[tuple]:
    """Match emphasis delimiters (CommonMark's process-emphasis) and drop the matched markers."""
    stack: list[_Delim] = []  # possible openers, in order
    bottoms: dict[tuple, int] = {}  # no opener for this kind of closer below this stack height
    for closer in (node for node in nodes if isinstance(node, _Delim)):
        close_len = closer.end - closer.start
        key = (closer.char, closer.can_open, close_len % 3)
        while closer.can_close and closer.remaining > 0:
            found = None
            for position in range(len(stack) - 1, min(bottoms.get(key, 0), len(stack)) - 1, -1):
                if _can_pair(stack[position], closer):
                    found = position
                    break
            if found is None:
                bottoms[key] = len(stack)
                break
            opener = stack[found]
            used = 2 if opener.remaining >= 2 and closer.remaining >= 2 else 1
            opener.right_used += used
            closer.left_used += used
            del stack[found + 1:]  # delimiters inside the emphasis stay literal
            if opener.remaining == 0:
                stack.pop()
            for bottom_key, height in bottoms.items():
                bottoms[bottom_key] = min(height, len(stack))
        if closer.can_open and closer.remaining > 0:
            stack.append(closer)
    ops: list[tuple] = []
    for node in nodes:
        if isinstance(node, _Delim):
            if node.remaining > 0:
                ops.append(("copy", node.start + node.left_used, node.end - node.right_used))
        else:
            ops.append(node)
    return ops


# --- emission -------------------------------------------------------------------------------

def _emit_item(builder: TextBuilder, raw: str, item: tuple, refs: set[str]) -> None:
    what, kind, ranges = item
    segments = Segments(raw, ranges)
    if what == "html":
        extract_html(builder, segments, kind)
        return
    builder.start_block(kind)
    for op in _Inline(segments.text, refs).parse(0, len(segments.text)):
        if op[0] == "copy":
            segments.emit(builder, op[1], op[2])
        elif op[0] == "replace":
            builder.replace(op[1], *segments.raw_span(op[2], op[3]))
        else:
            builder.directive(op[1], op[2], *segments.raw_span(op[3], op[4]))
    builder.end_block()
