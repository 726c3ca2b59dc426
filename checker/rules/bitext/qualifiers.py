"""OMI009: a French qualifier (souvent, également, presque, septième, leurs propres…) with no rendering in the English."""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from ...align.words import english_stem
from ...data.cache import load_yaml
from ...findings import Category, Hit, Severity
from ...lang.folding import fold
from ...registry import Example, Rule
from .orphans import _beads

ENGLISH_WORD_RE = re.compile(r"[^\W_]+")  # "7th" kept whole: it renders *septième*
NEAR = 6  # French tokens before a qualifier where a quantified subject makes it redundant


@dataclass(frozen=True, slots=True)
class Qualifier:
    renderings: frozenset[str]  # English stems
    not_after: frozenset[str]  # French words before it that make a fixed phrase ("d'ici lundi")
    only_after: frozenset[str]  # if any: it counts only after one of these ("leurs propres")
    not_before: frozenset[str]  # French words after it that make a phrase rendered otherwise ("presque toujours")
    not_near: frozenset[str]  # French words shortly before it that make it redundant ("nombre de … souvent")


@functools.lru_cache(maxsize=1)
def qualifiers() -> dict[str, Qualifier]:
    """checker/data/qualifiers_fr_en.yaml by French form."""
    out = {}
    for entry in load_yaml("qualifiers_fr_en")["qualifiers"]:
        qualifier = Qualifier(frozenset(english_stem(str(w)) for w in entry["english"]),
                              frozenset(w.replace("’", "'") for w in entry.get("not_after", ())),
                              frozenset(w.replace("’", "'") for w in entry.get("only_after", ())),
                              frozenset(entry.get("not_before", ())), frozenset(entry.get("not_near", ())))
        for french in entry["french"]:
            out[french] = qualifier
    return out


def _anchor(bead, q: int):
    """The English token rendering the French word nearest to French token q (after it first: the verb or
    adjective an adverb qualifies)."""
    for distance in range(1, len(bead.fr)):
        for r in (q + distance, q - distance):
            if 0 <= r < len(bead.fr):
                p = bead.fr_linked(r)
                if p is not None:
                    return bead.en[p]
    return None


def dropped(ctx):
    """(English token, French token) for each listed French qualifier whose English sentence holds no rendering."""
    table = qualifiers()
    for pair, bead in _beads(ctx):
        stems, copied = None, set()
        for q, token in enumerate(bead.fr):
            entry = table.get(token.low)
            before = bead.fr[q - 1].low.replace("’", "'") if q else ""
            if entry is None or before in entry.not_after or entry.only_after and before not in entry.only_after:
                continue
            if q + 1 < len(bead.fr) and bead.fr[q + 1].low in entry.not_before:
                continue
            if any(t.low in entry.not_near for t in bead.fr[max(0, q - NEAR):q]):
                continue
            if stems is None:
                english = ctx.doc.text[pair.target_span[0]:pair.target_span[1]].lower()
                words = ENGLISH_WORD_RE.findall(english)
                stems, copied = {english_stem(w) for w in words}, {fold(w) for w in words}
            if stems & entry.renderings or fold(token.low) in copied:
                continue  # rendered, or copied into the English as part of a name ("Académie française")
            anchor = _anchor(bead, q)
            if anchor is not None:
                yield anchor, token


def check(ctx):
    for anchor, token in dropped(ctx):
        yield Hit(anchor.start, anchor.end, f"The source's “{token.text}” has no counterpart in this sentence: "
                                            "a word that qualifies the claim was left out.",
                  source_span=(token.start, token.end))


RULE = Rule(
    code="OMI009",
    name="dropped-qualifier",
    category=Category.OMISSION,
    severity=Severity.WARNING,
    summary="A French qualifier of frequency, scope, rank or possession (souvent, également, presque, septième, leurs propres) with no English rendering.",
    check=check,
    requires=("pair.sentences", "pair.words"),
    doc="""\
## What it does
For each aligned sentence pair, looks for the French words that qualify a claim — how often
(*souvent, parfois, généralement, rarement*), how much or how exactly (*presque, environ, au moins,
exactement, uniquement, seulement*), how sure (*probablement, apparemment, certainement*), whether
also (*également*), where (*ici*), when (*récemment, auparavant, finalement*), in what order
(*respectivement*), and a few adjectives with one meaning and few renderings: ordinals (*septième*),
*supplémentaire*, *officiel*, *propre* after a possessive (*leurs propres avions*, "their own
planes"), adjectives of colour (*noir, rouge, bleu, vert, jaune, gris*), of kind (*humain, violent, moral*)
and of judgement (*étrange, coupable, humide, pertinent, injuste*) — and reports one when the
English sentence holds none of the words that may render it (`checker/data/qualifiers_fr_en.yaml`,
compared by crude stem, so "ended" renders *finalement* as "end" does). The finding sits on the English word that renders the French word nearest the qualifier
(after it first: the verb or adjective an adverb qualifies); the source span is the French word. Not
reported: a word inside a fixed phrase that is rendered otherwise (*d'ici lundi*, "by Monday"),
*propre* after anything but a possessive (*les rues sont propres*, "the streets are spotless"),
*presque* before *toujours* or *jamais* (rendered "always" or paraphrased), a frequency adverb
shortly after a quantified subject (*nombre de ses romans sont souvent prémonitoires*, "some of his
novels have been premonitory"), French *ne … que* (no listed word: "only" renders it), a qualifier
rendered by a verb or a quantifier the list knows ("tend to" for *généralement*, "some" for
*environ*), and the words that professional translators drop or recast too often to be a sign of
loss (*notamment, déjà, toujours, encore, aussi, même, tel, local*, the lexicon's other -ment
adverbs), adjectives of origin (*américain, allemande, français*: "Chancellor Angela Merkel" for *la
chancelière allemande*), a French word copied into the English as part of a name (*Académie
française*). On DEMETR it finds 42 of the 92 removed adjectives and adverbs and flags none of the human
references or unperturbed translations; on the 108 French-original WMT14 professional references it
warns on no word (development data: the list was pruned on both and on the bilingual3 references,
`benchmarks/demetr.py --modes bi`, `benchmarks/artefacts_wmt.py --bilingual --per-rule`).

## Why is this bad?
"Workers must obtain approval" is not "workers must often obtain approval": a dropped adverb of
frequency, scope or focus turns a qualified claim into an absolute one, and the sentence still
reads well, so nothing shows the loss.

## Example
Source: `Les travailleurs doivent souvent obtenir l'accord de leurs supérieurs.`
Translation: `Workers have to obtain approval from their superiors.` → *souvent* is missing.
""",
    examples=(
        Example("She drove her [[Renault]] to the station.",
                source="Elle a conduit sa Renault noire jusqu'à la gare.",
                note="a colour that says which car"),
        Example("An oil spill has reached the coast.", source="Une marée noire a atteint la côte.",
                note="'marée noire' is an oil spill: no colour to render"),
        Example("Her spirits were at their lowest.", source="Son moral était au plus bas.",
                note="'son moral' is the noun, rendered by 'spirits'"),
        Example("He founded the Droits Humains collective in 2010.",
                source="Il a fondé le collectif Droits Humains en 2010.",
                note="the French word copied into the English as part of a name"),
        Example("Workers have to [[obtain]] approval from their superiors for any decision.",
                source="Les travailleurs doivent souvent obtenir l'accord de leurs supérieurs pour toute décision."),
        Example("Several million vials of vaccine have been [[pledged]] by the government.",
                source="Plusieurs millions de flacons de vaccin ont également été promis par le gouvernement."),
        Example("Lions, cheetahs and leopards are [[shy]] and you will see them best with binoculars.",
                source="Les lions, les guépards et les léopards sont parfois timides et vous les verrez mieux "
                       "avec des jumelles."),
        Example("Pronunciation is easy in Italian, as most words are [[pronounced]] as they are written.",
                source="La prononciation est facile en italien, car la plupart des mots sont prononcés exactement "
                       "comme ils sont écrits."),
        Example("The three candidates [[finished]] fourth, fifth and sixth place.",
                source="Les trois candidats ont terminé respectivement à la quatrième, cinquième et sixième place."),
        Example("The strike affected [[300]] flights on Monday.",
                source="La grève a touché environ 300 vols lundi."),
        Example("France is the EU [[country]] to suffer the impact of the virus.",
                source="La France est le septième pays de l'UE à subir l'impact du virus."),
        Example("On some routes, big companies have their [[planes]], but not on others.",
                source="Sur certaines routes, les grandes entreprises ont leurs propres avions, mais pas sur "
                       "d'autres."),
        Example("Workers often have to obtain approval from their superiors.",
                source="Les travailleurs doivent souvent obtenir l'accord de leurs supérieurs."),
        Example("If the minister does not act by Monday, we will change our approach.",
                source="Si la ministre ne prend pas de mesure d'ici lundi, nous changerons d'approche.",
                note="a fixed phrase: d'ici lundi"),
        Example("The minister only signed the decree on Monday.",
                source="Le ministre n'a signé le décret que lundi.", note="ne … que: no listed adverb"),
        Example("Such storms tend to hit the coast in the autumn.",
                source="Ces tempêtes frappent généralement la côte en automne.",
                note="the adverb rendered by a verb"),
        Example("The strike affected some 300 flights on Monday.",
                source="La grève a touché environ 300 vols lundi.", note="a quantifier renders 'environ'"),
        Example("Its profit fell to 4.9 billion dollars, against 5.2 billion the previous year.",
                source="Son bénéfice a diminué à 4,9 milliards de dollars, contre 5,2 milliards un an auparavant.",
                note="legitimate restructuring"),
        Example("After her taxis, she ended up repainting the posts herself.",
                source="Après ses taxis, elle a finalement repeint elle-même les poteaux.",
                note="a verb renders the adverb"),
        Example("France is the 7th EU country to suffer the impact of the virus.",
                source="La France est le septième pays de l'UE à subir l'impact du virus.",
                note="an ordinal written in figures"),
        Example("As a result, some of his novels have been premonitory.",
                source="Du coup, nombre de ses romans sont souvent prémonitoires.",
                note="a quantified subject absorbs the frequency adverb"),
        Example("With the pregnancies, you can always count on three people being on maternity leave.",
                source="Avec les grossesses, on roule presque toujours à trois congés de maternité.",
                note="'presque toujours' rendered by 'always'"),
        Example("The streets of the old town are spotless after the festival.",
                source="Les rues de la vieille ville sont propres après le festival.",
                note="'propre' after no possessive: clean, not own"),
    ),
)

RULES = (RULE,)
