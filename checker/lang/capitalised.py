"""What makes a word part of a capitalised run, shared by both name finders (lang/names.py, lang/speakers.py)."""
from __future__ import annotations

import functools
import re

from .word_lists import NAME_WORDS

# lowercase words that stay inside a name ("Ursula von der Leyen", "Charles de Gaulle"): a person's, and in
# English text a place's ("Châlons en Champagne")
NAME_PARTICLES = NAME_WORDS["particles"]
PARTICLES = NAME_PARTICLES | NAME_WORDS["place_particles"]
# prefixes joined by a hyphen or an apostrophe to a capitalised part ("al-Assad", "d'Estaing"): such a word
# counts as capitalised
NAME_PREFIXES = NAME_WORDS["name_prefixes"]
NAME_PREFIX_RE = re.compile(rf"(?:{'|'.join(sorted(NAME_PREFIXES, key=len, reverse=True))})[-‐‑'’][A-ZÀ-ÖØ-Þ]")
PREFIX_INITIALS = "".join(sorted({p[0] for p in NAME_PREFIXES}))  # what such a word starts with
POSSESSIVE_ENDINGS = ("’s", "'s")


def prefixed_name(word: str) -> bool:
    """A lowercase name prefix joined to a capitalised part: "al-Assad", "d'Estaing"."""
    return len(word) > 2 and word[:1] in PREFIX_INITIALS and NAME_PREFIX_RE.match(word) is not None


@functools.lru_cache(maxsize=65536)
def capitalised(word: str) -> bool:
    """A word that may stand in a name: a capital first letter, or a name prefix before one."""
    return word[0].isupper() or prefixed_name(word)


@functools.lru_cache(maxsize=65536)
def all_caps(word: str) -> bool:
    """An acronym's spelling: at least two letters, all capitals ("NATO", "AP-HP", "U.S.")."""
    letters = [ch for ch in word if ch.isalpha()]
    return len(letters) >= 2 and all(ch.isupper() for ch in letters)


def initial(word: str) -> bool:
    """One capital letter: a first name's initial ("George W. Bush") when a name follows."""
    return len(word) == 1 and word.isupper()
