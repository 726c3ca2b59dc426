"""Clusters of name spellings that denote one entity: letter slips, hyphen/space forms and dropped accents."""
from __future__ import annotations

import functools
import re
from collections import Counter, defaultdict
from dataclasses import dataclass
from typing import NamedTuple

from ...lang.names import (FUNCTION_WORDS, NAME_PREFIXES, PARTICLES, TITLES, NameMention, fold_accents, name_lexicon,
                          normalise_marks, squash, zipf)

MAX_WINDOW = 4  # tokens in a sub-name compared for format variants ("Kim Jong Un")
MIN_KEY = 4  # letters in a format-variant key
PART_RE = re.compile(r"[^-‐‑'’]+")
TRANSPARENT = PARTICLES | NAME_PREFIXES
PREVIOUS_WORD_RE = re.compile(r"([^\W\d_]+)\.?[ \u00a0]+$")
RARE_NAME_ZIPF = 2.5  # a name part rarer than this is no word nor well-known name
FAR_APART = 200  # characters between two mentions that cannot be a pair of people named side by side
MIN_BACKREF = 4  # letters in a surname compared with a back-reference's
# an apposition that introduces a person rather than refers back to one
INTRODUCED_AFTER_RE = re.compile(r"(?:['’]s)?,[ \u00a0]+(?:the|a|an|his|her|their|its)\b", re.I)
INTRODUCED_BEFORE_RE = re.compile(r"\b(?:the|a|an|his|her|their|its)\b[^,.;:!?]{1,50},[ \u00a0]*$", re.I)


@dataclass(frozen=True, slots=True)
class Variant:
    """A minority spelling of a name and the majority spelling it should follow."""

    start: int
    end: int
    text: str
    suggestion: str
    count: int  # occurrences of the minority spelling (in the same context)
    majority: int  # occurrences of the majority spelling
    shared: bool = False  # a neighbouring name word agrees ("Élisabeth" in "Élisabeth Bornes" / "Élisabeth Borne")
    backref: bool = False  # a surname alone ("Mr Dusopt") referring back to a person introduced in full
    lead: bool = False  # both forms begin their names ("Alain Fabien Delon" / "Alain-Fabien")
    particle: bool = False  # a particle joined to the surname ("Lepen" / "Le Pen")


class _Syllable(NamedTuple):  # a tuple: one per syllable of each name, built fast
    mention: int
    index: int  # position among the mention's syllables
    start: int
    end: int
    surface: str  # as written
    key: str  # accents folded, lowercase
    place: tuple[int, int]  # (position in its token, syllables in its token): "un" in "Jong-un" is (1, 2)


@functools.lru_cache(maxsize=None)
def confusable_pairs() -> frozenset[frozenset[str]]:
    """Different names one or two letters apart (Austria/Australia), from names_confusable.yaml."""
    from ...data.cache import load_yaml

    return frozenset(frozenset(squash(name) for name in pair) for pair in load_yaml("names_confusable")["pairs"])


def edit_distance(a: str, b: str, limit: int = 2) -> int:
    """Optimal-string-alignment distance (a transposition counts once), capped at limit + 1."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    prev2: list[int] = []
    prev = list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        cur = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] != b[j - 1]))
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                cur[j] = min(cur[j], prev2[j - 2] + 1)
        if min(cur) > limit:
            return limit + 1
        prev2, prev = prev, cur
    return min(prev[-1], limit + 1)


def _syllable_table(mentions: list[NameMention]) -> list[list[_Syllable]]:
    table = []
    for m_index, mention in enumerate(mentions):
        items: list[_Syllable] = []
        if not mention.acronym:
            for token in mention.tokens:
                for start, end, surface, key, place in _token_syllables(token.text):
                    items.append(_Syllable(m_index, len(items), token.start + start, token.start + end,
                                           surface, key, place))
        table.append(items)
    return table


@functools.lru_cache(maxsize=65536)
def _token_syllables(word: str) -> tuple[tuple[int, int, str, str, tuple[int, int]], ...]:
    """(start, end, surface, key, place) of each syllable of a name's word (see `_Syllable`)."""
    parts = list(PART_RE.finditer(word))
    return tuple((part.start(), part.end(), part.group(), fold_accents(part.group()).casefold(),
                  (position, len(parts))) for position, part in enumerate(parts))


def _letters_close(x: str, y: str) -> bool:
    """One edit apart (two for long names), and neither an extension of the other (Korea/Korean, Castro/Castros)."""
    if not (x.isalpha() and y.isalpha()) or x.startswith(y) or y.startswith(x):
        return False
    return edit_distance(x, y) <= 2 if min(len(x), len(y)) >= 9 else _one_edit(x, y)


def _one_edit(a: str, b: str) -> bool:
    """`edit_distance(a, b) <= 1` in one pass: equal, or one letter replaced, added, dropped or two swapped."""
    if abs(len(a) - len(b)) > 1:
        return False
    i = 0
    while i < len(a) and i < len(b) and a[i] == b[i]:
        i += 1
    if len(a) == len(b):
        return a[i + 1:] == b[i + 1:] or a[i + 2:] == b[i + 2:] and a[i:i + 2] == b[i:i + 2][::-1]
    return a[i + 1:] == b[i:] if len(a) > len(b) else a[i:] == b[i + 1:]


# endings that make another word of a name rather than a misspelling: Korea/Korean, Iraq/Iraqi, Castro/Castros
DERIVED_ENDINGS = ("n", "an", "ian", "i", "ese", "s", "'s", "’s")
FEMININE_ENDINGS = ("e", "a")  # Louis/Louise, Daniel/Daniela: another person's first name


def _end_letter(x: str, y: str) -> bool:
    """One letter added or dropped at the end (Borne/Bornes, Chafroud/Chafrou, Pen/Penn), not a derived word."""
    short, long = sorted((x, y), key=len)
    if len(long) != len(short) + 1 or not long.startswith(short) or not long.isalpha() or len(short) < 3:
        return False
    extra = long[len(short):]
    if extra == "s":
        # Borne/Bornes; not Castro/Castros, nor a people's plural (Korean/Koreans, Congolese, Kurdish,
        # Roman Catholics, Socialists, Shiites, Democrats)
        return not short.endswith(("s", "a", "i", "o", "u", "an", "ese", "ish", "ch", "sh", "ic", "ist", "ite",
                                   "at"))
    return long.endswith(short[-1] * 2) or not (
        long.endswith(DERIVED_ENDINGS) and (extra != "n" or short.endswith(("a", "e", "ia"))))


@functools.lru_cache(maxsize=16384)  # names recur from one article to the next
def _deletions(word: str, twice: bool = True) -> frozenset[str]:
    """The word with up to one letter deleted (two for long words, unless not `twice`): two words within the
    edit distance `_letters_close` allows always share one of these, so only those pairs are compared."""
    found = {word} | {word[:i] + word[i + 1:] for i in range(len(word))}
    if twice and len(word) >= 9:
        found |= {word[:i] + word[i + 1:j] + word[j + 1:] for j in range(len(word)) for i in range(j)}
    return frozenset(found)


# a last letter replaced by its neighbour in sound ("Wintzenhein" for "Wintzenheim"), judged in long names only
END_SOUND_SLIPS = frozenset(frozenset(pair) for pair in ("mn", "td", "ck"))
LONG_END_SLIP = 8


def _alike_alone(x: str, y: str, lang: str) -> bool:
    """Two names with no neighbour in common: only long names that keep their first and last letters."""
    if min(len(x), len(y)) < 6 or x[0] != y[0]:
        return False
    if x[-1] != y[-1] and not (len(x) == len(y) >= LONG_END_SLIP and frozenset((x[-1], y[-1])) in END_SOUND_SLIPS):
        return False  # the last letter kept, or, in a long name, replaced by its neighbour in sound (Wintzenhein)
    return not (zipf(x, lang) >= 3.0 and zipf(y, lang) >= 3.0)


def _alike_extended(x: str, y: str, lang: str) -> bool:
    """A name standing alone, written once with a letter added or dropped at the end of a longer name that
    is no word ("Noaille" against "Noailles" twice): neither form is an English word, nor a feminine form,
    nor a plural ("Uighurs" once beside "Uighur": the people)."""
    return (min(len(x), len(y)) >= 6 and not max(x, y, key=len).endswith(FEMININE_ENDINGS)
            and not (len(x) > len(y) and x.endswith("s")) and zipf(x, lang) < 2.5 and zipf(y, lang) < 2.5)


NEXT_WORD_RE = re.compile(r"[ \u00a0]+([a-z]+)")
TIME_WORDS = frozenset("next last this today tomorrow yesterday tonight early late".split())  # "in Noaille next week"


def _modifier(text: str | None, mention: NameMention) -> bool:
    """A name before a lowercase content word ("the Uighur minority", "a Noaille resident"): a modifier, which
    may be a people's or a region's adjective rather than the name itself."""
    if text is None:
        return False
    match = NEXT_WORD_RE.match(text, mention.end)
    return match is not None and match.group(1) not in FUNCTION_WORDS and match.group(1) not in TIME_WORDS


def _gendered(x: str, y: str) -> bool:
    """The masculine and feminine forms of one family name, two people: Ivanov/Ivanova, Zelensky/Zelenska,
    Kowalski/Kowalska."""
    stem = 0
    while stem < min(len(x), len(y)) and x[stem] == y[stem]:
        stem += 1
    return {x[stem:], y[stem:]} in ({"", "a"}, {"y", "a"}, {"i", "a"})


def _alike_backref(x: str, y: str, lang: str, extension: bool) -> bool:
    """A surname alone that refers back to a person named in full ("Mr Thein" after "Christian Tein"): a
    name of four letters or more, one letter away (a letter added or dropped at the end counts), that keeps
    its first letter (c and k are one), the two not both common words."""
    if min(len(x), len(y)) < MIN_BACKREF or (x[0] != y[0] and {x[0], y[0]} != {"c", "k"}):
        return False  # the first letter kept, but for c/k ("Mr Kadyrov" / "Ramzan Cadyrov")
    if not extension and x[-1] != y[-1] and min(len(x), len(y)) <= MIN_BACKREF:
        return False
    return not (zipf(x, lang) >= 3.0 and zipf(y, lang) >= 3.0)


def _reference(text: str | None, mention: NameMention) -> str | None:
    """How a surname alone is written: "titled" after a title ("Mr", "Ms", "the minister"), "introduced" when
    an apposition presents it as someone new ("Mr Castel, the mayor of Prades,"; "the mayor of Prades,
    Mr Castel"), else "bare"; None without the text."""
    if text is None:
        return None
    match = PREVIOUS_WORD_RE.search(text, max(0, mention.start - 24), mention.start)
    titled = bool(match) and match.group(1).lower() in TITLES
    before = match.start() if titled else mention.start
    if _role_after(text, mention.end) or _role_before(text, before):
        return "introduced"
    return "titled" if titled else "bare"


def _role_after(text: str, after: int) -> bool:
    """A role set after the name as its apposition ("Mr Castel, the mayor of Prades"); not the subject of the main
    clause after a fronted phrase ("For the critics of Mr Fabert, the crisis shows …")."""
    from ..attribution.persons import person_noun

    match = INTRODUCED_AFTER_RE.match(text, after)
    if match is None:
        return False
    apposition = APPOSITION_RE.match(text, match.end())
    head = []  # the words of the noun phrase before its complement: "former chief executive" (of …)
    for word in WORD_RE.findall(apposition.group()) if apposition else ():
        if word.lower() in APPOSITION_STOPS or len(head) == APPOSITION_WORDS:
            break
        head.append(word)
    return any(person_noun(w) for w in head)


APPOSITION_RE = re.compile(r"[^,.;:!?]{1,60}")
APPOSITION_STOPS = frozenset("of who which that where whose in at for with from to on by".split())
APPOSITION_WORDS = 4


def _role_before(text: str, before: int) -> bool:
    """A role set before the name as its apposition ("the mayor of Prades, Mr Castel"); not a phrase of another
    kind that ends at a comma ("Asked about a possible motive, Mr Chabbert")."""
    from ..attribution.persons import person_noun

    match = INTRODUCED_BEFORE_RE.search(text, max(0, before - 60), before)
    return match is not None and any(person_noun(w) for w in WORD_RE.findall(match.group()))


WORD_RE = re.compile(r"[^\W\d_]+")


def _context(items: list[_Syllable], index: int) -> tuple[str | None, str | None]:
    """The nearest syllables on either side, skipping particles ("al" in "Mohammed al-Qassas")."""
    left = next((s.key for s in reversed(items[:index]) if s.key not in TRANSPARENT), None)
    right = next((s.key for s in items[index + 1:] if s.key not in TRANSPARENT), None)
    return left, right


def _compatible(a: tuple, b: tuple) -> tuple[bool, bool]:
    """(compatible, shared): no neighbour contradicts, and at least one neighbour agrees."""
    shared = False
    for one, two in zip(a, b):
        if one is not None and two is not None:
            if one != two:
                return False, False
            shared = True
    return True, shared


def _match_case(model: str, surface: str) -> str:
    if model.isupper():
        return surface.upper()
    if model[:1].isupper():
        return surface[:1].upper() + surface[1:]
    return surface.lower() if model.islower() else surface


def spelling_variants(mentions: list[NameMention], lang: str = "en", text: str | None = None) -> list[Variant]:
    """Minority spellings one or two letters away from a clearly more frequent spelling of the same name.

    Syllables are compared in context: "Jung" in "Kim Jung-un" is a variant of "Jong" in "Kim Jong-un",
    but "il" in "Kim Jong-il" is another syllable and another person. With the document's `text`, a surname
    alone after a title ("Mr Dusopt") is also compared with the surnames of the people named in full.
    """
    table = _syllable_table(mentions)
    where: dict[str, list[_Syllable]] = defaultdict(list)
    for items in table:
        for item in items:
            if len(item.key) >= 3:
                where[item.key].append(item)
    best: dict[_Syllable, tuple[str, int, int, bool, bool]] = {}  # -> (surface, count, majority, shared, backref)
    confusable = confusable_pairs()
    # deletion variant -> frequent syllables that yield it: one letter deleted, and up to two for long syllables
    # (two letters apart only where both names are long)
    near: dict[str, set[str]] = defaultdict(set)
    near_long: dict[str, set[str]] = defaultdict(set)
    groups: dict[str, Counter] = {}  # see `_grouped`
    for y in where:
        if len(where[y]) >= 2:
            for variant in _deletions(y, twice=False):
                near[variant].add(y)
            if len(y) >= 9:
                for variant in _deletions(y):
                    near_long[variant].add(y)
    for x in where:
        candidates = set().union(*(near[v] for v in _deletions(x, twice=False) if v in near))
        if near_long and len(x) >= 9:
            candidates |= set().union(*(near_long[v] for v in _deletions(x) if v in near_long))
        for y in sorted(candidates):
            if x == y or len(where[y]) < 2 * len(where[x]) or abs(len(x) - len(y)) > 2 \
                    or frozenset((x, y)) in confusable:
                continue
            extension = _end_letter(x, y)
            if not extension and not _letters_close(x, y):
                continue
            for occ in where[x]:
                alone = len(table[occ.mention]) == 1
                judged = _judge(occ, x, y, table, where, lang, extension,
                                _reference(text, mentions[occ.mention]) if alone else None, groups,
                                alone and _modifier(text, mentions[occ.mention]))
                if judged and (occ not in best or judged[2] > best[occ][2]):
                    best[occ] = judged
    changes: dict[int, list[tuple[_Syllable, str, int, int, bool, bool]]] = defaultdict(list)
    for occ, judged in best.items():
        changes[occ.mention].append((occ, *judged))
    variants = []
    for m_index, edits in sorted(changes.items()):
        mention = mentions[m_index]
        fixed = mention.text
        for occ, surface, *_ in sorted(edits, key=lambda e: -e[0].start):
            rel = occ.start - mention.start
            fixed = fixed[:rel] + _match_case(occ.surface, surface) + fixed[rel + occ.end - occ.start:]
        variants.append(Variant(mention.start, mention.end, mention.text, fixed,
                                max(e[2] for e in edits), min(e[3] for e in edits), all(e[4] for e in edits),
                                all(e[5] for e in edits)))
    return variants


def _grouped(key: str, table, where, groups: dict) -> Counter:
    """The occurrences of a syllable by what `_judge` compares, (context, place, surface) -> how many, in the
    order they first occur: a name written many times has few contexts (computed once per key into `groups`)."""
    found = groups.get(key)
    if found is None:
        found = groups[key] = Counter((_context(table[o.mention], o.index), o.place, o.surface) for o in where[key])
    return found


def _judge(occ: _Syllable, x: str, y: str, table, where, lang: str, extension: bool = False,
           reference: str | None = None, groups: dict | None = None,
           modifier: bool = False) -> tuple[str, int, int, bool, bool] | None:
    """For one occurrence of x: y's usual surface, the counts of x and y in a compatible context, whether a
    neighbour agrees, and whether x is a back-reference. A letter added or dropped at the end (`extension`)
    needs an agreeing neighbour, or a title before a surname alone (`reference`, see `_reference`) that
    refers back to a person introduced in full and never named in full under this spelling."""
    groups = {} if groups is None else groups
    ctx = _context(table[occ.mention], occ.index)
    shared_any = False
    support: Counter = Counter()
    for (other_ctx, place, surface), times in _grouped(y, table, where, groups).items():
        ok, shared = _compatible(ctx, other_ctx)
        if ok and place == occ.place:
            support[surface] += times
            shared_any = shared_any or shared
    majority = sum(support.values())
    count = sum(times for (other_ctx, place, _), times in _grouped(x, table, where, groups).items()
                if place == occ.place and _compatible(ctx, other_ctx)[0])
    if majority < 2 or majority < 2 * count:
        return None
    if shared_any:
        if min(len(x), len(y)) < (3 if occ.place[1] > 1 or extension else 4):
            return None
        if extension and max(x, y, key=len).endswith(FEMININE_ENDINGS) and not _last_token(table[occ.mention], occ):
            return None  # "Louise Martin" beside "Louis Martin": two people
    elif _gendered(x, y):
        return None  # "Mrs Ivanova" beside "Sergei Ivanov": his wife, or his daughter
    elif reference in ("titled", "bare") and _backref(x, y, table, where) and _alike_backref(
            x, y, lang, extension) and (reference == "titled" or not extension and len(x) > MIN_BACKREF):
        return support.most_common(1)[0][0], count, majority, False, True
    elif extension and ctx == (None, None) and count == 1 and not modifier and _alike_extended(x, y, lang):
        return support.most_common(1)[0][0], count, majority, False, True
    elif extension or ctx != (None, None) or not _alike_alone(x, y, lang):
        # a name part whose neighbours never occur with the other spelling ("Joël Canapa" / "Canada")
        return None
    return support.most_common(1)[0][0], count, majority, shared_any, ctx == (None, None) and _backref(
        x, y, table, where)


def _backref(x: str, y: str, table, where) -> bool:
    """y is the surname of someone named in full ("Christian Tein"), and x never comes with a first name."""
    def full(o: _Syllable) -> bool:
        return (o.place == (0, 1) and _last_token(table[o.mention], o)
                and _context(table[o.mention], o.index)[0] is not None)
    return any(full(o) for o in where[y]) and not any(_context(table[o.mention], o.index) != (None, None)
                                                      for o in where[x])


def _last_token(items: list[_Syllable], occ: _Syllable) -> bool:
    """Whether the syllable belongs to the last word of its name (the surname)."""
    return not any(s.place[0] == 0 for s in items[occ.index + 1:])


class _Window(NamedTuple):  # a tuple: one per run of up to MAX_WINDOW words of each name, built fast
    start: int
    end: int
    text: str
    form: str  # marks normalised, case folded
    context: tuple[str | None, str | None]  # the name's words just before and after the window


def _windows(mentions: list[NameMention]) -> dict[str, list[_Window]]:
    """The windows of the names by key, for the keys written in two forms or more (the others compare nothing)."""
    found: dict[str, list[tuple]] = defaultdict(list)
    for mention in mentions:
        tokens = mention.tokens
        for i in range(len(tokens)):
            for j in range(i, min(len(tokens), i + MAX_WINDOW)):
                start, end = tokens[i].start, tokens[j].end
                text = mention.text[start - mention.start:end - mention.start]
                key = _squash(text)
                if len(key) >= MIN_KEY:
                    found[key].append((start, end, text, _normalise_marks(text), tokens, i, j))
    by_key: dict[str, list[_Window]] = {}
    for key, items in found.items():
        if len({item[3] for item in items}) >= 2:
            by_key[key] = [_Window(start, end, text, form, _around(tokens, i, j))
                           for start, end, text, form, tokens, i, j in items]
    return by_key


def _around(tokens, i: int, j: int) -> tuple[str | None, str | None]:
    """The name's words just before and after the window of tokens i to j."""
    return (_squash(tokens[i - 1].text) if i > 0 else None,
            _squash(tokens[j + 1].text) if j + 1 < len(tokens) else None)


_squash = functools.lru_cache(maxsize=65536)(squash)  # a name's words and windows recur in a document
_normalise_marks = functools.lru_cache(maxsize=65536)(normalise_marks)


_VARIANTS: list = [(None, ([], []))]  # (the last mentions asked about, their variants): ENT002 and ENT003 ask


def form_variants(mentions: list[NameMention]) -> tuple[list[Variant], list[Variant]]:
    """`_form_variants`, once per document's list of mentions."""
    memo = _VARIANTS[0]
    if memo[0] is not mentions:
        memo = _VARIANTS[0] = (mentions, _form_variants(mentions))
    formats, accents = memo[1]
    return list(formats), list(accents)


def _form_variants(mentions: list[NameMention]) -> tuple[list[Variant], list[Variant]]:
    """Minority forms of a name that differ from a compatible majority form only in hyphens, spaces or
    apostrophes, and those that differ only in accents: (format variants, accent variants).

    Case alone is not a difference. Windows whose neighbouring name words disagree ("Zoe" in "Zoe Smith",
    "Zoë" in "Zoë Saldaña") are different entities and are not compared.
    """
    formats: list[Variant] = []
    accents: list[Variant] = []
    taken: list[tuple[int, int]] = []
    by_key = _windows(mentions)
    for key in sorted(by_key, key=lambda k: (-len(k), k)):
        windows = by_key[key]
        for window in windows:
            if any(s < window.end and window.start < e for s, e in taken):
                continue
            # a joined surname after a first name ("Marine Lepen"); "Mr Lemaire" alone may be someone else
            joined = _joined(window.form) and window.context[0] is not None
            spaced = [w for w in windows if _particle_spaced(w.form)] if joined else []
            peers = [w for w in windows if _compatible(window.context, w.context)[0]] + spaced
            counts = Counter(w.form for w in set(peers))
            first_seen = {w.form: w for w in sorted(set(peers), key=lambda w: -w.start)}
            # a particle written apart ("Le Pen") is the name's form, however few times, whoever bears it
            major = spaced[0].form if spaced else max(counts, key=lambda f: (counts[f], -first_seen[f].start))
            if window.form == major:
                continue
            same_context = any(w.form == major and w.context == window.context for w in peers)
            lead = window.context[0] is None and first_seen[major].context[0] is None
            variant = Variant(window.start, window.end, window.text,
                              _match_case(window.text, first_seen[major].text),
                              counts[window.form], counts[major], shared=same_context, lead=lead,
                              particle=bool(spaced))
            if fold_accents(window.form) == fold_accents(major):
                accents.append(variant)
            else:
                formats.append(variant)
            taken.append((window.start, window.end))
    return formats, accents


def _joined(form: str) -> bool:
    return form.isalpha()


def _particle_spaced(form: str) -> bool:
    """A surname written with its particle apart: "le pen", "de gaulle", "van gogh" (two words only)."""
    words = form.split(" ")
    return len(words) == 2 and words[0] in PARTICLES and len(words[1]) >= 3 and words[1].isalpha()


# one-letter slips a hurried hand makes in a surname: a letter pair voiced/unvoiced at the end, c/k
END_PAIRS = frozenset(map(frozenset, ("td", "ck", "sz", "pb", "yi")))


SILENT_H_AFTER = "gktdbr"  # "gh", "kh", "th", "dh", "bh", "rh": one sound in a transliterated name


def typical_slip(a: str, b: str) -> bool:
    """Two lowercase, accent-folded spellings one typical slip apart: a doubled letter made single or a
    single one doubled (Itté/Ité, Jolly/Joly), an h added after g, k, t, d, b or r (Sandaogo/Sandaogho), the
    last letter swapped for its voiced or unvoiced pair
    (Dupont/Dupond), or c for k (Kadyrov/Cadyrov)."""
    if a == b or not (a.isalpha() and b.isalpha()) or min(len(a), len(b)) < 3:
        return False
    short, long = sorted((a, b), key=len)
    if len(long) == len(short) + 1:
        # a letter doubled, or an h written after a consonant that it does not change into another sound, as
        # transliterations do (Sandaogo/Sandaogho, Kakovka/Kakhovka)
        return any(long[:i] + long[i + 1:] == short for i in range(1, len(long))
                   if long[i] == long[i - 1] or long[i] == "h" and long[i - 1] in SILENT_H_AFTER)
    if len(a) != len(b):
        return False
    diff = [i for i in range(len(a)) if a[i] != b[i]]
    if len(diff) != 1:
        return False
    i = diff[0]
    pair = frozenset((a[i], b[i]))
    return (i == len(a) - 1 and pair in END_PAIRS) or pair == frozenset("ck")


# spellings that sound alike in a first name: y for i (Melvyn/Melvin), ph for f, ew for u (Stewart/Stuart),
# th for t, ck and c (before a back vowel or a consonant) for k; doubled letters count once
# and a final "ie" for y or i (Wendie/Wendy)
SOUND_ALIKE_RE = re.compile(r"ph|th|ck|ew|c(?![eiy])|ie$|y|(.)(?=\1)")
SOUND_ALIKE = {"ph": "f", "th": "t", "ck": "k", "ew": "u", "c": "k", "y": "i", "ie": "i"}


def _sound_key(name: str) -> str:
    return SOUND_ALIKE_RE.sub(lambda m: SOUND_ALIKE.get(m.group(), ""), name)


def first_name_slip(a: str, b: str) -> bool:
    """Two lowercase, accent-folded first names one slip apart: a typical slip, the same name written with
    letters that sound alike (Sylvestre/Silvestre, Stewart/Stuart, Philippe/Filippe), or two neighbouring
    letters swapped in a name of five letters or more (Michael/Micheal). A feminine ending added or dropped
    makes another person's name (Louis/Louise, Simon/Simone, Frédéric/Frédérique). `a` is the odd spelling, `b`
    the usual one."""
    if typical_slip(a, b):
        return True
    if a == b or not (a.isalpha() and b.isalpha()) or a[0] != b[0] and _sound_key(a)[:1] != _sound_key(b)[:1]:
        return False
    key_a, key_b = _sound_key(a), _sound_key(b)
    if (key_a[-1:] in FEMININE_ENDINGS) != (key_b[-1:] in FEMININE_ENDINGS) and key_a[-1:] != key_b[-1:]:
        return False
    if key_a == key_b:
        return True
    if len(a) == len(b) >= 5:
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        if len(diff) == 1:
            # one inner vowel replaced in a long name (Radouane/Redouane): the ends that mark gender are kept
            # or, in a shorter name, one that turns a known first name into no known one (Djamel/Djamal)
            at = diff[0]
            return (len(a) >= MIN_VOWEL_SLIP or _known_first(b) and not _known_first(a)) \
                and 0 < at < len(a) - 1 and a[at] in VOWELS and b[at] in VOWELS
        return len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]]
    return False


MIN_VOWEL_SLIP = 7


# a relative introduced by an apposition: another bearer of the surname
KIN_AFTER_RE = re.compile(r",[ \u00a0]+(?:his|her|their|the|a)[ \u00a0]+(?:\w+[ \u00a0]+)?(?:cousin|brother|sister|son|"
                          r"daughter|wife|husband|father|mother|uncle|aunt|nephew|niece|grandson|granddaughter|"
                          r"grandfather|grandmother|twin|widow|widower)s?\b")


def _known_first(name: str) -> bool:
    return name in name_lexicon().first_names
VOWELS = "aeiouy"


def _surname_slip(a: str, b: str) -> bool:
    """Two spellings of one surname borne by people with the same first name: a typical slip, a letter
    added or dropped at the end that makes no feminine form (Bardella/Bardela, Macron/Macro), or one letter
    replaced in a name of five letters or more that keeps its first letter (Mélenchon/Mélanchon)."""
    if typical_slip(a, b):
        return True
    if "-" in a or "-" in b:
        return _hyphenated_slip(a, b)
    if _end_letter(a, b):
        # with the same first name, an "e" added is a slip (Aoun/Aoune) unless it makes a known name
        # (Holland/Hollande); "a" may make a feminine form
        longer = max(a, b, key=len)
        return not longer.endswith("a") and not (longer.endswith("e") and zipf(longer, "en") >= RARE_NAME_ZIPF)
    if _mac(a) == _mac(b):
        return True  # "McArthur" / "MacArthur"
    short, long = sorted((a, b), key=len)
    if len(long) == len(short) + 1 and len(long) >= 7 and long[0] == short[0] and long[-1] == short[-1] \
            and any(long[:i] + long[i + 1:] == short for i in range(1, len(long) - 1)):
        return True  # a letter dropped inside a long surname ("Sciamma" / "Siamma")
    return (min(len(a), len(b)) >= 5 and len(a) == len(b) and a[0] == b[0] and a.isalpha() and b.isalpha()
            and edit_distance(a, b, 1) == 1)


def _hyphenated_slip(a: str, b: str) -> bool:
    """A double-barrelled surname with one of its parts one typical slip away (a letter doubled or made single,
    c/k, a voiced ending) and the other the same ("Keller-Suter" / "Keller-Sutter"); not another letter replaced
    ("Al-Qassam" / "Al-Qassas": two names)."""
    parts_a, parts_b = a.split("-"), b.split("-")
    if len(parts_a) != len(parts_b):
        return False
    differing = [(x, y) for x, y in zip(parts_a, parts_b) if x != y]
    return len(differing) == 1 and min(map(len, differing[0])) >= MIN_BACKREF and typical_slip(*differing[0])


def _mac(word: str) -> str:
    return "mc" + word[3:] if word.startswith("mac") and len(word) > 5 else word


SHARED_FIRST_ZIPF = 3.8  # a first name rarer than 'Pierre': two people sharing it and a near surname are one


def pair_slips(mentions: list[NameMention], lang: str = "en", text: str | None = None) -> list[Variant]:
    """A name written once one way and later once another, one slip apart: the later form is the slip, as an
    article's first mention of a person is its careful one. Three shapes: the same first name and a surname
    one slip apart ("Antoine Dupont" … "Antoine Dupond"); the same surname and a first name one typical slip
    apart ("Isabelle Huppert" … "Isabele Huppert"); and, with the text, a surname alone after a title or in
    running prose one slip from the surname of a person named in full before ("Jordan Bardella" … "Mr
    Bardela"), unless an apposition introduces it as someone new. Names compared by frequency are left to
    `spelling_variants`."""
    by_first: dict[tuple[str, int], dict[str, list[NameMention]]] = defaultdict(lambda: defaultdict(list))
    by_last: dict[tuple[str, int], dict[str, list[NameMention]]] = defaultdict(lambda: defaultdict(list))
    surnames: Counter = Counter()
    firsts: Counter = Counter()
    alone: list[tuple[str, NameMention]] = []
    full: dict[str, NameMention] = {}  # surname -> its first mention in a full name
    # the same surname after another given name, or after none ("Paul-Henri Sandaogo Damiba" … "Sandaogho Damiba"):
    # the word before the surname compared, wherever the name starts
    by_surname: dict[tuple[str, int], dict[str, list[NameMention]]] = defaultdict(lambda: defaultdict(list))
    given: Counter = Counter()
    leads: dict[int, int] = {}  # mention start -> descriptor words before the name ("Belarusian", "Lieutenant-Colonel")
    lex = name_lexicon()
    for mention in mentions:
        if mention.acronym or mention.headline:
            continue
        lead = leads[mention.start] = _descriptors(mention.words, lex) if len(mention.tokens) > 2 else 0
        words = [_folded(w) for w in mention.words[lead:]]
        surnames[words[-1]] += 1
        if len(words) >= 2 and all(w.replace("-", "").isalpha() for w in words):
            by_first[(" ".join(words[:-1]), len(words))][words[-1]].append(mention)
            by_last[(" ".join(words[1:]), len(words))][words[0]].append(mention)
            by_surname[(words[-1], 0)][words[-2]].append(mention)
            firsts[words[0]] += 1
            given[words[-2]] += 1
            full.setdefault(words[-1], mention)
        elif len(words) == 1 and words[0].replace("-", "").isalpha():
            alone.append((words[0], mention))
    confusable = confusable_pairs()

    def differ(odd: str, usual: str, slip, common_ok: bool = False) -> bool:
        return not (frozenset((squash(odd), squash(usual))) in confusable or _gendered(odd, usual)
                    or not slip(odd, usual) or not common_ok and zipf(odd, lang) >= 3.0 and zipf(usual, lang) >= 3.0)

    found = []
    for groups, token, count, slip in ((by_first, -1, surnames, _surname_slip), (by_last, 0, firsts, first_name_slip),
                                       (by_surname, -2, given, first_name_slip)):
        for (shared, _), by_word in groups.items():
            if len(by_word) < 2:
                continue
            # two common first names one doubled letter apart ("Mohamed" / "Mohammed") with a rare surname in common
            # are one person's; with a common surname ("Philip Smith", "Phillip Smith") they may be two. Likewise two
            # surnames that are words ("Parrish" / "Parish") after a rare first name in common ("Joanna")
            common_ok = all(zipf(w, lang) < (3.0 if token != -1 else SHARED_FIRST_ZIPF) for w in shared.split())
            for odd, odd_mentions in by_word.items():
                if count[odd] != 1:
                    continue
                late = odd_mentions[0]
                for usual, usual_mentions in by_word.items():
                    first = usual_mentions[0]
                    # two common first names far apart in the text are one person's slip, not cousins side by side
                    apart = token != -1 and late.start - first.end > FAR_APART
                    if usual == odd or first.start > late.start or not differ(odd, usual, slip, common_ok or apart):
                        continue
                    if token != -1 and text is not None and KIN_AFTER_RE.match(text, late.end):
                        break  # "Karem Benali, his cousin": a relative who shares the surname, another person
                    at = token + leads[late.start] if token == 0 else token
                    if any(v.start == late.start for v in found):
                        break  # the same mention, compared by another shape
                    found.append(_replaced(late, at, first.tokens[token + leads[first.start] if token == 0 else token]
                                           .text, count[usual]))
                    break
    if text is not None:
        ordered = list(full.items())  # in first-mention order
        # a slip is one edit (a letter added, dropped, replaced or two swapped): the two surnames then share a
        # form with at most one letter deleted, and only the surnames that share one with `odd` are compared
        near: dict[str, list[int]] = defaultdict(list)
        for i, (surname, _) in enumerate(ordered):
            for variant in _deletions(surname, twice=False):
                near[variant].append(i)
        for odd, mention in alone:
            if surnames[odd] != 1 or odd in full or len(odd) < MIN_BACKREF + 1 or zipf(odd, lang) >= 3.0 \
                    or _reference(text, mention) not in ("titled", "bare"):
                continue
            close = sorted({i for variant in _deletions(odd, twice=False) for i in near.get(variant, ())})
            one = _after_personal_title(text, mention)
            # not an extension: "the Putins" is the family, "Macro" may be a word
            usual = next((u for u, m in map(ordered.__getitem__, close) if u[0] == odd[0] and m.start < mention.start
                          and not _extension(odd, u, lang, one) and differ(odd, u, _surname_slip)), None)
            if usual is not None:
                found.append(_replaced(mention, -1, full[usual].tokens[-1].text, surnames[usual]))
    return found


NATIONALITY_ENDINGS = ("ian", "ean", "ese", "ish")  # "Belarusian", "Chilean", "Congolese", "Danish"


def _descriptors(words: tuple[str, ...], lex) -> int:
    """How many words before a name describe the person rather than name them: a title ("Lieutenant-Colonel") or a
    nationality ("the Belarusian Aryna Sabalenka"); a first name ending like one ("Christian", "Adrian") names."""
    lead = 0
    while lead < len(words) - 2:  # two name words are kept
        low = _folded(words[lead])
        if all(part in TITLES for part in low.split("-")) or low in lex.nationalities or (
                len(low) >= 6 and low.endswith(NATIONALITY_ENDINGS) and low not in lex.first_names):
            lead += 1
            continue
        break
    return lead


EXTENSION_WORD_ZIPF = 2.0  # a shortened surname this common is a word of its own ("Macro" beside "Macron")


def _extension(odd: str, usual: str, lang: str, one_person: bool = False) -> bool:
    """One name extends the other: a plural or a family ("the Putins"), or a shortening that is a word ("Macro");
    a rare shortening that drops a last consonant ("Barnie" beside "Barnier") is a slip, and so is an "s" added
    after a personal title, which names one person ("Mr Lannelongues" beside "Christophe Lannelongue")."""
    if not (odd.startswith(usual) or usual.startswith(odd)):
        return False
    short, long = sorted((odd, usual), key=len)
    if one_person and long == odd and long == short + "s":
        return False
    return long.endswith("s") or len(long) - len(short) != 1 or zipf(short, lang) >= EXTENSION_WORD_ZIPF


PERSONAL_TITLES = frozenset("mr mrs ms miss mme dr".split())  # titles of one person, never of a family


def _after_personal_title(text: str, mention: NameMention) -> bool:
    match = PREVIOUS_WORD_RE.search(text, max(0, mention.start - 24), mention.start)
    return bool(match) and match.group(1).lower().rstrip(".") in PERSONAL_TITLES


@functools.lru_cache(maxsize=65536)
def _folded(word: str) -> str:
    return fold_accents(word).casefold()


def _replaced(mention: NameMention, token: int, surface: str, majority: int) -> Variant:
    """The mention with one of its tokens written as `surface`."""
    tok = mention.tokens[token]
    fixed = mention.text[:tok.start - mention.start] + _match_case(tok.text, surface) \
        + mention.text[tok.end - mention.start:]
    return Variant(mention.start, mention.end, mention.text, fixed, 1, majority, shared=True)
