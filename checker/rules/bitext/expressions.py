"""CAL003: a French fixed expression rendered word for word where English has its own ("court of call" for "cour d'appel")."""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from ...data.cache import load_yaml
from ...findings import Category, Hit, Severity
from ...registry import Example, Rule


@dataclass(frozen=True, slots=True)
class Expression:
    """One entry of checker/data/expressions_fr_en.yaml."""

    french: re.Pattern
    literal: re.Pattern
    unless: tuple[re.Pattern, ...]
    english: str


def either_apostrophe(pattern: str) -> str:
    """The pattern with each apostrophe matching ' and ’, inside a character class or outside."""
    out, in_class = [], False
    for i, char in enumerate(pattern):
        escaped = i > 0 and pattern[i - 1] == "\\"
        if char == "[" and not escaped:
            in_class = True
        elif char == "]" and not escaped:
            in_class = False
        out.append(("'’" if in_class else "['’]") if char == "'" else char)
    return "".join(out)


def word_regex(pattern: str) -> re.Pattern:
    """A whole-word, case-insensitive pattern in which an apostrophe matches both ' and ’."""
    pattern = either_apostrophe(pattern)
    return re.compile(rf"(?<![\w-])(?:{pattern})(?![\w-])", re.IGNORECASE | re.UNICODE)


@functools.lru_cache(maxsize=1)
def expressions() -> tuple[Expression, ...]:
    data = load_yaml("expressions_fr_en")
    return tuple(Expression(word_regex(item["french"]), word_regex(item["literal"]),
                            tuple(word_regex(u) for u in item.get("unless") or ()), item["english"])
                 for item in data["expressions"])


def check(ctx):
    source, target = ctx.source.text, ctx.doc.text
    table = expressions()
    for pair in ctx.get("pair.sentences"):
        if not pair.source or not pair.target:
            continue
        s0, s1 = pair.source_span
        french_sentence = source[s0:s1]
        seen: set[tuple[int, int]] = set()
        for entry in table:
            french = entry.french.search(french_sentence)
            if french is None or any(u.search(french_sentence) for u in entry.unless):
                continue
            for literal in entry.literal.finditer(target, *pair.target_span):
                span = literal.span()
                if any(a < span[1] and span[0] < b for a, b in seen):
                    continue
                seen.add(span)
                expression = " ".join(french.group().split())
                yield Hit(span[0], span[1],
                          f"'{literal.group()}' renders the French '{expression}' word for word; "
                          f"English says '{entry.english}'.",
                          source_span=(s0 + french.start(), s0 + french.end()))


RULE = Rule(
    code="CAL003",
    name="calque-in-source",
    category=Category.CALQUE,
    severity=Severity.WARNING,
    summary="A French fixed expression rendered word for word where English uses another ('court of call' for 'cour d'appel').",
    check=check,
    requires=("pair.sentences",),
    doc="""\
## What it does
With the source, a French fixed expression — a noun phrase of an institution or a court
(*cour d'appel*, *procureur de la République*, *forces de l'ordre*, *chiffre d'affaires*),
a verb with its object or preposition (*prendre en charge*, *faire partie de*, *se rendre à*,
*n'a rien donné*), a time construction (*il y a trois ans*, *depuis dix ans*) — found in a
source sentence whose aligned English sentence holds its word-for-word rendering ("court of
call", "forces of order", "take in charge", "made part of", "there are three years", "since
ten years") is reported on the English words, with the French expression as source span and
the English fixed expression in the message. The table is data
(`checker/data/expressions_fr_en.yaml`): each entry pairs a French expression with the
literal renderings that miss it; a legitimate literal rendering ("court of appeal", "on the
part of", "in the course of") is not listed, and an entry may name French context that
licenses the literal words.

## Why is this bad?
Each word is translated and the whole is not English: a reader meets "a court of call" or
"the forces of order" and has to guess the institution; "since ten years" and "there are
three years" misplace the event in time.

## Example
Source: `La cour d'appel a confirmé la condamnation.`
Translation: `The court of call confirmed the conviction.` → `appeals court`.
""",
    examples=(
        Example("The [[court of call]] upheld the sentence on Tuesday.",
                source="La cour d'appel a confirmé la peine mardi."),
        Example("The [[forces of order]] dispersed the demonstrators.",
                source="Les forces de l'ordre ont dispersé les manifestants."),
        Example("The company's [[figure of business]] rose by 4% last year.",
                source="Le chiffre d'affaires de l'entreprise a progressé de 4 % l'an dernier."),
        Example("She has lived in Lyon [[since ten years]].", source="Elle vit à Lyon depuis dix ans."),
        Example("The hospital [[took in charge]] the two wounded hikers.",
                source="L'hôpital a pris en charge les deux randonneurs blessés."),
        Example("The search of the flat [[gave nothing]], the police said.",
                source="La fouille de l'appartement n'a rien donné, selon la police."),
        Example("The appeals court upheld the sentence on Tuesday.",
                source="La cour d'appel a confirmé la peine mardi."),
        Example("The Court of Appeal upheld the sentence on Tuesday.",
                source="La cour d'appel a confirmé la peine mardi."),
        Example("Police dispersed the demonstrators.", source="Les forces de l'ordre ont dispersé les manifestants."),
        Example("She has lived in Lyon for ten years.", source="Elle vit à Lyon depuis dix ans."),
        Example("He has been in charge of the team since 2010.", source="Il dirige l'équipe depuis 2010."),
        Example("The government gave nothing away in the talks.",
                source="Le gouvernement n'a rien cédé lors des négociations."),
        Example("There are three years left before the vote.", source="Il reste trois ans avant le vote."),
    ),
)
