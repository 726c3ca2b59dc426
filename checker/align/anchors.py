"""Anchors that survive translation, for the sentence aligner: numbers, names, dates and quotation marks."""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from ..lang.folding import fold
from ..lang.sentences import STARTERS_EN, STARTERS_FR
from .text import dice, trigrams

MONTHS = {
    "janvier": 1, "january": 1, "fevrier": 2, "february": 2, "mars": 3, "march": 3, "avril": 4,
    "april": 4, "mai": 5, "may": 5, "juin": 6, "june": 6, "juillet": 7, "july": 7, "aout": 8,
    "august": 8, "septembre": 9, "september": 9, "octobre": 10, "october": 10, "novembre": 11,
    "november": 11, "decembre": 12, "december": 12,
}
WEEKDAYS = {
    "lundi": 1, "monday": 1, "mardi": 2, "tuesday": 2, "mercredi": 3, "wednesday": 3, "jeudi": 4,
    "thursday": 4, "vendredi": 5, "friday": 5, "samedi": 6, "saturday": 6, "dimanche": 7, "sunday": 7,
}
# "may" and "mars" are also ordinary words; they count only next to a number ("2 mai", "May 2")
AMBIGUOUS_MONTHS = frozenset({"mai", "may", "mars", "march"})
WORD_RE = re.compile(r"[^\W\d_][\w'’-]*")
QUOTE_RE = re.compile(r"[«»“”„]|(?<!\w)\"|\"(?!\w)")
NAME_MATCH = 0.45  # trigram Dice at which two folded name words are taken as one name (Ouchakov / Ushakov)


@dataclass(frozen=True, slots=True)
class Anchors:
    """What one sentence (or a run of sentences) carries that a translation keeps."""

    numbers: frozenset[str] = frozenset()
    dates: frozenset[str] = frozenset()  # "month:6", "weekday:4"
    names: frozenset[str] = frozenset()  # folded, French transliterations turned into English forms
    quoted: bool = False

    def __or__(self, other: "Anchors") -> "Anchors":
        return Anchors(self.numbers | other.numbers, self.dates | other.dates, self.names | other.names,
                       self.quoted or other.quoted)


@functools.lru_cache(maxsize=1)
def exonyms() -> dict[str, str]:
    """Folded French form -> folded English form, word by word, from checker/data/transliterations.yaml."""
    from ..data.cache import cached, data_digest, load_yaml

    def build() -> dict[str, str]:
        table: dict[str, str] = {}
        for group in load_yaml("transliterations")["groups"]:
            for french, english in group["entries"].items():
                words_f, words_e = fold(french).split(), fold(english).split()
                if len(words_f) == len(words_e):
                    table.update((f, e) for f, e in zip(words_f, words_e) if f != e)
                else:
                    table[fold(french)] = fold(english)
        return table

    return cached("exonyms", data_digest("transliterations.yaml"), build)  # folded once per machine


def number_value(mention) -> str:
    """A canonical value for a number mention of checker/compare/numbers.py: '3 000', '3,000', 'trois mille'
    -> '3000'; '3,5', '3.5' -> '3.5'; a date or a time by its kind and fields."""
    value = mention.value
    if isinstance(value, tuple):
        return f"{mention.kind}:{','.join('' if v is None else str(v) for v in value)}"
    text = f"{value:.6f}".rstrip("0").rstrip(".")
    return text or "0"


def sentence_anchors(text: str, lang: str, numbers=None) -> Anchors:
    """The anchors of one sentence; names are its capitalised words (but an opening "The", "Le"…), folded.

    `numbers` are the sentence's number mentions (the `source.numbers`/`target.numbers` annotations
    sliced to it, offsets into the sentence or not); without them the sentence is read by the same parser.
    """
    if numbers is None:
        from ..compare.numbers import extract_numbers
        numbers = extract_numbers(text, lang)
    dates, names = set(), set()
    values = set()
    for mention in numbers:
        if mention.weak:
            continue  # "un", "one": an article more often than a figure
        if mention.kind == "weekday":
            dates.add(f"weekday:{mention.value}")
        else:
            values.add(number_value(mention))
    table = exonyms() if lang != "en" else {}
    starters = STARTERS_EN | STARTERS_FR
    words = list(WORD_RE.finditer(text))
    for k, match in enumerate(words):
        word = match.group()
        folded = fold(word).rstrip("'’")
        if folded in WEEKDAYS:
            dates.add(f"weekday:{WEEKDAYS[folded]}")
        elif folded in MONTHS:
            near = text[max(0, match.start() - 4):match.end() + 5]
            if folded not in AMBIGUOUS_MONTHS or re.search(r"\d", near):
                dates.add(f"month:{MONTHS[folded]}")
                continue
        if not word[0].isupper() or len(folded) < 3 or (k == 0 and word in starters):
            continue
        for part in re.split(r"[-'’]", folded):
            if len(part) >= 3:
                names.add(table.get(part, part))
    return Anchors(frozenset(values), frozenset(dates), frozenset(names), bool(QUOTE_RE.search(text)))


@functools.lru_cache(maxsize=65536)
def _grams(word: str) -> frozenset[str]:
    return trigrams(word)


@functools.lru_cache(maxsize=65536)
def _closest(name: str, others: frozenset[str]) -> float:
    """The best trigram Dice of `name` with one of `others`: the aligner asks it of each sentence's names
    in many candidate beads."""
    return max((dice(_grams(name), _grams(o)) for o in others), default=0.0)


def _name_hits(names: frozenset[str], others: frozenset[str]) -> float:
    """How many of `names` have a counterpart in `others` (exact, or partly by trigrams: Pékin / Peking)."""
    total = 0.0
    for name in names:
        if name in others:
            total += 1.0
            continue
        best = _closest(name, others)
        if best >= NAME_MATCH:
            total += min(1.0, best / 0.7)
    return total


@dataclass(frozen=True, slots=True)
class AnchorMatch:
    """Anchors shared and unshared by the two sides of a candidate bead."""

    shared_numbers: float
    lone_numbers: float
    shared_names: float
    lone_names: float
    shared_dates: float
    lone_dates: float
    quotes: float  # +1 both quote, -1 one side quotes, 0 neither


def match(source: Anchors, target: Anchors) -> AnchorMatch:
    shared_n = len(source.numbers & target.numbers)
    lone_n = len(source.numbers ^ target.numbers)
    hits_s = _name_hits(source.names, target.names) if target.names else 0.0
    hits_t = _name_hits(target.names, source.names) if source.names else 0.0
    shared_names = (hits_s + hits_t) / 2
    lone_names = (len(source.names) - hits_s) + (len(target.names) - hits_t)
    shared_d = len(source.dates & target.dates)
    lone_d = len(source.dates ^ target.dates)
    quotes = (1.0 if source.quoted and target.quoted else -1.0 if source.quoted != target.quoted else 0.0)
    return AnchorMatch(shared_n, lone_n, shared_names, lone_names, shared_d, lone_d, quotes)
