"""GRB021: the French definite article carried over onto a country, a title before a name, or a ministry's field."""
from __future__ import annotations

import functools

from ...findings import Category, Hit, Severity
from ...lang.folding import fold
from ...registry import Example, Rule
from .mistranslation import Bead, adjacent, check_with, closed_class, data

FRENCH_ARTICLES = frozenset("le la les l' du des au aux".split())
FRENCH_OF = frozenset("de d' du des".split())
RESTRICTING = frozenset("""of on in at from with without for under before after since during that which who whose
where when whom as like than""".split())
MAX_NAME_TOKENS = 3  # "Saudi Arabia", "Ivory Coast", "South Korea"


@functools.lru_cache(maxsize=1)
def _country_names() -> dict[str, str]:
    """English country names that take no article -> their French name, folded (acronyms.yaml's demonyms,
    less the few that take one)."""
    from ...data.cache import load_yaml
    taking = {name.lower() for name in data()["countries_with_article"]}
    return {row[1].lower(): fold(row[0]).lower() for row in load_yaml("acronyms")["demonyms"]
            if row[1].lower() not in taking}


def _countries() -> frozenset[str]:
    return frozenset(_country_names())


def _phrase(bead: Bead, p: int, table: frozenset[str]) -> int:
    """How many tokens from p form an entry of `table` (the longest), 0 if none."""
    for n in range(MAX_NAME_TOKENS, 0, -1):
        if p + n <= len(bead.en) and " ".join(t.low for t in bead.en[p:p + n]) in table:
            return n
    return 0


def _french_country(bead: Bead, p: int) -> int | None:
    """The French token that names the country English token p names (the name tables, not the lexicon)."""
    french = _country_names().get(bead.en[p].low)
    if french is None:
        return None
    first = french.split()[0]
    return next((q for q, tok in enumerate(bead.fr) if fold(tok.low).rstrip("'") == first), None)


def _french_article(bead: Bead, source: str, p: int) -> int | None:
    """The position of the French article before the French word English token p renders, if there is one."""
    q = bead.to_fr.get(p)
    if q is None:
        q = _french_country(bead, p)
    before = None if q is None else bead.fr_before(q)
    if before is None or before.low not in FRENCH_ARTICLES or not adjacent(source, before, bead.fr[q]):
        return None
    return q - 1


def _free_after(bead: Bead, p: int, q: int) -> bool:
    """Nothing after the name that extends it ("the France 24 channel") or restricts it ("the France of tomorrow",
    "the France in the making": the article is English there). A name modifying a noun ("the Iraq war") has no
    French article of its own ("la guerre d'Irak")."""
    after = bead.en_at(p)
    if after is None or not after.text[0].isalnum():
        return True
    if not after.text.islower() or after.low in RESTRICTING:
        return False
    # a content word after the name renders a French word after it ("the France received" / "la France a reçu");
    # otherwise the name may modify it ("the Quebec bill" for "le projet de loi du Québec")
    rendered = bead.to_fr.get(p)
    return after.low in closed_class() or rendered is not None and rendered > q


def _hits(bead: Bead, text: str, source: str):
    countries, titles = _countries(), frozenset(data()["titles"])
    fields = frozenset(data()["fields"])
    for p, tok in enumerate(bead.en[:-1]):
        if tok.low != "the" or not adjacent(text, tok, bead.en[p + 1]):
            continue
        word = bead.en[p + 1]
        if not word.text[0].isupper() and word.low not in titles:
            continue
        q = _french_article(bead, source, p + 1)
        if q is None:
            continue
        source_span = (bead.fr[q].start, bead.fr[q + 1].end)
        n = _phrase(bead, p + 1, countries) if word.text[0].isupper() else 0
        if n and _free_after(bead, p + 1 + n, q):
            name = text[word.start:bead.en[p + n].end]
            yield Hit(tok.start, bead.en[p + n].end,
                      f"'{name}' takes no article in English: 'the' renders the French article of "
                      f"'{source[slice(*source_span)]}' word for word.", suggestion=name, source_span=source_span)
            continue
        n = _phrase(bead, p + 1, titles)
        after = bead.en_at(p + 1 + n)
        french_after = bead.fr[q + 2] if q + 2 < len(bead.fr) else None
        named = (after is not None and after.text[0].isupper() and after.text.isalpha()
                 and bead.to_fr.get(p + 1 + n, q + 2) == q + 2)
        if n and named and french_after is not None and french_after.text[:1].isupper():
            title = text[word.start:bead.en[p + n].end]
            yield Hit(tok.start, bead.en[p + n].end,
                      f"English writes a title before a name without an article: 'the {title}' renders the French "
                      f"'{source[slice(*source_span)]}' word for word.", suggestion=title[:1].upper() + title[1:],
                      source_span=source_span)
            continue
        n = _phrase(bead, p + 1, fields)
        before = bead.en_at(p - 1)
        french_before = bead.fr_before(q)
        if (n and word.text[0].isupper() and before is not None and before.low == "of"
                and (bead.fr[q].low in ("du", "des") or french_before is not None and french_before.low in FRENCH_OF)):
            field = text[word.start:bead.en[p + n].end]
            yield Hit(tok.start, bead.en[p + n].end,
                      f"A ministry's field takes no article in English ('Minister of {field}'): 'of the {field}' "
                      f"renders the French '{source[slice(*source_span)]}' word for word.", suggestion=field,
                      source_span=source_span)


check = check_with(_hits)


RULE = Rule(
    code="GRB021",
    name="french-article-kept",
    category=Category.GARBLED,
    severity=Severity.WARNING,
    summary="The French definite article carried over onto a country ('the France'), a title before a name "
            "('the corporal David Hawkins') or a ministry's field ('Minister of the Defence').",
    check=check,
    requires=("pair.sentences", "pair.words"),
    doc="""\
## What it does
With the source, reads each aligned sentence pair word by word and reports an English "the" that
renders the French definite article (*le*, *la*, *l'*, *les*, *du*, *au*) of the word it stands
before, where English uses no article:

- a country name that takes none (*la France* → "the France", *du Brésil* → "of the Brazil"), the
  countries of `checker/data/acronyms.yaml` less those English writes with "the"
  (`countries_with_article` in `checker/data/mistranslation_words.yaml`: the Netherlands, the
  Philippines…), unless a phrase after the name restricts it ("the France of tomorrow") or the
  name modifies the noun after it ("the Quebec bill" for *le projet de loi du Québec*);
- a title before a name (*le caporal David Hawkins* → "the corporal David Hawkins", *la juge
  Shira Scheindlin* → "the judge Shira Scheindlin"), English writing "Corporal David Hawkins";
- a ministry's field after "of" (*ministre de la Défense* → "minister of the Defence", *ministère
  de l'Éducation* → "ministry of the Education").

The English word must be linked to the French one by the lexicon, spelling or the name tables
(`pair.words`): an article English adds on its own is not the French one carried over.

## Why is this bad?
Articles are where a word-for-word translation shows first; "the France" or "the corporal David
Hawkins" tells the reader at once that nobody edited the text.

## Example
Source: `La France peut être conduite à revoir sa position.`
Translation: `The France can be led to review its position.` → `France`.
""",
    examples=(
        Example("[[The France]] can be led to review its position.",
                source="La France peut être conduite à revoir sa position."),
        Example("He said that [[the Brazil]] will host the talks.",
                source="Il a dit que le Brésil accueillera les négociations."),
        Example("[[The corporal]] David Hawkins was discharged last week.",
                source="Le caporal David Hawkins a été libéré la semaine dernière."),
        Example("The decision of [[the judge]] Ann Torres was overturned.",
                source="La décision de la juge Ann Torres a été annulée."),
        Example("The minister of [[the Defence]] defended the budget.",
                source="Le ministre de la Défense a défendu le budget."),
        Example("The spokesman of the ministry of [[the Education]] declined to comment.",
                source="Le porte-parole du ministère de l'Éducation n'a pas souhaité commenter."),
        Example("France can be led to review its position.",
                source="La France peut être conduite à revoir sa position."),
        Example("The Netherlands voted against the text.",
                source="Les Pays-Bas ont voté contre le texte."),
        Example("The Iraq war cost more than expected.",
                source="La guerre d'Irak a coûté plus que prévu."),
        Example("A portrait of the France of tomorrow.",
                source="Un portrait de la France de demain."),
        Example("Corporal David Hawkins was discharged last week.",
                source="Le caporal David Hawkins a été libéré la semaine dernière."),
        Example("The judge ruled that the programme was unconstitutional.",
                source="La juge a statué que le programme était inconstitutionnel."),
        Example("The Defence Minister defended the budget.",
                source="Le ministre de la Défense a défendu le budget."),
        Example("The Senate adopted the law on Tuesday.",
                source="Le Sénat a adopté la loi mardi."),
    ),
)
