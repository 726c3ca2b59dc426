"""Inline suppression comments in text, Markdown and HTML, and the unused-suppression finding."""
from __future__ import annotations

import pytest

from checker.api import check_text


def codes(text, fmt="text"):
    return [(f.code, f.text) for f in check_text(text, fmt=fmt).findings]


def test_ignore_next_paragraph_only():
    text = "<!-- checker: ignore REP001 -->\nThe the minister.\n\nThe the aide."
    assert codes(text) == [("REP001", "The the")] or codes(text)[0][1] == "The the"
    found = check_text(text).findings
    assert len(found) == 1 and found[0].start == text.index("The the aide")


def test_off_on_region():
    text = "Before the the.\n\n<!-- checker: off -->\n\nIn the the.\n\nStill the the.\n\n<!-- checker: on -->\n\nAfter the the."
    starts = [f.start for f in check_text(text).findings]
    assert starts == [text.index("the the."), text.index("After") + 6]


def test_off_without_on_runs_to_end():
    text = "<!-- checker: off REP -->\n\nThe the end.\n\nREAD ALSO: story"
    assert [f.code for f in check_text(text).findings] == ["BPL001"]


@pytest.mark.parametrize("fmt", ["markdown", "html"])
def test_directives_in_markup(fmt):
    pytest.importorskip(f"checker.parsers.{'markdown' if fmt == 'markdown' else 'html'}")
    if fmt == "markdown":
        text = "# Title\n\n<!-- checker: ignore REP001 -->\nThe the minister.\n\nThe the aide.\n"
    else:
        text = "<html><body><!-- checker: ignore REP001 --><p>The the minister.</p><p>The the aide.</p></body></html>"
    found = check_text(text, fmt=fmt).findings
    assert [(f.code, text[f.start:f.end]) for f in found] == [("REP001", "The the")]
    assert found[0].start == text.index("The the aide")


def test_unused_and_unknown_suppressions():
    text = "<!-- checker: ignore REP001 -->\n\nClean.\n\n<!-- checker: ignore QQQ123 -->\n\nThe the."
    found = check_text(text).findings
    sup = [f for f in found if f.code == "SUP001"]
    assert len(sup) == 2 and "unknown code QQQ123" in sup[1].message
    assert sup[0].text == "<!-- checker: ignore REP001 -->"
