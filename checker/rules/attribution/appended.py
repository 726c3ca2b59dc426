"""ATT004: a second attribution appended to a sentence that already has one ("…, the minister said, he added.")."""
from __future__ import annotations

import re
from dataclasses import dataclass

from ...findings import Category, Hit, Severity
from ...lang.clauses import SUBJECT_PRONOUNS, WORD_RE, reporting_clause_at, sentence_starts
from ...registry import Example, Rule

# words right before a reporting verb's subject that make the clause subordinate ("which the minister said")
SUBORDINATE = frozenset("which that who whom whose what as than if whether when where because".split())
ACCORDING_RE = re.compile(r"\baccording to\b", re.I)
GENDER = {"he": "m", "she": "f", "it": "n", "they": "p", "we": "1p", "i": "1s"}
OPENERS = "\"“”«»'’‘(—–-,:;"


def _first_attribution(text: str, start: int, comma: int):
    """A complete reporting clause in text[start:comma]: at the sentence start, after a quote or a comma,
    or a subject and its verb followed by their statement; `according to X` counts too."""
    according = ACCORDING_RE.search(text, start, comma)
    if according and (according.start() == start or text[start:according.start()].rstrip()[-1:] in OPENERS):
        return reporting_clause_at(text, according.start(), len(text)) or _According(according.start(), comma)
    for word in WORD_RE.finditer(text, start, comma):
        before = text[start:word.start()].rstrip()
        clause = reporting_clause_at(text, word.start(), comma + 1)
        if clause is None or clause.end > comma:
            continue
        previous = before.split()[-1].lower().strip(OPENERS) if before.split() else ""
        if previous in SUBORDINATE:
            continue
        if not before or before[-1] in OPENERS or clause.tail in ("clause", "quote", ":"):
            return clause
    return None


@dataclass(frozen=True, slots=True)
class _According:
    """'according to' followed by a source too long for the clause model."""

    start: int
    end: int
    lemma: str = "according to"


def _pronoun(text: str, clause) -> str | None:
    word = text[clause.start:clause.end].split()[0].lower()
    return word if word in SUBJECT_PRONOUNS else None


def appended_attributions(text: str, start: int, end: int):
    """(second clause, first clause) for each sentence of text[start:end] that ends in a pronoun attribution
    appended after a comma to a sentence already attributed."""
    starts = sentence_starts(text, start, end)
    for index, (sent_start, _) in enumerate(starts):
        sent_end = starts[index + 1][0] if index + 1 < len(starts) else end
        sentence = text[sent_start:sent_end].rstrip()
        stop = sent_start + len(sentence)
        for comma in reversed([m.start() for m in re.finditer(",", text[sent_start:stop])]):
            comma += sent_start
            pos = comma + 1
            while pos < stop and text[pos] in " \t":
                pos += 1
            second = reporting_clause_at(text, pos, stop, inverted=False)
            if second is None or second.lemma == "according to" or _pronoun(text, second) is None:
                continue
            rest = text[second.end:stop].strip(" \t")
            if rest not in ("", ".", "!", ".”", ".\"") and not (second.tail in ".!" and second.tail_end >= stop - 2):
                break  # the clause does not end the sentence
            first = _first_attribution(text, sent_start, comma)
            if first is None:
                break
            one, two = _pronoun(text, first), _pronoun(text, second)
            if one is not None and GENDER.get(one) != GENDER.get(two):
                break  # "He said it would work, she added": two speakers
            yield second, first
            break


def check(ctx):
    if ctx.doc.lang != "en":
        return
    text = ctx.doc.text
    for block in ctx.doc.blocks:
        for second, first in appended_attributions(text, block.start, block.end):
            yield Hit(second.start, second.end,
                      f"'{text[second.start:second.end]}' attributes the sentence a second time, after "
                      f"'{' '.join(text[first.start:first.end].split())}'; keep one attribution.",
                      suggestion=None)


RULE = Rule(
    code="ATT004",
    name="appended-attribution",
    category=Category.STRAY_ATTRIBUTION,
    severity=Severity.WARNING,
    summary="A pronoun attribution appended after a comma to a sentence already attributed ('…, X said, he added.').",
    check=check,
    doc="""\
## What it does
Reads the structure of the sentence: when it ends with a reporting clause made of a pronoun and a
speech verb ("…, he stressed.", "…, she added on Monday."), appended after a comma, and the same
sentence already holds a complete attribution before it — a reporting clause after a quote ("“…,”
the president told journalists"), a subject and speech verb with their statement ("X declared on
BFMTV that …"), a title or place around the speaker ("the coach Fabien Galthié said after the match
in Lyon"), or "according to …" — the second clause is reported. Any verb of the speech-verb lexicon
counts (`checker/data/attribution_verbs.yaml`). A clause inside a relative ("which the minister
said") is not an attribution of the sentence, and a pronoun of another person ("He said it would
work, she added") is another speaker.

## Why is this bad?
French incises (« …, a-t-il ajouté ») translated on top of an attribution leave the sentence with
two speech verbs: the reader cannot tell who said it or whether something is missing.

## Example
`“Every day without air defence costs lives,” the Ukrainian president told journalists, he stressed.`
→ drop "he stressed".
""",
    examples=(
        Example("“Every day costs lives,” the Ukrainian president told journalists, [[he stressed]]."),
        Example("Jordan Bardella declared on BFMTV that the party was ready for power, [[he added]]."),
        Example("“I did not know,” the accused told the court on Monday, [[he insisted]]."),
        Example("“We showed character,” the coach Fabien Galthié said after the match in Lyon, [[he noted]]."),
        Example("The coalition won, according to the final results published on Tuesday, [[it announced]]."),
        Example("The plant will close in June, the company said on Friday, [[it specified]]."),
        Example("“We will win,” he said on Tuesday."),
        Example("He said he would resign, she added.", note="two speakers"),
        Example("The report, which the minister said was flawed, was withdrawn, he said.",
                note="the first verb is in a relative clause"),
        Example("“We will win,” he said, adding that the war would end soon."),
        Example("The talks will resume next week, the spokesman told AFP, citing diplomatic sources."),
        Example("The mayor, he said, will resign next week."),
        Example("Prices rose by 4% in May, he said."),
    ),
)
