"""Word lists, the candidate record and small helpers shared by the quote extraction stages."""
from __future__ import annotations

import operator
import re
from dataclasses import dataclass, field, fields

from .quote_marks import MarkedQuote
from .speakers import (
    DETERMINERS, QUOTE_TOKEN, WORD_LISTS, Cue, Lexicon, Mention, Resolution, Sentence, description_back, fold,
    is_org_noun, is_role,
)


PAST_TENSE_EN = WORD_LISTS["past_tense_en"]  # irregular past forms: "said revenue … rose"


LABEL_RE = re.compile(r"[A-ZÀ-Ý][A-ZÀ-Ý'’ ]{1,30}[ \u00a0\u202f]?:")


TERMINAL = frozenset(".!?…")


RARE_ZIPF = 3.0  # a capitalised plural rarer than this is a name ("Qantas"), not a noun ("Officials", 4.7)


# Cues with which the press, not a person, is cited; such a source is not what "he"/"il" later refers to.
MEDIA_CUES = WORD_LISTS["media_cues"]


CLAUSE_BREAKS = frozenset({";", "while", "whereas", "tandis", "but", "mais"})


CLAUSE_STARTERS = WORD_LISTS["clause_starters"]


TIME_WORDS = WORD_LISTS["time_words"]


DOCUMENT_HEADS = WORD_LISTS["document_heads"]


@dataclass(slots=True)
class Candidate:
    """A quotation being built: where it is, and what was found about its speaker."""

    start: int
    end: int
    kind: str
    order: int
    marked: MarkedQuote | None = None
    block: int = 0
    cue: Cue | None = None
    mention: Mention | None = None
    resolution: Resolution | None = None
    pattern: float = 1.0  # how directly the reporting clause attaches to the quote
    carried_from: "Candidate | None" = None
    headline: bool = False
    words: int = 0
    work: bool = False  # the marks set off the title of a work, which nobody says
    places: list = field(default_factory=list)  # (sentence, token) where its placeholder stands
    via: str = ""  # how the speaker mention was attached (see Evidence.via)
    score: float | None = None  # the winning candidate's score (speaker_choice.score)
    alternatives: tuple = ()  # (via, speaker, score) of the candidates it won against

    def copy(self) -> "Candidate":
        """A shallow copy, as `dataclasses.replace(self)` (which looks the fields up again on every call)."""
        return Candidate(*CANDIDATE_VALUES(self))


CANDIDATE_VALUES = operator.attrgetter(*(f.name for f in fields(Candidate)))  # a candidate's fields, in order


INVERSION_END = re.compile(r"\w[-‑](?:t[-‑])?(il|elle|ils|elles)$", re.I)


TITLE_NAMING = WORD_LISTS["title_naming"]


ATTACHED_PUNCTUATION = frozenset({",", ".", ";", ":", "!", "?", "—", "–", "-", ")", "…", QUOTE_TOKEN})


TITLE_NOUNS = WORD_LISTS["title_nouns"]


WORK_MAKERS = WORD_LISTS["work_makers"]


TITLE_DETERMINERS = WORD_LISTS["title_determiners"]


SUBORDINATORS = WORD_LISTS["subordinators"]


# subordinators that open a clause whose subject follows ("While Murphy said …"); not "as"/"comme" ("such as")
CLAUSE_SUBORDINATORS = SUBORDINATORS - {"as", "comme", "si", "if"}


NP_JOINERS = frozenset({"of", "de", "du", "des", "d'", "d’", "l'", "l’", "for", "at", "with", "to", "à", "au",
                        "aux", "by", "par", "from"})


INCLUDING = frozenset({"including", "notamment", "dont", "among", "parmi"})


LEADING_WORDS = frozenset({"but", "and", "mais", "et", "so", "yet", "donc", "or", "also"})


SUBJECT_PRONOUNS = {"en": frozenset("he she it they we i you".split()),
                    "fr": frozenset("il elle ils elles on nous je".split())}


FINITE_AUXILIARIES = WORD_LISTS["finite_auxiliaries"]


COORDINATION = frozenset({"and", "or", "but", "et", "ou", "mais", "while", "tandis"})


CONJUNCTION_HEADS = WORD_LISTS["conjunction_heads"]


PREPOSITIONS_TAIL = WORD_LISTS["prepositions_tail"]


def _plural_head(desc: Mention) -> bool:
    return _plural_word(desc.head)


def _plural_word(word: str) -> bool:
    word = word.lower()
    return word.endswith("s") and not word.endswith(("ss", "us", "is")) and len(word) > 3


def _ends_with_org(desc: Mention, lex: Lexicon) -> bool:
    """ "CEO of American tire manufacturer, Titan": the name stands for the organisation."""
    last = desc.words[-1] if desc.words else ""
    return is_org_noun(last, lex) or (desc.text[-1:].isupper() if desc.text else False) or \
        any(w in ("of", "de", "du", "des", "at", "chez") for w in desc.words)


def _infinitive(word: str) -> bool:
    """A French infinitive right after a reporting verb: "a dit avoir", "assurait ignorer"."""
    return word in ("avoir", "être") or len(word) > 4 and word.endswith(("er", "ir", "re", "oir")) and \
        word not in ("premier", "dernier", "hier", "leur", "notre", "votre", "entre", "contre", "autre", "pour")


def _bare(word: str) -> str:
    """An English word without its contracted auxiliary: "he'd" -> "he", "they’re" -> "they"."""
    return re.split(r"['’]", word, maxsplit=1)[0] if len(word) > 2 else word


def _trim_end(text: str, start: int, end: int) -> int:
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",;"):
        end -= 1
    return end


def _trim_start(text: str, start: int, end: int) -> int:
    while start < end and (text[start].isspace() or text[start] in ",;"):
        start += 1
    return start


def _looks_like_speaker(phrase: str, lex: Lexicon) -> bool:
    """A phrase that starts by naming someone: "le ministre", "Mr Smith", "the minister of health"."""
    words = phrase.split()
    if not words:
        return False
    first = words[0].lower().strip("'’")
    return first in DETERMINERS or words[0][:1].isupper() or first in lex.pronouns or first in ("l", "d")


CLITICS = WORD_LISTS["clitics"]


def _fold_first(word: str) -> str:
    return fold(word.split("-")[0])


def _step(res: Resolution | None, m: Mention | None, cued: bool) -> str:
    """The resolution step in words."""
    how = res.how if res is not None else "unresolved"
    if how == "name":
        if m is not None and m.kind == "description":
            person = res.entity is not None and res.entity.kind == "person"
            return "description → the person it names" if person else "description names the organisation"
        return "named in the cue" if cued else "named"
    if how == "unresolved" or res is None or res.name is None:
        return {"pronoun": "pronoun not resolved", "description": "description, no earlier mention"}.get(
            m.kind if m is not None else "", "not resolved")
    if how == "cataphora" and m is not None and m.kind == "description":
        return "description → the person named next (no one before)"
    return {
        "surname": "surname → full name",
        "pronoun": "pronoun → last salient subject" if res.entity is not None else "pronoun → earlier description",
        "description": "description → earlier mention",
        "source": "same source → last speaker",
        "cataphora": "pronoun → the person named next (no one before)",
    }.get(how, how)


WHITE_SPACE = re.compile(r"\s+")


def _cue_text(cue: Cue) -> str:
    return WHITE_SPACE.sub(" ", cue.text)


def _description_ending(sent: Sentence, j: int, lex: Lexicon) -> Mention | None:
    desc = description_back(sent, j, lex)
    if desc is None:
        return None
    head = desc.head
    roles = (head, head.rstrip("s"), head.rstrip("'s’"))
    return desc if any(is_role(word, lex) for word in roles) else None
