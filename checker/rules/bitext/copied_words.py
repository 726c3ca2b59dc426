"""UNT003: a French word copied from the aligned source sentence into the English, untranslated."""
from __future__ import annotations

import bisect
import re

from ...findings import Category, Hit, Severity
from ...lang.folding import fold
from ...lang.loanwords import find_loanwords
from ...lang.names import zipf
from ...registry import Example, Rule

WORD_RE = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
ELIDED_RE = re.compile(r"^(?:l|d|j|m|n|s|t|c|qu)['’](?=[^\W\d_]{2})", re.IGNORECASE)
ENGLISH_WORD = 3.0  # English Zipf frequency from which a word copied from the source is also English
FRENCH_MARGIN = 2.0  # how much more frequent in French than in English an unaccented copied word must be
MIN_LETTERS = 3


def _looks_french(word: str) -> bool:
    """Not an English word: an elided French form, accented, or far more frequent in French than in English."""
    elided = ELIDED_RE.match(word)
    if elided:
        return not word[elided.end():][:1].isupper()  # "d'Orsay", "l'Etude": a name
    bare = word.lower()
    if zipf(bare, "en") >= ENGLISH_WORD:
        return False
    return bare != fold(bare) or zipf(bare, "fr") - zipf(bare, "en") >= FRENCH_MARGIN


def check(ctx):
    source, target = ctx.source.text, ctx.doc.text
    titles = [(q.start, q.end) for q in ctx.get("target.marked_quotes") if target[q.start:q.start + 1].isupper()]
    french_sentences = _french_sentences(ctx.get("target.untranslated"))
    for pair in ctx.get("pair.sentences"):
        if not pair.source or not pair.target:
            continue
        french = set(WORD_RE.findall(source, *pair.source_span))
        loans = [(loan.start, loan.end) for loan in find_loanwords(target, *pair.target_span)]
        for match in WORD_RE.finditer(target, *pair.target_span):
            word = match.group()
            if (len(word) < MIN_LETTERS or word not in french or word[:1].isupper()
                    or not _looks_french(word)):
                continue  # names keep their spelling; English words may coincide with French ones
            if any(start <= match.start() < end for start, end in titles):
                continue  # a French title quoted as it is ("Lieux de mémoire")
            if any(start <= match.start() < end for start, end in loans):
                continue  # a French expression English uses as it is (checker/data/loanwords.yaml)
            if _inside(french_sentences, match.start()):
                continue  # UNT001 reports the whole sentence as French already
            yield Hit(match.start(), match.end(),
                      f"'{word}' is the source's French word, copied untranslated into the English.",
                      source_span=_in_source(source, pair.source_span, word))


def _french_sentences(analysis) -> list[tuple[int, int]]:
    """The sentences UNT001 reports as French, in text order (they do not overlap)."""
    return sorted((span.start, span.end) for span in analysis.sentences)


def _inside(spans: list[tuple[int, int]], offset: int) -> bool:
    i = bisect.bisect_right(spans, (offset, float("inf")))
    return i > 0 and spans[i - 1][0] <= offset < spans[i - 1][1]


def _in_source(text: str, span: tuple[int, int], word: str) -> tuple[int, int]:
    found = re.search(rf"(?<![\w'’]){re.escape(word)}(?![\w'’])", text[span[0]:span[1]])
    return (span[0] + found.start(), span[0] + found.end()) if found else span


RULE = Rule(
    code="UNT003",
    name="copied-from-source",
    category=Category.UNTRANSLATED,
    severity=Severity.WARNING,
    summary="A French word of the aligned source sentence copied into the English untranslated.",
    check=check,
    requires=("pair.sentences", "target.marked_quotes", "target.untranslated"),
    doc="""\
## What it does
With the source, a lowercase word of an English sentence that also stands, written the same
way, in the aligned French sentence, and that is not an English word (an elided form such as
"d'admirer", or a word rare in English: "trois", "toujours"), was copied from the source
instead of translated. Names (capitalised) and words English shares with French ("commerce",
"important"), loanwords and French titles quoted as they are ("Lieux de mémoire") are left alone,
and so are the words of a sentence that UNT001 reports whole as French: one finding for one
slip. Without the source, UNT001-002 judge by the language of the words.

## Why is this bad?
A French word in the middle of an English sentence is a translation the machine skipped; the
reader loses that part of the meaning.

## Example
Source: `Le Machu Picchu se compose de trois structures principales.`
Translation: `Machu Picchu consists of trois main structures.` → `three`.
""",
    examples=(
        Example("Machu Picchu consists of [[trois]] main structures.",
                source="Le Machu Picchu se compose de trois structures principales."),
        Example("This is a good opportunity [[d'admirer]] the Northern Lights.",
                source="C'est une bonne occasion d'admirer les aurores boréales."),
        Example("The talks will resume [[demain]] in Geneva.",
                source="Les négociations reprendront demain à Genève."),
        Example("The minister has [[toujours]] refused to comment.",
                source="Le ministre a toujours refusé de commenter."),
        Example("The union called for a strike [[malgré]] the agreement.",
                source="Le syndicat a appelé à la grève malgré l'accord."),
        Example("Machu Picchu consists of three main structures.",
                source="Le Machu Picchu se compose de trois structures principales."),
        Example("Bush announced his plan to expand commerce in Asia.",
                source="Bush a annoncé son plan pour développer le commerce en Asie.",
                note="an English word too"),
        Example("Emmanuel Macron met Olaf Scholz in Berlin.",
                source="Emmanuel Macron a rencontré Olaf Scholz à Berlin.", note="names keep their spelling"),
        Example("The minister spoke on Monday. Le gouvernement a annoncé une nouvelle réforme des retraites.",
                source="Le ministre a parlé lundi. Le gouvernement a annoncé une nouvelle réforme des retraites.",
                note="a whole sentence left in French: UNT001 reports it, once"),
        Example("The restaurant served a soufflé and a crème brûlée.",
                source="Le restaurant a servi un soufflé et une crème brûlée.", note="loanwords English uses"),
        Example("The important vote takes place in the Senate.",
                source="Le vote important a lieu au Sénat."),
    ),
)
