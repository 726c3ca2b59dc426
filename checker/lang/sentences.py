"""Sentence segmentation for English and French news text: abbreviations, initials, quotes, ellipses.

A full stop followed by a lowercase word splits unless the word before it is an abbreviation:
broken sentences ("to Russia. intended for") must stay visible to the rules that report them.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..document import Document


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence as a clean-text span, with the index of its block in `doc.blocks`."""

    start: int
    end: int
    block: int


# Terminal punctuation, then closing quotes or brackets (French spacing allowed before » ›),
# then whitespace or the end of the span.
BOUNDARY_RE = re.compile(r"[.!?…]+(?:[\"”’'»›)\]]|[ \u00a0\u202f]+[»›])*+(?=\s|$)")
NEWLINE_RE = re.compile(r"\n")
OPENERS = "\"“‘'«‹([{¿¡—–-*•· \u00a0\u202f"
CLOSERS = "\"”’'»›)] \u00a0\u202f"
TERMINALS = ".!?…"
CONTINUATIONS = "»›”’),;:"
ELISION_RE = re.compile(r"^[^\W\d_]{1,2}['’](?=\w)")  # l'U.S. -> U.S.
WORD_RE = re.compile(r"[^\W\d_]+")
DOTTED_RE = re.compile(r"(?:[^\W\d_]{1,2}\.-?)+[^\W\d_]{1,2}")  # U.S, e.g, a.m, J.-P, Ph.D
WRAPPED_LINE = 60
LIST_MARKER_RE = re.compile(r"\d{1,3}|[A-Za-z]|[IVXLC]{1,4}")

# Never end a sentence: titles before names, Latin and reference abbreviations.
NONFINAL = frozenset("""
    Mr Mrs Ms Mx Dr Prof Gen Gens Sen Sens Rep Reps Gov Govs Lt Col Capt Cmdr Cdr Sgt Maj Adm Brig
    Cpl Pvt Rev Hon Pres Supt Insp Det Atty Amb Messrs Mmes Mme Mlle Mlles Msgr Mgr Fr Mt Ft
    vs v cf viz approx esp incl e.g i.e c.-à-d MM Pr Gal Cdt Cne Ste av apr env ex
""".split())
NONFINAL_FR = frozenset({"M", "Me"})
# May end a sentence: split before an uppercase word only when it usually starts one.
FINAL = frozenset("""
    Jr Sr Inc Ltd Corp Co Bros Cos Plc al St Ave Rd Blvd Dept Univ Cie Assn Assoc Natl Intl Govt Inst
    Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec janv févr avr juil sept oct nov déc
    éd coll chap vol Vol
""".split())
# End a sentence before an uppercase word, never before a lowercase one.
NO_LOWER = frozenset({"etc", "ibid", "Ibid"})
# Abbreviations only when a number follows (No. 5, p. 12, Jan. 6).
BEFORE_NUMBER = frozenset("""
    No no Nos nos Art art p pp vol Vol ch Ch chap fig Fig n nr Nr tel Tel para sec Sec op
""".split()) | FINAL

STARTERS_EN = frozenset("""
    A An The He She It They We I You His Her Its Their Our My Your This That These Those There Here
    But And Or So Yet Nor In On At By For From To With As If When While After Before Since Although
    Though However Meanwhile According Some Many Most All Both Neither Each Every What Who Why How
    Where Which No Not Other Another Such Last Next Earlier Later Then Now Still Also Even Only
    Yesterday Today Tomorrow Despite During Under Over Among Instead
""".split())
STARTERS_FR = frozenset("""
    Le La Les L Un Une Des Il Elle Ils Elles On Nous Vous Je Ce Cette Ces Cet C Mais Et Ou Donc Or
    En Dans Pour Par Sur Selon Avec Après Avant Depuis Lors Si Quand Alors Cependant Pourtant
    Toutefois Ainsi Son Sa Ses Leur Leurs Au Aux Du De D Qu Ni Tous Toutes Chaque Plusieurs
    Certains Certaines Aucun Aucune Mardi Hier Aujourd Demain Mercredi Lundi Jeudi Vendredi Samedi
    Dimanche
""".split())
FUNCTION_WORDS = frozenset("""
    the a an of to in on at by for from with and or but as that which who de la le les des du et
    à au aux en pour par sur avec un une
""".split())


def split_sentences(text: str, start: int = 0, end: int | None = None, lang: str = "en",
                    line_breaks: bool = False) -> list[tuple[int, int]]:
    """Sentence spans of text[start:end], trimmed of whitespace, in clean-text offsets.

    With `line_breaks` (plain text), a line without final punctuation followed by a capitalised
    line also ends a sentence (headlines, crossheads).
    """
    end = len(text) if end is None else end
    lang = (lang or "en").split("-")[0].lower()
    cuts = []
    cursor = start
    for match in BOUNDARY_RE.finditer(text, start, end):
        if _splits(text, cursor, match, end, lang):
            cuts.append(match.end())
            cursor = match.end()
    if line_breaks:
        cuts = sorted(set(cuts) | set(_line_cuts(text, start, end)))
    spans, cursor = [], start
    for cut in cuts + [end]:
        span = _trim(text, cursor, cut)
        if span:
            spans.append(span)
        cursor = cut
    return _merge_punctuation_only(text, spans)


def document_sentences(doc: Document) -> list[Sentence]:
    """Sentences of every block of `doc`, in order; none crosses a block boundary."""
    sentences = []
    line_breaks = doc.fmt == "text"
    for index, block in enumerate(doc.blocks):
        for start, end in split_sentences(doc.text, block.start, block.end, doc.lang, line_breaks):
            sentences.append(Sentence(start, end, index))
    return sentences


def _splits(text: str, cursor: int, match: re.Match, end: int, lang: str) -> bool:
    after = match.end()
    nxt = _next_word(text, after, end)
    if nxt is None:
        return False  # nothing follows inside the span
    first, word, opened = nxt
    if first in CONTINUATIONS:
        return False  # a closing mark or a comma: the sentence goes on
    case = _case(first)
    run = match.group().rstrip(CLOSERS)
    before = text[cursor:match.start()].strip().lstrip(OPENERS)
    if ".." in run or "…" in run:
        bracketed = match.start() > 0 and text[match.start() - 1] in "[("
        return case == "upper" and bool(before) and not bracketed
    if "?" in run or "!" in run:
        return case != "lower"
    token = _token_before(text, cursor, match.start())
    kind = _abbreviation(token, lang, case == "digit")
    if case == "lower":
        return kind is None
    if kind == "nonfinal":
        return False
    if kind == "starter":
        return opened or word in (STARTERS_FR if lang == "fr" else STARTERS_EN)
    if kind == "nolower":
        return case != "digit"
    return not LIST_MARKER_RE.fullmatch(before)


def _next_word(text: str, pos: int, end: int) -> tuple[str, str, bool] | None:
    """First significant character after a boundary, the word it starts, and whether a quote opened."""
    while pos < end and text[pos].isspace():
        pos += 1
    first = pos
    while pos < end and text[pos] in OPENERS:
        pos += 1
    if pos >= end:
        return None if first >= end else (text[first], "", False)
    opened = any(ch in "\"“‘'«‹" for ch in text[first:pos])
    word = WORD_RE.match(text, pos, end)
    return text[pos], word.group() if word else "", opened


def _case(char: str) -> str:
    if char.isdigit():
        return "digit"
    if char.islower():
        return "lower"
    if char.isalpha():
        return "upper"  # uppercase, titlecase or caseless scripts
    return "other"


def _token_before(text: str, lo: int, pos: int) -> str:
    start = pos
    while start > lo and not text[start - 1].isspace():
        start -= 1
    return ELISION_RE.sub("", text[start:pos].lstrip(OPENERS))


def _abbreviation(token: str, lang: str, before_number: bool) -> str | None:
    """How a full stop after `token` behaves: "nonfinal", "starter", "nolower", or None (a word)."""
    if not token or not token[-1].isalpha():
        return None
    if before_number and token in BEFORE_NUMBER:
        return "nonfinal"
    if token in NONFINAL or (lang == "fr" and token in NONFINAL_FR):
        return "nonfinal"
    if token in FINAL:
        return "starter"
    if token in NO_LOWER:
        return "nolower"
    if len(token) == 1:
        return "starter" if token.isupper() else "nolower"
    if DOTTED_RE.fullmatch(token):
        return "starter"
    return None


def _line_cuts(text: str, start: int, end: int) -> list[int]:
    """Line breaks that end a line without final punctuation before a capitalised line.

    In hard-wrapped prose (lines of WRAPPED_LINE characters or more) only a line clearly
    shorter than the longest one ends there: "met Vladimir\nPutin" is one sentence.
    """
    cuts = []
    longest = max(len(line) for line in text[start:end].split("\n"))
    line_start = start
    for newline in NEWLINE_RE.finditer(text, start, end):
        line_end = newline.start()
        wrapped = longest >= WRAPPED_LINE and line_end - line_start >= 0.6 * longest
        line_start = newline.end()
        while line_end > start and text[line_end - 1] in " \t\r":
            line_end -= 1
        if line_end == start or wrapped:
            continue
        bare = text[max(start, line_end - 8):line_end].rstrip(CLOSERS)
        if not bare or bare[-1] in TERMINALS or text[line_end - 1] in ",;:-–—(/&":
            continue
        tail = WORD_RE.findall(text[max(start, line_end - 30):line_end])
        if tail and tail[-1].lower() in FUNCTION_WORDS:
            continue
        nxt = _next_word(text, newline.end(), end)
        if nxt is not None and (_case(nxt[0]) in ("upper", "digit") or nxt[2]):
            cuts.append(newline.end())
    return cuts


def _trim(text: str, start: int, end: int) -> tuple[int, int] | None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return (start, end) if end > start else None


def _merge_punctuation_only(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Attach spans without a letter or digit (a stray quote, an ellipsis) to a neighbour."""
    merged: list[tuple[int, int]] = []
    pending_start = None
    for start, end in spans:
        if not any(ch.isalnum() for ch in text[start:end]):
            if merged:
                merged[-1] = (merged[-1][0], end)
            elif pending_start is None:
                pending_start = start
            continue
        if pending_start is not None:
            start, pending_start = pending_start, None
        merged.append((start, end))
    if pending_start is not None:
        merged.append((pending_start, spans[-1][1]))
    return merged
