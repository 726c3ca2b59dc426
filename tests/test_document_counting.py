"""A copied run's offsets come from a shared counting array, and equal the range they stand for."""
from __future__ import annotations

import checker.document as document
from checker.parsers import parse


def test_counting_equals_range(monkeypatch):
    monkeypatch.setattr(document, "_COUNT_LIMIT", 100_000)
    before = len(document._COUNT)
    for start, end in [(0, 1), (5, 9), (65_530, 65_540), (99_990, 100_000), (99_990, 100_010), (200_000, 200_003)]:
        assert list(document._counting(start, end)) == list(range(start, end))
    assert len(document._COUNT) <= max(before, 100_000)  # past the limit: a range, nothing kept


def test_offsets_of_a_long_document_past_the_first_block_of_counts():
    raw = "a" * 70_000 + "\n\nThe end."
    doc = parse(raw, "text")
    start = doc.text.index("The end.")
    assert doc.raw_span(start, start + 8) == (70_002, 70_010)
