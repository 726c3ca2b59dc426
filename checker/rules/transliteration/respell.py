"""English respellings of a French-transliterated name, ranked by how often English text writes them."""
from __future__ import annotations

import functools
import itertools
import re
import unicodedata
from dataclasses import dataclass

from ...lang.names import zipf

# Kinds of change: a TRANSLIT change is a correspondence of the French transliteration systems (Russian,
# Ukrainian, Arabic, Persian), enough on its own; a MORPH change is a French exonym ending ("-ie" for
# "-ia"), enough only where the word stands as a place; a SUPPORT change (a doubled s, "ï" for "y") adds to
# the evidence of another but never counts on its own; a WEAK change (a final -e, c for k) never counts.
TRANSLIT, MORPH, SUPPORT, WEAK = "translit", "morph", "support", "weak"
# French → English correspondences; "^" and "$" tie one to the start or the end of a word part. Each site
# may keep its French spelling or take one of the alternatives; the longest form wins at each position.
# An alternative may carry its own kind: ("a", MORPH).
CORRESPONDENCES: tuple[tuple[str, tuple, str], ...] = (
    ("chtch", ("shch",), TRANSLIT),
    ("tch", ("ch",), TRANSLIT),
    ("^iou", ("yu",), TRANSLIT), ("iou", ("yu", "iu"), TRANSLIT), ("^you", ("yu",), TRANSLIT),
    ("^ia", ("ya",), TRANSLIT), ("^ie", ("ye",), TRANSLIT), ("^io", ("yo",), TRANSLIT), ("^e", ("ye",), TRANSLIT),
    ("ïa", ("ya",), TRANSLIT), ("ïo", ("yo",), TRANSLIT), ("ïe", ("ye",), SUPPORT),
    ("^ou", ("u", "w", "o"), TRANSLIT), ("ou", ("u", "w"), TRANSLIT),
    ("dj", ("j",), TRANSLIT),
    ("ch", ("sh",), TRANSLIT),
    ("gue", ("ge",), TRANSLIT), ("gui", ("gi",), TRANSLIT),
    ("ia", ("ya",), TRANSLIT),
    ("j", ("zh",), TRANSLIT),
    ("ine$", ("in",), TRANSLIT), ("yne$", ("yn",), TRANSLIT),
    ("ski$", ("sky",), TRANSLIT),
    ("ie$", ("ia", "y"), MORPH),
    ("ée$", ("ea",), MORPH),
    ("é$", ("eh", "a"), MORPH),
    ("que$", ("ca", "co", "c"), MORPH),
    ("ss", ("s",), SUPPORT),
    ("ï", ("y",), SUPPORT),
    ("e$", ("", ("a", MORPH)), WEAK),
    ("c", ("k",), WEAK),
)
MAX_VARIANTS = 128
MIN_ENGLISH_ZIPF = 1.3  # the respelling must be a word English text uses
MARGIN = 1.0  # ... and uses ten times as often as the written form
STRONG_EVIDENCE = 2.0  # English preference plus French preference, in Zipf units, for a warning on one change
ENGLISH_WORD_ZIPF = 3.0  # a written form this common in English is English already ("Four", "Louis")
# one change between a common English word and a form English also writes: two words ("Choe", "shoe")
COMMON_WORD_ZIPF, ATTESTED_ZIPF = 3.5, 2.0
# ... or between an English word and a form both languages write, if rarely: a French place ("Douchy", "duchy")
WORD_ZIPF, RARE_ATTESTED_ZIPF, FRENCH_ATTESTED_ZIPF = 3.0, 1.0, 1.5
# after the Arabic article ("al-Cham") the name is Arabic: English needs to prefer the respelling only this much,
# and a respelling that is also an English word ("Sham") counts
ARTICLE_MARGIN = 0.5


def _site_key(form: str) -> tuple[str, bool, bool]:
    return form.strip("^$"), form.startswith("^"), form.endswith("$")


_PATTERN = re.compile("|".join(
    ("^" if start else "") + re.escape(text) + ("$" if end else "")
    for text, start, end in sorted((_site_key(f) for f, _, _ in CORRESPONDENCES), key=lambda k: -len(k[0]))))
_TABLE = {_site_key(f): (alts, kind) for f, alts, kind in CORRESPONDENCES}


def fold(text: str) -> str:
    """Accents removed ("Pékin" -> "Pekin")."""
    if text.isascii():
        return text
    return "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))


def _alternatives(found: str, at_start: bool, at_end: bool) -> tuple[tuple, str | None]:
    """The alternatives for a site, the one tied to the word's start or end first."""
    for key in ((found, at_start, at_end), (found, at_start, False), (found, False, at_end), (found, False, False)):
        if key in _TABLE:
            return _TABLE[key]
    return (), None


def variants(part: str) -> list[tuple[str, tuple[str, ...]]]:
    """Respellings of one lowercase word part, each with the kind of each change it makes (accents folded)."""
    pieces: list[tuple[tuple[str, str | None], ...]] = []
    pos = 0
    for m in _PATTERN.finditer(part):
        if m.start() > pos:
            pieces.append(((fold(part[pos:m.start()]), None),))
        alts, kind = _alternatives(m.group(), m.start() == 0, m.end() == len(part))
        pieces.append(((fold(m.group()), None), *((alt, kind) if isinstance(alt, str) else alt for alt in alts)))
        pos = m.end()
    if pos < len(part):
        pieces.append(((fold(part[pos:]), None),))
    out = []
    for combo in itertools.product(*pieces):
        out.append(("".join(text for text, _ in combo), tuple(kind for _, kind in combo if kind)))
        if len(out) >= MAX_VARIANTS:
            break
    return out


@dataclass(frozen=True, slots=True)
class Respelling:
    """The spelling English text uses for a word, how often it uses it and the written form, and the changes."""

    english: str
    english_zipf: float
    written_zipf: float
    kinds: tuple[str, ...]  # one per change
    evidence: float  # how much more English uses the respelling, plus how much more French uses the written form

    @property
    def strong(self) -> bool:
        """Two changes (weak ones aside), or a clear preference of each language for its own spelling."""
        return sum(kind != WEAK for kind in self.kinds) >= 2 or self.evidence >= STRONG_EVIDENCE


def _counts(kinds: tuple[str, ...], as_place: bool) -> bool:
    return TRANSLIT in kinds or (as_place and MORPH in kinds)


@functools.lru_cache(maxsize=8192)
def _scored_variants(low: str) -> tuple[tuple[str, tuple[str, ...], float], ...]:
    """The respellings of a lowercase word that may count (its folded form aside), with their changes and Zipf
    values: shared by `respell`'s readings of the word."""
    folded = fold(low)
    return tuple((variant, kinds, zipf(variant)) for variant, kinds in variants(low)
                 if variant != folded and _counts(kinds, as_place=True))


@functools.lru_cache(maxsize=8192)
def respell(word: str, as_place: bool = False, after_article: bool = False) -> Respelling | None:
    """The most frequent English respelling of `word` when English clearly prefers it to the written form.

    A respelling counts when it makes a transliteration change, or an exonym ending where the word stands
    as a place (`as_place`); accents alone never count (English keeps the accents of French names).
    """
    low = word.lower()
    folded = fold(low)
    written = max(zipf(low), zipf(folded))
    if written >= ENGLISH_WORD_ZIPF:
        return None
    best, best_zipf, best_kinds = None, 0.0, ()
    for variant, kinds, z in _scored_variants(low):
        if _counts(kinds, as_place) and z > best_zipf:
            best, best_zipf, best_kinds = variant, z, kinds
    if best is None or best_zipf < MIN_ENGLISH_ZIPF or best_zipf < written + (ARTICLE_MARGIN if after_article else MARGIN):
        return None
    if len(best_kinds) == 1 and not after_article and (
            best_zipf >= COMMON_WORD_ZIPF and written >= ATTESTED_ZIPF
            or best_kinds[0] == TRANSLIT and best_zipf >= WORD_ZIPF and written >= RARE_ATTESTED_ZIPF
            and zipf(low, "fr") >= FRENCH_ATTESTED_ZIPF):
        return None  # two words one letter apart ("Choe" the Korean name, "shoe"; "Douchy" the French village, "duchy")
    if TRANSLIT not in best_kinds and zipf(best, "fr") >= best_zipf:
        return None  # an ending French writes as much as English is no exonym: a French name ("Jarrie", "Jarry")
    english = best[:1].upper() + best[1:] if word[:1].isupper() else best
    evidence = best_zipf - written + max(0.0, zipf(low, "fr") - zipf(best, "fr"))
    return Respelling(english, best_zipf, written, best_kinds, round(evidence, 2))
