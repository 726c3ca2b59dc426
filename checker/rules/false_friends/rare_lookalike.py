"""FFR005: an uncommon English look-alike of a common French word ('convoked', 'the conjuncture', 'fictive jobs')."""
from __future__ import annotations

import functools
import itertools
import re

from ...findings import Category, Hit, Severity
from ...registry import Example, Rule
from ..calque.coinages import (RARE_EN, _accented, _endings, _english_variants, _french_stems, _usual_rendering,
                               french_origin)
from ..calque.matching import is_english

# the band of English frequency a look-alike falls in: current enough to exist (under RARE_EN it is a coinage,
# CAL005's), rare enough that a news translation reaching for it is led by the French word
UNCOMMON_EN = 2.3
COMMON_FR = 3.0  # the French word behind it is at least this common
FRENCH_LEAD = 1.8  # ... and this much more common in French than the look-alike is in English
CURRENT_VERB = 2.0  # an -ed look-alike whose -ing form is this common is an English verb in use
MIN_LENGTH = 6
# endings of look-alikes the coinage table does not hold ('bénévolement' -> 'benevolently', 'lacrymogène')
EXTRA_ENDINGS = (("ently", ("ement", "emment")), ("ogenic", ("ogène", "ogènes")), ("oked", ("oqué", "oquée",
                 "oqués", "oquées")), ("oke", ("oquer",)), ("uted", ("ué", "uée", "ués", "uées")), ("ure", ("ure",)),
                 ("ures", ("ures",)))
WORD_RE = re.compile(r"(?<![\w'’-])[a-z]{%d,}(?![\w'’-])" % MIN_LENGTH)


@functools.lru_cache(maxsize=1)
def _all_endings() -> tuple[tuple[str, tuple[str, ...]], ...]:
    rows = [(english, french) for english, french, _ in _endings()] + list(EXTRA_ENDINGS)
    return tuple(sorted(rows, key=lambda row: -len(row[0])))


@functools.lru_cache(maxsize=1)
def _english_endings() -> tuple[str, ...]:
    return tuple(english for english, _ in _all_endings())


def _french_forms(word: str):
    """The French spellings the word may render: each ending rule that fits, accents restored on its stem."""
    for english, french_endings in _all_endings():
        if not word.endswith(english) or len(word) - len(english) < 3:
            continue
        stem = word[: -len(english)]
        for french, base in itertools.product(french_endings, _french_stems(stem) + _vowel_shifts(stem)):
            for form in _accented(base):
                yield form + french


def _vowel_shifts(stem: str) -> list[str]:
    """The stem with the vowel English spells 'u' before a nasal as French spells it ('conjunct-' for 'conjonct-')."""
    return [stem[:m.start()] + "o" + stem[m.start() + 1:] for m in re.finditer(r"u(?=n[ct])", stem)]


@functools.lru_cache(maxsize=65536)
def french_lookalike(word: str) -> str | None:
    """The common French word that the uncommon English `word` (lowercase) looks like, or None."""
    from ...lang.folding import fold
    from ...lang.names import zipf

    if not word.endswith(_english_endings()):
        return None  # no ending rule leads to a French word: not looked up
    if zipf(word) >= UNCOMMON_EN:
        return None  # the word itself is current: its variants need not be looked up
    english = max(zipf(form) for form in _english_variants(word))
    if word.endswith("ed") and zipf(word[:-2] + "ing") >= CURRENT_VERB:
        return None  # an English verb in use ('lanced', 'lancing the boil'): the slot rules judge its sense
    if english >= UNCOMMON_EN or english < RARE_EN and french_origin(word) is not None:
        return None  # a current word, or a coinage CAL005 reports
    best, best_zipf = None, 0.0
    for form in _french_forms(word):
        if english < RARE_EN and fold(form) == word:
            continue  # a French word no English text uses, written as it is: untranslated, not a look-alike
        value = zipf(form, "fr")
        if value > best_zipf:
            best, best_zipf = form, value
    if best is None or best_zipf < COMMON_FR or best_zipf - english < FRENCH_LEAD:
        return None
    return None if _usual_rendering(best, word) else best


def check(ctx):
    if not is_english(ctx):
        return
    text = ctx.doc.text
    seen: dict[str, str | None] = {}
    for match in WORD_RE.finditer(text):
        word = match.group()
        if word not in seen:
            seen[word] = french_lookalike(word)
        french = seen[word]
        if french is not None:
            yield Hit(match.start(), match.end(),
                      f"'{word}' is uncommon in English but looks like the common French '{french}': a literal "
                      f"translation takes the look-alike where English says it otherwise.")


RULE = Rule(
    code="FFR005",
    name="uncommon-lookalike",
    category=Category.FALSE_FRIEND,
    severity=Severity.WARNING,
    summary="An uncommon English look-alike of a common French word ('Tehran convoked the envoy', 'the conjuncture').",
    check=check,
    doc="""\
## What it does
Finds English words that are uncommon (Zipf under 2.3; the coinages CAL005 reports are left to it)
and that look like a common French word (Zipf 3 or more, at least 1.8 more common in French):
"convoked" (*convoqué*: summoned), "the present conjuncture" (*conjoncture*: climate), "destituted"
(*destitué*: removed from office), "lacrymogenic gas" (*gaz lacrymogène*: tear gas). The gap is what decides:
look-alikes English also uses in its own right ("inhumation", "derogation", "fictive") fall short of it and
are left alone, and so is an -ed form whose -ing form is current (an English verb in use: "lanced the
boil"). The French spelling is found by the ending rules of checker/data/coinage_endings.yaml and a few of
this rule's own, accents restored; a word the French-English lexicon gives as that French word's usual
translation is left alone. The model is the frequency gap, not a
list: a look-alike no list holds is found the same way.

## Why is this bad?
A translator led by the French word picks its rare English twin; English says it with a common word, and
the rare one often means something else.

## Example
`Tehran convoked the French chargé d'affaires.` → `Tehran summoned the French chargé d'affaires.`
""",
    examples=(
        Example("Tehran [[convoked]] the French chargé d'affaires on Monday."),
        Example("In the present [[conjuncture]], an apology could open the way to claims."),
        Example("Police dispersed the crowd with [[lacrymogenic]] gas."),
        Example("Eva Kaily was [[destituted]] from her post of vice-president."),
        Example("The prime minister [[convoked]] the unions to Matignon on Friday."),
        Example("Police fired tear gas and rubber bullets at the crowd.", note="the English words"),
        Example("The minister summoned the ambassador and convened the cabinet.", note="common English verbs"),
        Example("The invasion was a turning point of the epoch.", note="a common English word"),
        Example("The burial followed the inhumation rites of the church.", note="a narrow gap: English uses it"),
        Example("The doctor lanced the boil.", note="an English verb in use ('lancing')"),
        Example("Des gaz lacrymogènes ont été tirés.", note="French text: the untranslated rules judge it"),
    ),
)
