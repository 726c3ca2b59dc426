"""Checks of sentences whose `[[…]]` marks are the spans that must get a warning of one category."""
from __future__ import annotations

from checker.api import check_text
from checker.config import Config
from checker.findings import Severity
from checker.registry import Example


def warnings(text: str, category: str, config: Config) -> list[tuple[int, int]]:
    return [(f.start, f.end) for f in check_text(text, config).findings
            if f.category.value == category and f.severity >= Severity.WARNING]


def assert_marked(marked: str, category: str, config: Config) -> None:
    """Every marked span gets a warning of `category` and nothing else does (no marks: no warning)."""
    text, spans = Example(marked).plain()
    found = warnings(text, category, config)
    missed = [text[s:e] for s, e in spans if not any(a < e and s < b for a, b in found)]
    extra = [text[a:b] for a, b in found if not any(a < e and s < b for s, e in spans)]
    assert not missed and not extra, f"missed {missed}, false alarms {extra}"
