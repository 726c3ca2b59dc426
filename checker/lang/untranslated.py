"""Find French left in English text: whole sentences, and runs of French words inside English sentences."""
from __future__ import annotations

import bisect
import functools
import itertools
import re
from dataclasses import dataclass
from typing import NamedTuple

from ..findings import Severity
from .langid import (FRENCH_MIN_ZIPF, MARGIN, RARE_FRENCH_MIN_ZIPF, WORD_RE, WordLanguage, french_probability,
                     has_french_letters, word_language, words, zipf)
from .latin1 import for_text
from .loanwords import Loanword, find_loanwords, opens_noted
from .names import FUNCTION_WORDS, NAME_WORDS

OPENING = "\"“‘'«‹([{—–:"
# French grammatical words that give French away on their own, whatever their frequency in
# English corpora (where they come from abbreviations and foreign names); value: the English
# company they may keep ("et al.", "que sera sera").
TELLING_ALONE = {
    "et": re.compile(r"\s*(?:al\b|cetera\b|seq\b|alii\b|&)", re.I),
    "qui": re.compile(r"\s*(?:vive\b|tam\b)", re.I),
    "que": re.compile(r"\s*(?:sera\b)", re.I),
    "avec": None, "dans": None, "leurs": None, "sont": None, "mais": None, "donc": None, "alors": None,
    "très": None, "aussi": None, "nous": None, "vous": None, "ils": None, "elles": None, "cette": None,
    "était": None, "été": None, "lequel": None, "laquelle": None, "lesquels": None, "avoir": None,
    "être": None, "selon": None, "depuis": None, "lorsque": None, "puisque": None, "pendant": None,
    "beaucoup": None, "toujours": None, "jamais": None, "déjà": None, "aujourd'hui": None, "où": None,
    "le": None, "la": re.compile(r"\s*la\b", re.I), "les": None, "une": None, "aux": None,
    "du": re.compile(r"\s*jour\b", re.I), "des": None,
}
# A speaker or writer quoting the French on purpose: "the so-called", "known as", "the French word".
DELIBERATE_BEFORE_RE = re.compile(
    r"(?:so-called|known as|known in French as|called in French|called|call|calls|dubbed|nicknamed|named|entitled|"
    r"titled|motto|slogan|chanting|chanted|"
    r"shouting|shouted|chant|banner|banners|reading|the French (?:word|term|expression|phrase|for)|"
    r"in French|French for|French term|what the French call|as the French say|as they say in French|"
    r"the words?|the phrase|the expression|the term|translated as|meaning)"
    r"\s*(?:(?:the|a|an)\s+)?[\"“‘'«‹:]?\s*$",
    re.I,
)
GLOSS_AFTER_RE = re.compile(r"^[\"”’'»›]?\s*[,]?\s*[(\[]|"
                            r"^[\"”’'»›]?\s*[,—–-]\s*(?:or|meaning|literally|i\.e\.|that is|"
                            r"which means|explained as|described as|a kind of|a type of|a sort of|"
                            r"as (?:the )?[\w-]+ (?:call|say|put) it|as (?:the )?[\w-]+ call (?:them|it|a))\b|"
                            # explained in apposition: "boeuf bourguignon, a French beef stew"
                            r"^[\"”’'»›]?\s*,\s*(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:French|Gallic|Parisian)\b", re.I)
# the grammatical words found inside French names ("Saint-Pierre-de-Chartreuse", "Lac à la Pêche")
NAME_CONNECTORS = NAME_WORDS["name_connectors.fr"]
NAME_ARTICLES = frozenset("la le les l'".split())
# prepositions that open the lowercase part of a French name ("Reporters sans frontières", "SOS Racisme")
NAME_PREPOSITIONS = frozenset("sans pour contre sur sous".split())
# words of a clause, which a name does not hold
CLAUSE_WORDS = frozenset("est sont a ont était il elle ils elles nous vous je que qui ne pas".split())
# a noun that announces the name of an organisation or a work, just before it
ORGANISATION_BEFORE_RE = re.compile(
    r"\b(?:association|group|organi[sz]ation|collective|charity|NGO|union|movement|party|federation|foundation|"
    r"committee|network|alliance|coalition|campaign|platform|company|firm|newspaper|magazine|weekly|daily|"
    r"website|programme|program|show|festival|label|club|school|institute|centre|center|book|novel|film|song|"
    r"album|play|series)s?[ \u00a0]*,?[ \u00a0]*(?:(?:called|named|known as|entitled|titled)[ \u00a0]+)?$", re.I)
# French sentence adverbs that open a sentence before a comma: never a name ("Enfin, the fans …")
FRENCH_OPENERS = frozenset("""
enfin ainsi pourtant donc alors toutefois cependant néanmoins bref certes désormais puis ensuite aussi
voilà évidemment effectivement notamment surtout hélas justement finalement heureusement malheureusement
d'ailleurs d’ailleurs également aujourd'hui aujourd’hui
""".split())
# French articles that make a phrase of the French-leaning word after them ("un choc", "une claque")
FRENCH_ARTICLES = frozenset("un une des du les aux au".split())
# grammatical words that tie a French compound together ("ras-le-bol", "cessez-le-feu", "pot-de-vin")
COMPOUND_GLUE = frozenset("le la les de du des d à au aux en et sur sous".split())
# an elision's apostrophe or a compound's hyphen: the words `word_language` and `_french_compound` look into
GLUE_CHARS = frozenset("'’-‐‑")
# the link of a French noun phrase between two lowercase words ("coup de poker", "ouf de soulagement")
NOUN_LINKS = frozenset("de du des d' d’ à".split())
ARTICLE_LEAN = 1.0  # how French the word after an article must lean
STRONG_ARTICLE_LEAN = 3.0  # an article this French ("une") makes a phrase of any word after it
LINK_LEAN = 1.0  # how French one of the two words around "de" must lean
PAIR_LEAN, PAIR_FRENCH_ZIPF, PAIR_ENGLISH_ZIPF = 1.2, 3.0, 3.0  # each of two French-leaning words side by side
PAIR_TOTAL_LEAN = 2.5  # ... and the two together
# below either, a word is neither French (`WordLanguage.french`, a rare accented form aside) nor leaning (`_leaning`)
MAY_BE_FRENCH_ZIPF, MAY_BE_FRENCH_LEAN = min(FRENCH_MIN_ZIPF, PAIR_FRENCH_ZIPF), min(MARGIN, PAIR_LEAN)
MIN_SENTENCE_WORDS = 3
SENTENCE_FRENCH_SHARE = 0.6
LEAN_IN_SENTENCE = 1.0
SENTENCE_PROBABILITY = 0.8
RUN_PROBABILITY = 0.8
QUOTED_RUN_WORDS = 4  # a quoted French run this long is an untranslated quotation, not a cited title
QUOTE_ENGLISH_WORDS = 3  # English words around a quoted French run that make the quotation English
ERROR_WORDS = 8  # an untranslated stretch this long (outside quotation marks) is an error


class Token(NamedTuple):  # a tuple: one per word of each sentence that may hold French, built fast
    """A word of the text, classified."""

    start: int
    end: int
    text: str
    lang: WordLanguage
    initial: bool  # first word of its sentence or of a quotation/parenthesis: capitals say nothing
    name: bool  # a capitalised word inside a sentence, or an acronym: part of a name
    loan: Loanword | None  # inside an accepted French expression

    @property
    def french(self) -> bool:
        return self.loan is None and not self.name and self.lang.french

    @property
    def joins(self) -> bool:
        """May stand inside a French run: French, or a French grammatical word."""
        return self.loan is None and not self.name and (self.lang.french or self.lang.function)


@dataclass(frozen=True, slots=True)
class FrenchSpan:
    """French found in the text: its span, how sure we are, how many words, and a note for terms."""

    start: int
    end: int
    severity: Severity
    words: int
    quoted: bool
    note: str | None = None


@dataclass(frozen=True, slots=True)
class Analysis:
    """What one document holds: French sentences, French runs in English sentences, glossable terms."""

    sentences: tuple[FrenchSpan, ...]
    runs: tuple[FrenchSpan, ...]
    terms: tuple[FrenchSpan, ...]  # glossable French terms (loanwords marked `report: info`)


@functools.lru_cache(maxsize=65536)
def _is_name(word: str, initial: bool) -> bool:
    if len(word) > 1 and word.isupper():
        return True
    # "l'Énergie", "d'Orsay": what follows the elision decides
    body = re.split(r"['’]", word, maxsplit=1)[-1] if re.match(r"^\w{1,6}['’]\w", word) else word
    if body[:1].isupper():
        return not initial or body is not word  # "l'Énergie" is a name even at the start
    return word[:1].isupper() and not initial  # "D'orsay" inside a sentence


def tokens_of(text: str, start: int, end: int, loans: list[Loanword]) -> list[Token]:
    """Classified words of one sentence text[start:end]."""
    out: list[Token] = []
    loan_iter = iter(loans)
    loan = next(loan_iter, None)
    previous_end = start
    for match in words(text, start, end):
        while loan is not None and loan.end <= match.start():
            loan = next(loan_iter, None)
        covering = loan if loan is not None and loan.start <= match.start() and match.end() <= loan.end else None
        gap = text[previous_end:match.start()]
        initial = not out or not OPENING_CHARS.isdisjoint(gap)
        word = match.group()
        lang = _word_language(word)
        out.append(Token(match.start(), match.end(), word, lang, initial,
                         _is_name(word, initial), covering))
        previous_end = match.end()
    return _unprotect_french_loans(text, out)


FRENCH_COMPOUND_ZIPF = 3.0


@functools.lru_cache(maxsize=65536)
def _word_language(word: str) -> WordLanguage:
    """`word_language`, a French compound ("ras-le-bol") counted as French."""
    lang = word_language(word)
    if _french_compound(word) and not lang.french:
        lang = WordLanguage(lang.word, 0.0, max(lang.fr, FRENCH_COMPOUND_ZIPF), False, False)
    return lang


@functools.lru_cache(maxsize=65536)
def _may_be_french(word: str) -> bool:
    """Whether a word can take part in French: a French word, or an article or link of a French phrase.

    A sentence without one has no French sentence, run or phrase to find (`analyse` skips it).
    """
    if GLUE_CHARS.isdisjoint(word):  # neither elided nor a compound: its two frequencies may say no at once
        low = word.lower()
        fr = zipf(low, "fr")
        rare_form = fr >= RARE_FRENCH_MIN_ZIPF and has_french_letters(low)
        if low not in FRENCH_ARTICLES and low not in NOUN_LINKS and not rare_form and (
                fr < MAY_BE_FRENCH_ZIPF or fr - zipf(low, "en") < MAY_BE_FRENCH_LEAN):
            return False
    lang = _word_language(word)
    return lang.french or lang.word in FRENCH_ARTICLES or lang.word in NOUN_LINKS or _leaning(lang)


class _Plain(dict):
    """Whether a word opens no loanword with a note (`opens_noted`) and takes no part in French: it cannot
    (`_may_be_french`) or is an `_inert_capital`. Remembered (up to MAX_REMEMBERED): a sentence of such words
    only holds no French and no term to gloss, which one look-up a word tells."""

    def __missing__(self, word: str) -> bool:
        if len(self) >= MAX_REMEMBERED:
            self.clear()
        found = self[word] = not opens_noted(word) and (
            not _may_be_french(word) or word[:1].isupper() and _inert_capital(word))
        return found


MAX_REMEMBERED = 200_000
_PLAIN = _Plain()
OPENING_RE = re.compile(f"[{re.escape(OPENING)}]")
OPENING_CHARS = frozenset(OPENING)


def _may_hold_french(text: str, start: int, end: int, found: list[str]) -> bool:
    """Whether the sentence text[start:end] (its words `found`) may hold French: a word that can take part in
    French (`_may_be_french`) and is no name. `tokens_of` calls a capitalised word a name unless it opens the
    sentence or follows an opening mark, and a name takes part in no French sentence, run or phrase."""
    candidates = list(filter(_may_be_french, found))
    if any(not word[:1].isupper() for word in candidates):
        return True
    if not candidates or _may_be_french(found[0]):
        return bool(candidates)
    marks = [m.start() for m in OPENING_RE.finditer(text, start, end)]
    if not marks:
        return False
    if "'" not in map(text.__getitem__, marks):  # no mark a word may hold: each stands before the next word, if any
        return any(word is not None and _may_be_french(word.group())
                   for word in (WORD_RE.search(text, mark + 1, end) for mark in marks))
    previous_end = start  # a capitalised word is no name right after an opening mark (as `tokens_of` reads it)
    for match in words(text, start, end):
        if not OPENING_CHARS.isdisjoint(text[previous_end:match.start()]) and _may_be_french(match.group()):
            return True
        previous_end = match.end()
    return False


@functools.lru_cache(maxsize=65536)
def _inert_capital(word: str) -> bool:
    """A capitalised word that makes no French in `analyse`, wherever it stands: inside a sentence `tokens_of`
    calls it a name; opening the sentence or a quotation, the French words beside it can only be lowercase
    (other capitalised words are names), so that its run is itself alone, dropped as a possible name. Not so
    for an elided word, a grammatical word (its run may take an elided name in) or a French opener."""
    lang = _word_language(word)
    return not lang.elided and not lang.function and lang.word not in FRENCH_OPENERS


def _loaned_only(text: str, start: int, end: int, loans: list[Loanword]) -> bool:
    """Whether each word of text[start:end] that may be French is an `_inert_capital` or, not capitalised,
    inside a loanword that stays one (no word that may be French before it: `_unprotect_french_loans`):
    `tokens_of` would then find no word that a French sentence, run or phrase needs."""
    pending = iter(loans)
    loan = next(pending, None)
    previous = ""
    for match in words(text, start, end):
        word = match.group()
        if _may_be_french(word):
            if word[:1].isupper():
                if not _inert_capital(word):
                    return False
            else:
                while loan is not None and loan.end <= match.start():
                    loan = next(pending, None)
                if loan is None or loan.start > match.start() or match.end() > loan.end \
                        or loan.words == 1 and previous and _may_be_french(previous):
                    return False
        previous = word
    return True


def _leaning(lang: WordLanguage) -> bool:
    """A content word French writes much more than English, and English seldom ("huis", "clos", "garde"):
    two of them side by side make a French phrase ("huis clos", "garde à vue" aside)."""
    return lang.fr >= PAIR_FRENCH_ZIPF and lang.en <= PAIR_ENGLISH_ZIPF and lang.lean >= PAIR_LEAN \
        and not lang.function


@functools.lru_cache(maxsize=65536)
def _french_compound(word: str) -> bool:
    """A hyphenated compound held together by a French grammatical word inside it ("ras-le-bol")."""
    parts = re.split(r"[-‐‑]", word.lower())
    return len(parts) >= 3 and word[:1].islower() and any(p in COMPOUND_GLUE for p in parts[1:-1])


def _unprotect_french_loans(text: str, tokens: list[Token]) -> list[Token]:
    """A one-word loan after a French article or preposition is French ("au début", "la détente")."""
    result = list(tokens)
    for i in range(1, len(result)):
        token, before = result[i], result[i - 1]
        if token.loan is not None and token.loan.words == 1 and before.joins and before.lang.french \
                and text[before.end:token.start].strip() == "":
            result[i] = Token(token.start, token.end, token.text, token.lang, token.initial, token.name, None)
    return result


class _Quotes:
    """The document's quotation spans, indexed once: which of them holds a span, by bisection."""

    __slots__ = ("spans", "starts", "reach", "apart")

    def __init__(self, quotes: list[tuple[int, int]]) -> None:
        self.spans = list(quotes)
        ordered = sorted(self.spans)
        self.starts = [qs for qs, _ in ordered]
        self.reach = list(itertools.accumulate((qe for _, qe in ordered), max))  # the farthest end so far
        # in text order and apart, as marked quotes are: only the last one opening before a span may hold it
        self.apart = ordered == self.spans and all(a[1] < b[0] for a, b in zip(ordered, ordered[1:]))

    def cover(self, start: int, end: int) -> bool:
        i = bisect.bisect_right(self.starts, start)  # the quotes opening at or before `start`
        return i > 0 and self.reach[i - 1] >= end

    def holding(self, start: int, end: int) -> tuple[int, int] | None:
        """The first quote that holds start:end."""
        if self.apart:
            i = bisect.bisect_right(self.starts, start) - 1
            return self.spans[i] if i >= 0 and end <= self.spans[i][1] else None
        return next(((qs, qe) for qs, qe in self.spans if qs <= start and end <= qe), None)


def _french_sentence(text: str, start: int, end: int, toks: list[Token]) -> bool:
    plain = [t for t in toks if not t.name]
    if len(plain) < MIN_SENTENCE_WORDS:
        return False
    # words shared by both languages ("accord", "pays") count when they lean French
    leaning = [t for t in plain if t.loan is None and (t.lang.french or t.lang.lean >= LEAN_IN_SENTENCE)]
    if len(leaning) / len(plain) < SENTENCE_FRENCH_SHARE or sum(t.lang.french and not t.initial for t in leaning) < 2:
        return False
    return french_probability(text[start:end]) >= SENTENCE_PROBABILITY


# "called a" / "named the" as a verb with its object ("unions called a grève générale"), not the naming of
# "is called a", "a so-called"
CALLED_OBJECT_RE = re.compile(r"(?<![\w-])(?:called|named|call|calls)\s+(?:the|a|an)\s+$", re.I)
CALLED_NAMING_RE = re.compile(r"\b(?:is|are|was|were|be|been|being|also|often|commonly|now|sometimes|widely|"
                              r"what|so)\s+(?:called|named)\s+(?:the|a|an)\s+$", re.I)


def _deliberate(text: str, block_start: int, start: int, end: int) -> bool:
    """The French is cited on purpose: announced ("the so-called") or followed by a gloss in brackets; inside a
    quotation, the announcement may stand before the quotation and the gloss after it ("the so-called “zones à
    faibles émissions”", "“grand débat bidon”, a sham debate")."""
    before = text[max(block_start, start - 40):start]
    after = text[end:end + 40]
    inside_brackets = before.rfind("(") > before.rfind(")") and ")" in text[end:end + 80]
    announced = DELIBERATE_BEFORE_RE.search(before) is not None
    if announced and CALLED_OBJECT_RE.search(before) and not CALLED_NAMING_RE.search(before):
        announced = False
    if not announced and not inside_brackets:
        opened = _quotation_around(text, block_start, start, end)
        if opened is not None:
            mark, close = opened
            quoted_before = text[max(block_start, mark - 40):mark + 1]
            announced = DELIBERATE_BEFORE_RE.search(quoted_before) is not None and not (
                CALLED_OBJECT_RE.search(text[max(block_start, mark - 40):mark])
                and not CALLED_NAMING_RE.search(text[max(block_start, mark - 40):mark]))
            announced = announced or QUOTED_GLOSS_RE.match(text, close) is not None \
                or NAMING_HEAD_BEFORE_RE.search(text, max(block_start, mark - 30), mark) is not None
    glossed = GLOSS_AFTER_RE.match(after) or english_apposition(text, start, end)
    return bool(announced or glossed or inside_brackets)


# ... or one that runs to a relative clause or the end of the sentence ("helped by their patous, the big white
# mountain dogs that guard the flocks"), with no verb of its own
OPEN_APPOSITION_RE = re.compile(r"[\"”’'»›]?[ \u00a0]*,[ \u00a0]+the[ \u00a0]+(?P<np>[A-Za-z][^,.;:!?()“”\"«»\n]{2,80}?)"
                                r"(?:[ \u00a0]+(?:that|who|which|whose)\b|\.(?:\s|$)|"
                                r",[ \u00a0]+(?:which|who|whom|whose|where|when|while)\b)")


# a quotation that names what the English noun before it calls a level, a plan or a status ("raised the plan to its
# highest level, “urgence attentat”"): the French is the name, given on purpose
NAMING_HEAD_BEFORE_RE = re.compile(r"\b(?:level|stage|phase|plan|status|alert|operation|programme|program|scheme|"
                                   r"label|name|nickname|slogan|motto|title|category|rank|grade|code|mode|"
                                   r"procedure|system|device|regime|formula|catchphrase|watchword)s?[ \u00a0]*[,:][ \u00a0]*$")


# what stands before French that names something: a determiner, or a capitalised word of its name ("Force ouvrière")
NOUN_SLOT_BEFORE_RE = re.compile(r"(?:\b(?i:the|a|an|their|his|her|its|our|many|some|several|these|those)|"
                                 r"\b[A-ZÀ-Ý][\w-]*)[ \u00a0]+$")


def english_apposition(text: str, start: int, end: int) -> bool:
    """Whether French in a noun's place ("The békés", "their patous", "Force ouvrière") is followed by an English
    apposition that says what it is (`_english_apposition`); a French sentence adverb is no noun ("Pourtant, the
    figures show …", "will pass malgré tout, the minister believes")."""
    if NOUN_SLOT_BEFORE_RE.search(text, max(0, start - 30), start) is None:
        return False
    return _english_apposition(text, end, DEFINITE_BEFORE_RE.search(text, max(0, start - 5), start) is not None)


DEFINITE_BEFORE_RE = re.compile(r"\b(?i:the)[ \u00a0]+$")


def _english_apposition(text: str, end: int, definite: bool = False) -> bool:
    """A closed apposition in English right after the French, before the verb the French is the subject of
    (CLOSED_APPOSITION_RE): no French word in it. "called a grève générale, the first since 2010, and" is no
    gloss."""
    from .clauses import could_be_verb, verb_lexicon

    match = CLOSED_APPOSITION_RE.match(text, end)
    if match is not None and (definite or match.group("article") == "the") \
            and could_be_verb(match.group("verb"), finite=True):
        return not any(word_language(w.group()).french for w in words(text, match.start(), match.start("verb")))
    match = OPEN_APPOSITION_RE.match(text, end)
    if match is None:
        return False
    found = [w.group() for w in words(text, *match.span("np"))]
    lex = verb_lexicon()
    return not any(word_language(w).french or w.lower() in lex.auxiliaries or w.endswith("ed") for w in found)


QUOTATION_OPENERS, QUOTATION_CLOSERS = "“«\"", "”»\""
MAX_QUOTATION = 80  # characters of a quoted term around the run
# an apposition that defines a quoted term right after it: "“grand débat bidon”, a sham debate"
# (or its rank: "raised the plan to “urgence attentat”, its highest level")
QUOTED_GLOSS_RE = re.compile(r"[ \u00a0]*,[ \u00a0]+(?:a|an|its|their)[ \u00a0]+[a-z]")
# a definite noun phrase set off by two commas right after the French, the sentence going on in lowercase: it
# says who the French names ("The békés, the descendants of the settlers, own", "Force ouvrière, the first union,
# had"); an indefinite one only classes them ("Many ouïghours, a minority turcophone installed to the Xinjiang,")
# unless the French is definite, one thing it defines ("The cour d'assises spéciale of Paris, a court made up of
# judges, will"); the French is the subject the verb after the second comma goes on with
CLOSED_APPOSITION_RE = re.compile(r"(?:[ \u00a0]+of[ \u00a0]+[A-Z][\w'’-]+)?"  # "The cour d'assises of Paris, …"
                                  r"[\"”’'»›]?[ \u00a0]*,[ \u00a0]+(?P<article>the|a|an)[ \u00a0]+[a-z][^,.;:!?()“”\"«»\n]{2,70},"
                                  r"[ \u00a0]+(?:(?:still|also|already|never|now|often|then|[a-z]+ly)[ \u00a0]+)?"
                                  r"(?P<verb>[a-z]+)\b")


def _quotation_around(text: str, block_start: int, start: int, end: int) -> tuple[int, int] | None:
    """(opening mark, past the closing mark) of a short quotation holding text[start:end]."""
    left = text[max(block_start, start - MAX_QUOTATION):start]
    mark = max(left.rfind(m) for m in QUOTATION_OPENERS)
    if mark < 0 or any(c in left[mark + 1:] for c in "”»"):
        return None
    if left[mark] == '"' and left.count('"') % 2 == 0:
        return None  # a straight mark that closes a quotation
    right = text[end:end + MAX_QUOTATION]
    close = min((i for i in (right.find(m) for m in QUOTATION_CLOSERS) if i >= 0), default=-1)
    if close < 0 or any(c in right[:close] for c in ".!?;"):
        return None
    return max(block_start, start - MAX_QUOTATION) + mark, end + close + 1


def _runs(toks: list[Token], text: str) -> list[list[Token]]:
    """Maximal stretches of French words separated by nothing but spaces."""
    runs, current = [], []
    for tok in toks:
        if tok.joins and (not current or text[current[-1].end:tok.start].isspace()
                          and "\n" not in text[current[-1].end:tok.start]):
            current.append(tok)
            continue
        if current:
            runs.append(current)
        current = [tok] if tok.joins else []
    if current:
        runs.append(current)
    trimmed = []
    for run in runs:
        while run and not run[0].lang.french:
            run = run[1:]
        end = len(run)
        while end and not run[end - 1].lang.french:
            end -= 1
        # grammatical words after the last French one stay when together they make a French
        # clause of three words or more ("il y a"), never a lone English "a" after "et"
        if end and end < len(run) and len(run) >= 3 and all(t.lang.function and t.lang.lean > -1 for t in run):
            end = len(run)
        if end:
            trimmed.append(run[:end])
    return trimmed


# prepositions English never writes before a noun: "sans surprise", "selon nous", "malgré tout", "avec succès"
FRENCH_PREPOSITIONS = frozenset("sans avec chez selon malgré dès auprès parmi envers depuis vers contre".split())
COGNATE_FRENCH_ZIPF = 3.0  # the word after a French preposition is a French word too ("surprise", "conviction")
COGNATE_LEAN = -0.5  # ... not a word English writes far more than French
COGNATE_MAX_ENGLISH = 5.0  # "main", "place", "long": English words first, whatever French does with them
FRENCH_WORD_LEAN = 2.0  # a French content word this French makes a phrase with a cognate beside it


def _cognate(tok: Token) -> bool:
    """A lowercase content word that French writes as well as English ("surprise", "conviction", "crise")."""
    return (tok.loan is None and not tok.name and tok.text.islower() and not tok.lang.function and len(tok.text) > 3
            and tok.lang.fr >= COGNATE_FRENCH_ZIPF and tok.lang.lean >= COGNATE_LEAN)


def _mixed_phrase(text: str, tok: Token, nxt: Token) -> bool:
    """Two French words of which one is also English: a French preposition and a noun ("sans surprise"), or a
    French content word and a cognate, either way round ("intime conviction", "conviction intime")."""
    if tok.loan is not None or nxt.loan is not None or tok.name or nxt.name or not _adjacent(text, tok, nxt):
        return False
    if not (tok.text.islower() and nxt.text.islower()):
        return False
    if tok.lang.word in FRENCH_PREPOSITIONS and tok.lang.french and _cognate(nxt):
        return True
    # a French word that is no warning alone ("intime": English writes "intime" too, rarely); one that is
    # ("trafiquants") keeps its own span rather than taking in the English word beside it
    return any(a.lang.french and not a.lang.unambiguous and not a.lang.function and len(a.text) > 3
               and a.lang.lean >= FRENCH_WORD_LEAN and a.lang.en < 3.0 and _cognate(b) and not b.lang.french
               and b.lang.en < COGNATE_MAX_ENGLISH for a, b in ((tok, nxt), (nxt, tok)))


# the head nouns of French institutions' names, which French writes in sentence case
INSTITUTION_HEADS = frozenset("""
union journal conseil cour haute haut caisse banque école institut comité syndicat office agence autorité centre
fédération confédération direction tribunal parquet ministère assemblée maison société compagnie fondation
association
collectif observatoire commission chambre ligue mouvement parti front rassemblement secours musée bibliothèque
théâtre opéra orchestre académie grande conservatoire régie mutuelle crédit groupement inspection brigade
""".split())


def _phrase_runs(toks: list[Token], text: str, found: list[list[Token]]) -> list[list[Token]]:
    """French noun phrases whose words English also writes: "un choc", "coup de poker" (not already in a run)."""
    # a lone grammatical word is no run of its own: the phrase may take it in
    taken = {id(t) for run in found if len(run) > 1 or not run[0].lang.function for t in run}
    single = {id(run[0]) for run in found if len(run) == 1}  # a lone French word a phrase may take in
    out = []
    plain = toks
    for i, tok in enumerate(plain):
        nxt = plain[i + 1] if i + 1 < len(plain) else None
        # a French word and a French-leaning word side by side ("marche blanche", "grève sauvage")
        if nxt is not None and (id(tok) in single or id(nxt) in single) and _leaning_pair(text, tok, nxt) \
                and not ({id(tok), id(nxt)} & taken) - single:
            out.append([tok, nxt])
            continue
        if nxt is not None and (id(tok) in single or id(nxt) in single or tok.lang.word in FRENCH_PREPOSITIONS) \
                and not ({id(tok), id(nxt)} & taken) - single and _mixed_phrase(text, tok, nxt):
            out.append([tok, nxt])
            continue
        if id(tok) in taken or tok.loan is not None or tok.name or not tok.text.islower():
            continue
        nxt = plain[i + 1] if i + 1 < len(plain) else None
        if nxt is None or nxt.loan is not None or nxt.name or id(nxt) in taken or not _adjacent(text, tok, nxt):
            continue
        if tok.lang.word in FRENCH_ARTICLES and nxt.text.islower() and not nxt.lang.function \
                and (nxt.lang.lean >= ARTICLE_LEAN or tok.lang.lean >= STRONG_ARTICLE_LEAN):
            out.append([tok, nxt])
            continue
        if _leaning(tok.lang) and _leaning(nxt.lang) and nxt.text.islower() and len(tok.text) > 2 \
                and len(nxt.text) > 2 and tok.lang.lean + nxt.lang.lean >= PAIR_TOTAL_LEAN:
            out.append([tok, nxt])
            continue
        after = plain[i + 2] if i + 2 < len(plain) else None
        if nxt.lang.word in NOUN_LINKS and nxt.text.islower() and after is not None and id(after) not in taken \
                and _adjacent(text, nxt, after) and after.text.islower() and after.loan is None \
                and not tok.lang.function and not after.lang.function and len(tok.text) > 2 and len(after.text) > 2 \
                and max(tok.lang.lean, after.lang.lean) >= LINK_LEAN:
            out.append([tok, nxt, after])
    return out


def _leaning_pair(text: str, tok: Token, nxt: Token) -> bool:
    """One French word and one that leans French, lowercase content words side by side."""
    if len(tok.text) <= 2 or len(nxt.text) <= 2 or not (tok.text.islower() and nxt.text.islower()):
        return False
    if tok.loan is not None or nxt.loan is not None or tok.lang.function or nxt.lang.function:
        return False
    if not _adjacent(text, tok, nxt):
        return False
    return any(a.lang.french and b.lang.lean >= PAIR_LEAN and b.lang.fr >= PAIR_FRENCH_ZIPF
               for a, b in ((tok, nxt), (nxt, tok)))


def _neighbours(toks: list[Token], run: list[Token], text: str) -> tuple[Token | None, Token | None]:
    i, j = toks.index(run[0]), toks.index(run[-1])
    before = toks[i - 1] if i > 0 and _adjacent(text, toks[i - 1], run[0]) else None
    after = toks[j + 1] if j + 1 < len(toks) and _adjacent(text, run[-1], toks[j + 1]) else None
    return before, after


def _adjacent(text: str, left: Token, right: Token) -> bool:
    gap = text[left.end:right.start]
    return gap.strip(" -‐‑'’\u00a0") == ""


def _part_of_name(toks: list[Token], run: list[Token], text: str) -> bool:
    """French words inside a proper name or title: "Lac à la Pêche", "de Villiers", "Assemblée nationale".

    Grammatical words next to a name join it ("Dent des Crolles"); other French words join only a
    French-looking name ("Assemblée nationale", not "Haiti après" or "acheter Apple").
    """
    before, after = _neighbours(toks, run, text)
    if _article_before_name(toks, run, text, after):
        return False  # "to meet la Joconde": a French article left before a name, in an English sentence
    connectors = all(t.lang.word in NAME_CONNECTORS for t in run)
    for neighbour in (before, after):
        if neighbour is None:
            continue
        if neighbour.name and (connectors or _french_looking(neighbour)):
            return True
        # a French capitalised word opening the quotation or sentence: "Cinémathèque française"
        if neighbour.initial and neighbour.text[:1].isupper() and _french_looking(neighbour):
            return True
    if _after_french_article_name(toks, run, text):
        return True
    # a capitalised word and a French prepositional phrase: a French name in sentence case ("Reporters sans
    # frontières", "Mariage pour tous"); "Macron a déclaré" opens on a verb
    if before is not None and before.name and not before.initial and run[0].lang.word in NAME_PREPOSITIONS \
            and len(run) <= 4 and not any(t.lang.word in CLAUSE_WORDS for t in run):
        return True
    # a French adjective agreeing with the capitalised noun before it: a name in sentence case ("Force ouvrière",
    # "Lutte ouvrière", "Confédération paysanne"), not a verb nor a preposition after a name ("Haiti après")
    if before is not None and before.name and not before.initial and len(run) == 1 and run[0].text[:1].islower() \
            and not run[0].lang.function and FRENCH_ADJECTIVE_RE.search(run[0].text) is not None:
        return True
    # a French institution in sentence case: "Union syndicale des magistrats", "Journal officiel", "Cour des comptes"
    if before is not None and before.name and before.lang.word in INSTITUTION_HEADS and len(run) <= 4 \
            and not any(t.lang.word in CLAUSE_WORDS for t in run):
        return True
    # ... its head followed by a French adjective: "Musée national des beaux-arts", "Théâtre national de Chaillot"
    head = _institution_head_before(toks, before, text)
    if head is not None and len(run) <= 4 and not any(t.lang.word in CLAUSE_WORDS for t in run):
        return True
    # a title that opens its quotation on a capitalised word: “Embrassez qui vous voudrez”
    if before is not None and before.initial and before.text[:1].isupper() \
            and text[before.start - 1:before.start] in QUOTATION_OPENERS \
            and text[run[-1].end:run[-1].end + 1] in QUOTATION_CLOSERS and len(run) <= TITLE_WORDS:
        return True
    # a French name in sentence case after what names it: "an association, Action droits des musulmans",
    # "a collective, Urgence notre police assassine"
    i = toks.index(run[0])
    for j in range(i - 1, max(-1, i - 8), -1):
        if text[toks[j].end:toks[j + 1].start].strip(" \u00a0'’-") != "":
            break
        if toks[j].name and not toks[j].initial:
            if ORGANISATION_BEFORE_RE.search(text, max(0, toks[j].start - 40), toks[j].start):
                return True
            break
    # a title opening with a capital: "Le complot du Caire", "Panique à Bamako", "Gloire du matin"
    first = run[0]
    if first.initial and first.text[:1].isupper() and (after is not None and after.name or any(t.name for t in run)):
        return True
    return False


TITLE_WORDS = 5  # a quoted title's words after its capitalised first word


def _institution_head_before(toks: list[Token], before: Token | None, text: str) -> Token | None:
    """The capitalised head of a French institution's name right before a lowercase French adjective of it
    ("Musée national", "Bibliothèque nationale"), or None."""
    if before is None or before.name or not before.text[:1].islower() \
            or FRENCH_ADJECTIVE_RE.search(before.text) is None:
        return None
    i = toks.index(before)
    head = toks[i - 1] if i > 0 and _adjacent(text, toks[i - 1], before) else None
    return head if head is not None and head.name and head.lang.word in INSTITUTION_HEADS else None


# endings of French adjectives (feminine or plural forms mostly), which verbs do not take
FRENCH_ADJECTIVE_RE = re.compile(r"(?:ière|ières|aise|aises|ienne|iennes|elle|elles|ive|ives|euse|euses|ale|ales|aux"
                                 r"|ique|iques|aire|aires|oise|oises|anne|annes|ise|ises|aine|aines|ain|ains"
                                 r"|ieure|ieures|ieur|ieurs|el|els|if|ifs|al)$")


def _article_before_name(toks: list[Token], run: list[Token], text: str, after: Token | None) -> bool:
    """A lowercase French article between an English word and a name ("meet la Joconde", "visit les Invalides"):
    not the inside of a French name, which a capital or a French word opens ("Marine le Pen", "rue de la Paix")."""
    if len(run) != 1 or run[0].text not in ("la", "le", "les") or after is None or not after.name:
        return False
    i = toks.index(run[0])
    if i == 0 or text[toks[i - 1].end:run[0].start].strip(" \u00a0") != "":
        return False
    previous = toks[i - 1]
    return (previous.text[:1].islower() and not previous.name and previous.loan is None
            and not previous.lang.french and not previous.lang.function and not outlet_at(text, run[0].start))


@functools.lru_cache(maxsize=1)
def _outlets() -> tuple[str, ...]:
    """The names of news outlets (checker/data/outlets.yaml), lowercase: "le parisien", "les echos"."""
    from ..data.cache import load_yaml

    return tuple(str(entry["phrase"]).lower() for entry in load_yaml("outlets")["entries"] if "phrase" in entry)


def outlet_at(text: str, pos: int) -> bool:
    """An outlet's name starts at `pos`, whatever its capital ("reported by le Parisien")."""
    head = text[pos:pos + 40].lower()
    return any(head.startswith(name) and not head[len(name):len(name) + 1].isalnum() for name in _outlets())


def _after_french_article_name(toks: list[Token], run: list[Token], text: str) -> bool:
    """French words closing a name that opens with a capitalised French article: "La France insoumise"."""
    i = toks.index(run[0])
    j = i - 1
    while j >= 0 and toks[j].name and _adjacent(text, toks[j], toks[j + 1]):
        if toks[j].lang.function and toks[j].lang.word in NAME_ARTICLES:
            return True
        j -= 1
    return False


def _french_looking(token: Token) -> bool:
    return token.lang.french or (has_french_letters(token.text) and token.lang.lean > 0)


def _run_severity(text: str, run: list[Token]) -> Severity | None:
    if len(run) >= 2:
        span = text[run[0].start:run[-1].end]
        strong = any(t.lang.unambiguous for t in run)
        clause = len(run) >= 3 and all(t.lang.function for t in run)  # "il y a", "qu'il y a"
        if strong or clause or french_probability(span) >= RUN_PROBABILITY:
            return Severity.WARNING
        return Severity.INFO if sum(t.lang.french for t in run) >= 2 else None
    tok = run[0]
    low = tok.lang.word
    if low in TELLING_ALONE:
        company = TELLING_ALONE[low]
        if company is not None and company.match(text, tok.end):
            return None
        return Severity.WARNING
    if tok.lang.unambiguous and len(low) >= 4:
        return Severity.WARNING
    if tok.lang.french and tok.lang.en <= 3.5 and (has_french_letters(low) or len(low) >= 5):
        return Severity.INFO
    return None


def _with_elided_name(toks: list[Token], run: list[Token], text: str) -> list[Token]:
    """A run of French prepositions followed by an elided name takes the name in: "par l'État", "selon l'Elysée"."""
    if not all(t.lang.function and t.lang.word not in NAME_CONNECTORS for t in run):
        return run
    j = toks.index(run[-1]) + 1
    if j < len(toks) and toks[j].name and toks[j].lang.elided and _adjacent(text, run[-1], toks[j]):
        return run + [toks[j]]
    return run


def _french_opener(text: str, token: Token) -> bool:
    """A French sentence adverb opening the sentence before a comma ("Enfin, the fans …")."""
    return token.lang.word in FRENCH_OPENERS and token.lang.french and text[token.end:token.end + 1] == ","


def _inside_english_quote(text: str, run: list[Token], quotes: _Quotes, phrase: bool = False) -> bool:
    """French words inside a quotation otherwise in English ("It is a ras-le-bol that …"), or a short
    lowercase French phrase quoted with no gloss: translated speech with words left over, not a cited title."""
    if run[0].text[:1].isupper():
        return False
    quote = quotes.holding(run[0].start, run[-1].end)
    if quote is None:
        return False
    others = [w for w in words(text, *quote) if not (run[0].start <= w.start() < run[-1].end)]
    english = sum(1 for w in others if not word_language(w.group()).french)
    if english >= QUOTE_ENGLISH_WORDS:
        return True
    if len(run) == 1 and not others and run[0].lang.unambiguous and len(run[0].text) >= QUOTED_WORD_LENGTH:
        return True  # a French word alone in its quotation ("the bill was “équilibré”"): the speaker's word
    return len(run) >= 2 and (phrase or any(t.lang.unambiguous for t in run))


QUOTED_WORD_LENGTH = 6


def _long_lowercase(run: list[Token]) -> bool:
    """A quoted French phrase long enough to be an untranslated quotation rather than a cited name."""
    if run[0].initial and run[0].text[:1].isupper():
        return False  # a capital at the opening of the quotation: a cited title ("Histoires de ...")
    return len(run) >= QUOTED_RUN_WORDS and all(t.text[:1].islower() for t in run)


SPEECH_CLOSE_RE = re.compile(r"[ \u00a0]*(?:[,!?…]|\.\.\.)[ \u00a0]*[\"”’'»›]")


def _spoken_quotation(text: str, run: list[Token], quotes: _Quotes) -> bool:
    """A French clause that fills its quotation and closes on speech punctuation ("Il n'y a pas de mots," he
    said): words spoken and left untranslated, not a cited title, whatever its capital."""
    quote = quotes.holding(run[0].start, run[-1].end)
    if quote is None or len(run) < QUOTED_RUN_WORDS or sum(t.lang.function for t in run) < 2:
        return False
    before = text[quote[0]:run[0].start].strip(" \u00a0\"“‘'«‹")
    return before == "" and SPEECH_CLOSE_RE.match(text, run[-1].end) is not None


def analyse_document(ctx) -> Analysis:
    """The analysis of the context's document (English text only; nothing for other languages)."""
    doc = ctx.doc
    if not (doc.lang or "en").lower().startswith("en"):
        return Analysis((), (), ())
    quoted = [(q.start, q.end) for q in ctx.get("target.marked_quotes")]
    return analyse(doc.text, doc.blocks, tuple(ctx.get("target.sentences")), quoted)


def analyse(text: str, blocks, sentences, quotes: list[tuple[int, int]]) -> Analysis:
    """French sentences, French runs inside English sentences, and glossable French terms."""
    found_sentences: list[tuple[FrenchSpan, int]] = []
    found_runs: list[FrenchSpan] = []
    terms: list[FrenchSpan] = []
    pending: FrenchSpan | None = None  # consecutive French sentences of one block are merged
    pending_block = -1
    quote_index = _Quotes(quotes)
    for sentence in sentences:
        block = blocks[sentence.block]
        word_re = for_text(WORD_RE, text[sentence.start:sentence.end])
        found_words = word_re.findall(text, sentence.start, sentence.end)
        if all(map(_PLAIN.__getitem__, found_words)):  # no French, no term to gloss: as an English sentence below
            if pending is not None:
                found_sentences.append((pending, blocks[pending_block].start))
                pending = None
            continue
        may_be_french = _may_hold_french(text, sentence.start, sentence.end, found_words)
        # without French, the loanwords matter only as glossable terms, which few words open
        loans = find_loanwords(text, sentence.start, sentence.end) \
            if may_be_french or any(map(opens_noted, found_words)) else []
        for loan in loans:
            if loan.note and text[loan.start].islower():
                terms.append(FrenchSpan(loan.start, loan.end, Severity.INFO, loan.words, False, loan.note))
        if not may_be_french or _loaned_only(text, sentence.start, sentence.end, loans):
            if pending is not None:  # an English sentence closes a French passage
                found_sentences.append((pending, blocks[pending_block].start))
                pending = None
            continue
        toks = tokens_of(text, sentence.start, sentence.end, loans)
        if toks and _french_sentence(text, sentence.start, sentence.end, toks):
            start, end = sentence.start, sentence.end
            count = sum(not t.name for t in toks)
            if pending is not None and pending_block == sentence.block:
                count += pending.words
                start = pending.start
            elif pending is not None:
                found_sentences.append((pending, blocks[pending_block].start))
            quoted = quote_index.cover(start, end)
            pending = FrenchSpan(start, end, Severity.WARNING, count, quoted)
            pending_block = sentence.block
            continue
        if pending is not None:
            found_sentences.append((pending, blocks[pending_block].start))
            pending = None
        runs = _runs(toks, text)
        phrases = _phrase_runs(toks, text, runs)
        absorbed = {id(t) for phrase in phrases for t in phrase}
        runs = [run for run in runs if not any(id(t) in absorbed for t in run)]
        for run in runs + phrases:
            run = _with_elided_name(toks, run, text)
            if run[-1].name and run[-1].lang.elided:
                pass  # "par l'État", "Selon l'Elysée": a French preposition before a name is French
            elif _part_of_name(toks, run, text):
                continue
            if len(run) == 1 and run[0].initial and run[0].text[:1].isupper() and not run[0].lang.elided \
                    and not _french_opener(text, run[0]):
                continue  # one capitalised word opening a sentence may be a name ("Rassemblement national")
            start, end = run[0].start, run[-1].end
            if _deliberate(text, block.start, start, end) or outlet_at(text, start):
                continue  # cited on purpose, or an outlet's name in lowercase ("told franceinfo")
            severity = Severity.WARNING if run in phrases else _run_severity(text, run)
            if severity is None:
                continue
            quoted = quote_index.cover(start, end)
            if quoted and not _long_lowercase(run) and not _spoken_quotation(text, run, quote_index) \
                    and not _inside_english_quote(text, run, quote_index, run in phrases):
                severity = Severity.INFO
            found_runs.append(FrenchSpan(start, end, severity, len(run), quoted))
    if pending is not None:
        found_sentences.append((pending, blocks[pending_block].start))
    if found_runs:
        names: dict[str, bool] = {}
        found_runs = [run for run in found_runs if not _document_name(text, text[run.start:run.end], names)]
    graded = []
    for item, block_start in found_sentences:
        if _deliberate(text, block_start, item.start, item.end):
            continue
        severity = Severity.ERROR if item.words >= ERROR_WORDS and not item.quoted else Severity.WARNING
        graded.append(FrenchSpan(item.start, item.end, severity, item.words, item.quoted))
    return Analysis(tuple(graded), tuple(found_runs), tuple(terms))


# an article or a lowercase word right before a capitalised phrase: it stands inside a sentence, so its capital is a
# name's ("some talk of a Nuit debout in Brussels")
INSIDE_SENTENCE_BEFORE_RE = re.compile(r"[a-zà-ÿ,][ \u00a0]+$")


def _document_name(text: str, run: str, names: dict[str, bool]) -> bool:
    """A French phrase in sentence case ("Nuit debout", "Confédération paysanne") that the document uses as a name:
    capitalised somewhere inside a sentence, or explained once by an English apposition ("Nuit debout, the movement
    which refuses to choose a leader, held ..."); a name is not untranslated French wherever it stands."""
    if not run[:1].isupper() or not any(c.islower() for c in run[1:]) or " " not in run:
        return False
    known = names.get(run)
    if known is None:
        known = False
        at = text.find(run)
        while at >= 0 and not known:
            end = at + len(run)
            if end < len(text) and (text[end].isalnum() or text[end] in "-'’"):
                pass  # part of a longer word
            elif INSIDE_SENTENCE_BEFORE_RE.search(text, max(0, at - 3), at) or _english_apposition(text, end):
                known = True
            at = text.find(run, end)
        names[run] = known
    return known


# --- French acronyms ("CEDEAO", "OTAN", "PIB") --------------------------------------------------------

ACRONYM_LEAN = 0.9  # how much more French text uses the letters than English text ("CPI", "ALS" are English too)
# a warning when English text never writes the letters ("CEDEAO") or French writes them far more ("OTAN"); the
# others ("RDC", "OMS", which English text also writes for other things) are information
ACRONYM_STRONG_LEAN, ACRONYM_UNKNOWN_ZIPF = 1.7, 1.0
CAPITALS_RE = re.compile(r"\b[A-ZÀ-Ý]{2,}\b")
HEADLINE_SHARE = 0.6  # words in capitals around an acronym: a headline or a name written in capitals
TITLED_ACRONYM_LETTERS = 4
# an English determiner before an acronym that stands for a common noun ("suffered an AVC", "the Ehpad"): the
# French noun in an English noun phrase, whatever English text does with the letters
NOUN_DETERMINER_RE = re.compile(r"\b(?:a|an|the|his|her|their|its|our)[ \u00a0]+$", re.I)
NEXT_WORD_RE = re.compile(r"[ \u00a0]+([^\W\d_]+)")


@dataclass(frozen=True, slots=True)
class Acronym:
    """A French acronym left in English text, with the English one it stands for."""

    start: int
    end: int
    french: str
    english: str
    strong: bool


@functools.lru_cache(maxsize=1)
def _acronyms() -> tuple[dict[str, tuple[str, bool]], re.Pattern | None]:
    """French acronyms of organisations and common nouns that English writes otherwise ("OTAN" → "NATO"),
    from checker/data/acronyms.yaml, kept when French text uses the letters clearly more than English."""
    from ..data.cache import load_yaml
    from .names import zipf

    table = {}
    for french, english in load_yaml("acronyms")["acronyms"].items():
        if not french.isupper() or french in english or len(french) < 2:
            continue
        lean = zipf(french.lower(), "fr") - zipf(french.lower())
        if lean >= ACRONYM_LEAN and (len(french) >= 3 or lean >= 1.5):
            table[french] = (english[0], lean >= ACRONYM_STRONG_LEAN or zipf(french.lower()) < ACRONYM_UNKNOWN_ZIPF)
            # the French press writes an acronym read as a word with one capital ("Ehpad", "Smic", "Otan")
            if len(french) >= TITLED_ACRONYM_LETTERS and zipf(french.lower()) < ACRONYM_UNKNOWN_ZIPF:
                table[french.title()] = table[french]
    if not table:
        return table, None
    alternation = "|".join(sorted(map(re.escape, table), key=len, reverse=True))
    return table, re.compile(rf"(?<![\w.&/-])(?:{alternation})(?![\w&/-]|\.\w)")


@functools.lru_cache(maxsize=1)
def _acronym_hint() -> re.Pattern:
    """The acronyms alone, longest first: found in a fast scan (the pattern opens on their letters), they are
    where `french_acronyms` may find one."""
    return re.compile("|".join(sorted(map(re.escape, _acronyms()[0]), key=len, reverse=True)) or "(?!)")


def strong_acronym(word: str) -> bool:
    """Whether `french_acronyms` reports the word as a warning."""
    found = _acronyms()[0].get(word)
    return found is not None and found[1]


def french_acronyms(text: str, start: int, end: int) -> list[Acronym]:
    """French acronyms in text[start:end] written in an English sentence; not in a headline in capitals,
    not cited on purpose ("the CEDEAO (ECOWAS)", "known by its French acronym, OTAN")."""
    table, regex = _acronyms()
    if regex is None:
        return []
    out = []
    # what regex.finditer finds: each of its matches opens where an acronym alone is found (letters before
    # one fail its lookbehind), and the acronym alone found there is at least as long
    for hint in _acronym_hint().finditer(text, start, end):
        match = regex.match(text, hint.start(), end)
        if match is None:
            continue
        s, e = match.span()
        window = (max(start, s - 30), min(end, e + 30))
        capitals, total = len(CAPITALS_RE.findall(text, *window)), len(WORD_RE.findall(text, *window))
        if capitals >= 3 and capitals >= HEADLINE_SHARE * total:
            continue
        if _deliberate(text, start, s, e) or re.search(r"\b(?:French|acronym|abbreviation)\b", text[max(start, s - 40):s]):
            continue
        english, strong = table[match.group()]
        head = NEXT_WORD_RE.match(text, e)  # "the AVC codec": the letters modify the noun after them, a name
        strong = strong or (english[:1].islower() and NOUN_DETERMINER_RE.search(text, max(start, s - 8), s) is not None
                            and not (head and head.group(1).islower() and head.group(1) not in FUNCTION_WORDS))
        out.append(Acronym(s, e, match.group(), english, strong))
    return out
