"""Parsers turn a raw file into a Document; the format comes from the file name or is given."""
from __future__ import annotations

from ..document import Document

FORMATS = ("text", "markdown", "html")


def format_for(path: str) -> str:
    lower = path.lower()
    if lower.endswith((".md", ".markdown", ".mdx")):
        return "markdown"
    if lower.endswith((".html", ".htm", ".xhtml")):
        return "html"
    return "text"


def parse(raw: str, fmt: str, path: str | None = None, lang: str = "en") -> Document:
    """Parse `raw` in format `fmt` ("text", "markdown" or "html")."""
    if fmt == "markdown":
        from .markdown import parse_markdown as parser
    elif fmt == "html":
        from .html import parse_html as parser
    elif fmt == "text":
        from .text import parse_text as parser
    else:
        raise ValueError(f"unknown format {fmt!r}")
    doc = parser(raw, path)
    doc.lang = lang
    return doc
