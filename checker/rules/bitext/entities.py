"""ENM001 and ENM002: a person, place or organisation of the aligned source that the translation replaces or drops."""
from __future__ import annotations

import re

from ...align.sentences import bead_index
from ...align.text import dice, trigrams
from ...align.words import english_stem, french_stem, lexicon
from ...compare.entities import plain_words
from ...findings import Category, Hit, Severity
from ...lang.folding import fold
from ...lang.names import name_words, zipf
from ...registry import Example, Rule

COMMON_WORD = 4.2  # French Zipf frequency from which a capitalised word is a common noun ("Bourse", "Terre")
# the grammatical words inside names, "d'" read as "d" (checker/data/name_words.txt)
PARTICLES = frozenset(word.rstrip("'’") for word in name_words("name_connectors"))


def _rendered(ctx, diff) -> bool:
    """Whether every word of the source name has a rendering in its aligned English sentence.

    French capitalises common nouns in names and titles ("la Bourse", "le Vieux-Québec", "la
    Terre"); a translation renders them word by word ("the Stock Exchange", "Old Quebec", "Earth"):
    a cognate or a lexicon translation of each word in the sentence means the name is there.
    """
    pairs = ctx.get("pair.sentences")
    index = bead_index(pairs, diff.source_span[0], "source")
    if index is None or not pairs[index].target:
        return False
    bead = pairs[index]
    english = re.findall(r"[^\W\d_]+", ctx.doc.text[bead.target_span[0]:bead.target_span[1]])
    folded = [fold(w).lower() for w in english]
    stems = {english_stem(w) for w in english}
    words = [w for w in re.findall(r"[^\W\d_]+", diff.source.text) if w.lower() not in PARTICLES and len(w) > 2]
    if not words:
        return False
    table = lexicon()
    for word in words:
        key = fold(word).lower()
        if zipf(word.lower(), "fr") >= COMMON_WORD and stems & table.get(french_stem(word), frozenset()):
            continue  # a common French word capitalised in a name, translated (not a proper name translated)
        if any(k == key or (len(k) > 3 and dice(trigrams(k), trigrams(key)) >= 0.5) for k in folded):
            continue
        return False
    return True


def _source_name(diff) -> str:
    english = diff.english
    plain = f" ({english})" if english and english.casefold() != diff.source.text.casefold() else ""
    return f"'{diff.source.text}'{plain}"


def check_replaced(ctx):
    for diff in ctx.get("pair.entities"):
        if diff.kind != "replaced" or _rendered(ctx, diff):
            continue
        # an English "name" made of common words ("the City" for "Londres") may be a metonymy or a
        # translation: weak evidence, shown but not counted as an error
        weak = (plain_words(diff.target) and not diff.target.forms and diff.target.kind == "name"
                and diff.source.kind == "place" and len(diff.target.text.split()) == 1)
        # "Londres" → "the City"; "Espagne" → "Central America" stays an error
        yield Hit(diff.target_span[0], diff.target_span[1],
                  f"The translation names '{diff.target.text}' where the source names {_source_name(diff)}.",
                  suggestion=diff.english, source_span=diff.source_span, severity=Severity.INFO if weak else None)


def check_dropped(ctx):
    for diff in ctx.get("pair.entities"):
        if diff.kind != "dropped" or _rendered(ctx, diff):
            continue
        yield Hit(diff.target_span[0], diff.target_span[1],
                  f"The source names {_source_name(diff)} here, but the translation does not.",
                  source_span=diff.source_span)


MATCHING = """\
Names are matched across spelling systems: accents and case are ignored, French
transliterations meet English ones through spelling keys (ou/u, tch/ch, j/zh, dj/j, -ine/-in,
doubled letters: "Poutine" = "Putin", "Prigojine" = "Prigozhin"), and the tables of
`checker/data/transliterations.yaml` and `checker/data/acronyms.yaml` give exonyms ("Londres" =
"London", "Allemagne" = "Germany", "Royaume-Uni" = "UK" or "Britain"), acronyms ("ONU" = "UN",
"OTAN" = "NATO", "CEDH" = "ECHR") and demonyms ("la France" = "French"). A surname alone
answers a full name, and the words that French capitalises in the names of institutions
("Chambre", "Cour", "Maison") are translated, not required. Capitalised French words at the
start of a sentence or of a title, days and months capitalised by mistake, Roman centuries
("XIVe") and Title Case headlines are not taken for names. With a named-entity model
(`--model-tagger`, optional), a capitalised word it does not tag is no name either, and a
person, place or organisation it tags is one, even lowercase or opening a sentence."""

REPLACED = Rule(
    code="ENM001",
    name="entity-replaced",
    category=Category.ENTITY_MISMATCH,
    severity=Severity.ERROR,
    summary="A person, place or organisation of the aligned source sentence replaced by another in the translation.",
    check=check_replaced,
    requires=("pair.entities", "pair.sentences"),
    doc=f"""\
## What it does
For each pair of aligned sentences, looks for the names of the French sentence in the English
one. When a French name has no counterpart and the English sentence names someone or
something the French does not, the English name is reported as a replacement, with the
French name as the source span.

{MATCHING}

## Why is this bad?
A wrong name reads as fluently as the right one: nothing in the English shows that Madrid was
Barcelona in the original. Machine translation swaps names it does not know for ones it does,
and a hurried edit can carry a name from a neighbouring sentence.

## Example
Source: `Le match a eu lieu à Barcelone.`
`The match took place in Madrid.` → `The match took place in Barcelona.`
""",
    examples=(
        Example("The match took place in [[Madrid]].", source="Le match a eu lieu à Barcelone."),
        Example("After seven days of defeats, [[Corona]] announced his plan to expand trade in Asia.",
                source="Après sept jours de défaites, Bush a fait part de son projet d'élargir le commerce en Asie."),
        Example("The case will go to the [[NSA]], the lawyer said.",
                source="L'affaire ira devant la CEDH, a dit l'avocat."),
        Example("France is the seventh [[Asaram]] country to suffer the impact of the virus.",
                source="La France est le septième pays de l’UE à subir l'impact du virus."),
        Example("The singer's love for drugs and for [[Takagi]] is well known.",
                source="L'amour du chanteur pour la drogue et pour le Japon est connu."),
        Example("An average [[Chinese]] girl often has to marry at 14.",
                source="Une fille pakistanaise moyenne doit souvent se marier à 14 ans.",
                note="a demonym replaced by another"),
        Example("Putin met Sergei Naryshkin in Beijing.", source="Poutine a rencontré Sergueï Narychkine à Pékin.",
                note="names spelled differently across languages"),
        Example("UN peacekeepers arrived in Haiti, NATO said.",
                source="Les soldats de l'ONU sont arrivés en Haïti, a indiqué l'OTAN."),
        Example("But in Britain, autumn marks the start of six long dark months.",
                source="Mais en Grande-Bretagne, l'automne marque le début de six longs mois sombres."),
        Example("Go to the shops, which are open on Sunday in London.",
                source="Allez dans les boutiques, ouvertes le Dimanche à Londres.",
                note="a French day capitalised by mistake is no name"),
        Example("The rise of new technologies lets us study the brain, Macron said.",
                source="L'essor des nouvelles technologies nous permet d'étudier le cerveau, a dit Macron."),
        Example("Newt Gingrich, former Speaker of the House of Representatives, came fourth.",
                source="Newt Gingrich, l’ancien président de la Chambre des représentants, a fini quatrième."),
    ),
)

DROPPED = Rule(
    code="ENM002",
    name="entity-dropped",
    category=Category.ENTITY_MISMATCH,
    severity=Severity.WARNING,
    summary="A person, place or organisation of the aligned source sentence missing from the translation.",
    check=check_dropped,
    requires=("pair.entities", "pair.sentences"),
    doc=f"""\
## What it does
For each pair of aligned sentences, reports the English sentence when a name of the French
sentence has no counterpart in it and nothing else stands in its place. The source span is
the French name. Not reported when the name occurs again in the same English sentence, or
when the English refers to it by a pronoun or a description the French does not use
("Macron a dit" → "the president said").

{MATCHING}

## Why is this bad?
A dropped name removes who did something or where it happened: "Bush announced his plan"
becomes "announced his plan", or the claim loses the organisation that made it. Machine
translation drops names it cannot place, especially at the start of a sentence.

## Example
Source: `Les soldats de la paix de l'ONU sont arrivés en Haïti.`
`Peacekeepers arrived in Haiti.` → `UN peacekeepers arrived in Haiti.`
""",
    examples=(
        Example("[[Peacekeepers arrived in Haiti after the 2010 earthquake.]]",
                source="Les soldats de la paix de l'ONU sont arrivés en Haïti après le séisme de 2010."),
        Example("[[They cancelled the tour after singer injured himself on stage.]]",
                source="Ils ont annulé la tournée après que le chanteur Steven Tyler s'est blessé sur scène."),
        Example("[[Is the seventh EU country to suffer the impact of the virus.]]",
                source="La France est le septième pays de l’UE à subir l'impact du virus."),
        Example("[[My first job was in sales, earning next to nothing.]]",
                source="Mon premier emploi était dans la vente, à Londres, à gagner trois fois rien."),
        Example("[[The flag was that of, which covers all the regions.]]",
                source="C'était le drapeau du Kosovo, qui englobe toutes les régions."),
        Example("He said the plan would go ahead.", source="Macron a déclaré que le projet irait de l'avant.",
                note="a pronoun refers to the name"),
        Example("The president said the plan would go ahead.",
                source="Macron a déclaré que le projet irait de l'avant.", note="a description refers to the name"),
        Example("The Gothic style peaked between the 10th and the 14th century.",
                source="Le style gothique a connu son apogée entre le Xe et le XIVe siècle.",
                note="Roman centuries are no names"),
        Example("Reindeer herding is an important livelihood among the Sami.",
                source="L'élevage de rennes est un moyen de subsistance important chez les Samis."),
        Example("Russian President Vladimir Putin said Moscow would answer; Putin did not say how.",
                source="Le président russe Vladimir Poutine a dit que Moscou répondrait ; Poutine n'a pas dit comment."),
        Example("Merkel met the Chancellor of Austria in Vienna.",
                source="Angela Merkel a rencontré le chancelier autrichien à Vienne.",
                note="a surname alone answers the full name"),
        Example("The police could have stopped Ford's car and searched it.",
                source="La police aurait pu intercepter le véhicule de Rob Ford et le fouiller.",
                note="a possessive surname"),
        Example("He was invited to the Grand Prix in Abu Dhabi with a friend.",
                source="Il a été invité au GP d'Abou Dhabi avec un ami.", note="an acronym spelled out"),
    ),
)

RULES = (REPLACED, DROPPED)
RULE = REPLACED
