"""Speakers: reporting cues, names, descriptions and pronouns in news text, and whom they refer to."""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path

from ..data.cache import load_yaml
from ..records import record
from .capitalised import NAME_PARTICLES, NAME_PREFIX_RE, all_caps, prefixed_name, run_end
from .folding import fold
from .fr_roles import fr_masculine_forms
from .fr_verbs import fr_verb_before
from .fr_name_gender import fr_adjective_gender, fr_agreeing_scores, fr_form_gender, fr_tokens_gender
from .given_names import given_name_gender
from .role_activity import complement_names
from .names import ADDRESS_FORMS, COMMON_ZIPF, TITLE_QUALIFIERS, body_name, name_kind, name_lexicon, zipf
from .word_lists import SPEAKER_WORDS, function_words, name_words, read_word_lists
from .trie import escaped, kept_trie_alternation, trie_alternation

DATA = Path(__file__).resolve().parent.parent / "data"

# ---------------------------------------------------------------- lexicon


@record
class CueForm:
    """What a matched reporting form is: its verb, tags from the data file, and its grammar."""

    lemma: str
    tags: frozenset
    # "finite", "participle" (saying, ajoutant), "infinitive" (vient de confirmer),
    # "source" (according to, selon), "person" (pour)
    form: str


@dataclass(frozen=True, slots=True)
class Lexicon:
    """The word lists of one language the speaker model reads, read once."""

    lang: str
    cue_re: re.Pattern
    cue_forms: dict
    honorifics: dict
    titles: frozenset
    nationalities: frozenset
    role_gender: dict
    org_nouns: frozenset
    org_words: frozenset
    places: frozenset
    first_names: dict
    pronouns: dict
    same_source: tuple
    cue_starts: frozenset | None = None  # the first word a cue can begin with (None: no pre-filter)
    that_only: bool = False  # some cues are tagged "that": cues only before "that" / "que" ("found that")
    memo: dict = field(default_factory=dict, compare=False, repr=False)  # word tests, see `memoised`


MEMO_LIMIT = 200_000  # entries kept per lexicon before the memo starts afresh (an archive's vocabulary)


def memoised(lex: Lexicon, fn, *args):
    """`fn(lex, *args)`, computed once per lexicon: for tests of a word that depend on the word alone."""
    key = (fn, *args)
    try:
        return lex.memo[key]
    except KeyError:
        if len(lex.memo) > MEMO_LIMIT:
            lex.memo.clear()
        value = lex.memo[key] = fn(lex, *args)
        return value


FR_AUX = ("a", "ont", "avait", "avaient", "aurait", "auraient", "aura", "auront", "eut", "avoir", "ayant")
FR_ETRE = ("est", "sont", "était", "étaient", "serait", "seraient", "sera", "être", "étant")
FR_ADVERBS = (r"\w+ment", "encore", "aussi", "déjà", "également", "ensuite", "alors", "enfin", "bien",
              "pourtant", "toutefois", "cependant", "notamment", "même", "pas", "jamais", "d['’]ailleurs",
              "lui-même", "elle-même", "par ailleurs", "pour sa part", "de son côté", "quant à lui",
              "quant à elle", "lui", "leur", "y", "de nouveau", "à nouveau", "une nouvelle fois", "lui aussi",
              "elle aussi", "toujours", "aussitôt", "ainsi", "plutôt", "très", "vite", "hier", "lundi", "mardi",
              "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "ce matin", "ce soir", "par la suite",
              "en outre", "néanmoins", "donc", "pour leur part", "de leur côté", "cette semaine", "dès lors")
INVERSION_RE = re.compile(r"(?:[-‑‐]|\s)t[-‑‐](il|elle|on)\b|[-‑‐](il|elle|on|ils|elles)\b", re.I)


WORD_LISTS = read_word_lists("quote_words.txt")  # the quote model's word lists, by name


def _read_lines(name: str) -> list[tuple[str, set[str]]]:
    rows = []
    for line in (DATA / name).read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        body, _, tags = line.partition("|")
        rows.append((body.strip(), set(tags.split())))
    return rows


def _en_cues() -> tuple[dict, list[str]]:
    forms: dict[str, CueForm] = {}
    for body, tags in _read_lines("speech_verbs_en.txt"):
        words = body.split()
        lemma = words[0].replace("_", " ")
        for word in words:
            surface = word.replace("_", " ").lower()
            if "source" in tags:
                kind = "source"
            elif surface.split()[0].endswith("ing") and not lemma.split()[0].endswith("ing"):
                kind = "participle"
            else:
                kind = "finite"
            forms[surface] = CueForm(lemma, frozenset(tags), kind)
    return forms, sorted(forms, key=len, reverse=True)


def _fr_conjugate(infinitive: str, given: dict[str, list[str]]) -> dict[str, list[str]]:
    """Third-person forms of a French verb; regular -er verbs are derived from the infinitive."""
    out: dict[str, list[str]] = {}
    if infinitive.endswith("er"):
        stem = infinitive[:-2]
        soft = stem + "e" if stem.endswith("g") else stem[:-1] + "ç" if stem.endswith("c") else stem
        out = {
            "pres": [stem + "e", stem + "ent"], "pp": [stem + "é"],
            "impf": [soft + "ait", soft + "aient"], "ps": [soft + "a", stem + "èrent"],
            "fut": [infinitive + "a", infinitive + "ont"], "ppr": [soft + "ant"],
        }
    out.update(given)
    return out


def _fr_cues() -> tuple[dict, list[str], list[str], list[str]]:
    """Forms of French cues: (form -> CueForm, simple forms, participles of compound tenses, pronominal forms)."""
    forms: dict[str, CueForm] = {}
    simple, participles, pronominal_simple, pronominal_pp = [], [], [], []
    for body, tags in _read_lines("speech_verbs_fr.txt"):
        words = body.split()
        head = words[0]
        if "source" in tags or "person" in tags:
            surface = head.replace("_", " ").lower()
            forms[surface] = CueForm(surface, frozenset(tags), "source" if "source" in tags else "person")
            simple.append(surface)
            continue
        reflexive = False
        if head in ("se", "s'", "s’"):
            reflexive, head, words = True, words[1], words[1:]
        elif head.startswith(("s'", "s’")):
            reflexive, head = True, head[2:]
        given = {}
        for item in words[1:]:
            key, _, values = item.partition("=")
            given[key] = [v.replace("_", " ") for v in values.split(",") if v]
        table = _fr_conjugate(head.replace("_", " "), given)
        lemma = ("se " if reflexive else "") + head.replace("_", " ")
        if not reflexive and "weak" not in tags:
            infinitive = head.replace("_", " ").lower()
            forms.setdefault(infinitive, CueForm(lemma, frozenset(tags), "infinitive"))
            simple.append(infinitive)  # "vient de confirmer", "s'est contenté d'ajouter"
        for key, values in table.items():
            for value in values:
                kind = "participle" if key == "ppr" else "finite"
                if reflexive:
                    forms["se " + value.lower()] = CueForm(lemma, frozenset(tags), kind)
                forms.setdefault(value.lower(), CueForm(lemma, frozenset(tags), kind))
                if key == "pp":
                    (pronominal_pp if reflexive else participles).append(value.lower())
                else:
                    (pronominal_simple if reflexive else simple).append(value.lower())
    return forms, simple, participles, pronominal_simple + ["|"] + pronominal_pp


def _apostrophe_either(char: str) -> str:
    return "['’]" if char == "'" else escaped(char)


def _alternation(words) -> str:
    """The words as one trie-shaped pattern (lang/trie.py), an apostrophe matching either apostrophe."""
    return trie_alternation(set(words), _apostrophe_either)


def _kept_alternation(words) -> str:
    """`_alternation(words)`, kept in the data cache (a large trie takes milliseconds)."""
    return kept_trie_alternation("speaker-cues", words, _apostrophe_either)


def _first_words(words) -> frozenset | None:
    """The lower-case run of word characters each alternative begins with; None when one begins otherwise."""
    firsts = [WORD_RUN_RE.match(w) for w in words]
    return None if not all(firsts) else frozenset(m.group().lower() for m in firsts)


def _fr_cue_starts(simple, participles) -> frozenset | None:
    """Where a French cue (_build_fr_regex) can begin: a reflexive "se"/"s'", a negative "n'", an auxiliary,
    a simple form or a participle (after "et")."""
    firsts = _first_words([w for w in simple + participles + list(FR_AUX) if w != "|"])
    return None if firsts is None else firsts | {"se", "s", "n"}


def _build_fr_regex(simple, participles, pronominal) -> re.Pattern:
    split = pronominal.index("|")
    pro_simple, pro_pp = pronominal[:split], pronominal[split + 1:]
    inv = r"(?:\s?[-‑‐]t[-‑‐](?:il|elle|on)|\s+t[-‑‐](?:il|elle|on)|[-‑‐](?:il|elle|on|ils|elles))"
    adv = r"(?:\s*,?\s+(?:" + "|".join(FR_ADVERBS) + r")(?=[\s,]))"
    aux = "|".join(FR_AUX)
    etre = "|".join(FR_ETRE)
    compound = rf"(?:n['’]\s*)?(?:{aux}){inv}?{adv}{{0,4}},?\s+(?:{_alternation(participles)})"
    reflexive = rf"(?:se\s+|s['’]\s*)(?:(?:{etre}){inv}?{adv}{{0,3}}\s+(?:{_alternation(pro_pp)})(?:e|s|es)?" \
                rf"|(?:{_alternation(pro_simple)}){inv}?)"
    plain = rf"(?:{_alternation(simple)}){inv}?"
    # an inversion inside a locution: "fait-il valoir", "met-elle en garde", "laisse-t-il entendre"
    # (one trie for the first words, one for the rest: _cue_info drops a pairing that is no locution)
    locutions = [form.split(" ", 1) for form in simple if " " in form]
    inverted = rf"(?:{_alternation(w[0] for w in locutions)}){inv}\s+(?:{_alternation(w[1] for w in locutions)})"
    coordinated = rf"(?<=\bet\s)(?:{_alternation(participles)})"
    return re.compile(rf"(?<![\w\-‑])(?:{reflexive}|{compound}|{inverted}|{plain}|{coordinated})(?!\w)", re.I)


@lru_cache(maxsize=4)
def lexicon(lang: str) -> Lexicon:
    """The word lists for `lang` ("en" or "fr"), read once from checker/data."""
    from ..data.cache import load_yaml

    data = load_yaml("speaker_lexicon")
    if lang == "fr":
        forms, simple, participles, pronominal = _fr_cues()
        cue_re = _build_fr_regex(simple, participles, pronominal)
        cue_starts = _fr_cue_starts(simple, participles)
    else:
        forms, ordered = _en_cues()
        cue_re = re.compile(rf"(?<![\w\-])(?:{_kept_alternation(ordered)})(?![\w])", re.I)
        cue_starts = _first_words(ordered)
    names = name_lexicon()
    role_gender: dict[str, str | None] = {}
    for gender, words in data["role_nouns"].items():
        for word in words:
            role_gender.setdefault(str(word).lower(), {"male": "m", "female": "f"}.get(gender))
    if lang == "fr":  # the roles French press takes up by a broader noun are persons' roles too
        for word in role_groups_fr():
            role_gender.setdefault(word.lower(), None)
    pronouns = {}
    for kind, words in data["pronouns"].items():
        for word in words:
            pronouns[str(word).lower()] = {"male": "m", "female": "f"}.get(kind, kind)
    lower_set = lambda key: frozenset(str(w).lower() for w in data[key]) | \
        frozenset(fold(str(w)) for w in data[key])  # noqa: E731
    return Lexicon(
        lang=lang, cue_re=cue_re, cue_forms=forms, honorifics=names.honorifics,
        titles=names.titles, nationalities=names.nationalities, role_gender=role_gender,
        org_nouns=lower_set("org_nouns"), org_words=names.org_words, places=names.places,
        first_names=names.first_names, pronouns=pronouns,
        same_source=tuple(sorted((str(s).lower() for s in data["same_source"]), key=len, reverse=True)),
        cue_starts=cue_starts, that_only=any("that" in f.tags for f in forms.values()),
    )


# ---------------------------------------------------------------- tokens

# a word is taken whole (possessive `\w++`, never given back), then with its "&" parts ("AT&T") or else its
# hyphenated and elided parts ("well-known", "aujourd'hui")
TOKEN_RE = {
    "en": re.compile(r"p\.-d\.g\.|(?:[^\W\d_]\.){2,}|\w++(?:(?:&\w+)+|(?:[-‑'’]\w+)*)|[^\w\s]", re.I),
    # (not the "N'" and "M'" of a name: "Kouadio N'Guessan", "Dieudonné M'Bala M'Bala")
    "fr": re.compile(r"(?!(?-i:[MN]['’][A-ZÀ-Þ]))(?:qu|jusqu|lorsqu|puisqu|presqu|quelqu|[cdjlmnst])['’](?=\w)|"
                     r"p\.-d\.g\.|"
                     r"(?:[^\W\d_]\.){2,}|\w++(?:(?:&\w+)+|(?:[-‑]\w+)*(?:['’]\w+)?)|[^\w\s]", re.I),
}
NAME_CONNECTORS = NAME_PARTICLES  # a person's; a place's (French prepositions) would join names
ARTICLES = frozenset({"the", "le", "la", "les", "l'", "l’"})
POSSESSIVE_DETERMINERS = frozenset({"son", "sa", "ses", "leur", "leurs", "its", "his", "her", "their"})
DETERMINERS = frozenset({"the", "a", "an", "this", "that", "these", "those", "his", "her", "its", "their", "our",
                         "my", "your", "one", "another", "le", "la", "les", "l'", "l’", "un", "une", "des", "ce",
                         "cet", "cette", "ces", "son", "sa", "ses", "leur", "leurs", "notre", "nos", "mon", "ma",
                         "du", "au", "aux", "several", "some", "many", "two", "three", "plusieurs", "deux", "trois",
                         "all", "most", "other", "both"})
INDEFINITE = frozenset({"a", "an", "one", "another", "un", "une", "des", "several", "some", "many", "two", "three",
                        "plusieurs", "deux", "trois", "other"})
FUNCTION_WORDS = function_words("sentence_start")  # capitalised at a sentence start: ordinary words, not names
PREPOSITIONS = function_words("prepositions")
SKIP_BEFORE_CUE = frozenset("""
has have had also then later earlier previously again recently would will could can did does do once further
repeatedly reportedly allegedly publicly privately just already simply only not never has 've 'd still now
often always even finally first last late early subsequently immediately quickly may might must should shall
today yesterday tonight
peut peuvent pourrait pourraient doit doivent devrait devraient
a ont avait avaient aurait auraient aura encore aussi déjà également ensuite alors bien pourtant toutefois
cependant n' ne pas jamais lui-même elle-même d'ailleurs enfin lui leur nous vous y en l' le se s' me m' te t'
""".split()) | {"n’", "l’", "s’", "m’", "t’"}
WEEKDAYS = name_words("weekdays")
BE_FORMS = frozenset({"is", "was", "were", "are", "be", "been", "being", "get", "got", "gets", "est", "été", "fut",
                      "sont", "était", "étaient", "être"})
RELATIVES = frozenset({"who", "which", "qui", "whom"})
COORDINATORS = frozenset({"and", "but", "then", "et", "mais", "puis", "or", "ou", "before", "after", "while"})
ROLE_SYNONYMS = {"advisor": "adviser", "p.-d.g.": "pdg", "p.d.g.": "pdg", "chief executive": "ceo",
                 "conseillère": "conseiller", "présidente": "président", "directrice": "directeur"}


# Not frozen (never changed, hashed by value all the same) and built by hand: one is made for every word
# of a document, and a frozen dataclass sets each field through object.__setattr__, three times the cost.
@dataclass(slots=True, unsafe_hash=True, init=False)
class Token:
    """A token of a sentence: its text and offsets, with the facts about its text that readers ask again and
    again (each computed once, when the token is made)."""

    text: str
    start: int
    end: int
    lower: str = field(repr=False, compare=False)
    is_cap: bool = field(repr=False, compare=False)
    is_word: bool = field(repr=False, compare=False)
    possessive: bool = field(repr=False, compare=False)
    bare: str = field(repr=False, compare=False)  # the word without a possessive ending
    is_acronym: bool = field(repr=False, compare=False)
    may_open_name: bool = field(repr=False, compare=False)  # capitalised, or a particle's name ("al-Assad")
    compound: bool = field(repr=False, compare=False)  # more than one character, not all word characters

    def __init__(self, text: str, start: int, end: int) -> None:
        self.text, self.start, self.end = text, start, end
        (self.lower, self.is_cap, self.is_word, self.possessive, self.bare, self.is_acronym, self.may_open_name,
         self.compound) = _token_facts(text)


def _token_facts(text: str) -> tuple[str, bool, bool, bool, str, bool, bool, bool]:
    """(lower, is_cap, is_word, possessive, bare, is_acronym, may_open_name, compound) of a token's text: they
    depend on the text alone."""
    first = text[:1]
    possessive = text.endswith(("'s", "’s", "s'", "s’")) and len(text) > 2
    if text.endswith(("'s", "’s")):
        bare = text[:-2]
    elif text.endswith(("s'", "s’")):
        bare = text[:-1]
    else:
        bare = text
    is_cap = first.isupper() and first.isalpha()
    return (text.lower(), is_cap, first.isalnum(), possessive, bare, all_caps(text),
            is_cap or _particle_name(text), not text.isalnum() and len(text) > 1)


CHUNK_RE = re.compile(r"\S+")


def _token_words(pattern: re.Pattern, text: str, start: int, end: int) -> list[str]:
    """`pattern.findall(text, start, end)`, read between white space (no token spans it, and the patterns look at
    nothing outside a token but its next character): a chunk of word characters is one token, and so is each
    part of one followed by a single other mark ("said,"), without the pattern's alternatives tried on them."""
    words: list[str] = []
    append = words.append
    split = _CHUNK_WORDS.setdefault(pattern, {})
    if len(split) > TOKEN_FACTS_LIMIT:
        split.clear()
    for chunk in CHUNK_RE.findall(text, start, end):
        if chunk.isalnum():
            append(chunk)
        elif chunk[:-1].isalnum() and not chunk[-1].isalnum() and chunk[-1] != "_":  # ("_" is a word character)
            append(chunk[:-1])
            append(chunk[-1])
        else:
            parts = split.get(chunk)
            if parts is None:
                parts = split[chunk] = pattern.findall(chunk)
            words += parts
    return words


# each pattern's words of a chunk `_token_words` reads with the pattern ("l'homme,", "“We"): chunks recur across
# documents (cleared past TOKEN_FACTS_LIMIT)
_CHUNK_WORDS: dict[re.Pattern, dict[str, list[str]]] = {}


_TOKEN_FACTS: dict[str, tuple] = {}  # a word's `_token_facts`, across documents (cleared past TOKEN_FACTS_LIMIT)
TOKEN_FACTS_LIMIT = 100_000


def tokenize(text: str, start: int, end: int, lang: str) -> list[Token]:
    """The tokens of text[start:end]. The pattern takes every character but white space, so each token begins
    where its words first occur after the token before: found with `str.find`, cheaper than a match object each.
    The tokens are made here without `Token.__init__`, their words' facts read from a memo."""
    tokens = []
    append, find, new = tokens.append, text.find, Token.__new__
    facts_of = _TOKEN_FACTS
    if len(facts_of) > TOKEN_FACTS_LIMIT:
        facts_of.clear()
    pos = start
    for word in _token_words(TOKEN_RE["fr" if lang == "fr" else "en"], text, start, end):
        pos = find(word, pos)
        facts = facts_of.get(word)
        if facts is None:
            facts = facts_of[word] = _token_facts(word)
        tok = new(Token)
        tok.text, tok.start = word, pos
        pos += len(word)
        tok.end = pos
        (tok.lower, tok.is_cap, tok.is_word, tok.possessive, tok.bare, tok.is_acronym, tok.may_open_name,
         tok.compound) = facts
        append(tok)
    return tokens


# ---------------------------------------------------------------- cues


@dataclass(frozen=True, slots=True)
class Cue:
    """A reporting verb or phrase found in the text."""

    start: int
    end: int
    text: str
    info: CueForm
    pronoun: tuple[str, int, int] | None = None  # French inversion: ("il", start, end)


def cue_matches(text: str, start: int, end: int, lex: Lexicon):
    """`lex.cue_re.finditer(text, start, end)`: the cue pattern is a trie (`_alternation`) that fails at the
    first letters of a word no cue begins with, so a scan of the whole range costs less than picking the words
    a cue can begin with (`lex.cue_starts`) first."""
    return lex.cue_re.finditer(text, start, end)


def cue_at(text: str, pos: int, lex: Lexicon):
    """`lex.cue_re.match(text, pos)`, tried only where a word a cue can begin with starts.

    A cue begins with a word character after a non-word one (the pattern's look-behind), so its first run of
    word characters is one of `lex.cue_starts`; the few letters that IGNORECASE matches unlike `str.lower`
    ("İ", "ı", "ſ") always make a word worth trying."""
    if not may_start_cue(text, pos, lex):
        return None
    match = lex.cue_re.match(text, pos)
    if match is not None and lex.that_only and not _complement_follows(text, match, lex):
        return None
    if match is not None and lex.lang == "fr" and _reflexive_before(text, pos):
        return None
    return match


def may_start_cue(text: str, pos: int, lex: Lexicon) -> bool:
    """Whether a cue can begin at `pos`: its first run of word characters is one of `lex.cue_starts` (see
    `cue_at`)."""
    if lex.cue_starts is None:
        return True
    word = WORD_START_RE.match(text, pos)
    if word is None:
        return False
    run = word.group()
    return run.lower() in lex.cue_starts or not run.isascii() and bool(IGNORECASE_ODD.intersection(run))


def _reflexive_before(text: str, pos: int) -> bool:
    """ "sa création s'annonce ambitieuse": a verb made pronominal, when the lexicon does not list it so
    (listed ones, "s'inquiéter", match from "s'"), is no speech verb."""
    if text[max(0, pos - 2):pos].lower() in ("s'", "s’"):
        k = pos - 2
    elif text[max(0, pos - 3):pos].lower() == "se ":
        k = pos - 3
    else:
        return False
    return k == 0 or not text[k - 1].isalnum()


# (in French also before "avoir": "conteste avoir su", a claim about oneself)
THAT_AFTER_RE = re.compile(r"[ \t\u00a0]+(?:that|que|qu['’]|avoir)(?!\w)", re.I)
# a closing quotation mark, a comma and a space right before a cue: the clause set after the quotation
QUOTE_BEFORE_RE = re.compile(r"[»”\"'’][ \u00a0\u202f]?,[ \u00a0]+$")


def _complement_follows(text: str, match: re.Match, lex: Lexicon) -> bool:
    """A cue tagged "that" ("found", "a découvert") reports only right before "that" / "que"."""
    info = memoised(lex, _cue_info, match.group())
    return info is None or "that" not in info.tags or THAT_AFTER_RE.match(text, match.end()) is not None


WORD_RUN_RE = re.compile(r"\w+")
WORD_START_RE = re.compile(r"(?<!\w)\w+")
IGNORECASE_ODD = frozenset("İıſ")


def has_ignorecase_odd(text: str) -> bool:
    """Whether `text` holds one of IGNORECASE_ODD (three substring searches, not a set test of every character)."""
    return any(letter in text for letter in IGNORECASE_ODD)


SENTENCE_END_RE = re.compile(r"[ \t\u00a0]*(?:[.!?]|$)")
DOCUMENT_SUBJECT_RE = re.compile(r",\s+((?:\S+\s+){0,4}?)(\w+)\s+(?:(?:has|have)\s+)?$")
QUOTE_MARK_RE = re.compile("[\"“”«»]")


def _inverted_after_document(text: str, match: re.Match, lex: Lexicon) -> bool:
    """ "…, a new study has found.", "…, city records show.": a cue tagged "that" closing its sentence after a
    document named in a few words after the comma reports the clause before the comma."""
    if lex.lang != "en" or SENTENCE_END_RE.match(text, match.end()) is None:
        return False
    subject = DOCUMENT_SUBJECT_RE.search(text, max(0, match.start() - 60), match.start())
    if subject is None or subject.group(2).lower() not in WORD_LISTS["document_heads"]:
        return False
    opening = max(text.rfind(". ", 0, match.start()), text.rfind("\n", 0, match.start()))
    # ("so-called “forever chemicals” …, the survey found": a term in marks is not the document's words)
    return QUOTE_MARK_RE.search(text, opening + 1, match.start()) is None


def find_cues(text: str, start: int, end: int, lex: Lexicon) -> list[Cue]:
    cues = []
    for match in cue_matches(text, start, end, lex):
        cue = cue_of_match(text, match, lex)
        if cue is not None:
            cues.append(cue)
    return cues


def cue_of_match(text: str, match: re.Match, lex: Lexicon) -> Cue | None:
    """The cue a match of `lex.cue_re` is, or None where its words are used otherwise."""
    surface = match.group()
    info = memoised(lex, _cue_info, surface)  # a cue's form depends on its words alone
    if info is None or "that" in info.tags and THAT_AFTER_RE.match(text, match.end()) is None and \
            not _inverted_after_document(text, match, lex):
        return None  # "found the body" is no cue, "found that …" is
    if "incise" in info.tags and QUOTE_BEFORE_RE.search(text, max(0, match.start() - 4), match.start()) is None:
        return None  # "a défendu sa réforme" is no cue, "« … », a défendu la ministre" is
    if lex.lang == "fr" and _reflexive_before(text, match.start()):
        return None
    if surface[:1].isupper() and not _opens_sentence(text, match.start()) and \
            _previous_word(text, match.start())[:1].islower():
        return None  # "legal group Advocates for Informed Choice": a capitalised word in running text is no verb
    pronoun = None
    inv = INVERSION_RE.search(surface) if lex.lang == "fr" else None  # French inversion: "a-t-il dit"
    if inv:
        word = inv.group(1) or inv.group(2)
        offset = match.start() + inv.start(1 if inv.group(1) else 2)
        pronoun = (word, offset, offset + len(word))
    return Cue(match.start(), match.end(), surface, info, pronoun)


def _opens_sentence(text: str, pos: int) -> bool:
    """Whether only punctuation, quote marks or a line break stand between `pos` and the previous sentence."""
    k = pos - 1
    while k >= 0 and text[k] in " \t\u00a0\u202f\"'«»“”‘’([—–-":
        k -= 1
    return k < 0 or text[k] in ".!?…:;\n"


PREVIOUS_WORD_RE = re.compile(r"(\w[\w'’-]*)\W*$")


def _previous_word(text: str, pos: int) -> str:
    match = PREVIOUS_WORD_RE.search(text[max(0, pos - 40):pos])
    return match.group(1) if match else ""


def _cue_info(lex: Lexicon, surface: str) -> CueForm | None:
    key = re.sub(r"\s+", " ", surface.lower()).replace("’", "'")
    if lex.lang == "fr" and re.match(r"s['’]|se\s", key):
        key = re.sub(r"^(?:s['’]\s*|se\s+)", "", key)
        last = re.split(r"[\s\-‑‐]+", key)[-1]
        for candidate in (last, last[:-1], last[:-2]):
            if "se " + candidate in lex.cue_forms:
                return lex.cue_forms["se " + candidate]
    if key in lex.cue_forms:
        return lex.cue_forms[key]
    if lex.lang == "fr" and " " in key and INVERSION_RE.search(key):
        plain = INVERSION_RE.sub("", key)  # "fait-il valoir": the locution without its inverted subject
        if plain in lex.cue_forms:
            return lex.cue_forms[plain]
    spaced = key.split(" ")
    for i in range(1, len(spaced)):  # "a rendu hommage" -> "rendu hommage"
        tail = " ".join(spaced[i:])
        if tail in lex.cue_forms and " " in tail:
            return lex.cue_forms[tail]
    words = re.split(r"[\s\-‑‐]+", key)
    for word in reversed(words):
        for candidate in (word, word[:-1], word[:-2]):
            if candidate in lex.cue_forms and lex.cue_forms[candidate].form != "source":
                return lex.cue_forms[candidate]
    return None


def is_passive(tokens: list[Token], cue_index: int) -> bool:
    """`was told`, `is said to`: the grammatical subject did not speak."""
    if tokens[cue_index].lower.endswith("ing"):
        return False
    j = cue_index - 1
    while j >= 0 and tokens[j].lower in {"also", "not", "never", "often", "widely", "reportedly", "been", "being"}:
        if tokens[j].lower in {"been", "being"}:
            return True
        j -= 1
    return j >= 0 and tokens[j].lower in BE_FORMS


# ---------------------------------------------------------------- names


@dataclass(slots=True)
class Mention:
    """A name, a description or a pronoun naming a possible speaker."""

    kind: str  # "name", "description", "pronoun"
    start: int
    end: int
    text: str
    tok_start: int = 0
    tok_end: int = 0
    entity: "Entity | None" = None
    gender: str | None = None
    possessive: bool = False
    head: str = ""
    words: tuple[str, ...] = ()
    definite: bool = True
    name_span: tuple[int, int] | None = None  # for an apposition, where the name itself is

    def at(self, tok_start: int, tok_end: int) -> Mention:
        """This mention read from another list of tokens, where its tokens are tok_start:tok_end: a copy, as
        `dataclasses.replace` makes, at a tenth of its cost (the name finder's views, one per name)."""
        return Mention(self.kind, self.start, self.end, self.text, tok_start, tok_end, self.entity, self.gender,
                       self.possessive, self.head, self.words, self.definite, self.name_span)


@dataclass(slots=True)
class Entity:
    """A person or organisation the text names, with what it is called and described as."""

    tokens: list[str]
    kind: str  # "person", "org", "place", "unknown"
    gender: str | None = None
    descriptions: list[tuple[frozenset, str, str]] = field(default_factory=list)  # (words, head, text)
    mentions: list[tuple[int, str]] = field(default_factory=list)  # (position, role)
    first_pos: int = 0
    folded: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.rename(self.tokens)

    def rename(self, tokens: list[str]) -> None:
        self.tokens = list(tokens)
        self.folded = [fold(t) for t in tokens if t.lower() not in ARTICLES] or [fold(t) for t in tokens]

    @property
    def name(self) -> str:
        return " ".join(self.tokens).replace(" , ", ", ")

    @property
    def last_pos(self) -> int:
        return self.mentions[-1][0] if self.mentions else self.first_pos

    def last_before(self, pos: int) -> int | None:
        k = bisect.bisect_left(self.mentions, (pos, ""))
        return self.mentions[k - 1][0] if k else None

    def count_before(self, pos: int) -> int:
        return bisect.bisect_left(self.mentions, (pos, ""))

    def has_mention(self, pos: int, role: str) -> bool:
        k = bisect.bisect_left(self.mentions, (pos, role))
        return k < len(self.mentions) and self.mentions[k] == (pos, role)


def _is_name_token(tok: Token, lex: Lexicon, strict: bool = True) -> bool:
    """A capitalised word that may belong to a name; `strict` also rejects capitalised function words,
    as at a sentence start or in a title-case headline. It depends on the word alone: memoised per lexicon."""
    try:  # (the memo read here, not through `memoised`: asked of every capitalised word)
        return lex.memo[_name_word, tok.text, strict]
    except KeyError:
        return memoised(lex, _name_word, tok.text, strict)


NAME_PARTICLE_RE = NAME_PREFIX_RE  # the name finder's, under the name older callers know


def _particle_name(text: str) -> bool:
    """ "al-Assad", "d'Estaing" (names.prefixed_name), tried only on words with an apostrophe or a hyphen (not on
    every "de", "est" and "dans" of a French text)."""
    return len(text) > 2 and ("-" in text or "'" in text or "’" in text) and NAME_PREFIX_RE.match(text) is not None


def _name_word(lex: Lexicon, text: str, strict: bool) -> bool:
    tok = Token(text, 0, len(text))
    if not tok.is_cap and not prefixed_name(tok.text):
        return False
    low = tok.bare.lower()
    if low in lex.pronouns or strict and low in FUNCTION_WORDS or low in NEVER_NAMES[lex.lang]:
        return False
    if tok.text[-1] in "'’" and len(tok.text) <= 4:
        return False  # an elided article or pronoun on its own: "L'annonce", "C'est", "Qu'il"
    if LET_US_RE.fullmatch(tok.text):
        return False  # "Let's recall that ...": the verb "let" and "us", not a possessive name
    cue = lex.cue_forms.get(low)
    if cue is not None and "weak" not in cue.tags and cue.form != "source" and fold(low) not in lex.first_names:
        return False  # "NSA Blames ...": a verb in a title-case headline
    return True


def _plain_name(tok: Token, lex: Lexicon) -> bool:
    """A capitalised word after a sentence-initial article that is a name, not a title: « La Royale »."""
    low = tok.bare.lower()
    return not (_is_title(low, lex) or low in lex.nationalities or low in lex.org_words or
                fold(low) in lex.org_words or low in lex.places or tok.is_acronym)


LET_US_RE = re.compile(r"[Ll]et['’][Ss]")
ALWAYS_FUNCTION = function_words("never_names")
# in English text a French function word may stand inside a name ("Kim Jong Un", "Des Moines"): only English ones
NEVER_NAMES = {"en": function_words("never_names", french=False), "fr": ALWAYS_FUNCTION}
ORG_CONNECTORS = frozenset({"of", "for", "de", "du", "des", "d'", "d’", "on"})
# French prepositions inside a body's name before a capitalised word ("le Haut-Commissariat au Plan", "la Mission
# de l'ONU en RDC", "le Secrétariat d'État aux Sports"), joined only after a body's word as ORG_CONNECTORS are
FR_ORG_CONNECTORS = frozenset({"au", "aux", "en"})
ORG_PREPOSITIONS = frozenset({"of", "for", "on"})  # "Bank of America": a name with one is an organisation


def _singular(word: str) -> str:
    word = ROLE_SYNONYMS.get(word, word)
    if len(word) > 3 and word.endswith(("s", "x")) and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def _english_singulars(word: str) -> tuple[str, ...]:
    """The singulars an English plural may have: "nurses" -> "nurse", "midwives" -> "midwife", "wolf"."""
    if word.endswith("ves"):
        return word[:-3] + "fe", word[:-3] + "f"
    return (word[:-1],) if word.endswith("s") and not word.endswith("ss") else ()


def _forms(low: str) -> tuple[str, ...]:
    """A word and the singulars it may have: "élus" -> "élu", "généraux" -> "général"."""
    out = [low, _singular(low)]
    if low.endswith("s") and len(low) > 3:
        out.append(low[:-1])
    if low.endswith("aux"):
        out.append(low[:-3] + "al")
    if low.endswith("ies") and len(low) > 4:
        out.append(low[:-3] + "y")  # "companies", "agencies"
    if low.endswith(("sses", "shes", "ches", "xes")) and len(low) > 5:
        out.append(low[:-2])  # "witnesses", "coaches"
    return tuple(out)


def role_gender(word: str, lex: Lexicon) -> tuple[bool, str | None]:
    """Whether `word` names a role, and the gender it implies."""
    try:  # (the memo read here, not through `memoised`: asked of most words of a phrase, again and again)
        return lex.memo[_role_gender, word]
    except KeyError:
        return memoised(lex, _role_gender, word)


def _role_gender(lex: Lexicon, word: str) -> tuple[bool, str | None]:
    low = word.lower()
    for candidate in _forms(low):
        if candidate in lex.role_gender:
            return True, lex.role_gender[candidate]
    prefix, _, rest = low.partition("-")
    if rest and prefix in ROLE_PREFIXES:  # "vice-chairperson", "co-présidente", "ex-ministre"
        return role_gender(rest, lex)
    if lex.lang == "fr" and low not in SPEAKER_WORDS["fr_feminine_adjectives"] and \
            any(lex.role_gender.get(masc, "f") != "f" for masc in fr_masculine_forms(low)):
        return True, "f"  # "la protectrice du citoyen": the feminine of a listed masculine (not "la première")
    return False, None


ROLE_PREFIXES = WORD_LISTS["role_prefixes"]
EN_BODY_ENDINGS = tuple(SPEAKER_WORDS["en_body_endings"])
EN_PERSON_COMPOUNDS = SPEAKER_WORDS["en_person_compounds"]
LEVEL_ADJECTIVES = SPEAKER_WORDS["en_level_adjectives"]

# French determiners that carry a gender ("une riveraine", "le procureur"): elided "l'" and plurals carry none
FR_DETERMINER_GENDER = {"un": "m", "le": "m", "ce": "m", "cet": "m", "du": "m", "au": "m",
                        "une": "f", "la": "f", "cette": "f"}


def description_gender(text: str, head: str, lex: Lexicon) -> str | None:
    """The gender a description of a person implies: its head noun's ("the woman", "l'avocate"), else in
    French the agreement of its determiner ("une riveraine", "la régulatrice")."""
    words = text.lower().split()
    if not head and len(words) > 1 and words[0] in FR_DETERMINER_GENDER:
        head = words[1]  # "Le syndicat des journalistes", recorded without its head
    gender = role_gender(head, lex)[1] if head else None
    if gender is None and lex.lang == "fr" and not (head and is_org_noun(head, lex) and not is_role(head, lex)):
        # (a body's noun has a grammatical gender only: "le syndicat" may be "elle", la fédération)
        gender = FR_DETERMINER_GENDER.get(words[0]) if words else None
    return gender


# French feminine endings of role nouns and the masculine ones they replace ("magistrate" / "magistrat")
FR_FEMININE_ENDINGS = (("trice", "teur"), ("euse", "eur"), ("ère", "er"), ("ète", "et"), ("ienne", "ien"),
                       ("ive", "if"), ("e", ""))


def fr_marked_gender(head: str, lex: Lexicon) -> str | None:
    """The gender a French role noun marks by its own form: feminine where the noun without its feminine ending
    is a role ("magistrate", "prévenue"), masculine where it has such a feminine ("prévenu", "avocat"); none for
    a noun of one form, whatever its determiner ("la star", "le médecin" may be a man, a woman)."""
    low = head.lower()
    for fem, masc in FR_FEMININE_ENDINGS:
        if low.endswith(fem) and len(low) > len(fem) + 2 and is_role(low[:len(low) - len(fem)] + masc, lex) and \
                (masc or low[-2] in "tduéisl"):  # ("victime": no masculine "victim" in French)
            return "f"
    for fem, masc in FR_FEMININE_ENDINGS:
        if low.endswith(masc) and len(low) > len(masc) + 2 and is_role(low[:len(low) - len(masc)] + fem, lex):
            return "m"
    return None


def _fr_form_gender(word: str, lex: Lexicon) -> str | None:
    """ "son président, Jocelyn Payet": the gender a French role noun's form marks, a bare "-e" aside (the
    role lists mix English in: "analyste" is not a woman's "analyst")."""
    if lex.lang != "fr":
        return None
    g = fr_marked_gender(word, lex)
    return g if g == "m" or word.endswith(("trice", "euse", "ente", "ante", "ière", "ienne", "ée", "ue", "ate")) \
        else None


def form_gender(first: str) -> str | None:
    """The gender a given name outside the lexicon most likely has by its ending alone: "Ilona", "Eleni" (no),
    "Dimitris", "Tomas": "-a" and "-ette"/"-elle" are mostly women's, "-os", "-is", "-us", "-as" men's."""
    if len(first) < 4 or not first.isalpha():
        return None
    if first.endswith(("a", "ette", "elle")):
        return "f"
    if first.endswith(("os", "is", "us", "as")):
        return "m"
    return None


def is_role(word: str, lex: Lexicon) -> bool:
    return role_gender(word, lex)[0]


def is_org_noun(word: str, lex: Lexicon) -> bool:
    try:  # (the memo read here, as in role_gender)
        return lex.memo[_org_noun, word]
    except KeyError:
        return memoised(lex, _org_noun, word)


def _org_noun(lex: Lexicon, word: str) -> bool:
    forms = _forms(word.lower())
    if any(candidate in lex.org_nouns for candidate in forms):
        return True
    # English closes a product onto a body's noun ("carmaker", "housebuilder"): a business, unless a role
    return lex.lang == "en" and any(len(c) >= len(e) + 3 and c.isalpha() and c.endswith(e) and
                                    c not in EN_PERSON_COMPOUNDS for c in forms for e in EN_BODY_ENDINGS) and \
        not is_role(word, lex)


def _name_word_indices(tokens: list[Token], starts: list[int], lex: Lexicon, sentence_starts: set[int],
                       headline: bool) -> set[int]:
    """The indices among `starts` of the words that may belong to a name (`_is_name_token`, its memo read
    here: it is asked of every capitalised word)."""
    memo, found = lex.memo, set()
    for k in starts:
        text, strict = tokens[k].text, headline or k in sentence_starts
        known = memo.get((_name_word, text, strict))
        if known is None:
            known = memoised(lex, _name_word, text, strict)
        if known:
            found.add(k)
    return found


def find_names(tokens: list[Token], lex: Lexicon, sentence_starts: set[int], source: str,
               headline: bool = False, keep_rejected: bool = False) -> list[Mention]:
    """Capitalised sequences that name someone or something, with titles split off. With `keep_rejected`, a
    sequence that names no possible speaker (a ministry's domain, a nationality, a title or a form of address
    alone) is kept too, as a mention of kind "run" spanning its words: a name to the entity rules."""
    out: list[Mention] = []
    i, n = 0, len(tokens)
    # a name starts with a capital or a particle ("al-Assad"): the other words are passed over at once
    starts = [k for k, t in enumerate(tokens) if t.may_open_name]
    # the name words, each capitalised word judged once (`_name_word`): `ok(k)` is a set lookup
    ok = _name_word_indices(tokens, starts, lex, sentence_starts, headline).__contains__
    next_start = 0
    while i < n:
        while next_start < len(starts) and starts[next_start] < i:
            next_start += 1
        if next_start == len(starts):
            break
        i = starts[next_start]
        tok = tokens[i]
        low = tok.lower.rstrip(".")
        honorific = low in lex.honorifics or (low + ".") in lex.honorifics
        article = low in ARTICLES and tok.is_cap and i + 1 < n and ok(i + 1) and \
            (i not in sentence_starts or lex.lang == "fr" and _plain_name(tokens[i + 1], lex))
        # an English text's "Le Pen", "De Bock", "Van Gaal": a capitalised particle starting a name
        particle = lex.lang == "en" and tok.is_cap and low in NAME_CONNECTORS and i + 1 < n and ok(i + 1) and \
            tokens[i + 1].start - tok.end <= 1
        if not (ok(i) or (honorific and tok.is_cap) or article or particle) or \
                lex.lang == "fr" and _fr_class_acronym(tokens, i, ok, lex):
            i += 1
            continue
        j = i
        parts: list[Token] = []
        run_stop = i  # the end of the capitalised run being read (capitalised.run_end, shared with lang/names.py)
        linked = True  # the last word read joins what follows to the name: a new run may start there
        while j < n:
            t = tokens[j]
            if parts and t.text in ("'", "’") and t.start == parts[-1].end and parts[-1].lower.endswith("s") and \
                    _possessive_in_body(parts[-1], tokens, j + 1, ok, lex):
                # "the National Farmers' Union": a plural possessive inside a body's name (the tokeniser leaves
                # the apostrophe apart)
                parts[-1] = Token(parts[-1].text + t.text, parts[-1].start, t.end)
                linked = True
                j += 1
                continue
            if parts and parts[-1].possessive:
                if not (ok(j) and (_possessive_in_body(parts[-1], tokens, j, ok, lex) or
                                   _owner_of_body(parts, tokens, j, ok, lex))):
                    break
                linked = True  # "the Information Commissioner's Office": the possessive stays inside the name
            # (the first word tried alone first: in most names it is no acronym, and no generator is made)
            if parts and parts[0].is_acronym and all(p.is_acronym for p in parts) and \
                    _person_after_acronym(tokens, j, ok, lex.lang):
                break  # "à l'AFP Imelda Nyirankusi": an agency, then a person
            if parts and lex.lang == "fr" and _person_after_complement(tokens, i, j, parts, ok, lex):
                break  # "le député de la Somme François Ruffin": a place, then a person
            if parts and t.lower in ADDRESS_FORMS and not any(p.lower in lex.honorifics for p in parts):
                break  # "Following Mr Chen's apology": the address form starts the name
            if j >= run_stop and ok(j):
                if not linked:
                    break  # the run ended ("Smith\nJones"), and nothing joins the next one to it
                # (a one-word run, the most common, known without reading it: nothing that may go on follows)
                run_stop = run_end(source, tokens, j, ok, NAME_CONNECTORS) if j + 1 < n and (
                    ok(j + 1) or tokens[j + 1].text == "." or tokens[j + 1].lower in NAME_CONNECTORS) else j + 1
            if j < run_stop and not ok(j) and t.text != "." and (
                    parts[-1].is_acronym or _complement_link(tokens, j, parts, lex)):
                run_stop = j  # "l'ONU de Genève", "Jean Dupont des Verts": a complement's link, not a particle
            if j < run_stop:  # a name word, a particle ("von der Leyen") or an initial's full stop
                if t.text != ".":
                    parts.append(t)
                linked = False
                j += 1
                continue
            linked = True
            if not parts and (article or particle):
                parts.append(t)
                j += 1
            elif t.text == "," and parts and not ORG_PREPOSITIONS.isdisjoint(p.lower for p in parts) and \
                    _listed_domains(tokens, j + 1, ok, lex.lang):
                parts.append(t)  # "the Department for Environment, Food and Rural Affairs"
                j += 1
            elif t.text == "&" and parts and j + 1 < n and ok(j + 1) and not parts[-1].possessive:
                parts.append(t)  # "Standard & Poor's", "Procter & Gamble"
                j += 1
            elif lex.lang == "en" and t.lower == "and" and parts and not parts[-1].possessive and \
                    _org_word_ends(tokens, j + 1, ok, lex) and \
                    (not _org_word_ends(tokens, j - 1, ok, lex) or len(parts) == 1 and i > 0 and
                     tokens[i - 1].lower in ARTICLES) and not _person_in_run(parts, lex):
                # "the Nurses and Midwives' Association": the body's noun ends the second run; "the University and
                # College Union": a body's noun alone after "the" names no body, it opens the name
                parts.append(t)
                j += 1
            elif lex.lang == "en" and t.text == "," and (len(parts) == 1 and (
                    i == 0 or not tokens[i - 1].is_word or tokens[i - 1].lower in ARTICLES or
                    tokens[i - 1].lower in lex.cue_forms) or
                    # "the Ghana Cocoa, Coffee and Sheanut Farmers Association": a longer first item after "the"
                    2 <= len(parts) <= 3 and i > 0 and tokens[i - 1].lower in ARTICLES and
                    not any(p.possessive for p in parts)) and _listed_before_org(tokens, j + 1, ok, lex):
                parts.append(t)  # "Bournemouth, Christchurch and Poole Council": three towns, one council
                j += 1
            elif t.text == "." and parts and j + 1 < n and (ok(j + 1) or tokens[j + 1].lower in NAME_CONNECTORS and
                                                            j + 2 < n and ok(j + 2)) and \
                    (len(parts[-1].text) == 1 or parts[-1].lower in lex.honorifics or
                     parts[-1].lower + "." in lex.honorifics or parts[-1].lower + "." in lex.titles):
                j += 1  # "Mr. Smith", "George W. Bush", "Rep. Shuster"
            elif (t.lower in ORG_CONNECTORS or lex.lang == "fr" and t.lower in FR_ORG_CONNECTORS or
                  t.lower in ("and", "et", "&") and
                  (any(p.lower in ORG_CONNECTORS for p in parts) or
                   lex.lang == "en" and parts and _acronym_ahead(parts, tokens, j, ok))) and \
                    parts and j + 1 < n and ok(j + 1) and \
                    not parts[-1].possessive and tokens[j + 1].lower not in DATE_WORDS and \
                    not (t.lower in ("and", "et", "&") and _addressed(tokens[j + 1], lex)) and \
                    (any((p.is_acronym or fold(p.bare) in lex.org_words or _singular(fold(p.bare)) in lex.org_words or
                          fold(p.bare)[:-3] + "y" in lex.org_words) and p.lower not in lex.titles for p in parts) and
                     not _person_in_run(parts, lex) or lex.lang == "en" and _acronym_ahead(parts, tokens, j, ok)):
                parts.append(t)  # "ACLU of Nevada", "University of Minnesota" (not "the Department on Friday")
                j += 1
            elif lex.lang == "en" and t.lower in ORG_PREPOSITIONS and parts and j + 2 < n and \
                    tokens[j + 1].lower == "the" and ok(j + 2) and not parts[-1].possessive and \
                    (_acronym_ahead(parts, tokens, j, ok) or t.lower == "of" and is_org_noun(parts[-1].bare, lex)):
                parts += [t, tokens[j + 1]]  # "the Royal Society for the Protection of Birds (RSPB)", "the
                # Association of the Oil Industry": a body's noun, then what it is of
                j += 2
            elif t.lower == "the" and j + 1 < n and ok(j + 1) and _body_purpose(parts):
                parts.append(t)  # "the Main Committee for Sighting the Crescent": the purpose's object
                j += 1
            else:
                break
        if not parts:
            i += 1
            continue
        if len(parts) == 1 and _ministry_domain(tokens, i):
            if keep_rejected:
                out.append(_run_mention(parts, i, j, source))
            i = j
            continue
        if len(parts) >= 3 and parts[0] is tok and _ministry_domain(tokens, i):
            parts = parts[1:]  # "la ministre de la Santé Tanya Plibersek": the domain, then the minister's name
            i += 1
        elif lex.lang == "en" and en_title_domain(tokens, i, lex):
            # "Minister of Minerals and Energy Boitumelo X", "Justice of Appeal Nirmala Y": the title's domain,
            # then (where a name follows it) the holder's name
            kept = _after_domain_words(parts, lex)
            if 2 <= len(kept) < len(parts):  # (a domain alone stays what it was: "the President of the European
                i += next(k for k, t in enumerate(tokens[i:j]) if t is kept[0])  # Commission")
                parts = kept
        mention = _name_mention(parts, i, j, lex, sentence_start=i in sentence_starts, source=source,
                                tokens=tokens, particle=particle and parts[0] is tok,
                                whole_possessive=_possessive_in_name(parts, tokens, j, lex))
        if mention is not None and mention.name_span[0] > parts[0].start and _spelled_by_acronym(parts, tokens, j):
            mention = _whole_name(parts, i, j, source)  # "Médecins Sans Frontières (MSF)": no title split off
        if mention is not None and lex.lang == "fr" and mention.tok_end == j and \
                _fr_title_head(parts, tokens, i, lex):
            tail = _fr_title_tail(tokens, j, lex)
            if tail > j:  # "l'Organisation mondiale de la santé": the lower-case rest of a French title
                first, words = mention.start, mention.words + tuple(t.text for t in tokens[j:tail])
                article = tokens[i - 1] if len(parts) == 1 and i > 0 else None
                if article is not None and article.lower in ARTICLES and article.end >= first - 1:
                    # the title is said with its article: "la Cour des comptes", "L'Organisation …"
                    first, words = article.start, (article.text,) + words
                glued: list[str] = []
                for word in words:  # "L'Organisation", "de l'énergie": an elided word is one with the next
                    if glued and glued[-1].endswith(("'", "’")):
                        glued[-1] += word
                    else:
                        glued.append(word)
                mention = replace(mention, start=first, end=tokens[tail - 1].end, text=source[first:tokens[tail - 1].end],
                                  tok_end=tail, words=tuple(glued))
                mention.name_span = (first, mention.end)
                j = tail
        if mention is not None:
            out.append(mention)
        elif keep_rejected:
            out.append(_run_mention(parts, i, j, source))
        i = j
    return out


def _fr_class_acronym(tokens: list[Token], i: int, ok, lex: Lexicon) -> bool:
    """ "l'ONG PPNEA", "une ONG Sherpa": a kind of body written as an acronym, after its article and before the
    body's own name, is the class noun the name follows, not the name's first word."""
    tok = tokens[i]
    return tok.is_acronym and is_org_noun(tok.lower, lex) and i > 0 and \
        tokens[i - 1].lower in ("l'", "l’", "la", "le", "une", "un", "d'", "d’", "cette", "cet") and \
        i + 1 < len(tokens) and ok(i + 1)


def _body_purpose(parts: list[Token]) -> bool:
    """A body's name that ends in its purpose, a capitalised verb in -ing after "for" ("Committee for Sighting",
    "Society for Promoting"): the verb's object is the name's too."""
    return len(parts) >= 3 and parts[-2].lower == "for" and parts[-1].is_cap and parts[-1].lower.endswith("ing") \
        and len(parts[-1].lower) > 5


def _run_mention(parts: list[Token], i: int, j: int, source: str) -> Mention:
    """A capitalised sequence that names no possible speaker, whole ("run")."""
    start, end = parts[0].start, parts[-1].end
    return Mention("run", start, end, source[start:end], i, j, words=tuple(p.text for p in parts))


# French capitalises a title's first word only ("le Canard enchaîné", "la Fondation pour la recherche médicale")
FR_TITLE_LINKS = frozenset({"de", "du", "des", "d'", "d’", "pour"})
FR_TITLE_ARTICLES = frozenset({"la", "l'", "l’", "les"})
FR_TITLE_BEFORE = frozenset({"le", "la", "l'", "l’", "les", "du", "au", "aux", "des"})
FR_GRAMMAR = function_words("grammar")
# a title's subject then its verb: an auxiliary, a clitic or a relative ("la Royale vient en effet" is no title)
FR_TITLE_VERB_STARTS = frozenset(FR_AUX + FR_ETRE) | {"s'", "s’", "se", "n'", "n’", "ne", "qui", "va", "vont"}


def _fr_title_head(parts: list[Token], tokens: list[Token], i: int, lex: Lexicon) -> bool:
    """A definite article, then one capitalised common noun ("L'Organisation", "le Journal"): a title's first
    word, which French capitalises alone; not a person's or a place's name, nor an acronym."""
    words = [p for p in parts if p.lower not in ARTICLES]
    if len(words) != 1 or len(parts) - len(words) > 1:
        return False
    word = words[0]
    if word.is_acronym or "-" in word.text or fold(word.bare) in lex.first_names or \
            word.lower in lex.places or zipf(word.lower, "fr") < 3.0:
        return False
    # "le collectif Riposte alimentaire": after a body's noun, its name
    return len(parts) == 2 or i > 0 and tokens[i - 1].lower in FR_TITLE_BEFORE or \
        i > 1 and tokens[i - 2].lower in FR_TITLE_BEFORE and is_org_noun(tokens[i - 1].lower, lex)


def _fr_title_word(tok: Token, lex: Lexicon) -> bool:
    """A lower-case content word that may go on a title: not a grammatical word, a verb of speech or a date."""
    return tok.text[:1].isalpha() and not tok.is_cap and tok.lower not in FR_GRAMMAR and \
        tok.lower not in lex.cue_forms and tok.lower not in DATE_WORDS and not tok.lower.endswith(("'", "’"))


def _fr_title_end(tokens: list[Token], k: int, lex: Lexicon) -> bool:
    """What may follow a title: punctuation, a verb, a relative, or a complement naming something else."""
    if k >= len(tokens):
        return True
    tok = tokens[k]
    if not tok.text[:1].isalnum():
        return tok.text not in ("-", "'", "’")
    if tok.is_cap:
        return False
    if tok.lower in FR_TITLE_LINKS:  # "le Conseil de sécurité de l'ONU"
        nxt = k + 1 + (k + 1 < len(tokens) and tokens[k + 1].lower in FR_TITLE_ARTICLES)
        return nxt < len(tokens) and tokens[nxt].is_cap
    if tok.lower == "et" and k + 1 < len(tokens) and (tokens[k + 1].is_cap or tokens[k + 1].lower in FR_TITLE_BEFORE):
        return True  # "la Fédération française de football et la Ligue": another name follows
    return tok.lower in lex.cue_forms or tok.lower in DATE_WORDS or tok.lower in FR_TITLE_VERB_STARTS


def _fr_title_tail(tokens: list[Token], j: int, lex: Lexicon) -> int:
    """Where the lower-case rest of a French title starting at `j` ends (`j` when there is none): adjectives
    and complements ("mondiale", "de la santé", "du dimanche"), up to a word that may follow a title."""
    k, best, n = j, j, len(tokens)
    while k < n:
        tok = tokens[k]
        if tok.lower in FR_TITLE_LINKS:
            m = k + 1 + (k + 1 < n and tokens[k + 1].lower in FR_TITLE_ARTICLES)
            # a date after "de" is the title's date, not its complement ("daté de mardi"), after "du" its noun
            if m < n and (_fr_title_word(tokens[m], lex) or tok.lower == "du" and tokens[m].lower in WEEKDAYS):
                k = m + 1
            elif m < n and tok.lower in ("de", "d'", "d’", "du") and tokens[m].is_cap and \
                    not tokens[m].is_acronym and fold(tokens[m].bare.split("-")[0]) not in lex.first_names and \
                    (m == k + 1 or tokens[m].lower in lex.places):
                # "le Port autonome de Douala", "le Fonds de développement de la Libye", "l'Union vinicole du
                # Liban": the place the title closes on
                return m + 1
            else:
                break
        elif tok.lower == "et" and k > j and k + 1 < n and _fr_title_word(tokens[k + 1], lex):
            k += 2  # "de la communication audiovisuelle et numérique"
        elif tok.lower == "et" and k + 1 < n and tokens[k + 1].lower in FR_TITLE_LINKS and \
                any(t.lower in FR_TITLE_LINKS for t in tokens[j:k]):
            k += 1  # "de la statistique et des études économiques": a complement coordinated with another
        elif tok.text == "," and k > j and any(t.lower in FR_TITLE_LINKS for t in tokens[j:k]) and \
                _fr_listed_complements(tokens, k, lex):
            k += 1  # "de la recherche, des études, de l'évaluation et des statistiques": one list of domains
        elif _fr_title_word(tok, lex) and _fr_verb_after_title(tokens, k):
            return k  # "La Cour des comptes épingle, dans un rapport, la gestion": the title's verb
        elif _fr_title_word(tok, lex):
            k += 1
        else:
            break
        if _fr_title_end(tokens, k, lex):
            best = k
    return best


def _fr_verb_after_title(tokens: list[Token], k: int) -> bool:
    """A lower-case word after a title's noun (not after "de la"), in the form of an "-er" verb's present
    before an object or a comma: the title's verb ("épingle"), not an adjective of its ("nationale")."""
    if k == 0 or tokens[k - 1].lower in FR_TITLE_LINKS or tokens[k - 1].lower in FR_TITLE_ARTICLES or \
            k + 1 >= len(tokens):
        return False
    return fr_verb_before(tokens[k].lower, tokens[k + 1].lower)


def _fr_listed_complements(tokens: list[Token], k: int, lex: Lexicon) -> bool:
    """At the comma `k`: complements ("des études", "de l'évaluation") separated by commas, the last one after
    "et", all of them lower-case, as a French body's title lists its domains (not "…, des experts ont dit")."""
    n = len(tokens)
    while k < n and tokens[k].text in (",", "et"):
        last = tokens[k].text == "et"
        k += 1
        if k >= n or tokens[k].lower not in FR_TITLE_LINKS:
            return False
        k += 1 + (k + 1 < n and tokens[k + 1].lower in FR_TITLE_ARTICLES)
        if k >= n or not _fr_title_word(tokens[k], lex):
            return False
        while k < n and _fr_title_word(tokens[k], lex):
            k += 1
        if last:
            return _fr_title_end(tokens, k, lex)
    return False


def _possessive_in_body(word: Token, tokens: list[Token], k: int, ok, lex: Lexicon) -> bool:
    """ "Farmers' Union", "the Information Commissioner's Office": a common noun's possessive, then a body's
    word, inside one name; not a person's ("Obama's Office") nor a possessive before a common noun."""
    if k >= len(tokens) or not ok(k) or fold(tokens[k].bare) not in lex.org_words:
        return False
    bare = word.bare.lower()
    if fold(bare) in lex.first_names:
        return False
    if word.text.endswith(("s'", "s’")) or tokens[k - 1].text in ("'", "’") and bare.endswith("s"):
        # a plural's: "Farmers' Union", "Supporters' Trust", "Midwives' Association" (the apostrophe a token apart)
        return is_role(bare, lex) or any(is_role(one, lex) for one in _english_singulars(bare)) or \
            zipf(bare, lex.lang) >= 3.5
    return is_role(bare, lex)  # a role's, not a person's: "Commissioner's Office", not "Obama's Office"


def _owner_of_body(parts: list[Token], tokens: list[Token], k: int, ok, lex: Lexicon) -> bool:
    """ "Iraq's State Organization for Marketing of Oil", "the Regional Government's Ministry of Finance": in
    English a place's or a body's possessive, then a body's name, make one name (the body is that place's or that
    body's own); a person's possessive does not ("Obama's Justice Department")."""
    if lex.lang != "en" or len(parts) > 4 or not parts[-1].text.endswith(("'s", "’s")):
        return False
    owner = parts[-1].bare.lower()
    if not (len(parts) == 1 and owner in lex.places or is_org_noun(owner, lex) and len(parts) > 1):
        return False
    end = k
    while end < len(tokens) and end - k < 8 and (ok(end) or tokens[end].lower in ORG_PREPOSITIONS and end > k):
        end += 1
    while end > k and not ok(end - 1):
        end -= 1
    link = next((q for q in range(k, end) if tokens[q].lower in ORG_PREPOSITIONS), None)
    return end - k >= 2 and is_org_noun(tokens[end - 1].bare, lex) or \
        link is not None and link > k and is_org_noun(tokens[link - 1].bare, lex)


def _complement_link(tokens: list[Token], j: int, parts: list[Token], lex: Lexicon) -> bool:
    """After a person's full name, "du", "des" or "de" and an article open a complement ("Jean Dupont des Verts",
    "Lee Halstead de la Police du Lancashire"), where "Pedro de la Rosa" or "Ursula von der Leyen" go on."""
    if len(parts) < 2 or fold(parts[0].bare) not in lex.first_names or parts[-1].lower in NAME_CONNECTORS:
        return False
    low = tokens[j].lower
    return low in ("du", "des") or low == "de" and j + 1 < len(tokens) and tokens[j + 1].lower in ARTICLES


def _org_word_ends(tokens: list[Token], k: int, ok, lex: Lexicon) -> bool:
    """The capitalised run from `k` (a plural possessive inside it) ends with a body's noun ("Poole Council",
    "Midwives' Association")."""
    last = None
    while k < len(tokens) and (ok(k) or tokens[k].text in ("'", "’") and last == k - 1):
        if ok(k):
            last = k
        k += 1
    if last is None:
        return False
    word = fold(tokens[last].bare)
    return not tokens[last].is_acronym and (word in lex.org_words or _singular(word) in lex.org_words) and \
        (k >= len(tokens) or tokens[k].lower not in ORG_CONNECTORS)


def _listed_before_org(tokens: list[Token], k: int, ok, lex: Lexicon) -> bool:
    """After a comma: one more capitalised word, "and", and a run ending with a body's noun."""
    return k + 2 < len(tokens) and ok(k) and tokens[k + 1].lower == "and" and _org_word_ends(tokens, k + 2, ok, lex)


def _listed_domains(tokens: list[Token], k: int, ok, lang: str) -> bool:
    """After a comma in an organisation's name: capitalised common words, then "and" and one more
    ("Environment, Food and Rural Affairs"): the rest of a list of the body's domains, not a list of
    names ("the Bank of England, Barclays and HSBC")."""
    first = k
    while k < len(tokens) and ok(k):
        k += 1
    if not (first < k < len(tokens) - 1 and tokens[k].lower in ("and", "et", "&") and ok(k + 1)):
        return False
    words = [tokens[first - 2]] + tokens[first:k] + [tokens[k + 1]]
    return all(not t.is_acronym and zipf(t.bare.lower(), lang) >= DOMAIN_ZIPF - 0.6 for t in words)


def _spelled_by_acronym(parts: list[Token], tokens: list[Token], j: int) -> bool:
    """The run is followed by "(ACRONYM)" whose letters are the initials of all its capitalised words."""
    if j + 2 >= len(tokens) or tokens[j].text != "(" or tokens[j + 2].text != ")" or not tokens[j + 1].is_acronym:
        return False
    initials = "".join(p.text[0] for p in parts if p.is_cap)
    return len(initials) > 1 and fold(initials) == fold(tokens[j + 1].text)


def _person_in_run(parts: list[Token], lex: Lexicon) -> bool:
    """ "Group Commander Leon Mbatha (of London Fire Brigade)": in English, a known first name followed by another
    capitalised word ends the run with a person's name, whose affiliation is no part of it."""
    last = fold(parts[-1].bare)  # (a body's word last is no person's name: "Queen Mary University")
    return lex.lang == "en" and last not in lex.org_words and _singular(last) not in lex.org_words and \
        any(fold(p.bare) in lex.first_names and q.is_cap for p, q in zip(parts, parts[1:]))


def _acronym_ahead(parts: list[Token], tokens: list[Token], j: int, ok) -> bool:
    """ "Transport for London (TfL)", "Royal Society for the Protection of Birds (RSPB)": the capitalised words
    and links from `j` on run to a bracketed acronym spelling the whole name's initials (with its links' or not)."""
    words = list(parts)
    k = j
    while k < len(tokens) and k - j < 12 and (ok(k) or tokens[k].lower in ORG_CONNECTORS or
                                               tokens[k].lower in ("the", "and", "&")):
        words.append(tokens[k])
        k += 1
    if k + 2 >= len(tokens) or tokens[k].text != "(" or tokens[k + 2].text != ")" or \
            not _acronym_shaped(tokens[k + 1].text):
        return False
    acronym = fold(tokens[k + 1].text)
    capitals = "".join(w.text[0] for w in words if w.is_cap)
    linked = "".join(w.text[0] for w in words if w.lower not in ("the", "and", "&"))
    return len(capitals) > 1 and acronym in (fold(capitals), fold(linked))


def _whole_name(parts: list[Token], i: int, j: int, source: str) -> Mention:
    start, end = parts[0].start, parts[-1].end
    m = Mention("name", start, end, source[start:end], i, j, words=tuple(p.text for p in parts))
    m.name_span = (start, end)
    return m


MINISTRY_LINKS = frozenset({"de", "d'", "d’", "l'", "l’", "la", "du", "des", "of", "the"})
MINISTER_ADJECTIVES = SPEAKER_WORDS["minister_adjectives"]


def _ministry_domain(tokens: list[Token], i: int) -> bool:
    """ "ministère de l'Intérieur", "ministre des Finances": the ministry's domain, not a name of its own."""
    k = i - 1
    while k >= 0 and i - k <= 3 and tokens[k].lower in MINISTRY_LINKS:
        k -= 1
    if k >= 1 and k < i - 1 and tokens[k].lower in MINISTER_ADJECTIVES:
        k -= 1  # "la ministre fédérale de la Santé"
    return k >= 0 and k < i - 1 and not tokens[k].is_cap and \
        _singular(tokens[k].lower) in ("ministère", "ministre", "ministry", "minister", "secrétaire", "secretary")


def _addressed(tok: Token, lex: Lexicon) -> bool:
    """An honorific ("Dr", "Mme"): after "and" it opens another person's name, never the rest of a body's
    ("the University of Warsaw and Dr X of Lund University")."""
    low = tok.lower.rstrip(".")
    return low in lex.honorifics or low + "." in lex.honorifics


DOMAIN_LINKS = frozenset({"of", "for", "and", "the", "&"})


def _domain_word(tok: Token, lex: Lexicon) -> bool:
    """A capitalised common word of a title's domain ("Energy", "Appeal", "Mineral Resources"), not a given name.
    It depends on the word alone: memoised per lexicon."""
    try:  # (the memo read here, not through `memoised`: asked of most words before a name)
        return lex.memo[_domain_text, tok.text]
    except KeyError:
        return memoised(lex, _domain_text, tok.text)


def _domain_text(lex: Lexicon, text: str) -> bool:
    tok = Token(text, 0, len(text))
    low = tok.bare.lower()
    # a word with figures ("M23") is no domain: its frequency is not looked up (it would load wordfreq itself)
    return tok.is_cap and not any(c.isdigit() for c in low) and zipf(low, "en") >= COMMON_ZIPF and \
        low not in lex.first_names and given_name_gender(low) is None


def en_title_domain(tokens: list[Token], i: int, lex: Lexicon) -> bool:
    """Whether the capitalised run at `i` follows an English title and its "of"/"for" domain ("Minister of
    Minerals and …", "Justice of Appeal …"), read back over the domain's common words and links."""
    k, linked = i - 1, False
    while k >= 0 and i - k <= 8:
        low = tokens[k].lower
        if low in ("of", "for"):
            linked = True
        elif low not in DOMAIN_LINKS and not _domain_word(tokens[k], lex):
            break
        if linked and k >= 1 and tokens[k - 1].is_cap and _singular(tokens[k - 1].lower) in lex.titles:
            return True  # (a title of the name words' list: "Minister", "Secretary", "Justice", "Director")
        k -= 1
    return False


def _after_domain_words(parts: list[Token], lex: Lexicon) -> list[Token]:
    """The words of a run after its leading domain words and links: the title holder's name, if any; a name
    keeps two words ("… and Rural Affairs Pita X": a given name may be a common word too)."""
    k = 0
    while k < len(parts) and (parts[k].lower in DOMAIN_LINKS or _domain_word(parts[k], lex)):
        k += 1
    if k == len(parts):
        return []  # a domain and no name: "Minister for Trade and Industry"
    if len(parts) - k < 2 and k >= 1 and parts[k - 1].lower not in DOMAIN_LINKS:
        k -= 1
    return parts[k:]


def _person_after_acronym(tokens: list[Token], j: int, ok, lang: str) -> bool:
    """Two rare capitalised words after an acronym are a person's name, not the rest of the acronym's."""
    if j + 1 >= len(tokens) or not (ok(j) and ok(j + 1)) or tokens[j].is_acronym or tokens[j + 1].is_acronym:
        return False
    return all(zipf(tokens[k].bare.lower(), lang) < 3.0 for k in (j, j + 1))


FR_COMPLEMENT_LINKS = frozenset({"de", "du", "des", "d'", "d’", "la", "l'", "l’"})


def _person_after_complement(tokens: list[Token], i: int, j: int, parts: list[Token], ok, lex: Lexicon) -> bool:
    """A French role's complement ("de la Creuse", "du Medef") read as a name, then a given name the lexicon
    knows and one more capitalised word: the complement ends, the person's name starts."""
    if i == 0 or tokens[i - 1].lower not in FR_COMPLEMENT_LINKS or j + 1 >= len(tokens) or not ok(j) or \
            not ok(j + 1) or tokens[j].is_acronym:
        return False
    first = fold(tokens[j].bare.split("-")[0])
    return first in lex.first_names and not any(fold(p.bare.split("-")[0]) in lex.first_names for p in parts)


PAST_FORMS_EN = WORD_LISTS["past_tense_en"]  # "Moody's said": a verb after the name, not a possessive's noun
# What may follow a name whose "'s" is part of it ("Moody's said", "McDonald's, the chain,"), not a possessive.
AFTER_NAME = function_words("after_name") | {",", ".", ";", ":", ")", "(", "!", "?", "—", "–"}


def _possessive_in_name(parts: list[Token], tokens: list[Token], j: int, lex: Lexicon) -> bool:
    """Whether a name's final "'s" belongs to it: French has no such possessive; in English the name is
    followed by a verb or punctuation, not by the noun a possessive would need."""
    last = parts[-1]
    if not last.text.endswith(("'s", "’s")):
        return False
    if lex.lang == "fr":
        return True
    if j >= len(tokens):
        return True
    after = tokens[j]
    if after.text in ("\u201c", "\u201d", '"', "\u00ab", "\u00bb") or after.text == "\u201cQ\u201d":
        return True
    if after.lower in AFTER_NAME:
        return True
    cue = lex.cue_forms.get(after.lower)
    if cue is not None and cue.form in ("finite", "participle") and not after.is_cap and \
            (cue.form == "participle" or after.lower.endswith(("s", "ed")) or after.lower in PAST_FORMS_EN):
        return True  # "Moody's said", "Moody's warns"; not "Sri Lanka's state power utility" (a bare noun form)
    # "Moody's cut the rating": a lowercase word then a determiner is a verb and its object
    return after.is_word and not after.is_cap and j + 1 < len(tokens) and \
        tokens[j + 1].lower in ("the", "a", "an", "its", "their", "his", "her", "this", "that", "some", "no")


# before a capitalised run, a word that makes its first word a complement's name: "du Monde Marc Vidal"
OWNER_LINKS = frozenset({"of", "from", "at", "the", "de", "du", "des", "d'", "d’", "le", "la", "l'", "l’"})


def _name_mention(parts: list[Token], i: int, j: int, lex: Lexicon, sentence_start: bool,
                  source: str, tokens: list[Token], particle: bool = False,
                  whole_possessive: bool = False) -> Mention | None:
    """The name in a capitalised sequence, its honorific and gender, and the titles written with it."""
    # how the words split into titles and a name depends on the words alone and three facts about their place
    # (a name recurs, in a text and across texts): memoised per lexicon
    split = memoised(lex, _name_split, tuple([p.text for p in parts]), sentence_start,
                     i > 0 and tokens[i - 1].lower in OWNER_LINKS, particle)
    if split is None:
        return None
    first, last, gender, head, definite = split
    name = parts[first:last]
    keep = whole_possessive and last == len(parts)
    words = [p.bare if p is name[-1] and not keep else p.text for p in name]
    start, end = parts[0].start, name[-1].end
    if name[-1].possessive and not keep:
        end = name[-1].end - 2 if name[-1].text.endswith(("'s", "’s")) else name[-1].end - 1
    if definite:
        words = [parts[0].text] + words
    tok_end = i + 1
    while tokens[tok_end - 1].end != name[-1].end:  # (the name's last word is among tokens i..j-1)
        tok_end += 1
    m = Mention("name", start, end, source[start:end], i, tok_end, gender=gender,
                possessive=name[-1].possessive and not keep, words=tuple(words))
    m.name_span = (name[0].start, end)
    m.head = head
    m.definite = definite
    return m


def _name_split(lex: Lexicon, texts: tuple[str, ...], sentence_start: bool, owner_before: bool,
                particle: bool) -> tuple[int, int, str | None, str, bool] | None:
    """`_name_mention`'s reading of the words `texts`: (first, last, gender, head, definite), the name being
    words first..last-1; None when they name nobody. `owner_before`: a word of OWNER_LINKS precedes them."""
    parts = [Token(text, 0, len(text)) for text in texts]
    gender = None
    titles: list[str] = []
    k = 0
    definite = addressed = False
    while k < len(parts) - 1:
        low = parts[k].lower.rstrip(".")
        if lex.lang == "fr" and k > 0 and parts[k - 1].lower in ADDRESSES and len(parts) - k >= 2:
            addressed = True
            break  # after "M." or "Mme", a title word is a given name: "M. Pape Mademba Diop", "Mme Reine Mbarga"
        if low in lex.honorifics or low + "." in lex.honorifics:
            gender = gender or lex.honorifics.get(low, lex.honorifics.get(low + "."))
            if low in ("me", "maître"):
                titles.append("avocat")  # "Me Clayton Ruby": a lawyer
            elif lex.lang == "fr" and low in FR_TITLE_ROLES:
                titles.append(FR_TITLE_ROLES[low])  # "le Dr Simon Tremblay … le médecin", "Mgr X … le prélat"
            k += 1
        elif (_is_title(low, lex) and not _lone_qualifier(parts, k, lex) or
              low in lex.nationalities and _title_follows(parts, k + 1, lex)) and not _body_name(parts, lex):
            titles.append(EN_TITLE_ROLES.get(low, low) if lex.lang == "en" else low)  # "Cr X … the councillor"
            gender = gender or role_gender(low, lex)[1]
            k += 1
        elif low in ARTICLES and k == 0 and not particle and lex.lang == "fr" and len(parts) > 2 and \
                parts[1].lower.rstrip(".") in lex.honorifics:
            k += 1  # "le Dr Simon Tremblay", "le Pr X": the article goes with the title, the name is a person's
        elif low in ARTICLES and k == 0 and not particle:
            definite = True
            k += 1
            break
        else:
            break
    name = parts[k:]
    if len(name) >= 3 and name[0].is_acronym and not any(p.is_acronym for p in name[1:]) and \
            not any(fold(p.bare) in lex.org_words for p in name[1:]) and name[1].lower not in NAME_OF:
        titles.append(name[0].lower)  # "l'ONU Ban Ki-moon"
        name = name[1:]
    lowers = [p.lower for p in name]
    organisation = not ORG_PREPOSITIONS.isdisjoint(lowers) or \
        not ORG_CONNECTORS.isdisjoint(lowers) and any(fold(p.bare) in lex.org_words for p in name) or \
        len(name) > 1 and _body_name(parts, lex)
    # "Brussels MP Emmanuel De Bock", "Google Inc Chief Financial Officer Patrick Pichette"
    last_title = None if organisation or len(name) < 2 else \
        max((t for t in range(int(addressed), len(name) - 1) if _is_title(name[t].lower.rstrip("."), lex)
             and not _lone_qualifier(name, t, lex) and any(p.is_cap and not p.is_acronym for p in name[t + 1:])),
            default=None)
    if last_title is not None:
        titles += [p.lower for p in name[:last_title + 1]]
        gender = gender or role_gender(name[last_title].lower, lex)[1]
        name = name[last_title + 1:]
    # A known given name further in starts the name: "Sportsman Jhonathan Florez", "d'Obama Jim Messina"; not a
    # body's word that is a given name too, in a name that ends in a body's noun ("Marshall Islands Marine
    # Resources Authority") or that a body's noun governs ("the Institute of Marine Sciences").
    body_end = lex.lang == "en" and len(name) > 2 and is_org_noun(name[-1].bare, lex)
    for m in range(1, 1 if body_end else len(name)):
        if lex.lang == "en" and m >= 2 and name[m - 1].lower in ORG_PREPOSITIONS and is_org_noun(name[m - 2].bare, lex):
            continue
        if fold(name[m].text.split("-")[0]) in lex.first_names and \
                (sentence_start and m == 1 and (len(name) > 2 or is_role(name[0].bare.lower(), lex)) or
                 len(name) - m >= 2 and not name[m - 1].lower in NAME_CONNECTORS and
                 any(_is_title(p.lower, lex) or is_role(p.bare.lower(), lex) or p.is_acronym or p.possessive or
                     "'" in p.text or "’" in p.text or fold(p.bare) in lex.org_words or p.bare.lower() in lex.places
                     or p.bare.lower() in lex.nationalities for p in name[:m]) or
                 len(name) - m >= 2 and owner_before or
                 all(fold(p.bare) in lex.org_words or _is_title(p.lower, lex)
                     or p.lower in lex.nationalities for p in name[:m])):
            titles += [p.lower for p in name[:m]]
            name = name[m:]
            break
    if sentence_start and not titles and _common_word_before_rare_name(name, lex):
        titles.append(name[0].lower)  # "Vicar Sixten Lindqvist-Aho said": an unlisted role noun, then a name
        gender = gender or role_gender(name[0].lower, lex)[1]
        name = name[1:]
    while len(name) > 1 and (name[-1].lower in lex.titles and name[-1].is_acronym):
        name = name[:-1]  # "Andrew Edis QC", "Titan CEO"
    while name and not name[0].is_cap:
        name = name[1:]
    if not name:
        return None
    bares = [p.bare.lower() for p in name]
    if all(b in lex.nationalities or b in lex.titles for b in bares):
        return None
    if all(p.lower.rstrip(".") in lex.honorifics or p.lower.rstrip(".") + "." in lex.honorifics for p in name):
        return None  # "Mr" alone is a form of address, not a name
    if len(name) == 1 and len(name[0].bare) == 1:
        return None
    # ("…, The Scotsman reported": a capitalised "The" within a sentence makes a title of a role noun)
    if all(is_role(b, lex) for b in bares) and not (definite and not sentence_start and lex.lang == "en"):
        return None  # "Lawyer Maintains", "Minister Says" in a title-case headline
    first = next(k for k, p in enumerate(parts) if p is name[0])
    return first, first + len(name), gender, " ".join(titles), definite


def _common_word_before_rare_name(name: list[Token], lex: Lexicon) -> bool:
    """An English sentence that opens with a common word, capitalised only by its place, then two or more words
    that are rare in the language, none a body's or a place's: a role noun the lexicon does not list before a
    person's name ("Guide Odeh al-Nawafleh", "Vicar Sixten Pekkari-Lindmark"); not "Human Rights Watch" (common
    words follow), "Lake Titicaca Basin" (a place's word) nor "Rose Nkosi Mabena" (a given name first)."""
    if lex.lang != "en" or len(name) < 3 or not name[0].is_word or "-" in name[0].text:
        return False
    first = name[0].lower
    if not _occupation_word(first) or fold(first) in lex.first_names or fold(first) in lex.org_words or \
            first in lex.places or first in lex.nationalities or first in NAME_CONNECTORS or first in ARTICLES:
        return False
    return all((p.is_cap or _particle_name(p.text)) and not p.is_acronym and zipf(p.bare.lower(), "en") < COMMON_ZIPF and
               fold(p.bare) not in lex.org_words and p.bare.lower() not in lex.places for p in name[1:])


TITLE_AGENT_ENDINGS = ("ier", "eer", "er", "or", "ist", "man", "woman")  # "haulier", "auctioneer", "farrier"
RARE_WORD_ZIPF = 1.0  # an English word at all, however rare, not a name the word lists lack


def _occupation_word(low: str) -> bool:
    """A word that may be a role noun written as a title: a common one ("Vicar", "Guide"), or a rare one shaped as
    an agent noun ("Haulier", "Hotelier", "Farrier")."""
    frequency = zipf(low, "en")
    return frequency >= COMMON_ZIPF or frequency >= RARE_WORD_ZIPF and low.endswith(TITLE_AGENT_ENDINGS)


def _body_name(parts: list[Token], lex: Lexicon) -> bool:
    """ "the Interior Ministry", "U.S. Commerce Department": a body's domain words are its name, not titles."""
    return parts[-1].lower in lex.org_words and body_name([p.text for p in parts])  # (the cheap test first)


def _is_title(low: str, lex: Lexicon) -> bool:
    try:  # (the memo read here, as in role_gender)
        return lex.memo[_title_word, low]
    except KeyError:
        return memoised(lex, _title_word, low)


def _title_word(lex: Lexicon, low: str) -> bool:
    if low in lex.titles or low + "." in lex.titles or is_role(low, lex):
        return True
    # "secretary-general", "vice-chairperson", "director-general"
    return "-" in low and len(low) > 3 and any(_is_title(part, lex) for part in low.split("-") if len(part) > 2)


def _lone_qualifier(parts: list[Token], k: int, lex: Lexicon) -> bool:
    """A word that makes a title only before one ("Lance Corporal", "Major General"), with none after it: the
    start of a name ("Lance Armstrong", "Major League Baseball")."""
    low = parts[k].lower.rstrip(".")
    if low not in TITLE_QUALIFIERS and low + "." not in TITLE_QUALIFIERS:
        return False
    return k + 1 >= len(parts) or not _is_title(parts[k + 1].lower.rstrip("."), lex) or \
        _lone_qualifier(parts, k + 1, lex)  # "U.S. Health Department"


def _title_follows(parts: list[Token], k: int, lex: Lexicon) -> bool:
    while k < len(parts) - 1:
        low = parts[k].lower.rstrip(".")
        if low in lex.titles or is_role(low, lex):
            return True
        if low not in lex.nationalities:
            return False
        k += 1
    return False


# ---------------------------------------------------------------- entities


def _name_kind(lex: Lexicon, key: tuple) -> str:
    """`names.name_kind(*key)` (the lexicon only keys the memo: `Registry._kind`)."""
    return name_kind(*key)


DESCRIPTION_WORD = re.compile(r"[\w.\-'’]+")  # the words of a description (Registry.describe)
ELIDED_LOWER = re.compile(r"^[ld]['’](?=\w)")  # an elided article before a described word ("l'avocat")
ELIDED_CAP = re.compile(r"^[LlDd]['’](?=[A-ZÀ-Ý])")  # an elided article glued to a name's word ("L'Union")


class Registry:
    """The people and organisations of one document, linked across their mentions."""

    def __init__(self, lex: Lexicon):
        self.lex = lex
        self.entities: list[Entity] = []
        self._by_token: dict[str, list[Entity]] = {}  # a folded name word (current or former) -> entities
        self._by_word: dict[str, dict[int, Entity]] = {}  # the same, and each made singular (by id)
        self._by_role: dict[str, dict[int, Entity]] = {}  # a role class an entity is described with (by id)
        self._order: dict[int, int] = {}  # id(entity) -> its index in `entities`
        # (position, entity index, role) of every mention, in order: who is named where, found by bisection
        self.positions: list[tuple[int, int, str]] = []
        # (English) id(acronym's entity) -> the entity of the full name it was written after in brackets
        self.expansions: dict[int, Entity] = {}

    def link(self, mention: Mention, role: str = "other", title_kind: str | None = None,
             upgrade: bool = True) -> Entity:
        words = list(mention.words)
        folded = [fold(w) for w in words if w.lower() not in ARTICLES] or [fold(w) for w in words]
        kind_words = words
        if self.lex.lang == "fr" and words and ELIDED_CAP.match(words[0]) and \
                is_org_noun(words[0][2:].lower(), self.lex):
            kind_words = [words[0][2:]] + words[1:]  # "L'Association québécoise des retraités": a body's word
        kind = title_kind or self._kind((tuple(kind_words), mention.gender is not None, bool(mention.head),
                                         mention.definite))
        if kind == "unknown" and self.lex.lang == "fr" and fr_tokens_gender(words, self.lex):
            kind = "person"  # "Mylène Ouellet-Bérubé": a given name the lexicon lacks, of a gendered form
        entity = self._match(folded, mention.start, mention.gender if self.lex.lang == "en" else None)
        if entity is not None and entity.kind == "org" and kind == "person" and mention.gender in ("m", "f") and \
                len(folded) < len(entity.folded):
            entity = None  # "Mr Palmer" is a person, not the "Palmer United Party" his name is part of
        if entity is not None and len(folded) != len(entity.folded) and (
                {entity.kind, kind} == {"place", "org"} or
                role == "subject" and kind != "person" and entity.kind in ("unknown", "place") and
                len(folded) > len(entity.folded) and folded[0] == entity.folded[0] and
                all(r == "oblique" for _, r in entity.mentions)):
            entity = None  # "in Cambridge … Cambridge Water said": a body named after its town is not the town
        if entity is None:
            entity = Entity(list(words), kind, first_pos=mention.start)
            self._order[id(entity)] = len(self.entities)
            self.entities.append(entity)
            self._index(entity)
        else:
            if upgrade and len(words) > len(entity.tokens) and kind != "org":
                last = entity.folded[-1]
                folded_words = [fold(w) for w in words]
                if last in folded_words:  # "Aretha Franklin Back on Stage": keep "Aretha Franklin"
                    words = words[:len(folded_words) - folded_words[::-1].index(last)]
                if len(words) > len(entity.tokens):
                    entity.rename(words)
                    self._index(entity)
            if entity.kind == "unknown" and kind != "unknown":
                entity.kind = kind
            if entity.kind in ("unknown", "place") and kind == "person" and (mention.gender or mention.head):
                entity.kind = "person"
        if mention.gender and entity.gender is None:
            entity.gender = mention.gender
        if entity.gender is None and entity.kind in ("person", "unknown"):
            first = fold(entity.tokens[0].split("-")[0])
            if len(entity.tokens) > 1 and first in self.lex.first_names:
                entity.gender = self.lex.first_names[first]
        if mention.head:
            self.describe(entity, mention.head)
        bisect.insort(entity.mentions, (mention.start, role))
        bisect.insort(self.positions, (mention.start, self._order[id(entity)], role))
        mention.entity = entity
        return entity

    def _kind(self, key: tuple) -> str:
        # name_kind depends on its arguments alone, and a name recurs, in a text and across texts
        return memoised(self.lex, _name_kind, key)

    def _index(self, entity: Entity) -> None:
        for token in entity.folded:
            bucket = self._by_token.setdefault(token, [])
            if entity not in bucket:
                bucket.append(entity)
            self._by_word.setdefault(token, {})[id(entity)] = entity
            self._by_word.setdefault(_singular(token), {})[id(entity)] = entity

    def order_of(self, entity: Entity) -> int:
        """Where `entity` is in `self.entities`: the order ties between entities are broken in."""
        return self._order[id(entity)]

    def in_order(self, entities) -> list[Entity]:
        """`entities` (of this registry) once each, in the order of `self.entities`."""
        return [self.entities[k] for k in sorted({self._order[id(e)] for e in entities if id(e) in self._order})]

    def named_between(self, lo: int, hi: int) -> list[Entity]:
        """The entities mentioned at a position in [lo, hi), in registry order."""
        i = bisect.bisect_left(self.positions, (lo, -1, ""))
        j = bisect.bisect_left(self.positions, (hi, -1, ""))
        return [self.entities[k] for k in sorted({k for _, k, _ in self.positions[i:j]})]

    def mentions_from(self, lo: int):
        """(position, entity, role) of the mentions at or after `lo`, in order (registry order at one position)."""
        for k in range(bisect.bisect_left(self.positions, (lo, -1, "")), len(self.positions)):
            p, index, role = self.positions[k]
            yield p, self.entities[index], role

    def described_as(self, role_class: str) -> list[Entity]:
        """The entities with a description that has `role_class` among its words or as its head."""
        return list(self._by_role.get(role_class, {}).values())

    def with_word(self, word: str) -> list[Entity]:
        """The entities whose folded name has (or had) `word` as a word, as is or made singular."""
        return list(self._by_word.get(word, {}).values())

    def _match(self, folded: list[str], pos: int, gender: str | None = None) -> Entity | None:
        best, best_pos = None, -1
        candidates = {id(e): e for t in folded for e in self._by_token.get(t, ())}
        for entity in candidates.values():
            mine = entity.folded
            if gender in ("m", "f") and entity.gender in ("m", "f") and entity.gender != gender and \
                    len(folded) < len(mine):
                continue  # "Mr Fenlon" is not "Ashleigh Fenlon", but her father "Darren Fenlon"
            if folded == mine or self._short_form(folded, mine) or self._short_form(mine, folded) or \
                    self.lex.lang == "en" and len(folded) == 1 and len(mine) == 2 and folded[0] == mine[-1] and \
                    mine[0] in self.lex.first_names:  # "Park" for "Helen Park", whatever the surname's word
                if len(folded) == 1 and len(mine) > 1 and folded[0] not in (mine[-1], mine[0]):
                    continue
                last = entity.last_pos
                if last > best_pos:
                    best, best_pos = entity, last
        return best

    def _short_form(self, short: list[str], full: list[str]) -> bool:
        """ "Ushakov" for "Yuri Ushakov", "Frontier" for "Frontier Airlines", not "Nevada" for "ACLU of Nevada"."""
        if not _contains(full, short):
            return False
        if any(w in ("of", "for", "on") for w in full) or \
                any(w in ORG_CONNECTORS for w in full) and any(w in self.lex.org_words for w in full):
            return False
        if any(w in self.lex.org_words for w in full) and \
                not (full[0] in self.lex.first_names and not any(w in self.lex.org_words for w in full[1:])):
            # (but "June Corteen", "May Lam": a given name that is also a month starts a person's name)
            return full[:len(short)] == short and all(w in self.lex.org_words for w in full[len(short):])
        return not any(w in self.lex.places for w in short)

    def describe(self, entity: Entity, text: str) -> None:
        written = [_strip_possessive(ELIDED_LOWER.sub("", w))
                   for w in DESCRIPTION_WORD.findall(text.lower()) if w not in DETERMINERS and w not in PREPOSITIONS]
        words = [_singular(w) for w in written]
        heads = [w for w in words if is_role(w, self.lex) or is_org_noun(w, self.lex)]
        if not heads and any(w in self.lex.titles and w not in self.lex.nationalities and len(w) > 3 for w in words):
            heads = [w for w in words if w in self.lex.titles]  # "le capitaine du Celtic Glasgow"
        if not heads:
            return
        g = None
        for w, h in zip(written, words):  # the gender as written: "directrice", not its class "directeur"
            if h in heads:
                g = g or role_gender(w, self.lex)[1] or role_gender(h, self.lex)[1] or \
                    (_fr_form_gender(w, self.lex) if " " in text.strip() else None)  # (not "Me"'s "avocat")
        low = text.lower()
        # "l'adjoint au budget, Michele X": a masculine whose feminine adds an "e" (adjointe, avocate, présidente)
        # is a man's, as a French paper writes the feminine for a woman; it outweighs the given name's ending (not
        # an "-eur", used for women too: "l'entraîneur du club, Baptistine X")
        marked_m = self.lex.lang == "fr" and " " in text.strip() and \
            any(h in heads and not w.endswith(("e", "eur")) and role_gender(w + "e", self.lex)[1] == "f"
                for w, h in zip(written, words))
        g = "m" if g is None and marked_m else g
        if self.lex.lang == "fr" and g is None and re.match(r"(la|une|cette|sa)\s", low) and \
                any(h in FR_GENDERED_BY_ARTICLE for h in heads):  # ("sa porte-parole": "sa" only before "elle")
            g = "f"
        if g == "m" and self.lex.lang == "fr" and not marked_m and fr_form_gender(entity, self.lex) == "f" and \
                FR_DETERMINER_GENDER.get(low.split()[0] if low.split() else "") != "m":
            g = None  # "l'entraîneur du club, Baptistine X": a French masculine role is also a woman's (not after
            # a determiner that says "le": "Le préfet de la Ouaka, Gervais X")
        if self.lex.lang == "fr" and g is None and entity.gender is None and entity.kind in ("person", "unknown") and \
                re.match(r"(le|un|ce|cet)\s", low) and \
                any(is_role(h, self.lex) and not is_org_noun(h, self.lex) for h in heads[:1]):
            entity.gender = "m"  # "le chef de mission de l'ONG, Issiaka X": a noun of one form says "il" by its
            # article, where nothing else (a given name the lexicon knows) gave a gender; "la" is read above
        if g and entity.kind in ("person", "unknown") and (entity.gender is None or self._name_gender_only(entity, g) or
                                                           self._fr_written_gender(entity, g, text)):
            entity.gender = g  # "spokeswoman Kim Dara": the role the text gives outweighs the given name's usual gender
        if entity.kind == "unknown" and any(is_role(h, self.lex) and not is_org_noun(h, self.lex) for h in heads):
            entity.kind = "person"
        elif entity.kind == "unknown" and all(is_org_noun(h, self.lex) and not is_role(h, self.lex) for h in heads):
            entity.kind = "org"  # "Moody's, the ratings agency"
        head = heads[-1] if self.lex.lang == "en" else heads[0]
        entity.descriptions.append((frozenset(words), head, text))
        for key in {_role_class(w) for w in words} | {_role_class(head)}:
            self._by_role.setdefault(key, {})[id(entity)] = entity

    def describe_age(self, entity: Entity, age: str) -> None:
        """ "Sinéad Farrelly, 45, …": the entity is "the 45-year-old" the text may call her later."""
        word = age + "-year-old"
        entity.descriptions.append((frozenset({word}), word, word))
        self._by_role.setdefault(word, {})[id(entity)] = entity

    def _name_gender_only(self, entity: Entity, g: str) -> bool:
        """In English, the entity's gender is other than `g` and only its given name's usual one."""
        first = fold(entity.tokens[0].split("-")[0]) if entity.tokens else ""
        return self.lex.lang == "en" and entity.gender != g and len(entity.tokens) > 1 and \
            self.lex.first_names.get(first) == entity.gender

    def _fr_written_gender(self, entity: Entity, g: str, text: str) -> bool:
        """ "son président, Jocelyn Payet": in French, a role written in the text (not a title's class, "Me" →
        "avocat") outweighs the given name's usual gender, as in English."""
        first = fold(entity.tokens[0].split("-")[0]) if entity.tokens else ""
        return self.lex.lang == "fr" and " " in text.strip() and entity.gender != g and len(entity.tokens) > 1 and \
            self.lex.first_names.get(first) == entity.gender

    def find(self, words: list[str]) -> Entity | None:
        return self._match([fold(w) for w in words], 1 << 60)


ROLE_CLASSES = {
    "barrister": "lawyer", "attorney": "lawyer", "solicitor": "lawyer", "counsel": "lawyer", "avocat": "lawyer",
    "avocate": "lawyer", "lawyer": "lawyer", "ceo": "ceo", "pdg": "ceo", "p.-d.g.": "ceo", "chief executive": "ceo",
    "spokesman": "spokesperson", "spokeswoman": "spokesperson", "porte-parole": "spokesperson",
    "minister": "minister", "ministre": "minister", "président": "president", "présidente": "president",
    "député": "mp", "députée": "mp", "lawmaker": "mp", "legislator": "mp", "mp": "mp",
    "adviser": "adviser", "advisor": "adviser", "aide": "adviser", "conseiller": "adviser", "conseillère": "adviser",
    "journal": "newspaper", "quotidien": "newspaper", "daily": "newspaper", "paper": "newspaper",
    "judge": "judge", "recorder": "judge", "magistrate": "judge", "coach": "manager", "manager": "manager",
    "boss": "manager", "captain": "captain", "skipper": "captain", "capitaine": "captain",
}


# French role nouns whose article, not their form, tells the person's gender ("la ministre").
FR_GENDERED_BY_ARTICLE = SPEAKER_WORDS["fr_gendered_by_article"]
MEDIA_NOUNS = WORD_LISTS["media_nouns"]
LEGAL_DOCUMENTS = WORD_LISTS["legal_documents"]
GENERIC_PERSONS = WORD_LISTS["generic_persons"]
DOCUMENT_NOUNS = SPEAKER_WORDS["document_nouns"]
FR_RULING_NOUNS = SPEAKER_WORDS["fr_ruling_nouns"]


# endings of nouns for people by what they do ("creator", "organiser", "novelist", "éditeur", "rédactrice")
AGENT_ENDINGS = ("tor", "ator", "iser", "izer", "ist", "ian", "eur", "euse", "rice", "iste", "ienne")


def _other_kind_of_body(entity: Entity, head: str, lex: Lexicon) -> bool:
    """ "The company said" after "the European Commission": a body whose name holds another body noun than
    the description's head (compared by stem, across languages: "agence" / "Agency") is not what it describes."""
    if _singular(head) in DOCUMENT_NOUNS or _singular(head) in MEDIA_NOUNS:
        return False
    kind = _body_class(head)
    nouns = [t for t in entity.tokens if t[:1].isupper() and is_org_noun(t, lex)]
    if not nouns and entity.tokens and all_caps(entity.tokens[-1]):  # an acronym: what its full name says
        nouns = [h for _, h, _ in entity.descriptions if h and is_org_noun(h, lex) and not is_role(h, lex)]
    return bool(nouns) and all(_body_class(n) != kind for n in nouns)


def _introduced_as_other_body(entity: Entity, head: str, lex: Lexicon) -> bool:
    """ "L'association One Voice": a body its own description gave another body noun than `head`."""
    if _singular(head) in DOCUMENT_NOUNS or _singular(head) in MEDIA_NOUNS:
        return False
    heads = [h for _, h, _ in entity.descriptions if h and is_org_noun(h, lex) and not is_role(h, lex)]
    return bool(heads) and all(_body_class(h) != _body_class(head) for h in heads)


FR_NAME_LINKS = frozenset({"et", "de", "du", "des"})


def _fr_with_class_noun(m: Mention, name: str, lex: Lexicon) -> str:
    """ "le cabinet Nielsen", "le collectif Riposte alimentaire": a French body is named with the noun of its
    kind that the clause puts before its name (a newspaper's and an acronym's name stand alone: "le journal
    The Star", "l'entreprise DCNS")."""
    at = m.text.find(name)
    head = _strip_possessive(m.head.lower()) if m.head else ""
    if at <= 0 or not head or _singular(head) in MEDIA_NOUNS or all_caps(name.split()[0]):
        return name
    before = m.text[:at].lower().replace("’", "'").split()
    if not before or before[0] not in ARTICLES and not before[0].startswith(("l'", "d'")) or \
            any(w in PREPOSITIONS or w in NP_CONNECTORS for w in before[1:]):
        return name  # "la filiale de Cogeco": another body's name
    rest = m.text[at + len(name):].split()
    if all(w[:1].islower() and w not in PREPOSITIONS and w not in FR_NAME_LINKS for w in rest):
        return m.text  # its lower-case words after the name too: "Riposte alimentaire"
    return m.text[:at + len(name)]


# words for a business, one kind of body whichever is used ("Nordex Group … the company")
COMPANY_NOUNS = frozenset(fold(str(w)) for w in load_yaml("speaker_lexicon")["company_nouns"])


COMPLEMENT_LINKS = frozenset({"of", "for", "to", "de", "du", "des", "auprès"})  # _complement_nouns


def _complement_words(text: str, head: str) -> set[str]:
    """The content words of a description's complement ("santé" in "le ministère de la Santé", none in "l'agence
    britannique"): what tells one body or person of that kind from another."""
    words = [w for w in re.split(r"[^\w-]+", fold(text.lower())) if w]
    at = next((k for k, w in enumerate(words) if _singular(w) == fold(head)), None)
    if at is None:
        return set()
    link = next((k for k in range(at + 1, len(words)) if words[k] in ("de", "du", "des", "d")), len(words))
    return {w for w in words[link + 1:] if w not in FUNCTION_WORDS and w not in PREPOSITIONS and
            w not in DETERMINERS and len(w) > 1}


def _complement_nouns(text: str) -> set[str]:
    """The nouns of a description's complement ("the lawyer for the defendant", "le père du joueur"): someone else,
    whom a later "the defendant", « le joueur » names; not the person described."""
    words = [w.strip(".,;:") for w in text.lower().replace("’", "'").split()]
    link = next((i for i, w in enumerate(words) if i > 0 and (w in COMPLEMENT_LINKS or w.startswith("d'"))), None)
    return {_role_class(_singular(w.split("'")[-1])) for w in words[link:]} if link is not None else set()


def _spoken_for(entity: "Entity", head: str) -> bool:
    """Whether the entity was described by its relation to someone a description with this head names ("the lawyer
    for the defendant", « la fille de la victime »): the defendant, the victim, is someone else."""
    return any(head in _complement_nouns(text) for _, _, text in entity.descriptions)


def _noun_stem(word: str) -> str:
    return fold(_singular(word.lower()))[:5]


def _body_class(word: str) -> str:
    folded = fold(_singular(word.lower()))
    return "company" if folded in COMPANY_NOUNS else folded[:5]


ACRONYM_TAIL = re.compile(r"\s*\(\s*[\w.&’'-]*[A-Z][\w.&’'-]*[A-Z][\w.&’'-]*\s*\)$")


def _without_acronym(text: str) -> str:
    """ "the Statistics Institute (SI)" -> "the Statistics Institute": a parenthesised acronym restating a name."""
    if not text.endswith(")"):
        # "l'agence régionale de santé (ARS) Grand Est": an acronym set in the name, before the rest of it
        return ACRONYM_INSIDE.sub("", text) if "(" in text else text
    return ACRONYM_TAIL.sub("", text) or text


ACRONYM_INSIDE = re.compile(r"\s\((?:[A-Z][A-Za-z&-]{0,2})?[A-Z]{2,8}\)(?=\s)")


def _complemented(m: Mention) -> bool:
    """A description that names its body by a complement ("le ministère de la Santé", "the senator's office",
    "L'entourage du sénateur"), not an anaphor ("the ministry") of the body last named."""
    words = [w.lower() for w in m.words]
    head = m.head.lower()
    if head not in words:
        return False
    at = words.index(head)
    after = words[at + 1:at + 3]
    # a definite complement identifies ("du sénateur", "of the senator"); a bare one classifies ("le club de
    # Ligue 1", "l'agence d'espionnage") and leaves the description an anaphor
    return bool(after) and (after[0] in ("du", "des") or after[0] in ("of", "de") and after[1:2] and
                            after[1] in ARTICLES) or any(w.endswith(("'s", "’s")) for w in words[:at])


def _fr_qualified_body(m: Mention) -> bool:
    """ "l'agence régionale de santé", "la chambre régionale des comptes": a French body's noun, an adjective, then
    a complement, the whole a body's own name written in small letters, not an anaphor of the body named last
    ("l'agence sanitaire", "le groupe": no complement)."""
    words = [w.lower() for w in m.words]
    head = m.head.lower()
    at = words.index(head) if head in words else len(words)
    return len(words) >= at + 4 and words[at + 1] not in FR_DE_FORMS and words[at + 1] not in ARTICLES and \
        words[at + 2] in FR_DE_FORMS


FR_DE_FORMS = frozenset({"de", "d'", "d’", "du", "des"})  # what joins a French noun to its complement


def _possessed(m: Mention) -> bool:
    """A description whose head has a possessor before it: "Charlie's mother", "his lawyer"."""
    words = [w.lower() for w in m.words]
    head = m.head.lower()
    at = words.index(head) if head in words else len(words)
    return any(w.endswith(("'s", "’s", "s'", "s’")) or w in ("his", "her", "their") for w in words[:at])


def _described_otherwise(entity: "Entity", head: str) -> bool:
    """ "Local channel ABC showed … The airport also stated": a body described with another noun."""
    mine = _role_class(_singular(_strip_possessive(head.lower())))
    heads = [_role_class(_singular(_strip_possessive(h.lower()))) for _, h, _ in entity.descriptions if h]
    return bool(heads) and mine not in heads


@lru_cache(maxsize=None)
def role_groups_fr() -> dict[str, frozenset]:
    """Each role word of role_anaphors_fr (a group's key or member) with the keys of the groups it belongs to."""
    groups: dict[str, frozenset] = {}
    for key, words in load_yaml("role_anaphors_fr").items():
        for word in {str(key)} | {str(w) for w in words}:
            groups[word] = groups.get(word, frozenset()) | {str(key)}
    return groups


def fr_role_clash(entity: "Entity", head: str, lex: "Lexicon") -> bool:
    """ "le délégué CFDT, Franck Rey-Giraud … Le ministre de l'Industrie a promis": a French role description
    that shares no group of role_anaphors_fr with any role the person was introduced with ("le paléontologue X
    … le scientifique" share one) stands for somebody else; a role the file does not list decides nothing."""
    mine, groups = _singular(_strip_possessive(head.lower())), role_groups_fr()
    if lex.lang != "fr" or mine not in groups or is_org_noun(mine, lex):
        return False
    roles = {h for _, h, _ in entity.descriptions if h and is_role(h, lex) and not is_org_noun(h, lex)}
    if not roles or any(r not in groups for r in roles):
        return False
    words = set().union(*(w for w, _, _ in entity.descriptions))
    return mine not in words and _role_class(mine) not in {_role_class(r) for r in roles} and \
        not any(groups[r] & groups[mine] for r in roles)


FR_TRADE_ENDINGS = tuple(SPEAKER_WORDS["fr_trade_endings"])  # "le promoteur", "l'ostréicultrice"


def fr_unlisted_role_clash(entity: "Entity", head: str, lex: "Lexicon") -> bool:
    """ "sa présidente, Line X … Le promoteur se dit « surpris »": a French person introduced with a role, and a
    definite description whose noun names another trade or office (an agent's "-eur", a noun with a feminine:
    "prévenu", "avocat"; not an epithet such as "la star", "le socialiste"), where role_anaphors_fr lists
    neither noun with the other (fr_role_clash decides where it lists both): somebody else. A noun that only
    says what the person is ("l'homme", "la sexagénaire") decides nothing."""
    mine = _singular(_strip_possessive(head.lower()))
    if lex.lang != "fr" or is_org_noun(mine, lex) or mine in GENERIC_PERSONS or \
            not (mine.endswith(FR_TRADE_ENDINGS) or fr_marked_gender(mine, lex)):
        return False
    roles = {_singular(h.lower()) for _, h, _ in entity.descriptions
             if h and is_role(h.lower(), lex) and not is_org_noun(h.lower(), lex)}
    groups = role_groups_fr()
    if not roles or mine in groups and all(r in groups for r in roles):
        return False
    words = set().union(*(w for w, _, _ in entity.descriptions))
    return mine not in words and _role_class(mine) not in {_role_class(r) for r in roles} and \
        not any(groups.get(r, frozenset()) & groups.get(mine, frozenset()) for r in roles)


FR_NEW_HOLDER = frozenset({"nouveau", "nouvel", "nouvelle", "futur", "future", "prochain", "prochaine"})


def fr_other_holder(entity: "Entity", m: Mention, lex: "Lexicon") -> bool:
    """ "Auguste X, président des supporters … Le nouvel actionnaire promet", "Morgane X, infirmière … Le porteur
    du projet assure": a French role description marked as a new holder or naming its own complement ("du projet"),
    whose noun is none of the roles the person was introduced with and shares no group of role_anaphors_fr with
    them, stands for somebody else (fr_role_clash decides where both nouns are listed there)."""
    head = m.head.lower() if m.head else ""
    words = [w.lower() for w in m.words]
    if lex.lang != "fr" or not head or head not in words or is_org_noun(head, lex):
        return False
    at = words.index(head)
    new = FR_NEW_HOLDER & set(words[:at])
    if not (new or _complemented(m) and words[at + 1:at + 2] in (["du"], ["de"], ["des"])):
        return False
    roles = {h for _, h, _ in entity.descriptions if h and is_role(h, lex) and not is_org_noun(h, lex)}
    introduced = set().union(*(w for w, _, _ in entity.descriptions)) if entity.descriptions else set()
    if new and roles and not new & introduced:
        return True  # "la directrice, X … la future directrice": whoever comes next
    if not roles or _singular(head) in introduced:
        return False
    groups = role_groups_fr()
    mine = groups.get(_singular(head), frozenset())
    small = DETERMINERS | PREPOSITIONS | COMPLEMENT_LINKS
    own = _complement_nouns(m.text) - small
    theirs = [_complement_nouns(text) - small for _, _, text in entity.descriptions]
    if own and any(theirs) and not any(own & t for t in theirs) and \
            _role_class(_singular(head)) not in {_role_class(r) for r in roles} and \
            not any(_singular(head) in groups.get(r, frozenset()) for r in roles):  # ("le maire … l'élu")
        return True  # "X, président d'une coopérative … Le ministre de l'Agriculture a assuré": each role has its own
        # complement, and they name different things: two people (listed nouns or not)
    if mine and any(w in groups for w in introduced):
        return False  # both listed: fr_role_clash decides ("Premier ministre … l'ancien chef du gouvernement")
    return not any(groups.get(r, frozenset()) & mine or _role_class(r) == _role_class(_singular(head)) for r in roles)


def _fr_named_after_kind(m: Mention, lex: Lexicon) -> bool:
    """ "la région Pays de la Loire", "la commune Saint-Martin": a body's kind with its proper name right after."""
    words = m.text.split()
    k = next((i for i, w in enumerate(words) if w.lower() == m.head.lower()), None) if m.head else None
    return k is not None and k + 1 < len(words) and words[k + 1][:1].isupper() and \
        is_org_noun(m.head.lower(), lex) and not is_role(m.head.lower(), lex)


def _acronym_shaped(word: str) -> bool:
    """ "TfL", "CMA", "NHS": capitals for at least half the letters (not "McKenzie", "DeSantis")."""
    letters = [c for c in word if c.isalpha()]
    return len(letters) >= 2 and 2 * sum(c.isupper() for c in letters) >= len(letters)


def _last_before(positions: list[int], pos: int) -> int:
    """The greatest of the sorted `positions` before `pos`; -1 if none."""
    k = bisect.bisect_left(positions, pos)
    return positions[k - 1] if k else -1


def _role_class(word: str) -> str:
    return ROLE_CLASSES.get(word, word)


def _contains(longer: list[str], shorter: list[str]) -> bool:
    if not shorter or len(shorter) >= len(longer):
        return False
    for k in range(len(longer) - len(shorter) + 1):
        if longer[k:k + len(shorter)] == shorter:
            return True
    return False


# ---------------------------------------------------------------- sentences and noun phrases


@dataclass(slots=True)
class Sentence:
    """A sentence of reporter's text; each quotation in it is one placeholder token."""

    source: str
    start: int
    end: int
    block: int
    tokens: list[Token]
    headline: bool = False
    mentions: list[Mention] = field(default_factory=list)
    quote_tokens: dict = field(default_factory=dict)  # token index -> quote index
    lex: "Lexicon | None" = None
    token_starts: list | None = field(default=None, repr=False, compare=False)  # for index_at, made on first use

    def mention_ending(self, j: int) -> Mention | None:
        found = [m for m in self.mentions if m.tok_end == j + 1]
        return max(found, key=lambda m: m.tok_end - m.tok_start) if found else None

    def mention_starting(self, i: int) -> Mention | None:
        found = [m for m in self.mentions if m.tok_start == i]
        return max(found, key=lambda m: m.tok_end - m.tok_start) if found else None

    def index_at(self, pos: int) -> int:
        """Index of the first token starting at or after `pos`."""
        if self.token_starts is None:
            self.token_starts = [tok.start for tok in self.tokens]
        return bisect.bisect_left(self.token_starts, pos)


QUOTE_TOKEN = "\u201cQ\u201d"
VERB_STOPS = {
    "en": frozenset("has have had will would can could may might must shall should does did do".split()),
    "fr": frozenset("a ont avait avaient sera serait peut doit va".split()),
}
NP_CONNECTORS = frozenset({"of", "for", "at", "with", "de", "du", "des", "d'", "d’", "chez", "auprès"})
NP_STOP_PREPOSITIONS = frozenset({"in", "on", "to", "during", "while", "after", "before", "when", "as", "from", "by",
                                  "lors", "dans", "en", "à", "au", "aux", "devant", "avec", "après", "avant", "sur",
                                  "pendant", "dès", "depuis", "mercredi", "that", "que", "qu'", "qu’", "who", "qui",
                                  "which", "near", "outside", "opposite", "inside",
                                  "beside"})  # where the words were said


FR_MENT_NOUNS = SPEAKER_WORDS["fr_ment_nouns"]  # French nouns in -ment: not adverbs


def is_adverb(tok: Token, lang: str) -> bool:
    low = tok.lower
    if lang == "fr":
        return low.endswith("ment") and len(low) > 6 and low not in FR_MENT_NOUNS and \
            not low.endswith("ments") or low in {"encore", "aussi", "également", "ensuite", "enfin", "alors",
                                                 "cependant", "toutefois", "pourtant", "néanmoins", "donc",
                                                 "ainsi", "aussitôt", "d'ailleurs", "d’ailleurs", "même", "bien"}
    return (low.endswith("ly") and len(low) > 4 and low not in {"family", "italy", "july", "ally", "rally"}) or \
        low in {"also", "again", "then", "once", "further", "later", "earlier", "too"}


def description_back(sent: Sentence, j: int, lex: Lexicon) -> Mention | None:
    """A description ending at token `j`: "the spy agency", "an NSA spokesperson", "Cogeco's CEO"."""
    toks = sent.tokens
    i, taken = j, []
    definite = False
    article = None  # the token taken as the phrase's determiner ("Des responsables", not "of the")
    while i >= 0 and len(taken) < 12:
        tok = toks[i]
        low = tok.lower
        if tok.text == QUOTE_TOKEN and i > 0 and toks[i - 1].lower in NP_CONNECTORS and not taken:
            taken.append(i)
            i -= 1
            continue
        if lex.lang == "en" and tok.text == "," and taken and 0 < i < j and toks[i - 1].text.isdigit() and \
                toks[i + 1].text.isdigit() and len(toks[i + 1].text) == 3:
            taken.append(i)  # "a study of 40,000 adults": a thousands separator, not the end of the phrase
            i -= 1
            continue
        if tok.text == QUOTE_TOKEN or not tok.is_word and tok.text not in ("-", "'", "’"):
            break
        if lex.lang == "fr" and taken and i > 1 and low in ("la", "l'", "l’") and toks[i - 1].lower == "à" and \
                _fr_role_ends(toks, i - 2, lex):
            taken.append(i)  # "l'adjoint à l'éducation": the article of the role's complement
            i -= 1
            continue
        if low in DETERMINERS and not (low in NP_CONNECTORS and i > 0 and toks[i - 1].is_word and
                                       not toks[i - 1].is_cap and toks[i - 1].lower not in PREPOSITIONS) and \
                not (low in ("au", "aux") and taken and i > 0 and lex.lang == "fr" and _fr_role_ends(toks, i - 1, lex)):
            # ("l'adjoint au budget": "au" is "à" and an article, the role's complement)
            taken.append(i)
            definite = low not in INDEFINITE
            if i > 0 and toks[i - 1].lower in NP_CONNECTORS:
                i -= 1
                continue
            article = i
            break
        if low in NP_CONNECTORS or low in ("à", "au", "aux") and taken and i > 0 and \
                (_is_title(toks[i - 1].lower, lex) or lex.lang == "fr" and _fr_role_ends(toks, i - 1, lex)) or \
                low in ("in", "at", "en") and taken and toks[i + 1].is_cap:
            if not taken:
                break
            taken.append(i)  # "the president of the Central Council of Jews in Germany"
        elif tok.is_cap and taken and (tok.possessive or tok.is_acronym or low in lex.nationalities or
                                      _is_name_token(tok, lex)) and (low not in FUNCTION_WORDS or tok.is_acronym) \
                and low not in WEEKDAYS:  # ("Late on Tuesday wildlife rangers noted": a date, then the rangers)
            taken.append(i)
        elif lex.lang == "fr" and tok.is_cap and taken and is_org_noun(low, lex) and i > 0 and \
                toks[i - 1].lower in ARTICLES:
            taken.append(i)  # "L'Agence nationale de sécurité sanitaire", "l'Organisation mondiale de la santé"
        elif lex.lang == "fr" and low == "et" and taken and toks[i + 1].lower in NP_CONNECTORS:
            taken.append(i)  # "l'Institut national de la statistique et des études économiques"
        elif tok.is_cap and not taken and (tok.is_acronym or is_role(low, lex) or
                                           i > 0 and (toks[i - 1].lower in NP_CONNECTORS or toks[i - 1].is_cap or
                                                      toks[i - 1].lower in ("in", "at", "en")) or
                                           i > 1 and toks[i - 1].lower in DETERMINERS and
                                           toks[i - 2].lower in NP_CONNECTORS or
                                           lex.lang == "fr" and i > 1 and toks[i - 1].lower in ("au", "aux") and
                                           _fr_role_ends(toks, i - 2, lex)):  # "la secrétaire d'État aux Transports"
            taken.append(i)  # "... of Cogeco", "... de la Southern California Association"
        elif not tok.is_cap and low not in FUNCTION_WORDS and low not in PREPOSITIONS and \
                (low not in lex.cue_forms or i > 0 and (toks[i - 1].lower in DETERMINERS or
                                                        lex.lang == "en" and toks[i - 1].possessive) and
                 (is_role(low, lex) or bool(taken) or lex.lang == "en" and is_org_noun(low, lex))) \
                and not is_adverb(tok, lex.lang):
            # "un juge", "the appeals court", "Sri Lanka's state power utility": nouns, though also cues (a
            # possessive determines a noun as an article does)
            taken.append(i)
        else:
            break
        i -= 1
    while taken and toks[taken[-1]].lower in NP_CONNECTORS and taken[-1] != article:
        taken.pop()
    if not taken:
        return None
    first, last = taken[-1], j
    words = [t.lower for t in toks[first:last + 1]]
    head = _head(words, lex)
    has_det = toks[first].lower in DETERMINERS
    if head is None or not (_is_title(_strip_possessive(head), lex) or is_org_noun(head, lex)):
        return None
    if lex.lang == "en" and first > 0 and toks[first].text == "The" and all(t.is_cap for t in toks[first:last + 1]):
        return None  # "…, The Scotsman reported": a capitalised "The" within a sentence opens a title, not a role
    return _description(sent, first, last, head, definite if has_det else True)


def _fr_role_ends(toks: list[Token], j: int, lex: Lexicon) -> bool:
    """Token `j` ends a French role: "l'adjoint", or a compound one, "la secrétaire d'État", "le ministre
    d'État" (before "aux Transports", "à l'Économie")."""
    if j < 0:
        return False
    if is_role(toks[j].lower, lex):
        return True
    return toks[j].is_cap and j >= 2 and toks[j - 1].lower in ("d'", "d’", "de") and is_role(toks[j - 2].lower, lex)


def _head(words: list[str], lex: Lexicon) -> str | None:
    content = [w for w in words if w not in DETERMINERS]
    if not content:
        return None
    if lex.lang == "fr":
        for k, w in enumerate(content):
            if w in PRENOMINAL_FR and k + 1 < len(content) and content[k + 1] not in NP_CONNECTORS and \
                    content[k + 1] != "ministre":
                continue  # "le premier tribunal intermédiaire", but "le Premier ministre"
            if w not in NP_CONNECTORS and (_is_title(w, lex) or is_org_noun(w, lex)):
                return w
        return content[0]
    segment = []
    for w in content:
        if w in NP_CONNECTORS:
            break
        segment.append(w)
    for w in reversed(segment):
        if is_role(_strip_possessive(w), lex) or is_org_noun(w, lex):
            return w
    return segment[-1] if segment else content[-1]


PRENOMINAL_FR = frozenset({"premier", "première", "dernier", "dernière"})  # also titles ("le Premier ministre")


def _strip_possessive(word: str) -> str:
    return word[:-2] if word.endswith(("'s", "’s")) else word


# Words that end a noun phrase: a verb or its clitic ("People are", "Doctors couldn't", "l'armée s'est").
PHRASE_ENDING_VERBS = (BE_FORMS | VERB_STOPS["en"] | frozenset(VERB_STOPS["fr"] - {"a"}) |
                       {"s'", "s’", "se", "ne", "n'", "n’", "sont", "ont"})


def _verb_cut(toks: list[Token], first: int, last: int) -> int:
    """The last token of the phrase first..last before any verb or clitic in it (`last` when none)."""
    for k in range(first + 1, last + 1):
        low = toks[k].lower
        if low in PHRASE_ENDING_VERBS or low.endswith(("n't", "n’t")):
            return k - 1
    return last


CLAUSE_OPENERS = frozenset({"que", "qu'", "qu’", "that", ",", "et", "mais", "and", "but", ";", ":"})
AT_LEAST = (("at", "least"), ("au", "moins"), ("more", "than"), ("plus", "de"), ("plus", "d'"), ("plus", "d’"))


def _quantifier_start(toks: list[Token], first: int) -> int:
    """Where a phrase starts with the quantifier before it: "D'autres membres", "des membres" opening a clause,
    "at least one group", "au moins deux témoins"."""
    low = toks[first].lower
    if first >= 1 and low in ("autres", "other") and toks[first - 1].lower in ("d'", "d’"):
        return first - 1
    if first >= 1 and toks[first - 1].lower == "des" and low not in DETERMINERS and \
            (first == 1 or toks[first - 2].lower in CLAUSE_OPENERS):
        return first - 1
    if first >= 2 and (low.isdigit() or low in INDEFINITE) and \
            (toks[first - 2].lower, toks[first - 1].lower) in AT_LEAST:
        return first - 2
    return first


def _description(sent: Sentence, first: int, last: int, head: str, definite: bool) -> Mention:
    toks = sent.tokens
    cut = _verb_cut(toks, first, last)
    if cut < last:
        last = cut
        words = [t.lower for t in toks[first:last + 1]]
        if head not in words:  # the head was the verb's: the last content word before it
            head = next((w for w in reversed(words) if w not in DETERMINERS), head)
    first = _quantifier_start(toks, first)
    text = sent_text(sent, first, last)
    words = tuple(t.lower for t in toks[first:last + 1])
    return Mention("description", toks[first].start, toks[last].end, text, first, last + 1,
                   head=head, words=words, definite=definite)


def sent_text(sent: Sentence, first: int, last: int) -> str:
    """The text of tokens first..last (inclusive) of a sentence, as written."""
    return sent.source[sent.tokens[first].start:sent.tokens[last].end]


FR_ADJECTIVE_ENDINGS = ("ique", "al", "ale", "el", "elle", "if", "ive", "ien", "ienne", "aire", "eux", "euse",
                        "ier", "ière", "ais", "aise", "aux", "ales")


def description_forward(sent: Sentence, i: int, lex: Lexicon) -> Mention | None:
    """A description starting at token `i`, up to a comma or a preposition that ends it."""
    toks = sent.tokens
    n = len(toks)
    j = i
    last = None
    while j < n and j - i < 14:
        tok = toks[j]
        low = tok.lower
        if tok.text == QUOTE_TOKEN or (not tok.is_word and tok.text not in ("'", "’")):
            break
        if low in ("and", "et") and j > i and j + 1 < n and (is_role(toks[j + 1].lower, lex) or
                                                           toks[j + 1].lower in NP_CONNECTORS):
            j += 1  # "the president and CEO of Cogeco", "les ministères de la santé et de l'agriculture"
            continue
        if low == "et" and lex.lang == "fr" and last is not None and j + 1 < n and toks[j + 1].is_word and \
                not toks[j + 1].is_cap and toks[j + 1].lower.endswith(FR_ADJECTIVE_ENDINGS) and \
                toks[last].lower.endswith(FR_ADJECTIVE_ENDINGS) and (j + 2 == n or toks[j + 2].text == ","):
            j += 1  # "le secrétaire du comité social et économique, X": one adjective coordinated with another
            continue
        place = sent.mention_starting(j + 1) if (low in ("in", "en") or lex.lang == "fr" and low in ("au", "aux")) \
            and last is not None and j + 1 < n else None
        if place is not None and place.entity is not None and (place.entity.kind in ("place", "org") or
                                                               lex.lang == "fr" and _fr_seat(sent, place)):
            j += 1  # "the president of the Central Council of Jews in Germany", "la force de l'Otan au Kosovo (Kfor)"
            continue
        if low in ("à", "au", "aux") and last is not None and _titled_last(toks, i, last, lex):
            j += 1  # "le chef aux opérations", "le secrétaire à la Défense"
            continue
        if low == "from" and last is not None and is_role(_singular(toks[last].lower), lex) and j + 2 < n and \
                (toks[j + 1].lower in ("a", "an", "the") or toks[j + 1].is_cap):
            j += 2  # "a trading representative from a Paris broker"
            continue
        if lex.lang == "fr" and last is not None and toks[j - 1].lower in NP_CONNECTORS and tok.is_cap:
            named = sent.mention_starting(j)
            if named is not None and named.kind == "name" and named.tok_end > j + 1:
                last = named.tok_end - 1  # "l'avocat de M. Ortiz": the name the complement holds, whole
                j = named.tok_end
                continue
        if j > i and low in FR_CLITICS:
            break  # "son club s'est dit": the reflexive belongs to the verb
        if lex.lang == "fr" and j > i and toks[j - 1].is_cap and not tok.is_cap and low.endswith(FR_PAST_PARTICIPLE):
            break  # "une étude de la Fondation Abbé-Pierre publiée mercredi": a participle clause follows the name
        if low in ("même", "mêmes", "same", "plus", "most") and j > i and toks[j - 1].lower in DETERMINERS:
            j += 1  # "la même source", "the same source", "le plus grand constructeur"
            continue
        if j > i and (low in NP_STOP_PREPOSITIONS or low in RELATIVES or
                      low in lex.cue_forms and not (toks[j - 1].lower in DETERMINERS and
                                                    (lex.lang == "en" or is_role(low, lex))) and
                      not _after_prenominal(toks, j, lex) or
                      low in WEEKDAYS or low in FUNCTION_WORDS and low not in NP_CONNECTORS and
                      low not in DETERMINERS and not tok.is_acronym or low in BE_FORMS or
                      low in VERB_STOPS[lex.lang]):
            break  # (an acronym is a modifier, whatever word it spells: "a hospital IT engineer", "a US official")
        if _past_verb_after_head(toks, j, last, lex):
            break  # "the family refused to comment": the phrase ends before the verb
        if lex.lang == "fr" and last == j - 1 and j + 1 < n and not tok.is_cap and not is_role(low, lex) and \
                toks[last].lower not in DETERMINERS and not toks[last].lower.endswith(("'", "’")) and \
                not _after_prenominal(toks, j, lex) and \
                fr_verb_before(low, "«" if toks[j + 1].text == QUOTE_TOKEN else toks[j + 1].lower):
            break  # "la famille refuse « pour raison financière »": the French present, as above
        if lex.lang == "en" and last == j - 1 and j - i > 2 and toks[last].is_cap and tok.is_word and \
                not tok.is_cap and low not in FUNCTION_WORDS and low not in PREPOSITIONS and \
                not is_role(_singular(low), lex) and not is_org_noun(_singular(low), lex) and \
                not low.endswith("s") and _plural_before_complement(toks, i, last):
            break  # "Officials at the Department of Education prefer …": a plural's verb after the complement
        if lex.lang == "fr" and last is not None and toks[last].lower.endswith(("s", "x")) and \
                low.endswith("ent") and len(low) > 4 and not tok.is_cap:
            break  # "les investisseurs restent prudents": a plural verb after a plural head
        if lex.lang == "fr" and j - 1 > i and toks[i].lower in FR_PLURAL_DETERMINERS and \
                _fr_plural_verb(tok, toks[j - 1]):
            break  # "les commerçants du centre-ville redoutent": the plural head's verb after its complement
        if low in NP_CONNECTORS or low in ("à", "au", "aux") and last is not None and \
                _titled_last(toks, i, last, lex):
            if last is None:
                break
        elif low in DETERMINERS and j > i and toks[j - 1].lower not in NP_CONNECTORS and \
                not (low in INDEFINITE and toks[j - 1].lower in ARTICLES) and \
                not (toks[j - 1].lower == "à" and low in ARTICLES and last == j - 2 and
                     toks[last].lower in MINISTER_ADJECTIVES):
            break  # (but "le ministre délégué à la Santé": the domain of a title and its rank after "à")
        else:
            last = j
        j += 1
    if last is None:
        return None
    if j == last + 1 and j + 2 < n and toks[j].text == "(" and toks[j + 1].is_acronym and toks[j + 2].text == ")":
        last = j + 2  # "l'agence américaine de sécurité des transports (TSA)"
    words = [t.lower for t in toks[i:last + 1]]
    if lex.lang == "en" and len(words) == 2 and words[0] == "the" and AGE_WORD_RE.match(words[1]):
        return _description(sent, i, last, words[1], True)  # "the 45-year-old said": whom the text gave that age
    head = _head(words, lex)
    if head is None:
        return None
    if not (_is_title(_strip_possessive(head), lex) or is_org_noun(head, lex)):
        return None
    return _description(sent, i, last, head, toks[i].lower not in INDEFINITE)


def _fr_seat(sent: Sentence, place: Mention) -> bool:
    """A name after "en" or "au" that closes the phrase (then a bracket, a comma, the end): where the body the
    phrase names sits, "au Kosovo (Kfor)", whatever the finder took the name for."""
    k = place.tok_end
    return place.entity.kind == "unknown" and (k >= len(sent.tokens) or sent.tokens[k].text in ("(", ",", ".", ";"))


def _titled_last(toks: list[Token], i: int, last: int, lex: Lexicon) -> bool:
    """The phrase from `i` ends at `last` with a title, or a title and an adjective of its rank ("le ministre
    délégué", before "à la Santé")."""
    return _is_title(toks[last].lower, lex) or last > i and toks[last].lower in MINISTER_ADJECTIVES and \
        _is_title(toks[last - 1].lower, lex)


FR_PRENOMINAL_ADJECTIVES = SPEAKER_WORDS["fr_prenominal_adjectives"]


def _after_prenominal(toks: list[Token], j: int, lex: Lexicon) -> bool:
    """Token `j` follows a determiner and a French adjective set before its noun: "une grande enseigne" (a noun,
    though "enseigne" is also a verb of speech)."""
    return lex.lang == "fr" and j >= 2 and toks[j - 1].lower in FR_PRENOMINAL_ADJECTIVES and \
        toks[j - 2].lower in DETERMINERS | INDEFINITE


FR_PLURAL_DETERMINERS = frozenset({"les", "des", "ces", "leurs", "ses", "nos", "vos", "plusieurs", "certains",
                                   "certaines"})
FR_VERB_STEM_ZIPF = 2.2


def _fr_plural_verb(tok: Token, before: Token) -> bool:
    """A French third-person plural verb ("redoutent", "estiment") after a word that is no determiner: what is
    left without "-nt" is a common French word ("redoute"), which "permanent" or "récent" are not."""
    low = tok.lower
    return low.endswith("ent") and len(low) > 5 and not tok.is_cap and tok.is_word and \
        before.lower not in DETERMINERS and before.lower not in NP_CONNECTORS and before.lower not in FUNCTION_WORDS \
        and zipf(low[:-2], "fr") >= FR_VERB_STEM_ZIPF


def _plural_before_complement(toks: list[Token], i: int, last: int) -> bool:
    """The phrase from `i` has a complement ("of", "at" …) before `last`, and its noun before that is plural."""
    c = next((c for c in range(i + 1, last) if toks[c].lower in NP_CONNECTORS), None)
    return c is not None and toks[c - 1].lower.endswith("s") and _singular(toks[c - 1].lower) != toks[c - 1].lower


def _past_verb_after_head(toks: list[Token], j: int, last: int | None, lex: Lexicon) -> bool:
    """An English past-tense verb right after a role or organisation noun: "the family refused"."""
    if lex.lang != "en" or last is None or last != j - 1:
        return False
    low, head = toks[j].lower, _singular(toks[last].lower)
    return low.endswith("ed") and not toks[j].is_cap and not is_role(low, lex) and not is_org_noun(low, lex) and \
        (is_role(head, lex) or is_org_noun(head, lex))


def apposition_name(sent: Sentence, desc: Mention) -> Mention | None:
    """ "the governor of North Kivu, Julien Paluku": the name that follows a description."""
    k = desc.tok_end
    toks = sent.tokens
    kinds = ("person", "unknown", "org") if is_org_noun(desc.head, sent.lex) and not is_role(desc.head, sent.lex) \
        or desc.head in BODY_ROLES else ("person", "unknown")
    if k < len(toks) and toks[k].text == "(":
        close = next((j for j in range(k, min(len(toks), k + 8)) if toks[j].text == ")"), None)
        if close is not None:
            k = close + 1
    plural = desc.head.endswith("s") and _singular(desc.head) != desc.head and is_role(desc.head, sent.lex)
    if k + 2 < len(toks) and toks[k].lower in ROLE_PLACE_PREPOSITIONS and is_role(desc.head, sent.lex) and not plural:
        place = sent.mention_starting(k + 1)  # "sa porte-parole à N'Djamena, Mariam X": where the role is held
        if place is not None and place.kind == "name" and place.tok_end < len(toks) and toks[place.tok_end].text == ",":
            k = place.tok_end
    if k < len(toks) and toks[k].text == ",":
        m = sent.mention_starting(k + 1)
        if m is None and k + 2 < len(toks) and toks[k + 1].lower in DETERMINERS and \
                not (sent.lex.lang == "fr" and toks[k + 1].lower in PLURAL_DETERMINERS_FR):
            for j in range(k + 2, min(len(toks), k + 5)):  # "…, le colonel Éric Vasseur", not "…, trois Ouïghours"
                if toks[j].is_cap and toks[j].lower in sent.lex.nationalities and j + 1 < len(toks) and \
                        toks[j + 1].is_cap:
                    continue  # "Son adversaire, l'Américaine Jessica Pegula": a nationality as a noun
                if toks[j].is_cap:
                    m = sent.mention_starting(j)
                    break
                if not _is_title(toks[j].lower, sent.lex):
                    break
        # a plural role names a body ("The administrators, Interpath, said"), never one person
        if m is not None and m.kind == "name" and m.entity is not None and m.entity.kind in kinds and \
                not (plural and (m.entity.kind == "person" or len(m.entity.tokens) > 1)):
            end = past_postnominals(toks, m.tok_end, sent.lex)
            after = toks[end] if end < len(toks) else None
            if after is None or after.text in (",", ".", ";", ")", "(", ":") or \
                    after.lower in PREPOSITIONS or after.lower in sent_cue_words(sent, m.tok_end):
                return m
    if k < len(toks) and toks[k].lower in ("en", "in") and is_role(desc.head, sent.lex):
        named = _name_after_field(sent, k + 1)
        if named is not None:
            return named
    for m in sent.mentions:  # a name after a role: "airline consultant Jay Sorensen", "le député bruxellois X"
        if m.kind == "name" and desc.tok_start < m.tok_start and m.tok_end == desc.tok_end and \
                m.entity is not None and m.entity.kind in ("person", "unknown") and \
                (toks[m.tok_start - 1].lower not in NP_CONNECTORS or _titled_person(m)) and \
                any(_is_title(t.lower, sent.lex) for t in toks[desc.tok_start:m.tok_start]) and \
                not (sent.lex.lang == "fr" and _governed_name(sent, toks[desc.tok_start:m.tok_start], m)):
            return m
    return None


ROLE_PLACE_PREPOSITIONS = SPEAKER_WORDS["role_place_prepositions"]  # "sa porte-parole à N'Djamena, X"
PLURAL_DETERMINERS_FR = WORD_LISTS["fr_plural_determiners"]  # no apposition to one speaker begins with them
BODY_ROLES = WORD_LISTS["body_roles"]  # "The port's owner, Hutchison Ports,": a role a body holds too


def _governed_name(sent: Sentence, between: list[Token], m: Mention) -> bool:
    """ "une passagère à France Info", "un ingénieur de l'hôpital Bichat": a name after "à" (whom the words were
    told, where) or inside a complement ("de", "du", short of a full personal name) is not the speaker's own."""
    full_person = m.entity is not None and m.entity.kind == "person" and len(m.entity.tokens) > 1
    honorific = m.name_span is not None and \
        sent.source[m.start:m.name_span[0]].strip().lower() in sent.lex.honorifics
    if between and between[-1].lower in NP_CONNECTORS and (honorific or not _titled_person(m)):
        return True  # "l'avocat de M. Ortiz": the client, not the lawyer (but "du Times Jonathan Martin")
    return any(t.lower in ("à", "au", "aux") or t.lower in NP_CONNECTORS and not full_person for t in between)


def past_postnominals(toks: list[Token], k: int, lex: Lexicon) -> int:
    """The token after the letters that may follow a name ("Rebecca Ingram KC, told", "Andrew Edis QC said"),
    which the name finder leaves out of the name."""
    while k < len(toks) and toks[k].is_acronym and toks[k].lower in lex.titles:
        k += 1
    return k


def _titled_person(m: Mention) -> bool:
    """ "du Times Jonathan Martin": a person's name after the body's name the connector governs."""
    return m.entity is not None and m.entity.kind == "person" and len(m.entity.tokens) > 1 and \
        m.name_span is not None and m.name_span[0] > m.start


def _name_after_field(sent: Sentence, i: int) -> Mention | None:
    """ "l'experte en intérieurs de cabines Mary Kirby": after a role's field, a few lowercase words, then
    the person's name, closed by punctuation or the end of the sentence."""
    toks = sent.tokens
    for j in range(i, min(len(toks), i + 6)):
        if toks[j].is_cap:
            m = sent.mention_starting(j)
            if j == i or toks[j - 1].lower in NP_CONNECTORS or toks[j - 1].lower in DETERMINERS or \
                    m is None or m.kind != "name" or m.entity is None or m.entity.kind != "person" or \
                    len(m.entity.tokens) < 2:
                return None
            after = toks[m.tok_end].text if m.tok_end < len(toks) else "."
            return m if after in (",", ".", ";", ")") else None
        if not toks[j].is_word:
            return None
    return None


def name_after_noun(sent: Sentence, i: int) -> Mention | None:
    """ "la céramiste Louise Perrin": a determiner, a few lowercase words, then a person's name."""
    toks = sent.tokens
    if i >= len(toks) or toks[i].lower not in DETERMINERS:
        return None
    for j in range(i + 1, min(len(toks), i + 5)):
        if toks[j].is_cap:
            m = sent.mention_starting(j)
            # a name of two words the lexicon cannot class is a person's after a noun ("la préhistorienne Éléonore
            # Castaing": a first name it lacks)
            if m is not None and m.kind == "name" and m.entity is not None and \
                    (m.entity.kind == "person" or m.entity.kind == "unknown" and len(m.entity.tokens) > 1 and
                     toks[j - 1].lower not in NP_STOP_PREPOSITIONS) and \
                    toks[j - 1].lower not in NP_CONNECTORS:
                return m
            return None
        if not toks[j].is_word or toks[j].lower in FUNCTION_WORDS:
            return None
    return None


ADVERBIAL_PAIRS = frozenset({"par ailleurs", "pour sa", "sa part", "de son", "son côté", "quant à", "lui aussi",
                             "elle aussi", "in turn", "for his", "for her", "his part", "her part"})
MONTHS = name_words("months") - {"may"}  # "may" is a modal verb first
DATE_WORDS = WEEKDAYS | name_words("months")  # "the State Department on Friday": a date, not the body's name


OBJECT_PRONOUNS = {"him": "m", "her": "f", "them": "plural", "lui": "m", "elle": "f", "eux": "plural",
                   "elles": "plural"}


def sent_cue_words(sent: Sentence, k: int) -> set[str]:
    """The word at token k when a reporting cue starts there."""
    lex = sent.lex
    if lex is not None and k < len(sent.tokens) and lex.cue_re.match(sent.source, sent.tokens[k].start):
        return {sent.tokens[k].lower}
    return set()


FR_TIME_NOUNS = WORD_LISTS["fr_time_nouns"]
FR_TIME_ADVERBS = WORD_LISTS["fr_time_adverbs"]
FR_TIME_DETERMINERS = WORD_LISTS["fr_time_determiners"]  # "la semaine", "ce matin", "plus tôt"


def fr_time_end(toks: list[Token], k: int) -> int:
    """Past a French time phrase at token k ("la semaine dernière", "mardi soir", "aujourd'hui", "plus tôt");
    k itself when none starts there."""
    j = k
    while j < len(toks):
        low = toks[j].lower
        if low in FR_TIME_ADVERBS or low in FR_TIME_NOUNS or low in WEEKDAYS or (j > k and low in MONTHS):
            j += 1
        elif low in FR_TIME_DETERMINERS and j + 1 < len(toks) and (toks[j + 1].lower in FR_TIME_NOUNS or
                                                                   toks[j + 1].lower in ("tôt", "tard")) and \
                not (toks[j].is_cap and toks[j + 1].is_cap):  # "révèle Le Soir": a newspaper's name
            j += 2
        else:
            break
    return j


def np_after(sent: Sentence, k: int, lex: Lexicon, pronoun: bool = False) -> Mention | None:
    """The speaker written after an inverted cue: `said Hasan Ikhrata`, `a expliqué l'agence`."""
    toks = sent.tokens
    if lex.lang == "fr":
        k = fr_time_end(toks, k)  # "a averti la semaine dernière la présidente de la BCE"
    while k < len(toks):
        low = toks[k].lower
        pair = low + " " + toks[k + 1].lower if k + 1 < len(toks) else ""
        if pair in ADVERBIAL_PAIRS:
            k += 2
            while k < len(toks) and toks[k - 1].lower + " " + toks[k].lower in ADVERBIAL_PAIRS:
                k += 1  # the pairs chain: "assure de son côté le maire", "ajoute pour sa part la préfète"
        elif (low in ("sans", "avec", "without", "with") or low == "par" and lex.lang == "fr") and \
                k + 2 < len(toks) and toks[k + 1].is_word and \
                not toks[k + 1].is_cap and toks[k + 1].lower not in DETERMINERS and \
                (toks[k + 2].is_cap or toks[k + 2].lower in DETERMINERS):
            k += 2  # "assure sans détour Loïc Capron", "a expliqué par téléphone une coordinatrice"
        elif is_adverb(toks[k], lex.lang) and low != "then" or low in WEEKDAYS or low in MONTHS or \
                low.isdigit() or low in ("matin", "soir", "dernier", "dernière", "midi"):
            k += 1
        else:
            break
    if k < len(toks) and (toks[k].lower in ("à", "au", "aux") or toks[k].lower == "a" and k + 1 < len(toks) and
                          toks[k + 1].lower in ARTICLES) and lex.lang == "fr":
        # "a déclaré à Reuters le colonel X", "a indiqué à l'AFP un habitant", "à la presse X" (and "a l'AFP",
        # the accent lost: after the verb, "a" can only be the preposition)
        j = k + 1
        if j < len(toks) and toks[j].lower in DETERMINERS:
            j += 1
        obj = sent.mention_starting(j) if j < len(toks) else None
        if obj is not None:
            j = obj.tok_end
        else:
            while j < len(toks) and j - k < 5 and toks[j].is_word and not toks[j].is_cap and \
                    toks[j].lower not in DETERMINERS and toks[j].lower not in PREPOSITIONS:
                j += 1  # (not past "par": "a réagi aux coupes annoncées par le gouvernement" names no speaker)
        if j < len(toks) and (toks[j].is_cap or toks[j].lower in DETERMINERS):
            k = j
    if k >= len(toks):
        return None
    tok = toks[k]
    if tok.lower in ("that", "que", "qu'", "qu’", "whether", "if", "si", "how", "comment", "why", "pourquoi"):
        return None
    if tok.lower in lex.pronouns and lex.pronouns[tok.lower] in ("m", "f", "plural", "thing"):
        if not pronoun:
            return None
        return Mention("pronoun", tok.start, tok.end, tok.text, k, k + 1, gender=lex.pronouns[tok.lower])
    if pronoun and tok.lower in OBJECT_PRONOUNS:
        return Mention("pronoun", tok.start, tok.end, tok.text, k, k + 1, gender=OBJECT_PRONOUNS[tok.lower])
    m = sent.mention_starting(k)
    if m is None and tok.lower in ARTICLES and k + 1 < len(toks):
        named = sent.mention_starting(k + 1)  # "the Daily Nation"
        if named is not None and named.entity is not None and named.entity.kind in ("org", "place", "unknown"):
            m = named
            longer = description_forward(sent, k, lex)  # "la Cour des comptes", "la Gendarmerie royale du Canada"
            if longer is not None and longer.tok_end > named.tok_end and named.entity.kind != "person":
                person = apposition_name(sent, longer)  # "the Times' political correspondent Jonathan Martin"
                return widened(person, longer) if person is not None and person.tok_start > named.tok_end \
                    else longer
    if m is not None and m.kind == "name" and m.possessive:
        desc = description_forward(sent, k, lex)  # "Cogeco's CEO"
        if desc is not None and desc.tok_end > m.tok_end:
            return desc
    if m is not None and m.kind == "name":
        return name_as_modifier(sent, m, k, lex) or m
    one_named = _one_of_them_named(sent, k)
    if one_named is not None:
        return one_named
    latter = fr_latter_anaphor(sent, k) if lex.lang == "fr" else None
    if latter is not None:
        return latter
    desc = description_forward(sent, k, lex)
    if desc is None and sent.headline and _bare_headline_noun(toks, k, lex):
        # "…, says triathlete": a headline's speaker is a bare noun after the cue, whatever the noun
        return _description(sent, k, k, tok.lower, False)
    if desc is None:
        return name_after_noun(sent, k)
    if lex.lang == "fr":
        desc = _without_addressee(sent, desc)
    named = apposition_name(sent, desc) or _name_after_relative(sent, desc)
    return widened(named, desc) if named else desc


PARTITIVE_ONES = frozenset({"un", "une", "one"})
PARTITIVE_LINKS = frozenset({"d'", "d’", "de", "des", "of"})


def _one_of_them_named(sent: Sentence, k: int) -> Mention | None:
    """ "demande l'un d'eux, Sambath X", "asked one of them, Ana Y", "said one of the farmers, Ana Y": one of a
    group, whose name an apposition gives after a comma, is that person."""
    toks = sent.tokens
    i = k + (toks[k].lower in ("l'", "l’"))
    if i + 3 >= len(toks) or toks[i].lower not in PARTITIVE_ONES or toks[i + 1].lower not in PARTITIVE_LINKS:
        return None
    j = i + 2
    while j < len(toks) and j - i < 8 and toks[j].is_word and toks[j].text != ",":
        j += 1
    named = sent.mention_starting(j + 1) if j + 1 < len(toks) and toks[j].text == "," else None
    if named is None or named.kind != "name" or named.entity is None or \
            named.entity.kind not in ("person", "unknown"):
        return None
    return named


def _name_after_relative(sent: Sentence, desc: Mention) -> Mention | None:
    """ "said the man who chairs the ward committee, Tom Bell", "said the man who led the inquiry, fire chief Tom
    Bell": after an inverted cue, a description with a relative clause (or a complement), then the person's full
    name set off by a comma and closing the sentence or the clause (a title and a body's name may come before it)."""
    toks = sent.tokens
    k = desc.tok_end
    if k >= len(toks) or toks[k].lower not in ("who", "qui") and not _complement_runs_on(toks, desc):
        return None
    comma = next((j for j in range(k + 1, min(len(toks), k + 14))
                  if toks[j].text in (",", ";", ".", QUOTE_TOKEN)), None)
    if comma is None or toks[comma].text != ",":
        return None
    end = next((j for j in range(comma + 1, len(toks)) if not toks[j].is_word), len(toks))
    if end < len(toks) and toks[end].text not in (",", ".", ";"):
        return None
    person = next((m for m in sent.mentions if comma < m.tok_start and m.tok_end == end and m.kind == "name"), None)
    if person is None or person.entity is None or person.entity.kind not in ("person", "unknown") or \
            len(person.entity.tokens) < 2:
        return None
    return person


def _complement_runs_on(toks: list[Token], desc: Mention) -> bool:
    """The description stops at (or right after) a preposition whose complement runs on: "le directeur de la lutte
    contre la maladie", "la déléguée à la lutte contre …", "the head of the campaign against knife crime" (not
    "to" and its addressee, "à" before a name: "a déclaré le maire à France Bleu")."""
    k = desc.tok_end
    if desc.tok_end - desc.tok_start < 2:
        return False
    if toks[k - 1].lower in PREPOSITIONS:
        return True
    low = toks[k].lower
    if low in ("à", "au", "aux"):
        return k + 2 < len(toks) and toks[k + 1].lower in DETERMINERS | {"la", "l'", "l’"} and \
            not toks[k + 2].is_cap or low != "à" and k + 1 < len(toks) and not toks[k + 1].is_cap
    return low in PREPOSITIONS and low != "to"


def fr_latter_anaphor(sent: Sentence, k: int) -> Mention | None:
    """ "Selon ce dernier, …", "Pour l'intéressée, …": a latter anaphor from token k, which the description
    finder leaves out (its head is no role)."""
    toks = sent.tokens
    if k + 1 >= len(toks) or toks[k].lower not in ("ce", "cette", "l'", "l’") or \
            FR_LATTER_ANAPHORS.get(toks[k + 1].lower) is None:
        return None
    after = toks[k + 2] if k + 2 < len(toks) else None
    if after is not None and after.is_word and not after.is_cap and after.lower not in FUNCTION_WORDS and \
            after.lower not in NP_STOP_PREPOSITIONS and not is_adverb(after, "fr"):
        return None  # "selon ce dernier rapport": an adjective before its noun
    return _description(sent, k, k + 1, toks[k + 1].lower, True)


def name_as_modifier(sent: Sentence, m: Mention, k: int, lex: Lexicon) -> Mention | None:
    """A noun phrase (from token k) in which the name `m` only modifies: "Airbus sales chief John Leahy" (a body, a
    role, then the person), "Arsenal manager", "the GMB union" (a body's name, then a role or a body's noun)."""
    toks = sent.tokens
    for other in sent.mentions:
        if other.kind == "name" and other.tok_start > m.tok_end and other.tok_start - m.tok_end <= 4 and \
                all(not t.is_cap and t.is_word and t.lower not in NP_STOP_PREPOSITIONS and
                    t.lower not in NP_CONNECTORS and t.lower not in DETERMINERS
                    for t in toks[m.tok_end:other.tok_start]) and \
                _is_title(toks[other.tok_start - 1].lower, lex):  # not "Boeing disputes Airbus's figures"
            return other
    if m.tok_end < len(toks) and not toks[m.tok_end].is_cap and (m.entity is None or m.entity.kind != "person") \
            and (is_role(toks[m.tok_end].lower, lex) or is_org_noun(toks[m.tok_end].lower, lex)):
        desc = description_forward(sent, k, lex)  # "admits Arsenal manager": the club's manager, not the club
        if desc is not None and desc.tok_end > m.tok_end:
            return desc
    if lex.lang == "en" and (m.entity is None or m.entity.kind != "person"):
        j = m.tok_end  # "says Sheffield tower block resident": nouns modifying a person's noun after the name
        while j < len(toks) and j - m.tok_end < 4 and toks[j].is_word and not toks[j].is_cap and \
                toks[j].lower not in FUNCTION_WORDS and toks[j].lower not in lex.cue_forms:
            j += 1
        if j - m.tok_end >= 2 and is_role(toks[j - 1].lower, lex) and not is_org_noun(toks[j - 1].lower, lex) and \
                (j == len(toks) or not toks[j].is_word):
            return _description(sent, k, j - 1, toks[j - 1].lower, False)
    return None


def _bare_headline_noun(toks: list[Token], k: int, lex: Lexicon) -> bool:
    """One lowercase content word ending a headline after its cue ("says triathlete", "warns expert")."""
    tok = toks[k]
    return tok.is_word and not tok.is_cap and tok.lower not in FUNCTION_WORDS and tok.lower not in PREPOSITIONS \
        and tok.lower not in DETERMINERS and tok.lower not in lex.cue_forms and len(tok.lower) > 2 and \
        not tok.lower.isdigit() and (k + 1 == len(toks) or not toks[k + 1].is_word)


DOMAIN_ZIPF = 4.6  # "à la Défense", "à la Santé": a capitalised common noun is a domain, "à Fox News" a name


def _without_addressee(sent: Sentence, desc: Mention) -> Mention:
    """ "confirme un responsable militaire à Fox News": after the verb, "à" and a name is whom the speaker
    told, not part of who speaks ("le secrétaire à la Défense" keeps its ministry)."""
    toks = sent.tokens
    for j in range(desc.tok_start + 2, desc.tok_end - 1):
        if toks[j].lower not in ("à", "au", "aux"):
            continue
        nxt = j + 1
        while nxt < desc.tok_end and toks[nxt].lower in ARTICLES:
            nxt += 1
        named = sent.mention_starting(nxt) if nxt < desc.tok_end else None
        if nxt < desc.tok_end and toks[nxt].is_cap and not _ministry_domain(toks, nxt) and \
                (toks[nxt].is_acronym or zipf(toks[nxt].bare.lower(), "fr") < DOMAIN_ZIPF or
                 named is not None and named.kind == "name" and named.tok_end - named.tok_start > 1):
            # "à France Info": a name of several words is no ministry's domain
            if named is not None and named.tok_end < len(toks) and toks[named.tok_end].text == "(":
                break  # "la force de l'Otan au Kosovo (Kfor)": an acronym restates the whole phrase, seat included
            words = [t.lower for t in toks[desc.tok_start:j]]
            if desc.head in words:
                return _description(sent, desc.tok_start, j - 1, desc.head, desc.definite)
        break
    return desc


def widened(name: Mention, desc: Mention) -> Mention:
    merged = Mention("name", min(desc.start, name.start), max(desc.end, name.end), name.text,
                     min(desc.tok_start, name.tok_start), max(desc.tok_end, name.tok_end),
                     entity=name.entity, gender=name.gender, words=name.words)
    merged.name_span = name.name_span or (name.start, name.end)
    merged.head = desc.text
    return merged


def np_before(sent: Sentence, k: int, lex: Lexicon) -> Mention | None:
    """The subject of a cue at token `k`: `X said`, `X, who ..., said`, `X has also said`."""
    toks = sent.tokens
    if lex.lang == "fr" and k >= 1 and toks[0].lower in ("lui", "eux") and \
            all(is_adverb(t, "fr") for t in toks[1:k]):  # "Lui pense que …": a stressed pronoun opening the sentence
        return Mention("pronoun", toks[0].start, toks[0].end, toks[0].text, 0, 1, gender=lex.pronouns[toks[0].lower])
    j = k - 1
    while j >= 0 and (toks[j].lower in SKIP_BEFORE_CUE or is_adverb(toks[j], lex.lang) or
                      toks[j].lower in WEEKDAYS or
                      (toks[j].lower == "on" and j + 1 < k and toks[j + 1].lower in WEEKDAYS)):
        if toks[j].lower in ("a", "l'", "le", "y", "en") and lex.lang == "en":
            break
        j -= 1
    if j < 0:
        return None
    modified = participle_subject(sent, j, lex)
    if modified is not None:
        return modified
    if toks[j].text == ")" and j >= 3 and (toks[j - 1].is_acronym or lex.lang == "fr" and toks[j - 1].is_cap) and \
            toks[j - 2].text == "(":  # French writes long acronyms as names: "(Insee)", "(Anses)"
        inner = np_before(sent, j - 2, lex)  # "a spokesman for the … Administration (TSA) told"
        if inner is None or inner.tok_end != j - 2:
            return inner
        wide = replace(inner, end=toks[j].end, text=sent_text(sent, inner.tok_start, j), tok_end=j + 1)
        if inner.name_span is None and inner.kind == "name":
            wide.name_span = (inner.start, toks[j].end)
        elif inner.name_span is None and lex.lang == "fr":
            wide.name_span = (inner.start, inner.end)  # the body's name without its acronym
        return wide
    tok = toks[j]
    low = tok.lower
    if low in RELATIVES:
        i = j - 1
        if i >= 0 and toks[i].text == ",":
            i -= 1
        m = sent.mention_ending(i) if i >= 0 else None
        m = m or (description_back(sent, i, lex) if i >= 0 else None)
        if m is None and i >= 1 and toks[i].lower in lex.pronouns and toks[i - 1].lower in CLEFT_COPULAS:
            # "C'est elle qui a déclaré", "It was she who said": the cleft's pronoun is the speaker
            return Mention("pronoun", toks[i].start, toks[i].end, toks[i].text, i, i + 1,
                           gender=lex.pronouns[toks[i].lower])
        return _person_before_complement(sent, m) or m
    if tok.text == ",":
        return clause_subject(sent, j, lex)
    if low in COORDINATORS:
        return clause_subject(sent, j, lex)
    if low in lex.pronouns:
        kind = lex.pronouns[low]
        return Mention("pronoun", tok.start, tok.end, tok.text, j, j + 1, gender=kind)
    m = sent.mention_ending(j)
    if m is None and j > 0 and tok.is_acronym and low in lex.titles:
        person = sent.mention_ending(j - 1)  # "Prosecutor Andrew Edis QC told"
        if person is not None and person.entity is not None and person.entity.kind == "person":
            return person
    if m is not None and lex.lang == "en" and m.tok_end - m.tok_start == 1 and PLURAL_ACRONYM_RE.match(tok.text):
        i = j  # "opposition MPs said", "backbench TDs said": lower-case words before a plural acronym
        while i > 0 and j - i < 3 and toks[i - 1].is_word and not toks[i - 1].is_cap and \
                toks[i - 1].lower not in FUNCTION_WORDS and toks[i - 1].lower not in PREPOSITIONS and \
                toks[i - 1].lower not in lex.cue_forms and not is_adverb(toks[i - 1], lex.lang):
            i -= 1
        if i < j:
            return Mention("description", toks[i].start, tok.end, sent_text(sent, i, j), i, j + 1, head=low,
                           words=tuple(t.lower for t in toks[i:j + 1]), definite=False)
    # "Shops in Truro's Lemon Street say": a street of a town, the town's possessive before it
    at = m.tok_start - 1 if m is not None and m.tok_start >= 3 and toks[m.tok_start - 1].possessive and \
        toks[m.tok_start - 1].is_cap else m.tok_start if m is not None else 0
    if m is not None and lex.lang == "en" and m.kind == "name" and \
            (m.entity is not None and m.entity.kind == "place" or at < m.tok_start) and at >= 2 and \
            toks[at - 1].lower in ("in", "from"):
        i = at - 2  # "Reports in Australia said", "Officials in Kyiv said": a plural placed, not the place
        noun = toks[i].lower
        if toks[i].is_word and _singular(noun) != noun and \
                (is_role(_singular(noun), lex) or is_org_noun(_singular(noun), lex)) and \
                (i == 0 or not toks[i - 1].is_word or toks[i - 1].lower in FUNCTION_WORDS):
            return Mention("description", toks[i].start, toks[j].end, sent_text(sent, i, j), i, j + 1,
                           head=_singular(noun), words=tuple(t.lower for t in toks[i:j + 1]), definite=False)
    if m is not None and lex.lang == "en" and m.kind == "name" and m.entity is not None and \
            m.entity.kind == "place" and m.tok_start >= 2 and toks[m.tok_start - 1].lower == "for":
        i = m.tok_start - 2  # "Transport for Ireland said": a body named "X for <place>", not the place
        if toks[i].is_cap and toks[i].is_word and not _is_title(toks[i].lower, lex) and \
                toks[i].lower not in FUNCTION_WORDS and (i == 0 or toks[i - 1].lower in ARTICLES):
            return Mention("description", toks[i].start, toks[j].end, sent_text(sent, i, j), i, j + 1,
                           head=toks[i].lower, words=tuple(t.lower for t in toks[i:j + 1]), definite=False)
    if m is not None:
        phrase = _of_phrase(sent, m, lex) or _coordinated(sent, m, lex)
        if phrase is not None:
            return phrase
        if not m.head and (m.tok_start >= 2 and toks[m.tok_start - 1].lower in ("of", "de", "du", "des", "d'", "d’")
                           or m.tok_start >= 3 and toks[m.tok_start - 1].lower in ARTICLES and
                           toks[m.tok_start - 2].lower in ("of", "de", "d'", "d’")):
            subject = clause_subject(sent, m.tok_start, lex)
            if subject is not None and subject.kind == "name" and subject.tok_end < m.tok_start and \
                    subject.entity is not None and subject.entity.kind == "person":
                return subject  # "Damien Le Guay, philosopher and vice-chairperson of the Comité …"
        return m
    if tok.text == QUOTE_TOKEN:
        return None
    desc = description_back(sent, j, lex)
    person = _person_opening(sent, desc)
    if person is not None:
        return person  # "Colonel Dao Thanh Liem of the Hanoi traffic police said": the person, not his unit
    rel = desc.tok_start - (toks[desc.tok_start].lower not in ("that", "who")) if desc is not None else 0
    if desc is not None and lex.lang == "en" and rel >= 1 and toks[rel].lower in RELATIVES | {"that"}:
        # "A senior official who briefed reporters said": the relative clause's object is not the subject
        outer = sent.mention_ending(rel - 1) or description_back(sent, rel - 1, lex)
        if outer is not None and (outer.kind == "name" or outer.head and
                                  (is_role(outer.head, lex) or is_org_noun(outer.head, lex))):
            return outer
    return desc


COMPLEMENT_PREPOSITIONS = frozenset({"of", "from", "at", "de", "d'", "d’", "du", "des", "chez"})
CLEFT_COPULAS = frozenset({"est", "était", "fut", "is", "was"})  # "c'est elle qui", "it was he who"


def _person_opening(sent: Sentence, desc: Mention | None) -> Mention | None:
    """A person's name that opens the phrase `desc`, before its complement ("Colonel X of the traffic police",
    "Dr Y from the county hospital"), not one inside the complement ("a friend of X")."""
    if desc is None:
        return None
    toks = sent.tokens
    named = sent.mention_starting(desc.tok_start)
    if named is None or named.kind != "name" or named.entity is None or named.entity.kind != "person" or \
            named.tok_end >= desc.tok_end or toks[named.tok_end].lower not in COMPLEMENT_PREPOSITIONS:
        return None
    return named


def _person_before_complement(sent: Sentence, m: Mention | None) -> Mention | None:
    """ "Dr John Money, de l'université Johns-Hopkins, qui considérait": a relative after a set-off
    complement (where the person works, comes from) has the person before it as its antecedent."""
    if m is None:
        return None
    toks = sent.tokens
    k = m.tok_start - 1
    while k >= 0 and m.tok_start - k <= 4 and toks[k].is_word and not toks[k].is_cap and \
            toks[k].lower not in COMPLEMENT_PREPOSITIONS:
        k -= 1  # "l'université", "the University"
    if k < 1 or toks[k].lower not in COMPLEMENT_PREPOSITIONS:
        return None
    set_off = toks[k - 1].text == ","
    person = sent.mention_ending(k - 2 if set_off else k - 1) if k >= 2 else None
    if person is None or person.kind != "name" or person.entity is None or \
            not (person.entity.kind == "person" or set_off and person.entity.kind == "unknown" and
                 len(person.entity.tokens) > 1):
        return None  # without the comma ("Dr. John Money at Johns Hopkins University, who held"), a person only
    return person


IRREGULAR_PARTICIPLES = SPEAKER_WORDS["irregular_participles"]
PARTICIPLE_LINKS = frozenset({"to", "by", "in", "at", "on", "from", "for", "with", "near", "inside", "of"})
VERB_PARTICLES = frozenset({"out", "up"})  # "a survey carried out for", "a review drawn up by"
DOCUMENT_HEADS = WORD_LISTS["document_heads"]


def participle_subject(sent: Sentence, j: int, lex: Lexicon) -> Mention | None:
    """ "Firemen called to the scene of the drama confirmed", "L'expert dépêché sur place par le parquet
    assure": the sentence opens with a role noun and a participle phrase that runs up to the verb (token j
    ends it); the speaker is the whole phrase, not the last noun in it."""
    toks = sent.tokens
    i = 0
    while i < j and not toks[i].is_word:
        i += 1
    first = i
    if i < j and toks[i].lower in DETERMINERS | INDEFINITE:
        i += 1
    head = toks[i].lower
    document = lex.lang == "en" and head in DOCUMENT_HEADS  # "A review commissioned by NHS Highland has found"
    if i + 2 > j or not (is_role(head, lex) or is_role(_singular(head), lex) or document):
        return None
    part = toks[i + 1].lower
    # the participle's link: a preposition ("called to the scene"), after a particle ("carried out for"), or for a
    # person, an article opening the object of an active participle ("A lawyer representing the Aldous family")
    link = toks[i + 3].lower if lex.lang == "en" and toks[i + 2].lower in VERB_PARTICLES and i + 3 <= j else \
        toks[i + 2].lower
    participle = part.endswith(("é", "ée", "és", "ées")) if lex.lang == "fr" else \
        (part.endswith(("ed", "en", "ing")) or part in IRREGULAR_PARTICIPLES) and \
        (link in PARTICIPLE_LINKS or part.endswith("ing") and not document and link in ARTICLES)
    # a speech verb's participle with its complement modifies the noun: "A man accused of arson in Ripon told"
    if not participle or toks[i + 1].is_cap or part in lex.cue_forms and not (
            lex.lang == "en" and part.endswith("ed") and toks[i + 2].lower == "of"):
        return None
    rest = toks[i + 2:j + 1]
    if len(rest) > 12 or any(not t.is_word and t.text not in ("'", "’", "-") for t in rest) or \
            any(t.lower in ("que", "qu'", "qu’", "that", "qui", "who", "which", "and", "et") for t in rest):
        return None
    return _description(sent, first, j, toks[i].lower, toks[first].lower not in INDEFINITE)


def _coordinated(sent: Sentence, m: Mention, lex: Lexicon | None = None) -> Mention | None:
    """ "Washington and Seoul say", "La banque et Londres ont souligné": two parties as one speaker."""
    i = m.tok_start - 1
    if i >= 2 and sent.tokens[i].lower in ARTICLES and sent.tokens[i - 1].lower in ("and", "et"):
        i -= 1  # "Le Frelimo et la Renamo insistent"
    if i >= 1 and sent.tokens[i].lower in ("and", "et") and m.kind == "name":
        first = sent.mention_ending(i - 1)
        if first is None and lex is not None:
            first = description_back(sent, i - 1, lex)
        if first is None and i == 1 and sent.tokens[0].is_cap and sent.tokens[0].is_word and lex is not None and \
                sent.tokens[0].lower not in FUNCTION_WORDS and sent.tokens[0].lower not in lex.pronouns:
            tok = sent.tokens[0]  # "Renault and Nissan said": a name opening the sentence is no less a name
            first = Mention("name", tok.start, tok.end, tok.text, 0, 1, words=(tok.text,))
            if first is not None and first.tok_start > 0 and sent.tokens[first.tok_start - 1].is_word and \
                    sent.tokens[first.tok_start - 1].lower not in LEADING_SKIP:
                first = None  # the description must open the clause, not end a complement
        if first is not None and first.kind in ("name", "description"):
            text = sent.source[first.start:m.end]
            group = Mention("name", first.start, m.end, text, first.tok_start, m.tok_end, words=tuple(text.split()))
            return group
    return None


def _plural_subject(sent: Sentence, i: int, lex: Lexicon) -> Mention | None:
    """ "most experts", "many officials": a bare plural role noun ending at token i, with its quantifier."""
    toks = sent.tokens
    low = toks[i].lower
    if toks[i].is_cap and i > 0 or not low.endswith("s") or not is_role(_singular(low), lex) and not is_role(low, lex):
        return None
    first = i
    while first > 0 and i - first < 3 and toks[first - 1].is_word and toks[first - 1].lower in QUANTIFIERS:
        first -= 1
    return _description(sent, first, i, low, False)


def _of_phrase(sent: Sentence, m: Mention, lex: Lexicon) -> Mention | None:
    """ "the father of Kim Jong-un", "la filiale de Cogeco": the name is only a complement."""
    i = m.tok_start - 1
    toks = sent.tokens
    if i >= 1 and (toks[i].lower in ("from", "of", "at", "de", "du", "chez") or toks[i].lower == "in" and lex.lang == "en"):
        person = sent.mention_ending(i - 1)  # ("baker Ana Ruiz in Ponce said": where the person is)
        if person is not None and person.entity is not None and person.entity.kind == "person":
            return person
    if i >= 1 and toks[i].lower in ("of", "de", "du", "des", "d'", "d’") and m.kind == "name":
        owner = sent.mention_ending(i - 1)
        if owner is not None and owner.kind == "name" and owner.entity is not None and \
                owner.entity.kind in ("org", "unknown") and owner.tok_end == i:
            return owner  # "the ACLU of Nevada warned": the organisation, not the place
    if i >= 2 and toks[i].lower in ("the", "la", "le", "les", "l'", "l’") and \
            toks[i - 1].lower in ("in", "at", "from"):
        i -= 1  # "experts in the United States", "a team from the University of Lincoln"
    if i >= 1 and toks[i].lower in ("in", "from", "at", "en", "au") and m.entity is not None and \
            m.entity.kind in ("place", "org", "unknown"):
        desc = description_back(sent, i - 1, lex) or _plural_subject(sent, i - 1, lex) or \
            (any_noun_phrase(sent, i - 1) if toks[i].lower == "from" else None)  # "a team from the University of X"
        if desc is not None:  # "Former Hostage in Lebanon Says"
            return _description_with(sent, desc, m)
    if _class_noun_before_name(toks, i, m, lex):
        i -= 1  # "les commerçants du marché Thiaroye": the name is the class noun's, the complement's
    if i >= 1 and toks[i].lower in DETERMINERS and toks[i - 1].lower in NP_CONNECTORS | {"à", "au", "aux"}:
        i -= 1
    if lex.lang == "fr" and i >= 2 and toks[i].lower in FR_DE_FORMS and toks[i - 1].lower == "et":
        desc = description_back(sent, m.tok_end - 1, lex)  # "le ministère de l'Électricité et de l'Eau": one body
        if desc is not None and desc.tok_start < i - 1:
            return desc
    if i >= 1 and toks[i].lower in NP_CONNECTORS - {"for", "pour", "with", "at"} | {"à", "au", "aux"} and \
            toks[i - 1].is_word and (not toks[i - 1].is_cap or i == 1 and _common_noun(toks[0], lex)):
        desc = description_back(sent, i - 1, lex) or any_noun_phrase(sent, i - 1)
        if desc is not None:
            return _description_with(sent, desc, m)
    if i >= 1 and toks[i].lower in ("for", "pour") and toks[i - 1].is_word and not toks[i - 1].is_cap:
        desc = description_back(sent, i - 1, lex)  # "a spokesman for the Transportation Security Administration"
        if desc is not None and desc.tok_end == i and role_gender(desc.head, lex)[0] and \
                _singular(desc.head.lower()) in SPOKESPEOPLE:
            return _description_with(sent, desc, m)
    return None


COMPLEMENT_OPENERS_FR = frozenset({"de", "du", "des", "d'", "d’", "l'", "l’", "la", "le", "les"})


def _class_noun_before_name(toks: list[Token], i: int, m: Mention, lex: Lexicon) -> bool:
    """ "du marché Thiaroye", "de l'association Plus de trains": in French a lowercase class noun (not a
    title) sets a place's or body's name inside a complement, after "de" or its article. Not when the noun the
    complement qualifies is itself a body's ("l'agence de notation Moody's", "le groupe de BTP Vinci"): the name
    is then that body's own."""
    if lex.lang != "fr" or i < 2 or m.kind != "name" or m.entity is None or m.entity.kind == "person":
        return False
    tok = toks[i]
    if not (tok.is_word and not tok.is_cap and tok.lower not in FUNCTION_WORDS and
            tok.lower not in DETERMINERS and not _is_title(tok.lower, lex) and
            toks[i - 1].lower in COMPLEMENT_OPENERS_FR and
            (toks[i - 1].lower in NP_CONNECTORS or toks[i - 2].lower in NP_CONNECTORS)):
        return False
    head = i - 1
    while head > 0 and toks[head].lower in COMPLEMENT_OPENERS_FR:
        head -= 1
    return fold(toks[head].lower) not in lex.org_words and fold(toks[head].lower) not in COMPANY_NOUNS


def _description_with(sent: Sentence, desc: Mention, m: Mention) -> Mention:
    """The description `desc` extended to the name `m` it governs: "a spokesman for the TSA"."""
    words = tuple(t.lower for t in sent.tokens[desc.tok_start:m.tok_end])
    return Mention("description", desc.start, m.end, sent.source[desc.start:m.end], desc.tok_start, m.tok_end,
                   head=desc.head, words=words, definite=desc.definite)


SPOKESPEOPLE = WORD_LISTS["spokespeople"]


def _common_noun(tok: Token, lex: Lexicon) -> bool:
    """A sentence-initial capitalised word that is a role or organisation noun ("Residents of …")."""
    low = tok.lower
    return is_role(low, lex) or is_role(_singular(low), lex) or is_org_noun(low, lex)


def any_noun_phrase(sent: Sentence, j: int) -> Mention | None:
    """A determiner and lowercase words ending at token j, whatever the noun: "la célèbre interprète"."""
    toks = sent.tokens
    i = j
    while i >= 0 and j - i < 5 and toks[i].is_word and not toks[i].is_cap and toks[i].lower not in DETERMINERS and \
            toks[i].lower not in EN_AUXILIARIES:  # not a clause: "The trust had done nothing, Marsh told"
        i -= 1
    if i < 0 or i == j or toks[i].lower not in DETERMINERS:
        return None
    return _description(sent, i, j, toks[j].lower, toks[i].lower not in INDEFINITE)


FR_PAST_PARTICIPLE = ("é", "ée", "és", "ées")
FR_RELATION_NOUNS = SPEAKER_WORDS["fr_relation_nouns"]
ADDRESSES = name_words("address.male") | name_words("address.female")  # with "M.", which ADDRESS_FORMS leaves out
FR_TITLE_ROLES = {str(k): str(v) for k, v in load_yaml("speaker_lexicon")["fr_title_roles"].items()}
ORIGIN_EPITHETS = frozenset(str(w) for w in load_yaml("speaker_lexicon")["origin_epithets"])
EN_TITLE_ROLES = {str(k): str(v) for k, v in load_yaml("speaker_lexicon")["en_title_roles"].items()}
FR_LATTER_ANAPHORS = {str(k): str(v) for k, v in load_yaml("speaker_lexicon")["fr_latter_anaphors"].items()}
AGE_WORD_RE = re.compile(r"\d{1,3}-year-old$")
PLURAL_ACRONYM_RE = re.compile(r"[A-Z]{2,}s$")  # "MPs", "TDs", "MEPs": a plural noun written as an acronym
EN_AUXILIARIES = frozenset("had has have is was were are will would could should can may might must did does".split())


FR_CLITICS = frozenset({"s'", "s’", "se", "ne", "n'", "n’", "y", "en", "lui", "leur"})
NAME_OF = frozenset({"of", "for", "on", "de", "du", "des", "d'", "d’"})  # "the ACLU of Nevada" is one name
QUANTIFIERS = frozenset("""most many some several few other all both numerous la plupart des plusieurs nombreux
certains quelques""".split())
ADVERBIAL_STARTERS = frozenset("""as when while after before if although though since because despite however
meanwhile earlier later yesterday today lorsque quand alors si comme après avant malgré pendant depuis hier dès
interrogé interrogée asked speaking""".split())
LEADING_SKIP = frozenset("""but and so yet however also meanwhile moreover still then thus now later earlier
finally mais et or donc puis ensuite pourtant cependant toutefois aussi enfin alors""".split())


SUBORDINATE_OPENERS = frozenset({"as", "when", "after", "because", "since", "although", "though", "lorsque",
                                 "quand", "puisque", "alors que"})


def _person_starts(sent: Sentence, i: int) -> int | None:
    """Where the person's name that opens the clause at token `i` starts (after "former", "le député")."""
    toks = sent.tokens
    j = i
    while j < len(toks) and j - i < 4 and toks[j].is_word and not toks[j].is_cap and toks[j].lower not in ("that",
                                                                                                         "que"):
        j += 1  # "former", "le député"
    m = sent.mention_starting(j)
    if m is not None and m.kind == "name" and m.entity is not None and m.entity.kind == "person" and \
            m.tok_end < len(toks) and toks[m.tok_end].is_word and not toks[m.tok_end].is_cap:
        return j
    return None


def _person_after_comma(sent: Sentence, k: int, upto: int, lex: Lexicon) -> Mention | None:
    """The person the first comma from token k on introduces before `upto`, by name or by a role and a name in
    apposition: the subject of a French clause that opens with a phrase set off before it."""
    toks = sent.tokens
    comma = next((q for q in range(k, upto) if toks[q].text == ","), None)
    if comma is None or comma + 1 >= upto:
        return None
    named = sent.mention_starting(comma + 1)
    if named is not None and named.kind == "name" and named.entity is not None and named.entity.kind == "person":
        return named
    role = description_forward(sent, comma + 1, lex)
    person = apposition_name(sent, role) if role is not None and role.tok_end < upto else None
    if person is None or person.entity is None or person.entity.kind not in ("person", "unknown"):
        return None
    return widened(person, role)


DATE_OPENERS = frozenset({"on", "in", "last", "this", "earlier", "late", "early", "by"})  # before a date
TIME_NOUNS = frozenset({"week", "month", "year", "morning", "afternoon", "evening", "night", "weekend", "spring",
                        "summer", "autumn", "winter", "fall"})


def _past_participle_asides(sent: Sentence, p: int, upto: int, lex: Lexicon) -> int:
    """Past the asides set off by commas that follow a leading adverbial, each opening with a participle or a
    preposition ("Dans sa réponse, annexée au rapport, SNCF …", "In a letter, sent on Monday, the council …"):
    where the subject starts."""
    toks = sent.tokens
    for _ in range(3):
        if p >= upto or sent.mention_starting(p) is not None or toks[p].is_cap or not toks[p].is_word or \
                toks[p].lower in DETERMINERS or toks[p].lower in lex.pronouns:
            return p
        low = toks[p].lower
        aside = low in PREPOSITIONS or (low.endswith(("é", "ée", "és", "ées")) if lex.lang == "fr" else
                                        low.endswith(("ed", "en")) or low in IRREGULAR_PARTICIPLES)
        comma = next((q for q in range(p + 1, upto) if toks[q].text == ","), None)
        if not aside or comma is None or comma + 1 >= upto:
            return p
        p = comma + 1
    return p


def _after_occupation(sent: Sentence, p: int, upto: int, lex: Lexicon) -> int | None:
    """Where a name starts after an occupation of two or three words written as its title, opening the clause
    at `p` ("Expedition organiser Pemba X", "Human rights lawyer Yonas Y"): the words before the name are
    plain words, the last of them a role noun."""
    toks = sent.tokens
    for q in range(p + 2, min(p + 4, upto)):
        words = toks[p:q]
        if not all(t.is_word and t.lower not in FUNCTION_WORDS and t.lower not in DETERMINERS for t in words) or \
                any(t.is_cap for t in words[1:]):
            return None
        if is_role(toks[q - 1].lower, lex) and _name_at(sent, q):
            return q
    return None


def _name_at(sent: Sentence, i: int) -> bool:
    m = sent.mention_starting(i)
    return m is not None and m.kind == "name"


def clause_subject(sent: Sentence, upto: int, lex: Lexicon) -> Mention | None:
    """The subject at the start of the clause ending before token `upto`."""
    toks = sent.tokens
    start = 0
    for k in range(upto - 1, -1, -1):
        if toks[k].text in (";",) or toks[k].lower in ("while", "whereas", "tandis", "alors") and k > 0:
            start = k + 1
            break
        person = _person_starts(sent, k + 1) if k > 0 and toks[k].lower in SUBORDINATE_OPENERS else None
        if person is not None:
            start = person  # "A paper was released as former MP Maxine McKew slammed …, saying": the nearer subject
            break
    p = start
    while p < upto and (toks[p].lower in LEADING_SKIP or toks[p].text in ("-", "–", "—", ",")):
        p += 1
    # a leading adverbial: "On Wednesday,", "In a statement,", "Attaqué par ..., "
    low = toks[p].lower if p < upto else ""
    # ("Du côté du festival, le directeur, X, se veut rassurant": "du", "au" open an adverbial there, no subject)
    fronted = lex.lang == "fr" and low in ("du", "au", "aux") and any(t.text == "," for t in toks[p:upto])
    if lex.lang == "en" and low in DATE_OPENERS:
        q = p + 1
        while q < upto and (toks[q].lower in WEEKDAYS or toks[q].lower in MONTHS or toks[q].text.isdigit() or
                            toks[q].lower in TIME_NOUNS):
            q += 1
        if p + 1 < q < upto and toks[q].text != "," and (toks[q].lower in DETERMINERS or _name_at(sent, q)):
            p = q  # "On Monday Kloofware sued …", "Last week the council said": a date with no comma after it
            low = toks[p].lower
    if lex.lang == "en" and p + 1 < upto and toks[p].is_word and not toks[p].is_cap and is_role(low, lex) and \
            _name_at(sent, p + 1):
        p += 1  # "But fisherman Rodelio X, 58, said": a lowercase occupation written as a title before the name
        low = toks[p].lower
    elif lex.lang == "en" and sent.mention_starting(p) is None:
        named = _after_occupation(sent, p, upto, lex)
        if named is not None:
            p, low = named, toks[named].lower  # "Expedition organiser Pemba X, who …, said": the title's words
    if p < upto and (low not in DETERMINERS or fronted) and low not in lex.pronouns and \
            sent.mention_starting(p) is None and \
            (low in PREPOSITIONS or low in FUNCTION_WORDS or low in ADVERBIAL_STARTERS or toks[p].is_word and
             not (toks[p].is_cap and _is_title(low, lex))):
        for q in range(p, upto):
            if toks[q].text == ",":
                p = q + 1
                break
        else:
            return None
        p = _past_participle_asides(sent, p, upto, lex)  # "Dans sa réponse, annexée au rapport, SNCF … assure"
    if p >= upto:
        return None
    m = sent.mention_starting(p)
    if m is None and toks[p].lower in ARTICLES and p + 1 < upto:
        m = sent.mention_starting(p + 1)  # "La National Security Agency"
    if m is not None and m.possessive and m.tok_end < upto:
        owned = sent.mention_starting(m.tok_end)  # "Surrey's Cormac Kettle, who took six for 31, said"
        if owned is None and lex.lang == "en" and m.kind == "name" and toks[m.tok_end].is_word and \
                not toks[m.tok_end].is_cap:
            desc = description_forward(sent, m.tok_end, lex)
            if desc is not None and desc.tok_end <= upto and desc.head and \
                    (is_role(desc.head, lex) or is_org_noun(desc.head, lex)):
                # "Australia's competition regulator has sued": the place owns the speaker, it is not the speaker
                return _description(sent, m.tok_start, desc.tok_end - 1, desc.head, True)
        m = owned if owned is not None and owned.kind == "name" and not owned.possessive else m
    if m is not None and lex.lang == "fr" and m.kind == "name" and m.entity is not None and m.entity.kind == "place":
        person = _person_after_comma(sent, m.tok_end, upto, lex)  # "Invitée de France Bleu Isère, la présidente, X,"
        if person is not None:
            return person
    if m is not None:
        # "The GMB union called", "Union leader Tom Smith called": the name modifies the subject's noun
        modified = name_as_modifier(sent, m, p, lex) if m.kind == "name" and m.tok_end < upto else None
        if modified is not None and modified.tok_end <= upto:
            return modified
        return _of_phrase(sent, m, lex) or m
    tok = toks[p]
    if tok.lower in lex.pronouns:
        return Mention("pronoun", tok.start, tok.end, tok.text, p, p + 1, gender=lex.pronouns[tok.lower])
    desc = description_forward(sent, p, lex)
    if desc is not None:
        named = apposition_name(sent, desc)
        if named is None and lex.lang == "fr" and tok.lower not in DETERMINERS and tok.is_cap:
            comma = next((q for q in range(desc.tok_end, upto) if toks[q].text == ","), None)
            after = sent.mention_starting(comma + 1) if comma is not None and comma + 1 < upto else None
            if after is not None and after.kind == "name" and after.entity is not None and \
                    after.entity.kind in ("person", "unknown"):
                return after  # "Éleveur … depuis trente ans, Jean-Yves Le Goff voit": a bare noun set before him
            if after is None and comma is not None:
                person = _person_after_comma(sent, comma, upto, lex)  # "Buteur sur penalty, l'attaquant X se voulait"
                if person is not None:
                    return person
        return widened(named, desc) if named else desc
    return name_after_noun(sent, p)


# ---------------------------------------------------------------- resolution


@dataclass(frozen=True, slots=True)
class Resolution:
    """Whom a speaker mention refers to, and how sure the resolution is."""

    name: str | None
    entity: Entity | None
    confidence: float
    how: str  # "name", "surname", "pronoun", "description", "source", "unresolved"


# the parts of a clause a name plays as a noun's complement ("de la Martinique", "de Kolda"), not who acts
COMPLEMENT_ROLES = frozenset({"possessive", "complement"})


class Resolver:
    """Resolves speaker mentions to entities, remembering who spoke last."""

    def __init__(self, lex: Lexicon, registry: Registry, block_starts: list[int], furniture: set[int]):
        self.lex = lex
        self.registry = registry
        self.block_starts = block_starts
        self.furniture = furniture
        self.history: list[tuple[int, Entity | None, int]] = []  # (position, entity, block)
        self.described: list[tuple[int, str]] = []  # (position, text) of speakers known only by description
        self.described_heads: dict[int, str] = {}  # position -> head noun of that description ("" for a name)
        self.described_genders: dict[int, str | None] = {}  # position -> the gender that description implies
        self.headline_blocks: set[int] = set()
        self.cited: set[int] = set()  # ids of organisations cited as a source, not as a speaker
        # id(entity) -> the sorted positions it spoke at, as `history` has them (None's id for no entity)
        self.spoken: dict[int, list[int]] = {}
        self._described_at: list[int] = []  # the positions in `described`, sorted
        self._named_at: list[int] = []  # the positions in `history` with an entity, sorted
        self._history_in: dict[int, list[int]] = {}  # block -> the indices of its entries in `history`
        self._described_in: dict[int, list[int]] = {}  # block -> the indices of its entries in `described`
        self.described_named_at: dict[int, int] = {}  # position in `described` -> its mention, when later
        self.spoken_end: dict[int, int] = {}  # position in `history` -> where that statement ends

    def cite(self, entity: Entity) -> None:
        self.cited.add(id(entity))

    def block_of(self, pos: int) -> int:
        return max(0, bisect.bisect_right(self.block_starts, pos) - 1)

    def window_start(self, block: int, within: int) -> int:
        """Where the block `within` blocks before `block` starts: p is at most `within` blocks before `block`
        exactly when p >= it (any position when that block would be the first or before it)."""
        first = block - within
        return self.block_starts[first] if first > 0 else -1

    def spoke(self, pos: int, entity: Entity | None, end: int | None = None) -> None:
        if end is not None:
            self.spoken_end[pos] = end  # (a statement's own words may name people: "X, who …, was buried, Y said")
        self._history_in.setdefault(self.block_of(pos), []).append(len(self.history))
        self.history.append((pos, entity, self.block_of(pos)))
        bisect.insort(self.spoken.setdefault(id(entity), []), pos)
        if entity is not None:
            bisect.insort(self._named_at, pos)

    def first_speaker(self) -> Entity | None:
        """The first person the body quotes (headlines are attributed after the body)."""
        # a name of two words or more that nothing classified is most often a person's whose first name the
        # lexicon lacks ("the Dutch swimmer Femke Visser said"): a body's name holds a body's word
        spoken = [(p, e) for p, e, b in self.history if e is not None and b not in self.headline_blocks and
                  (e.kind == "person" or e.kind == "unknown" and len(e.tokens) > 1)]
        return min(spoken, key=lambda pe: pe[0])[1] if spoken else None

    def first_person(self) -> Entity | None:
        """The first person the body of the text names."""
        for p, e, _ in self.registry.mentions_from(0):  # the earliest first, in registry order at one position
            block = self.block_of(p)
            if e.kind == "person" and block not in self.furniture and block not in self.headline_blocks:
                return e
        return None

    def _first_subject_person(self, pos: int) -> Entity | None:
        """The first person the body of the text names as a clause's subject before `pos`: whom an age given as a
        description ("the 22-year-old") most likely takes up when the text gave nobody that age."""
        for p, e, role in self.registry.mentions_from(0):
            if p >= pos:
                return None
            block = self.block_of(p)
            if role == "subject" and self._person_like(e) and block not in self.furniture and \
                    block not in self.headline_blocks:
                return e
        return None

    def _first_fitting(self, head: str) -> Entity | None:
        """The first person of the body (or a name described with a person's role) that a French role
        description `head` may stand for (fr_role_clash)."""
        for p, e, _ in self.registry.mentions_from(0):
            block = self.block_of(p)
            if block in self.furniture or block in self.headline_blocks or fr_role_clash(e, head, self.lex):
                continue
            if e.kind == "person" or e.kind == "unknown" and len(e.tokens) > 1 and any(
                    is_role(h, self.lex) and not is_org_noun(h, self.lex) for _, h, _ in e.descriptions):
                return e
        return None

    def spoke_as(self, pos: int, text: str, head: str = "", named_at: int | None = None) -> None:
        """A speaker known by its words spoke at `pos`; `named_at`: where the text names it, when after the words
        ("Three directors … treated it as their bank, the prosecutor told a jury")."""
        if named_at is not None and named_at > pos:
            self.described_named_at[pos] = named_at
        self._described_in.setdefault(self.block_of(pos), []).append(len(self.described))
        self.described.append((pos, text))
        bisect.insort(self._described_at, pos)
        self.described_heads[pos] = (head or "").lower()
        self.described_genders[pos] = description_gender(text, head, self.lex)

    def _latest_described(self, pos: int, within: int) -> tuple[int, str, str] | None:
        """The latest speaker known only by text, if none named since and within `within` blocks."""
        text = self.last_named(pos)
        if text is None:
            return None
        p = _last_before(self._described_at, pos)
        if self.block_of(pos) - self.block_of(p) > within:
            return None
        return p, text, self.described_heads.get(p, "")

    def _plural_text(self, text: str, head: str) -> bool:
        """ "Publicis and Omnicom", "the two groups", "les défenseurs": more than one speaker."""
        words = text.lower().split()
        # a complement's number is not the head's: "a mother of two", "une mère de deux enfants de Roubaix"
        own = next((i for i, w in enumerate(words) if w in NP_CONNECTORS and i > 1), len(words))
        if any(w in ("and", "et", "&", "two", "both", "deux") and (i < own or w not in ("two", "deux"))
               for i, w in enumerate(words[:-1])) or \
                words and words[0] in ("les", "ces", "these", "those"):
            return True
        if not head and len(words) > 1 and words[0] in DETERMINERS:
            cut = next((i for i, w in enumerate(words) if w in NP_CONNECTORS and i > 1), len(words))
            head = words[cut - 1]  # "the union of German journalists": the union
        return bool(head) and (head.endswith(("s", "x")) and _singular(head) != head or
                               head.endswith("men") and is_role(head[:-3] + "man", self.lex))

    def _same_head_described(self, m: Mention, pos: int, within: int = 4) -> str | None:
        """ "a press regulator says … the regulator said": the earlier description with the same head."""
        head = _singular(_strip_possessive(m.head.lower())) if m.head else ""
        if not head:
            return None
        own = _complement_words(m.text, head) if self.lex.lang == "fr" else set()
        for p, text in reversed(self.described_near(pos, within)):
            other = self.described_heads.get(p, "")
            if other and _singular(_strip_possessive(other)) == head and text.lower() != m.text.lower() and \
                    own <= _complement_words(text, head):
                return text  # ("le ministère de la Santé" is not "le ministère de l'Agriculture" named before)
        return None

    def last_named(self, pos: int) -> str | None:
        """The latest speaker known only by a description ("the Isère cave rescue organization")."""
        best = next(((p, text) for p, text in reversed(self.described) if p < pos), None)  # the last recorded
        if best is None:
            return None
        return best[1] if best[0] > _last_before(self._named_at, pos) else None

    def last_speaker(self, pos: int, within: int = 3) -> Entity | None:
        return next((e for _, e, _ in reversed(self.history_near(pos, within)) if e is not None), None)

    def history_near(self, pos: int, within: int) -> list[tuple[int, Entity | None, int]]:
        """The entries of `history` before `pos` and at most `within` blocks before it, in `history`'s order."""
        return self._near(self.history, self._history_in, pos, within)

    def described_near(self, pos: int, within: int) -> list[tuple[int, str]]:
        """The entries of `described` before `pos` and at most `within` blocks before it, in their order."""
        return self._near(self.described, self._described_in, pos, within)

    def _near(self, entries: list, by_block: dict[int, list[int]], pos: int, within: int) -> list:
        block = self.block_of(pos)
        found = [k for b in range(max(0, block - within), block + 1) for k in by_block.get(b, ())
                 if entries[k][0] < pos]
        return [entries[k] for k in sorted(found)]

    def resolve(self, m: Mention, pos: int, headline: bool = False, learn: bool = True,
                exclude: Entity | None = None) -> Resolution:
        """What `m` refers to; with `learn`, a pronoun also gives its gender to the person it resolves to
        (candidates weighed against each other resolve without learning, then `learn` the winner); a pronoun
        never resolves to `exclude` (someone the quote itself speaks of)."""
        resolution = self._resolve(m, pos, headline, exclude)
        if learn:
            self.learn(m, resolution)
        return resolution

    def learn(self, m: Mention, resolution: Resolution) -> None:
        """ "Gilles Lebrun … a-t-il précisé": a gendered pronoun resolved to a name of unknown gender."""
        best = resolution.entity
        if m.kind == "pronoun" and resolution.how == "pronoun" and best is not None and best.gender is None \
                and m.gender in ("m", "f") and (best.kind == "person" or len(best.tokens) > 1) and \
                best.kind in ("person", "unknown", "org"):
            best.gender = m.gender
        elif self.lex.lang == "fr" and m.kind == "description" and resolution.how == "description" and \
                best is not None and best.gender is None and best.kind == "person" and m.head:
            # "Prosper X, 88 ans, … s'amuse le vieil artisan": the gender the description agrees in
            best.gender = fr_adjective_gender(m.words) or self._fr_written_gender(m)

    def _resolve(self, m: Mention, pos: int, headline: bool, exclude: Entity | None = None) -> Resolution:
        if m.kind == "name" and m.entity is None:
            return Resolution(" ".join(m.words), None, 0.9, "name")
        if m.kind == "name" and m.entity is not None:
            e = m.entity
            if e.kind in ("org", "place"):
                return Resolution(e.name, e, 0.9, "name")
            full = len(m.words) >= len(e.tokens)
            return Resolution(e.name, e, 0.95 if full else 0.9, "name" if full else "surname")
        if m.kind == "pronoun":
            return self._expanded(self._pronoun(m, pos, exclude))
        if m.kind == "description":
            latter = self._fr_latter(m, pos) if self.lex.lang == "fr" and len(m.words) == 2 else None
            if latter is not None:
                return latter
            return self._short_name(m, self._expanded(self._description(m, pos, headline), m))
        return Resolution(None, None, 0.5, "unresolved")

    def _fr_latter(self, m: Mention, pos: int) -> Resolution | None:
        """ "ce dernier", "l'intéressée": the person of that gender named last in this paragraph or the two
        before (a name of two words or more that nothing classified counts as a person)."""
        gender = FR_LATTER_ANAPHORS.get(m.words[1])
        if gender is None or m.words[0] not in ("ce", "cette", "l'", "l’"):
            return None
        before = min(pos, m.start)
        people = [e for e in self.registry.named_between(self.window_start(self.block_of(pos), 2), before)
                  if e.gender in (gender, None) and (e.kind == "person" or e.kind == "unknown" and len(e.tokens) > 1
                                                     and not any(is_org_noun(t.lower(), self.lex) for t in e.tokens))]
        if not people:
            return None
        latest = max(people, key=lambda e: e.last_before(before) or -1)
        return Resolution(latest.name, latest, 0.7, "description")

    def _expanded(self, res: Resolution, m: Mention | None = None) -> Resolution:
        """ "The National Education Union (NEU) will ballot … It said": a pronoun or a description that
        resolves to a bracketed acronym refers to the body by the full name the text introduced it with, unless
        the acronym spoke itself ("the IEA said … it added")."""
        full = self.registry.expansions.get(id(res.entity)) if res.entity is not None else None
        if full is None or self.spoken.get(id(res.entity)) or m is not None and full.name.lower() in m.text.lower():
            return res  # (a description that writes the full name out keeps its own words)
        return Resolution(full.name, full, res.confidence, res.how)

    def _short_name(self, m: Mention, res: Resolution) -> Resolution:
        """ "the Environment Agency … the agency said": a body called by the noun of its own name is named so
        by the attributing clause, which gives the speaker's name ("the agency"); a description with more
        words ("the spy agency") or another noun ("the newspaper" for the Washington Post) describes it."""
        e = res.entity
        if e is None and self.lex.lang == "fr" and res.name and len(m.words) == 2 and m.words[0].lower() in ARTICLES:
            # "L'Institut national … (Insee) … précise l'institut": a body first known by its description
            head, first = m.words[1].lower(), res.name.split()[0].replace("’", "'").split("'")[-1]
            if first[:1].isupper() and _noun_stem(first) == _noun_stem(head) and is_org_noun(head, self.lex) and \
                    not is_role(head, self.lex) and _singular(head) not in DOCUMENT_NOUNS:
                return Resolution(m.text, None, res.confidence, res.how)
        if e is None or e.kind not in ("org", "place") or len(m.words) != 2 or m.words[0].lower() not in ARTICLES:
            return res
        head = m.words[1].lower()
        if not is_org_noun(head, self.lex) or is_role(head, self.lex) or _singular(head) in DOCUMENT_NOUNS:
            return res
        # the same noun, spelt either way ("organisation" / "Organization"), not another of its class ("Group")
        own = {_noun_stem(t) for t in e.tokens if t[:1].isupper() and is_org_noun(t, self.lex)}
        if self.lex.lang == "fr" and len(e.tokens) == 1 and all_caps(e.tokens[0]) and \
                fold(e.tokens[0][:1]).lower() == fold(head[:1]):
            own.add(_noun_stem(head))  # "L'Office national des forêts (ONF) … l'office": the acronym spells it
        return Resolution(m.text, e, res.confidence, res.how) if _noun_stem(head) in own else res

    def _pronoun(self, m: Mention, pos: int, exclude: Entity | None = None) -> Resolution:
        g = m.gender
        if g == "first":
            return Resolution(None, None, 0.4, "unresolved")
        if g in ("plural", "thing"):
            described = self._latest_described(pos, within=3)
            if described is not None:
                _, text, head = described
                plural = self._plural_text(text, head)
                thing = not plural and (not head or role_gender(head, self.lex)[1] is None)
                if plural if g == "plural" else thing:
                    return Resolution(text, None, 0.6, "pronoun")  # "the regulator said … It said"
            last = self.last_speaker(pos, within=2)
            if last is not None and (last.kind in ("org", "place") or g == "plural" and last.kind == "unknown"):
                return Resolution(last.name, last, 0.65, "pronoun")
            return Resolution(None, None, 0.4, "unresolved")
        block = self.block_of(pos)
        # in the order of the text, not of attribution (reported speech is attributed after the quotes around it)
        recent = [e for _, e, _ in sorted(self.history_near(pos, 4), key=lambda entry: entry[0])
                  if e is not None and e is not exclude]
        last = recent[-1] if recent else None
        recent_ids = {id(e) for e in recent}  # entities are mutable dataclasses: compare by identity, not fields
        named = self.last_named(pos)
        p_named = _last_before(self._described_at, pos)
        head_gender = self.described_genders.get(p_named) if named else None
        described_head = self.described_heads.get(p_named, "") if named else ""
        thing = g in ("m", "f") and described_head and is_org_noun(described_head, self.lex) and \
            not is_role(described_head, self.lex)  # "she" is not "a government discussion paper"
        if thing and self.lex.lang == "fr" and self._fr_body_pronoun(named, described_head, p_named, pos, g):
            thing = False  # "La direction assure que … D'après elle, …": a French body is "il" or "elle"
        if named is not None and g in ("m", "f") and self._plural_text(named, described_head):
            # "…, selon les scientifiques. ¶ Le Comité … conteste ce lien. Il estime", "Prosecutors told the court
            # … “…,” she told reporters": a singular pronoun never takes up a plural
            named = None
        since = self.described_named_at.get(p_named, p_named) + 1  # (the people its own words name are not rivals)
        if named is not None and self.block_of(p_named) >= block - 2 and (g is None or head_gender in (g, None)) \
                and not thing and not self._person_subject_between(since, pos, g):
            return Resolution(named, None, 0.6, "pronoun")  # "A US official confirmed …" / "he added"
        if named is not None and g in ("m", "f") and head_gender == g and block - self.block_of(p_named) <= 4 \
                and not any(self._person_like(e) and e.gender in (g, None)
                            for e in self.registry.named_between(p_named + 1, pos)):
            return Resolution(named, None, 0.55, "pronoun")  # "L'épouse du chanteur explique … ajoute-t-elle"
        last_pos = _last_before(self.spoken.get(id(last), []), pos)
        scored = []
        french = self.lex.lang == "fr"
        # only an entity named within 4 blocks (or the last speaker) can score
        candidates = self.registry.named_between(self.window_start(block, 4), pos)
        complements: set[int] = set()  # ids of the candidates only ever named as a noun's complement
        if last is not None and all(e is not last for e in candidates):
            candidates = self.registry.in_order(candidates + [last])
        for e in candidates:
            if e.kind not in ("person", "unknown") and not (french and e.kind == "org") or e is exclude:
                continue
            if g in ("m", "f") and e.kind == "unknown" and len(e.tokens) == 1 and _acronym_shaped(e.tokens[0]):
                continue  # "TfL says … “…,” he said": an acronym names a body, not the man
            if id(e) in self.cited and e.kind in ("org", "unknown") and g in ("m", "f"):
                continue  # "a rapporté le Monde. « … », a-t-il dit": not the newspaper
            if g and e.gender and e.gender != g or g in ("m", "f") and self._table_gender(e) not in (None, g):
                continue  # (the wide table's gender only where the text gave none: "Kit … she said")
            eg = e.gender or self._form_gender(e)  # a name's ending only weighs: "Mutuma Mathiu … he wrote"
            seen = self._last_mention(e, pos)
            if seen is None:
                continue
            p, role = seen
            if g in ("m", "f") and e.kind != "person" and not e.gender and \
                    all(r == "oblique" for q, r in e.mentions if q < pos):
                continue  # "a nurse from Leeds … he said": named only as a place, never as someone who acts
            if g in ("m", "f") and e.kind != "person" and not e.gender and \
                    all(r in COMPLEMENT_ROLES for q, r in e.mentions if q < pos):
                complements.add(id(e))  # "dans le centre de la Centrafrique, a-t-elle annoncé": only a noun's
                # complement, never someone who acts; the last resort (below)
            if e.kind == "org" and role != "subject" and id(e) not in recent_ids:
                continue
            distance = block - self.block_of(p)
            if distance > 4 and e is not last:
                continue
            score = -0.5 * distance + p / max(pos, 1) * 0.3
            score += {"subject": 0.7, "possessive": -0.8, "complement": -0.8, "oblique": -1.0}.get(role, 0.0)
            score += 0.5 if eg == g else (-0.4 if self._person_like(e) and eg is None else -0.8)
            if e.kind == "org":
                score -= 0.7
            if e.kind == "unknown" and len(e.tokens) == 1:
                score -= 0.6
            if e is last:
                score += 2.0
            elif id(e) in recent_ids:
                score += 0.8
            if role == "subject" and p > last_pos and distance <= 1 and e is not last and \
                    (e.kind != "org" or french) and \
                    (last is None or e.first_pos > self.spoken_end.get(last_pos, last_pos) or
                     not self._spoken_about(e, last, pos)):
                score += 1.6  # "Le maire, Gilles Lebrun, s'est rendu sur place. « … », a-t-il précisé."
            scored.append((score, p, e, eg))
        if g in ("m", "f") and self.lex.lang == "en" and \
                any(e.gender == g or self._table_gender(e) == g for _, _, e, _ in scored):
            # someone the pronoun's gender is known to fit (a given name, a pronoun before) outweighs the
            # unknown (and a name whose ending suggests the other gender: "Fergus"), the last speaker aside (an
            # ending is only a hint: it never decides this), unless a speaker known by description spoke since
            # ("“…,” Bevington said. ¶ …, the report said. She told")
            keep = last if p_named <= last_pos else None
            if keep is not None and self._table_gender(keep) is None and keep.gender is None and any(
                    (e.gender == g or self._table_gender(e) == g) and p > last_pos and
                    self._last_mention(e, pos)[1] == "subject" for _, p, e, _ in scored):
                keep = None  # "X said … Y (a woman) has written to them. “…,” she said": the subject since, who fits
            scored = [(s - 2.0 if eg != g and e is not keep else s, p, e, eg) for s, p, e, eg in scored]
        elif g in ("m", "f") and self.lex.lang == "fr":
            scored = fr_agreeing_scores(scored, g)
        scored = [(s, p, e) for s, p, e, _ in scored]
        acting = [c for c in scored if id(c[2]) not in complements]
        if not acting and scored:
            named = self.last_named(pos)  # "Le promoteur, lui, se dit … ¶ …, rappelle-t-il": the subject described
            if named is not None and head_gender in (g, None):
                return Resolution(named, None, 0.55, "pronoun")
        scored = acting or scored
        if not scored:
            named = self.last_named(pos)
            if named is not None and (g not in ("m", "f") or head_gender in (g, None) and
                                      not self._plural_text(named, self.described_heads.get(p_named, ""))):
                return Resolution(named, None, 0.55, "pronoun")  # not "he" for "the woman", nor "she" for "prosecutors"
            return Resolution(None, None, 0.3, "unresolved")
        scored.sort(key=lambda s: (s[0], s[1]), reverse=True)
        best = scored[0][2]
        margin = scored[0][0] - scored[1][0] if len(scored) > 1 else 2.0
        confidence = 0.85 if margin >= 1.0 else 0.72 if margin >= 0.4 else 0.58
        return Resolution(best.name, best, confidence, "pronoun")

    def _form_gender(self, e: Entity) -> str | None:
        """A person whose given name the lexicon lacks: in French the gender its ending suggests; in English the
        gender the wide table of given names gives it, else the one its ending suggests."""
        if self.lex.lang == "fr":
            return fr_form_gender(e, self.lex)
        if self.lex.lang != "en" or not self._person_like(e) or len(e.tokens) < 2:
            return None
        first = fold(e.tokens[0].split("-")[0])
        return None if first in self.lex.first_names else given_name_gender(first) or form_gender(first)

    def _table_gender(self, e: Entity) -> str | None:
        """The wide table's gender for a person whose given name the lexicon lacks ("Deirdre"), which the text
        itself (a pronoun, a title) outweighs: it is read only where the text said nothing."""
        if e.gender or self.lex.lang != "en" or not self._person_like(e) or len(e.tokens) < 2:
            return None
        first = fold(e.tokens[0].split("-")[0])
        return None if first in self.lex.first_names else given_name_gender(first)

    def _person_subject_between(self, lo: int, hi: int, g: str | None) -> bool:
        """A person the pronoun fits named as a clause's subject in [lo, hi): "… its spokesman said. ¶ The
        mayor, Gilles Lebrun, visited the site. “…,” he said" — the newer subject takes the pronoun."""
        return any(self._person_like(e) and (g is None or e.gender in (g, None)) and
                   any(lo <= p < hi and role == "subject" for p, role in e.mentions)
                   for e in self.registry.named_between(lo, hi))

    def _person_like(self, e: Entity) -> bool:
        """A person, or (in English) a name of two words or more that nothing classified, with no body's word
        and no acronym in it: "Kyle Brannigan, 34, denies …" is most likely someone whose first name the
        lexicon lacks."""
        return e.kind == "person" or self.lex.lang == "en" and e.kind == "unknown" and len(e.tokens) > 1 and \
            not any(is_org_noun(t.lower(), self.lex) or _acronym_shaped(t) for t in e.tokens)

    def _spoken_about(self, e: Entity, last: Entity, pos: int) -> bool:
        """ "X was buried in Berlin, Professor T confirmed. X did not survive the war. “…,” he confirmed": the
        person the last speaker's statement was about stays its topic; the pronoun keeps to the speaker."""
        spoke = [p for p in self.spoken.get(id(last), []) if p < pos]
        return bool(spoke) and any(p < pos and self.block_of(p) == self.block_of(spoke[-1]) for p, _ in e.mentions)

    def _subject_body(self, pos: int) -> Entity | None:
        """The organisation last named as a subject in the pronoun's paragraph or the one before, if the
        latest subject there is one (a person named as a subject since takes "it" away from it)."""
        latest = None
        for e in self.registry.named_between(self.window_start(self.block_of(pos), 1), pos):
            seen = self._last_subject(e, pos)
            if seen is not None and (latest is None or seen > latest[0]):
                latest = (seen, e)
        if latest is None:
            return None
        e = latest[1]
        if e.kind == "org" or e.kind == "unknown" and not e.gender and \
                not any(f in self.lex.first_names for f in e.folded):
            return e
        return None

    def _last_subject(self, e: Entity, pos: int) -> int | None:
        """Where `e` was last named as a subject before `pos`, within the pronoun's window."""
        k = bisect.bisect_left(e.mentions, (pos, "")) - 1
        while k >= 0 and e.mentions[k][1] != "subject":
            k -= 1
        return e.mentions[k][0] if k >= 0 and self.block_of(e.mentions[k][0]) not in self.furniture else None

    def _last_mention(self, e: Entity, pos: int) -> tuple[int, str] | None:
        """The last mention of `e` before `pos` outside site furniture (one step back, usually)."""
        k = bisect.bisect_left(e.mentions, (pos, "")) - 1
        while k >= 0 and self.block_of(e.mentions[k][0]) in self.furniture:
            k -= 1
        return e.mentions[k] if k >= 0 else None

    def _description(self, m: Mention, pos: int, headline: bool) -> Resolution:
        low = m.text.lower()
        titled = self._titled_outlet(m)
        if titled is not None:
            return titled
        named = self._org_before_class_noun(m) or self._name_after_kind_noun(m)
        if named is not None:  # "the Harbour Traders Alliance group", "its Disney Junior division", "the property
            return Resolution(named[0], named[1], 0.85, "name")  # consultancy Asteco": the body named
        named = self._named_org(m)
        if named is not None:
            name = self._org_name_in(m, named)
            return Resolution(_fr_with_class_noun(m, name, self.lex) if self.lex.lang == "fr" else name, named, 0.85,
                              "name")
        restated = _without_acronym(m.text)
        if restated != m.text and m.head and is_org_noun(_singular(m.head), self.lex):
            # "the Statistics Institute (SI)": the body as the description names it, its acronym aside
            return Resolution(restated, self.registry.find([m.text[len(restated):].strip(" ()")]), 0.85, "name")
        body = self._possessor_body(m, pos)
        if body is not None:
            return Resolution(body.name, body, 0.6, "description")
        if self.lex.lang == "fr" and _fr_named_after_kind(m, self.lex):
            # "La région Pays de la Loire": its own name, no other body's; a newspaper by its title alone
            title = m.text.split(None, 2)[-1] if len(m.words) > 2 and _singular(m.head.lower()) in MEDIA_NOUNS and \
                m.words[1] == m.head.lower() else m.text
            return Resolution(title, self.registry.find(title.split()), 0.8, "name")
        if any(low == s or low.endswith(" " + s) or low == s.split(" ", 1)[-1] for s in self.lex.same_source) \
                or low in self.lex.same_source:
            earlier = self._same_head_described(m, pos, within=6)
            if earlier is not None:
                return Resolution(earlier, None, 0.7, "source")  # "de source policière … selon la même source"
            last = self.last_speaker(pos, within=6)
            if last is not None:
                return Resolution(last.name, last, 0.7, "source")
            named = self.last_named(pos)
            if named is not None:
                return Resolution(named, None, 0.6, "source")
            return Resolution(None, None, 0.5, "unresolved")
        if not m.definite and not headline:
            return Resolution(None, None, 0.8, "unresolved")
        bare_head = _strip_possessive(m.head.lower())
        if bare_head.endswith("s") and _singular(bare_head) != bare_head and is_role(bare_head, self.lex):
            return Resolution(None, None, 0.7, "unresolved")  # "Les experts", "officials"
        head = _role_class(_singular(_strip_possessive(m.head)))
        words = {_role_class(_singular(_strip_possessive(w))) for w in m.words
                 if w not in DETERMINERS and w not in PREPOSITIONS}
        best, best_key = None, None
        org_head = is_org_noun(head, self.lex) and not is_role(head, self.lex)
        # only an entity described with the head (or an organisation whose name has it) can match
        named = self.registry.described_as(head) + (self.registry.with_word(head) if org_head else [])
        agreeing = self._fr_written_gender(m) if self.lex.lang == "fr" and not org_head else None
        own_body = complement_names(m, self.lex.nationalities) \
            if self.lex.lang == "en" and not org_head and self._other_source_named(m, pos) else set()
        for e in self.registry.in_order(named):
            if org_head and e.kind not in ("org", "unknown"):
                continue
            if agreeing and e.gender and e.gender != agreeing:
                continue  # "la scientifique" is not the glaciologist Martin X, "le président" not Martine Y
            if self.lex.lang == "fr" and fr_other_holder(e, m, self.lex):
                continue  # "la directrice, Awa X … la future directrice"
            overlap = -1  # first, as most entities have no description: their mentions are not looked at
            for desc_words, desc_head, desc_text in e.descriptions:
                desc_words = {_role_class(w) for w in desc_words}
                if (head == _role_class(desc_head) or head in desc_words) and head not in _complement_nouns(desc_text):
                    overlap = max(overlap, len(words & desc_words))
            if overlap >= 0 and own_body and not any(own_body & set(desc_words) for desc_words, _, _ in e.descriptions):
                continue  # "the director of the Syrian Observatory …" is not the director-general of the OPCW
            if overlap < 0 and org_head and e.kind == "org" and \
                    head in {_singular(t) for t in e.folded} | {t for t in e.folded}:
                overlap = 0
            if overlap < 0:
                continue
            last = e.last_before(pos) if not headline else max((p for p, _ in e.mentions), default=None)
            if last is None:
                continue
            key = (overlap, last)
            if best_key is None or key > best_key:
                best, best_key = e, key
        # "Greenpeace said … Nordvik rejected the claim. “…,” the company said": in a passage that already quotes
        # someone, a body the attributing clause calls by its bare kind keeps that name (fixtures/quotes conventions:
        # bodies take the name of the attributing clause); "Vestra was fined. The company said" stays Vestra
        bare_kind = org_head and not headline and (m.words == ("the", head) if self.lex.lang == "en" else
                                                   len(m.words) == 2 and m.words[0] in ARTICLES and
                                                   _singular(m.words[1]) == head and head not in DOCUMENT_NOUNS) and \
            any(p < pos and self.block_of(pos) - self.block_of(p) <= 3 for p in
                [p for p, _, _ in self.history] + [p for p, _ in self.described])
        if best is not None and bare_kind and not (head in MEDIA_NOUNS and id(best) in self.cited):
            return Resolution(m.text, best, 0.75, "description")
        if best is None and not headline:
            earlier = self._same_head_described(m, pos) or self._generic_person(m, pos)
            if earlier is not None:
                return Resolution(earlier, None, 0.7, "description")
            kin = self._fr_role_kin(m, pos) if self.lex.lang == "fr" and not org_head else None
            kin = kin or (self._fr_paragraph_person(m, pos) if self.lex.lang == "fr" and not org_head else None)
            if kin is not None:
                return Resolution(kin.name, kin, 0.65, "description")
            described = self._latest_described(pos, within=1)
            if described is not None and org_head and self._plural_text(m.text, m.head.lower()) and \
                    self._plural_text(described[1], "") and not described[2]:
                return Resolution(described[1], None, 0.6, "description")  # "X and Y said … the two groups"
        if best is None and headline:
            body = self._body_described(m)
            if body is not None:  # "…, official says" … "said a senior administration official"
                return Resolution(body, None, 0.55, "description")
        if best is None and headline and not org_head:
            first = self.first_speaker() or self.first_person()
            if first is not None:  # "Former Hostage in Lebanon Says …": the person the article is about
                return Resolution(first.name, first, 0.5, "description")
        if best is None and org_head and m.words[0] in ARTICLES and not (self.lex.lang == "fr" and _complemented(m)) \
                and not (self.lex.lang == "fr" and any(w in self.lex.nationalities or w.endswith("s") and
                                                       w[:-1] in self.lex.nationalities for w in m.words)):
            # ("le ministère des Solidarités", "les autorités irakiennes" name their own body, not the one a person
            # was described by)
            body = self._possessor_body(m, pos, determiners=ARTICLES) if not self._modified_kind(m) else None
            if body is not None:
                return Resolution(body.name, body, 0.55, "description")  # "X, Glasgow Celtic captain, … the club"
        if best is None and not headline and AGE_WORD_RE.match(head):
            subject = self._first_subject_person(pos)  # "X set a record … Her coach, Y, … the 22-year-old said"
            if subject is not None:
                return Resolution(subject.name, subject, 0.6, "description")
        if best is None:
            recent = self._recent_speaker_for(m, pos, org_head)
            if recent.entity is not None and not org_head and _spoken_for(recent.entity, head):
                return Resolution(None, None, 0.6, "unresolved")  # "The lawyer for the defendant, X, … The defendant"
            outlet = head in MEDIA_NOUNS and recent.entity is not None and id(recent.entity) in self.cited
            return Resolution(m.text, recent.entity, recent.confidence, recent.how) \
                if bare_kind and recent.name and not outlet else recent  # "the newspaper" after the Post: the Post
        if org_head and set(best.folded) <= {fold(w) for w in m.words}:
            # "la Cour suprême … la Cour suprême américaine": the registry's name is a piece of the description
            return Resolution(_without_acronym(m.text), best, 0.75, "description")
        return Resolution(best.name, best, 0.75, "description")

    def _fr_body_pronoun(self, text: str, head: str, p: int | None, pos: int, g: str) -> bool:
        """A body described in this paragraph, with nobody named since, whose article agrees with the pronoun: "la
        direction" is "elle", "le syndicat" is "il"; a document ("selon le rapport") speaks for a body, not as it."""
        words = text.lower().split()
        return p is not None and self.block_of(p) == self.block_of(pos) and bool(words) and \
            FR_DETERMINER_GENDER.get(words[0]) == g and _singular(head.lower()) not in DOCUMENT_NOUNS and \
            not self.registry.named_between(p + 1, pos)

    def _fr_written_gender(self, m: Mention) -> str | None:
        """The gender a French person description writes: "la" before any role ("la scientifique"), or a masculine
        role with a feminine form ("le président"); none for "le médecin", which may be a woman."""
        gender = description_gender(m.text, m.head, self.lex)
        if gender == "f":
            return "f"
        head = _strip_possessive(m.head.lower())
        return "m" if gender == "m" and fr_marked_gender(head, self.lex) == "m" else None

    def _fr_role_kin(self, m: Mention, pos: int) -> Entity | None:
        """ "le Pr X, chef du service … Pour le médecin": the one person named in this paragraph or the three before
        with a role that the description's head takes up in role_anaphors_fr (none if two are)."""
        head, groups = _singular(_strip_possessive(m.head.lower())), role_groups_fr()
        if not m.definite or head not in groups.get(head, ()):
            return None  # (a group's key only: "l'édile" takes up "maire", "l'adjoint" takes up no "maire")
        agreeing = self._fr_written_gender(m)
        near = self.registry.named_between(self.window_start(self.block_of(pos), 3), min(pos, m.start))
        fits = [e for e in near if e.kind == "person" and not (agreeing and e.gender and e.gender != agreeing) and
                not (len(e.tokens) == 1 and _acronym_shaped(e.tokens[0])) and  # ("Professeure de SVT, X")
                any(h == head or head in groups.get(h, ()) for _, h, _ in e.descriptions)]
        return fits[0] if len(fits) == 1 else None

    def _fr_paragraph_person(self, m: Mention, pos: int) -> Entity | None:
        """ "Dalal X dirige la salle de contrôle. … « … », poursuit l'ingénieure": a bare definite role whose form
        marks its gender stands for the one person its paragraph has named, as a subject, when nobody else (named or
        described) was spoken of there and no role the person was given clashes."""
        head = _singular(_strip_possessive(m.head.lower()))
        if not m.definite or not is_role(head, self.lex) or is_org_noun(head, self.lex) or \
                _complement_words(m.text, head) or len(m.words) != 2 or m.words[0] not in ARTICLES:
            return None  # (not a role a body holds too: "le régulateur")
        gender = self._fr_written_gender(m) or fr_marked_gender(head, self.lex)
        block = self.block_of(pos)
        start = self.window_start(block, 0)
        people = [e for e in self.registry.named_between(start, min(pos, m.start)) if e.kind == "person" or
                  e.kind == "unknown" and any(role == "subject" for _, role in e.mentions)]  # (not "d'Idini")
        if gender is None or len(people) != 1 or any(start <= p < m.start for p, _ in self.described):
            return None
        e = people[0]
        seen_gender = e.gender or fr_form_gender(e, self.lex)
        if not any(role == "subject" and start <= p < m.start for p, role in e.mentions) or \
                seen_gender not in (gender, None) or fr_role_clash(e, head, self.lex) or _spoken_for(e, head) or \
                fr_unlisted_role_clash(e, head, self.lex) or \
                not (e.kind == "person" or len(e.tokens) > 1 and not any(is_org_noun(t.lower(), self.lex)
                                                                          for t in e.tokens)):
            return None
        return e

    def _agreeing_person(self, m: Mention, pos: int, gender: str) -> Entity | None:
        """The person named latest in the last three paragraphs with the gender a French role noun marks, when
        the nearer people named have the other gender: "la magistrate" after a man's words is the woman named
        before him, introduced without a speech verb."""
        near = self.registry.named_between(self.window_start(self.block_of(pos), 3), pos)
        people = sorted((e for e in near if e.kind == "person" and e.last_before(pos) is not None),
                        key=lambda e: -e.last_before(pos))
        for e in people:
            if fr_role_clash(e, m.head, self.lex):
                continue  # "un conducteur d'engin, X … souligne le scientifique": not X
            if any(m.start <= q < m.end for q, _ in e.mentions) or e.gender is None:
                return None
            if e.gender == gender:
                head = m.head.lower()
                if is_org_noun(head, self.lex) and _described_otherwise(e, head):
                    return None  # "le journaliste Chen … le régulateur": a body's role the person was not given
                return e if self._could_be_described(e, m) else None
        return None

    def _could_be_described(self, entity: Entity, m: Mention) -> bool:
        """A person description ("the minister", "the creator of X") may stand for a person or a name nothing
        classified; a noun that names no person ("the port") for nobody; a description that names its own
        body ("the central bank's governor") not for a one-word name nothing classified ("Eurostat")."""
        if entity.kind not in ("person", "unknown"):
            return False
        head = _strip_possessive(m.head.lower())
        if not (is_role(head, self.lex) or _singular(head) in GENERIC_PERSONS or head in GENERIC_PERSONS or
                head.endswith(AGENT_ENDINGS) or self.lex.lang == "fr" and head in FR_GENDERED_BY_ARTICLE):
            return False  # ("la septuagénaire", "la bénévole": a person's noun, its gender in the article)
        return entity.kind == "person" or len(entity.tokens) > 1 or not any(w[:1].isupper() for w in
                                                                            m.text.split()[1:])

    def _titled_outlet(self, m: Mention) -> Resolution | None:
        """ "According to The Star newspaper", "the Dawn daily": in English, a capitalised title followed by the
        noun of what it is (a newspaper, a channel) names the outlet by its title alone."""
        words = m.text.split()
        if self.lex.lang != "en" or len(words) < 3 or words[-1].lower() not in MEDIA_NOUNS or \
                not all(w[:1].isupper() and w.lower() not in self.lex.nationalities for w in words[1:-1]) or \
                words[0].lower() not in ARTICLES and not words[0][:1].isupper():
            return None  # ("the Kenyan newspaper", "the American agency": a nationality, not a title)
        title = " ".join(words[:-1]).rstrip(",;:")
        return Resolution(title, self.registry.find([w for w in words[1:-1]]), 0.8, "name")

    def _generic_person(self, m: Mention, pos: int) -> str | None:
        """ "A resident of Marseille said … “…,” the woman told AFP": "the man", "the woman" stand for the
        speaker just described in the same paragraph, when the gender fits."""
        head = _strip_possessive(m.head.lower()) if m.head else ""
        if head not in GENERIC_PERSONS or not m.definite:
            return None
        gender = description_gender(m.text, head, self.lex)
        # (English: or in the paragraph before, when that speaker was the last and nobody was named since)
        within = 1 if self.lex.lang == "en" and self.last_named(pos) is not None and \
            not any(e.kind == "person" for e in self.registry.named_between(_last_before(self._described_at, pos),
                                                                            pos)) else 0
        for p, text in reversed(self.described_near(pos, within)):
            if self.described_genders.get(p) in (gender, None) and not self._plural_text(text, ""):
                return text
        return None

    def _body_described(self, m: Mention) -> str | None:
        """The first speaker of the body known only by a description with the headline description's head."""
        head = _singular(_strip_possessive(m.head.lower())) if m.head else ""
        if not head:
            return None
        # "watchdog group" is not "the activist group": the headline's own modifiers must be in the body's
        modifiers = {w for w in m.words if w not in DETERMINERS and _singular(_strip_possessive(w)) != head}
        for p, text in self.described:
            other = self.described_heads.get(p, "")
            if other and self.block_of(p) not in self.headline_blocks and \
                    _singular(_strip_possessive(other)) == head and len(text) > len(m.text) and \
                    modifiers <= set(text.lower().split()):
                return text
        return None

    def _latest_named(self, pos: int, block: int) -> list[Entity]:
        """The entities named before `pos` in its block or the one before, the latest named first (ties in
        registry order), as a walk through every entity sorted by `-(last_before(pos) or -1)` meets them
        until the first named earlier or not at all."""
        near = self.registry.named_between(self.window_start(block, 1), pos)
        ordered = sorted(near, key=lambda e: -(e.last_before(pos) or -1))
        if ordered and ordered[-1].last_before(pos) == 0:
            # a mention at 0 sorts as none at all ("or -1"): it is met only before every entity not named
            # before pos, in registry order
            unnamed = next((k for k, e in enumerate(self.registry.entities) if e.last_before(pos) is None),
                           len(self.registry.entities))
            ordered = [e for e in ordered if e.last_before(pos) != 0 or self.registry.order_of(e) < unnamed]
        return ordered

    def _modified_kind(self, m: Mention) -> bool:
        """ "the regional government", "the national union": an English body's noun whose adjective names another
        level than the body the last person belongs to (the mayor of a town; "the activist movement" may be his)."""
        words = [w.lower() for w in m.words]
        head = m.head.lower() if m.head else ""
        return self.lex.lang == "en" and head in words and \
            any(w in LEVEL_ADJECTIVES for w in words[1:words.index(head)])

    def _possessor_body(self, m: Mention, pos: int, determiners: frozenset = POSSESSIVE_DETERMINERS) -> Entity | None:
        """ "Scott Brown, le capitaine du Celtic Glasgow, … son club s'est dit déçu": a body named by a possessive
        description is the one the person last spoken of was described as belonging to."""
        head = _strip_possessive(m.head.lower())
        if not m.words or m.words[0] not in determiners or not is_org_noun(head, self.lex) or \
                is_role(head, self.lex):
            return None
        near = self.registry.named_between(self.window_start(self.block_of(pos), 3), pos)
        people = [(e.last_before(pos), e) for e in near if e.kind == "person"]
        if not people:
            return None
        owner = max(people, key=lambda pe: pe[0])[1]
        for words, _, text in owner.descriptions:
            folded = {fold(w) for w in words}
            for e in self.registry.in_order(x for f in folded for x in self.registry.with_word(f)):
                if e is not owner and e.kind != "person" and e.folded and all(f in folded for f in e.folded) and \
                        not _other_kind_of_body(e, head, self.lex) and \
                        not self._named_by_place_noun(text, e, head):  # "the FTC's chair … the company": not the FTC
                    return e
        return None

    def _named_by_place_noun(self, text: str, entity: Entity, head: str = "") -> bool:
        """ "la généraliste du quartier du Val-Saint-Jean": the name follows a noun that is neither a role nor a
        body's ("quartier"), so it names a place, which no "l'agence" takes up; nor, with `head`, does a body of
        another kind than the noun the name follows ("président de la cave coopérative de Saint-Chinian … la
        chambre d'agriculture")."""
        words = re.findall(r"[\w'’-]+", text)
        at = next((k for k, w in enumerate(words) if fold(w) == entity.folded[0]), None)
        k = (at or 0) - 1
        while k >= 0 and (words[k].lower() in ("de", "du", "des", "d'", "d’") or words[k].lower() in ARTICLES):
            k -= 1
        if at is None or k < 0 or self.lex.lang != "fr":
            return False
        noun = _singular(words[k].lower())
        if head and is_org_noun(noun, self.lex) and not is_role(noun, self.lex) and \
                _body_class(noun) != _body_class(head):
            return True
        return not is_role(noun, self.lex) and not is_org_noun(noun, self.lex) and noun.isalpha() and \
            not words[k][:1].isupper()

    def _org_before_class_noun(self, m: Mention) -> tuple[str, Entity] | None:
        """In English, a body's name written before the lowercase noun of its kind ("The Norfolk Island People for
        Democracy group", "its Disney Junior division"): the name, and the body the text names so; not a
        nationality's or a place's ("the British government", "the Kent council": whose body, not its name), nor
        a one-word name the kind's noun goes with ("the GMB union")."""
        words = m.text.split()
        if self.lex.lang != "en" or len(words) < 3 or not words[-1].islower() or \
                not is_org_noun(_singular(words[-1]), self.lex) or is_role(words[-1], self.lex) or \
                words[0].lower() not in DETERMINERS:
            return None
        inner = words[1:-1]
        if not inner[0][:1].isupper() or not inner[-1][:1].isupper() or \
                any(not w[:1].isupper() and w not in ORG_CONNECTORS | {"and", "the", "&"} for w in inner):
            return None
        entity = self.registry.find(inner)
        if entity is None or entity.kind not in ("org", "unknown") or len(inner) < 2 or \
                [fold(w) for w in inner] != entity.folded or all(w.lower() in self.lex.nationalities for w in inner):
            return None
        return " ".join(inner), entity

    def _name_after_kind_noun(self, m: Mention) -> tuple[str, Entity] | None:
        """In English, a description that ends with a body's name set after the noun of its kind, "the property
        consultancy Asteco", "a haulage firm, Kestrel Freight" aside: the name; not a complement's ("the mayor of
        Leeds": "of" links it) nor a person's (a title before a name is the name finder's)."""
        words = m.text.split()
        if self.lex.lang != "en" or len(words) < 3 or words[0].lower() not in DETERMINERS:
            return None
        k = len(words)
        while k > 1 and words[k - 1][:1].isupper():
            k -= 1
        kind = words[k - 1]
        if k == len(words) or k < 2 or not kind.isalpha() or not kind.islower() or kind in FUNCTION_WORDS or \
                kind in PREPOSITIONS or kind in ORG_CONNECTORS or is_role(kind, self.lex):
            return None
        name = words[k:]
        entity = self.registry.find(name)
        if entity is None or entity.kind not in ("org", "unknown") or [fold(w) for w in name] != entity.folded or \
                entity.kind == "unknown" and any(fold(w.split("-")[0]) in self.lex.first_names for w in name):
            return None
        return " ".join(name), entity

    def _named_org(self, m: Mention) -> Entity | None:
        """The organisation a description ends with: "l'entreprise DCNS", "its Disney Junior division"."""
        if not is_org_noun(_singular(m.head), self.lex) or is_role(m.head, self.lex):
            return None
        words = list(m.words)  # determiners kept: "des", "du" open a complement ("la gendarmerie des Hautes-Alpes")
        head_at = words.index(m.head) if m.head in words else 0
        for size in (3, 2, 1):
            for start in range(head_at + 1, len(words) - size + 1):
                piece = words[start:start + size]
                if piece[0] in DETERMINERS or any(w in NP_CONNECTORS or w in PREPOSITIONS or w == "(" or
                                                  self.lex.lang == "fr" and w == "et"  # "Eau et Rivières de …"
                                                  for w in words[head_at + 1:start]):
                    continue  # "la filiale de Cogeco" is not Cogeco, "a team from the University of X" not X,
                    # "the Statistics Institute (SI)": an acronym restates the name the description is
                entity = self.registry.find(piece)
                if entity is not None and entity.kind in ("org", "unknown") and \
                        [fold(w) for w in piece] == entity.folded:
                    return entity
        return None

    @staticmethod
    def _org_name_in(m: Mention, entity: Entity) -> str:
        """The body's name as the description writes it, the capitalised words after the registry's name
        included ("the trade body Energy UK": the registry knows "Energy", the name is "Energy UK")."""
        at = m.text.find(entity.name)
        if at < 0:
            return entity.name
        words = m.text[at:].split()
        kept = [words[0]]
        for k, word in enumerate(words[1:], 1):
            if word in FR_NAME_LINKS and k + 1 < len(words) and words[k + 1][:1].isupper():
                kept.append(word)  # "Eau et Rivières de Bretagne": French links between a name's words
                continue
            if not word[:1].isupper():
                break
            kept.append(word)
        while kept[-1] in FR_NAME_LINKS:
            kept.pop()
        return " ".join(kept).rstrip(",;:") if len(kept) > 1 and len(entity.name.split()) == 1 else entity.name

    def _other_source_named(self, m: Mention, pos: int) -> bool:
        """ "…, reported the Syrian Observatory for Human Rights. … the director of the Syrian Observatory for
        Human Rights said": a role description whose complement names a body that was itself a source before
        speaks for that body, not as the person quoted last ("the creator of SAS" names no source)."""
        own = complement_names(m, self.lex.nationalities)
        if not own:
            return False
        for p, e, _ in self.history:
            if p >= pos or e is None or e.kind not in ("org", "unknown"):
                continue
            caps = {t.lower() for t in e.tokens if t[:1].isupper()}
            if caps and caps <= own:
                return True
        return False

    def _recent_speaker_for(self, m: Mention, pos: int, org_head: bool) -> Resolution:
        """ "the head of the American diplomatic service argued", "the newspaper stated": a definite
        description nobody was introduced as most often names the speaker just quoted; failing that,
        the person the headline names ("Hagel Accuses …" / "said the Secretary of Defense") or the
        person the article is about ("the star performer of "Respect"")."""
        block = self.block_of(pos)
        head = m.head.lower()
        unresolved = Resolution(None, None, 0.6, "unresolved")
        if self.lex.lang == "en" and m.words and m.words[0] in ("his", "her", "their") and \
                _singular(head) in MEDIA_NOUNS:
            paper = next((e for e in self._latest_named(pos, block) if e.kind == "org" or e.kind == "unknown" and
                          len(e.tokens) > 1 and e.gender is None), None)
            return unresolved if paper is None else Resolution(paper.name, paper, 0.45, "description")
            # ("Mr Chen wrote for the New Express … his newspaper said": the paper named before)
        if org_head and (_complemented(m) or self.lex.lang == "fr" and _fr_qualified_body(m)):
            return unresolved  # "le ministère de la Santé", "the senator's office": named by its complement
        if not org_head and self.lex.lang == "en" and _possessed(m):
            return unresolved  # "the contractor's lawyer", "his mother": someone's relation, not who spoke last
        if not org_head and self.lex.lang == "en" and self._other_source_named(m, pos):
            return unresolved  # "the director of the Syrian Observatory …": its own body's, not the last speaker
        if self.lex.lang == "fr" and head in FR_RELATION_NOUNS and _complemented(m):
            return unresolved  # "l'avocat de l'ancien consultant", "l'épouse du chanteur": the same in French
        bare_headline = self.block_of(pos) in self.headline_blocks and len(m.words) <= 3
        if not m.words or m.words[0] not in ARTICLES | {"this", "ce", "cet", "cette"} and not bare_headline or \
                head.endswith("s") and _singular(head) != head:
            return unresolved
        gender = role_gender(head, self.lex)[1]
        if gender is None and self.lex.lang == "fr" and m.words and m.words[0] in ("la", "une", "cette") and \
                _strip_possessive(m.head.lower()) in FR_GENDERED_BY_ARTICLE:
            gender = "f"
        if gender is None and self.lex.lang == "fr" and not org_head:
            gender = fr_marked_gender(_strip_possessive(head), self.lex)  # "la magistrate", "le prévenu"
        if gender is None and self.lex.lang == "fr" and not org_head:
            gender = fr_adjective_gender(m.words)  # "le vieil artisan" is not the woman quoted before
        if self.lex.lang == "en" and not org_head and _strip_possessive(head) in ORIGIN_EPITHETS:
            person = next((e for e in self._latest_named(pos, block) if e.kind == "person" and
                           (gender is None or e.gender in (gender, None))), None)
            if person is not None:  # "Arsenal boss Jonas Eidevall … “…,” the Swede said": the person just named
                return Resolution(person.name, person, 0.5, "description")
        for p, entity, b in reversed(self.history):
            if p >= pos or entity is None:
                continue
            if block - b > 3:
                break
            if self.lex.lang == "fr" and any(m.start <= q < m.end for q, _ in entity.mentions):
                continue  # "l'avocat de Mme Garnier" is not Mme Garnier
            if gender and entity.gender and entity.gender != gender and self.lex.lang == "fr":
                continue  # "la magistrate": the woman quoted before the man, not the man
            if not org_head and (fr_role_clash(entity, head, self.lex) or fr_other_holder(entity, m, self.lex) or
                                 fr_unlisted_role_clash(entity, head, self.lex)):
                continue  # "le délégué CFDT, X, a réagi … Le ministre a promis": somebody else
            if gender and entity.gender and entity.gender != gender:
                break  # "l'experte" is not the man quoted before
            if org_head and id(entity) in self.cited and _singular(head) not in MEDIA_NOUNS or \
                    not org_head and id(entity) in self.cited and entity.kind != "person":
                break  # "The L.A. Times reports … the airport stated": a newspaper cited is not the airport
            if not org_head and entity.kind == "person" and is_org_noun(head, self.lex) and \
                    _described_otherwise(entity, head):
                break  # "journalist Chen … admitted …; the regulator said": a body's role the person was not given
            if self.lex.lang == "fr" and org_head and _introduced_as_other_body(entity, head, self.lex):
                break  # "L'association One Voice … La fédération des chasseurs salue": another body
            if org_head and entity.kind in ("org", "place") and not _other_kind_of_body(entity, head, self.lex) or \
                    not org_head and self._could_be_described(entity, m):
                return Resolution(entity.name, entity, 0.5, "description")
            break
        if self.lex.lang == "fr" and gender and not org_head:
            agreeing = self._agreeing_person(m, pos, gender)
            if agreeing is not None:  # "La procureure, X, a annoncé … ¶ … a déclaré la magistrate"
                return Resolution(agreeing.name, agreeing, 0.45, "description")
        described = self._latest_described(pos, within=2) if m.words[0] in ("this", "that", "ce", "cet", "cette") \
            and not org_head else None
        if described is not None and not described[2] and self.lex.lang == "fr":
            # the latest mention was a pronoun ("Selon lui"): the head that speaker was introduced with
            heads = [self.described_heads.get(p, "") for p, text in self.described if text == described[1] and p < pos]
            described = (described[0], described[1], next((h for h in reversed(heads) if h), ""))
        if described is not None and is_role(described[2], self.lex) and \
                role_gender(described[2], self.lex)[1] in (gender, None) and not self._plural_text(described[1], ""):
            return Resolution(described[1], None, 0.5, "description")  # "un habitant de X … a ajouté cet homme"
        if org_head:
            named = self.last_named(pos)
            if named is not None and _singular(head) in DOCUMENT_NOUNS:
                return Resolution(named, None, 0.5, "description")  # "…, précise le communiqué"
            if _singular(head) in LEGAL_DOCUMENTS or head in LEGAL_DOCUMENTS:
                return unresolved  # "Google is accused … the lawsuit said": the accused is not its author
            for e in self._latest_named(pos, block):
                last = e.last_before(pos)
                if id(e) in self.cited and _singular(head) not in MEDIA_NOUNS:
                    continue
                if e.kind == "org" and e.has_mention(last, "subject") and not _described_otherwise(e, head) and \
                        not _other_kind_of_body(e, head, self.lex):
                    return Resolution(e.name, e, 0.45, "description")  # "PSG will …, the club announced"
            return unresolved
        if any(e is not None and e.kind == "person" and p < pos for p, e, _ in self.history):
            return unresolved
        # named only where a headline starts: "Hagel Accuses …"
        at_headline = [self.block_starts[b] for b in self.headline_blocks]
        for e in self.registry.in_order(x for p in at_headline for x in self.registry.named_between(p, p + 1)):
            if e.kind in ("person", "unknown") and \
                    all(self.block_of(p) in self.headline_blocks and self.block_starts[self.block_of(p)] == p
                        for p, _ in e.mentions):
                return Resolution(e.name, e, 0.45, "description")  # "Hagel Accuses …"
        first = self.first_person()
        if first is not None and fr_role_clash(first, head, self.lex):
            first = self._first_fitting(head)
        if first is not None and fr_other_holder(first, m, self.lex):
            first = None  # "Ginette X, enseignante, … Le promoteur du projet assure"
        if first is not None and self.lex.lang == "fr" and gender and first.gender and first.gender != gender:
            first = None  # "Sa petite-fille, Coralie, … s'amuse le vieil artisan": not her
        if first is not None and self.lex.lang == "fr" and _complemented(m) and not first.descriptions:
            first = None  # "Ariane 6 a décollé … a indiqué le directeur du Centre spatial": an office named with its
            # own body is its holder's, not that of whoever the article is about, never given a role ("Le
            # président X … le chef de l'État" may be him)
        if first is not None and self.lex.lang == "fr" and \
                _singular(_strip_possessive(head)) in FR_RULING_NOUNS | DOCUMENT_NOUNS | LEGAL_DOCUMENTS:
            first = None  # "…, selon l'arrêt": a ruling, no person, whoever the article is about
        if first is not None and first.last_before(pos) is not None and \
                not (self.lex.lang == "fr" and any(m.start <= q < m.end for q, _ in first.mentions)):
            return Resolution(first.name, first, 0.4, "description")
        return unresolved
