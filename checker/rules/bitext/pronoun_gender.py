"""MIS005: a pronoun whose gender the translation flipped ("elle a dirigé" → "he directed", "un avocat … her")."""
from __future__ import annotations

import functools
import re

from ...findings import Category, Hit, Severity
from ...lang.folding import case_key
from ...registry import Example, Rule

FRENCH_RE = re.compile(r"(?:(?<=-t-)|(?<=\w-)|(?<![\w-]))(il|elle)(?![\w'’-])", re.I)  # "a-t-elle", "dit-il"
ENGLISH_RE = re.compile(r"\b(he|she)\b", re.I)
# the person's own pronouns, possessive and reflexive included, once the French names a person of one gender
PERSON_RE = re.compile(r"\b(he|him|his|himself|she|her|hers|herself)\b", re.I)
PERSON_GENDER = {"he": "il", "him": "il", "his": "il", "himself": "il",
                 "she": "elle", "her": "elle", "hers": "elle", "herself": "elle"}


# French nouns of persons: gendered by themselves, or epicene and gendered by their determiner ("un artiste",
# "la ministre"); 'l'' and plurals say nothing. A name elsewhere in the sentence may be anyone, so the nouns
# are only read when every name stands right after one of them, in apposition ("le chanteur Steven Tyler").
@functools.lru_cache(maxsize=1)
def _person_nouns() -> dict[str, frozenset[str]]:
    """French person nouns by gender: speaker_lexicon.yaml's role nouns (less the French grammatical words among
    their English ones: "son") and the gendered honorifics of name_words.txt ("le roi")."""
    from ...data.cache import load_yaml
    from ...lang.langid import french_function_words
    from ...lang.names import HONORIFICS
    roles = load_yaml("speaker_lexicon")["role_nouns"]
    grammatical = frozenset(case_key(w) for w in french_function_words())

    def words(person: str, grammatical_gender: str, honorific: str) -> frozenset[str]:
        titles = (w for w, gender in HONORIFICS.items() if gender == honorific and "." not in w and len(w) > 1)
        listed = (str(w) for w in [*roles[person], *roles[grammatical_gender]])
        return frozenset(case_key(w) for w in [*listed, *titles]) - grammatical

    return {"il": words("male", "masculine", "m"), "elle": words("female", "feminine", "f"),
            "epicene": frozenset(case_key(str(w)) for w in roles["epicene"])}


MASCULINE_DETERMINERS = frozenset("le un ce cet du au".split())
FEMININE_DETERMINERS = frozenset("la une cette".split())
PLACE_PREPOSITIONS = frozenset("à en au aux dans vers depuis".split())
FRENCH_TOKEN_RE = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*|\d+")
NOUN_DETERMINERS = frozenset("le la l un une ce cet cette du au mon ma ton ta notre votre".split())
THIRD_PERSON_POSSESSIVES = frozenset("son sa ses leur leurs".split())
# a person whose gender the sentence may not say
UNKNOWN_PERSONS = frozenset("lui eux celui celle ceux celles quelqu'un".split())
# "il" that stands for no one: il y a, il faut, il s'agit, il semble… (rendered "it" or "there")
IMPERSONAL_RE = re.compile(r"\s*(?:y\b|n['’]y\b|faut|fallait|fallu|faudra|faudrait|s['’]agi|semble|sembl|suffit|"
                           r"para[iî]t|reste|existe|manque|convient|importe|vaut|pleut|est\s+(?:question|temps|"
                           r"possible|probable|difficile|important|nécessaire|vrai|clair|évident))", re.I)
ENGLISH = {"il": "he", "elle": "she"}


def _french_genders(text: str) -> set[str]:
    return {case_key(m.group(1)) for m in FRENCH_RE.finditer(text) if not IMPERSONAL_RE.match(text, m.end())}


@functools.lru_cache(maxsize=1)
def _known_openers() -> frozenset[str]:
    """Words that may open a French sentence without being a name: grammatical words and the person nouns."""
    from ...lang.langid import french_function_words
    return frozenset(case_key(w) for w in french_function_words()).union(*_person_nouns().values())


def _person_genders(text: str) -> set[str] | None:
    """'il' / 'elle' for each person noun with its gender ("un avocat", "la ministre", "notre mère"); None when
    the sentence may hold a person of unknown gender: a name elsewhere than in apposition to such a noun, a
    stressed pronoun ("selon lui"), or a relative named through a third person ("son épouse": whose?)."""
    genders, previous, apposed = set(), "", False
    nouns = _person_nouns()
    for k, match in enumerate(FRENCH_TOKEN_RE.finditer(text)):
        word = match.group()
        low = case_key(word)
        if word[0].isdigit() or word.isupper() and len(word) > 1 or previous in PLACE_PREPOSITIONS:
            previous, apposed = low, False
            continue  # a number, an acronym (an organisation) or a place: not a person
        if word[0].isupper() and (k or low not in _known_openers()) and low not in ENGLISH:  # "En 1940 Il a…"
            if not apposed:
                return None  # a name of unknown gender
            continue  # "le chanteur Steven Tyler": the noun's person
        if low in UNKNOWN_PERSONS:
            return None
        apposed = False
        gendered = low in nouns["il"] or low in nouns["elle"] or low in nouns["epicene"]
        if gendered and previous in THIRD_PERSON_POSSESSIVES:
            return None
        gender = None
        if gendered and previous in NOUN_DETERMINERS:  # not "la société mère": a noun used as a modifier
            gender = ("il" if low in nouns["il"] else "elle" if low in nouns["elle"] else
                      "il" if previous in MASCULINE_DETERMINERS else "elle" if previous in FEMININE_DETERMINERS
                      else None)
        if gender:
            genders.add(gender)
            apposed = True
        previous = low
    return genders


def _noun_flips(source: str, target: str, offset: int) -> list[tuple[int, int, str, str]]:
    """English pronouns (he, his, herself…) all of the other gender than the French sentence's only persons."""
    nouns = _person_genders(source)
    if not nouns:
        return []
    french = nouns | _french_genders(source)
    english = list(PERSON_RE.finditer(target))
    if len(french) != 1 or not english:
        return []
    wanted = next(iter(french))
    mixed = len({PERSON_GENDER[case_key(m.group(1))] for m in english}) > 1
    # every person of the French sentence has one gender: beside right pronouns ("the singer injured himself
    # when she fell") a subject of the other one acts for no one the source names; an object or a possessive
    # of the other one may be a person the translation adds ("the lawyer told her that he had spoken")
    return [(offset + m.start(1), offset + m.end(1), m.group(1), wanted) for m in english
            if PERSON_GENDER[case_key(m.group(1))] != wanted and (not mixed or case_key(m.group(1)) in ("he", "she"))]


def _one_gender(source: str, french: set[str]) -> bool:
    """Whether every person the French sentence names has the gender of its pronouns (no name, no noun of the
    other gender, no "son épouse"): an English pronoun of the other gender then stands for no one."""
    nouns = _person_genders(source)
    return nouns is not None and nouns <= french


def check(ctx):
    source, target = ctx.source.text, ctx.doc.text
    for pair in ctx.get("pair.sentences"):
        if len(pair.source) != 1 or len(pair.target) != 1 or pair.score < 0.5:
            continue
        french = _french_genders(source[slice(*pair.source_span)])
        if not french:
            for start, end, word, wanted in _noun_flips(source[slice(*pair.source_span)],
                                                        target[slice(*pair.target_span)], pair.target_span[0]):
                person = "a man" if wanted == "il" else "a woman"
                yield Hit(start, end, f"'{word}' does not match the source, which speaks of {person} here: the "
                                      f"translation changed the person's gender.", source_span=pair.source_span)
            continue
        english = list(ENGLISH_RE.finditer(target, *pair.target_span))
        if len(french) != 1 or not english:
            continue  # both genders in French, or no pronoun in English: the pronouns may refer to different people
        if len({case_key(m.group(1)) for m in english}) != 1 and not _one_gender(source[slice(*pair.source_span)],
                                                                               french):
            continue  # both genders in English, and the French may name a person of the other one
        wanted = ENGLISH[next(iter(french))]
        for match in english:
            if case_key(match.group(1)) != wanted:
                yield Hit(match.start(1), match.end(1),
                          f"'{match.group(1)}' does not match the source's '{next(iter(french))}': the translation "
                          f"changed the person's gender, and so whom the sentence is about.",
                          suggestion=wanted.capitalize() if match.group(1)[0].isupper() else wanted,
                          source_span=pair.source_span)


RULE = Rule(
    code="MIS005",
    name="pronoun-gender-flip",
    category=Category.MISATTRIBUTION,
    severity=Severity.WARNING,
    summary="A pronoun of the other gender than the source's il / elle, or than the person its sentence names.",
    check=check,
    requires=("pair.sentences",),
    doc="""\
## What it does
In each one-to-one aligned sentence pair, compares the French subject pronouns *il* / *elle*
(also inverted, *a-t-elle*) with the English *he* / *she*. When the French sentence has only one
of them and the English only the other, the English pronoun is reported. Impersonal *il* (*il y a*,
*il faut*, *il s'agit*, *il semble*, *il est possible*…) is not a person and is not compared, and a
side that holds both genders (two people) is left alone. French possessives (*son*, *sa*) and *lui*
carry no gender of the possessor, so *his* / *her* / *him* are not compared with *il* / *elle*.

A French sentence without *il* / *elle* may still name its person with a gender: a person noun after a
determiner, gendered by itself (*un homme*, *la mère*, *un avocat*, *une chanteuse*) or by its
determiner (*un artiste*, *la ministre*). When every person the sentence names has the same gender
and the English pronouns of the sentence (*he*, *him*, *his*, *himself*, *she*, *her*, *hers*, *herself*)
all have the other one, they are reported ("Un avocat a exprimé son intention" → "A lawyer expressed
her intention"). The sentence is left alone when it may hold a person of unknown gender: a name that
is not in apposition to the noun (*le chanteur Steven Tyler* is), a stressed pronoun (*selon lui*), or a
relative named through a third person (*son épouse*: whose wife?); a noun used as a modifier (*la
société mère*) is no person. On the 3,003 WMT14 newstest references it reports nothing; on the 8 MT
systems' outputs it finds "Our mother died after his fight against cancer" and "the father who left
her home" (development figures).

## Why is this bad?
"Elle a dirigé les policiers" rendered "He directed the officers" puts the action on another
person: the reader now attributes it to a man the article may also name.

## Example
Source: `Elle a dirigé les policiers vers sa voiture.`
Translation: `He directed the officers to her car.` → *He* should be *She*.
""",
    examples=(
        Example("[[He]] directed the officers to her black car that was parked nearby.",
                source="Elle a dirigé les policiers vers sa voiture noire garée à proximité."),
        Example("During the 1980s [[she]] worked on shows such as Taxi and Cheers.",
                source="Pendant les années 1980, il a travaillé sur des spectacles tels que Taxi et Cheers."),
        Example("The minister said [[he]] would resign on Monday.",
                source="La ministre a déclaré qu'elle démissionnerait lundi."),
        Example("[[She]] was arrested on Tuesday and will appear in court next week.",
                source="Il a été arrêté mardi et comparaîtra devant le tribunal la semaine prochaine."),
        Example("Asked about the budget, [[he]] refused to comment.",
                source="Interrogée sur le budget, elle a refusé de commenter."),
        Example("She directed the officers to her black car that was parked nearby.",
                source="Elle a dirigé les policiers vers sa voiture noire garée à proximité."),
        Example("She is the daughter of a former rugby player.",
                source="Il s'agit de la fille d'un ancien joueur de rugby.", note="impersonal il"),
        Example("He said that she would resign on Monday.",
                source="Il a dit qu'elle démissionnerait lundi.", note="two people"),
        Example("The company said it would close the factory.",
                source="L'entreprise a déclaré qu'elle fermerait l'usine.", note="elle for a thing: it"),
        Example("He told her that the meeting was cancelled.",
                source="Il lui a dit que la réunion était annulée.", note="lui has no gender"),
        Example("A lawyer expressed [[her]] intention to take the case to court.",
                source="Un avocat a exprimé son intention de porter l'affaire devant la justice."),
        Example("Our mother died after [[his]] long fight against cancer.",
                source="Notre mère nous a quittés après son long combat contre le cancer."),
        Example("They cancelled the tour after the singer Steven Tyler injured [[herself]] on stage.",
                source="Ils ont annulé la tournée après que le chanteur Steven Tyler s'est blessé sur scène."),
        Example("The driver of the car, his wife and his mother died in the fire.",
                source="Le conducteur de la voiture, son épouse et sa mère ont péri dans l'incendie.",
                note="a wife and a mother named through their husband and son"),
        Example("Revenue fell by 9 %, according to the results published by its parent company.",
                source="Les recettes ont chuté de 9 %, selon les résultats publiés par sa société mère.",
                note="a noun used as a modifier"),
        Example("The judge questioned Marie about her role in the affair.",
                source="Le juge a interrogé Marie sur son rôle dans l'affaire.", note="a name of unknown gender"),
    ),
)

RULES = (RULE,)
