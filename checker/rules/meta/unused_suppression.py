"""SUP001: a `checker: ignore` or `checker: off` comment that suppresses nothing."""
from __future__ import annotations

from ...findings import Category, Severity
from ...registry import Example, Rule
from ...suppressions import UNUSED_CODE


def check(ctx):
    # The runner reports unused suppressions after every other rule has run.
    return ()


RULE = Rule(
    code=UNUSED_CODE,
    name="unused-suppression",
    category=Category.BOILERPLATE,
    severity=Severity.INFO,
    summary="A suppression comment that silences no finding (or names an unknown code).",
    check=check,
    doc="""\
## What it does
Reports an inline `<!-- checker: ignore CODE -->` or `<!-- checker: off -->` comment
under which no finding of the named rules was raised, or that names a code no
rule has. It is filed under `boilerplate` because a stale comment is leftover
markup in the article file.

## Why is this bad?
Stale suppressions hide future problems in the paragraph they cover.

## Example
`<!-- checker: ignore REP001 -->` above a paragraph with no doubled word.
""",
    examples=(
        Example("[[<!-- checker: ignore REP001 -->]]\n\nA clean paragraph."),
        Example("[[<!-- checker: off -->]]\n\nNothing here.\n\n<!-- checker: on -->"),
        Example("[[<!-- checker: ignore ZZZ999 -->]]\n\nThe the minister left.\n\nEnd."),
        Example("[[<!-- checker: ignore BPL -->]]\n\nA clean paragraph."),
        Example("Text.\n\n[[<!-- checker: ignore -->]]"),
        Example("<!-- checker: ignore REP001 -->\n\nThe the minister left."),
        Example("<!-- checker: off -->\n\nThe the minister left.\n\n<!-- checker: on -->"),
        Example("<!-- checker: ignore -->\n\nREAD ALSO: the other story"),
        Example("<!-- an ordinary comment -->\n\nA clean paragraph."),
        Example("<!-- checker: ignore REP -->\n\nThe the minister left."),
    ),
)
