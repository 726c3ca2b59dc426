"""French left in English sentences by shape: an adverbial opener, a noun phrase before "d'Europe", a rare word."""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from ...lang.langid import word_language, zipf

# the shapes: a French preposition opening a sentence before one or two lowercase words and a comma ("Au fond,",
# "Du coup,"); an article and lowercase words before "de"/"d'" and a capitalised complement ("la dernière dictature
# d'Europe", "a véritable scandale d'État"); an article, a head, "de" and a lowercase complement ("a communiqué de
# presse"). Each has a cheap test first: a capitalised opener, and "de", "du", "des" or "d'" for the other two.
OPENER_RE = re.compile(
    r"(?:^|(?<=[.!?…]\s)|(?<=[.!?…][”\"]\s))(?:Au|Aux|Du|Des|De|En|Par|Pour|Dès|Selon|À|Sur|Dans|Avec|Sans)"
    r"[ \u00a0](?:[a-zà-ÿ]+[ \u00a0])?[a-zà-ÿ]{2,}(?=,)", re.MULTILINE)
OPENER_TEST_RE = re.compile(r"(?:A[ui]x?|D[ue]s?|En|Par|Pour|Dès|Selon|À|Sur|Dans|Avec|Sans) [a-zà-ÿ]")
LINKED_RE = re.compile(
    r"(?P<noun>(?<![\w'’-])(?:[Ll]a|[Ll]e|[Ll]es|[Uu]ne|[Uu]n|[Tt]he|[Aa]n?)[ \u00a0]"
    r"(?:[a-zà-ÿ'’-]+[ \u00a0]){1,3}"
    r"(?:d['’]|de[ \u00a0]|du[ \u00a0]|des[ \u00a0])[A-ZÀ-Ý][\w'’-]*)"
    r"|(?P<linked>(?<![\w'’-])(?:[Tt]he|[Aa]n?|[Uu]ne?|[Ll][ae]s?)[ \u00a0][a-zà-ÿ]{3,}[ \u00a0]"
    r"(?:de|du|des)[ \u00a0]"
    r"[a-zà-ÿ]{3,}(?![\w'’-]))"
    # a French lede: a capitalised head opening a sentence, "de" and a lowercase complement ("Coup de tonnerre in
    # the Senate.", "Levée de boucliers among the unions.")
    r"|(?P<lede>(?:(?<=\n)|(?<=[.!?…][ \u00a0])|(?<=[.!?…][”\"][ \u00a0])|^)[A-ZÀ-Ý][a-zà-ÿ]{2,}[ \u00a0]"
    r"(?:de|du|des)[ \u00a0][a-zà-ÿ]{3,}(?![\w'’-]))")
LINK_TEST_RE = re.compile(r" d(?:['’]|[eu] |es )")
LINK_WINDOW = 60  # characters before a link where the article of its phrase may stand (three words and a head)
RARE_WORD_LENGTH = 6
# French prepositions that English never opens a sentence with: any word after them is French
FRENCH_ONLY_OPENERS = frozenset("au aux du dès selon à sur dans avec".split())
OPENER_LEAN = 1.0  # how much more French than English the word after an ambiguous preposition must be
LINKED_LEAN = 1.0  # how much more French than English the head of "head de complement" must be
NOUN_LEAN = 0.5  # every content word of a French noun phrase leans French at least this much
RARE_FRENCH_ZIPF = 2.0  # a word French writes this often and English not at all
SLOT_RARE_FRENCH_ZIPF = 1.5  # ... or this often, in an English noun slot ("the flocks graze on the estives")
SLOT_DETERMINERS = frozenset("the a an this these those its their his her our".split())
# the heads of French place names English writes as they are ("the rue d'Aubagne", "the place de la Concorde")
PLACE_HEADS = frozenset("rue avenue boulevard place quai pont porte gare lycée collège musée palais château "
                        "église cathédrale basilique île lac mont col forêt canal cours allée impasse route chemin "
                        "parc jardin jardins hôtel hôpital".split())


@dataclass(frozen=True, slots=True)
class Phrase:
    """A run of French words inside English text: where it is and how many words it holds."""

    start: int
    end: int
    words: int


def french_phrases(text: str, start: int, end: int, quoted) -> list[Phrase]:
    """French phrases in text[start:end] by their shape, outside quotations (`quoted(start, end)` says)."""
    found = []
    for match in _candidates(text, start, end):
        kind = match.lastgroup or "opener"
        words = match.group().split()
        if kind == "word":
            if zipf(words[0].lower(), "fr") < RARE_FRENCH_ZIPF and not _after_determiner(text, start, match.start()):
                continue
            if _closes_name(text, start, match.start(), word_language) \
                    or _beside_french(text, match.start(), match.end(), word_language) or quoted(*match.span()):
                continue
        elif kind == "opener":
            first, rest = words[0].lower(), [word_language(w) for w in words[1:]]
            if first not in FRENCH_ONLY_OPENERS and not all(w.lean >= OPENER_LEAN or w.function for w in rest):
                continue
        elif kind == "linked":  # "a communiqué de presse": a French head and a French complement joined by "de"
            head, complement = word_language(words[1]), word_language(words[3])
            if not _linked(head, complement) or quoted(*match.span()):
                continue
        elif kind == "lede":  # "Coup de tonnerre in the Senate.": the same, opening a sentence
            head, complement = word_language(words[0].lower()), word_language(words[2])
            if not _linked(head, complement) or quoted(*match.span()):
                continue
        else:
            article, inner = words[0], [word_language(w) for w in words[1:-1]]
            if article[0].isupper() and not _opens_sentence(text, match.start()):
                continue  # "La Défense", "Le Monde": a name
            if inner[0].word in PLACE_HEADS:
                continue  # "the rue d'Aubagne", "la place de la Concorde": a place's name, as English writes it
            if inner[-1].word in ("de", "du", "des"):
                inner = inner[:-1]
            if not any(w.french and not w.function for w in inner) or not all(
                    w.function or w.lean >= NOUN_LEAN for w in inner) or quoted(*match.span()):
                continue
        phrase_start = match.start()
        if kind in ("noun", "linked") and words[0].lower() in ("the", "a", "an"):
            phrase_start, words = phrase_start + len(words[0]) + 1, words[1:]
        if cited(text, start, *_french_stretch(text, phrase_start, match.end(), end, word_language)):
            continue
        found.append(Phrase(phrase_start, match.end(), len(words)))
    return found


NEXT_WORD_RE = re.compile(r"[ \u00a0]+([\w'’-]+)")


def _linked(head, complement) -> bool:
    """A head that leans French joined by "de" to a content word: French, whichever language the complement
    leans to ("coup de force", "prise de conscience"), as English never links two lowercase nouns with "de"
    (its loanwords, "tour de force", are the loanword list's)."""
    return head.lean >= LINKED_LEAN and not complement.function and (
        complement.french or complement.lean > -LINKED_LEAN)


@dataclass(frozen=True, slots=True)
class _Word:
    """A rare French word where it stands, read as a match ("word" is its kind)."""

    string: str
    pos: int
    stop: int
    lastgroup: str = "word"

    def group(self) -> str:
        return self.string[self.pos:self.stop]

    def start(self) -> int:
        return self.pos

    def end(self) -> int:
        return self.stop

    def span(self) -> tuple[int, int]:
        return self.pos, self.stop


def _candidates(text: str, start: int, end: int):
    """The matches of each shape whose cheap test passes, then the rare French words of the block, in no order."""
    if OPENER_TEST_RE.search(text, start, end):
        yield from OPENER_RE.finditer(text, start, end)
    seen = -1
    for link in LINK_TEST_RE.finditer(text, start, end):  # each shape holds a link: read around each
        for match in LINKED_RE.finditer(text, max(start, link.start() - LINK_WINDOW, seen), min(end, link.end() + 40)):
            if match.start() <= link.start() < match.end():
                seen = match.end()
                yield match
    for word in _rare_french(text):
        at = text.find(word, start, end)
        while at >= 0:
            stop = at + len(word)
            if not (at > start and (text[at - 1].isalnum() or text[at - 1] in "'’-")) and not (
                    stop < len(text) and (text[stop].isalnum() or text[stop] in "'’-")):
                yield _Word(text, at, stop)
            at = text.find(word, stop, end)


_RARE: list = [(None, ())]  # (the last text read, its rare French words)
PUNCTUATION = ".,;:!?()[]{}\"“”'’«»…—–"


def _rare_french(text: str) -> tuple[str, ...]:
    """The text's lowercase words French writes and English word lists never do ("camouflet"), once per text."""
    memo = _RARE[0]
    if memo[0] is not text:
        # each distinct token stripped once (the set gets its words in the same order: the same iteration)
        words = {w.strip(PUNCTUATION) for w in dict.fromkeys(text.split()) if len(w) >= RARE_WORD_LENGTH}
        memo = _RARE[0] = (text, tuple(w for w in words if len(w) >= RARE_WORD_LENGTH and w.islower()
                                       and _is_rare_french(w)))
    return memo[1]


@functools.lru_cache(maxsize=65536)
def _is_rare_french(word: str) -> bool:
    if not word.isalpha():
        return False
    low = word.lower()  # as `word_language` reads a word of letters only (no elision)
    return zipf(low, "fr") >= SLOT_RARE_FRENCH_ZIPF and zipf(low, "en") == 0


def _after_determiner(text: str, start: int, pos: int) -> bool:
    before = PREVIOUS_WORD_RE.search(text, max(start, pos - 12), pos)
    return before is not None and before.group(1).lower() in SLOT_DETERMINERS


def _french_stretch(text: str, start: int, end: int, stop: int, word_language) -> tuple[int, int]:
    """The phrase and the French words that follow it ("exécution" → "exécution provisoire")."""
    for _ in range(3):
        match = NEXT_WORD_RE.match(text, end, stop)
        if match is None or not (word_language(match.group(1)).french or word_language(match.group(1)).function):
            break
        end = match.end()
    return start, end


# a translation set after a dash: "… la patrie reconnaissante” – “To great men, a grateful nation”",
# "À bout de souffle – known in English as Breathless"
TRANSLATION_AFTER_RE = re.compile(r"[\"”’'»]?\s*[–—-]\s*(?:(?:known|released|published)\s+"
                                  r"(?:in\s+English\s+)?as\b|[\"“‘«])", re.I)


def cited(text: str, block_start: int, start: int, end: int) -> bool:
    """French cited on purpose: announced ("known as", "the so-called") or glossed right after ("(provisional
    enforcement)", ", meaning …", "– known in English as …", "” – “To great men …”")."""
    from ...lang.untranslated import DELIBERATE_BEFORE_RE, GLOSS_AFTER_RE, english_apposition

    after = text[end:end + 40]
    return DELIBERATE_BEFORE_RE.search(text[max(block_start, start - 40):start]) is not None \
        or GLOSS_AFTER_RE.match(after) is not None or TRANSLATION_AFTER_RE.match(after) is not None \
        or english_apposition(text, start, end)


NEAR_WORDS = 3  # words before a rare French word among which a French word makes it part of a French run
PREVIOUS_WORD_RE = re.compile(r"([\w'’-]+)[ \u00a0]+$")
LOOK_BACK = 60


def _closes_name(text: str, start: int, pos: int, word_language) -> bool:
    """The word ends a French name in sentence case: French words back to a capitalised one ("La France
    insoumise", "Confédération paysanne", "Union syndicale des magistrats")."""
    for _ in range(4):
        match = PREVIOUS_WORD_RE.search(text, max(start, pos - LOOK_BACK), pos)
        if match is None:
            return False
        word = match.group(1)
        if word[:1].isupper():
            return word.lower() not in SLOT_DETERMINERS  # "An intersyndicale has called": no name before it
        lang = word_language(word)
        if not (lang.french or lang.function):
            return False
        pos = match.start()
    return False


def _beside_french(text: str, start: int, end: int, word_language) -> bool:
    """A French word next to the rare one: the word analysis reads French runs and decides whether they are a
    name ("Urgence notre police assassine"); the rare word alone is what it leaves to this rule."""
    for _ in range(NEAR_WORDS):
        before = PREVIOUS_WORD_RE.search(text, max(0, start - 30), start)
        if before is None:
            break
        if word_language(before.group(1)).french:
            return True
        start = before.start()
    after = NEXT_WORD_RE.match(text, end)
    return after is not None and word_language(after.group(1)).french


def _opens_sentence(text: str, pos: int) -> bool:
    before = text[:pos].rstrip(" \u00a0\"“”")
    return not before or before[-1] in ".!?…\n"
