"""SRC001: the source given is not the original of the translation (too little of it aligns)."""
from __future__ import annotations

from ...findings import Category, Hit, Severity
from ...registry import Example, Rule


def check(ctx):
    correspondence = ctx.get("pair.correspondence")
    if correspondence.ok:
        return
    first = ctx.doc.blocks[0] if ctx.doc.blocks else None
    start, end = (first.start, first.end) if first else (0, 0)
    yield Hit(start, end,
              f"The source does not correspond to this translation: only {correspondence.coverage:.0%} of the two "
              "texts align, so it is probably another article. Check the file pairing; the source-comparison "
              "checks were skipped.", source_span=(0, min(len(ctx.source.text), ctx.source.blocks[0].end))
              if ctx.source.blocks else None)


RULE = Rule(
    code="SRC001",
    name="unrelated-source",
    category=Category.OMISSION,
    severity=Severity.ERROR,
    summary="The source given with the translation is not its original: too little of the two texts aligns.",
    check=check,
    requires=("pair.correspondence",),
    doc="""\
## What it does
Aligns the translation with its source sentence by sentence and measures the share of the two
texts in confident sentence pairs. Below 55 % (with at least three sentences on each side), the
source is taken to be another article: one finding on the headline says so, and every other
source-comparison rule is skipped instead of reporting a page of false omissions and additions.
The threshold separates every true WMT14 pair from every mismatched one
(`python -m benchmarks.align_eval --coverage`).

## Why is this bad?
A wrong pairing (a Hugo sibling of another post, a mistyped `--source`) would otherwise make the
whole translation look like one long omission and addition.

## Example
A translation of an article about a wingsuit jump checked against the French of an article
about black boxes in cars.
""",
    examples=(
        Example("[[Storm hits Brittany]]\n\nA violent storm hit the coast on Monday. Thousands of homes lost "
                "power. The army was deployed.",
                source="La Bourse de Paris termine en hausse\n\nLe CAC 40 a gagné 1 % vendredi. Les valeurs "
                       "bancaires ont mené la hausse. Les investisseurs attendent la BCE."),
        Example("[[Rail strike continues]]\n\nTrains were cancelled across the country. Unions want higher "
                "wages. Talks resume on Friday.",
                source="Un nouveau musée ouvre à Lyon\n\nLe musée présente des œuvres anciennes. Il a coûté "
                       "vingt millions. Les visiteurs affluent."),
        Example("[[New vaccine approved]]\n\nRegulators approved the vaccine on Tuesday. It will be available "
                "in spring. Doctors welcomed the decision.",
                source="Le Tour de France part de Florence\n\nLes coureurs ont franchi les Apennins. Pogačar "
                       "a pris le maillot jaune. Vingt-deux équipes participent."),
        Example("[[Wildfire near Marseille]]\n\nFirefighters fought the blaze all night. Hundreds of people were "
                "evacuated. The wind made the work harder.",
                source="Les députés adoptent le budget\n\nLe texte a été voté par 300 voix. L'opposition a "
                       "voté contre. Le Sénat l'examinera en décembre."),
        Example("[[Election results]]\n\nThe mayor was re-elected with 60% of the vote. Turnout was low. "
                "The opposition conceded defeat.",
                source="Une tempête frappe la Bretagne\n\nDes milliers de foyers sont privés d'électricité. "
                       "Les routes sont coupées. L'armée a été déployée."),
        Example("Storm hits the coast of Brittany\n\nA violent storm hit the coast of Brittany on Monday night, "
                "with gusts of more than 150 km/h. Tens of thousands of homes lost power in the region. The army "
                "was deployed on Tuesday morning to help clear the roads.",
                source="Une tempête frappe les côtes bretonnes\n\nUne violente tempête a frappé les côtes de "
                       "Bretagne lundi soir, avec des rafales de plus de 150 km/h. Des dizaines de milliers de "
                       "foyers ont perdu l'électricité dans la région. L'armée a été déployée mardi matin pour "
                       "aider à dégager les routes."),
        Example("Storm hits Brittany\n\nA violent storm hit the coast on Monday.",
                source="La Bourse de Paris termine en hausse\n\nLe CAC 40 a gagné 1 % vendredi.",
                note="too short to judge"),
        Example("Rail strike enters its second week\n\nHundreds of trains were cancelled across the country on "
                "Monday as the strike entered its second week. The unions are demanding a ten per cent pay rise "
                "for drivers and controllers. Talks with the management are due to resume on Friday in Paris.",
                source="La grève du rail entre dans sa deuxième semaine\n\nDes centaines de trains ont été "
                       "annulés dans tout le pays lundi, alors que la grève entrait dans sa deuxième semaine. Les "
                       "syndicats réclament une hausse de dix pour cent des salaires des conducteurs et des "
                       "contrôleurs. Les négociations avec la direction doivent reprendre vendredi à Paris."),
        Example("Election results\n\nThe mayor was re-elected with 60% of the vote. Turnout was low.",
                source="Résultats des élections\n\nLe maire a été réélu avec 60 % des voix. La participation a "
                       "été faible. L'opposition a reconnu sa défaite.", note="one sentence left out"),
        Example("New vaccine approved\n\nRegulators approved the vaccine on Tuesday. It will be available in "
                "spring. Doctors welcomed the decision.",
                source="Nouveau vaccin autorisé\n\nLes autorités ont autorisé le vaccin mardi. Il sera "
                       "disponible au printemps. Les médecins ont salué la décision."),
    ),
)
