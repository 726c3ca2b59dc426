"""Word lists, the candidate record and small helpers shared by the quote extraction stages."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from .quote_marks import MarkedQuote
from .speakers import (
    Cue, DETERMINERS, Lexicon, Mention, QUOTE_TOKEN, Resolution, Sentence, description_back, fold, is_org_noun,
    is_role,
)


LABEL_RE = re.compile(r"[A-ZÀ-Ý][A-ZÀ-Ý'’ ]{1,30}[ \u00a0\u202f]?:")


ABBREVIATIONS = frozenset("""mr mrs ms dr st jr sr prof gen gov sen rep lt col capt sgt supt cpl no vs etc inc ltd co
corp assn dept jan feb mar apr aug sep sept oct nov dec m mme mlle me p pp ex fig approx av bd ste messrs rev mgr
univ est""".split())


TERMINAL = frozenset(".!?…")


RARE_ZIPF = 3.0  # a capitalised plural rarer than this is a name ("Qantas"), not a noun ("Officials", 4.7)


# Cues with which the press, not a person, is cited; such a source is not what "he"/"il" later refers to.
MEDIA_CUES = frozenset("""report write publish reveal rapporter écrire publier révéler relater""".split())


CLAUSE_BREAKS = frozenset({";", "while", "whereas", "tandis", "but", "mais"})


CLAUSE_STARTERS = frozenset("""he she it they we i there this that these those the a an his her its their some no
all many most one two three several each every any our my mr mrs ms dr
il elle ils elles on nous je ce cette ces le la les l' l’ un une des son sa ses leur leurs tout tous toute plusieurs
aucun aucune cela ça""".split())


TIME_WORDS = frozenset("""today yesterday tonight recently earlier later now then last next this week month year
morning afternoon evening night on late early monday tuesday wednesday thursday friday saturday sunday again also
hier aujourd'hui mardi lundi mercredi jeudi vendredi samedi dimanche soir matin""".split())


DOCUMENT_HEADS = frozenset("""report figures data statement survey study poll release communique communiqué letter
document documents note rapport chiffres données étude sondage déclaration lettre results résultats""".split())


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


INVERSION_END = re.compile(r"\w[-‑](?:t[-‑])?(il|elle|ils|elles)$", re.I)


TITLE_NAMING = frozenset("""dubbed nicknamed entitled titled codenamed baptisé baptisée surnommé surnommée
intitulé intitulée""".split())


ATTACHED_PUNCTUATION = frozenset({",", ".", ";", ":", "!", "?", "—", "–", "-", ")", "…", QUOTE_TOKEN})


TITLE_NOUNS = frozenset("""word words term film films movie documentary book books novel novels series show
programme program song songs album newspaper magazine play opera exhibition operation mot mots terme documentaire
livre livres roman romans série émission chanson journal pièce opéra exposition opération""".split())


WORK_MAKERS = frozenset("""author authors co-author titled starred starring film films movie documentary book
books novel novels memoir album song songs sitcom auteur auteure autrice intitulé intitulée livre livres roman
romans documentaire chanson""".split())


TITLE_DETERMINERS = frozenset("""the a an his her its their this le la les l' l’ un une son sa ses leur ce cette
du de des""".split())


SUBORDINATORS = frozenset("""after when while if as although though before since because once unless whereas
lorsque quand si comme après avant bien puisque dès pendant tandis""".split())


# subordinators that open a clause whose subject follows ("While Murphy said …"); not "as"/"comme" ("such as")
CLAUSE_SUBORDINATORS = SUBORDINATORS - {"as", "comme", "si", "if"}


NP_JOINERS = frozenset({"of", "de", "du", "des", "d'", "d’", "l'", "l’", "for", "at", "with", "to", "à", "au",
                        "aux", "by", "par", "from"})


INCLUDING = frozenset({"including", "notamment", "dont", "among", "parmi"})


LEADING_WORDS = frozenset({"but", "and", "mais", "et", "so", "yet", "donc", "or", "also"})


SUBJECT_PRONOUNS = {"en": frozenset("he she it they we i you".split()),
                    "fr": frozenset("il elle ils elles on nous je".split())}


FINITE_AUXILIARIES = frozenset("""has have had would will could can should might may must does did shall
""".split())


COORDINATION = frozenset({"and", "or", "but", "et", "ou", "mais", "while", "tandis"})


CONJUNCTION_HEADS = frozenset("""ce so such now given except provided assuming alors bien parce tandis pendant dès
après avant sans pour afin ainsi tant même plutôt si lors jusqu'à depuis moins""".split())


PREPOSITIONS_TAIL = frozenset("""in on at to during after before with via from by through lors dans en à au aux
devant pendant avec après avant sur par depuis""".split())


def _plural_head(desc: Mention) -> bool:
    head = desc.head.lower()
    return head.endswith("s") and not head.endswith(("ss", "us", "is")) and len(head) > 3


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


CLITICS = frozenset("""nous vous lui leur me m' m’ te t' t’ se s' s’ l' l’ le la les y en""".split())


def _fold_first(word: str) -> str:
    return fold(word.split("-")[0])


def _step(res: Resolution | None, m: Mention | None, cued: bool) -> str:
    """The resolution step in words."""
    how = res.how if res is not None else "unresolved"
    if how == "name":
        if m is not None and m.kind == "description":
            return "description names the organisation"
        return "named in the cue" if cued else "named"
    if how == "unresolved" or res is None or res.name is None:
        return {"pronoun": "pronoun not resolved", "description": "description, no earlier mention"}.get(
            m.kind if m is not None else "", "not resolved")
    return {
        "surname": "surname → full name",
        "pronoun": "pronoun → last salient subject" if res.entity is not None else "pronoun → earlier description",
        "description": "description → earlier mention",
        "source": "same source → last speaker",
        "cataphora": "pronoun → the person named next (no one before)",
    }.get(how, how)


def _cue_text(cue: Cue) -> str:
    return re.sub(r"\s+", " ", cue.text)


def _description_ending(sent: Sentence, j: int, lex: Lexicon) -> Mention | None:
    desc = description_back(sent, j, lex)
    if desc is None:
        return None
    head = desc.head
    roles = (head, head.rstrip("s"), head.rstrip("'s’"))
    return desc if any(is_role(word, lex) for word in roles) else None
