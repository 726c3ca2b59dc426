"""ADD004: an English modifier that no word of the source sentence can render, by the bilingual lexicon."""
from __future__ import annotations

import functools

from ...align.words import (EN_DETERMINERS, WORD_RE, WordLinks, english_stem, french_stem, lexicon,
                            lexicon_backwards, _spelling)
from ...findings import Category, Hit, Severity
from ...lang.folding import fold
from ...registry import Example, Rule
from .addition import _firm, adjective_like, bare, noun_head

# Chosen on DEMETR against the 108 French-original WMT14 references (development data): see the doc.
MAX_FREE = 2  # French content words of the sentence (names, numbers and light words aside) firmly linked to nothing
MIN_COVERAGE = 0.7  # share of the French content words firmly linked
ENCODER_UNLIKE = 0.5  # with the encoder, cosine with every French word of the sentence under which a word is unlike
MIN_SYNONYM = 4  # letters of a near-synonym's stem
PREFIX = 4  # a French word sharing this many first letters with the English word may be its cognate ("câblo-")
PARTICIPLE_ENDINGS = ("ing", "ed")
# before a participle that is then an adjective: the aligner's determiners, less "no", with "other", "another", "such"
ENGLISH_DETERMINERS = EN_DETERMINERS - {"no"} | {"other", "another", "such"}


@functools.lru_cache(maxsize=1)
def _words() -> dict:
    from ...data.cache import load_yaml
    data = load_yaml("added_modifiers")
    return {"adjectives": frozenset(data["adjectives"]),
            "degree": frozenset(data["degree"]["english"]),
            "degree_fr": frozenset(fold(w).lower() for w in data["degree"]["french"]),
            "hedges": frozenset(data["hedges"]["english"]),
            "hedges_fr": frozenset(fold(w).lower() for w in data["hedges"]["french"]),
            "hedge_endings": tuple(data["hedges"]["french_endings"])}


def modifier_shaped(word) -> bool:
    """An English adjective or adverb, by its ending or the list of common adjectives; a participle
    ("struggling", "collapsed") only after a determiner, where it cannot be a verb taking an object."""
    lowered = word.text.lower()
    if lowered in _words()["adjectives"]:
        return True
    if not adjective_like(word):
        return False
    if lowered.endswith(PARTICIPLE_ENDINGS):
        return word.before.lower() in ENGLISH_DETERMINERS
    return True


# a French superlative or rank: the English superlative may render it, whatever the adjective
FRENCH_RANK = frozenset(fold(w) for w in """plus moins premier première premiers premières meilleur meilleure meilleurs
meilleures pire pires dernier dernière derniers dernières""".split())
FRENCH_ORDINAL = ("ieme", "iemes")


RANK_OPENERS = frozenset("the its their his her our second third fourth fifth".split())


def superlative(lowered: str, before: str) -> bool:
    """An English superlative: "most", "least", "best", "worst", or a word in -est after "the", a possessive or an
    ordinal ("the world's biggest", "the second largest"; not "an honest")."""
    before = before.lower().replace("’", "'")
    return lowered in ("most", "least", "best", "worst") or len(lowered) >= 6 and lowered.endswith("est") and (
        before in RANK_OPENERS or before.endswith("'s"))


def near_synonyms(stems: set[str]) -> set[str]:
    """English stems that share a French rendering with one of `stems` ("dark" → "black", by "sombre")."""
    table, backwards = lexicon(), lexicon_backwards()
    return {other for stem in stems for french in backwards.get(stem, ()) for other in table.get(french)}


def _stems(word: str) -> set[str]:
    """The English word's stems as the lexicon spells them ("giving" → "giv", "give"; "golden" → "gold")."""
    stem = english_stem(word)
    stems = {stem, stem + "e", word.lower()}
    if word.lower().endswith("en") and len(word) > 5:
        stems.add(word.lower()[:-2])  # "golden", "wooden": the noun the French says with "d'or", "en bois"
    return stems


def renderable(word: str, source: str, before: str = "") -> bool:
    """Whether some word of the French sentence may render the English `word`: the lexicon lists it among its
    translations, the two are spelled alike (a cognate, or a French compound that starts like it), or the
    word is a degree word or a hedge and the French has one (or a conditional verb), or a superlative and the French
    has a superlative or a rank (*plus*, *première*, *deuxième*)."""
    table = lexicon()
    stems = _stems(word)
    lowered = word.lower()
    words = _words()
    folded_word = fold(lowered)
    tokens = [m.group() for m in WORD_RE.finditer(source) if not m.group()[0].isdigit()]
    folded = [fold(t).lower() for t in tokens]
    if lowered in words["degree"] and words["degree_fr"] & set(folded):
        return True
    if superlative(lowered, before) and any(t in FRENCH_RANK or t.endswith(FRENCH_ORDINAL) for t in folded):
        return True  # "the world's biggest agency" for *la première agence mondiale*, "the largest" for *la plus grande*
    if lowered in words["hedges"] and (words["hedges_fr"] & set(folded)
                                       or any(t.endswith(words["hedge_endings"]) for t in folded)):
        return True
    # only a near-synonym long enough to mean something: the lexicon pairs grammatical words with fragments
    # of other languages ("la": "der", "le")
    synonyms = {other for other in near_synonyms(stems) if len(other) >= MIN_SYNONYM} | stems
    for token, low in zip(tokens, folded):
        if synonyms & table.get(french_stem(token), frozenset()) or _spelling(token, word):
            return True
        if len(folded_word) > PREFIX and low.startswith(folded_word[:PREFIX]):
            return True
    return False


def candidates(links: WordLinks, text: str, source_sentence: str, source_text: str):
    """English words firmly linked to nothing, standing right before a firmly linked rendering of a bare French
    noun, shaped as an adjective or adverb, that no word of the French sentence can render."""
    firm = _firm(links)
    linked_t = {j for _, j, _ in firm.links}
    linked_s = {i for i, _, _ in firm.links}
    free = [i for i, w in enumerate(links.source) if i not in linked_s and not (w.light or w.number or w.capitalised)]
    counted = [w for w in links.source if not (w.light or w.number or w.capitalised)]
    if len(free) > MAX_FREE or not counted or 1 - len(free) / len(counted) < MIN_COVERAGE:
        return
    for j, word in enumerate(links.target):
        if j in linked_t or word.light or word.number or word.capitalised or j + 1 >= len(links.target):
            continue
        following = links.target[j + 1]
        if word.before[:1].isdigit():
            continue  # "15 percent": a unit after a number
        if text[word.end:following.start] != " ":
            continue
        if not modifier_shaped(word) or renderable(word.text, source_sentence, word.before):
            continue
        if j + 1 in linked_t and bare(links, j) and noun_head(links, j, source_text):
            yield word


def like_a_source_word(encoder, word, links: WordLinks) -> bool:
    """Whether the encoder finds the English word, on its own, close to a French content word of its sentence:
    a rendering the lexicon does not know ("crazy" for *déjanté*)."""
    french = [w.text.lower() for w in links.source if not w.number]
    if not french:
        return False
    vectors = encoder.encode([word.text.lower(), *french])
    return float((vectors[1:] @ vectors[0]).max()) >= ENCODER_UNLIKE


def _reported_elsewhere(ctx) -> set[tuple[int, int]]:
    """Spans ADD003 reports (its evidence is stronger: every French word linked): one finding per added word."""
    from .addition import check_lexical
    return {(hit.start, hit.end) for hit in check_lexical(ctx)}


def check(ctx):
    text, source_text = ctx.doc.text, ctx.source.text
    encoder = ctx.model("encoder") if ctx.has("encoder") else None
    elsewhere = None
    for pair, links in zip(ctx.get("pair.sentences"), ctx.get("pair.words")):
        if links is None or pair.score < 0.5:
            continue
        for word in candidates(links, text, source_text[slice(*pair.source_span)], source_text):
            if elsewhere is None:
                elsewhere = _reported_elsewhere(ctx)
            if (word.start, word.end) in elsewhere:
                continue
            if word.text[0].isupper() and text[pair.target_span[0]:word.start].strip(" \"'“‘«("):
                continue  # a capital inside the sentence: a name ("In the United States")
            if encoder is not None and like_a_source_word(encoder, word, links):
                continue
            yield Hit(word.start, word.end,
                      f"'{word.text}' has no counterpart in the source sentence: no French word there translates "
                      "it, and the word it modifies is translated bare. The translation adds it.",
                      source_span=pair.source_span)


RULE = Rule(
    code="ADD004",
    name="unaccounted-modifier",
    category=Category.ADDITION,
    severity=Severity.WARNING,
    summary="An English adjective or adverb that no word of the source sentence translates, before a word that "
            "renders a bare French noun.",
    check=check,
    requires=("pair.sentences", "pair.words"),
    doc="""\
## What it does
Works with or without the encoder. In an aligned sentence pair, it reports an English word that nothing links
to the French (a link made only because two leftovers stood at the same place does not count: the
aligner often pairs an inserted word with a French word whose own rendering is a grammatical word,
"stolen" with *effectivement* for "indeed") when all of the following hold:

- it has the form of an adjective or adverb (an ending such as *-al*, *-ous*, *-ive*, *-ly*, or one of
  the common adjectives listed in `checker/data/added_modifiers.yaml`; a participle in *-ing* or *-ed*
  only after a determiner, where it cannot be a verb with its object; not a noun of a compound such as
  "brick wall", not a word after a number, "15 percent");
- it stands right before an English word firmly linked to a French noun (a determiner, a preposition
  or a number before it) that stands bare: no unlinked French content word beside it could render the
  modifier;
- no word of the French sentence may render it: the bilingual lexicon lists none of them among its
  translations or among those of its near-synonyms (English words sharing a French rendering with it:
  "dark" and "black" by *sombre*), none is spelled like it or starts like it (*câblodistributeur* for
  "cable"), and, for a degree word ("truly", "very") or a hedge ("allegedly"), the French has no degree
  word (*très*, *fort*) nor hedge (*selon*, a conditional verb: *la vidéo qui montrerait*), and, for a
  superlative after "the", a possessive or an ordinal ("the world's biggest"), no superlative or rank (*plus*,
  *première*, *deuxième*: *la première agence mondiale*);
- the rest of the French sentence is translated: at most two French content words (names, numbers and
  light words aside) are firmly linked to nothing, and at least 70 % are linked;
- with the encoder, the word on its own is also unlike every French content word of the sentence (cosine
  under 0.5: "crazy" for *déjanté* is a rendering the lexicon does not know).

A capitalised word inside the sentence is a name ("the United States") and is left to the entity
rules. A word ADD003 reports (every French word linked) is left to it: one finding per added word.

ADD003 asks for a fully linked pair; this rule asks instead that the lexicon know no French word of
the sentence for the English one, so a sentence with a free rendering elsewhere may still be checked.
Chosen on DEMETR against WMT14 references (development data; `benchmarks/demetr.py --modes bi,models`,
`benchmarks/artefacts_wmt.py --bilingual [--no-models] --per-rule`): rule-only it flags 18 of DEMETR's
100 inserted modifiers (10 that ADD003 does not), none of its 100 human references or unperturbed MT
outputs, one word of the 108 French-original WMT14 references ("an author of great literature" for *un
auteur littéraire*) and 1 word on the 3,003 WMT14 sentence pairs checked one by one. With the encoder it
adds 2 of DEMETR's inserted modifiers to ADD001's (42 → 44 %) and warns on one word of the WMT14
references ("the golden age" for *l'âge d'or*: the lexicon pairs *or* with the conjunction only); asking
it also for ADD001's gain of 0.005 kept that word and lost the 2 modifiers. Tried and left: without the
bare test (21 %, 16 words on the 3,003 pairs), an unlinked French neighbour blocking only when adjacent
(19 %, 8 words), the lexicon's direct translations only, without near-synonyms (22 %, but "dark matter"
for *matière noire* and "the whole day" for *toute la journée* in DEMETR's own translations).

## Why is this bad?
An inserted modifier changes the claim: "the corrupt mayor", "the expensive vehicle" say what the
source did not.

## Example
Source: `Le tribunal a condamné le maire à deux ans de prison.`
Translation: `The court sentenced the corrupt mayor to two years in prison.` → *corrupt* is added.
""",
    examples=(
        Example("The [[expensive]] vehicle was found in a car park near the station.",
                source="Le véhicule a été retrouvé dans un parking situé près de la gare."),
        Example("The storm destroyed the [[wooden]] houses of the village.",
                source="La tempête a détruit les maisons du village."),
        Example("Thousands of [[angry]] farmers blocked the roads around the capital.",
                source="Des milliers d'agriculteurs ont bloqué les routes autour de la capitale."),
        Example("The police arrested three [[young]] students in the centre of the city.",
                source="La police a arrêté trois étudiants dans le centre de la ville."),
        Example("The president visited the [[poor]] neighbourhoods of the capital on Sunday.",
                source="Le président a visité les quartiers de la capitale dimanche."),
        Example("The police arrested three young students in the centre of the city.",
                source="La police a arrêté trois jeunes étudiants dans le centre de la ville."),
        Example("The minister presented a generous budget to the deputies on Tuesday.",
                source="Le ministre a présenté un budget très favorable aux députés mardi.",
                note="a French word beside the noun that the lexicon does not pair may render the modifier"),
        Example("The company announced the permanent closure of its factory in the north.",
                source="L'entreprise a annoncé la fermeture définitive de son usine dans le nord.",
                note="the same: a free rendering"),
        Example("Scientists concluded that dark matter affects other dark matter.",
                source="Les scientifiques ont conclu que la matière noire affecte les autres matières noires.",
                note="a near-synonym of the French word's translation ('black')"),
        Example("The video allegedly shows the mayor smoking crack.",
                source="La vidéo montrerait le maire en train de fumer du crack.", note="a hedge for a conditional"),
        Example("If someone truly loved you, absence cannot tear them from your heart.",
                source="Si un être vous a aimé très fort, l'absence ne peut vous l'arracher du cœur.",
                note="degree moved between words"),
        Example("Cogeco bought the cable operator Atlantic Broadband in 2012.",
                source="Cogeco a acquis en 2012 le câblodistributeur Atlantic Broadband.",
                note="a French compound that starts like the English word"),
        Example("Prices rose by 15 percent in the third quarter.",
                source="Les prix ont augmenté de 15 % au troisième trimestre.", note="a unit after a number"),
    ),
)

RULES = (RULE,)
