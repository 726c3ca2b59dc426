"""GRB022: a French noun and the adjective after it rendered in French order ('an element key', 'debts doubtful')."""
from __future__ import annotations

import functools

from ...findings import Category, Hit, Severity
from ...registry import Example, Rule
from .mistranslation import Bead, Token, adjacent, check_with, closed_class, data

# French adjective and participle endings (the adjective after its noun)
FRENCH_ADJECTIVE_ENDINGS = ("ique", "iques", "el", "elle", "els", "elles", "al", "ale", "aux", "ales", "if", "ive",
                            "ifs", "ives", "eux", "euse", "euses", "aire", "aires", "ien", "ienne", "iens", "iennes",
                            "ais", "aise", "aises", "able", "ables", "ible", "ibles", "é", "ée", "és", "ées", "ant",
                            "ante", "ants", "antes", "in", "ine", "ins", "ines", "ier", "ière", "iers", "ières",
                            "ieux", "ieuse", "ieuses", "ard", "arde", "ards", "ardes", "iste", "istes")
ENGLISH_ADJECTIVE_ENDINGS = ("al", "ic", "ive", "ous", "ful", "less", "ary", "ish", "ian", "ese", "ible", "able", "ist")
# an adjective with its complement may follow its noun ("artists capable of singing", "equipment essential to")
COMPLEMENT_PREPOSITIONS = frozenset("of to for with in than on about from at by".split())
COMPLEMENT_ADJECTIVES = frozenset("""capable essential responsible similar different available eligible critical aware
full close free rich open typical necessary crucial vulnerable sensitive relevant useful identical equivalent proud
afraid able unable likely unlikely ready subject prone liable worthy conscious independent dependent accessible
suitable comparable superior inferior opposed hostile favourable favorable loyal faithful grateful familiar related
specific common central vital fundamental integral inherent native exclusive parallel contrary adjacent tantamount
sufficient insufficient important indispensable compatible incompatible resistant immune exposed""".split())
NUMBER_WORDS = frozenset("""one two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty
hundred hundreds thousand thousands million millions billion billions dozen dozens""".split())
COMMON_ADJECTIVES = frozenset("""new old big small large great high low long short young true real main local dark
calm moral full free open early late strong weak hard soft clear bright wide deep fair poor rich cheap crazy key
good bad brute raw gross net fresh happy sad safe sure rare whole broad quick slow hot cold warm dry wet thin thick heavy light
close far brief firm flat fine""".split())
# verbs whose object takes a complement after it: "found the plan useful", "made the task impossible"
COMPLEMENT_VERBS = frozenset("""make makes made making find finds found finding consider considers considered
considering keep keeps kept keeping render renders rendered deem deems deemed declare declares declared judge
judges judged leave leaves left hold holds held call calls called rate rates rated prove proves proved get gets got
want wants wanted like likes liked set sets paint paints painted turn turns turned""".split())
ORDINALS = frozenset("first second third last next former latter same other".split())
ORDINALS_FR = frozenset("""premier première premiers premières second seconde seconds secondes dernier
dernière""".split())
NOUN_INTRODUCERS = frozenset("""le la les l un une des du de d au aux son sa ses leur leurs ce cet cette ces mon ma mes
    ton ta tes notre nos votre vos quelques plusieurs chaque certains certaines par pour sur dans avec sans entre
    contre vers chez en""".split())
PREPOSITIONS = frozenset("de d à par pour sur dans avec sans entre contre vers chez en".split())
LOOKBACK = 4  # tokens before the noun in which a complement verb is looked for


def _adjective_form(low: str) -> bool:
    return low in COMMON_ADJECTIVES or len(low) >= 5 and low.endswith(ENGLISH_ADJECTIVE_ENDINGS)


def _english_adjective(word: str) -> bool:
    low = word.lower()
    return (low.isalpha() and low not in data()["postposed_adjectives"] and low not in closed_class()
            and _adjective_form(low))


def _english_noun(word: str) -> bool:
    low = word.lower()
    return (word.isalpha() and word.islower() and low not in closed_class() and not _adjective_form(low)
            and low not in ORDINALS and low not in NUMBER_WORDS and not low.endswith(("ly", "ing", "th"))
            and len(low) >= 3)


def _french_adjective(word: str, english: str) -> bool:
    """An adjective by its ending, or a lowercase word rendered by a common English adjective ("riche", "clé")."""
    return word.isalpha() and word.islower() and (word.lower().endswith(FRENCH_ADJECTIVE_ENDINGS)
                                                  or english.lower() in COMMON_ADJECTIVES)


def _french_noun(bead: Bead, q: int) -> bool:
    """A French noun: introduced by a determiner, a preposition or a number, and no ordinal."""
    word, before = bead.fr[q], bead.fr_before(q)
    return (word.text.isalpha() and not word.low.endswith(("ième", "ièmes"))
            and word.low not in ORDINALS_FR and before is not None
            and (before.low.rstrip("'") in NOUN_INTRODUCERS or before.text[0].isdigit())
            # after a preposition, an infinitive or a participle is a verb ("de découvrir", "en passant")
            and not (before.low.rstrip("'") in PREPOSITIONS and word.low.endswith(("er", "ir", "re", "ant"))))


@functools.lru_cache(maxsize=1)
def _demonyms() -> frozenset[str]:
    """English adjectives of nationality ("Syrian"): capitalised in English, lowercase in French."""
    from ...data.cache import load_yaml
    return frozenset(row[3] for row in load_yaml("acronyms")["demonyms"])


def _french_adjectives_after(bead: Bead, source: str, q: int, english: str) -> int | None:
    """The position of the French adjective English `english` renders, right after noun q or after one other
    adjective of q ("créances douteuses supplémentaires" / "debts additional")."""
    for k in (q + 1, q + 2):
        if k >= len(bead.fr) or not adjacent(source, bead.fr[k - 1], bead.fr[k]):
            return None
        word = bead.fr[k].text
        if bead.to_en.get(k) is not None:  # the word the English adjective renders (a demonym: any lowercase word)
            demonym = english in _demonyms() and word.isalpha() and word.islower()
            return k if demonym or _french_adjective(word, english) else None
        if not _french_adjective(word, english):  # a word between must be another adjective of the noun
            return None
    return None


def _english_pair(noun: Token, adjective: Token, french_noun: Token) -> bool:
    """A noun, then an adjective: a demonym ("the Observatory Syrian") may follow a capitalised name's noun."""
    if adjective.text in _demonyms():
        return noun.text.isalpha() and noun.low not in closed_class() and french_noun.text[:1].isupper() == (
            noun.text[:1].isupper())
    return _english_noun(noun.text) and _english_adjective(adjective.text)


def _hits(bead: Bead, text: str, source: str):
    for p in range(len(bead.en) - 1):
        noun, adjective = bead.en[p], bead.en[p + 1]
        q = bead.to_fr.get(p)
        if q is None or not adjacent(text, noun, adjective) or not _english_pair(noun, adjective, bead.fr[q]):
            continue
        k = _french_adjectives_after(bead, source, q, adjective.text)
        if k is None or bead.to_fr.get(p + 1) != k or not _french_noun(bead, q):
            continue
        after = bead.en_at(p + 2)
        if after is not None and after.low in COMPLEMENT_PREPOSITIONS and adjective.low in COMPLEMENT_ADJECTIVES:
            continue
        if any(t.low in COMPLEMENT_VERBS for t in bead.en[max(0, p - LOOKBACK):p]):
            continue  # "found the plan useful": the adjective is the object's complement, English order
        source_span = (bead.fr[q].start, bead.fr[k].end)
        yield Hit(noun.start, adjective.end,
                  f"'{noun.text} {adjective.text}' keeps the French order of '{source[slice(*source_span)]}': "
                  f"English puts the adjective before its noun.", suggestion=f"{adjective.text} {noun.text}",
                  source_span=source_span)


check = check_with(_hits)


RULE = Rule(
    code="GRB022",
    name="french-adjective-order",
    category=Category.GARBLED,
    severity=Severity.WARNING,
    summary="A French noun and the adjective after it rendered in French order ('an element key', 'debts doubtful').",
    check=check,
    requires=("pair.sentences", "pair.words"),
    doc="""\
## What it does
With the source, reads each aligned sentence pair word by word and reports an English noun directly
followed by an adjective where the two render, in the same order, a French noun and the adjective
after it (*un élément clé* → "an element key", *des créances douteuses* → "debts doubtful").
Both English words must be linked to the French ones (`pair.words`), the French word must have
the form of an adjective or participle, the English one the form of an adjective (its ending, or a
short list of common adjectives). English word order is kept out: adjectives English puts after
the noun ("the best possible", "the people concerned", `postposed_adjectives` in
`checker/data/mistranslation_words.yaml`), an adjective that may begin the next noun phrase (a
noun follows it), and an object's complement after a verb such as *make*, *find*, *consider*
("found the plan useful").

## Why is this bad?
A literal translation keeps the French order; the reader stumbles, and with two nouns the
meaning can change ("system Intercom").

## Example
Source: `C'est un élément clé du projet.`
Translation: `It is an element key of the project.` → `key element`.
""",
    examples=(
        Example("It is an [[element key]] of the project.",
                source="C'est un élément clé du projet."),
        Example("The bank wrote off its [[debts doubtful]] last year.",
                source="La banque a passé en pertes ses créances douteuses l'an dernier."),
        Example("They proposed a [[method original]] to cut costs.",
                source="Ils ont proposé une méthode originale pour réduire les coûts."),
        Example("A [[trader rich]] spends millions in one night.",
                source="Un trader riche dépense des millions en une nuit."),
        Example("The [[party socialist]] lost the election.",
                source="Le parti socialiste a perdu l'élection."),
        Example("It is a key element of the project.",
                source="C'est un élément clé du projet."),
        Example("The bank wrote off its doubtful debts last year.",
                source="La banque a passé en pertes ses créances douteuses l'an dernier."),
        Example("They found the method useful to cut costs.",
                source="Ils ont trouvé la méthode utile pour réduire les coûts."),
        Example("The best possible answers were given.",
                source="Les meilleures réponses possibles ont été données."),
        Example("The people concerned were informed on Monday.",
                source="Les personnes concernées ont été informées lundi."),
        Example("The Socialist Party lost the election.",
                source="Le Parti socialiste a perdu l'élection."),
        Example("Do we have enough artists capable of singing and dancing?",
                source="Avons-nous assez d'artistes capables de chanter et de danser ?"),
        Example("The [[Observatory Syrian]] of human rights gave the toll.",
                source="L'Observatoire syrien des droits de l'homme a donné le bilan."),
        Example("The Syrian Observatory for Human Rights gave the toll.",
                source="L'Observatoire syrien des droits de l'homme a donné le bilan."),
        Example("She staged her two new choreographies.",
                source="Elle a monté ses deux nouvelles chorégraphies."),
    ),
)
