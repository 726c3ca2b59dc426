"""BPL002: an outlet's name left at the end of a title ("… – L'Express")."""
from __future__ import annotations

import re

from ...findings import Category, Hit, Severity
from ...registry import Example, Rule
from ..lexicon import load_lexicon

# a dash or bar, then the outlet name, at the very end of the title line
SUFFIX_RE = re.compile(r"\s+[–—|\-:]\s+(?P<name>[^–—|\n]{2,40})$")


def _is_outlet(name: str) -> bool:
    return any(entry.regex.fullmatch(name.strip()) for entry in load_lexicon("outlets"))


def check(ctx):
    text = ctx.doc.text
    blocks = ctx.doc.blocks
    titles = [b for b in blocks if b.kind in ("heading", "title")][:2]
    if blocks and blocks[0] not in titles:
        titles.insert(0, blocks[0])
    for block in titles:
        line_end = text.find("\n", block.start, block.end)
        end = block.end if line_end < 0 else line_end
        match = SUFFIX_RE.search(text, block.start, end)
        if match and _is_outlet(match.group("name")):
            yield Hit(match.start() + len(match.group(0)) - len(match.group(0).lstrip()), match.end(),
                      f"The outlet name '{match.group('name').strip()}' was carried over from the page title; remove it.",
                      suggestion="")


RULE = Rule(
    code="BPL002",
    name="outlet-suffix",
    category=Category.BOILERPLATE,
    severity=Severity.INFO,
    summary="The name of the outlet left at the end of the headline, from the page title.",
    check=check,
    doc="""\
## What it does
Looks at the headline (the first line, or the first headings) for a trailing
"– Outlet", "| Outlet" or "- Outlet" naming a news outlet listed in
`checker/data/outlets.yaml`.

## Why is this bad?
The suffix belongs to the browser tab title of the original site, not to the
headline; republished, it credits the wrong outlet.

## Example
`Russia and North Korea will sign "important documents" – L'Express`: drop "– L'Express".
""",
    examples=(
        Example("Kim Jong-un: Russia and North Korea will sign important documents [[– L’Express]]\n\nBody text."),
        Example("Pension reform: the vote is postponed [[| Le Monde]]\n\nBody."),
        Example("Strikes continue at the refinery [[- Ouest-France]]\n\nBody."),
        Example("Paris prepares for the Olympics [[— France 24]]\n\nBody."),
        Example("Réforme des retraites : le vote reporté [[| Le Figaro]]\n\nCorps."),
        Example("War in Ukraine: the front line moves\n\nBody."),
        Example("Le Monde launches an English edition\n\nBody."),
        Example("Talks resume – Geneva\n\nBody."),
        Example("Body first.\n\nA later paragraph quoting Le Monde – Le Figaro rivalry – Le Figaro"),
        Example("Macron – Le Pen: the debate\n\nBody."),
    ),
)
