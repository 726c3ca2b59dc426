"""OMI008: a French sentence whose subject is 'je', 'tu', 'nous' or 'vous' rendered with no English word of that person."""
from __future__ import annotations

import re

from ...findings import Category, Hit, Severity
from ...registry import Example, Rule
from .orphans import _Bead, _beads, _french_subjects

# every English form of each person: a translation may turn a French subject into an object or a possessive
# ("il me suffit de" → "all I have to do"), so only a sentence with none of them has lost the person
# the first person singular and plural together: "nous vivons" may become "my family lives"
ENGLISH_FORMS = {
    "first": frozenset("""i me my mine myself i'm i've i'd i'll we us our ours ourselves we're we've we'd we'll
let's""".split()),
    "second": frozenset("you your yours yourself yourselves you're you've you'd you'll".split()),
}
FRENCH_SUBJECTS = {"je": "first", "j'": "first", "tu": "second", "nous": "first", "vous": "second"}
# 'nous' and 'vous' are object clitics too ("la lecture vous aiderait"): they count as subjects only where a
# clause begins, at the start of the sentence or after punctuation or one of these
CLAUSE_STARTS = frozenset("""et mais ou que qu' si quand lorsque lorsqu' comme car où puis donc alors puisque
puisqu' parce""".split())
MIN_WORDS = 6  # a headline or a short exclamation drops its subject on purpose
ENGLISH_WORD_RE = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")


def _clause_start(bead: _Bead, q: int) -> bool:
    return q == 0 or not bead.fr[q - 1].text[0].isalpha() or bead.fr[q - 1].low.replace("’", "'") in CLAUSE_STARTS


def lost_persons(text: str, bead: _Bead, span: tuple[int, int],
                 around: tuple[int, int] | None = None) -> list[tuple[int, int]]:
    """(French pronoun token, French verb token) for each person the French sentence has as a subject and the
    English sentence never mentions, nor the English sentences just around it (`around`: a French sentence
    the aligner split across two beads keeps its person in the other)."""
    sentence = text[span[0]:span[1]].rstrip(" \n\"”»’'")
    words = [m.group().lower().replace("’", "'") for m in ENGLISH_WORD_RE.finditer(text, *span)]
    if sentence.endswith(("?", "!")) or len(words) < MIN_WORDS:
        return []  # "Fancy a glow-in-the-dark ice cream?" for *Vous avez envie d'une glace fluo ?*: idiomatic
    english = {m.group().lower().replace("’", "'") for m in ENGLISH_WORD_RE.finditer(text, *(around or span))}
    out, seen = [], set()
    for q, verb in _french_subjects(bead):
        low = bead.fr[q].low.replace("’", "'")
        person = FRENCH_SUBJECTS.get(low)
        if person is None or person in seen or low in ("nous", "vous") and not _clause_start(bead, q):
            continue
        if not english & ENGLISH_FORMS[person]:
            seen.add(person)
            out.append((q, verb))
    return out


def _around(pairs, pair) -> tuple[int, int]:
    """The English text of the beads just before and after `pair`, with its own."""
    index = pairs.index(pair)
    spans = [p.target_span for p in pairs[max(0, index - 1):index + 2] if p.target]
    return min(s for s, _ in spans), max(e for _, e in spans)


def check(ctx):
    text = ctx.doc.text
    pairs = ctx.get("pair.sentences")
    for pair, bead in _beads(ctx):
        for q, verb in lost_persons(text, bead, pair.target_span, _around(pairs, pair)):
            p = bead.fr_linked(verb)
            anchor = bead.en[p] if p is not None else bead.en[0]
            pronoun = bead.fr[q]
            word = pronoun.text.rstrip("'’")
            yield Hit(anchor.start, anchor.end,
                      f"The source's subject “{word}” has no counterpart: no English word of this sentence "
                      "says who acts.", source_span=(pronoun.start, pronoun.start + len(word)))


RULE = Rule(
    code="OMI008",
    name="lost-person",
    category=Category.OMISSION,
    severity=Severity.WARNING,
    summary="A French subject 'je', 'tu', 'nous' or 'vous' with no English word of the same person in the sentence.",
    check=check,
    requires=("pair.sentences", "pair.words"),
    doc="""\
## What it does
Finds the French subject pronouns of the first and second person in each aligned sentence pair
(*je*, *tu*, *nous*, *vous*, with the verb they govern; *nous* and *vous* only where a clause begins,
since they are object clitics too: *la lecture vous aiderait*) and reports the sentence when its
English counterpart holds no word of that person at all: no *I, me, my, mine, myself* for *je*, no
*we, us, our* for *nous*, in the aligned English sentence or the sentences just around it (the two
persons count together: *nous vivons* may become "my family
lives"), no *you, your* for *vous* and *tu*. A translation may turn a subject into an
object or a possessive (*il me suffit de lire* → "all I have to do is read") and still names the
person; an English sentence with none of its forms has lost who acts ("but have not heard that a
complaint was filed" for *mais je n'ai pas entendu dire*). The third person is left to OMI005: *il*,
*elle*, *ils* may be rendered by a name or a noun. The finding sits on the English word that renders
the French verb (the start of the sentence when none does); the source span is the pronoun. Questions,
exclamations and sentences under six words are left alone: "Fancy a glow-in-the-dark ice cream?" renders
*Vous avez envie d'une glace fluo ?* idiomatically. On the 108
French-original WMT14 professional references it reports no sentence (development data:
`benchmarks/artefacts_wmt.py --bilingual`).

## Why is this bad?
Without its subject the reader attributes the action to someone else: the speaker's own experience
becomes an anonymous fact, or the reader's obligation becomes a general statement.

## Example
Source: `Un avocat a annoncé un recours, mais je n'ai pas entendu dire qu'une plainte avait été déposée.`
Translation: `A lawyer announced an appeal, but have not heard that a complaint was filed.`
""",
    examples=(
        Example("A lawyer announced an appeal, but have not [[heard]] that a complaint was filed.",
                source="Un avocat a annoncé un recours, mais je n'ai pas entendu dire qu'une plainte avait été "
                       "déposée."),
        Example("In the late seventies in the Midlands, only [[saw]] this from afar.",
                source="À la fin des années 70 dans les Midlands, je ne voyais cela que de loin."),
        Example("Keep it up and will [[encourage]] the others to work less.",
                source="Continuez comme ça et vous encouragerez les autres à travailler moins."),
        Example("As [[watched]] the eclipse from Melbourne, the moon rose briefly between the clouds.",
                source="Alors que je regardais l'éclipse depuis Melbourne, la lune s'est levée brièvement "
                       "entre les nuages."),
        Example("Fancy a glow-in-the-dark ice cream for the summer holidays?",
                source="Vous avez envie d'une glace fluo pour les vacances d'été ?", note="a question"),
        Example("Since 2010, have [[lived]] in Lyon with the whole family.",
                source="Depuis 2010, nous vivons à Lyon avec toute la famille."),
        Example("A lawyer announced an appeal, but I have not heard that a complaint was filed.",
                source="Un avocat a annoncé un recours, mais je n'ai pas entendu dire qu'une plainte avait été "
                       "déposée."),
        Example("If one day I start to feel guilty, all I have to do is read an article like this.",
                source="Si un jour je commence à culpabiliser, il me suffit de lire un article comme celui-ci."),
        Example("Reading this introduction would help you learn a lot about Persian grammar.",
                source="La lecture de cette introduction vous aiderait à apprendre beaucoup sur la grammaire "
                       "persane.", note="'vous' as an object clitic"),
        Example("The minister only signed the decree on Monday, my sources say.",
                source="Le ministre n'a signé le décret que lundi, selon mes sources.", note="ne … que"),
        Example("We came, saw the damage and left before the night.",
                source="Nous sommes venus, nous avons vu les dégâts et nous sommes partis avant la nuit.",
                note="a subject shared in a coordination"),
        Example("They said the company would close, and that it would not reopen.",
                source="Ils ont dit que l'entreprise fermerait, et qu'elle ne rouvrirait pas.",
                note="the third person is OMI005's"),
    ),
)

RULES = (RULE,)
