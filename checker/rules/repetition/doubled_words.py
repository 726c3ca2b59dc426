"""REP001: a word or short phrase written twice in a row ("the the", "in the in the")."""
from __future__ import annotations

import re

from ...findings import Category, Hit, Severity
from ...registry import Example, Rule

# one to four words, then the same words again, separated only by spaces or one line break
DOUBLED_RE = re.compile(
    r"(?<![\w'’-])(?P<first>[^\W\d_]+(?:[-'’][^\W\d_]+)*(?:[ \t]+[^\W\d_]+(?:[-'’][^\W\d_]+)*){0,3})"
    r"(?P<gap>[ \t]+|[ \t]*\n[ \t]*)(?P<second>(?P=first))(?![\w'’-])",
    re.IGNORECASE,
)
PAIRS_OK = {"had", "nous", "vous"}  # "had had", "nous nous sommes", "vous vous trompez"
EMPHATIC = {"very", "really", "so", "no", "yes", "bye", "ha", "haha", "knock", "tut", "go", "chop",
            "hush", "now", "there", "well", "oh", "ah", "fifty", "win", "far", "long", "never", "more",
            "many", "again", "much", "too", "quite", "little", "big", "away", "round", "out", "boo", "blah",
            "bla", "mea"}
# "what it is is", "the thing is is" -> legitimate when a wh-word or head noun precedes
IS_IS_CONTEXT_RE = re.compile(r"\b(what|all|thing|problem|question|point|issue|truth|reason|fact|trouble|idea|answer)\b[^.?!]{0,30}$", re.I)
# "said that that was" is fine; "that that the" is a doubled complementiser
THAT_THAT_BAD_NEXT_RE = re.compile(r"\s+(the|a|an|he|she|they|we|i|you|it's|there|his|her|their|our)\b", re.I)


def _legitimate(text: str, match: re.Match) -> bool:
    first, second = match.group("first"), match.group("second")
    words = first.lower().split()
    if len(words) == 1:
        word = words[0]
        if word in PAIRS_OK or word in EMPHATIC:
            return True
        if word == "is" and IS_IS_CONTEXT_RE.search(text, 0, match.start()):
            return True
        if word == "that" and not THAT_THAT_BAD_NEXT_RE.match(text, match.end()):
            return True
        if word in ("do", "does", "did") and IS_IS_CONTEXT_RE.search(text, 0, match.start()):
            return True
    # names such as "Bora Bora" or "Sirhan Sirhan", unless a doubled function word ("The The")
    if first[:1].isupper() and second[:1].isupper():
        return not (len(words) == 1 and words[0] in FUNCTION_WORDS)
    return False


FUNCTION_WORDS = frozenset("""the a an of to in on at by for with from and or but that this these those it is was are
were be he she they we i you his her its their our my your as le la les de des du un une et""".split())


def check(ctx):
    text = ctx.doc.text
    for block in ctx.doc.blocks:
        pos = block.start
        while match := DOUBLED_RE.search(text, pos, block.end):
            if _legitimate(text, match):
                pos = match.start() + 1  # a rejected pair may overlap a real one
                continue
            pos = match.end()
            first = match.group("first")
            yield Hit(match.start(), match.end(),
                      f"'{first}' is written twice in a row; delete the repetition.",
                      suggestion=first)


RULE = Rule(
    code="REP001",
    name="doubled-words",
    category=Category.REPETITION,
    severity=Severity.WARNING,
    summary="A word or phrase of up to four words written twice in a row.",
    check=check,
    doc="""\
## What it does
Finds a word or a phrase of up to four words immediately repeated ("the the",
"clocks clocks", "in the in the"), case-insensitively, within a paragraph.
Repetitions that English and French make on purpose are left alone: "had had",
"that that" where the second is a pronoun ("he said that that was wrong"), "is is"
after "what" ("what it is is"), emphatic doubles ("very very", "bye bye"),
reflexive "nous nous", and names such as "Bora Bora" or "Sirhan Sirhan".

## Why is this bad?
A doubled word is a typing or pipeline slip; machine translation also repeats
the last word of a segment.

## Example
`their production by biological clocks clocks.` → `clocks`.
""",
    examples=(
        Example("Many rhythms depend on their production by biological [[clocks clocks]]."),
        Example("[[The the]] minister arrived late."),
        Example("The talks took place [[in the in the]] capital."),
        Example("He said [[that that]] the treaty would be signed.", note="'that' before 'the' is a doubled complementiser"),
        Example("The vote was [[postponed postponed]] again."),
        Example("Il a [[dit dit]] que le traité serait signé."),
        Example("They had had enough of the delays."),
        Example("He said that that was the end of it."),
        Example("What it is is a question of trust."),
        Example("The resort of Bora Bora attracts tourists."),
        Example("It was a very very long meeting."),
        Example("Nous nous sommes trompés."),
        Example("The price rose by 20 20 percent.", note="numbers are left to the number rules"),
        Example("The minister. The minister's aide spoke later."),
    ),
)
