"""OMI013: an English break that OMI003 leaves alone as ambiguous, confirmed by an unrendered French word."""
from __future__ import annotations

from ...findings import Category, Hit, Severity
from ...lang.folding import fold
from ...registry import Example, Rule
from .seams import FREQUENCY_ADVERBS, seams
from .orphans import (AUXILIARIES as ENGLISH_AUXILIARIES, BE_FORMS, FRENCH_AUXILIARIES, FRENCH_CLITICS, FRENCH_NEGATION,
                      FRENCH_SUBJECTS, SKIPPED_BEFORE_VERB, SUBJECTS, _adjacent, _Bead, _beads, _french_subjects)
from .stranded import FRENCH_ADVERBS, PARTICIPLE_ENDINGS, _linked_around, _orphan_noun_between

DETERMINERS = frozenset("the a an its their our my your".split())
# after a determiner these show its noun is gone (OMI003 reports most of them; this rule the ones it stands back
# from, after a quotation mark, say); a modal after a determiner too when a verb follows ("on your will react")
AFTER_DETERMINER = frozenset("""of from by during among between over under into with for on in at to has have had is
are was were . ; : ! ? )""".split())
MODALS = frozenset("will can may must".split())
# a preposition opening a sentence, or after 'as', and directly followed by a comma lost its noun ("As for, today's
# opener", "For, I have"); a preposition before 'such as' lost the noun the examples are of ("worked on such as")
OPENING_PREPOSITIONS = frozenset("for of from with about on in at by".split())
SUCH_PREPOSITIONS = frozenset("on in of with about from for among".split())
# a subject pronoun directly followed by one of these lost its verb ("As I the eclipse", "he up to the plate");
# OMI003 leaves a pronoun after 'as', 'than', 'and', 'or' alone, which the source decides here
SUBJECT_PRONOUNS = frozenset("i he she we they".split())
AFTER_SUBJECT = DETERMINERS | frozenset("this these those up down out off".split())
AUXILIARIES = frozenset(fold(w) for w in FRENCH_AUXILIARIES)
TRIGGERS = DETERMINERS | OPENING_PREPOSITIONS | SUCH_PREPOSITIONS | SUBJECT_PRONOUNS  # the first word of a break
FINITE_ENDINGS = ("e", "es", "ent", "ait", "ais", "aient", "ons", "ez", "it", "is", "ut", "a", "ont", "era", "eront",
                  "erait", "eraient", "ai", "as")


def _finite_orphan(bead: _Bead, low: int, high: int) -> int | None:
    """A conjugated French verb with no counterpart right after a subject pronoun (clitics and 'ne' skipped),
    between token positions, as a token position."""
    fr = bead.fr
    for q in range(max(low, 0) + 1, min(high, len(fr))):
        token = fr[q]
        if not bead.fr_orphan(q) or not token.text.isalpha() or not token.text.islower():
            continue
        if fold(token.low) in AUXILIARIES:
            continue
        k = q - 1
        while k >= 0 and (fr[k].low in FRENCH_NEGATION | FRENCH_ADVERBS or fr[k].low.endswith("ment")):
            k -= 1  # "n'ai pas vu", "avons également visité"
        if k >= 0 and fold(fr[k].low) in AUXILIARIES and token.low.endswith(PARTICIPLE_ENDINGS):
            k -= 1  # a compound tense: the participle is the verb (*je n'ai vu ça*)
        elif not token.low.endswith(FINITE_ENDINGS):
            continue
        while k >= 0 and fr[k].low.replace("’", "'") in (FRENCH_CLITICS | FRENCH_NEGATION) - FRENCH_SUBJECTS:
            k -= 1  # object clitics and 'ne' ("il ne les a"); 'nous' and 'vous' next to the verb are its subject
        if k >= 0 and fr[k].low.replace("’", "'") in FRENCH_SUBJECTS:
            return q
    return None


def _shape(text: str, en, lows: list[str], p: int) -> str | None:
    """'noun' or 'verb' when English tokens p and p + 1 show a dropped word, else None."""
    x, y, low_x, low_y = en[p], en[p + 1], lows[p], lows[p + 1]
    after = lows[p + 2] if p + 2 < len(en) else ""
    if not _adjacent(text, x, y):
        return None
    if low_x in DETERMINERS:
        if low_y in MODALS and after.isalpha() and after not in DETERMINERS | AFTER_DETERMINER:
            return "noun"
        if (x.text != "A" or p == 0) and low_y in AFTER_DETERMINER:
            return "noun"
        return None
    if low_x in OPENING_PREPOSITIONS and y.text == "," and (p == 0 or p == 1 and lows[0] == "as"):
        return "noun"
    if low_x in SUCH_PREPOSITIONS and low_y == "such" and after == "as":
        return "noun"
    if low_x in SUBJECT_PRONOUNS and low_y in FREQUENCY_ADVERBS and after in AFTER_SUBJECT:
        return "verb"  # "I only this from afar": an adverb where the verb was (not a numeral: "War I only")
    if low_x == "i" and (x.text != "I" or p and en[p - 1].text[0].isupper() and p - 1 > 0):
        return None  # "World War I the…": a numeral
    if low_x in SUBJECT_PRONOUNS and low_y in AFTER_SUBJECT:
        return "verb"
    return None


def confirmed_gaps(text: str, bead: _Bead, span: tuple[int, int]) -> list[tuple[int, int, int]]:
    """(English start, end, French token) for each English break whose French side holds a word with no
    counterpart of the kind the break lacks (not those OMI003 reports without the source)."""
    en, out, known = bead.en, [], None
    lows = [t.text.lower() for t in en]
    for p in range(len(en) - 1):
        if lows[p] not in TRIGGERS:
            continue
        kind = _shape(text, en, lows, p)
        if kind is None:
            continue
        if known is None:  # OMI003's own reading, only for a sentence with a candidate
            known = {seam.start for seam in seams(text, *span)}
        if en[p].start in known:
            continue
        # the adverb where the verb was ("we also the") renders a French adverb that may follow the verb
        before, after = _linked_around(bead, p + 1 if lows[p + 1] in FREQUENCY_ADVERBS else p)
        if lows[p + 1] in FREQUENCY_ADVERBS:
            before = _linked_around(bead, p)[0]
        if kind == "noun":
            q = _orphan_noun_between(bead, before, after)
        else:
            q = _finite_orphan(bead, -1 if before is None else before - 1, len(bead.fr) if after is None else after)
        if q is not None:
            out.append((en[p].start, en[p + 1].end, q))
    return out


# subject pronouns that never stand for a noun (nous, vous are object clitics as often: "nous permet")
PERSONAL = frozenset("je j' tu".split())


def subjectless_verbs(bead: _Bead) -> list[tuple[int, int, int]]:
    """(English start, end, French token) for an English verb that renders a French verb with a subject pronoun
    (*je commence*) while the English word before it (auxiliaries and adverbs skipped) renders a
    French word before that pronoun: nothing in English stands for the subject ("one day start to")."""
    en, fr, out = bead.en, bead.fr, []
    if not any(t.text.lower().replace("’", "'") in PERSONAL for t in fr):
        return out  # most news sentences have no first or second person
    for q, verb in _french_subjects(bead):
        if fr[q].low.replace("’", "'") not in PERSONAL:
            continue  # a third person may be rendered by its antecedent ("Montebourg needs" for *il a besoin*)
        p = bead.fr_linked(verb)
        if p is None or p < 1 or bead.en_linked(p, firm=True) != verb or en[p].low.endswith("ing"):
            continue
        k = p - 1
        while k >= 0 and (en[k].low in ENGLISH_AUXILIARIES | BE_FORMS | SKIPPED_BEFORE_VERB or en[k].text == "s"
                          or en[k].low.endswith("ly") and len(en[k].low) > 4):
            k -= 1
        if k < 0 or en[k].low in SUBJECTS or en[k].low == "to" or en[p - 1].low == "to":
            continue
        r = bead.en_linked(k, firm=True)
        if r is None or r >= q or fr[q - 1].text == ",":
            continue  # "Mon père, il dit": a subject set off before its pronoun is the English subject
        out.append((en[k].start, en[p].end, q))
    return out


def check(ctx):
    text = ctx.doc.text
    for pair, bead in _beads(ctx):
        if text[slice(*pair.target_span)].rstrip().endswith("?"):
            continue
        for start, end, q in confirmed_gaps(text, bead, pair.target_span) + subjectless_verbs(bead):
            word = bead.fr[q]
            yield Hit(start, end, f"A word is missing here: the source's “{word.text}” has no counterpart, and the "
                                  "English breaks where it would stand.", source_span=(word.start, word.end))


RULE = Rule(
    code="OMI013",
    name="confirmed-seam",
    category=Category.OMISSION,
    severity=Severity.WARNING,
    summary="An English break that is ambiguous alone ('As I the eclipse', 'on your will react'), its French word unrendered.",
    check=check,
    requires=("pair.sentences", "pair.words"),
    doc="""\
## What it does
Reads each aligned sentence pair for English breaks that OMI003 leaves alone because English text
sometimes has them on purpose, and reports one only when the French shows the word that fell out:

- a determiner directly followed by *will, can, may, must* and then a verb ("on your will react"), or
  by a preposition, an auxiliary or a closing punctuation mark where OMI003 stood back (after a
  quotation mark, say), when a French noun (after a determiner or a preposition) between the French
  counterparts of the English words around the break has no counterpart (*vos mains*);
- a preposition opening the sentence (or after *as*) directly followed by a comma ("As for, today's
  opener"), or a preposition before *such as* ("worked on such as Taxi"), with the same French test;
- a subject pronoun (*I, he, she, we, they*) directly followed by a determiner, a demonstrative or a
  particle ("As I the eclipse", "he up to the plate"), or by an adverb and then one of these ("we also
  the new stadium"), when a French verb conjugated right after its subject pronoun, or the participle
  after its auxiliary (*il a tenu*, *nous avons également visité*), has no counterpart there
  (*je regardais*);
- an English verb that renders a French verb after *je* or *tu* while the English word before it
  (auxiliaries and adverbs skipped) renders a French word that stands before the pronoun ("If one day
  start to feel guilty" for *Si un jour je commence*): nothing in English stands for the subject. Only
  the first and second person singular: a third person may be rendered by its antecedent
  ("Montebourg needs" for *il a besoin*), and *nous*, *vous* are object clitics as often (*nous
  permet*).

Not reported: a subject dropped in a coordination, where English shares it ("I arrived on Monday
and left on Tuesday"), a subject set off by a comma before its French pronoun (*Moi, je…*), a break
that OMI003 reports already, a question, a determiner before a modal used as a noun ("the will of
the people", "a can of beans"), a determiner before an approximate number ("from the around 1200
GMT" is a loss, but "their about thirty cases" stands in WMT14 references), a closing possessive
("not a juvenile's.", elliptical in human text), and any break whose French words are all rendered
(a slip of the pen, not a loss).
On DEMETR it finds six removed nouns, verbs, subjects and names that no other rule finds and flags
none of the human references or unperturbed translations; on the 108 French-original WMT14 professional
references it warns on no word (development data: `benchmarks/demetr.py --modes bi`,
`benchmarks/artefacts_wmt.py --bilingual --per-rule`). Tried and left: a comma before a verb whose
French subject pronoun is unrendered ("In 2009, generally pay") flagged a long subject closed by a
comma in WMT references twice for one DEMETR row; a French verb with no counterpart whose English
slot holds only grammatical words flagged 21 WMT reference words for 18 DEMETR rows; the last shape
above for every subject pronoun flagged 10 WMT reference words for 5 DEMETR rows.

## Why is this bad?
A machine translation that drops a noun or a verb keeps the words around it, and a break such as
"As I the eclipse" can pass for a typo; the source shows it is a lost word, and which.

## Example
Source: `Alors que je regardais l'éclipse depuis Melbourne, j'ai vu des lumières rouges.`
Translation: `As I the eclipse from Melbourne, I saw red lights.` → *regardais* is missing.
Source: `L'humidité sur vos mains va réagir avec les couches extérieures.`
Translation: `Moisture on your will react with the outer layers.` → *mains* is missing.
""",
    examples=(
        Example("Last year [[we also]] the new stadium.",
                source="L'an dernier, nous avons également visité le nouveau stade.",
                note="an adverb where the verb was, the French participle after its auxiliary unrendered"),
        Example("Last year we also visited the new stadium.",
                source="L'an dernier, nous avons également visité le nouveau stade."),
        Example("As [[I the]] eclipse from Melbourne, the sky turned red.",
                source="Alors que je regardais l'éclipse depuis Melbourne, le ciel est devenu rouge."),
        Example("The children were tired, as [[they the]] bus at six every morning.",
                source="Les enfants étaient fatigués, car ils prenaient le bus à six heures chaque matin."),
        Example("Moisture on [[your will]] react with the outer layers of the skin.",
                source="L'humidité sur vos mains va réagir avec les couches extérieures de la peau."),
        Example("As [[for,]] the opening match was surprisingly interesting.",
                source="Quant à la ligue, le match d'ouverture était étonnamment intéressant."),
        Example("During the 1980s he worked [[on such]] as Taxi and Cheers.",
                source="Pendant les années 1980, il a travaillé sur des séries telles que Taxi et Cheers."),
        Example("If one [[day start]] to feel guilty about it, I read an article like this one.",
                source="Si un jour je commence à me sentir coupable, je lis un article comme celui-ci."),
        Example("If one day I start to feel guilty about it, I read an article like this one.",
                source="Si un jour je commence à me sentir coupable, je lis un article comme celui-ci."),
        Example("I arrived in Paris on Monday and left for Lyon on Tuesday.",
                source="Je suis arrivé à Paris lundi et je suis reparti pour Lyon mardi.",
                note="a pronoun subject dropped in a coordination"),
        Example("As I watched the eclipse from Melbourne, I saw red lights in the sky.",
                source="Alors que je regardais l'éclipse depuis Melbourne, j'ai vu des lumières rouges dans le ciel."),
        Example("The will of the people was respected by the assembly.",
                source="La volonté du peuple a été respectée par l'assemblée.", note="'will' is a noun here"),
        Example("As for the league, the opening match was surprisingly interesting.",
                source="Quant à la ligue, le match d'ouverture était étonnamment intéressant."),
        Example("The minister only signed the decree on Monday, as I the next day.",
                source="Le ministre n'a signé le décret que lundi, comme moi le lendemain.",
                note="ne … que, and an elliptical comparison with no French verb"),
        Example("In 2009, the new law came into force, and they the following year.",
                source="En 2009, la nouvelle loi est entrée en vigueur, et eux l'année suivante.",
                note="a subject moved into an elliptical clause: no French verb of its own"),
        Example("For its part, the city council voted against the plan.",
                source="Pour sa part, le conseil municipal a voté contre le projet.",
                note="legitimate restructuring: the preposition has its noun"),
        Example("It happened in World War I the year after the treaty.",
                source="Cela s'est passé pendant la Première Guerre mondiale, l'année après le traité.",
                note="a numeral, not a pronoun"),
    ),
)

RULES = (RULE,)
