"""OMI012: a relative pronoun directly followed by its object ("a disease that the nervous system"), the verb gone."""
from __future__ import annotations

from ...findings import Category, Hit, Severity
from ...lang.folding import fold
from ...registry import Example, Rule
from .orphans import DETERMINERS, FRENCH_AUXILIARIES, FRENCH_CLITICS, FRENCH_NEGATION, _adjacent, _beads

RELATIVES = frozenset("that which who".split())
# what opens the object of the lost verb ("that the…", "which all regions…", "who each other")
OBJECT_OPENERS = DETERMINERS | frozenset("all each every both this these those some many most".split())


def relative_gaps(text: str, bead) -> list[tuple[int, int, int]]:
    """(English start, end, French token) for an English relative directly followed by a determiner where the
    French relative is the subject *qui*, whose verb has no counterpart: "a disease that the central nervous
    system" for *une maladie qui affecte le système nerveux central*."""
    en, fr, out = bead.en, bead.fr, []
    auxiliaries = {fold(w) for w in FRENCH_AUXILIARIES}
    for p in range(1, len(en) - 1):
        relative, after = en[p], en[p + 1]
        if relative.low not in RELATIVES or after.low not in OBJECT_OPENERS or not _adjacent(text, relative, after):
            continue
        k = p - 2 if en[p - 1].text == "," and p > 1 else p - 1
        h = bead.en_linked(k, firm=True)  # the antecedent's French counterpart, right before *qui*
        if h is None:
            continue
        r = h + 2 if h + 1 < len(fr) and fr[h + 1].text == "," else h + 1
        if r >= len(fr) or fr[r].low != "qui":
            continue  # *que*: an object relative ("the disease that the doctors fear") keeps its verb after
        v = r + 1
        while v < len(fr) and (fr[v].low.replace("’", "'") in FRENCH_CLITICS or fr[v].low in FRENCH_NEGATION):
            v += 1
        if v < len(fr) and fold(fr[v].low) in auxiliaries:
            v += 1  # *qui a englobé*: the participle is the verb
        if v < len(fr) and fr[v].text.isalpha() and fr[v].text.islower() and bead.fr_orphan(v):
            out.append((relative.start, after.end, v))
    return out


def check(ctx):
    text = ctx.doc.text
    for pair, bead in _beads(ctx):
        for start, end, v in relative_gaps(text, bead):
            verb = bead.fr[v]
            yield Hit(start, end, f"A verb is missing here: the source's “{verb.text}” has no counterpart, and the "
                                  "relative clause runs straight into its object.", source_span=(verb.start, verb.end))


RULE = Rule(
    code="OMI012",
    name="verbless-relative",
    category=Category.OMISSION,
    severity=Severity.WARNING,
    summary="A relative pronoun directly followed by its object ('a disease that the nervous system'), the French verb unrendered.",
    check=check,
    requires=("pair.sentences", "pair.words"),
    doc="""\
## What it does
Reads each aligned sentence pair and reports an English *that*, *which* or *who* directly followed
by a determiner or a quantifier ("a disease that the central nervous system", "Greater Albania,
which all regions where…") when the English word before it renders the French word right before a
subject relative *qui*, and the French verb after *qui* (clitics, *ne* and an auxiliary skipped) has
no English counterpart by evidence: the relative clause lost its verb. Not reported: an object
relative (*que*: "the disease that the doctors fear" keeps its verb after the subject), a
complement clause ("said that the…", whose French has *que*), and a French verb that the lexicon or
the encoder links to an English word.
On DEMETR it finds two removed verbs that no other rule finds and flags none of the human references
or unperturbed translations; on the 108 French-original WMT14 professional references it warns on
no word (development data: `benchmarks/demetr.py --modes bi`,
`benchmarks/artefacts_wmt.py --bilingual --per-rule`).

## Why is this bad?
A relative clause without its verb still reads as a phrase at a glance, while what the clause said
about its noun (what the disease affects, what the flag stands for) is gone.

## Example
Source: `La sclérose en plaques est une maladie qui affecte le système nerveux central.`
Translation: `Multiple sclerosis is a disease that the central nervous system.` → *affecte* is missing.
""",
    examples=(
        Example("Multiple sclerosis is a disease [[that the]] central nervous system.",
                source="La sclérose en plaques est une maladie qui affecte le système nerveux central."),
        Example("It was the flag of Greater Albania, [[which all]] regions with an Albanian presence.",
                source="C'était le drapeau de la Grande Albanie, qui englobe toutes les régions où la présence "
                       "albanaise est importante."),
        Example("The minister presented a reform [[that the]] pension system.",
                source="Le ministre a présenté une réforme qui bouleverse le système des retraites."),
        Example("They arrested a man [[who the]] police had been looking for.",
                source="Ils ont arrêté un homme qui trompait la police depuis des mois."),
        Example("He described a crisis [[which the]] whole region.",
                source="Il a décrit une crise qui a frappé toute la région."),
        Example("Multiple sclerosis is a disease that affects the central nervous system.",
                source="La sclérose en plaques est une maladie qui affecte le système nerveux central."),
        Example("It is a disease that the doctors fear.",
                source="C'est une maladie que les médecins redoutent.", note="an object relative: que"),
        Example("The minister said that the reform would pass.",
                source="Le ministre a dit que la réforme passerait.", note="a complement clause"),
        Example("The drug, which the agency approved in May, is now on sale.",
                source="Le médicament, que l'agence a approuvé en mai, est désormais en vente.",
                note="an object relative after a comma"),
        Example("She thanked the volunteers who all came back on Sunday.",
                source="Elle a remercié les bénévoles qui sont tous revenus dimanche.",
                note="a floating quantifier before the verb"),
    ),
)

RULES = (RULE,)
