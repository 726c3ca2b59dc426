"""What makes a word part of a capitalised run: the name finder's run builder (lang/speakers.py:find_names)."""
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
NAME_PREFIX_RE = re.compile(rf"(?:{'|'.join(sorted(NAME_PREFIXES, key=lambda w: (-len(w), w)))})[-‐‑'’][A-ZÀ-ÖØ-Þ]")
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


NAME_GAPS = frozenset(" \u00a0\u202f")  # the spaces between two words of a name: plain, no-break, narrow
INITIAL_GAPS = frozenset({". ", ".\u00a0"})  # "W. Bush" when a finder's words leave the full stop out


def _next_word(text: str, words, k: int) -> int | None:
    """The index of the word joined to words[k] in a name, or None: one space between them, or an initial's full
    stop and a space ("George W. Bush"; the full stop may be a word of its own, skipped)."""
    if k + 1 >= len(words):
        return None
    prev, nxt = words[k], words[k + 1]
    gap = text[prev.end:nxt.start]
    if gap == " " or gap and (gap in NAME_GAPS or NAME_GAPS.issuperset(gap)):  # "Financial \u00a0Times" too
        return k + 1
    word = prev.text
    if len(word) != 1 or not word.isupper():  # only an initial goes on past a full stop
        return None
    if gap in INITIAL_GAPS:
        return k + 1
    if not gap and nxt.text == "." and k + 2 < len(words) and text[nxt.end:words[k + 2].start] in NAME_GAPS:
        return k + 2
    return None


def run_end(text: str, words, k: int, name_word, particles: frozenset = PARTICLES) -> int:
    """The capitalised run that starts at words[k], as the index after its last word: name words (`name_word(i)`,
    each finder's own test), the lowercase particles between two of them ("Ursula von der Leyen", "Charles de
    Gaulle"), initials before a name word ("George W. Bush"), all joined by single spaces; a possessive ending
    closes the run ("Putin's"). `words` are objects with start, end and text; run_end(...) == k when none starts
    at k. The run builder of the one name finder (lang/speakers.py:find_names, read through lang/name_finder.py)."""
    end = i = k
    while True:
        word = words[i].text
        if not (name_word(i) or len(word) == 1 and word.isupper() and _initial_before_name(text, words, i,
                                                                                             name_word)):
            return end
        end = i + 1
        if word.endswith(POSSESSIVE_ENDINGS):
            return end
        nxt = _next_word(text, words, i)
        # particles: a chain of them, then a name word ("von der Leyen"); otherwise the run ends before them
        while nxt is not None and _particle(words[nxt].text, particles):
            nxt = _next_word(text, words, nxt)
        if nxt is None:
            return end
        i = nxt


def _particle(word: str, particles: frozenset) -> bool:
    """A particle, capitalised or not ("Emmanuel De Bock", "Yann Le Goff" as well as "Charles de Gaulle")."""
    return word in particles or word[:1].isupper() and word.lower() in particles


def _initial_before_name(text: str, words, i: int, name_word) -> bool:
    """ "George W. Bush": an initial, then a name word."""
    nxt = _next_word(text, words, i)
    return nxt is not None and name_word(nxt) and len(words[nxt].text) > 1
