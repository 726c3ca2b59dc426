"""Plain text: paragraphs are separated by blank lines; suppression comments are honoured."""
from __future__ import annotations

import re

from ..document import Document, TextBuilder
from .directives import DIRECTIVE_RE, parse_directive

BLANK_LINE_RE = re.compile(r"\n[ \t\r\f\v]*\n\s*")


def parse_text(raw: str, path: str | None = None) -> Document:
    builder = TextBuilder(raw)
    pos = 0
    for sep in BLANK_LINE_RE.finditer(raw):
        _paragraph(builder, raw, pos, sep.start())
        pos = sep.end()
    _paragraph(builder, raw, pos, len(raw))
    return builder.build(path, "text")


def _paragraph(builder: TextBuilder, raw: str, start: int, end: int) -> None:
    pos = start
    for match in DIRECTIVE_RE.finditer(raw, start, end):
        if raw[pos:match.start()].strip():
            builder.start_block("paragraph")
            builder.copy(pos, match.start())
        builder.end_block()
        directive = parse_directive(match)
        if directive:
            builder.directive(*directive, match.start(), match.end())
        pos = match.end()
    if raw[pos:end].strip():
        builder.start_block("paragraph")
        builder.copy(pos, end)
        builder.end_block()
