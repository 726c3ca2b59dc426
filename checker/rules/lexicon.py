"""Word lists as data: YAML lexicons in checker/data/, compiled into matchers with exact spans."""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from importlib import resources
from typing import Iterator

from ..findings import Severity

APOSTROPHES = "'’ʼ"


def phrase_pattern(phrase: str) -> str:
    """A regex source for a literal phrase: flexible whitespace, either apostrophe, word edges."""
    parts = []
    for ch in phrase:
        if ch.isspace():
            if not parts or parts[-1] != r"\s+":
                parts.append(r"\s+")
        elif ch in APOSTROPHES:
            parts.append(f"[{APOSTROPHES}]")
        elif ch == "-":
            parts.append(r"[-‐‑]")
        else:
            parts.append(re.escape(ch))
    body = "".join(parts)
    head = r"\b" if phrase[:1].isalnum() else ""
    tail = r"\b" if phrase[-1:].isalnum() else ""
    return f"{head}{body}{tail}"


@dataclass(frozen=True, slots=True)
class Entry:
    """One lexicon entry: what to match, what to say, what to suggest."""

    key: str
    regex: re.Pattern
    suggestion: str | None
    note: str
    severity: Severity | None
    data: dict

    def finditer(self, text: str, start: int = 0, end: int | None = None) -> Iterator[re.Match]:
        return self.regex.finditer(text, start, len(text) if end is None else end)


@functools.lru_cache(maxsize=None)
def load_lexicon(name: str) -> tuple[Entry, ...]:
    """Entries of checker/data/<name>.yaml: a list of mappings with `phrase` or `regex`."""
    import yaml

    raw = resources.files("checker.data").joinpath(f"{name}.yaml").read_text(encoding="utf-8")
    data = yaml.safe_load(raw) or {}
    items = data.get("entries", data) if isinstance(data, dict) else data
    entries = []
    for item in items:
        flags = re.MULTILINE | (0 if item.get("case_sensitive") else re.IGNORECASE)
        if "regex" in item:
            source, key = item["regex"], item.get("key", item["regex"])
        else:
            source, key = phrase_pattern(item["phrase"]), item["phrase"]
        severity = item.get("severity")
        entries.append(Entry(
            key=key, regex=re.compile(source, flags | re.UNICODE),
            suggestion=item.get("suggestion"), note=item.get("note", ""),
            severity=Severity.parse(severity) if severity else None, data=item,
        ))
    return tuple(entries)
