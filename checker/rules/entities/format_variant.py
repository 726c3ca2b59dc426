"""ENT002: a name hyphenated, spaced or joined differently from its usual form ("Kim Jong Un" / "Kim Jong-un")."""
from __future__ import annotations

from ...findings import Category, Hit, Severity
from ...lang.names import names_in
from ...registry import Example, Rule
from .variants import form_variants

CLEAR_MAJORITY = 3


def check(ctx):
    formats, _ = form_variants(names_in(ctx))
    for variant in formats:
        clear = variant.majority >= CLEAR_MAJORITY and variant.majority >= 2 * variant.count
        times = "once" if variant.majority == 1 else f"{variant.majority} times"
        yield Hit(variant.start, variant.end,
                  f"'{variant.text}' is written '{variant.suggestion}' {times} elsewhere in the text; "
                  f"hyphenate and space the name the same way throughout.",
                  suggestion=variant.suggestion,
                  severity=None if clear else Severity.INFO)


RULE = Rule(
    code="ENT002",
    name="name-format-variant",
    category=Category.ENTITY_INCONSISTENCY,
    severity=Severity.WARNING,
    summary="A name hyphenated, spaced or joined differently from its usual form in the same text.",
    check=check,
    requires=("target.names",),
    doc="""\
## What it does
Compares every name (and every run of up to four of its words) with the others after removing
spaces, hyphens, apostrophes, accents and case. Two forms that then coincide but were written
differently ("Kim Jong-un", "Kim Jong Un", "Kim Jongun"; "Le Pen", "Lepen"; "AP-HP", "APHP")
are one name written two ways. Each less frequent form is reported with the most frequent one as
the suggestion (the first one written when they are equally frequent). It is a warning when the
usual form occurs at least three times and at least twice as often, information otherwise.
Capitalisation alone is not a difference (headlines capitalise "Jong-Un"); forms that differ only
in accents are left to ENT003. A form is compared only with forms whose neighbouring name words
agree, so the same words inside the names of two different people are not merged.

## Why is this bad?
An article should write a name one way. Mixed forms look careless, and they break searches,
tags and indexes that treat "Kim Jong Un" and "Kim Jong-un" as different strings.

## Example
`Kim Jong Un` in an article that otherwise writes `Kim Jong-un` → `Kim Jong-un`.
""",
    examples=(
        Example("Kim Jong-un arrived. Kim Jong-un spoke, and Kim Jong-un left. Later [[Kim Jong Un]] returned."),
        Example("Marine Le Pen spoke. Le Pen said the vote was lost, and Le Pen left. [[Lepen]] will run again."),
        Example("Yoon Suk Yeol visited Kyiv. Yoon Suk Yeol met Zelensky, and Yoon Suk Yeol left. "
                "[[Yoon Suk-yeol]] will return."),
        Example("The AP-HP runs the hospital. The AP-HP said the AP-HP would appeal. The [[APHP]] denied it."),
        Example("Saint-Denis voted. Saint-Denis is near Paris, and Saint-Denis is growing. "
                "[[Saint Denis]] has a cathedral."),
        Example("Tel Aviv was calm. Officials in [[Tel-Aviv]] said so.", note="1 against 1: information"),
        Example("Kim Jong-un arrived. KIM JONG-UN SPEAKS, the banner said, and Kim Jong-Un left.",
                note="capitalisation alone is not a difference"),
        Example("Erdoğan spoke. Erdogan's aides said Erdoğan would stay.", note="accents are ENT003's"),
        Example("Jean-Marie Le Pen spoke. Marine Le Pen did not. Jean-Marie Le Pen left."),
        Example("The U.S. and the US Army: US officials said the U.S. would act."),
        Example("Vladimir Putin arrived. Putin's aides said Vladimir Putin's plane landed."),
    ),
)
