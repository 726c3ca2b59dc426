"""CAL005: a French word dressed as English ('the sinistered', 'laicity', 'independentists', 'securitary')."""
from __future__ import annotations

import functools
import itertools
import re

from ...findings import Category, Hit, Severity
from ...registry import Example, Rule
from .matching import is_english

RARE_EN = 1.5  # an English word (and its spelling and number variants) under this Zipf is no current English word
COMMON_FR = 2.5  # the French word it comes from is at least this common (its most common form)
FRENCH_LEAD = 1.5  # ... and this much more common in French than the coinage is in English
MIN_LENGTH = 6
MAX_ACCENTS = 2  # accents restored on at most this many letters ('indépendantistes' one, 'laïcité' two)
ACCENTS = {"e": "éèê", "i": "ïî", "a": "âà", "o": "ô", "u": "ûù", "c": "ç"}
# English spellings of a French stem ('independent' for 'indépendant')
STEM_SPELLINGS = (("ent", "ant"), ("ence", "ance"))
WORD_RE = re.compile(r"(?<![\w'’-])[a-z]{%d,}(?![\w'’-])" % MIN_LENGTH)
# French words next to the candidate: the text there is French, which the untranslated rules judge
FRENCH_NEIGHBOURS = frozenset("le la les des du de et un une au aux sur dans pour avec par est sont qui que".split())
NEIGHBOUR_RE = re.compile(r"[\w'’]+")


@functools.lru_cache(maxsize=1)
def _endings() -> tuple[tuple[str, tuple[str, ...], bool], ...]:
    from ...data.cache import load_yaml

    rows = load_yaml("coinage_endings")["endings"]
    return tuple(sorted(((r["en"], tuple(r["fr"]), bool(r.get("same"))) for r in rows), key=lambda r: -len(r[0])))


def _accented(word: str) -> list[str]:
    """The word with accents restored on up to MAX_ACCENTS letters, bare first."""
    slots = [i for i, ch in enumerate(word) if ch in ACCENTS]
    forms = [word]
    for n in range(1, MAX_ACCENTS + 1):
        for chosen in itertools.combinations(slots, n):
            for marks in itertools.product(*(ACCENTS[word[i]] for i in chosen)):
                letters = list(word)
                for i, mark in zip(chosen, marks):
                    letters[i] = mark
                forms.append("".join(letters))
    return forms


def _french_stems(stem: str) -> list[str]:
    """The English stem and the French spellings English changed in it ('independ-ent-ists': 'indépend-ant-')."""
    stems = [stem]
    for english, french in STEM_SPELLINGS:
        at = stem.rfind(english)
        if at > 0:
            stems.append(stem[:at] + french + stem[at + len(english):])
    return stems


def _english_variants(word: str) -> set[str]:
    """The word, its -ise/-ize twin, and its singular: English has the word if any of them is current."""
    forms = {word, re.sub(r"is(e|ed|es|ing|ation|ations)$", r"iz\1", word),
             re.sub(r"iz(e|ed|es|ing|ation|ations)$", r"is\1", word)}
    forms |= {re.sub(r"ies$", "y", f) for f in forms if f.endswith("ies")}
    forms |= {f[:-1] for f in forms if f.endswith("s") and not f.endswith("ss")}
    return forms


@functools.lru_cache(maxsize=65536)  # a batch's vocabulary: a word is judged once per process
def french_origin(word: str) -> str | None:
    """The common French word that `word` (lowercase, rare in English) renders with an English ending, or None."""
    from ...lang.names import zipf

    if any(zipf(form) >= RARE_EN for form in _english_variants(word)):
        return None
    for english, french_endings, same in _endings():
        if not word.endswith(english) or len(word) - len(english) < 3:
            continue
        stem = word[: -len(english)]
        best, best_zipf = None, 0.0
        for french, base in itertools.product(french_endings, _french_stems(stem)):
            for form in (a + french for a in _accented(base)):
                if form == word and not same:
                    continue  # an identical spelling is the French word left as is, only where marked
                value = zipf(form, "fr")
                if value > best_zipf:
                    best, best_zipf = form, value
        if best is not None and best_zipf >= COMMON_FR and best_zipf - zipf(word) >= FRENCH_LEAD:
            return None if _usual_rendering(best, word) else best
        return None  # the longest ending decides
    return None


def _usual_rendering(french: str, word: str) -> bool:
    """Whether the lexicon gives `word` itself as the French word's English ('militant' -> 'militant')."""
    from ...align.words import english_stem, french_stem, lexicon

    return english_stem(word) in lexicon().get(french_stem(french))


def _french_context(text: str, start: int, end: int) -> bool:
    before = NEIGHBOUR_RE.findall(text[max(0, start - 30):start])
    after = NEIGHBOUR_RE.findall(text[end:end + 30])
    near = [w.lower() for w in before[-1:] + after[:1]]
    return any(w in FRENCH_NEIGHBOURS for w in near)


def check(ctx):
    if not is_english(ctx):
        return
    text = ctx.doc.text
    found = [(m, french) for m in WORD_RE.finditer(text) if (french := french_origin(m.group())) is not None]
    if not found:
        return
    from ...lang.folding import fold
    from ...lang.loanwords import find_loanwords

    analysis = ctx.get("target.untranslated")
    taken = [(f.start, f.end) for f in (*analysis.runs, *analysis.sentences, *analysis.terms)]
    taken += [(w.start, w.end) for w in find_loanwords(text)]
    for m, french in found:
        if any(s < m.end() and m.start() < e for s, e in taken) or _french_context(text, m.start(), m.end()):
            continue
        how = "written as it is" if fold(french) == m.group() else "with an English ending"
        yield Hit(m.start(), m.end(), f"'{m.group()}' is the French '{french}' {how}; English has no such word: "
                                      f"write what the French means.")


RULE = Rule(
    code="CAL005",
    name="french-coinage",
    category=Category.CALQUE,
    severity=Severity.WARNING,
    summary="A French word dressed as English ('the sinistered', 'laicity', 'independentists', 'securitary').",
    check=check,
    requires=("target.untranslated",),
    doc="""\
## What it does
Finds words a literal translation coins from a French word with an English ending: "the sinistered"
(*les sinistrés*), "laicity" (*laïcité*), "independentists" (*indépendantistes*), "securitary"
(*sécuritaire*), "the francophony" (*la francophonie*), "to valorise" (*valoriser*), and French words
written as they are without their accents ("votation", "revendications"). A word is reported when
it, its -ise/-ize twin and its singular are all rare in English, when one of a small table of ending
rules (checker/data/coinage_endings.yaml: -ity from -ité, -ist from -iste, -ary from -aire, -ised from
-isé, -ed from -é …) with accents restored leads to a French word that is common in French, and when
the French-English lexicon does not give the word itself as that French word's translation.
Capitalised words (names), loanwords English keeps, and words next to French function words (French
text, which the untranslated rules report) are left alone.

## Why is this bad?
The word does not exist in English: the reader has to guess the French behind it.

## Example
`The laicity of the State is in the constitution.` → `State secularism is in the constitution.`
""",
    examples=(
        Example("The government promised aid to the [[sinistered]] after the floods."),
        Example("The [[laicity]] of the State is written in the constitution."),
        Example("The [[independentists]] won the provincial election."),
        Example("The minister defended a [[securitary]] approach to the riots."),
        Example("Fans hailed the [[realisator]] of the film at Cannes."),
        Example("Activists for solidarity marched through the city.", note="English words"),
        Example("The octogenarian was rescued from the flooded house.", note="a current English word"),
        Example("Des sinistrés ont été relogés dans la nuit.", note="French text: the untranslated rules judge it"),
        Example("The hospital sanitised every room.", note="an English verb"),
        Example("Residents of Sinistra Street met the mayor.", note="a name"),
    ),
)
