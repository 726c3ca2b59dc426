"""Names compared across a translation and its French source: spellings, exonyms, acronyms; replaced or dropped names."""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass, replace
from difflib import SequenceMatcher
from typing import Iterable, Sequence

from ..lang.folding import fold
from ..lang.names import FUNCTION_WORDS, PARTICLES, TITLES, name_words, zipf
from .spans import SpanIndex

WORD_RE = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?|\d+")
ELISION_RE = re.compile(r"^(?:[LlDdJjMmNnSsTtCc]|[Qq]u|[Jj]usqu|[Ll]orsqu|[Pp]uisqu)['’](?=\w)")
PHRASE_WORD_RE = re.compile(r"[^\W_]+")
POSSESSIVE_RE = re.compile(r"['’]s$")
ROMAN_ORDINAL_RE = re.compile(r"^[IVXLC]+(?:e|er|ème)$")  # "XIVe siècle"
# French words that are capitalised by mistake or at the start of a quoted title, never names alone
FRENCH_COMMON = frozenset("""le la les l un une des du de ce cet cette ces il elle ils elles on nous vous je tu
mais et ou donc or ni car si en au aux dans par pour sur sous avec sans chez lundi mardi mercredi jeudi
vendredi samedi dimanche janvier février fevrier mars avril mai juin juillet août aout septembre octobre
novembre décembre decembre monsieur madame""".split())
COMMON_FR_ZIPF, RARE_EN_ZIPF = 4.0, 2.5  # a word this common in French and rare in English is a French word
INHABITANT_RE = re.compile(r"(?:ois|oise|ais|aise|ien|ienne|ain|aine)s?$")  # "Bruxellois", "Parisiennes"
# spelling rewrites under which French and English transliterations of one name meet
# (Poutine/Putin, Prigojine/Prigozhin, Djeddah/Jeddah, Irak/Iraq, Barcelone/Barcelona)
KEY_REWRITES = (
    ("tch", "ch"), ("sch", "ch"), ("sh", "ch"), ("zh", "j"), ("dj", "j"), ("kh", "h"), ("ph", "f"),
    ("th", "t"), ("ch", "ch"), ("ou", "u"), ("gue", "ge"), ("gui", "gi"), ("qu", "k"), ("ck", "k"), ("q", "k"),
    ("c", "k"), ("y", "i"), ("w", "v"),
)
KEY_REWRITE_RE = re.compile("|".join(re.escape(a) for a, _ in KEY_REWRITES))
KEY_MAP = dict(KEY_REWRITES)
DOUBLED_RE = re.compile(r"(.)\1+")
FUZZY_MIN_LEN = 5
FUZZY_RATIO = 0.8
# a capitalised word opening an English sentence and this common is a word, not a name standing for another
INITIAL_COMMON_ZIPF = 2.5
PLAIN_EN_ZIPF = 4.75  # "Health", "Peace", "Cross": English words; "Madrid" (4.3) is not
TRANSLATABLE_FR_ZIPF = 3.5

# personal pronouns by which English may refer to a person the French names
PRONOUNS = {
    "en": frozenset("he she him her his hers they them".split()),
    "fr": frozenset("il elle ils elles lui leur leurs eux son sa ses".split()),
}
SURNAME_MAX_ZIPF = 5.0  # a last word more common than this ("Show", "House") is no surname
COMMON_KEY_ZIPF = 4.5  # a word of a name this common ("Show", "Group") identifies it only with the others
CAPITALISED = r"[A-ZÀ-ÖØ-Ý][^\W\d_]+"
ELIDED_NAME_RE = re.compile(rf"\b(?:[Qq]u|[Jj]usqu|[Ll]orsqu|[Pp]uisqu|[Qq]uoiqu)['’]({CAPITALISED}(?:-{CAPITALISED})*)")


@dataclass(frozen=True, slots=True)
class EntityMention:
    """A person, place or organisation named in one language, with what the other language may call it."""

    start: int
    end: int
    text: str  # as written, without an elided article ("l'ONU" -> "ONU")
    keys: tuple[str, ...]  # spelling keys of the words that identify it (not titles or translated words)
    forms: tuple[str, ...]  # folded names the other language uses for it, from the tables
    kind: str  # "name", "acronym", "place" (a table entry), "demonym", "institution" (translated words only)
    headline: bool = False
    part_forms: tuple[str, ...] = ()  # what the other language calls its parts ("Etats-Unis" in a longer name)
    tagged: bool = False  # a named-entity tagger tags it (only when one ran)

    @property
    def strong(self) -> bool:
        """Whether its absence from the other language is evidence: a name, an acronym or a listed place."""
        return self.kind in ("name", "acronym", "place") and bool(self.keys or self.forms) and not self.headline


@dataclass(frozen=True, slots=True)
class EntityDiff:
    """A source name the aligned English replaces with another name, or drops."""

    kind: str  # "replaced" or "dropped"
    source: EntityMention
    target: EntityMention | None  # the English name standing in its place, when replaced
    target_span: tuple[int, int]  # where to report it in the translation
    source_span: tuple[int, int]
    english: str | None = None  # the English form of the source name, when the tables know it


# ---- spelling keys ----

def spelling_key(word: str) -> str:
    """A key under which French and English spellings of one name meet ("Poutine", "Putin" -> "putin")."""
    folded = "".join(ch for ch in fold(word) if ch.isalnum())
    out = KEY_REWRITE_RE.sub(lambda m: KEY_MAP[m.group()], folded)
    out = DOUBLED_RE.sub(r"\1", out)
    if len(out) > 4 and out.endswith("s"):
        out = out[:-1]
    if len(out) > 4:
        out = out.rstrip("ae")
    return out


def keys_match(a: str, b: str) -> bool:
    """Equal keys, or long keys that differ by a letter or an ending ("Amazone"/"Amazon", "Netanyahou")."""
    if a == b:
        return True
    if min(len(a), len(b)) < FUZZY_MIN_LEN:
        return False
    if a.startswith(b) or b.startswith(a):
        return abs(len(a) - len(b)) <= 2
    return SequenceMatcher(None, a, b).ratio() >= FUZZY_RATIO


def phrase(text: str) -> str:
    """Folded words joined by single spaces, for whole-word lookups of multi-word forms."""
    return " ".join(PHRASE_WORD_RE.findall(fold(text)))


# ---- the equivalence tables ----

@dataclass(frozen=True, slots=True)
class Tables:
    fr_to_en: dict[str, frozenset[str]]  # folded French phrase -> folded English phrases
    en_to_fr: dict[str, frozenset[str]]
    fr_regex: re.Pattern  # every French form of the tables, as written, whole words
    en_regex: re.Pattern
    fr_adjectives: dict[str, str]  # folded French demonym (masculine singular) -> its table key
    en_demonyms: frozenset[str]  # folded English demonyms
    translated_fr: dict[str, frozenset[str]]  # folded capitalised French word -> folded English words
    translated_en: frozenset[str]
    descriptions: dict[str, frozenset[str]]  # English description noun -> French equivalents (folded)


def _alternation(forms: Iterable[str]) -> re.Pattern:
    parts = []
    for form in sorted(set(forms), key=lambda form: (-len(form), form)):  # one string every run: compiled once
        pattern = re.escape(form).replace(r"\ ", r"[ \u00a0]").replace(r"\-", "[-‐‑ ]").replace("'", "['’]")
        parts.append(pattern)
    return re.compile(rf"(?<![\w‐‑-])(?:{'|'.join(parts)})(?![\w‐‑-])")


@functools.lru_cache(maxsize=None)
def tables() -> Tables:
    """The transliteration list and the acronym, exonym and demonym tables, folded both ways."""
    from ..data.cache import load_yaml
    from ..rules.transliteration.forms import lexicon

    data = load_yaml("acronyms")
    pairs: list[tuple[str, str]] = [(f.french, f.english) for f in lexicon().forms.values()]
    for section in ("acronyms", "organisations", "places"):
        for french, englishes in data[section].items():
            pairs.extend((french, english) for english in englishes)
    adjectives: dict[str, str] = {}
    en_demonyms: set[str] = set()
    for fr_country, en_country, fr_adj, en_adj in data["demonyms"]:
        pairs += [(fr_country, en_country), (fr_country, en_adj), (fr_adj, en_adj), (fr_adj, en_country)]
        adjectives[phrase(fr_adj)] = fr_adj
        en_demonyms.add(phrase(en_adj))
    fr_to_en: dict[str, set[str]] = {}
    en_to_fr: dict[str, set[str]] = {}
    for french, english in pairs:
        fr_to_en.setdefault(phrase(french), set()).add(phrase(english))
        en_to_fr.setdefault(phrase(english), set()).add(phrase(french))
    fr_forms = [f for f, _ in pairs if not f.islower()]  # lowercase adjectives are found by inflection
    en_forms = [e for _, e in pairs if not e.islower()]
    translated = {phrase(k): frozenset(phrase(v) for v in vs) for k, vs in data["translated_words"].items()}
    descriptions = {k: frozenset(phrase(v) for v in vs) for k, vs in data["descriptions"].items()}
    return Tables({k: frozenset(v) for k, v in fr_to_en.items()}, {k: frozenset(v) for k, v in en_to_fr.items()},
                  _alternation(fr_forms), _alternation(en_forms), adjectives, frozenset(en_demonyms),
                  translated, frozenset(w for ws in translated.values() for w in ws), descriptions)


FR_ADJ_ENDINGS = ("", "e", "s", "es", "ne", "nes", "que", "ques", "se", "ses")


def french_adjective(word: str) -> str | None:
    """The table's French demonym that an inflected lowercase word is a form of ("françaises" -> "francais")."""
    folded = fold(word)
    adjectives = tables().fr_adjectives
    for ending in FR_ADJ_ENDINGS:
        if ending and not folded.endswith(ending):
            continue
        stem = folded[: len(folded) - len(ending)] if ending else folded
        if stem in adjectives:
            return stem
    return None


# ---- one side's entities ----

def _is_lang(lang: str, code: str) -> bool:
    return (lang or "").lower().startswith(code)


def _lookup(folded: str, lang: str) -> tuple[str, ...]:
    t = tables()
    table = t.fr_to_en if _is_lang(lang, "fr") else t.en_to_fr
    return tuple(sorted(table.get(folded, ())))


def _make(text: str, start: int, end: int, words: Sequence[tuple[int, int, str]], lang: str,
          acronym: bool, headline: bool) -> EntityMention | None:
    t = tables()
    french = _is_lang(lang, "fr")
    written = text[start:end]
    folded = phrase(written)
    forms = _lookup(folded, lang)
    part_forms = tuple(f for _, _, w in words for f in _lookup(phrase(w), lang)) if len(words) > 1 else ()
    keys = []
    for _, _, word in words:
        low = phrase(word)
        if word in PARTICLES or low in PARTICLES or low in TITLES or ROMAN_ORDINAL_RE.match(word):
            continue
        if low in FUNCTION_WORDS or (french and low in FRENCH_COMMON):
            continue
        parts = low.split()  # "Sainte-Croix", "Cité-de-la-Santé": translated part by part
        if french and all(p in t.translated_fr or p in PARTICLES for p in parts):
            continue
        if not french and low in t.translated_en and len(words) > 1:
            continue
        if len(low) >= 2:
            hyphenated = [p for p in re.split(r"[-‐‑]", word) if p]
            kept = [p for p in hyphenated if not (french and (phrase(p) in t.translated_fr or phrase(p) in PARTICLES))]
            keys.append(spelling_key("".join(kept or hyphenated)))  # "Nord-Kivu" -> "Kivu"
    if french and not forms and len(keys) == 1 and len(words) == 1 and not acronym:
        low = phrase(written)
        if zipf(low, "fr") >= COMMON_FR_ZIPF and zipf(low, "en") < RARE_EN_ZIPF:
            keys = []  # "sa Ville", "le Dimanche", "l'École": a French word capitalised, not a name
        elif INHABITANT_RE.search(low):  # "les Bruxellois" (Brussels residents), "les Bourguignons"
            adjective = french_adjective(low)
            stem = INHABITANT_RE.sub("", low)
            return EntityMention(start, end, written, (spelling_key(stem),) if len(stem) >= 4 else (),
                                 tuple(sorted(t.fr_to_en.get(adjective, ()))) if adjective else (), "demonym", headline)
    if french and len(words) == 1 and folded in t.translated_fr:
        kind = "institution"  # "la Bourse", "sur Terre", "l'Etat": a word French capitalises, translated
    elif forms and folded in (t.fr_adjectives if french else t.en_demonyms):
        kind = "demonym"
    elif not french and folded in t.en_demonyms:
        kind = "demonym"
    elif acronym:
        kind = "acronym"
    elif forms and not keys:
        kind = "place"
    elif not keys:
        kind = "institution"
    else:
        kind = "place" if forms else "name"
    if not keys and not forms:
        return None if not words else EntityMention(start, end, written, (), (), "institution", headline)
    return EntityMention(start, end, written, tuple(keys), forms, kind, headline, part_forms)


def extract_entities(text: str, lang: str, names: Sequence) -> list[EntityMention]:
    """`*.entities`: the side's name mentions (elided articles removed), table forms, and French demonyms."""
    t = tables()
    french = _is_lang(lang, "fr")
    found: list[EntityMention] = []
    regex = t.fr_regex if french else t.en_regex
    table_spans = []
    for match in regex.finditer(text):
        words = [(m.start() + match.start(), m.end() + match.start(), m.group())
                 for m in WORD_RE.finditer(match.group())]
        entity = _make(text, match.start(), match.end(), words, lang, match.group().isupper(), False)
        if entity is not None:
            found.append(entity)
            table_spans.append((match.start(), match.end()))
    for name in names:
        tokens = list(name.tokens)
        first = tokens[0]
        elided = ELISION_RE.match(first.text) if french else None
        start = first.start + (elided.end() if elided else 0)
        if start >= name.end or not text[start].isupper():
            continue  # "L'essor": only the article was capitalised
        words = [(start, first.end, text[start:first.end])] + [(tk.start, tk.end, tk.text) for tk in tokens[1:]]
        if not french and len(words) > 1 and words[0][2] in ("A", "An") and _sentence_initial(text, start):
            words = words[1:]  # "A Chinese girl": the article read as an initial
            start = words[0][0]
        if french and len(words) > 1 and words[0][2] in ("A", "À"):  # "A l'Hôtel-Dieu": the preposition à
            second = ELISION_RE.match(words[1][2])
            start = words[1][0] + (second.end() if second else 0)
            words = [(start, words[1][1], text[start:words[1][1]])] + words[2:]
        if french and len(words) > 1 and _sentence_initial(text, start) and _initial_word(words[0][2]) \
                and not _confirmed(text, words[0][2], start):
            while words and (_initial_word(words[0][2]) or phrase(words[0][2]) in PARTICLES):
                words = words[1:]  # "Exclu du Parti communiste": a participle opening the sentence, then the name
            if not words:
                continue
            start = words[0][0]
        if french and len(words) == 1 and _sentence_initial(text, start) and not _confirmed(text, words[0][2], start):
            if not _lookup(phrase(words[0][2]), lang) and not words[0][2].isupper():
                continue  # "Profitant de...", "Démis de ses fonctions": a capitalised first word, not a name
        if french and len(words) == 1 and not words[0][2].isupper() and _written_lower(text, words[0][2]) \
                and not _lookup(phrase(words[0][2]), lang):
            continue  # "le livre Apprivoiser la mort" beside "l'apprivoiser": a title's common word, translated
        if any(s <= start < e or s < name.end <= e for s, e in table_spans):
            # a table form inside or around the mention ("Union européenne", "la Chambre des représentants")
            if all(s <= start and name.end <= e for s, e in table_spans if s < name.end and start < e):
                continue
        acronym = name.acronym or (len(words) == 1 and words[0][2].isupper() and len(words[0][2]) >= 2)
        entity = _make(text, start, name.end, words, lang, acronym, name.headline)
        if entity is not None:
            found.append(entity)
    if french:
        for match in ELIDED_NAME_RE.finditer(text):  # "qu'Emin", which the name finder reads as one word
            word = match.group(1)
            entity = _make(text, match.start(1), match.end(1), [(match.start(1), match.end(1), word)], lang,
                           word.isupper() and len(word) >= 2, False)
            if entity is not None and entity.keys:
                found.append(entity)
        for match in WORD_RE.finditer(text):
            word = match.group()
            if word.islower() and french_adjective(word):
                forms = tuple(sorted(t.fr_to_en.get(french_adjective(word), ())))
                found.append(EntityMention(match.start(), match.end(), word, (), forms, "demonym"))
    found.sort(key=lambda e: (e.start, -e.end))
    out: list[EntityMention] = []
    for entity in found:
        if out and entity.start < out[-1].end and entity.end <= out[-1].end:
            continue  # inside a longer table form already kept
        out.append(entity)
    return out


def _initial_word(word: str) -> bool:
    """A common French word, rare in English and in no table, capitalised because it opens the sentence."""
    low = phrase(word)
    return not word.isupper() and not _lookup(low, "fr") and zipf(low, "fr") >= COMMON_FR_ZIPF \
        and zipf(low, "en") < RARE_EN_ZIPF and low not in tables().translated_fr


WORD_RUN_RE = re.compile(r"[\w-]+")


@functools.lru_cache(maxsize=4)
def _word_runs(text: str) -> frozenset[str]:
    """The text's maximal runs of word characters and hyphens."""
    return frozenset(WORD_RUN_RE.findall(text))


def _written_lower(text: str, word: str) -> bool:
    """Whether the text also writes the capitalised word in lower case, as a common word."""
    lower = word[:1].lower() + word[1:]
    if lower == word:
        return False
    if WORD_RUN_RE.fullmatch(lower):  # a whole word of the text is one of its runs: no scan per word
        return lower in _word_runs(text)
    return re.search(rf"(?<![\w-]){re.escape(lower)}(?![\w-])", text) is not None


def _sentence_initial(text: str, start: int) -> bool:
    before = text[:start].rstrip(" \u00a0\"'“‘«([—–-")
    return not before or before[-1] in ".!?:;\n"


def _confirmed(text: str, word: str, start: int) -> bool:
    """The word occurs capitalised elsewhere, not at the start of a sentence, and never in lower case: a word
    the text also writes lower case ("l'apprivoiser") is a common one, capitalised elsewhere because it opens
    a title of a work ("le livre Apprivoiser la mort"), not a name."""
    if _written_lower(text, word):
        return False
    for match in re.finditer(rf"(?<![\w'’-]){re.escape(word)}(?![\w-])", text):
        if match.start() != start and not _sentence_initial(text, match.start()):
            return True
    return False


# ---- a named-entity tagger's second opinion (optional) ----

TAGGED_MIN_SCORE = 0.5  # a tagged span the rules missed becomes a candidate from this mean probability
# people, places and organisations (CoNLL and OntoNotes labels); not MISC or NORP (demonyms, events, works),
# which the tables handle, nor OntoNotes' dates and quantities
CANDIDATE_LABELS = frozenset("PER PERSON LOC LOCATION GPE FAC ORG ORGANIZATION ORGANISATION".split())


def _overlaps(start: int, end: int, spans: Sequence[tuple[int, int]]) -> bool:
    return any(s < end and start < e for s, e in spans)


def _tagged_mention(text: str, entity, lang: str) -> EntityMention | None:
    """A candidate from a tagged span, identified by the same spelling rules as the rules' own names."""
    words = [(entity.start + m.start(), entity.start + m.end(), m.group())
             for m in WORD_RE.finditer(text[entity.start:entity.end])]
    if words and _is_lang(lang, "fr"):
        elided = ELISION_RE.match(words[0][2])  # "l'Elysée" tagged whole
        if elided:
            start = words[0][0] + elided.end()
            words[0] = (start, words[0][1], text[start:words[0][1]])
    if not words:
        return None
    acronym = len(words) == 1 and words[0][2].isupper() and len(words[0][2]) >= 2
    mention = _make(text, words[0][0], words[-1][1], words, lang, acronym, False)
    if mention is None or mention.kind == "institution" or not (mention.keys or mention.forms):
        return None
    return replace(mention, tagged=True)


def with_tagged(entities: Sequence[EntityMention], text: str, lang: str, tagged: Sequence) -> list[EntityMention]:
    """One side's candidates revised by a tagger's entities (`checker.models.tagger.Entity`, offsets into `text`).

    A capitalised word the rules take for a name ("Quelle Histoire", "la Résistance") that the tagger
    leaves untagged stops being a candidate; a person, place or organisation it tags that the rules
    missed (a name opening a sentence, a lowercase name) becomes one. Table forms, acronyms and
    demonyms are the tables' evidence and stay.
    """
    tagged_spans = [(e.start, e.end) for e in tagged]
    kept = [replace(e, tagged=True) if _overlaps(e.start, e.end, tagged_spans) else e
            for e in entities if e.kind != "name" or _overlaps(e.start, e.end, tagged_spans)]
    known = [(e.start, e.end) for e in entities]
    for entity in tagged:
        if entity.score < TAGGED_MIN_SCORE or entity.label.upper() not in CANDIDATE_LABELS \
                or _overlaps(entity.start, entity.end, known):
            continue
        mention = _tagged_mention(text, entity, lang)
        if mention is not None:
            kept.append(mention)
            known.append((mention.start, mention.end))
    kept.sort(key=lambda e: (e.start, -e.end))
    return kept


# ---- comparing aligned sentences ----

@dataclass(slots=True)
class _Side:
    text: str
    span: tuple[int, int]
    keys: list[str]
    folded: str  # " word word ... " for whole-word lookups
    words: list[str]
    acronyms: list[str]

    @classmethod
    def of(cls, text: str, span: tuple[int, int], capitalised_only: bool = False) -> "_Side":
        chunk = text[span[0]:span[1]]
        raw = [m.group() for m in WORD_RE.finditer(chunk)]
        words = [POSSESSIVE_RE.sub("", ELISION_RE.sub("", w)) for w in raw]  # "l'ONU", "Ford's"
        # names are capitalised in English: "pharmaceutical companies" does not answer "Pharmaceutical
        # Benefits Scheme"; French lowercases more ("le président", "chinois"), so its words all count
        keys = [spelling_key(w) for w in words if w and (not capitalised_only or w[:1].isupper())]
        acronyms = [w for w in words if len(w) >= 2 and w.isupper()]
        return cls(text, span, keys, f" {phrase(chunk)} ", [phrase(w) for w in raw], acronyms)

    def has_form(self, form: str) -> bool:
        return f" {form} " in self.folded

    @property
    def chunk(self) -> str:
        return self.text[self.span[0]:self.span[1]]

    def has_key(self, key: str) -> bool:
        return any(keys_match(key, other) for other in self.keys)


def _distinct_keys(entity: EntityMention, others: Sequence[EntityMention]) -> tuple[str, ...]:
    """Its keys less those shared by other names of the sentence ("Baba Kanjar" among five Kanjars) and
    those of common words ("The Tracy Ullman Show" is not found by "Show")."""
    shared = {k for o in others if o is not entity and o.text != entity.text for k in o.keys}
    own = tuple(k for k in entity.keys if k not in shared) or entity.keys
    words = [phrase(w) for w in WORD_RE.findall(entity.text)]
    common = {spelling_key(w) for w in words if zipf(w, "en") >= COMMON_KEY_ZIPF or zipf(w, "fr") >= COMMON_KEY_ZIPF}
    if entity.kind == "name" and len(words) > 1 and zipf(words[-1], "en") < SURNAME_MAX_ZIPF:
        common.discard(spelling_key(words[-1]))  # "Rob Ford": the surname identifies him, common as "ford" is
    rare = tuple(k for k in own if k not in common)
    return rare or own


def _acronyms_match(a: str, b: str) -> bool:
    """French and English acronyms of one organisation share their letters in another order (ASFC, CBSA)."""
    a, b = fold(a), fold(b)
    shared = sum(min(a.count(ch), b.count(ch)) for ch in set(a))
    return shared >= max(2, max(len(a), len(b)) - 1)


CONNECTORS = frozenset("of the and for de du des la le et pour".split())


def _spelled_out(acronym: str, text: str) -> bool:
    """Whether the text spells an acronym out: capitalised words whose initials are its letters, in either
    language's order ("GP" = "Grand Prix", "CNIL" = "National Commission for Information ... Liberties")."""
    letters = [w for w in re.findall(r"[^\W\d_]+", text)]
    n = len(acronym)
    for i, word in enumerate(letters):
        run = []
        for w in letters[i:]:
            if w[:1].isupper():
                run.append(w[0])
            elif w.lower() not in CONNECTORS:
                break
            if len(run) == n:
                break
        if len(run) == n and _acronyms_match(acronym, "".join(run)) and word[:1].isupper():
            return True
    return False


def _present(entity: EntityMention, keys: Sequence[str], other: _Side) -> bool:
    if any(other.has_form(form) for form in entity.forms + entity.part_forms):
        return True
    if entity.kind == "acronym" and any(_acronyms_match(entity.text, w) for w in other.acronyms):
        return True
    if entity.kind == "acronym" and 2 <= len(entity.text) <= 6 and _spelled_out(entity.text, other.chunk):
        return True
    if other.has_form(phrase(entity.text)):
        return True
    return any(other.has_key(k) for k in keys)


def _descriptive(source: _Side, target: _Side, person: bool) -> bool:
    """English refers to something by a pronoun or a description more often than the French does."""
    en_pronouns = sum(w in PRONOUNS["en"] for w in target.words)
    fr_pronouns = sum(w in PRONOUNS["fr"] for w in source.words)
    if en_pronouns > fr_pronouns and person:
        return True
    for noun, french in tables().descriptions.items():
        en = target.folded.count(f" {noun} ") + target.folded.count(f" {noun}s ")
        fr = sum(source.folded.count(f" {f} ") + source.folded.count(f" {f}s ") for f in french)
        if en > fr:
            return True
    return False


@functools.lru_cache(maxsize=1)
def _role_words() -> frozenset[str]:
    """Nouns of a person's role ("Officials", "Lawmakers"): speaker_lexicon.yaml's role_nouns, and name_words.txt's
    role_words ("Speaker", "Police")."""
    from ..data.cache import load_yaml
    roles = load_yaml("speaker_lexicon")["role_nouns"]
    return frozenset(str(w).lower() for words in roles.values() for w in words) | name_words("role_words")


def _common_english(entity: EntityMention, text: str) -> bool:
    """A title or a capitalised common word ("Speaker", "Peacekeepers" opening a sentence), not a name
    standing for another."""
    if entity.kind in ("demonym", "acronym"):
        return False
    words = [w for w in phrase(entity.text).split() if w not in PARTICLES]
    if all(w in TITLES or w in _role_words() for w in words):
        return True
    if entity.tagged:
        return False  # a tagger read the capital as a name's, not the sentence's
    before = text[:entity.start].rstrip(" \u00a0\"'“‘«([")
    initial = not before or before[-1] in ".!?:;\n"
    return initial and len(words) == 1 and zipf(words[0], "en") >= INITIAL_COMMON_ZIPF


def plain_words(entity: EntityMention) -> bool:
    """An English name made of common words ("Holy Cross", "Fire Department"): maybe a translated name."""
    words = [w for w in phrase(entity.text).split() if w not in PARTICLES and w not in FUNCTION_WORDS]
    return bool(words) and all(zipf(w, "en") >= PLAIN_EN_ZIPF for w in words)


def _translatable(entity: EntityMention) -> bool:
    """A French name with ordinary French words in it ("Sainte-Croix", "Service de police"), which English
    may translate word for word; not an acronym or a listed name."""
    if entity.kind == "acronym" or entity.forms:
        return False
    return any(zipf(w, "fr") >= TRANSLATABLE_FR_ZIPF for w in phrase(entity.text).split() if w not in PARTICLES)


def _english_form(entity: EntityMention) -> str | None:
    """A readable English form of a source name, from the tables ("Barcelone" -> "Barcelona")."""
    from ..rules.transliteration.forms import lexicon
    form = lexicon().forms.get(entity.text)
    if form is not None:
        return form.english
    data_forms = [f for f in entity.forms if f]
    return data_forms[0].title() if data_forms and entity.kind != "acronym" else (
        data_forms[0].upper() if data_forms else None)


SAME_NAME_PREFIX = 4  # a replacement that shares this many first letters and ...
SAME_NAME_RATIO = 0.6  # ... this much of its spelling key is the same name ("Bourguignons", "Burgundians")


def _answers(target: EntityMention, answered: Sequence[EntityMention], target_text: str) -> bool:
    """Whether an English name renders a source name already found in the translation ("Gauls" for the
    demonym "Gaulois"): it is no candidate replacement for another source name of the list."""
    side = _Side.of(target_text, (target.start, target.end))
    return any(_present(s, s.keys, side) for s in answered)


def _same_name(source: EntityMention, target: EntityMention) -> bool:
    """Two spellings of one name in a list where each language keeps its own ("Bourguignons" and
    "Burgundians", "Lisbonne" and "Lisbon"): each word with the same first letters and most of its spelling
    key in the other ("Olivier Bas" is not "Olivier Holland"). Single words only: in a compound name a changed
    part ("Froment" -> "Wheat") leaves most of the key the same."""
    if not re.fullmatch(r"[^\W\d_]+", source.text) or not re.fullmatch(r"[^\W\d_]+", target.text):
        return False
    return bool(source.keys) and all(any(keys_match(a, b) or (
        a[:SAME_NAME_PREFIX] == b[:SAME_NAME_PREFIX] and len(a) > SAME_NAME_PREFIX
        and SequenceMatcher(None, a, b).ratio() >= SAME_NAME_RATIO) for b in target.keys) for a in source.keys)


def compare_aligned(pairs: Sequence, source_entities: Sequence[EntityMention],
                    target_entities: Sequence[EntityMention], source_text: str, target_text: str) -> list[EntityDiff]:
    """`pair.entities`: per aligned bead, source names with no counterpart in the English, replaced or dropped."""
    diffs: list[EntityDiff] = []
    source_index, target_index = SpanIndex(source_entities), SpanIndex(target_entities)
    for pair in pairs:
        if not pair.source or not pair.target:
            continue
        src, tgt = source_index.inside(pair.source_span), target_index.inside(pair.target_span)
        if not src:
            continue
        source_side = _Side.of(source_text, pair.source_span)
        target_side = _Side.of(target_text, pair.target_span, capitalised_only=True)
        target_side.keys.extend(k for e in tgt if e.tagged for k in e.keys)  # a lowercase name the tagger tags
        missing = [e for e in src if (e.strong or e.kind == "demonym")
                   and not _present(e, _distinct_keys(e, src), target_side)]
        if not missing:
            continue
        answered = [e for e in src if e not in missing]
        extra = [e for e in tgt if e.kind != "institution" and not e.headline
                 and not _present(e, _distinct_keys(e, tgt), source_side) and not _common_english(e, target_text)
                 and not _answers(e, answered, target_text)]
        translations = [e for e in tgt if e.kind not in ("institution", "demonym", "acronym") and not e.forms
                        and not _present(e, e.keys, source_side) and plain_words(e)]
        for entity in missing:
            demonym = entity.kind == "demonym"
            unknown_acronym = entity.kind == "acronym" and not entity.forms
            partner = next((e for e in extra if (e.kind == "demonym") == demonym
                            and not (unknown_acronym and e in translations)), None)
            if partner is not None and _same_name(entity, partner):
                extra.remove(partner)  # "Bourguignons" = "Burgundians": one name in two languages
                continue
            if partner is not None:
                extra.remove(partner)
                diffs.append(EntityDiff("replaced", entity, partner, (partner.start, partner.end),
                                        (entity.start, entity.end), _english_form(entity)))
                continue
            if demonym or unknown_acronym or (translations and _translatable(entity)):
                continue  # an acronym not in the tables is often spelled out ("SMUR" -> "emergency services")
            if _descriptive(source_side, target_side, entity.kind == "name"):
                continue
            diffs.append(EntityDiff("dropped", entity, None, pair.target_span, (entity.start, entity.end),
                                    _english_form(entity)))
    return diffs


def name_mentioned(name: str, name_lang: str, text: str) -> bool:
    """Whether a text in the other language mentions a person or body named `name`: a capitalised word of
    the name under its spelling key ("Poutine" in "Putin said"), a table form ("FMI" = "IMF"), or an
    acronym of the same letters ("ASFC" = "CBSA")."""
    side = _Side.of(text, (0, len(text)))
    folded = phrase(name)
    forms = _lookup(folded, name_lang) + tuple(f for w in folded.split() for f in _lookup(w, name_lang))
    if any(side.has_form(form) for form in forms) or side.has_form(folded):
        return True
    words = [w for w in WORD_RE.findall(name) if w[:1].isupper() and phrase(w) not in PARTICLES
             and phrase(w) not in TITLES and phrase(w) not in FUNCTION_WORDS]
    if any(w.isupper() and len(w) >= 2 and any(_acronyms_match(w, a) for a in side.acronyms) for w in words):
        return True
    # a person is known by the surname: "Vladimir" meets "Volodymyr", but Putin is not Zelensky
    return bool(words) and len(words[-1]) >= 3 and side.has_key(spelling_key(words[-1]))


__all__ = ["EntityDiff", "EntityMention", "compare_aligned", "extract_entities", "keys_match", "name_mentioned",
           "spelling_key", "tables", "with_tagged"]
