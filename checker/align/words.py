"""Word links inside aligned sentences: which content words of each side have a counterpart on the other.

Evidence, cheapest first: the same number, a cognate or shared name (accent-folded trigrams),
the French→English lexicon (checker/data/lexicon_fr_en.tsv.gz), and, when an encoder is
available, the cross-lingual similarity of the two words on their own. Links are made
competitively (best evidence first, each word linked once per side, as in Melamed's competitive
linking), so that a word with no counterpart stays visible even beside a near-synonym. Words left
over on both sides are paired by place only when no telling part of speech sets them apart. A French
word whose close translation is an English grammatical word of the sentence ("souvent": "often") is
rendered by it, and so never a gap, though no content word links to it.
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass, replace

from ..lang.folding import fold
from .text import dice, trigrams

WORD_RE = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*|\d+(?:[.,\u00a0\u202f ]\d{3})*(?:[.,]\d+)?")
CONTRACTION_RE = re.compile(r"(?:n['’]t|['’](?:s|re|ve|ll|d|m))$", re.I)
ELISION_RE = re.compile(r"^(?:l|d|j|m|n|s|t|c|qu|jusqu|lorsqu|puisqu|quoiqu)['’]", re.I)
MIN_LETTERS = 3
STEMMING = "v1"  # bump when english_stem or french_stem change, so that cached lexicons are rebuilt
SHORT_CONTENT = frozenset({"an"})  # French 'an' (year): too short for the rule above, but content
ENCODER_LINK = 0.62  # cosine of two single words above which the encoder counts them as translations
COGNATE_DICE = 0.5


@dataclass(frozen=True, slots=True)
class Word:
    """A content word: its clean-text span and its normalised form."""

    start: int
    end: int
    text: str
    key: str  # lowercase, elision stripped, crude stem
    capitalised: bool
    number: bool
    light: bool = False  # a word often added or dropped in translation: it may link, it is never a gap
    before: str = ""  # the token before it in its sentence, whatever it is ("" at the start)


@dataclass(frozen=True, slots=True)
class WordLinks:
    """The content words of one aligned bead and which of them found a counterpart."""

    source: tuple[Word, ...]
    target: tuple[Word, ...]
    links: tuple[tuple[int, int, float], ...]  # (source index, target index, strength)

    @property
    def unlinked_source(self) -> tuple[int, ...]:
        linked = {i for i, _, _ in self.links}
        return tuple(i for i, w in enumerate(self.source) if i not in linked and not w.light)

    @property
    def unlinked_target(self) -> tuple[int, ...]:
        linked = {j for _, j, _ in self.links}
        return tuple(j for j, w in enumerate(self.target) if j not in linked and not w.light)

    def counted(self, side: str) -> int:
        """Content words of one side that count towards coverage (light words do not)."""
        return sum(not w.light for w in (self.source if side == "source" else self.target))

    def coverage(self, side: str) -> float:
        total = self.counted(side)
        if not total:
            return 1.0
        unlinked = self.unlinked_source if side == "source" else self.unlinked_target
        return 1 - len(unlinked) / total


def english_stem(word: str) -> str:
    w = word.lower().replace("’", "'")
    if w.endswith("'s"):
        w = w[:-2]
    for suffix, repl in (("ies", "y"), ("ied", "y"), ("ing", ""), ("ed", ""), ("es", ""), ("s", ""), ("ly", "")):
        if w.endswith(suffix) and len(w) - len(suffix) >= 3:
            return w[: len(w) - len(suffix)] + repl
    return w


def french_stem(word: str) -> str:
    w = ELISION_RE.sub("", word.lower().replace("’", "'"))
    for suffix in ("es", "s", "x", "e"):
        if w.endswith(suffix) and len(w) - len(suffix) >= 3:
            return w[: len(w) - len(suffix)]
    return w


class StemLexicon:
    """French stem -> English stems; each stem's entry is split from the cached table on first lookup
    (29k small lists cost far more to load than to split the few a document looks up)."""

    __slots__ = ("_joined", "_split")

    def __init__(self, joined: dict[str, str]):
        self._joined = joined
        self._split: dict[str, frozenset[str]] = {}

    def get(self, stem: str, default: frozenset[str] = frozenset()) -> frozenset[str]:
        found = self._split.get(stem)
        if found is None:
            line = self._joined.get(stem)
            if line is None:
                return default
            found = self._split[stem] = frozenset(line.split())
        return found

    def backwards(self) -> dict[str, list[str]]:
        """English stem -> the French stems whose entry lists it (the lexicon read backwards)."""
        table: dict[str, list[str]] = {}
        for french, english in self._joined.items():
            for stem in english.split():
                table.setdefault(stem, []).append(french)
        return table


@functools.lru_cache(maxsize=1)
def lexicon() -> StemLexicon:
    """French stem -> English stems it may translate to (both directions of the derived lexicon)."""
    from ..data.cache import cached

    raw = _lexicon_file()

    def build() -> dict[str, str]:
        import gzip

        table: dict[str, set[str]] = {}
        for line in gzip.decompress(raw).decode("utf-8").splitlines():
            if not line or line.startswith("#"):
                continue
            french, _, english = line.partition("\t")
            table.setdefault(french_stem(french), set()).update(
                english_stem(item.rpartition(":")[0]) for item in english.split())
        return {k: " ".join(sorted(v)) for k, v in table.items()}

    # stemmed once per machine, each entry one string
    return StemLexicon(cached("lexicon-joined", _lexicon_key(), build))


@functools.lru_cache(maxsize=1)
def lexicon_backwards() -> dict[str, tuple[str, ...]]:
    """English stem -> the French stems whose lexicon entry lists it; built once per machine, as the lexicon."""
    from ..data.cache import cached

    return cached("lexicon-backwards", _lexicon_key(),
                  lambda: {k: tuple(v) for k, v in lexicon().backwards().items()})


@functools.lru_cache(maxsize=1)
def _lexicon_file() -> bytes:
    from ..data.cache import DATA_DIR

    return DATA_DIR.joinpath("lexicon_fr_en.tsv.gz").read_bytes()


@functools.lru_cache(maxsize=1)
def _lexicon_key() -> str:
    """The data cache's key for what is built from the lexicon file: its bytes and the stemming."""
    from ..data.cache import digest

    return digest(_lexicon_file(), STEMMING.encode())


GRAMMATICAL_COSINE = 0.8  # a lexicon translation this close counts when it is an English grammatical word
# grammatical words in nearly every English sentence (articles, pronouns, be, have and do, the commonest prepositions)
# witness no French word, nor the auxiliaries of tense ("would" renders the ending of *renforcerait*, not the verb);
# two letters or fewer likewise, but for "no"
PLAIN_GRAMMAR = frozenset("""the and for are was has had have its his her him she who you our that this these those
they them their theirs your yours ours mine were been being does did from with into onto upon what which whom whose
there then than will would shall""".split())


@functools.lru_cache(maxsize=1)
def grammatical_renderings() -> dict[str, tuple[str, ...]]:
    """French stem -> the English grammatical words the lexicon gives as its close translations ("souvent":
    "often", "plupart": "most", "pourrait": "could", "non": "not"), built once per machine.

    Content-word links never see these English words, so without them the French word looks dropped.
    """
    from ..data.cache import cached, digest

    def build() -> dict[str, tuple[str, ...]]:
        import gzip

        from ..lang.langid import french_function_words

        grammar = _function_words("en") - french_function_words()  # not "car", "plus": French in the stop list
        table: dict[str, set[str]] = {}
        for line in gzip.decompress(_lexicon_file()).decode("utf-8").splitlines():
            if not line or line.startswith("#"):
                continue
            french, _, english = line.partition("\t")
            for item in english.split():
                word, _, cosine = item.rpartition(":")
                if (word in grammar and word not in PLAIN_GRAMMAR and (len(word) > 2 or word == "no")
                        and float(cosine or 0) >= GRAMMATICAL_COSINE):
                    table.setdefault(french_stem(french), set()).add(word)
        return {k: tuple(sorted(v)) for k, v in table.items()}

    key = digest(_lexicon_key().encode(), str(GRAMMATICAL_COSINE).encode(), " ".join(sorted(PLAIN_GRAMMAR)).encode())
    return cached("lexicon-grammatical", key, build)


def rendered_by_grammar(source_words: tuple[Word, ...], target_text: str, start: int, end: int) -> tuple[Word, ...]:
    """The source words, those whose close lexicon translation is a grammatical word of the English sentence
    text[start:end] marked light: rendered, though by no content word ("souvent" by "often", "la plupart" by
    "most"), so never a gap."""
    table = grammatical_renderings()
    if not any(w.key in table for w in source_words):
        return source_words
    present = {m.group().lower() for m in WORD_RE.finditer(target_text, start, end)}
    return tuple(replace(w, light=True) if not (w.light or w.number or w.capitalised)
                 and present.intersection(table.get(w.key, ())) else w for w in source_words)


@functools.lru_cache(maxsize=1)
def light_words() -> frozenset[str]:
    """checker/data/light_words.txt: words added or dropped in translation without changing the claim."""
    from ..data.cache import DATA_DIR

    raw = DATA_DIR.joinpath("light_words.txt").read_text(encoding="utf-8")
    return frozenset(w for line in raw.splitlines() for w in line.split("#")[0].split())


@functools.lru_cache(maxsize=2)
def _function_words(lang: str) -> frozenset[str]:
    from ..lang.quote_match import STOPWORDS
    if lang == "fr":
        from ..lang.langid import french_function_words
        return (french_function_words() | STOPWORDS) - light_words()
    from ..lang.names import FUNCTION_WORDS
    return (FUNCTION_WORDS | STOPWORDS) - light_words()


POSSESSIVE_RE = re.compile(r"^([^\W\d_]+)['’]s$")


def _possessive(token: str, stop: frozenset[str]) -> bool:
    """Whether an English word in 's is a noun's possessive ("the troop's camp"), content, not a pronoun's
    contraction ("it's", "there's")."""
    match = POSSESSIVE_RE.match(token)
    return (match is not None and len(match.group(1)) >= MIN_LETTERS and match.group(1).lower() not in stop
            and match.group(1).lower() not in light_words())


def content_words(text: str, start: int, end: int, lang: str) -> tuple[Word, ...]:
    """The words of text[start:end] that carry content: not grammatical words, names and numbers kept."""
    stop = _function_words(lang)
    light = light_words()
    stem = french_stem if lang == "fr" else english_stem
    words = []
    first = True
    previous = ""
    for match in WORD_RE.finditer(text, start, end):
        token, before, previous = match.group(), previous, match.group()
        is_number = token[0].isdigit()
        bare = ELISION_RE.sub("", token) if lang == "fr" else token
        if lang != "fr" and CONTRACTION_RE.search(token) and not _possessive(token, stop):
            continue  # didn't, we're, it's: grammatical words
        kept = lang == "fr" and bare.lower() in SHORT_CONTENT
        if not is_number and not kept and (len(bare) < MIN_LETTERS or bare.lower() in stop
                                           or token.lower() in stop):
            continue
        offset = len(token) - len(bare)
        key = re.sub(r"[\s.,\u00a0\u202f]", "", token) if is_number else stem(bare)
        initial, first = first, False
        capitalised = bare[:1].isupper() and (not initial or bare.isupper())
        words.append(Word(match.start() + offset, match.end(), bare, key, capitalised, is_number,
                          not is_number and bare.lower() in light,
                          token[:2] if offset else before))  # an elision is the word before ("l'")
    return tuple(words)


# Part of speech from the word before and the word's ending, only where these are telling: a link made
# only because two leftovers stand at the same place needs the two words to agree (a French noun is
# not rendered by an English verb form, a French participle not by an English noun).
EN_DETERMINERS = frozenset("the a an this these those its his her their our my your some any no every each".split())
EN_PERFECT = frozenset("has have had having".split())
EN_IRREGULAR = frozenset("""found made took taken saw seen knew known gave given held led left lost met paid sent sold
told won brought bought caught taught thought fought kept felt meant spent built began begun became broke broken chose
chosen drew drawn drove driven fell fallen flew flown forgot forgotten grew grown hid hidden rose risen ran shot shown
spoke spoken stole stolen struck swore sworn threw thrown understood woke woken wore worn wrote written""".split())
EN_NOUN_SUFFIXES = ("tion", "tions", "sion", "sions", "ment", "ments", "ness", "ity", "ities", "ism", "isms", "ship")
FR_DETERMINERS = frozenset("""le la les un une des du au aux ce cet cette ces son sa ses leur leurs mon ma mes ton ta tes
notre nos votre vos""".split())
FR_AVOIR = frozenset("ai as a avons avez ont avait avaient avions aviez aura auront aurait auraient eu ayant".split())
FR_NOUN_SUFFIXES = ("tion", "tions", "sion", "sions", "eur", "eurs", "ité", "ités", "isme", "ismes", "ance", "ances",
                    "ence", "ences", "ure", "ures", "age", "ages")


def kind(word: Word, lang: str) -> str:
    """"N" (after a determiner, or a noun suffix), "V" (verb morphology, or after an auxiliary), "" (not telling)."""
    if word.number:
        return ""
    before, text = word.before.lower(), word.text.lower()
    if lang == "fr":
        if before in FR_DETERMINERS or before in ("l'", "l’"):
            return "N"
        if before in FR_AVOIR:
            return "V"
        return "N" if text.endswith(FR_NOUN_SUFFIXES) and len(text) >= 6 else ""
    if before in EN_DETERMINERS:
        return "N"
    if before in EN_PERFECT or text in EN_IRREGULAR or (len(text) >= 6 and text.endswith(("ed", "ing"))):
        return "V"
    return "N" if text.endswith(EN_NOUN_SUFFIXES) and len(text) >= 6 else ""


def _evidence(source: Word, target: Word, table: StemLexicon) -> float:
    if source.number or target.number:
        return 1.0 if source.number and target.number and source.key == target.key else 0.0
    translations = table.get(source.key, ())
    if target.key in translations or not _silent_e(target.key).isdisjoint(translations):
        return 0.9
    strength = _spelling(source.text, target.text)
    head = target.text.rpartition("-")[2]
    if not strength and head != target.text and len(head) >= MIN_LETTERS:
        # an English compound renders a French phrase by its head ("non-governmental", "anti-corruption")
        strength = 0.9 if english_stem(head) in table.get(source.key, ()) else _spelling(source.text, head)
    return strength


def _silent_e(stem: str) -> set[str]:
    """The stem with its final silent e dropped or added: english_stem strips "-ly" and not the e before it, so
    the lexicon's "truly" (stem "tru") and the word "true" meet."""
    return {stem[:-1]} if stem.endswith("e") and len(stem) > MIN_LETTERS else {stem + "e"}


@functools.lru_cache(maxsize=65536)
def _spelled(word: str) -> tuple[str, frozenset[str]]:
    """A word folded and lowercased, and its trigrams: each word is compared with every word of its bead."""
    folded = fold(word).lower()
    return folded, trigrams(folded)


def _spelling(source: str, target: str) -> float:
    """Evidence from spelling alone: the same word, or a cognate (shared start or trigrams)."""
    (a, grams_a), (b, grams_b) = _spelled(source), _spelled(target)
    if a == b:
        return 1.0
    if min(len(a), len(b)) >= 4 and (a[:5] == b[:5] and min(len(a), len(b)) >= 5 or
                                      dice(grams_a, grams_b) >= COGNATE_DICE):
        return 0.8
    return 0.0


def spelled_alike(source: str, target: str) -> bool:
    """Whether two words of the two languages are spelled alike (a cognate or the same word)."""
    return _spelling(source, target) > 0


def _lexical(source_words: tuple[Word, ...], target_words: tuple[Word, ...]) -> tuple[list, set, set]:
    """Competitive links from the evidence that needs no model (numbers, spelling, the lexicon)."""
    table = lexicon()
    scored = []
    for i, s in enumerate(source_words):
        for j, t in enumerate(target_words):
            strength = _evidence(s, t, table)
            if strength:
                scored.append((strength, i, j))
    links, used_s, used_t = _compete(scored, set(), set(), source_words, target_words)
    links.extend(_compound_prefixes(source_words, target_words, links, used_s))
    return links, used_s, used_t


def _compound_prefixes(source_words, target_words, links: list, used_s: set) -> list[tuple[int, int, float]]:
    """The French word before a linked one that the English compound's first part renders
    ("non gouvernementales" / "non-governmental", "deux jours" / "two-day")."""
    table = lexicon()
    extra = []
    for i, j, strength in links:
        prefix, dash, _ = target_words[j].text.partition("-")
        if not dash or i == 0 or i - 1 in used_s:
            continue
        before = source_words[i - 1]
        if fold(before.text).lower() == fold(prefix).lower() or english_stem(prefix) in table.get(before.key, ()):
            used_s.add(i - 1)
            extra.append((i - 1, j, strength))
    return extra


def _compete(scored: list, used_s: set, used_t: set, source_words=None, target_words=None) -> tuple[list, set, set]:
    """Best evidence first, each word linked once per side (Melamed's competitive linking).

    Given the words, equal evidence goes to the closer spellings first: "gouvernement" takes
    "government" before "gouvernementales" does, whatever their order in the sentence; and then to
    the closer places: of two "entreprises", the one whose place matches that of the single
    "companies" takes it, so that the other, the one the English dropped, stays unlinked.
    """
    if source_words is None:
        scored.sort(key=lambda item: (-item[0], item[1], item[2]))
    else:
        scored.sort(key=lambda item: (-item[0], -_closeness(source_words[item[1]], target_words[item[2]]),
                                      abs(_relative(source_words, item[1]) - _relative(target_words, item[2])),
                                      item[1], item[2]))
    links = []
    for strength, i, j in scored:
        if i not in used_s and j not in used_t:
            used_s.add(i)
            used_t.add(j)
            links.append((i, j, strength))
    return links, used_s, used_t


def _closeness(source: Word, target: Word) -> float:
    return dice(_spelled(source.text)[1], _spelled(target.text)[1])


def _open_words(words: tuple[Word, ...], used: set) -> list[int]:
    """Words the lexical pass left unlinked that the encoder may still link (not numbers)."""
    return [k for k, w in enumerate(words) if k not in used and not w.number]


def link_words(source_words: tuple[Word, ...], target_words: tuple[Word, ...], encoder=None,
               leftovers: bool = True) -> WordLinks:
    """Competitive one-to-one links between the content words of two aligned sentences.

    The encoder is asked only about the words that numbers, spelling and the lexicon left
    unlinked on both sides (most words of a faithful translation are linked before it).
    With `leftovers`, words both sides left unlinked at the same place are paired as a substitution
    (right for two sentences that translate each other, wrong for a sentence and its neighbours).
    """
    return _finish(source_words, target_words, _lexical(source_words, target_words), encoder, leftovers)


def _finish(source_words, target_words, lexical: tuple[list, set, set], encoder, leftovers: bool) -> WordLinks:
    links, used_s, used_t = lexical
    sims = None
    open_s, open_t = _open_words(source_words, used_s), _open_words(target_words, used_t)
    if encoder is not None and open_s and open_t:
        sims = _word_similarities(source_words, target_words, open_s, open_t, encoder)
        extra, used_s, used_t = _compete([(sims[i, j] * 0.9, i, j) for i in open_s for j in open_t
                                          if sims[i, j] >= ENCODER_LINK], used_s, used_t)
        links.extend(extra)
    if leftovers:
        links.extend(_pair_leftovers(source_words, target_words, used_s, used_t, sims))
    # a word repeated on one side ("la France … la France") is covered by its twin's link
    for side_words, used, other in ((source_words, used_s, 0), (target_words, used_t, 1)):
        keys = {side_words[k].key for k in used}
        for k, word in enumerate(side_words):
            if k not in used and word.key in keys:
                twin = next(link for link in links if side_words[link[other]].key == word.key)
                links.append((k, twin[1], twin[2]) if other == 0 else (twin[0], k, twin[2]))
                used.add(k)
    return WordLinks(source_words, target_words, tuple(sorted(links)))


def _word_similarities(source_words, target_words, open_s: list[int], open_t: list[int], encoder) -> dict:
    """Cosine of each open source word with each open target word, each encoded on its own: {(i, j): cosine}."""
    src = [source_words[i].text.lower() for i in open_s]
    tgt = [target_words[j].text.lower() for j in open_t]
    vectors = encoder.encode(src + tgt)
    matrix = vectors[:len(src)] @ vectors[len(src):].T
    return {(i, j): float(matrix[a, b]) for a, i in enumerate(open_s) for b, j in enumerate(open_t)}


LEFTOVER_DISTANCE = 0.2  # relative positions closer than this: a substitution, not a gap on each side
LEFTOVER_SIMILARITY = 0.4  # with an encoder, leftovers are paired only when the words are this related
LEFTOVER = 0.3  # strength of a link made only because two leftovers stand at the same place
LEFTOVER_AGREED = 0.35  # the same, when both are verb forms (neither light): evidence, not place alone


def _relative(words: tuple[Word, ...], k: int) -> float:
    first, last = words[0].start, words[-1].end
    return (words[k].start - first) / max(last - first, 1)


def _pair_leftovers(source_words, target_words, used_s: set, used_t: set, sims=None) -> list[tuple[int, int, float]]:
    """Pair the words both sides left unlinked when they stand at the same place in their sentences.

    A source word and a target word, each without a counterpart, at the same relative position are
    most likely a translation the lexicon does not know ("définitive" / "permanent"): a
    substitution, not an omission plus an addition. Names and numbers are never paired this way.
    """
    rest_s = [i for i in range(len(source_words)) if i not in used_s and not source_words[i].number]
    rest_t = [j for j in range(len(target_words)) if j not in used_t and not target_words[j].number]
    kinds_s = {i: kind(source_words[i], "fr") for i in rest_s}
    kinds_t = {j: kind(target_words[j], "en") for j in rest_t}
    # no telling part of speech may set the two apart (a French noun is not rendered by an English verb form)
    candidates = sorted((abs(_relative(source_words, i) - _relative(target_words, j)), i, j)
                        for i in rest_s for j in rest_t
                        if source_words[i].capitalised == target_words[j].capitalised
                        and not (kinds_s[i] and kinds_t[j] and kinds_s[i] != kinds_t[j]))
    links = []
    for distance, i, j in candidates:
        if sims is not None and sims[i, j] < LEFTOVER_SIMILARITY:
            continue
        if distance <= LEFTOVER_DISTANCE and i not in used_s and j not in used_t:
            used_s.add(i)
            used_t.add(j)
            # two verbs agree as evidence; two nouns, or a light verb ("given"), only by their place
            agreed = kinds_s[i] == "V" == kinds_t[j] and not (source_words[i].light or target_words[j].light)
            links.append((i, j, LEFTOVER_AGREED if agreed else LEFTOVER))
    return links


def link_aligned(pairs, source, target, encoder=None) -> list[WordLinks | None]:
    """`pair.words`: word links for each aligned bead with both sides (None for a one-sided bead).

    The lexical pass runs first on every bead; the words it leaves open on both sides of a bead
    are then encoded in one batch for the whole document (the beads read the encoder's cache).
    """
    sides = [None if not pair.source or not pair.target else
             (rendered_by_grammar(content_words(source.text, *pair.source_span, source.lang or "fr"),
                                  target.text, *pair.target_span),
              content_words(target.text, *pair.target_span, target.lang or "en")) for pair in pairs]
    lexical = [None if side is None else _lexical(*side) for side in sides]
    if encoder is not None:
        words = set()
        for side, found in zip(sides, lexical):
            if side is None:
                continue
            open_s, open_t = _open_words(side[0], found[1]), _open_words(side[1], found[2])
            if open_s and open_t:
                words.update(side[0][i].text.lower() for i in open_s)
                words.update(side[1][j].text.lower() for j in open_t)
        if words:
            encoder.encode(sorted(words))
    return [None if side is None else _finish(side[0], side[1], found, encoder, True)
            for side, found in zip(sides, lexical)]
