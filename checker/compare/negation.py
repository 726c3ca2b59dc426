"""Negations in French and English, and polarity compared between aligned sentences."""
from __future__ import annotations

import functools
import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, replace
from typing import Sequence

from ..lang.folding import fold
from .spans import SpanIndex

FR_ELIDED_RE = re.compile(r"([^\W\d_]+)[’']")  # "n'", "qu'", "l'": the elided word is its own token
EN_NT_RE = re.compile(r"n[’']t$")
CLAUSE_BREAK = frozenset(".;:!?()—–")  # quotation marks do not end a clause: il n'y a "plus de différence"
NE_WINDOW = 8  # words after "ne" in which its second element is looked for
BEFORE_WINDOW = 5
CLITICS = frozenset("le la les l' lui leur y en se s' me m' te t' nous vous".split())  # "ne le peut"
LITOTES_WINDOW = 3  # "pas vraiment impossible", "not entirely unlike"
ANTONYM_WINDOW = 8  # words after the negation in which a negated phrase that English says by its antonym ends
# a negated quantifier that a relative clause negates again: "il n'y a pas grand-chose qu'il n'aime pas"
QUANTIFIERS = frozenset("grand-chose grand chose rien personne aucun aucune un une".split())
RELATIVES = frozenset(("que", "qu'", "qui", "dont"))
COORDINATED_WINDOW = 6
# "sans" is often translated by a suffix or a prefix ("sans précédent" = unprecedented, "sans abri" =
# homeless): a difference made only of "sans" is no evidence
SOFT = frozenset({"sans"})
FAIL = frozenset({"fail", "fails", "failed", "failing"})  # "fail to be recognised" = "ne sont pas reconnues"
# words that may stand between a negation and the negative word it cancels ("pas vraiment impossible")
INTENSIFIERS = frozenset("""si tres tout totalement vraiment completement entierement forcement necessairement
so very quite entirely totally completely altogether necessarily all that really""".split())
ABSORB_DISTANCE = 0.35  # relative distance within which a weak marker answers the other side's negation
# words that say "not" in the word itself: a translation may render a negation by them, and the reverse
LEXICAL = {
    "fr": re.compile(
        r"(?:prive[es]{0,2}|depourvue?s?|faute|defaut|ignor\w*|manqu\w*|refus\w*|renon[cç]\w*|insu|indemnes?|"
        r"sauf|hormis|excepte\w*|absen\w*|echou\w*|echec\w*|empech\w*|evit\w*|cess\w*|interdi\w*|exempt\w*|"
        r"impossibles?|incapables?|inconnue?s?|peu|ni[ea]\w*|dementi\w*|rejet\w*|declin\w*|"
        r"insuffisa\w*|inapte\w*|illegal\w*|inutiles?)"),
    "en": re.compile(
        r"(?:refus\w*|fail\w*|lack\w*|avoid\w*|prevent\w*|den(?:y|ies|ied|ial)|unable|impossible|hardly|barely|"
        r"ceas\w*|stop(?:s|ped|ping)?|unless|absent|absence|missing|neither|nor|only|merely|except\w*|instead|"
        r"rather|little|few|fewer|rarely|seldom|scarcely|succumb\w*|spare[sd]?|sparing|lost|lose|loses|free|safe|"
        r"declin\w*|reject\w*|ignor\w*|forbid\w*|ban|bans|banned|exempt\w*|short|insufficient\w*|"
        r"un(?!der|i[tov]|less|til)[a-z]{4,}|non(?:-?[a-z]+)?|(?:in|im|il|ir)(?:possib|capab|adequa|sufficien|valid|"
        r"legal|accessib|ability|correct|complete|relevan|responsib|regular|mobile|patien)\w*|[a-z]{3,}less)"),
}


@dataclass(frozen=True, slots=True)
class Marker:
    """One negation of a clause: its words ("n'a pas", "never"), its key word, and its clause."""

    start: int
    end: int
    text: str
    word: str  # the negator that carries it: "pas", "jamais", "sans", "not", "never"
    clause: int  # index of the clause (between punctuation) in the text
    index: int = 0  # index of its key word among the text's words
    # a weak marker negates only in a manner of speaking: an idiom ("sans compter", "not only"), a litotes,
    # a prefix ("non content"), a word that means "not" ("privés de", "failed", "ageless"), a restriction
    # ("ne ... que"), an elliptical "sometimes not". It is never missed, but it answers a negation of the
    # other language, which a translation may say that way.
    weak: bool = False
    # a negated phrase English may say by its antonym ("n'a pas dérogé" = "observed"): the starts of its literal
    # English renderings, whose absence excuses a missing English negation
    literal: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class PolarityDiff:
    """A negation in one side of an aligned bead with no counterpart in the other."""

    kind: str  # "added" (English negates, French does not) or "removed" (French negates, English does not)
    marker: Marker  # the unmatched negation, in the side it occurs in
    target_span: tuple[int, int]  # where to report it in the translation: the negator, or the verb lacking it
    source_span: tuple[int, int]  # the French negation, or the French sentence lacking one
    source_count: int
    target_count: int


@dataclass(frozen=True, slots=True)
class _Token:
    start: int
    end: int
    low: str
    clause: int

    @property
    def word(self) -> bool:
        return self.low[0].isalpha()


@functools.lru_cache(maxsize=None)
def lexicon(lang: str) -> dict:
    """The negation word lists of checker/data/negation_<lang>.yaml, folded."""
    from ..data.cache import load_yaml

    raw = load_yaml(f"negation_{lang}")  # libyaml, kept in the data cache
    out = {}
    for key, value in raw.items():
        if key == "idioms":
            out[key] = tuple(tuple(w.rstrip("'") for w in fold(p).replace("’", "'").split()) for p in value)
        elif key.startswith("antonym_rendered"):
            out[key] = tuple((tuple(w.rstrip("'") for w in fold(p).replace("’", "'").split()),
                              tuple(fold(e) for e in english)) for p, english in value.items())
        else:
            out[key] = frozenset(fold(v) for v in value) if key != "bare_ne_verbs" else tuple(value)
    return out


def _tokens(text: str, lang: str) -> list[_Token]:
    tokens: list[_Token] = []
    clause = 0
    for match in re.finditer(r"[^\W\d_]+(?:[’'][^\W\d_]+)*|[^\w\s]", text):
        piece, start = match.group(), match.start()
        if not piece[0].isalpha():
            if piece in CLAUSE_BREAK or piece == ",":
                clause += 1
                tokens.append(_Token(start, match.end(), piece, clause))
            continue
        if lang == "fr":
            pos = 0
            for elided in FR_ELIDED_RE.finditer(piece):  # "n'a" -> "n'", "a"; "qu'il" -> "qu'", "il"
                if elided.start() != pos:
                    break
                low = fold(elided.group()).replace("’", "'")
                tokens.append(_Token(start + pos, start + elided.end(), low, clause))
                pos = elided.end()
            if pos < len(piece):
                tokens.append(_Token(start + pos, match.end(), fold(piece[pos:]), clause))
        else:
            tokens.append(_Token(start, match.end(), fold(piece).replace("’", "'"), clause))
    return tokens


def _idiom_at(words: list[_Token], i: int, idioms: tuple[tuple[str, ...], ...]) -> bool:
    """Whether words[i] is part of one of the idioms ("sans doute", "plus que jamais")."""
    for idiom in idioms:
        n = len(idiom)
        for offset in range(n):
            lo = i - offset
            if lo < 0 or lo + n > len(words):
                continue
            if tuple(w.low.rstrip("'") for w in words[lo:lo + n]) == idiom \
                    and words[i].low.rstrip("'") == idiom[offset]:
                return True
    return False


def _litotes(words: list[_Token], i: int, negative: frozenset[str]) -> int | None:
    """The index of a negative word that a negation cancels ("pas impossible", "not ... without", "not
    unlike"): a double negation, which is affirmative."""
    for j in range(i + 1, min(len(words), i + 1 + LITOTES_WINDOW)):
        if words[j].clause != words[i].clause:
            return None
        if words[j].low in negative or words[j].low in ("sans", "without"):
            return j
        if not (words[j].low in INTENSIFIERS or words[j].low.endswith(("ment", "ly"))):
            return None  # "ne pouvons pas l'admettre sans": the negation of a verb, then "sans"
    return None


def _marker(text: str, parts: list[_Token], word: str, clause: int, index: int = 0, weak: bool = False) -> Marker:
    start, end = parts[0].start, parts[-1].end
    return Marker(start, end, text[start:end], word, clause, index, weak)


def _prefixes_word(words: list[_Token], i: int) -> bool:
    """French 'non' written apart before the adjective or noun it negates ("non gouvernementales")."""
    if i + 1 >= len(words) or words[i + 1].clause != words[i].clause:
        return False
    following = words[i + 1].low
    return following not in ("plus", "seulement", "pas", "loin", "sans") and following.isalpha() and len(following) > 3


def _after_sans_que(words: list[_Token], i: int) -> bool:
    """Whether a "ne" follows "sans que" in its clause: "sans qu'on ne retrouve jamais sa trace" negates once."""
    for j in range(max(0, i - NE_WINDOW), i - 1):
        if words[j].clause == words[i].clause and words[j].low == "sans" and words[j + 1].low in ("que", "qu'"):
            return True
    return False


def _lexical(words: list[_Token], text: str, lang: str, taken: set[int]) -> list[Marker]:
    """Weak markers: the words that carry "not" in themselves ("privés de", "failed", "ageless")."""
    pattern = LEXICAL["en" if lang == "en" else "fr"]
    return [_marker(text, [w], w.low, w.clause, i, True) for i, w in enumerate(words)
            if i not in taken and pattern.fullmatch(w.low)]


def _french(text: str) -> list[Marker]:
    lex = lexicon("fr")
    words = [t for t in _tokens(text, "fr") if t.word]
    used: set[int] = set()
    markers: list[Marker] = []
    for i, tok in enumerate(words):
        if tok.low not in ("ne", "n'") or i in used:
            continue
        before = [j for j in range(max(0, i - BEFORE_WINDOW), i)
                  if words[j].clause == tok.clause and words[j].low in lex["before_ne"] and j not in used]
        seconds = []
        for j in range(i + 1, min(len(words), i + 1 + NE_WINDOW)):
            w = words[j]
            if w.clause != tok.clause or (before and w.low in ("et", "ou", "mais", "puis")):
                break  # "aucun avocat n'a pu le voir et aucun volontaire ...": the next "aucun" is another clause's
            if w.low in lex["second_elements"] or w.low in ("que", "qu'"):
                if w.low == "nulle" and j + 1 < len(words) and words[j + 1].low != "part":
                    continue
                seconds.append(j)
                if w.low in ("que", "qu'"):
                    break
        real = [j for j in seconds if words[j].low not in ("que", "qu'")]
        # "ne ... plus que" and "ne ... que": restriction ("only"), no negation
        if real and words[real[-1]].low == "plus" and seconds[-1] == real[-1] + 1 \
                and words[seconds[-1]].low in ("que", "qu'"):
            real = real[:-1]
        parts = before + [i] + real
        used.update(parts)
        used.update(seconds)
        if not real and not before:
            verb = words[i + 1].low if i + 1 < len(words) else ""
            if verb in CLITICS and i + 2 < len(words):
                verb = words[i + 2].low
            if not verb.startswith(lex["bare_ne_verbs"]):
                continue  # expletive "ne" ("avant qu'il ne parte") or restriction ("ne ... que": "only", not "never")
        key = words[max(real)] if real else words[before[0]] if before else words[i]
        phrases = lex["antonym_rendered"] + (lex["antonym_rendered_never"] if key.low in ("plus", "jamais") else ())
        literal = _antonym_rendered(words, i, max(real), phrases) if real else ()
        if literal:
            markers.append(replace(_marker(text, [words[j] for j in sorted(parts)], key.low, tok.clause, i),
                                   literal=literal))
            continue
        cancelling = _litotes(words, max(real), lex["negative_words"]) if real else None
        if cancelling is not None:
            used.add(cancelling)
            markers.append(_marker(text, [words[j] for j in sorted(parts)], key.low, tok.clause, i, True))
            continue
        weak = _after_sans_que(words, i)
        markers.append(_marker(text, [words[j] for j in sorted(parts)], key.low, tok.clause, i, weak))
    ni_open = False
    for i, tok in enumerate(words):
        if i in used or tok.low not in lex["standalone"]:
            continue
        weak = False
        if _idiom_at(words, i, lex["idioms"]):
            weak = True
        elif tok.low == "pas" and i > 0 and words[i - 1].low in lex["pas_noun_before"]:
            continue
        elif tok.low == "ni":
            if ni_open or any(m.word in ("ni", "sans") and m.clause == tok.clause and i - m.index <= NE_WINDOW
                              for m in markers if not m.weak) \
                    or any(m.word == "ni" and m.clause <= tok.clause for m in markers):
                continue  # "ni ... ni", "sans sobriété ni retenue": one negation
            ni_open = True
        elif tok.low == "non" and (text[tok.end:tok.end + 1] in "-‐‑" or _prefixes_word(words, i)):
            weak = True  # "non-croyants", "non content de": a prefix, English "non-", "un-" or "not"
        elif tok.low != "sans":
            cancelling = _litotes(words, i, lex["negative_words"])
            if cancelling is not None:
                used.add(cancelling)
                weak = True
        if tok.low in ("aucun", "aucune") and i > 0 and words[i - 1].low == "sans":
            continue
        used.add(i)
        markers.append(_marker(text, [tok], tok.low, tok.clause, i, weak))
    markers.extend(_lexical(words, text, "fr", used))
    markers.extend(_marker(text, [w], w.low, w.clause, j, True) for j, w in enumerate(words[:-1])
                   if w.low == "autrement" and words[j + 1].low in ("que", "qu'"))  # "other than" = "not"
    markers.sort(key=lambda m: m.start)
    return _double_negations(markers, words)


def _antonym_rendered(words: list[_Token], ne: int, last: int, phrases) -> tuple[str, ...]:
    """Whether a negation is of a phrase that English says by its antonym, affirmatively: "n'a pas fini de
    surprendre" = "is full of surprises", "n'a pas dérogé à la tradition" = "observed it", "ne commence
    pas par la petite porte" = "starts in grand style". A verb is looked for next to the negation, a longer
    phrase in the words after it. Returns the starts of the phrase's literal English renderings, or ()."""
    clause = words[ne].clause
    for phrase, literal in phrases:
        stop = last + 3 if len(phrase) == 1 else last + 1 + ANTONYM_WINDOW
        for j in range(ne + 1, min(len(words), stop) - len(phrase) + 1):
            if all(words[j + k].clause == clause and words[j + k].low.startswith(stem)
                   for k, stem in enumerate(phrase)):
                return literal
    return ()


def _double_negations(markers: list[Marker], words: list[_Token]) -> list[Marker]:
    """Markers with both halves of a double negation made weak: a negated quantifier negated again by its
    relative clause ("il n'y a pas grand-chose qu'il n'aime pas", "rien qu'il ne sache faire") is
    affirmative, and English says it either way ("he likes almost everything", "he is not very choosy")."""
    out = list(markers)
    starts, ends = [w.start for w in words], [w.end for w in words]  # words are in order and do not overlap
    for n, (first, second) in enumerate(zip(markers, markers[1:])):
        if first.weak or second.weak or first.clause != second.clause:
            continue
        between = [w.low for w in words[bisect_left(starts, first.end):bisect_right(ends, second.start)]]
        quantified = first.word in QUANTIFIERS or (between and between[0] in QUANTIFIERS)
        if quantified and any(w in RELATIVES for w in between[:4]):
            out[n], out[n + 1] = replace(first, weak=True), replace(second, weak=True)
    return out


def _english(text: str) -> list[Marker]:
    lex = lexicon("en")
    words = [t for t in _tokens(text, "en") if t.word]
    markers: list[Marker] = []
    used: set[int] = set()
    for i, tok in enumerate(words):
        low = tok.low
        if i in used:
            continue
        fail = low in FAIL and i + 1 < len(words) and words[i + 1].low == "to"
        negator = fail or low in lex["negators"] or EN_NT_RE.search(low) is not None
        if not negator:
            continue
        word = "not" if EN_NT_RE.search(low) else low
        if _idiom_at(words, i, lex["idioms"]):
            used.add(i)
            markers.append(_marker(text, [tok], word, tok.clause, i, True))
            continue
        if low == "no" and re.match(r"\s?[.°º]+\s?°?\s?\d", text[tok.end:tok.end + 6]):
            continue  # "No. 10", "No.° 1"
        if low == "nor" and markers and markers[-1].clause >= tok.clause - 3:
            continue  # "neither ... nor", "not ... nor": one negation
        if low == "no" and markers and markers[-1].word == "no" and tok.clause - markers[-1].clause <= 1 \
                and i - markers[-1].index <= COORDINATED_WINDOW:
            continue  # "no recipe, no instructions": one negation, as "pas de recette, de mode d'emploi"
        used.add(i)
        if low in ("not", "never") or EN_NT_RE.search(low):
            if any(w.low in ("until", "till") and w.clause == tok.clause for w in words[i + 1:i + 9]):
                # "not planned until 2014": French "n'est prévu qu'en 2014", a restriction
                markers.append(_marker(text, [tok], word, tok.clause, i, True))
                continue
        if low == "not" and (i + 1 == len(words) or words[i + 1].clause != tok.clause):
            markers.append(_marker(text, [tok], word, tok.clause, i, True))  # "sometimes not.": elliptical
            continue
        if low != "without":
            cancelling = _litotes(words, i, lex["negative_words"])
            if cancelling is not None:
                used.add(cancelling)
                markers.append(_marker(text, [tok], word, tok.clause, i, True))  # "not without": a litotes
                continue
        markers.append(_marker(text, [tok], word, tok.clause, i))
    markers.extend(_lexical(words, text, "en", used))
    markers.sort(key=lambda m: m.start)
    return markers


def negation_markers(text: str, lang: str, weak: bool = False) -> list[Marker]:
    """`*.negation`: the negations of a text, one per negated clause ("ne ... jamais rien" is one); with
    `weak`, also the weak markers that may render a negation of the other language."""
    markers = _french(text) if (lang or "").lower().startswith("fr") else _english(text)
    return markers if weak else [m for m in markers if not m.weak]


# ---- comparing aligned sentences ----

def _relative(pos: int, span: tuple[int, int]) -> float:
    return (pos - span[0]) / max(1, span[1] - span[0])


def _unmatched(mine: list[Marker], my_span: tuple[int, int], theirs: list[Marker],
               their_span: tuple[int, int]) -> list[Marker]:
    """The markers of the longer side left over when each is paired with the nearest (by relative position)."""
    free = list(theirs)
    left = []
    order = sorted(mine, key=lambda m: min((abs(_relative(m.start, my_span) - _relative(t.start, their_span))
                                            for t in theirs), default=1.0))
    for marker in order:
        if not free:
            left.append(marker)
            continue
        nearest = min(free, key=lambda t: abs(_relative(marker.start, my_span) - _relative(t.start, their_span)))
        free.remove(nearest)
    extra = len(mine) - len(theirs)
    left.sort(key=lambda m: -min((abs(_relative(m.start, my_span) - _relative(t.start, their_span))
                                  for t in theirs), default=1.0))
    return sorted(left[:extra], key=lambda m: m.start)


def _english_verb(text: str, span: tuple[int, int], around: int) -> tuple[int, int]:
    """The English verb nearest to a position: an auxiliary with its verb, or a word that looks like a verb."""
    lex = lexicon("en")
    words = [t for t in _tokens(text[span[0]:span[1]], "en") if t.word]
    if not words:
        return span
    chunk = text[span[0]:span[1]]
    lower = [(i, w) for i, w in enumerate(words) if chunk[w.start:w.start + 1].islower()]
    candidates = [(i, w) for i, w in lower if w.low in lex["auxiliaries"]]
    if not candidates:
        candidates = [(i, w) for i, w in lower if len(w.low) > 3 and w.low.endswith(("ed", "es"))]
    if not candidates:
        candidates = lower or list(enumerate(words))
    i, w = min(candidates, key=lambda c: abs(span[0] + c[1].start - around))
    end = w.end
    if w.low in lex["auxiliaries"] and i + 1 < len(words) and words[i + 1].clause == w.clause:
        end = words[i + 1].end
    return span[0] + w.start, span[0] + end


def _absorbed(unmatched: list[Marker], span: tuple[int, int], weak: list[Marker],
              weak_span: tuple[int, int]) -> list[Marker]:
    """The unmatched negations that no weak marker of the other side, near the same place, answers."""
    free = list(weak)
    left = []
    for marker in unmatched:
        gap = lambda w: abs(_relative(marker.start, span) - _relative(w.start, weak_span))  # noqa: E731
        near = [w for w in free if gap(w) <= ABSORB_DISTANCE]
        if near:
            free.remove(min(near, key=gap))
        else:
            left.append(marker)
    return left


def _said_by_antonym(marker: Marker, english: str) -> bool:
    """A negated phrase English may say by its antonym, with none of its literal renderings in the English
    ("n'a pas dérogé à la tradition" = "celebrated the tradition", but not "departed from the tradition")."""
    if not marker.literal:
        return False
    folded = " " + " ".join(re.findall(r"[^\W\d_]+", fold(english).lower())) + " "
    return not any(f" {start}" in folded for start in marker.literal)


def _shares_scope(text: str, span: tuple[int, int], markers: Sequence[Marker]) -> bool:
    """Whether an English negation governs a coordination after it ("not allowed to call anyone or to go
    online"), where French repeats the negation ("ne doit pas appeler ... et ne pas aller")."""
    return any(re.search(r"\b(?:or|nor)\b", text[m.end:span[1]]) for m in markers)


def _bead_diffs(pair, src_all: list[Marker], tgt_all: list[Marker], target_text) -> list[PolarityDiff]:
    """The polarity differences of a bead, given the markers (weak ones included) within each of its sides."""
    s_span, t_span = pair.source_span, pair.target_span
    src = [m for m in src_all if not m.weak]
    tgt = [m for m in tgt_all if not m.weak]
    if len(src) == len(tgt):
        return []
    diffs = []
    if len(tgt) > len(src):
        extra = _absorbed(_unmatched(tgt, t_span, src, s_span), t_span, [m for m in src_all if m.weak], s_span)
        for marker in extra:
            diffs.append(PolarityDiff("added", marker, (marker.start, marker.end), s_span, len(src), len(tgt)))
        return diffs
    missing = _unmatched(src, s_span, tgt, t_span)
    if all(m.word in SOFT for m in missing):
        return []
    missing = _absorbed(missing, s_span, [m for m in tgt_all if m.weak], t_span)
    missing = [m for m in missing if not _said_by_antonym(m, target_text[t_span[0]:t_span[1]])]
    if tgt and _shares_scope(target_text, t_span, tgt):
        return []
    for marker in missing:
        around = t_span[0] + round(_relative(marker.start, s_span) * (t_span[1] - t_span[0]))
        diffs.append(PolarityDiff("removed", marker, _english_verb(target_text, t_span, around),
                                  (marker.start, marker.end), len(src), len(tgt)))
    return diffs


def compare_aligned(pairs: Sequence, source_markers: Sequence[Marker], target_markers: Sequence[Marker],
                    source_text: str, target_text: str) -> list[PolarityDiff]:
    """`pair.negation`: per aligned bead, negations with no counterpart on the other side.

    Negations are counted per bead (one per negated clause), so a negation added in one clause is found
    even when another clause is negative on both sides; the unmatched one is the one farthest, by
    relative position, from the other side's negations. A weak marker of the other side near the same
    place answers it (a negation said by a word: "privés d'électricité" = "without power"), and a
    surplus in one bead that a neighbouring bead makes up the other way is the alignment's, not the
    translation's (a French sentence the English split in three, aligned to one of them).
    """
    source_index, target_index = SpanIndex(source_markers), SpanIndex(target_markers)
    within = [(source_index.inside(pair.source_span), target_index.inside(pair.target_span)) for pair in pairs]
    per_bead = [_bead_diffs(pair, src, tgt, target_text) if pair.source and pair.target else []
                for pair, (src, tgt) in zip(pairs, within)]
    net = [sum(1 if d.kind == "added" else -1 for d in found) if found else _strong_balance(*markers)
           for markers, found in zip(within, per_bead)]
    diffs: list[PolarityDiff] = []
    for n, found in enumerate(per_bead):
        if found and any(net[m] * net[n] < 0 for m in (n - 1, n + 1) if 0 <= m < len(net)):
            continue
        diffs.extend(found)
    return diffs


def _strong_balance(source_markers: Sequence[Marker], target_markers: Sequence[Marker]) -> int:
    """English negations less French ones in a bead, given the markers within each of its sides (a bead
    with one side only has the other's count)."""
    return sum(not m.weak for m in target_markers) - sum(not m.weak for m in source_markers)


def polarity_differs(source_text: str, source_lang: str, target_text: str, target_lang: str) -> bool:
    """Whether two renderings of one statement differ in polarity, weak markers answering as in a bead."""
    from types import SimpleNamespace
    bead = SimpleNamespace(source_span=(0, len(source_text)), target_span=(0, len(target_text)))
    within = lambda markers, span: [m for m in markers if span[0] <= m.start and m.end <= span[1]]  # noqa: E731
    return bool(_bead_diffs(bead, within(negation_markers(source_text, source_lang, weak=True), bead.source_span),
                            within(negation_markers(target_text, target_lang, weak=True), bead.target_span),
                            target_text))


__all__ = ["Marker", "PolarityDiff", "compare_aligned", "lexicon", "negation_markers", "polarity_differs"]
