"""OMI003: an English sentence broken where a word was dropped ("the around", "can the"), its source word unlinked."""
from __future__ import annotations

import re
from dataclasses import dataclass

from ...findings import Category, Hit, Severity
from ...registry import Example, Rule

TOKEN_RE = re.compile(r"[^\W_]+(?:[-'’][^\W_]+)*|[.,;:!?)\]]")
ARTICLES = frozenset("the a an".split())
# determiners that are never pronouns (his, her, this, that… are, so they are left out)
DETERMINERS = ARTICLES | frozenset("their its our my your".split())
PREPOSITIONS = frozenset("""of to in on at by for from with about around after into through during without
against among between toward towards than via upon within""".split())
CONJUNCTIONS = frozenset("and or but nor that which whose whom if because although whereas".split())
# finite auxiliaries that are never nouns ("the will", "a can", "a must", "the might" are)
AUXILIARIES = frozenset("is are was were been has had would could should shall does did".split())
PRONOUNS = frozenset("""itself himself herself themselves themself ourselves myself yourself he she it they we
i you him them us me""".split())
PUNCTUATION = frozenset(".,;:!?)]")
# a determiner followed by one of these has lost its noun ("from the around 1200 GMT", "their.")
AFTER_DETERMINER = PREPOSITIONS | CONJUNCTIONS | AUXILIARIES | PRONOUNS | PUNCTUATION | DETERMINERS
# a modal followed by a determiner has lost its verb ("they will the tour"); not "should": "should
# an error occur" inverts; nor punctuation or a preposition: "as much as they can.", "we can at last"
VERB_MODALS = frozenset("can could will would must".split())
APPROXIMATORS = frozenset("about around some".split())  # "their about thirty cases": before a number
NUMBER_WORDS = frozenset("""two three four five six seven eight nine ten eleven twelve fifteen twenty thirty
forty fifty sixty seventy eighty ninety hundred hundreds thousand thousands dozen dozens""".split())
# a subject pronoun directly followed by a determiner or a preposition has lost its verb ("he on shows",
# "they the tour"); not before the adverbial idioms that may follow a subject ("they in turn", "he at first")
VERBLESS_SUBJECTS = frozenset("he she they".split())
SUBJECT_PREPOSITIONS = frozenset("on in at to from with by for into through during about against".split())
SUBJECT_IDIOMS = frozenset("""turn particular first least last once part fact general effect short addition
return all any both each either order person charge spite""".split())
# a name opening a clause after a comma, directly followed by a possessive, has lost its verb ("…, Bush his
# plan"); after a verb it is a second object ("gave Obama his chance")
NAME_POSSESSIVES = frozenset("his their its".split())
PLACE_ADVERBS = frozenset("anywhere everywhere somewhere nowhere".split())  # "can anywhere": a lost verb
# words that a 'than' answers ("more … than", "rather than", "other than"); any word in -er counts too
COMPARATIVES = frozenset("""more less worse rather other else otherwise different differently prefer prefers
preferred preferable superior inferior twice instead""".split())
# a sentence opening on a finite auxiliary and not asking a question has lost its subject
OPENING_AUXILIARIES = frozenset("is are was were has had can could would should must does did".split())


@dataclass(frozen=True, slots=True)
class Seam:
    """Where a word is missing in an English sentence: the two tokens on either side of the gap."""

    start: int  # offsets of the tokens around the gap (the first token alone when the gap opens the sentence)
    end: int
    kind: str  # "noun", "verb", "participle", "predicate", "comparative" or "subject"


def _tokens(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group()) for m in TOKEN_RE.finditer(text, start, end)]


def seams(text: str, start: int, end: int) -> list[Seam]:
    """Places in the sentence text[start:end] where the grammar shows a dropped noun, verb or subject."""
    tokens = _tokens(text, start, end)
    if not tokens or text[start:end].rstrip().endswith("?"):
        return []  # a question may open on an auxiliary and put its subject after it
    out = []
    first = tokens[0][2]
    statement = text[start:end].rstrip().endswith(".")  # a headline may drop its subject on purpose
    if statement and first.lower() in OPENING_AUXILIARIES and first[0].isupper() and len(tokens) > 2:
        follower = tokens[1][2]
        if follower.lower() not in PRONOUNS and follower.lower() not in DETERMINERS and not follower[0].isupper():
            out.append(Seam(tokens[0][0], tokens[0][1], "subject"))
    for k, ((s1, e1, a), (s2, e2, b)) in enumerate(zip(tokens, tokens[1:])):
        low_a, low_b = a.lower(), b.lower()
        after = tokens[k + 2][2].lower() if k + 2 < len(tokens) else ""
        if low_b in APPROXIMATORS and (after[:1].isdigit() or after in NUMBER_WORDS):
            continue  # "their about thirty cases": the number is the noun phrase
        if b == "." and e2 < end and text[e2].isalpha():
            continue  # "5 a.m.": an abbreviation
        if b != low_b and low_b not in ("i",) or (s2 > e1 and text[e1:s2].strip()):
            continue  # a capitalised word (a name, a title) or a dash/quote between: not a plain seam
        if a == "A" and s1 > start:
            continue  # "vitamin A", "Plan A": a letter, not an article
        if low_a == low_b:
            continue  # "the the": a doubled word, which REP001 reports, not a dropped one
        before = text[start:s1].rstrip()
        if low_a in DETERMINERS and low_b in AFTER_DETERMINER and not before.endswith(("“", '"', "'")):
            out.append(Seam(s1, e2, "noun"))
        elif (low_a in VERB_MODALS and (low_b in DETERMINERS or low_b in PLACE_ADVERBS) and s1 > start
              and _previous(tokens, s1) not in DETERMINERS | PREPOSITIONS):
            out.append(Seam(s1, e2, "verb"))
        elif a[:1].isupper() and low_b in NAME_POSSESSIVES and _clause_subject(tokens, k):
            out.append(Seam(s1, e2, "predicate"))
        elif low_a == "been" and low_b == "by" and after != "far" and not _by_side(tokens, k):
            out.append(Seam(s1, e2, "participle"))
        elif (low_a in VERBLESS_SUBJECTS and (low_b in ARTICLES or low_b in SUBJECT_PREPOSITIONS)
              and after not in SUBJECT_IDIOMS and _previous(tokens, s1) not in ("than", "as", "and", "or")):
            out.append(Seam(s1, e2, "predicate"))
        elif low_b == "than" and s1 > start and not _comparative_before(tokens, k + 1):
            out.append(Seam(s1, e2, "comparative"))
    return out


def _clause_subject(tokens: list[tuple[int, int, str]], k: int) -> bool:
    """Whether tokens[k] ends a run of capitalised words right after a comma ("…, Bush"); a sentence's first
    word is left alone, capitalised whatever it is ("In his speech")."""
    i = k
    while i > 0 and tokens[i - 1][2][:1].isupper():
        i -= 1
    return i > 0 and tokens[i - 1][2] in (",", ";")


def _by_side(tokens: list[tuple[int, int, str]], k: int) -> bool:
    """'has been by her side': a place, not a passive that lost its participle."""
    return any(t[2].lower() == "side" for t in tokens[k + 2:k + 5])


def _comparative_before(tokens: list[tuple[int, int, str]], k: int) -> bool:
    for _, _, token in tokens[:k]:
        low = token.lower()
        if low in COMPARATIVES or (len(low) > 3 and low.endswith("er")):
            return True
    return False


def _previous(tokens: list[tuple[int, int, str]], start: int) -> str:
    before = [t for s, _, t in tokens if s < start]
    return before[-1].lower() if before else ""


def _source_span(pair, links, seam: Seam) -> tuple[int, int]:
    """The unlinked source word nearest the seam's relative place, else the whole source sentence."""
    if links is None or not links.unlinked_source or not links.target:
        return pair.source_span
    t_start, t_end = pair.target_span
    where = (seam.start - t_start) / max(t_end - t_start, 1)
    s_start, s_end = pair.source_span
    best = min(links.unlinked_source,
               key=lambda i: abs((links.source[i].start - s_start) / max(s_end - s_start, 1) - where))
    word = links.source[best]
    return word.start, word.end


MESSAGES = {
    "noun": "A word is missing here: the determiner has no noun after it, and the source has one.",
    "verb": "A word is missing here: the modal has no verb after it, and the source has one.",
    "participle": "A word is missing here: 'been' has no participle after it, and the source has a verb.",
    "predicate": "A word is missing here: the subject has no verb after it, and the source has one.",
    "comparative": "A word is missing here: 'than' has no comparative before it, and the source has one.",
    "subject": "A word is missing here: the sentence has no subject before its verb, and the source has one.",
}


def check(ctx):
    text = ctx.doc.text
    for pair, links in zip(ctx.get("pair.sentences"), ctx.get("pair.words")):
        if not pair.source or not pair.target or pair.score < 0.5:
            continue
        source = ctx.source.text[slice(*pair.source_span)]
        if seams(source, 0, len(source)):
            continue  # the source reads the same way (a quoted fragment, a title): not a translation slip
        for seam in seams(text, *pair.target_span):
            yield Hit(seam.start, seam.end, MESSAGES[seam.kind], source_span=_source_span(pair, links, seam))


RULE = Rule(
    code="OMI003",
    name="dropped-word-seam",
    category=Category.OMISSION,
    severity=Severity.WARNING,
    summary="An English sentence broken where a word was dropped: a determiner or modal with nothing after it.",
    check=check,
    requires=("pair.sentences", "pair.words"),
    doc="""\
## What it does
Looks in each English sentence aligned with its source for the seams that a dropped word leaves
behind, using closed word classes only: an article or a possessive determiner directly followed
by a preposition, a conjunction, an auxiliary, a pronoun, another determiner or punctuation ("the
vehicle was removed from the after the accident", "tailored to their."), a modal directly followed
by a determiner ("the unions will the strike"), and a statement ending in a full stop that opens
on a finite auxiliary followed by neither a pronoun, a determiner nor a name ("Can also seek
advice."), a subject pronoun directly followed by an article or a preposition ("he on shows",
"they the tour"; not "they in turn", "he at first") or a name after a comma directly followed by
his / their / its ("…, Bush his plan"; not "gave Obama his chance"), "been by" ("have been by the government"; not
"by far", "by her side"), and a "than" with no comparative before it in the sentence ("occurs than
culture shock"; any word in -er counts as one, as do more, less, rather, other, different…). The source
span is the source word that the word aligner left without a counterpart nearest that place
(else the whole source sentence). Words that are also nouns ("the will", "a can", "a must") are
not treated as auxiliaries, "should" before a determiner is an inversion ("should an error
occur"), a modal before punctuation is an ellipsis ("as much as they can."), "about thirty" after a
determiner is a number, a capital "A" inside a sentence is a letter, and a source sentence that
shows the same seam (a quoted fragment) is not compared. On the 3,003 WMT14 newstest references
it finds nothing; on DEMETR it finds a quarter of the removed nouns and a sixth of the removed
subjects (development figures: the patterns were chosen on those sets).

## Why is this bad?
A machine translation that drops a noun, a verb or a subject leaves a sentence an editor may
skim past, while the claim lost a participant or its action.

## Example
Source: `Le véhicule a été enlevé du lieu de l'accident après l'accident.`
Translation: `The vehicle was removed from the after the accident.` → *the after*: *lieu* is missing.
""",
    examples=(
        Example("The vehicle itself was removed from [[the after]] the accident on the same day.",
                source="Le véhicule lui-même a été enlevé du lieu de l'accident après l'accident le même jour."),
        Example("You can also seek advice from other governments, but their advice is tailored to [[their.]]",
                source="Vous pouvez également avoir recours aux conseils d'autres gouvernements, mais leurs "
                       "conseils sont adaptés à leurs citoyens."),
        Example("The unions [[will the]] strike until Thursday at least.",
                source="Les syndicats maintiendront la grève au moins jusqu'à jeudi."),
        Example("[[Can]] also seek advice from governments other than your own.",
                source="Vous pouvez également avoir recours aux conseils d'autres gouvernements que le vôtre."),
        Example("The minister presented [[the of]] the reform to parliament on Wednesday.",
                source="Le ministre a présenté les grandes lignes de la réforme au parlement mercredi."),
        Example("During the 1980s [[he on]] shows such as Taxi, Cheers and The Tracy Ullman Show.",
                source="Pendant les années 1980, il a travaillé sur des spectacles tels que Taxi et Cheers."),
        Example("Several million vials of vaccine have also [[been by]] the government.",
                source="Plusieurs millions de flacons de vaccin ont également été promis par le gouvernement."),
        Example("Reintegration shock [[occurs than]] culture shock and lasts longer.",
                source="Le choc de réinsertion se produit plus tôt que le choc culturel et dure plus longtemps."),
        Example("Severe weather conditions can occur anywhere in the world.",
                source="Les conditions météorologiques très défavorables peuvent se produire n'importe où "
                       "dans le monde."),
        Example("The will of the people must be respected, the minister said.",
                source="La volonté du peuple doit être respectée, a déclaré le ministre.",
                note="'will' as a noun after a determiner"),
        Example("Can the government still save the reform?",
                source="Le gouvernement peut-il encore sauver la réforme ?", note="a question"),
        Example("Vitamin A is found in carrots and in the liver of fish.",
                source="La vitamine A se trouve dans les carottes et dans le foie des poissons.",
                note="a letter, not an article"),
        Example("Firefighters take their about thirty serious cases a day to other hospitals.",
                source="Les pompiers emmènent leurs quelque trente cas graves par jour vers d'autres hôpitaux.",
                note="an approximate number after the determiner"),
        Example("She has been by her husband's side throughout the trial, and they in turn thanked her.",
                source="Elle est restée aux côtés de son mari pendant tout le procès, et ils l'ont remerciée "
                       "à leur tour.",
                note="'been by … side' is a place; 'they in turn' an idiom"),
        Example("Prices rose faster in the north than in the south, and sooner than expected.",
                source="Les prix ont augmenté plus vite au nord qu'au sud, et plus tôt que prévu.",
                note="'than' answers a comparative"),
        Example("The vehicle was removed from the crash site around 1200 GMT the same day.",
                source="Le véhicule a été enlevé du lieu de l'accident vers 12 h 00 GMT le même jour."),
    ),
)

RULES = (RULE,)
