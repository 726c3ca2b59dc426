"""CAL001: French press nicknames for people, countries and institutions ("the master of the Kremlin")."""
from __future__ import annotations

from ...findings import Category, Hit, Severity
from ...registry import Example, Rule
from ..lexicon import load_lexicon
from .matching import find_matches, is_english, render, suggestion_for


def entries():
    return tuple(e for e in load_lexicon("calques") if e.data.get("kind") == "periphrase")


def message(match) -> tuple[str, str | None]:
    """The finding's message and suggestion, built from what was matched."""
    comment = render(match, "comment")
    return (f"'{match.text}' renders the French press cliché '{render(match, 'french')}'; "
            f"English news writes {render(match, 'english')}." + (f" {comment}" if comment else "")), \
        suggestion_for(match)


def check(ctx):
    if not is_english(ctx):
        return
    for match in find_matches(ctx.doc.text, ctx.doc.blocks, entries()):
        text, suggestion = message(match)
        yield Hit(match.start, match.end, text, suggestion=suggestion, severity=match.entry.severity)


RULE = Rule(
    code="CAL001",
    name="press-cliche-calque",
    category=Category.CALQUE,
    severity=Severity.WARNING,
    summary="A French press nickname rendered word for word ('the master of the Kremlin', 'head of diplomacy').",
    check=check,
    doc="""\
## What it does
Finds French press periphrases translated literally: nicknames French journalists use to
avoid repeating a name ("le maître du Kremlin" → "the master of the Kremlin", "le chef de
la diplomatie" → "head of diplomacy", "l'État hébreu" → "the Hebrew state",
"l'Hexagone" → "the Hexagon") and Paris addresses standing for ministries ("the Quai
d'Orsay", "Matignon", "Place Beauvau"). The list, with each French original and English
equivalent, is `checker/data/calques.yaml` (kind `periphrase`). Nicknames English
journalism also uses ("the Chinese giant", "the City of Light", "the Land of the Rising
Sun") and the addresses are info; the others are warnings. Periphrases are also modelled on
their shape rather than listed one by one: "the tenant / master of" any seat of power ("the
tenant of the Quirinal"), "the number two of" any body, "a tenor of" a party or camp, and a
ministry's address used as the subject of a verb ("The Rue de Valois said …", "Bercy
announced …"), which is a warning.

## Why is this bad?
English news names the person or the office: "the master of the Kremlin" reads as
translationese, and "head of diplomacy" is not a title in English — the foreign minister is.

## Example
`The master of the Kremlin will be accompanied by his head of diplomacy, Sergei Lavrov.`
→ `The Russian president will be accompanied by his foreign minister, Sergei Lavrov.`
""",
    examples=(
        Example("[[The master of the Kremlin]] will be accompanied by his [[head of diplomacy]], Sergei Lavrov."),
        Example("The army of [[the Hebrew state]] said the tunnel had been destroyed."),
        Example("Unemployment has fallen across [[the Hexagon]] for the third month in a row."),
        Example("Putin prides himself on the support of [[the Chinese giant]].",
                note="info: English news also writes it"),
        Example("[[The tenant of the Élysée]] will speak on television tonight."),
        Example("The talks were hosted by the [[head of American diplomacy]], John Kerry."),
        Example("Migrants keep arriving on [[the Old Continent]]."),
        Example("Syrian rebels vowed to topple [[the strongman of Damascus]]."),
        Example("He was [[the number two of the government]] until the reshuffle."),
        Example("A spokesman for [[the Quai d'Orsay]] declined to comment.", note="info: the French foreign ministry"),
        Example("[[The tenant of the Quirinal]] dissolved parliament."),
        Example("[[The Rue de Valois]] said an administrative inquiry had been opened."),
        Example("The [[tenor of the right]], Xavier Bertrand, called it a betrayal."),
        Example("The deputies voted late on Tuesday in [[the hemicycle]]."),
        Example("[[The forces of order]] dispersed the crowd."),
        Example("The Russian president will be accompanied by his foreign minister, Sergei Lavrov."),
        Example("Tenants of the Grenfell Tower demanded answers; the master of ceremonies spoke."),
        Example("The forces of law and order were deployed."),
        Example("The tenor of the debate changed; the tenors of the Paris Opera sang."),
        Example("The Pentagon last week accused Moscow of using North Korean missiles."),
        Example("Ties with Moscow were his country's \"number one priority\"."),
        Example("The Chinese giant panda was lent to the zoo."),
        Example("The Chinese giant Huawei reported higher profits."),
        Example("A final decision will be made in the coming hours."),
        Example("Israel is often described as the Jewish state."),
        Example("The mayor's office said the foreign minister would attend."),
        Example("The Matignon Accords ended the violence in New Caledonia."),
        Example("Le maître du Kremlin est arrivé à Pyongyang.", lang="fr",
                note="French text is not checked for calques"),
    ),
)
