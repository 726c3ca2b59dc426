"""Light clause heuristics for English news: speech verbs, reporting clauses, sentence starts, likely verbs."""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import Iterator

from ..records import record
from .folding import case_key
from .names import CALENDAR, NAME_PARTICLES  # noqa: F401  (checker/data/name_words.txt; re-exported)
from .sentences import is_abbreviation_stop, sentence_starts  # noqa: F401  (re-exported)
from .trie import kept_trie_alternation


def _data(name: str):
    from ..data.cache import load_yaml

    return load_yaml(name)


def _word_lists() -> dict[str, frozenset[str]]:
    return {key: frozenset(value.split()) for key, value in _data("clause_words").items()}


_WORDS = _word_lists()  # checker/data/clause_words.yaml
LOWER_AFTER_STOP = _WORDS["lower_after_stop"]  # lowercase words that may follow a full stop
SUBJECT_PRONOUNS = _WORDS["subject_pronouns"]
OBJECT_PRONOUNS = _WORDS["object_pronouns"]
NOT_IN_SUBJECT = _WORDS["not_in_subject"]  # cannot be part of a subject noun phrase
SUBJECT_CANNOT_END = _WORDS["subject_cannot_end"]
NOT_A_NAME = _WORDS["not_a_name"]  # capitalised sentence starters that are not names
ADJUNCT_START = _WORDS["adjunct_start"]  # adjuncts that may follow a reporting verb
SUBJECT_DETERMINERS = _WORDS["subject_determiners"]
DETERMINERS = _WORDS["determiners"]
# Words that show a clause (a statement) follows rather than an adjunct.
CLAUSE_MARKERS = NOT_IN_SUBJECT - {"also", "then", "this", "these", "those", "here", "when"}

WORD_RE = re.compile(r"[^\W_][\w'’]*(?:[-.][^\W_][\w'’]*)*")
CLOSERS = "\"'”’»)]"
OPENING_QUOTES = "\"“‘«'"


# --- speech verbs -----------------------------------------------------------------------------

@record
class SpeechVerb:
    """A reporting verb: its lemma, its written forms, whether it needs a statement, and whether it takes a
    bare clause as its statement ("said the talks failed") rather than only "that", a quote or a colon."""

    lemma: str
    forms: tuple[str, ...]
    needs_complement: bool
    zero_that: bool = False


# tags of speech_verbs_en.txt whose verbs are not attributions on their own: a preposition naming a source,
# opinion verbs, and verbs that are as often a noun or an adjective
NOT_ATTRIBUTION_TAGS = frozenset({"source", "opinion", "weak"})


def _quote_lexicon() -> list[tuple[list[str], set[str]]]:
    """The rows of speech_verbs_en.txt (the quote model's lexicon): forms with spaces, and tags."""
    from ..data.cache import DATA_DIR

    rows = []
    raw = DATA_DIR.joinpath("speech_verbs_en.txt").read_text(encoding="utf-8")
    for line in raw.splitlines():
        body, _, tags = line.strip().partition("|")
        if body.strip() and not body.startswith("#"):
            rows.append(([w.replace("_", " ").lower() for w in body.split()], set(tags.split())))
    return rows


@functools.lru_cache(maxsize=None)
def speech_verbs() -> tuple[SpeechVerb, ...]:
    """One speech-verb lexicon: the reporting verbs of checker/data/attribution_verbs.yaml, which say whether a
    verb can stand alone, and the other verbs of speech_verbs_en.txt (the quote model's), which can."""
    data = _data("attribution_verbs")
    rows = _quote_lexicon()
    zero_that = {form for forms, tags in rows if "zero-that" in tags for form in forms}
    verbs = [SpeechVerb(item["lemma"], tuple(item["forms"]), item.get("complement") == "required",
                        any(form in zero_that for form in item["forms"]))
             for item in data["verbs"]]
    known = {form for verb in verbs for form in verb.forms} | {verb.lemma for verb in verbs}
    for forms, tags in rows:
        if tags & NOT_ATTRIBUTION_TAGS or known.intersection(forms):
            continue
        verbs.append(SpeechVerb(forms[0], tuple(forms), False, "zero-that" in tags))
        known.update(forms)
    return tuple(verbs)


@functools.lru_cache(maxsize=None)
def speech_verb_by_form() -> dict[str, SpeechVerb]:
    return {form: verb for verb in speech_verbs() for form in verb.forms}


@functools.lru_cache(maxsize=None)
def recipient_nouns() -> frozenset[str]:
    return frozenset(_data("attribution_verbs")["recipients"])


@functools.lru_cache(maxsize=None)
def speech_participles() -> frozenset[str]:
    """The -ing forms of reporting verbs ("saying", "adding")."""
    return frozenset(form for form in speech_verb_by_form() if form.endswith("ing") and " " not in form)


def is_speech_verb(word: str) -> bool:
    return word.lower() in speech_verb_by_form()


@functools.lru_cache(maxsize=None)
def _speech_verb_alternation() -> str:
    """The speech verbs' forms as one pattern, a space matching any white space, written as a trie ("s(?:aid|tated)"):
    it matches what their plain alternation, longest first, matches (forms that match at one place are prefixes of
    one another, and at each node the longer forms are tried first), but the engine reads each character once
    instead of trying hundreds of forms in turn at every place a clause may start."""
    forms = sorted((f for f in speech_verb_by_form() if not f.endswith("ing")), key=len, reverse=True)
    if not all(f.isascii() and f == f.lower() for f in forms):  # else two branches might match one letter in (?i)
        return "|".join(re.escape(f).replace(r"\ ", r"\s+") for f in forms)
    return kept_trie_alternation("speech-verbs", forms)


# --- verbs in general -------------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class VerbLexicon:
    """English verb lemmas, irregular forms and auxiliaries (checker/data), read once."""

    lemmas: frozenset[str]
    irregular: frozenset[str]
    auxiliaries: frozenset[str]


@functools.lru_cache(maxsize=None)
def verb_lexicon() -> VerbLexicon:
    """Verb lemmas, irregular forms and auxiliaries from checker/data/fragment_verbs.yaml."""
    data = _data("fragment_verbs")
    return VerbLexicon(frozenset(data["lemmas"].split()), frozenset(data["irregular"].split()),
                       frozenset(data["auxiliaries"].split()))


def lemma_candidates(word: str) -> Iterator[str]:
    yield word
    for suffix, repl in (("ies", "y"), ("ied", "y"), ("es", ""), ("s", ""), ("ed", ""), ("ed", "e"),
                         ("ing", ""), ("ing", "e")):
        if word.endswith(suffix) and len(word) > len(suffix) + 1:
            stem = word[: -len(suffix)] + repl
            yield stem
            if suffix in ("ed", "ing") and not repl and len(stem) > 2 and stem[-1] == stem[-2]:
                yield stem[:-1]  # stopped -> stop


def is_verb_lemma(word: str) -> bool:
    """Whether `word` is the base form of a known verb ("proceed", "change")."""
    return word.lower() in verb_lexicon().lemmas


def could_be_verb(word: str, finite: bool = False) -> bool:
    """Whether `word` may be a verb form (known lemma, inflection, irregular form, auxiliary or any -ed word).

    With `finite`, -ing forms do not count: "Russia continuing its assault." has no finite verb.
    """
    lex = verb_lexicon()
    w = word.lower().replace("’", "'")
    if w in lex.auxiliaries or w in lex.irregular or "n't" in w or w.endswith(("'s", "'re", "'ve", "'ll", "'d")):
        return True
    if len(w) > 4 and w.endswith("ed"):
        return True
    if finite and w.endswith("ing") and w not in lex.lemmas:
        return False
    return any(c in lex.lemmas for c in lemma_candidates(w))


def _skip_space(text: str, pos: int, end: int) -> int:
    while pos < end and text[pos].isspace():
        pos += 1
    return pos


# --- reporting clauses ------------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class ReportingClause:
    """A reporting clause at a sentence or clause start ("he noted", "said the minister", "according to X")."""

    start: int
    end: int  # after the verb and any recipient or adjunct, before the punctuation
    verb: str
    lemma: str
    needs_complement: bool
    tail: str  # what follows: "." "!" "," ":" "quote" "clause"
    tail_end: int  # after the punctuation when tail is punctuation, else == end
    recipient_pronoun: bool = False


_TITLE = r"(?:Mr|Mrs|Ms|Dr|Prof|Gen|Sen|Rep|Gov|Col|Capt|Lt|Sgt|Rev|Sir|Dame|Lord|Lady)\.?"
_UPPER = "A-ZÀ-ÖØ-Þ"  # capitals, accented ones included: "Édouard Philippe"
_NAME = rf"[{_UPPER}][\w'’-]*(?:\.[{_UPPER}][\w'’-]*)*"
_PARTICLE = "|".join(sorted(NAME_PARTICLES))
_PROPER = rf"(?:{_TITLE}\s+)?{_NAME}(?:\s+(?:(?:{_PARTICLE})\s+){{0,2}}{_NAME}){{0,3}}"
_DET = rf"(?:(?i:the|a|an|his|her|their|its|our|another|one)|[{_UPPER}][\w-]*['’]s)"  # "EDF's chairman"
_NP = rf"{_DET}(?:\s+[\w'’-]+){{1,6}}?"
# a noun phrase or name in apposition to the subject: "the spokeswoman, Maud Bregeon, said"
_APPOSITION = rf"(?P<appos>,\s+(?:{_NP}|{_PROPER}),)?"
_PRONOUN = r"(?i:he|she|they|it|we|i)"
_ADVERB = r"(?:\s+(?:[a-z]+ly|also|later|then|again|further|once|still|just|only|earlier))?"
_AUX = r"(?:\s+(?:has|had|have|will|would))?"


@functools.lru_cache(maxsize=None)
def _clause_regexes() -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    from ..data.cache import compile_regex

    verbs = _speech_verb_alternation()
    subject_first = compile_regex("clauses-subject-first", (
        rf"(?P<subj>{_PRONOUN}|{_NP}|{_PROPER}){_APPOSITION}{_ADVERB}{_AUX}\s+(?P<verb>{verbs})(?![\w'’-])"))
    verb_first = compile_regex("clauses-verb-first", (
        rf"(?P<verb>(?i:{verbs}))\s+(?P<subj>{_PRONOUN}|{_NP}|{_PROPER})(?![\w'’-])"))
    according = re.compile(r"(?P<verb>(?i:according\s+to))\s+(?P<subj>[^,.;:!?\"“”]{2,60}?)(?=\s*[.!,;:])")
    return subject_first, verb_first, according


def _subject_ok(subject: str) -> bool:
    words = subject.split()
    first = words[0].lower()
    if first in SUBJECT_PRONOUNS:
        return len(words) == 1
    if words[0][0].isupper() and first not in SUBJECT_DETERMINERS:
        return first not in NOT_A_NAME
    if words[-1].lower() in SUBJECT_CANNOT_END:
        return False
    return not any(w.lower() in NOT_IN_SUBJECT for w in words[1:])


CLAUSE_REACH = 240  # characters a reporting clause may span from its start


def reporting_clause_at(text: str, pos: int, limit: int, inverted: bool = True) -> ReportingClause | None:
    """The reporting clause starting exactly at `pos`, if any, and what follows it."""
    limit = min(limit, pos + CLAUSE_REACH)
    subject_first, verb_first, according = _clause_regexes()
    match = subject_first.match(text, pos, limit)
    if match and _subject_ok(match.group("subj")) and (
            match.group("appos") is None or _subject_ok(match.group("appos").strip(" ,"))):
        verb = speech_verb_by_form()[_norm(match.group("verb"))]
        first = match.group("subj").split()[0]
        if (first.lower() in SUBJECT_DETERMINERS
                or first.endswith(("'s", "’s"))) \
                and _norm(match.group("verb")).endswith("s") and verb.lemma not in ("stress",):
            return None  # "The agency's reports." is a noun phrase, not a clause
        return _with_tail(text, match.end(), limit, pos, match.group("verb"), verb)
    match = according.match(text, pos, limit)
    if match:
        return _finish(text, match.end(), limit, pos, match.group("verb"), "according to", True, False)
    if inverted and _opens_with_clause_word(text, pos):
        match = verb_first.match(text, pos, limit)
        if match and _subject_ok(match.group("subj")):
            verb = speech_verb_by_form()[_norm(match.group("verb"))]
            end = _inverted_subject_end(text, match, limit)
            return _with_tail(text, end, limit, pos, match.group("verb"), verb, after_subject=True)
    return None


@functools.lru_cache(maxsize=None)
def _inverted_apposition_regex() -> re.Pattern:
    return re.compile(rf",\s+(?:{_NP}|{_PROPER})(?![\w'’-])")


def _inverted_subject_end(text: str, match: re.Match, limit: int) -> int:
    """Where an inverted subject ends: over the rest of a noun phrase ("said the Elysée spokesman on
    Wednesday") and an apposition ("said the prefect, Pierre Dartout, on Sunday")."""
    end = match.end()
    words = _words(text, end, limit)
    if match.group("subj").split()[0].lower() not in SUBJECT_PRONOUNS:
        for start_, stop, word in words[:4]:
            if word.lower() in ADJUNCT_START or word.lower() in NOT_IN_SUBJECT or word.lower() in CLAUSE_MARKERS:
                break
            end = stop
    appos = _inverted_apposition_regex().match(text, end, limit)
    if appos and _subject_ok(appos.group().strip(" ,")):
        after = _skip_space(text, appos.end(), limit)
        if after < limit and text[after] in ".!":
            return appos.end()
        following = _words(text, after + 1, limit) if after < limit and text[after] == "," else []
        if following and following[0][2].lower() in ADJUNCT_START:
            return after + 1
    return end


ASCII_WORD_RE = re.compile(r"[a-z]+")
# letters that case-insensitive matching equates with an ASCII letter although lower() does not give it
# (dotless i, long s, Kelvin sign, dotted capital I), as in checker/rules/lexicon.py
SPECIAL_FOLDS = frozenset("\u0131\u017f\u212a\u0130")


@functools.lru_cache(maxsize=None)
def _clause_words() -> frozenset[str]:
    """The first word of every verb form of the clause patterns, and "according"."""
    forms = (f for f in speech_verb_by_form() if not f.endswith("ing"))  # as `_speech_verb_alternation`
    return frozenset(form.split()[0].lower() for form in forms) | {"according"}


@functools.lru_cache(maxsize=None)
def _clause_word_regex() -> re.Pattern:
    """A whole run of ASCII letters that is one of `_clause_words`, in lowercased text: one search instead of
    a set lookup for every word."""
    from ..data.cache import compile_regex

    words = kept_trie_alternation("clause-words", (w for w in _clause_words() if ASCII_WORD_RE.fullmatch(w)))
    return compile_regex("clauses-clause-words", rf"(?<![a-z])(?:{words})(?![a-z])")


def may_hold_reporting_clause(text: str, start: int, end: int, clause_starts) -> bool:
    """Whether a reporting clause starting at one of `clause_starts` (or a double verb) may lie in text[start:end].

    Every verb the clause patterns match starts a word (after a space, or at the clause start) and ends
    one, unless a clause's window (CLAUSE_REACH characters from its start) cuts a word there: its first
    word, lowercased, is a whole run of ASCII letters. So a paragraph with no such run among
    `_clause_words`, whose windows all end between words, holds no clause.
    """
    memo = _WORDS_HELD[0]
    if memo[0] is not text:
        memo = _WORDS_HELD[0] = (text, {})
    lowered = memo[1].get((start, end), False)
    if lowered is False:
        lowered = memo[1][start, end] = _without_clause_words(text, start, end)
    if lowered is None:
        return True
    return any(pos + CLAUSE_REACH < end and lowered[pos + CLAUSE_REACH - start].isalnum() for pos in clause_starts)


_WORDS_HELD: list = [(None, {})]  # (the last text asked about, `_without_clause_words` by paragraph): two rules ask


def _without_clause_words(text: str, start: int, end: int) -> str | None:
    """text[start:end] lowercased, offset for offset, when none of its words is among `_clause_words`; else None."""
    block = text[start:end]
    lowered = block.lower()
    if len(lowered) != len(block) or not (block.isascii() or SPECIAL_FOLDS.isdisjoint(block)):
        return None  # case-insensitive matching may equate letters that lower() keeps apart
    if _clause_word_regex().search(lowered):
        return None
    return lowered


def _opens_with_clause_word(text: str, pos: int) -> bool:
    """Whether the word at `pos` may be the first word of a speech verb (the inverted clause's verb is
    followed by a space, so its first word, lowercased, is a whole run of ASCII letters)."""
    window = text[pos:pos + 40]
    if not (window.isascii() or SPECIAL_FOLDS.isdisjoint(window)):
        return True  # case-insensitive matching may equate letters that lower() keeps apart
    run = ASCII_WORD_RE.match(window.lower())
    return run is not None and run.group() in _clause_words()


def _norm(verb: str) -> str:
    return " ".join(case_key(verb).split())  # the patterns ignore case the Unicode way: "ſaid" matches "said"


def _with_tail(text: str, pos: int, limit: int, start: int, verb_text: str, verb: SpeechVerb,
               after_subject: bool = False) -> ReportingClause:
    """Extend a clause over a recipient ("told Russian media") and adjuncts ("on Tuesday")."""
    recipient_pronoun = False
    words = _words(text, pos, limit)
    i = 0
    if verb.lemma == "tell" and not after_subject:
        n = _recipient_length(words)
        if n:
            recipient_pronoun = n == 1 and words[0][2].lower() in OBJECT_PRONOUNS
            pos, i = words[n - 1][1], n
    elif i < len(words) and words[i][2].lower() == "to" and verb.lemma != "tell":
        n = _recipient_length(words[i + 1:])
        if n:
            pos, i = words[i + n][1], i + n + 1
    if i < len(words) and (words[i][2].lower() in ADJUNCT_START or words[i][2].lower() in CALENDAR):
        j = i
        # a chain of adjuncts up to the punctuation may be long ("in an interview with Les Echos published on
        # Sunday"); one followed by more words is cut at eight
        while j < len(words) and j - i < 12 and words[j][2].lower() not in CLAUSE_MARKERS \
                and not _starts_object(words, j, i):
            j += 1
        if j > i and (j == len(words) or j - i < 8):
            pos = words[j - 1][1]
    return _finish(text, pos, limit, start, verb_text, verb.lemma, verb.needs_complement, recipient_pronoun)



def _starts_object(words: list[tuple[int, int, str]], j: int, first: int) -> bool:
    """Whether words[j] opens a noun phrase that no preposition introduces: the verb's object, not an adjunct
    ("announced on Sunday on TF1 savings of …", "pleaded this morning the acquittal")."""
    if j == first:
        return False
    word, previous = words[j][2], words[j - 1][2]
    if word.lower() in DETERMINERS:
        return previous.lower() not in ADJUNCT_START and previous.lower() not in ("of", "with", "for", "and")
    # a common noun right after a name that a preposition introduces: "on TF1 savings"; not "on Wednesday
    # night", "at the Paris agricultural show", "with Les Echos published"
    return (word.islower() and not word.endswith(("ed", "ing")) and word not in ADJUNCT_START
            and word not in ("of", "with", "for", "and") and (previous[:1].isupper() or previous[:1].isdigit())
            and previous.lower() not in CALENDAR and j >= 2 and words[j - 2][2].lower() not in DETERMINERS)


def _words(text: str, pos: int, limit: int) -> list[tuple[int, int, str]]:
    """The words from `pos` up to the next punctuation mark (abbreviation stops included)."""
    out = []
    while True:
        p = pos
        while p < limit and text[p] in " \t":
            p += 1
        match = WORD_RE.match(text, p, limit)
        if not match:
            if p < limit and text[p] == "." and out and is_abbreviation_stop(text, p):
                pos = p + 1
                out[-1] = (out[-1][0], pos, out[-1][2] + ".")
                continue
            return out
        stop = match.end()
        if stop < limit and text[stop] == "+" and not text[stop + 1:stop + 2].isalnum():
            stop += 1  # a channel's name: "told Canal+ after the game"
        out.append((match.start(), stop, text[match.start():stop]))
        pos = stop


def _recipient_length(words: list[tuple[int, int, str]]) -> int:
    """How many of `words` form an audience: a pronoun, a name, or a phrase ending in an audience noun."""
    if not words:
        return 0
    if words[0][2].lower() in OBJECT_PRONOUNS:
        return 1
    nouns = recipient_nouns()
    best = noun_at = 0
    for n in range(1, min(7, len(words)) + 1):
        chunk = [w[2] for w in words[:n]]
        lowered = [w.lower().rstrip(".") for w in chunk]
        if lowered[-1] == "and" and n > 1:
            continue  # "Italian and Greek journalists"
        if any(w in NOT_IN_SUBJECT and not (w == "and" and 0 < k) for k, w in enumerate(lowered)):
            break
        content = [w for w in chunk if w.lower() not in ("the", "of")]
        if lowered[-1] in nouns:
            best = noun_at = n
        elif (content and all(w[0].isupper() for w in content)) or (
                noun_at and all(w[0].isupper() for w in chunk[noun_at:])):
            best = n  # "the European Parliament", "the radio station RTL"
        elif noun_at and _outlet_after(chunk[noun_at:]):
            best = n  # "the journalists of Polynesia la 1ère": the audience's outlet
    return best


def _outlet_after(words: list[str]) -> bool:
    """'of' and a capitalised name (French articles and a numbered channel inside it): 'of France Bleu'."""
    return (len(words) > 1 and words[0].lower() == "of" and words[1][:1].isupper()
            and all(w[:1].isupper() or w[:1].isdigit() or w.lower() in NAME_PARTICLES for w in words[1:]))


def _finish(text: str, pos: int, limit: int, start: int, verb_text: str, lemma: str, needs: bool,
            recipient_pronoun: bool) -> ReportingClause:
    p = pos
    while p < limit and text[p] in " \t\n":
        p += 1
    ch = text[p] if p < limit else " "
    if ch in ".!" and not (ch == "." and p + 1 < len(text) and text[p + 1] == "."):
        tail, tail_end = ch, p + 1
    elif ch in ",:;":
        tail, tail_end = ("," if ch != ":" else ":"), p + 1
    elif ch in OPENING_QUOTES:
        tail, tail_end = "quote", pos
    else:
        tail, tail_end = "clause", pos
    return ReportingClause(start, pos, verb_text, lemma, needs, tail, tail_end, recipient_pronoun)


MAX_CUTS = 3  # punctuation marks looked back across for the start of a closing reporting clause


def ends_with_report(text: str, sent_start: int, stop: int) -> bool:
    """Whether the sentence text[sent_start:stop+1] closes with a reporting clause ("…,” he said.")."""
    cuts = [i + 1 for i in range(stop - 1, sent_start - 1, -1) if text[i] in ",;:\"“”«»—–("][:MAX_CUTS]
    for cut in (*cuts, sent_start)[:MAX_CUTS]:
        # the clause may start before the last comma: "said the prefect, Pierre Dartout, on Sunday."
        clause = reporting_clause_at(text, _skip_space(text, cut, stop), stop + 1)
        if clause is not None and clause.tail in ".!" and clause.tail_end == stop + 1:
            return True
    return False


# --- stray attributions -----------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class StrayAttribution:
    """A reporting clause without a statement of its own.

    kind: "duplicate" (follows a sentence that already ends in an attribution, or doubles a
    reporting verb: "he noted, saying"), "double-verb" ("said he added"), or "dangling" (a
    sentence that is only an attribution).
    """

    kind: str
    start: int
    end: int
    lemma: str
    lowercase: bool
    needs_complement: bool
    recipient_pronoun: bool = False
    suggestion: str | None = None
    after_report: bool = False  # the previous sentence already ends in an attribution


_STRAYS: list = [(None, {})]  # (the last text asked about, its stray attributions by paragraph): three rules ask


def find_stray_attributions(text: str, start: int, end: int) -> list[StrayAttribution]:
    """Stray attributions in the paragraph text[start:end]."""
    memo = _STRAYS[0]
    if memo[0] is not text:
        memo = _STRAYS[0] = (text, {})
    found = memo[1].get((start, end))
    if found is None:
        found = memo[1][start, end] = tuple(_find_stray_attributions(text, start, end))
    return list(found)


def _find_stray_attributions(text: str, start: int, end: int) -> list[StrayAttribution]:
    found: list[StrayAttribution] = []
    starts = sentence_starts(text, start, end)
    if not may_hold_reporting_clause(text, start, end, [pos for pos, _ in starts]):
        return found
    participles = speech_participles()
    for index, (pos, stop) in enumerate(starts):
        if stop >= 0 and text[stop] in "?!" and stop + 1 < end and text[stop + 1] in CLOSERS:
            continue  # '“Why?” Smith asked.': the clause belongs to the quote
        clause = reporting_clause_at(text, pos, end)
        if clause is None:
            continue
        lowercase = text[pos].islower()
        after_report = stop >= 0 and ends_with_report(text, starts[index - 1][0], stop)
        if clause.tail == ",":
            following = _words(text, clause.tail_end, end)
            participle = bool(following) and following[0][0] == _skip_space(text, clause.tail_end, end) \
                and following[0][2].lower() in participles
            if participle or (lowercase and after_report and clause.lemma != "according to"):
                found.append(StrayAttribution("duplicate", pos, clause.tail_end, clause.lemma, lowercase,
                                              clause.needs_complement, clause.recipient_pronoun,
                                              after_report=after_report))
        elif clause.tail in ".!":
            kind = "duplicate" if after_report and clause.lemma != "according to" else "dangling"
            found.append(StrayAttribution(kind, pos, clause.tail_end, clause.lemma, lowercase,
                                          clause.needs_complement, clause.recipient_pronoun,
                                          after_report=after_report))
    found.extend(_double_verbs(text, start, end))
    return sorted(found, key=lambda s: s.start)


@functools.lru_cache(maxsize=None)
def _double_verb_regex() -> re.Pattern:
    from ..data.cache import compile_regex

    verbs = _speech_verb_alternation()
    return compile_regex("clauses-double-verb", (
        rf"(?<=[,\"”’»]\s)(?P<first>{verbs})\s+(?P<rest>(?P<subj>{_PRONOUN}|{_NP}|{_PROPER})"
        rf"(?:\s+(?:has|had|have))?\s+(?P<second>{verbs}))(?![\w'’-])"))


def _double_verbs(text: str, start: int, end: int) -> Iterator[StrayAttribution]:
    """Two reporting verbs around one subject after a quote or a comma: '…,” said he added.'"""
    for match in _double_verb_regex().finditer(text, start, end):
        if not _subject_ok(match.group("subj")):
            continue
        second = speech_verb_by_form()[_norm(match.group("second"))]
        if _norm(match.group("second")) == second.lemma:
            continue  # a base form after the subject is a noun: "…, suggest an increased demand."
        clause = _with_tail(text, match.end(), end, match.start(), match.group("second"), second)
        following = _words(text, clause.end, end)
        if clause.tail == "clause" and following and following[0][2].lower() != "that" \
                and not _recipient_length(following):
            continue  # "blamed the poor state of the plants": the second verb has an object
        yield StrayAttribution("double-verb", match.start(), match.end(), second.lemma, False,
                               second.needs_complement, suggestion=" ".join(match.group("rest").split()))


def stray_attribution_starts(text: str, start: int, end: int) -> frozenset[int]:
    """Start positions of the stray attributions of a paragraph (for rules that defer to them)."""
    return frozenset(s.start for s in find_stray_attributions(text, start, end))
