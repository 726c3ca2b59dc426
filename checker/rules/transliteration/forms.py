"""French transliteration data and patterns: the curated list, and French-style spellings of Slavic names."""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from ...findings import Severity
from ...lang.names import APOSTROPHES, HYPHENS, WORD_RE
from ...records import record

HYPHEN_CLASS = "[-‐‑]"
WORD_CHAR = r"[^\W_]"
# French words that, just before a name, show it belongs to a French phrase or proper name; a capitalised
# article opens a French title or name ("Le Samouraï", "La Boétie")
FRENCH_BEFORE_RE = re.compile(r"(?:\b(?:de|du|des|à|au|aux|la|le|les|en|sur|Le|La|Les|Du|Des)\s+|\b[dlDL][’'])$")
NAME_GROUPS_NEED_ALONE = frozenset({"places", "organisations", "also-english", "places-also-names"})


@record
class Form:
    """One French form and its English equivalent."""

    french: str
    english: str
    group: str
    severity: Severity
    place_severity: Severity | None = None  # where the form stands as a place ("entered Damas")


@dataclass(frozen=True, slots=True)
class Lexicon:
    """The French transliterations of names and their English forms (checker/data), read once."""

    forms: dict[str, Form]  # by French form
    regex: re.Pattern  # every French form, longest first, not followed by a word character (see `listed_spans`)
    keep: frozenset[str]  # names that keep their diaeresis in English
    english: frozenset[str]  # every English form


def _form_pattern(form: str) -> str:
    parts = []
    for ch in form:
        if ch == " ":
            parts.append(r"\s+")
        elif ch in "-‐‑":
            parts.append(HYPHEN_CLASS)
        elif ch in "'’":
            parts.append("['’]")
        else:
            parts.append(re.escape(ch))
    return "".join(parts)


@functools.lru_cache(maxsize=None)
def lexicon() -> Lexicon:
    """The curated list in checker/data/transliterations.yaml, compiled."""
    from ...data.cache import built_key, cached, compile_regex, load_yaml

    data = load_yaml("transliterations")
    forms: dict[str, Form] = {}
    for group in data["groups"]:
        severity = Severity.parse(group.get("severity", "warning"))
        place = Severity.parse(group["as_place"]) if "as_place" in group else None
        for french, english in group["entries"].items():
            forms[french] = Form(french, english, group["name"], severity, place)
    key = built_key("transliterations.yaml", __file__)
    regex = compile_regex("transliterations", cached("transliterations-source", key, lambda: _forms_source(forms)))
    english = frozenset(w for f in forms.values() for w in f.english.split())
    return Lexicon(forms, regex, frozenset(data.get("keep", ())), english)


def _forms_source(forms) -> str:
    # longest first, grouped by first letter: at each position only the forms opening with its letter are
    # tried, in the same order. What comes before a form is checked apart (FORM_START_RE): a pattern that
    # opens on the forms' letters is searched skipping the positions no form starts with
    by_first: dict[str, list[str]] = {}
    for french in sorted(forms, key=len, reverse=True):
        by_first.setdefault(_form_pattern(french[0]), []).append(_form_pattern(french[1:]))
    alternation = "|".join(f"{first}(?:{'|'.join(rests)})" for first, rests in by_first.items())
    return rf"(?:{alternation})(?![\w‐‑-])"


_LISTED: list = [(None, ())]  # (the last text asked about, its listed spans): three rules ask for each text


# a form starts a word, or follows the Arabic article ("al-Joulani", "el-Sadate")
FORM_START_RE = re.compile(r"(?:(?<![\w‐‑-])|(?<=\b[AaEe]l[-‐‑]))")


def listed_spans(text: str) -> tuple[tuple[int, int], ...]:
    """(start, end) of every listed form in the text, in order and apart (once per text).

    What `finditer` would give for FORM_START_RE and the lexicon's regex joined: a form where a word
    may not start is passed over, and the search goes on from its next character.
    """
    memo = _LISTED[0]
    if memo[0] is not text:
        regex, found, pos = lexicon().regex, [], 0
        while (match := regex.search(text, pos)) is not None:
            if FORM_START_RE.match(text, match.start()):
                found.append((match.start(), match.end()))
                pos = match.end()
            else:
                pos = match.start() + 1
        memo = _LISTED[0] = (text, tuple(found))
    return memo[1]


PART_RE = re.compile(r"[^-‐‑'’]+")
_CAPITALISED: list = [(None, ())]  # (the last text asked about, its capitalised parts): TRL002 and TRL003 ask
# what may be a capital: far fewer places than the text's words (a class of all of str.isupper's is slow)
MAY_BE_CAPITAL_RE = re.compile("[A-Z\u0080-\U0010ffff]")
WORD_MARKS = HYPHENS + APOSTROPHES


def capitalised_parts(text: str) -> tuple[tuple[int, int, str, str], ...]:
    """(start, end, part, word) for each part of a word (split at hyphens and apostrophes) that opens with
    a capital and has no other ("Zarqaoui" in "al-Zarqaoui", not "YouGov"), in order; once per text.

    Only the words (WORD_RE's, as its search of the text cuts them) that hold a capital are read: each from the
    start of the word around its first capital."""
    memo = _CAPITALISED[0]
    if memo[0] is not text:
        found, done = [], 0
        for capital in MAY_BE_CAPITAL_RE.finditer(text):
            at = capital.start()
            if at < done or not capital.group().isupper():
                continue
            while at > 0 and (_letter(text[at - 1])
                              or text[at - 1] in WORD_MARKS and at > 1 and _letter(text[at - 2])):
                at -= 1  # back to the start of the word
            match = WORD_RE.match(text, at)
            word, done = match.group(), match.end()
            for start, end, piece in _capitalised(word):
                found.append((at + start, at + end, piece, word))
        memo = _CAPITALISED[0] = (text, tuple(found))
    return memo[1]


def _letter(ch: str) -> bool:
    """Whether WORD_RE reads the character as a letter (a word character other than a digit or "_")."""
    return ch.isalnum() and not ch.isdecimal()


@functools.lru_cache(maxsize=65536)
def _capitalised(word: str) -> tuple[tuple[int, int, str], ...]:
    """(start, end, part) in the word for `capitalised_parts`."""
    if word.islower():
        return ()
    found = []
    for part in PART_RE.finditer(word):
        piece = part.group()
        rest = piece[1:]
        if piece[0].isupper() and (rest.islower() or not any(ch.isupper() for ch in rest)):
            found.append((part.start(), part.end(), piece))
    return tuple(found)


def lookup(matched: str) -> Form:
    """The entry for a matched French form (spaces and hyphens as written in the text)."""
    forms = lexicon().forms
    normal = re.sub(r"\s+", " ", matched)
    normal = re.sub(HYPHEN_CLASS, "-", normal).replace("’", "'")
    return forms[normal]


# a French nationality stated next to a name: a French citizen keeps the French spelling of a Slavic or
# Arabic name ("the French writer Andreï Makine", "Pavel X, a Franco-Russian artist")
FRENCH_NATIONALITY = r"(?:French|Franco-[A-Z][a-z]+|French-(?:born|[A-Z][a-z]+))"
# a person of a French-speaking country, whose name keeps the French spelling ("the Moroccan goalkeeper Yassine
# Bounou", "the Belgian-Moroccan Oussama Atar"); a place there is another matter ("the Haouz region")
FRANCOPHONE_BEFORE_NAME_RE = re.compile(
    r"\b(?:Belgian-|French-)?(?:Moroccan|Algerian|Tunisian|Belgian|Senegalese|Malian|Ivorian|Cameroonian|Guinean|"
    r"Congolese|Mauritanian|Burkinabe|Nigerien|Chadian|Gabonese|Beninese|Togolese|Djiboutian|Comorian|Malagasy|"
    r"Haitian|Swiss|Luxembourgish|Monegasque|Québécois|Quebecer)(?:-[A-Z][a-z]+)?(?:[ \u00a0]+[a-z-]+){0,2}[ \u00a0]+$")
FRENCH_BEFORE_NAME_RE = re.compile(rf"\b{FRENCH_NATIONALITY}(?:[ \u00a0]+[a-z-]+){{0,3}}[ \u00a0]+$")
FRENCH_AFTER_NAME_RE = re.compile(
    rf",[ \u00a0]+(?:a|an|the)[ \u00a0]+(?:[a-z-]+[ \u00a0]+){{0,3}}?(?:{FRENCH_NATIONALITY}\b"
    rf"|member[ \u00a0]+of[ \u00a0]+the[ \u00a0]+Académie)")
NAME_WORD_BEFORE_RE = re.compile(r"[A-ZÀ-Ý][\w’'‐‑-]*[ \u00a0]$")
NAME_WORD_AFTER_RE = re.compile(r"[ \u00a0][A-ZÀ-Ý][\w’'‐‑-]*")


def described_as_french(text: str, start: int, end: int) -> bool:
    """The name around `start:end` is given a French nationality just before or after it."""
    while (m := NAME_WORD_BEFORE_RE.search(text, max(0, start - 40), start)) is not None:
        start = m.start()
    while (m := NAME_WORD_AFTER_RE.match(text, end)) is not None:
        end = m.end()
    return bool(FRENCH_BEFORE_NAME_RE.search(text, max(0, start - 80), start)
                or FRENCH_AFTER_NAME_RE.match(text, end)
                or " " in text[start:end] and FRANCOPHONE_BEFORE_NAME_RE.search(text, max(0, start - 60), start))


def after_french_word(text: str, start: int) -> bool:
    """Whether a French article or preposition stands just before `start` ("de Bruxelles", "d'Alep")."""
    return bool(FRENCH_BEFORE_RE.search(text[max(0, start - 12):start]))


# --- patterns for Slavic names the list does not know ------------------------------------------------

VOWELS = "aeiouyéèêëïîôöüû"
# a Slavic ending: -ov(a), -ev(a), -ïev, -ine/-yne (after a consonant), -ski, -skaïa, -enko, -itch, -ouk, -ovna,
# -grad, -sk, -pol, Georgian -chvili and -dzé; and ï after a vowel at the end ("Andreï"), before -ev/-v ("Nazarbaïev", "Mykolaïv") or -a
SLAVIC_ENDING_RE = re.compile(
    r"(?:ov|ova|ev|eva|ïev|ïeva|(?<![aeiouéè])ine|(?<![aeiouéè])yne|ski|skaïa|enko|itch|ouk|tchouk|ovna|evna"
    r"|grad|[^aeiou]sk|pol|[aeo]ï|ïv|ïvka|aïa"
    # Georgian surnames: -chvili (English -shvili), -dzé (English -dze)
    r"|chvili|dzé)$")
# French spelling signals in a Slavic name
SIGNAL_RES = {
    "ou": re.compile(r"[Oo]u"),
    "tch": re.compile(r"[Tt]ch"),
    "internal j": re.compile(r"(?<=[a-zé])j"),
    "double s": re.compile(rf"(?<=[{VOWELS}])ss(?=[{VOWELS}])"),
    "gu": re.compile(r"(?<=[rvn])gu(?=[eiéï])"),
    "diaeresis": re.compile(r"(?<=[aeiouéè])ï"),
    "initial iou": re.compile(r"^Iou"),
    "-ine": re.compile(r"(?<=[^aeiouéè])[iy]ne$"),
    "-chvili": re.compile(r"chvili$"),
    "-dzé": re.compile(r"dzé$"),
}
# signals that English spelling of Slavic names never shows; the others ("ou", "ss", "j") it sometimes does
STRONG_SIGNALS = frozenset({"tch", "diaeresis", "initial iou", "-chvili", "-dzé", "ch beside kh", "ch for sh",
                            "iou for yu", "initial Ia or Io", "io for yo", "initial Dj",
                            "ch before a consonant"})

# French → English conversions, applied left to right, longest first
CONVERSIONS = (
    ("chtch", "shch"), ("tch", "ch"), ("Tch", "Ch"), ("ch", "sh"), ("Ch", "Sh"),
    ("Iou", "Yu"), ("iou", "yu"), ("Ou", "U"), ("ou", "u"),
    ("ïe", "ye"), ("ïa", "ya"), ("ï", "i"),
    ("gue", "ge"), ("gui", "gi"), ("guï", "gi"), ("Gue", "Ge"), ("Gui", "Gi"),
    ("J", "Zh"), ("j", "zh"),
    ("é", "e"), ("è", "e"),
)
CONVERSION_RE = re.compile("|".join(re.escape(a) for a, _ in sorted(CONVERSIONS, key=lambda c: -len(c[0]))))
CONVERSION_MAP = dict(CONVERSIONS)
# conversions whose result is not reliably the English spelling
DOUBTFUL_RE = re.compile(r"(?<=[^\WIi])iou|oï$|^E|^Ia|^Ie")


@dataclass(frozen=True, slots=True)
class Reading:
    """What the patterns make of one capitalised word."""

    signals: tuple[str, ...]
    english: str | None  # the converted spelling when the conversion is reliable

    @property
    def strong(self) -> bool:
        """Two signals, or one that English spelling never shows."""
        return len(self.signals) >= 2 or not STRONG_SIGNALS.isdisjoint(self.signals)


@functools.lru_cache(maxsize=65536)
def read_word(word: str) -> Reading | None:
    """The French-transliteration signals of a word with a Slavic ending, or None when it shows none."""
    if not SLAVIC_ENDING_RE.search(word):
        return None
    signals = tuple(name for name, regex in SIGNAL_RES.items() if regex.search(word))
    if not signals or signals == ("-ine",):  # the ending alone is no evidence ("Ezzedine", "Dauphine")
        return None
    confident = (len(signals) >= 2 or not STRONG_SIGNALS.isdisjoint(signals)) and not DOUBTFUL_RE.search(word)
    return Reading(signals, englishify(word) if confident else None)


# "kh", "zh", "dz", "ts" before a consonant: a Russian, Caucasian or Central Asian name ("Khvitcha Kvaratskhelia")
EASTERN_MARK_RE = re.compile(r"[Kk]h|[Zz]h|[Dd]z|[Tt]s(?=[^aeiouy\W])")


@functools.lru_cache(maxsize=65536)
def read_tch(word: str, neighbour: str) -> Reading | None:
    """A French "tch" in a name with no Slavic ending, when the name or the next name word shows an eastern
    mark ("Khvitcha" → "Khvicha"); English names with "tch" ("Mitchell", "Hutchinson") show none."""
    if "tch" not in word.lower() or SLAVIC_ENDING_RE.search(word):
        return None
    if not (EASTERN_MARK_RE.search(word) or EASTERN_MARK_RE.search(neighbour) or SLAVIC_ENDING_RE.search(neighbour)):
        return None
    return Reading(("tch",), None if DOUBTFUL_RE.search(word) else englishify(word))


# a French "ch" for sh beside an eastern "kh" in the same word ("Chamkhani", "Chakhtar"): English writes "sh" there
FRENCH_CH_RE = re.compile(r"(?:^|(?<=[^tTsSc]))[Cc]h(?!r)")
KH_RE = re.compile(r"[Kk]h")


@functools.lru_cache(maxsize=65536)
def read_ch(word: str) -> Reading | None:
    """A French "ch" (not "tch", "sch", "chr") in a word that also writes "kh": a Persian, Caucasian or Central Asian
    name in French transliteration ("Chamkhani" → "Shamkhani")."""
    if not KH_RE.search(word) or not FRENCH_CH_RE.search(word):
        return None
    from ...lang.names import zipf

    english = FRENCH_CH_RE.sub(lambda m: "Sh" if m.group()[0] == "C" else "sh", word)
    english = CONVERSION_RE.sub(lambda m: CONVERSION_MAP[m.group()], english)
    # English writes "ch" for the other sound (ч: "Chekhov", "Kharchenko"): only a respelling English text knows
    # better than the word as written is the French one
    if zipf(english.lower()) < KNOWN_RESPELLING_ZIPF or zipf(english.lower()) <= zipf(word.lower()):
        return None
    return Reading(("ch beside kh",), english)


KNOWN_RESPELLING_ZIPF = 1.0


def englishify(word: str) -> str:
    """The usual English transliteration of a French-transliterated Slavic name ("Beloussov" -> "Belousov")."""
    out = CONVERSION_RE.sub(lambda m: CONVERSION_MAP[m.group()], word)
    out = re.sub(rf"(?<=[{VOWELS}])ss(?=[{VOWELS}])", "s", out)
    out = re.sub(r"(?<=[^aeiou])ine$", "in", out)
    out = re.sub(r"(?<=[^aeiou])yne$", "yn", out)
    out = re.sub(r"ski$", "sky", out)
    return out
