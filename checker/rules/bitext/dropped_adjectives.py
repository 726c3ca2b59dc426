"""OMI014: a French adjective beside its translated noun, rendered nowhere in the English sentence."""
from __future__ import annotations

from ...align.words import _spelling, english_stem, french_stem, lexicon
from ...findings import Category, Hit, Severity
from ...lang.folding import fold
from ...registry import Example, Rule
from .orphans import (ADJECTIVE_ENDINGS, COMMON_ADJECTIVES, FRENCH_ADJECTIVE_ENDINGS, FRENCH_PREPOSED, _Bead, _beads,
                      _introduced)

REACH = 4  # English tokens before the noun's rendering read as its modifiers
FOLLOWERS = frozenset("of between among".split())  # after the noun, they may open a rendering of the adjective
PREPOSED = frozenset(fold(w) for w in FRENCH_PREPOSED)
# orphans.FRENCH_ADJECTIVE_ENDINGS with -an(e)s, -ain(e)s (persane, mexicaine), -ois(e) (chinoise),
# less -el / -elle, as often nouns (querelle, échelle, personnel), but for -iel, -uel, -nnel, -urel
ENDINGS = tuple(e for e in FRENCH_ADJECTIVE_ENDINGS if not e.startswith("el")) + (
    "ane", "anes", "aine", "aines", "ains", "oise", "oises", "iel", "iels", "ielle", "ielles", "uel", "uels", "uelle",
    "uelles", "nnel", "nnels", "nnelle", "nnelles", "urel", "urels", "urelle", "urelles")


VERB_FORMS = ("vienne", "viennes", "tienne", "tiennes")  # "devienne", "obtienne": subjunctives, not -ienne adjectives
# 'de' after the word opens a noun's complement ("une vaste affaire de corruption": a noun in -aire), 'à' or 'pour' and
# an infinitive an adjective's own ("l'argent nécessaire pour réparer": "the money to repair", a recast)
NOUN_COMPLEMENT = frozenset("de d'".split())
INFINITIVE_OPENERS = frozenset("à pour".split())


def _adjective(bead: _Bead, q: int) -> bool:
    token = bead.fr[q]
    low = token.low
    after = [t.low.replace("’", "'") for t in bead.fr[q + 1:q + 3]] + ["", ""]
    if after[0] in NOUN_COMPLEMENT or after[0] in INFINITIVE_OPENERS and after[1].endswith(("er", "ir", "re")):
        return False
    return (token.text.isalpha() and token.text.islower() and len(low) >= 5
            and low.endswith(ENDINGS) and fold(low) not in PREPOSED and not low.startswith("quel")
            and not (low.endswith(VERB_FORMS) and not low.endswith(("ptienne", "ptiennes", "étienne", "étiennes"))))


def _free(bead: _Bead, p: int) -> bool:
    """Whether English token p is a content word linked by no evidence (unlinked, or only paired as a leftover)."""
    if not 0 <= p < len(bead.en) or p not in bead.en_word:
        return False
    j = bead.en_word[p]
    word = bead.links.target[j]
    return not word.light and not word.number and not any(pair[0] == j for pair in bead.firm_pairs)


def _premodified(bead: _Bead, p: int, head: int) -> bool:
    """Whether the English words before noun p may render a French adjective: a possessive ("the president's
    plane" for *l'avion présidentiel*) or a word linked by no evidence in the run of words and commas before it
    ("US, French and Japanese researchers")."""
    en = bead.en
    k = p - 1
    if k >= 0 and en[k].low.endswith(("'s", "’s", "s'", "s’")):
        return True
    if k >= 1 and en[k].text == "." and en[k - 1].text.isupper():
        return True  # "U.S. supplies": an abbreviated name
    while k >= max(0, p - REACH) and (en[k].text[0].isalnum() or en[k].text == ","):
        if _free(bead, k) or en[k].text[0].isupper() and k not in bead.en_word and k > 0:
            return True  # "US researchers": a name or an acronym may render it
        if k == p - 1 and _far_link(bead, k, head) and not en[k].low.endswith("ing"):
            return True  # "the complete lack": linked by spelling to a French word elsewhere (*en fin de compte*)
        if en[k].text.isalnum() and k not in bead.en_word and en[k].low not in ("and", "or"):
            break  # a grammatical word ends the noun's modifiers
        k -= 1
    if p + 1 < len(en) and (en[p + 1].low in FOLLOWERS or _free(bead, p + 1)):
        return True  # "the identity of Brussels", "the relationship between our two countries"
    return False


def _unlinked(bead: _Bead, p: int) -> bool:
    """Whether English token p is a content word linked to nothing, not even paired as a leftover."""
    return p in bead.en_word and bead.en_word[p] in bead.links.unlinked_target


def _english_adjective(token) -> bool:
    low = token.low
    return low in COMMON_ADJECTIVES or len(low) >= 5 and low.endswith(ADJECTIVE_ENDINGS) and not low.endswith("ment")


def _far_link(bead: _Bead, p: int, head: int) -> bool:
    """Whether English token p is linked to a French word more than REACH tokens away from French token head."""
    q = bead.en_linked(p)
    return q is not None and abs(q - head) > REACH


def _open_words(bead: _Bead, token) -> list[str]:
    """The English words that may still render French `token`: those no other French word firmly claims."""
    key = french_stem(token.text)
    claimed = {j for j, i in bead.firm_pairs if bead.links.source[i].key != key}
    return [w.text for j, w in enumerate(bead.links.target) if j not in claimed]


def _rendered(token, english: list[str]) -> bool:
    """Whether some English word may render the French adjective: a lexicon translation or a cognate."""
    wanted = lexicon().get(french_stem(token.text))
    return any(english_stem(w) in wanted or _spelling(token.text, w) for w in english)


def _cognate_anywhere(token, bead: _Bead) -> bool:
    """Whether an English word of the sentence is spelled like the adjective, even one that renders another French
    word: "losses in the midterm election" for *défaites électorales aux élections* says it once for both."""
    return any(_spelling(token.text, w.text) for w in bead.links.target)


def _noun_group(bead: _Bead, q: int) -> int | None:
    """The French noun that adjective q follows, as a token position: a lowercase content word that opens a noun
    group (a determiner or a preposition before it; not an adjective that stands before its noun)."""
    fr = bead.fr
    head = q - 1
    if not 0 < head < len(fr) or not fr[head].text.isalpha() or not fr[head].text.islower():
        return None
    if not _introduced(fr, head) or fold(fr[head].low) in PREPOSED:
        return None
    if head not in bead.fr_word or bead.links.source[bead.fr_word[head]].light:
        return None  # "au même tarif": a grammatical word, not a noun
    return head


def dropped(bead: _Bead) -> list[tuple[int, int]]:
    """(French adjective position, English noun position) for each adjective whose noun alone is rendered."""
    en, out = bead.en, []
    for q, token in enumerate(bead.fr):
        if q == 0 or not _adjective(bead, q) or not bead.fr_orphan(q):
            continue
        head = _noun_group(bead, q)
        if head is None or head not in bead.fr_word or bead.fr_word[head] not in bead.firm:
            continue
        p = bead.fr_linked(head)
        if p is None or not en[p].text.isalpha() or not en[p].text.islower():
            continue  # a name or a compound ("Montreal-based") renders the group as a whole
        if _premodified(bead, p, head) or any(_unlinked(bead, k) and _english_adjective(en[k]) for k in range(len(en))):
            continue  # an English adjective the aligner placed nowhere may render it ("a mischievous twinkle")
        if _rendered(token, _open_words(bead, token)) or _cognate_anywhere(token, bead):
            continue
        out.append((q, p))
    return out


def check(ctx):
    for pair, bead in _beads(ctx):
        for q, p in dropped(bead):
            adjective, noun = bead.fr[q], bead.en[p]
            yield Hit(noun.start, noun.end, f"The source's “{adjective.text}” has no counterpart in this sentence: "
                                            f"“{bead.fr[q - 1].text} {adjective.text}” is translated without it.",
                      source_span=(adjective.start, adjective.end))


RULE = Rule(
    code="OMI014",
    name="dropped-adjective",
    category=Category.OMISSION,
    severity=Severity.INFO,
    summary="A French adjective after its noun, the noun translated and nothing in the English sentence rendering "
            "the adjective.",
    check=check,
    requires=("pair.sentences", "pair.words"),
    doc="""\
## What it does
A hint (info): professional translators drop an adjective that English leaves implicit ("paying with a
card" for *payer par carte bancaire*, "cellphones" for *téléphones portables*), and on the WMT14
references those were as many as the DEMETR rows only this rule found (two against four), so it does
not warn. Reads each aligned sentence pair with its word links and reports a French adjective that stands after
its noun (*une réforme fiscale*, *des défaites électorales*, *une délégation chinoise*: an adjective by its
ending, -ique, -al, -aire, -if, -eux, -ien, -ais, -ois, -an, -ain and their forms, not -el or -elle,
which are as often nouns, nor an adjective that stands before its noun) when all of the following hold:

- the adjective has no counterpart: no English word is linked to it by the lexicon, spelling or a
  cognate, nor paired with it by place;
- its noun opens a noun group (a determiner or a preposition before it), is a lowercase content word,
  and is firmly linked to a lowercase English word (not a name, a title or a compound, "Chancellor
  Angela Merkel" for *la chancelière allemande Angela Merkel*, "Montreal-based");
- nothing before that English noun may render the adjective: no possessive ("the president's plane"
  for *l'avion présidentiel*), no word linked by no evidence or only paired by place, no name or acronym
  in the run of modifiers and commas before it ("US, French and Japanese researchers"), no word linked by
  spelling to a French word far away ("complete" taken by *en fin de compte*); nor after it: no "of",
  "between", "among" ("the identity of Brussels", "the relationship between our two countries") and no
  word linked by no evidence;
- no English adjective of the sentence is linked to nothing ("a mischievous twinkle in his eye" for *l'oeil
  malicieux*: a rendering moved elsewhere);
- no English word that no other French word claims is a lexicon translation of the adjective, and no
  English word of the sentence is its cognate ("losses in the midterm election" for *défaites électorales
  aux élections*: one word says both).

The source span is the French adjective; the finding sits on the English noun. OMI009 reports the listed
qualifiers (colours, judgements) wherever they stand; this rule reads any adjective of that form, but only
where the English noun group is demonstrably bare. Not read: an adjective followed by *de* (a noun in
-aire with its complement, *une vaste affaire de corruption*) or by *à* / *pour* and an infinitive (its own
complement, often recast: "the money to repair" for *l'argent nécessaire pour réparer*), nor a subjunctive
in -vienne / -tienne (*devienne*). Development figures, rules only (the conditions were chosen on these
sets): 7 of DEMETR's 92 removed adjectives and adverbs (4 that no other rule found), none of its human
references or unperturbed translations (with the encoder too), 1 word of the 108 French-original WMT14
references ("paying with a card" for *avec sa carte bancaire*) and 1 of the bilingual blind sets'
references ("cellphones" for *téléphones portables*) (`benchmarks/demetr.py --modes bi,models`,
`benchmarks/artefacts_wmt.py --bilingual --no-models --per-rule`, `benchmarks/blind_eval.py`).

## Why is this bad?
A dropped adjective changes what the claim is about: "electoral defeats" become "defeats", "a Chinese
delegation" a delegation from anywhere.

## Example
Source: `Le gouvernement prépare une réforme fiscale pour le printemps.`
Translation: `The government is preparing a reform for the spring.` → *fiscale* is missing.
""",
    examples=(
        Example("The government is preparing a [[reform]] for the spring.",
                source="Le gouvernement prépare une réforme fiscale pour le printemps."),
        Example("The police opened an [[investigation]] after the fire.",
                source="La police a ouvert une enquête judiciaire après l'incendie."),
        Example("The researchers are studying the [[risks]] in the region.",
                source="Les chercheurs étudient les risques sismiques dans la région."),
        Example("The mayor received a [[delegation]] at the town hall.",
                source="Le maire a reçu une délégation chinoise à l'hôtel de ville."),
        Example("The minister presented a [[plan]] to the deputies.",
                source="Le ministre a présenté un plan économique aux députés."),
        Example("The government is preparing a tax reform for the spring.",
                source="Le gouvernement prépare une réforme fiscale pour le printemps."),
        Example("The police opened a judicial investigation after the fire.",
                source="La police a ouvert une enquête judiciaire après l'incendie."),
        Example("The aim is to strengthen the identity of Brussels.",
                source="Le but est de renforcer l'identité bruxelloise.", note="rendered after the noun"),
        Example("Chancellor Angela Merkel arrived in Paris.",
                source="La chancelière allemande Angela Merkel est arrivée à Paris.", note="a title"),
        Example("The minister visited the president's plane in Toulouse.",
                source="Le ministre a visité l'avion présidentiel à Toulouse.", note="a possessive renders it"),
        Example("We are waiting for a new home at the same rate.",
                source="Nous attendons un nouveau logement au même tarif.",
                note="'tarif' after 'même', not a noun"),
        Example("He answered with a mischievous smile.", source="Il a répondu avec un sourire malicieux."),
    ),
)

RULES = (RULE,)
