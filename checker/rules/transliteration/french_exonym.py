"""TRL001: a listed French transliteration or exonym left in English ("Poutine", "Andreï Beloussov", "Pékin")."""
from __future__ import annotations

import re
from bisect import bisect_right

from ...findings import Category, Hit, Severity
from ...lang.names import CALENDAR
from ...lang.untranslated import strong_acronym
from ...registry import Example, Rule
from .forms import NAME_GROUPS_NEED_ALONE, after_french_word, described_as_french, listed_spans, lookup

NEIGHBOUR_BEFORE_RE = re.compile(r"([^\W\d_][\w’'-]*)[ \u00a0]$")
NEIGHBOUR_AFTER_RE = re.compile(r"[ \u00a0]([^\W\d_][\w’'-]*)")
SENTENCE_START_RE = re.compile(r"(?:^|[.!?:;\n][\s\"“«(]*)$")
# what puts a word in the role of a place: a preposition of place or movement, a verb of taking or reaching a
# place, "the streets of" ("entered Damas", "flights to Tanger"); not "of" alone ("the poems of Damas")
PLACE_ROLE_RE = re.compile(
    r"\b(?i:in|at|to|from|near|into|outside|inside|around|towards?|via|across|throughout|enter(?:ed|s|ing)?"
    r"|reach(?:ed|es|ing)?|captur(?:ed|es|ing)|seiz(?:ed|es|ing)|took|taken|left|fled|flee(?:s|ing)?|"
    r"shell(?:ed|s|ing)?|bomb(?:ed|s|ing)?|besieg(?:ed|es|ing)|storm(?:ed|s|ing)?|surround(?:ed|s|ing)?|"
    r"liberat(?:ed|es|ing)|occup(?:ied|ies|y|ying)|visit(?:ed|s|ing)?|(?:streets|outskirts|suburbs|centre|"
    r"center|airport|capital|city|port|region|mayor|governor)\s+of)\s+$")
FUNCTION_WORDS = frozenset("in at to from of for by on with and or but the a an as near via into".split())


def _listed_at(position: int, matches: tuple[tuple[int, int], ...], starts: list[int]) -> bool:
    """Whether a listed span (the matches are in order and apart) holds `position`."""
    i = bisect_right(starts, position) - 1
    return i >= 0 and position < matches[i][1]


def _part_of_english_name(text: str, start: int, end: int, matches: tuple[tuple[int, int], ...],
                          starts: list[int]) -> bool:
    """A place next to another capitalised word ("Credit Suisse", "Royal Air Maroc") is part of a name."""
    before = NEIGHBOUR_BEFORE_RE.search(text, max(0, start - 40), start)
    if before and before.group(1)[0].isupper() and before.group(1).lower() not in FUNCTION_WORDS:
        if not _listed_at(before.start(1), matches, starts):
            return True
    after = NEIGHBOUR_AFTER_RE.match(text, end)
    if after and after.group(1)[0].isupper() and after.group(1).lower() not in CALENDAR:
        if not _listed_at(after.start(1), matches, starts):
            return True
    return False


def _merge(hits: list[tuple[int, int, str, Severity]], text: str) -> list[tuple[int, int, str, Severity]]:
    """Adjacent listed words of one name ("Andreï Beloussov") become one finding."""
    merged: list[tuple[int, int, str, Severity]] = []
    for start, end, english, severity in hits:
        if merged and text[merged[-1][1]:start] in (" ", "\u00a0"):
            m_start, _, m_english, m_severity = merged[-1]
            merged[-1] = (m_start, end, f"{m_english} {english}", max(m_severity, severity))
        else:
            merged.append((start, end, english, severity))
    return merged


def check(ctx):
    if not ctx.doc.lang.startswith("en"):
        return
    text = ctx.doc.text
    matches = listed_spans(text)
    starts = [s for s, _ in matches]
    found = []
    for start, end in matches:
        form = lookup(text[start:end])
        if strong_acronym(form.french) or after_french_word(text, start):
            continue  # an acronym ("OTAN", "CEDEAO") is French left untranslated: UNT002 reports it
        if form.group in NAME_GROUPS_NEED_ALONE and _part_of_english_name(text, start, end, matches, starts):
            continue
        if form.group == "people" and described_as_french(text, start, end):
            continue
        severity = form.severity
        if form.place_severity is not None and PLACE_ROLE_RE.search(text, max(0, start - 40), start):
            severity = form.place_severity
        found.append((start, end, form.english, severity))
    for start, end, english, severity in _merge(found, text):
        written = text[start:end]
        if severity >= Severity.WARNING:
            message = f"'{written}' is the French spelling; English writes '{english}'."
        else:
            message = f"'{written}' is a French or older form; English news now usually writes '{english}'."
        yield Hit(start, end, message, suggestion=english, severity=severity)


RULE = Rule(
    code="TRL001",
    name="french-exonym",
    category=Category.TRANSLITERATION,
    severity=Severity.WARNING,
    summary="A French transliteration or exonym from the curated list left in English text.",
    check=check,
    doc="""\
## What it does
Looks up the French spellings of foreign names listed in `checker/data/transliterations.yaml`:
Russian and Ukrainian names transliterated the French way ("Poutine", "Beloussov",
"Narychkine", "Sergueï", "Iouri"), Arabic and Persian names ("Kadhafi", "Netanyahou",
"Raïssi"), French exonyms of places ("Pékin", "Moscou", "Varsovie", "Londres", "Tchétchénie")
and French names of organisations ("Daech", "OTAN", "Al-Qaïda"). Each is reported with the
English form as the suggestion; the words of one name are reported together ("Andreï Beloussov"
→ "Andrei Belousov"). Matching is case-sensitive ("poutine" the dish is not Putin).

Left alone: names spelled the same in both languages (Medvedev, Lavrov, Peskov, Pyongyang);
names of places in France (Lyon, Marseille), which English translators keep; a listed form after
a French article or preposition, where it belongs to a French name ("Université libre de
Bruxelles"); a place or organisation next to another capitalised word, where it is part of an
English name ("Credit Suisse", "Royal Air Maroc"). Forms English also uses or used until
recently ("Kiev", "Kharkov") are reported as information. Forms that are also English names ("Damas",
"Alger", "Tanger") are information too, and a warning where the word stands as a place: after a
preposition of place or movement or a verb of taking or reaching ("entered Damas", "flights to Tanger").
French acronyms ("OTAN", "CEDEAO") are left to UNT002, which reports them as untranslated.

## Why is this bad?
Machine translation from French copies French transliterations, which English readers do not
recognise ("Choïgou" for Shoigu) and which make the text look unedited; names also stop
matching the English press and search engines.

## Example
`his Minister of Defense, Andreï Beloussov` → `Andrei Belousov`.
""",
    examples=(
        Example("The Russian president will be accompanied by his Minister of Defense, [[Andreï Beloussov]]."),
        Example("[[Poutine]] met the delegation in [[Moscou]] on Tuesday."),
        Example("The talks in [[Pékin]] ended without agreement, a [[Tchétchénie]] veteran said."),
        Example("Wagner founder [[Evgueni Prigojine]] died in a plane crash."),
        Example("[[Daech]] claimed the attack, and [[Al-Qaïda]] denied any role."),
        Example("He spoke at the Kremlin with [[Sergueï Choïgou]] and [[Iouri]] Ouchakov's deputy."),
        Example("The summit in [[Kiev]] was postponed.", note="information: English used 'Kiev' until 2019"),
        Example("The head of foreign intelligence, Sergei Naryshkin, and Sergei Lavrov flew to Pyongyang."),
        Example("Putin's diplomatic adviser, Yuri Ushakov, met Choe Son Hui in Moscow."),
        Example("Dmitry Medvedev and Dmitry Peskov spoke; Medvedev said Lavrov would travel to Beijing."),
        Example("A plate of poutine is a Quebec classic."),
        Example("She studied at the Université libre de Bruxelles before moving to Lyon and Marseille."),
        Example("Credit Suisse and Royal Air Maroc reported results."),
        Example("Hamas and Hezbollah welcomed the statement, Mahmoud Abbas said."),
        Example("Rebel columns entered [[Damas]] at dawn; ferries to [[Tanger]] were cancelled.",
                note="an exonym that is also an English name, standing as a place: a warning"),
        Example("The poet Léon-Gontran Damas was read aloud, and Alger Hiss testified.",
                note="the same forms as a surname and a given name"),
        Example("The ONU and OTAN statements were read out.", note="acronyms are UNT002's"),
    ),
)
