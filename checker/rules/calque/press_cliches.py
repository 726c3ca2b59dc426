"""CAL001: French press nicknames for people, countries and institutions ("the master of the Kremlin")."""
from __future__ import annotations

import functools
import re

from ...findings import Category, Severity
from ...registry import Example, Rule
from ..lexicon import load_lexicon
from .matching import lexicon_hits, render, suggestion_for


@functools.lru_cache(maxsize=1)
def entries():
    return tuple(e for e in load_lexicon("calques") if e.data.get("kind") == "periphrase")


def message(match) -> tuple[str, str | None]:
    """The finding's message and suggestion, built from what was matched."""
    comment = render(match, "comment")
    return (f"'{match.text}' renders the French press cliché '{render(match, 'french')}'; "
            f"English news writes {render(match, 'english')}." + (f" {comment}" if comment else "")), \
        suggestion_for(match)


# a French "de" and a capitalised name right after the nickname: the club's or body's own name ("the Girondins de
# Bordeaux"), kept as it is, not a nickname standing for it
OWN_NAME_AFTER_RE = re.compile(r"[ \u00a0]+(?:de|du|des|d['’])[ \u00a0]*[A-ZÀ-Ý]")


def check(ctx):
    text = ctx.doc.text
    for hit in lexicon_hits(ctx, entries(), message):
        if not OWN_NAME_AFTER_RE.match(text, hit.end):
            yield hit


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
announced …"), which is a warning. Further families: art and sport nicknames ("the sacred monster of
French cinema", "the seventh art", "the XV of France", "the club of the capital", "the Blues" beside
French players), a politician's regional demonym as subject ("the Béarnais said"), "the native of"
a place, and nicknames whose English sense differs, read from their sentence ("the Iron Lady" beside
the Seine or the Eiffel Tower, never beside Thatcher). A nickname followed by a French "de" and a capitalised
name is the body's own name ("the Girondins de Bordeaux"), left alone.
Places are also read by shape: "the country / land of the" and "the city / capital of the" followed by a
capitalised name ("the land of the Thousand Lakes", "the city of the Dukes"), and "the former of" a club
or an institution (*l'ancien de*).

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
        Example("[[The sacred monster of French cinema]] died at 88."),
        Example("Critics hailed her as a queen of [[the ninth art]]."),
        Example("Fireworks lit up [[the Iron Lady]] at midnight above the Seine."),
        Example("[[The Old Lady]] beat Napoli 2-0 in Turin."),
        Example("Thousands marched in [[the Phocaean metropolis]] on Saturday."),
        Example("[[The club of the capital]] signed a Brazilian striker."),
        Example("[[The XV of France]] beat Wales in Cardiff."),
        Example("In a grey suit, the [[native]] of Nanterre hugged his mother."),
        Example("[[The Corrézien]] had announced his candidacy in June."),
        Example("Margaret Thatcher, the Iron Lady, died in 2013 in London."),
        Example("He is a native of Lyon, where he still lives.", note="'a native of' is English"),
        Example("The Old Lady of Threadneedle Street raised rates."),
        Example("The Breton sailor won the race, and the club of the year award went to Brest."),
        Example("France's fifteen beat Wales; the seventh day of the art fair was quiet."),
        Example("[[The country of the Cedar]] is facing its worst crisis."),
        Example("Deschamps's [[Blues]] beat the Netherlands 2-0 at the Stade de France."),
        Example("Chelsea's Blues beat Everton; the blues singer played in Paris."),
        Example("The country of the year was Georgia, where cedar forests grow."),
        Example("Some 40,000 fans packed the Parisian [[enclosure]] for the final."),
        Example("[[The number one of the CGT]] called for a general strike."),
        Example("The sheep were kept in an enclosure; fans filled the stadium."),
        Example("Le maître du Kremlin est arrivé à Pyongyang.", lang="fr",
                note="French text is not checked for calques"),
        Example("[[The former]] of Olympique Lyonnais signed for two seasons."),
        Example("[[A former]] of the Élysée now advises the bank."),
        Example("The former, a striker, signed for Lyon; the latter stayed."),
        Example("The former head of Lyon signed the deal."),
        Example("Investors are flocking back to [[the land of the Thousand Lakes]]."),
        Example("Floods cut off [[the city of the Dukes]] for two days."),
        Example("The capital of the Netherlands is Amsterdam; the land of the free sang its anthem."),
        Example("He was named man of the match; the old of the village came out."),
        Example("Among the historic clubs of France, the Girondins de Bordeaux announced their relegation.",
                note="the club's own name"),
    ),
)
