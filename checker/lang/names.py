"""Proper-name mentions for the entity rules, read from the one name finder (lang/name_finder.py); kind and gender."""
from __future__ import annotations

import bisect
import functools
import operator
import re
import unicodedata
from dataclasses import dataclass
from typing import Iterable, NamedTuple, Sequence

from .capitalised import (NAME_PARTICLES, NAME_PREFIX_RE, NAME_PREFIXES, PARTICLES, POSSESSIVE_ENDINGS,  # noqa: F401
                          PREFIX_INITIALS, all_caps, capitalised, initial, prefixed_name)
from .folding import fold
from .langid import zipf as zipf_frequency
from .latin1 import for_text
from .word_lists import NAME_WORDS, function_words, name_words, read_word_lists  # noqa: F401

WORD_RE = re.compile(r"[^\W\d_]+(?:[-‐‑'’][^\W\d_]+)*")
HYPHENS = "-‐‑"
APOSTROPHES = "'’"
MARKS = str.maketrans(dict.fromkeys(HYPHENS, "-") | dict.fromkeys(APOSTROPHES, "'"))
SPACE_RE = re.compile(r"\s")  # what str.isspace accepts
POSSESSIVE_RE = re.compile(r"[’']s$")  # POSSESSIVE_ENDINGS at the end of a word
DOTTED_ACRONYM_RE = re.compile(r"\b(?:[^\W\d_]\.){2,}")
DOTTED_HINT_RE = re.compile(r"\.(?=[^\W\d_]\.)")  # in every dotted acronym; opens on a literal: a fast search
# WORD_RE's words, but a stretch of plain lowercase words (lowercase Latin letters, French accents included,
# inner hyphens and apostrophes) is one match, group "plain": most words of a text are plain, and they say
# nothing of a name but that it ended. A stretch opens on no particle ("de" in "Charles de Gaulle" may belong
# to the name) and ends where a word ends
PLAIN_LETTERS = "a-z\u00e0-\u00f6\u00f8-\u00ff\u0153"
# atomic: a hyphen or an apostrophe is either inside a word or between two, never both ways in turn
PLAIN_WORD = rf"(?>[{PLAIN_LETTERS}]+(?:[-‐‑'’][{PLAIN_LETTERS}]+)*)"
WORD_END = r"(?![^\W\d_]|[-‐‑'’][^\W\d_])"
PLAIN_PART_RE = re.compile(rf"[{PLAIN_LETTERS}]+")
# what may stand between a sentence boundary and the first word of the sentence
OPENERS = "\"'“”‘’«»([{—–-*•· \u00a0"
SENTENCE_END = ".!?:;…"
WORD_START = operator.attrgetter("start")


# forms of address and the other honorifics (both languages) -> the gender they imply ("m", "f", None)
HONORIFICS = {word: {"male": "m", "female": "f"}.get(gender) for kind in ("address", "honorifics")
              for gender in ("male", "female", "neutral") for word in name_words(f"{kind}.{gender}")}
# a person's name starts with one wherever it stands in a capitalised run ("M" alone is an initial)
ADDRESS_FORMS = frozenset(w for w in name_words("address.male") | name_words("address.female")
                          if len(w.rstrip(".")) > 1)
TITLE_QUALIFIERS = NAME_WORDS["title_qualifiers"]  # a title only before one: "Foreign Minister", not "Home Office"
TOKEN_RE = re.compile(rf"(?P<plain>(?!(?:{'|'.join(sorted(PARTICLES))}){WORD_END}){PLAIN_WORD}"
                      rf"(?:[\W\d_]+{PLAIN_WORD})*{WORD_END})|{WORD_RE.pattern}")
# words that introduce a name in English text without belonging to it; a run of capitalised words is split at them
TITLES = frozenset(word.rstrip(".") for kind in ("titles", "address.male", "address.female", "honorifics.male",
                                                 "honorifics.female", "honorifics.neutral")
                   for word in name_words(kind, french=False))
CALENDAR = name_words("weekdays", french=False) | name_words("months", french=False)
THING_CLASSIFIERS = name_words("thing_classifiers")  # "Hurricane Beryl": a thing named, not a person
THING_HEADS = name_words("thing_heads")  # "the Very Large Telescope"
FUNCTION_WORDS = function_words("common")  # never a name at a sentence start or in a headline

COMMON_ZIPF = 3.0  # a lone sentence-initial word this frequent in lowercase is a word, not a name
INITIAL_COMMON_ZIPF = 4.8  # the same for the first word of a longer run ("Following The Next Day")
HEADLINE_COMMON_ZIPF = 3.5
ACRONYM_COMMON_ZIPF = 4.5


@dataclass(frozen=True, slots=True)
class NameToken:
    """One word of a name, without a possessive ending; offsets into the document's clean text."""

    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class NameMention:
    """A run of name tokens that denotes one person, place or organisation."""

    start: int
    end: int
    text: str
    tokens: tuple[NameToken, ...]
    acronym: bool = False  # a single all-capitals token ("NATO", "AP-HP")
    headline: bool = False  # found in a Title Case block

    @property
    def words(self) -> tuple[str, ...]:
        return tuple(t.text for t in self.tokens)


def fold_accents(text: str) -> str:
    """The text with combining marks removed ("Erdoğan" -> "Erdogan", "Québec" -> "Quebec")."""
    if text.isascii():
        return text
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def squash(text: str) -> str:
    """Letters and digits only, accents folded, case folded: the key under which format variants meet."""
    return "".join(filter(str.isalnum, fold_accents(text).casefold()))


def normalise_marks(text: str) -> str:
    """Typographic hyphens, apostrophes and spaces reduced to one form each, case folded."""
    return SPACE_RE.sub(" ", text.casefold().translate(MARKS))


def syllables(word: str) -> list[str]:
    """A name token split at hyphens and apostrophes, accents folded, lowercase ("Jong-un" -> jong, un)."""
    return [p for p in re.split(r"[-‐‑'’]", fold_accents(word).casefold()) if p]


@functools.lru_cache(maxsize=8192)
def zipf(word: str, lang: str = "en") -> float:
    """How common `word` is (wordfreq's Zipf scale, 0 when unknown)."""
    try:
        return zipf_frequency(word, lang)
    except LookupError:
        return zipf_frequency(word, "en")


def _sentence_initial(text: str, start: int, block_start: int) -> bool:
    pos = start - 1
    while pos >= block_start and text[pos] in OPENERS:
        pos -= 1
    return pos < block_start or text[pos] in SENTENCE_END or text[pos] == "\n"


def _title_case_block(block_text: str, masked: str, lang: str) -> bool:
    """A headline written in Title Case ("Spectacular Wingsuit Jump Over Bogota"): no closing full stop,
    common words capitalised, and next to no lowercase word but short function words. A sentence made
    of names ("He met Yoon Suk Yeol.") ends with a full stop and capitalises no common word."""
    if block_text.rstrip(" \"”’'»)").endswith("."):
        return False
    words = WORD_RE.findall(masked)
    if len(words) > 30:
        return False
    lowercase = sum(1 for w in words if w[0].islower() and w.lower() not in FUNCTION_WORDS)
    capital_common = sum(1 for w in words[1:] if w[0].isupper() and not all_caps(w)
                         and (w.lower() in FUNCTION_WORDS or zipf(w.lower(), lang) >= HEADLINE_COMMON_ZIPF))
    return capital_common >= 2 and lowercase <= 1 and capital_common > 2 * lowercase


class _Word(NamedTuple):  # a tuple: one per word of the document, built fast
    start: int
    end: int
    text: str
    initial: bool  # first word of a sentence (False for a lowercase word, whose place is never asked)


def _block_words(text: str, start: int, masked: str | None, plain: list[str], end: int, pattern: re.Pattern) \
        -> list[_Word]:
    """The words of text[start:end] (`masked`: its text with dotted acronyms masked, None when it has none) but the
    stretches of plain lowercase words, whose text goes to `plain` (they say nothing of a name's words but what the
    document writes in lowercase). `pattern` is
    `for_text(TOKEN_RE, text)`: TOKEN_RE looks at nothing before where it matches, so a match between `start` and
    `end` is one of the block's text alone."""
    words = []
    matches = pattern.finditer(text, start, end) if masked is None else \
        for_text(TOKEN_RE, masked).finditer(masked)
    offset = 0 if masked is None else start
    for match in matches:
        if match.lastgroup == "plain":
            plain.append(match.group())
            continue
        s, e = offset + match.start(), offset + match.end()
        word = text[s:e]
        words.append(_Word(s, e, word, not word.islower() and _sentence_initial(text, s, start)))
    return words


def _strip_possessive(word: _Word) -> _Word:
    if word.text.endswith(POSSESSIVE_ENDINGS) and len(word.text) > 3:
        return _Word(word.start, word.end - 2, word.text[:-2], word.initial)
    return word


class _Vocabulary:
    """What the whole document says about its words: which appear in lowercase, which are confirmed names."""

    def __init__(self, text: str, blocks: Iterable, lang: str):
        self.lang = lang if lang in ("en", "fr", "de", "es", "it", "nl", "pt") else "en"
        self.lowercase: set[str] = set()
        self.confirmed: set[str] = set()
        self.blocks: list[tuple[list[_Word], bool]] = []
        lowercase_words: set[str] = set()
        plain: list[str] = []
        pattern = for_text(TOKEN_RE, text)
        for block in blocks:
            block_text = text[block.start:block.end]
            masked = DOTTED_ACRONYM_RE.sub(lambda m: " " * len(m.group()), block_text) \
                if DOTTED_HINT_RE.search(block_text) else None
            words = _block_words(text, block.start, masked, plain, block.end, pattern)
            headline = _title_case_block(block_text, block_text if masked is None else masked, self.lang)
            self.blocks.append((words, headline))
            for word in words:
                if word.text.islower():
                    lowercase_words.add(word.text)
                elif not headline and not word.initial and not all_caps(word.text):
                    self.confirmed.add(_squash(_strip_possessive(word).text))
        for word in lowercase_words:  # each distinct word once
            self.lowercase.update(_parts(word))
        self.lowercase.update(_plain_parts(plain))

    def common(self, word: str, threshold: float) -> bool:
        lower = word.lower()
        return lower in FUNCTION_WORDS or lower in self.lowercase or zipf(lower, self.lang) >= threshold


def _plain_parts(plain: list[str]) -> set[str]:
    """The parts of the plain words of these stretches (PLAIN_PART_RE's runs). A stretch's only letters are plain
    ones, so a piece between spaces made of letters alone is one part, and only the others are looked into."""
    parts = set(" ".join(plain).split())
    mixed = [piece for piece in parts if not piece.isalpha()]
    parts.difference_update(mixed)
    parts.update(PLAIN_PART_RE.findall(" ".join(mixed)))
    return parts


@functools.lru_cache(maxsize=65536)
def _parts(word: str) -> tuple[str, ...]:
    """A word split at hyphens and apostrophes."""
    return tuple(re.split(r"[-‐‑'’]", word))


_squash = functools.lru_cache(maxsize=65536)(squash)


@functools.lru_cache(maxsize=65536)
def _name_like_text(text: str) -> bool:
    return len(text) > 1 and text.lower() not in CALENDAR and capitalised(text)


def _runs_of(found, block, words: list[_Word]) -> list[list[_Word]]:
    """The words of each name the one finder found in the block (name_finder.DocumentNames), titles included (the
    entity rules split them off their own way); a word that is no name's (a date) cuts a name, and each acronym is
    a run of its own. The lowercase words inside a body's name ("Department for Work and Pensions") are none of
    `words`: the mention spans them, its tokens are the capitalised ones."""
    runs: list[list[_Word]] = []
    n = len(words)
    for name in found.within(block.start, block.end):
        lo, hi = name.mention.start, name.mention.end
        k = max(0, bisect.bisect_right(words, lo, key=WORD_START) - 1)  # a word may start before ("l'Afrique")
        current: list[_Word] = []
        while k < n and words[k].start < hi:
            word = words[k]
            k += 1
            if word.end <= lo:
                continue
            if not (_name_like_text(word.text) or word.text in PARTICLES or initial(word.text)):
                if current:
                    runs.append(current)
                current = []
            elif all_caps(word.text) and not initial(word.text):
                if current:
                    runs.append(current)
                runs.append([word])
                current = []
            else:
                current.append(word)
        if current:
            runs.append(current)
    return runs


def _trim(run: list[_Word]) -> list[_Word]:
    """Drop particles and initials left hanging at either end of a run."""
    while run and (run[-1].text in PARTICLES or len(run[-1].text) == 1):
        run = run[:-1]
    while run and run[0].text in PARTICLES:
        run = run[1:]
    return run


def extract_names(text: str, blocks: Iterable, lang: str = "en", found=None) -> list[NameMention]:
    """Every name mention in the document, in text order: the words of the names the one finder found
    (`found`, name_finder.DocumentNames, found here when not given), each acronym a mention of its own.

    Sentence-initial capitalised words and the words of Title Case headlines are kept only when they are
    not common words, or when the same word is capitalised mid-sentence elsewhere in the document.
    """
    blocks = tuple(blocks)
    if found is None:
        from .name_finder import find_document_names
        found = find_document_names(text, blocks, lang)
    vocab = _Vocabulary(text, blocks, lang)
    mentions: list[NameMention] = []
    for block, (words, headline) in zip(blocks, vocab.blocks):
        for run in _runs_of(found, block, words):
            run = [_strip_possessive(w) for w in run]
            kept: list[list[_Word]] = [[]]
            body = None  # whether the run names a body ("Justice Department"): asked once it holds a title word
            for index, word in enumerate(run):
                title = _title(index, run)
                if title and body is None:
                    body = len(run) > 1 and body_name([w.text for w in run])
                if title and not body or _weak(word, index, run, headline, vocab):
                    kept.append([])
                else:
                    kept[-1].append(word)
            for part in kept:
                part = _trim(part)
                if part:
                    mentions.append(_mention(text, part, headline))
    return mentions


def _title(index: int, run: list[_Word]) -> bool:
    """A title before a name ("President", "Prime Minister", "Home Secretary"); a title word ending a name stays
    ("John Major"), and a qualifier not followed by a title starts one ("Home Office", "Lance Armstrong")."""
    low = run[index].text.lower().rstrip(".")
    if low in TITLE_QUALIFIERS:  # "US Foreign Minister", not "US Health Department"
        return index + 1 < len(run) and _title(index + 1, run)
    if low not in TITLES:
        return False
    return index + 1 < len(run) or index == 0 or _title_word(run[index - 1].text)


def _title_word(word: str) -> bool:
    low = word.lower().rstrip(".")
    return low in TITLES or low in TITLE_QUALIFIERS


def _weak(word: _Word, index: int, run: list[_Word], headline: bool, vocab: _Vocabulary) -> bool:
    """Whether a capitalised word is more likely an ordinary word than part of a name."""
    if word.text in PARTICLES or initial(word.text):
        return False
    lower = word.text.lower()
    sentence_start = word.initial and index == 0
    if sentence_start and lower in FUNCTION_WORDS:
        return True
    if _squash(word.text) in vocab.confirmed:
        return False
    if all_caps(word.text):
        return vocab.common(word.text, ACRONYM_COMMON_ZIPF)
    if headline:
        return vocab.common(word.text, HEADLINE_COMMON_ZIPF)
    if sentence_start:
        if lower in vocab.lowercase:
            return True
        # a frequent word opening a sentence ("Following The Next Day", "Spectacular growth") is not a name
        return zipf(lower, vocab.lang) >= (COMMON_ZIPF if len(run) == 1 else INITIAL_COMMON_ZIPF)
    return False


def _mention(text: str, words: list[_Word], headline: bool) -> NameMention:
    start, end = words[0].start, words[-1].end
    tokens = tuple(NameToken(w.start, w.end, w.text) for w in words)
    acronym = len(tokens) == 1 and all_caps(tokens[0].text)
    return NameMention(start, end, text[start:end], tokens, acronym, headline)


def names_in(ctx) -> list[NameMention]:
    """The document's name mentions: the context's `names` annotation, computed once for all rules."""
    return ctx.get("target.names")


# ---------------------------------------------------------------- kind and gender (shared with the speaker model)

@dataclass(frozen=True, slots=True)
class NameLexicon:
    """What a name's words say about it: honorifics and titles (checker/data/name_words.txt), first names with
    their gender ("m", "f" or None), nationalities, words of organisations and places (speaker_lexicon.yaml)."""

    honorifics: dict
    first_names: dict
    titles: frozenset
    nationalities: frozenset
    org_words: frozenset
    places: frozenset


@functools.lru_cache(maxsize=1)
def name_lexicon() -> NameLexicon:
    """The lexicon (English and French together), read once."""
    from ..data.cache import built_key, cached
    from . import folding, given_names

    # the speaker model strips every title word from a name: qualifiers and letters after a name included
    titles = name_words("titles") | TITLE_QUALIFIERS | NAME_WORDS["postnominals"]
    # the folded lists (thousands of names) are kept in the data cache, by the data, this module, the folding and
    # the reader of the given-name tables
    key = built_key(("speaker_lexicon.yaml", "fr_given_names.tsv"), __file__, folding.__file__, given_names.__file__)
    first_names, nationalities, org_words, places = cached("name-lexicon", key, _folded_lists)
    return NameLexicon(HONORIFICS, first_names, _lower_set(titles), nationalities, org_words, places)


def _folded_lists() -> tuple[dict[str, str], frozenset, frozenset, frozenset]:
    """The first names (folded, with their gender), nationalities, organisation and place words of
    speaker_lexicon.yaml, each word lowercased and folded."""
    from ..data.cache import load_yaml
    from .given_names import read_gender_table

    data = load_yaml("speaker_lexicon")
    first_names: dict[str, str] = {}
    for gender, words in data["first_names"].items():
        for word in words:
            first_names.setdefault(fold(str(word)), "m" if gender == "male" else "f")
    for word, gender in read_gender_table("fr_given_names.tsv"):  # French (scripts/build_fr_given_names.py)
        first_names.setdefault(fold(word), gender)
    return first_names, _lower_set(data["nationalities"]), _lower_set(data["org_words"]), _lower_set(data["places"])


def _lower_set(words) -> frozenset:
    return frozenset(str(w).lower() for w in words) | frozenset(fold(str(w)) for w in words)


def body_name(words: Sequence[str]) -> bool:
    """ "the Interior Ministry", "Justice Department", "Pasteur Institute": capitalised words ending in an
    organisation's word, and holding no known first name, name a body; its title words are its name's."""
    lex = name_lexicon()
    return words[-1].lower() in lex.org_words and not any(fold(w) in lex.first_names for w in words)


def _singular(word: str) -> str:
    return word[:-1] if len(word) > 3 and word.endswith(("s", "x")) and not word.endswith(("ss", "us", "is")) \
        else word


TITLE_LINK_WORDS = frozenset({"de", "du", "des", "d'", "d’", "la", "le", "les", "l'", "l’", "et", "of", "the",
                              "and"})  # (name_kind: the grammatical words of a title)


def name_kind(words: Sequence[str], has_honorific: bool = False, has_title: bool = False,
              definite: bool = False) -> str:
    """"person", "org", "place" or "unknown" for a name's words (titles and honorifics already split off):
    an honorific or a known first name makes a person, an organisation word or an acronym an organisation,
    a known place a place; `definite` is a name written with an article ("le Monde", "la Fnac")."""

    lex = name_lexicon()
    folded = [fold(w) for w in words]
    lowered = [w.lower() for w in words]
    if has_honorific:
        return "person"
    named = len(words) > 1 and folded[0].split("-")[0] in lex.first_names  # "June Corteen" is no month
    if len(words) > 1 and (lowered[0] in THING_CLASSIFIERS or lowered[-1] in THING_HEADS):
        return "place"  # "Hurricane Beryl", "Very Large Telescope": a thing's name, never a person's
    if any(w in lex.org_words or fold(w) in lex.org_words or _singular(w) in lex.org_words or
           w.endswith("ies") and w[:-3] + "y" in lex.org_words for w in lowered[1 if named else 0:]) or \
            any(len(w) >= 2 and w.isupper() and w.isalpha() for w in words):
        return "org"
    joined = " ".join(lowered)
    place_words = [w in lex.places or fold(w) in lex.places for w in lowered]
    if len(words) > 1 and place_words[0] and not place_words[-1] and joined not in lex.places and \
            folded[0].split("-")[0] not in lex.first_names:
        return "org"  # "Paris Saint-Germain", "Toronto Star": a body named after its city, not the city
    if len(words) > 2 and not place_words[0] and place_words[-1] and \
            any(w[:1].islower() and w not in TITLE_LINK_WORDS for w in words[1:-1]):
        return "org"  # "le Fonds de développement de la Libye": a French title closing on its place
    if any(place_words) and not folded[0].split("-")[0] in lex.first_names:
        return "place"
    if joined in lex.places or (len(words) == 1 and lowered[0] in lex.places) or \
            definite and lowered[0] in ("the", "le", "la", "les", "l'", "l’"):
        return "place" if joined in lex.places else "org"
    if folded[0].split("-")[0] in lex.first_names:
        return "person"
    if has_title:
        return "person"
    return "unknown"


def name_gender(words: Sequence[str], honorific: str | None = None) -> str | None:
    """"m" or "f" from an honorific ("Mme", "Mr") or the first name ("Ségolène Royal"); None when unknown."""

    lex = name_lexicon()
    if honorific is not None:
        low = honorific.lower()
        found = lex.honorifics.get(low, lex.honorifics.get(low + "."))
        if found is not None:
            return found
    if len(words) < 2:
        return None
    return lex.first_names.get(fold(words[0])) or lex.first_names.get(fold(words[0]).split("-")[0])


def describe(text: str, mention: NameMention) -> tuple[str, str | None, tuple[str, ...]]:
    """A name mention's kind, gender and the titles written just before it ("President Obama", "Mme Royal",
    "la ministre Najat Vallaud-Belkacem"), for callers that need more than the name's span."""
    before = text[max(0, mention.start - 60):mention.start].split()
    titles: list[str] = []
    honorific = None
    lex = name_lexicon()
    for word in reversed(before):
        low = word.lower().strip(",;:()\"«»“”")
        if low in lex.honorifics or low + "." in lex.honorifics:
            honorific = honorific or low
        elif low in lex.titles or low.rstrip(".") in lex.titles:
            titles.append(low)
        else:
            break
    words = mention.words
    while len(words) > 1 and (words[0].lower() in lex.honorifics or words[0].lower() + "." in lex.honorifics or
                              words[0].lower() in lex.titles):
        if words[0].lower() in lex.titles:
            titles.insert(0, words[0].lower())
        else:
            honorific = honorific or words[0].lower()
        words = words[1:]  # "Mme Dupont": names.py keeps a French honorific inside the mention
    return (name_kind(words, honorific is not None, bool(titles)), name_gender(words, honorific),
            tuple(reversed(titles)))
