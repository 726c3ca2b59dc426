"""Tests of one source-free category from lines written for it: [[marked]] spans must be found, traps left alone."""
from __future__ import annotations

import re

import pytest

from checker.api import check_text
from checker.config import Config
from checker.findings import Severity

# each line is checked inside an ordinary article, so that rules which read the whole text see one
PRE = "Paris was calm on Monday morning after a weekend of protests in several cities.\n\n"
POST = "\n\nThe next meeting between the two sides is planned for the end of the month."


def marked_findings(line: str, category: str) -> tuple[list, list[tuple[int, int]]]:
    """The category's warnings on the line (its [[marks]] removed, "\\n" read as a line break), and the marked spans."""
    text, spans, out = line.replace("\\n", "\n"), [], ""
    for part in re.split(r"(\[\[.*?\]\])", text, flags=re.S):
        if part.startswith("[["):
            spans.append((len(PRE) + len(out), len(PRE) + len(out) + len(part) - 4))
            out += part[2:-2]
        else:
            out += part
    report = check_text(PRE + out + POST, Config(models=False))
    found = [f for f in report.findings if f.category.value == category and f.severity >= Severity.WARNING]
    return found, spans


def phenomenon_tests(category: str, positives: list[str], negatives: list[str], misses: list[str] = ()):
    """The three tests of a category: every positive found (and nothing outside its marks), every known miss
    still missed or fixed (xfail), every trap left alone."""

    @pytest.mark.parametrize("line", positives)
    def test_fresh_artefact_is_found(line):
        found, spans = marked_findings(line, category)
        assert any(f.start < e and s < f.end for s, e in spans for f in found), line
        assert all(any(f.start < e and s < f.end for s, e in spans) for f in found), line

    @pytest.mark.xfail(reason="known miss, left for a later round", strict=False)
    @pytest.mark.parametrize("line", list(misses))
    def test_known_miss(line):
        found, spans = marked_findings(line, category)
        assert any(f.start < e and s < f.end for s, e in spans for f in found), line

    @pytest.mark.parametrize("line", negatives)
    def test_fresh_trap_is_left_alone(line):
        assert marked_findings(line, category)[0] == []

    # no known misses: no third test (None is not collected)
    return test_fresh_artefact_is_found, test_known_miss if misses else None, test_fresh_trap_is_left_alone
