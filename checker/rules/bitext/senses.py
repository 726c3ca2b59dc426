"""GRB011: a French word rendered by one of its senses that the French context excludes ('séance' of a film → 'sitting')."""
from __future__ import annotations

from ...findings import Category, Severity
from ...registry import Example, Rule
from .false_friend import findings, sense_inventory


def check(ctx):
    return findings(ctx, tuple(f for f in sense_inventory() if not f.look_alike))


RULE = Rule(
    code="GRB011",
    name="wrong-sense-in-source",
    category=Category.GARBLED,
    severity=Severity.WARNING,
    summary="A French word rendered by a sense its French context excludes ('séance' of a film → 'sitting', 'livres' sterling → 'books').",
    check=check,
    requires=("pair.sentences",),
    doc="""\
## What it does
With the source, a French word with several senses (*séance*, *bilan*, *cours*, *livres*,
*piste*, *écurie*, *sortie*, *montage*, *entretien*, *audience*, *sapeurs*, *se déclarer*)
whose aligned English sentence renders it by a sense that its French context excludes is
reported on the English words. The sense inventory is data, shared with FFR002, in
`checker/data/senses_fr_en.yaml` (the entries marked `look_alike: false`, where the English
word is a dictionary sense, not a cognate): for each, the French words near it (within 80
characters) that pick the meant sense ("séance" beside "film" is a screening; "livres" beside
"sterling" or "millions de" are pounds; "bilan" beside "morts" is a toll, beside "actifs" a
balance sheet; "des flammes se sont déclarées" broke out), and the context that makes the
English sense right ("séance parlementaire" is a sitting; "piste" beside "avion" is a runway).
The message names the French context word that decided.

## Why is this bad?
Every word is a dictionary translation, so the sentence reads smoothly and is wrong: "the first
sitting of the film", "a fine of 500 books", "the assessment rose to 30 dead". A reader without
the French cannot repair it.

## Example
Source: `La première séance du film a été interrompue.`
Translation: `The first sitting of the film was interrupted.` → `screening`.
""",
    examples=(
        Example("The first [[sitting]] of the film was interrupted on Thursday.",
                source="La première séance du film a été interrompue jeudi."),
        Example("He was fined 500 [[books]] by the London court.",
                source="Il a été condamné à une amende de 500 livres sterling par le tribunal de Londres."),
        Example("The [[assessment]] rose to 30 dead and 70 wounded.",
                source="Le bilan s'est alourdi à 30 morts et 70 blessés."),
        Example("The flames [[declared]] in a three-storey house.",
                source="Les flammes se sont déclarées dans une maison de trois étages."),
        Example("Vettel's [[stable]] dominated the Grand Prix again.",
                source="L'écurie de Vettel a encore dominé le Grand Prix."),
        Example("The first screening of the film was interrupted on Thursday.",
                source="La première séance du film a été interrompue jeudi."),
        Example("The parliamentary sitting was suspended at midnight.",
                source="La séance parlementaire a été suspendue à minuit."),
        Example("He has published three books in London.",
                source="Il a publié trois livres à Londres."),
        Example("The toll rose to 30 dead and 70 wounded.",
                source="Le bilan s'est alourdi à 30 morts et 70 blessés."),
        Example("The plane left the runway on landing.",
                source="L'avion est sorti de la piste à l'atterrissage."),
        Example("The minister declared the session open.",
                source="Le ministre a déclaré la séance ouverte."),
    ),
)
