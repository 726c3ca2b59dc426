"""FRG001: a full stop followed by a lowercase word that is not an abbreviation ("to Russia. intended for")."""
from __future__ import annotations

import re

from ...findings import Category, Hit, Severity
from ...lang.clauses import LOWER_AFTER_STOP, NAME_PARTICLES, stray_attribution_starts
from ...lang.sentences import is_abbreviation_stop
from ...registry import Example, Rule

STOP_THEN_LOWER_RE = re.compile(r"\.(?P<gap>[ \t]+|[ \t]*\n[ \t]*)(?P<word>[a-z][\w'’]*(?:-[\w'’]+)*)")
# After these the two parts are two sentences: capitalise rather than join.
STARTS_A_SENTENCE = frozenset("""
he she it they we i you there this these those the a an his her its their our my your some many most all
both each no one such another every several few
""".split())
# After these the continuation belongs to the sentence before: removing the stop joins them.
CONTINUES_A_SENTENCE = frozenset("""
and or but nor which who whom whose where while whereas because although though since until unless than
to of for with without from into onto in on at by about against between among under over after before
during through towards toward including notably especially particularly mainly like as
""".split())


def _list_label(text: str, dot: int) -> bool:
    """A numbered label at the start of a line ("1. introduction"): read back from the stop over at most the
    label's four characters and the blanks before it, not over the whole line."""
    end = dot
    while end > 0 and text[end - 1] != "\n" and text[end - 1].isspace():
        end -= 1
    start = end
    while start > 0 and end - start <= 4 and not text[start - 1].isspace():
        start -= 1
    if end - start > 4:
        return False  # a label of digits or a numeral holds no blank: this one is too long
    line_start = start
    while line_start > 0 and text[line_start - 1] != "\n" and text[line_start - 1].isspace():
        line_start -= 1
    if line_start > 0 and text[line_start - 1] != "\n":
        return False  # words before it on the line
    label = text[start:end]
    return bool(label) and (label.isdigit() or label.lower() in ("i", "ii", "iii", "iv", "v"))


def _exempt(text: str, match: re.Match) -> bool:
    dot = match.start()
    word = match.group("word")
    after = match.end("word")
    if dot == 0 or text[dot - 1].isspace() or is_abbreviation_stop(text, dot) or _list_label(text, dot):
        return True
    if any(ch.isupper() for ch in word):
        return True  # eBay, iPhone
    if word in LOWER_AFTER_STOP or (after < len(text) and text[after] == "." and len(word) <= 3):
        return True  # a split web address, a unit, "e.g."
    if word in NAME_PARTICLES and re.match(r"[ \t]+[A-Z]", text[after:after + 2]):
        return True  # "de Gaulle"
    return False


def check(ctx):
    text = ctx.doc.text
    for block in ctx.doc.blocks:
        deferred = None
        for match in STOP_THEN_LOWER_RE.finditer(text, block.start, block.end):
            if _exempt(text, match):
                continue
            if deferred is None:
                deferred = stray_attribution_starts(text, block.start, block.end)
            if match.start("word") in deferred:
                continue  # "he said. he noted," is reported by the attribution rules
            word = match.group("word")
            if word in STARTS_A_SENTENCE:
                yield Hit(match.start(), match.end(),
                          f"The sentence after this full stop starts with a lowercase '{word}'; capitalise it "
                          f"or join the two sentences.",
                          suggestion=". " + word[0].upper() + word[1:])
            else:
                joinable = word in CONTINUES_A_SENTENCE or word.endswith(("ed", "ing"))
                message = (f"The full stop before the lowercase '{word}' breaks the sentence in two; remove it "
                           f"to join the parts.")
                if not joinable:
                    yield Hit(match.start(), match.end(), message)
                    continue
                # the span takes in the word before the stop, so that the fix shows the joined text
                start = match.start()
                while start > block.start and not text[start - 1].isspace():
                    start -= 1
                yield Hit(start, match.end(), message, suggestion=f"{text[start:match.start()]} {word}")


RULE = Rule(
    code="FRG001",
    name="lowercase-continuation",
    category=Category.SENTENCE_FRAGMENT,
    severity=Severity.WARNING,
    summary="A full stop followed by a lowercase word: a sentence broken in two.",
    check=check,
    doc="""\
## What it does
Finds a full stop followed, in the same paragraph, by a word in lowercase, and reports the
stop with that word. Stops that do not end a sentence are left alone: abbreviations and
initials ("e.g.", "i.e.", "etc.", "vs.", "U.S. officials", "p.m.", "No. 2", "Mr. o'Hare"), ellipses,
numbered labels, split web addresses ("healthcare. gov"), units, brand names written with an
inner capital ("eBay", "iPhone") and name particles ("de Gaulle", "van Gogh"). A reporting
clause after the stop ("he said. he noted,") is left to the stray-attribution rules.

The suggestion joins the two parts when the lowercase word continues the sentence
(a participle, a preposition, a conjunction, a relative pronoun): the span then runs from the
word before the stop, so the fix shows the joined text ("Russia. intended" → "Russia
intended"). It capitalises the word when it starts a new sentence (a pronoun or determiner).

## Why is this bad?
Machine translation and sentence-by-sentence pipelines break a sentence before a participle
or relative clause; the second part is left as a fragment that begins in lowercase.

## Example
`deliveries to Russia. intended for its assault in Ukraine.` → `deliveries to Russia intended for its assault in Ukraine.`
""",
    examples=(
        Example("Analysts warned against future arms deliveries to [[Russia. intended]] for its assault in Ukraine."),
        Example("The crisis was similar to the one experienced in 2012[[. difficult]] to predict."),
        Example("The bridge was closed for [[repairs. which]] angered commuters."),
        Example("The minister left early[[. he]] did not answer questions."),
        Example("The vote was delayed [[again. according]] to the ruling party, the delay is technical."),
        Example("Prices rose sharply[[. the]] central bank is expected to act."),
        Example("Some fruits, e.g. apples, were spared."),
        Example("U.S. officials met their Korean counterparts at 3 p.m. on Friday."),
        Example("Apples, pears, etc. and other fruit were sold."),
        Example("He used an iPhone. eBay sold the rest. The team is No. 2 in the league."),
        Example("The rally ended... and then the police arrived."),
        Example("“Important documents” will be signed, he said. he noted, saying he expected a decision."),
        Example("The general admired him. de Gaulle had led the Free French."),
        Example("Sign up on healthcare. gov before Friday."),
        Example("The wall is 3 ft. tall and 12 in. thick."),
    ),
)
