"""OMI011: a possessive or an opening phrase left without its noun ("Apple's of larger screens", "On your hands will react")."""
from __future__ import annotations

from ...findings import Category, Hit, Severity
from ...registry import Example, Rule
from .orphans import DETERMINERS, FRENCH_DETERMINERS, FRENCH_PREPOSITIONS, _adjacent, _beads, _french_noun

# after a possessive these show that its noun is gone: a preposition that never follows 'is' in a contraction
# ("the company's in talks" is 'is'), or a finite verb ("today's was")
AFTER_POSSESSIVE = frozenset("""of from by during among between was were is are has had have will would can could
""".split())
CONTRACTIONS = frozenset("""it's he's she's that's there's what's who's let's here's where's how's when's why's
one's""".replace("'", "’").split()) | frozenset("""it's he's she's that's there's what's who's let's here's where's
how's when's why's one's""".split())
OPENING_PREPOSITIONS = frozenset("of at on in from with for by to among during after before under over".split())
# finite verbs that need a subject before them; 'is', 'was'… are left out: "On the table was a letter" inverts
FINITE = frozenset("have has had will would can could may might must should shall does did do".split())
NEARBY = 5  # French tokens on each side of the possessor's counterpart where its noun may stand
OPENING = 5  # French tokens at the start of the sentence where the subject noun may stand


def _orphan_nouns(bead, low: int, high: int) -> list[int]:
    """French nouns (after a determiner or a preposition) with no counterpart, between token positions."""
    fr = bead.fr
    return [q for q in range(max(1, low), min(len(fr), high)) if bead.fr_orphan(q) and fr[q].text.islower()
            and fr[q - 1].low.replace("’", "'") in FRENCH_DETERMINERS | FRENCH_PREPOSITIONS and _french_noun(fr[q])]


def possessive_gaps(text: str, bead) -> list[tuple[int, int, int]]:
    """(English start, end, French token) for "Apple's of larger screens", "today's was surprisingly…"."""
    en, out = bead.en, []
    for p in range(len(en) - 1):
        x, y = en[p], en[p + 1]
        if not x.low.endswith(("'s", "’s")) or x.low in CONTRACTIONS or y.low not in AFTER_POSSESSIVE:
            continue
        if not _adjacent(text, x, y):
            continue
        h = bead.en_linked(p, firm=True)
        nouns = (_orphan_nouns(bead, h - NEARBY, h + NEARBY + 1) if h is not None
                 else _orphan_nouns(bead, 1, len(bead.fr)))
        if nouns:
            where = h if h is not None else 0
            out.append((x.start, y.end, min(nouns, key=lambda q: abs(q - where))))
    return out


def opening_gaps(bead) -> list[tuple[int, int, int]]:
    """(English start, end, French token) for a statement that opens on a prepositional phrase directly followed
    by a finite verb ("On your hands will react", "Of encephalitis vaccine have been pledged") while a French
    noun at the start of the sentence has no counterpart: the subject the phrase belonged to."""
    en = bead.en
    if len(en) < 4 or en[0].low not in OPENING_PREPOSITIONS or not en[0].text[0].isupper():
        return []
    for p in range(1, min(len(en) - 1, 8)):
        token = en[p]
        if token.text in ",;:()" or token.low in ("and", "or", "but", "that", "which", "who", "where", "when"):
            return []  # an adverbial closed by a comma, or a clause: OMI003 and OMI005 read those
        if token.low in FINITE:
            after = en[p + 1]
            if after.low in DETERMINERS or after.text[0].isupper() or after.text in "?!":
                return []  # an inversion or a question ("For how long can the…")
            nouns = _orphan_nouns(bead, 1, OPENING)
            return [(en[0].start, token.end, nouns[0])] if nouns else []
    return []


def check(ctx):
    text = ctx.doc.text
    for pair, bead in _beads(ctx):
        if text[slice(*pair.target_span)].rstrip().endswith("?"):
            continue
        for start, end, q in possessive_gaps(text, bead) + opening_gaps(bead):
            word = bead.fr[q]
            yield Hit(start, end, f"A word is missing here: the source's “{word.text}” has no counterpart, and the "
                                  "English is left without its noun.", source_span=(word.start, word.end))


RULE = Rule(
    code="OMI011",
    name="headless-phrase",
    category=Category.OMISSION,
    severity=Severity.WARNING,
    summary="A possessive or an opening phrase left without its noun ('Apple's of larger screens', 'On your hands will react').",
    check=check,
    requires=("pair.sentences", "pair.words"),
    doc="""\
## What it does
Reads each aligned sentence pair and reports two shapes that a dropped noun leaves in English, when
the French shows a noun (after a determiner or a preposition) with no English counterpart:

- a possessive directly followed by a preposition that never follows a contracted *is* (*of, from,
  by, during, among, between*) or by a finite verb ("Apple's of larger screens", "today's was
  surprisingly interesting") for *l'introduction par Apple d'écrans plus grands*, *le match
  d'ouverture d'aujourd'hui*; the French noun must stand within five words of the possessor's
  counterpart;
- a statement that opens on a prepositional phrase directly followed by a finite auxiliary or modal
  ("On your hands will react", "Of encephalitis vaccine have been pledged") while one of the first
  French words is a noun with no counterpart (*L'humidité sur vos mains va réagir*): the subject the
  phrase belonged to.

Not reported: a contraction ("it's", "there's"), a possessive before 'in', 'at', 'on', 'for' or 'with'
("the company's in talks" is a contracted *is*), an elliptical possessive before punctuation ("not a
juvenile's."), an opening phrase closed by a comma (OMI003 reads those), an inversion ("On the table
lay a letter", "In no case will the…" before a determiner) and a question.
On DEMETR it finds five removed subjects that no other rule finds and flags none of the human
references or unperturbed translations; on the 108 French-original WMT14 professional references it
warns on no word (development data: `benchmarks/demetr.py --modes bi`,
`benchmarks/artefacts_wmt.py --bilingual --per-rule`).

## Why is this bad?
A translation that drops a noun often keeps the words that belonged to it, so the sentence still
reads at a glance while the thing it talks about is gone.

## Example
Source: `L'humidité sur vos mains va réagir avec les couches extérieures.`
Translation: `On your hands will react with the outer layers.` → *humidité* is missing.
""",
    examples=(
        Example("[[On your hands will]] react with the outer layers and produce a sort of shell.",
                source="L'humidité sur vos mains va réagir avec les couches extérieures et produire une sorte "
                       "de coquille."),
        Example("[[Apple's of]] larger screens may have appealed to many buyers.",
                source="L'introduction par Apple d'écrans plus grands a peut-être séduit beaucoup d'acheteurs."),
        Example("As for the league, [[today's was]] surprisingly interesting.",
                source="Quant à la ligue, le match d'ouverture d'aujourd'hui était étonnamment intéressant."),
        Example("[[Of vaccine have]] also been pledged by the government.",
                source="Des millions de flacons de vaccin ont également été promis par le gouvernement."),
        Example("The [[minister's was]] rejected by the assembly on Monday.",
                source="Le projet du ministre a été rejeté par l'assemblée lundi."),
        Example("Moisture on your hands will react with the outer layers.",
                source="L'humidité sur vos mains va réagir avec les couches extérieures."),
        Example("The company's in talks with two banks about the loan.",
                source="L'entreprise est en discussion avec deux banques au sujet du prêt.",
                note="a contracted 'is'"),
        Example("The sample shows adult plumage and not a juvenile's.",
                source="L'échantillon montre un plumage d'adulte et non celui d'un individu juvénile.",
                note="an elliptical possessive"),
        Example("In the end, the minister's plan was rejected.",
                source="Finalement, le projet du ministre a été rejeté.", note="the noun is there"),
        Example("In no case can the state pay for it.",
                source="En aucun cas l'État ne peut le payer.", note="an inversion after a negative phrase"),
        Example("At the border will stand a new checkpoint.",
                source="À la frontière se dressera un nouveau poste de contrôle.",
                note="a verb with its subject after it"),
    ),
)

RULES = (RULE,)
