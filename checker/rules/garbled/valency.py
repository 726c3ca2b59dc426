"""GRB015: a verb linked to its object as its French counterpart is ('attended to the meeting', 'answered the')."""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from ...findings import Category, Severity
from ...registry import Example, Rule

_DET = r"(?:the|a|an|his|her|their|its|our|my|your|this|that|these|those|some|several|all|every|each)"
_OBJECT_CLASSES = {
    "any": rf"{_DET}\s+[\w'’-]+",
    # any noun phrase but a length of time or a turn ('waited the rescuers', not 'waited the whole night', 'their turn')
    "not-time": rf"{_DET}\s+(?!(?:whole|entire|full|rest|better|best|long|short|few|couple|little|bit|further|extra"
                r"|additional|turn|turns|moment|minute|minutes|second|seconds|while|week|weeks|day|days|month|months"
                r"|year|years|hour|hours|night|nights|time|decade|decades|same|other|next|last|required|requisite"
                r"|mandatory|usual|obligatory|statutory|customary|standard|new)\b)[\w'’-]+\b(?!\s+out\b)",
    # 'asked to the minister to resign': the person asked, then what is asked
    "request": rf"{_DET}\s+(?:[\w'’-]+\s+){{0,2}}?(?:to|whether|if)\s+(?-i:[a-z])",
    "pronoun-clause": r"(?:him|her|them|us|me)\s+(?:that|how|why|what|whether|the)\b",
    # 'transmitted him images': a French dative pronoun before the object ('her' is left out: 'explained her plans')
    "pronoun-object": r"(?:him|them|us|me)\s+(?:the|a|an|his|their|its|some|several|(?-i:[a-z]{3,}s))\b"
                      r"(?!\s+(?:to|for|as|with)\b)",
    # 'affirms to have seen': a perfect infinitive after a verb of saying
    "perfect": r"have\s+(?:been|had|seen|done|made|taken|given|received|heard|known|lost|won|found|met"
               r"|(?-i:[a-z]{3,}ed))\b",
}
# a passive or a reduced relative before the verb ('is said to have', 'the man believed to have')
_PASSIVE = re.compile(r"\b(?:is|are|was|were|be|been|being|widely|also|often|man|woman|men|women|people|one|who"
                      r"|person|group|official|officials|those)\s+$", re.I)
_LINKS = r"(?:to|of|in|on|at|for|from|with|by|into|about|the|a|an)"
# a subject, a modal, 'to' or 'not' before a form that is also a noun ('the answer to the question', 'the benefits of')
_SUBJECT = re.compile(r"\b(?:i|you|he|she|it|we|they|who|which|that|to|not|will|would|can|could|may|might|must"
                      r"|should|shall|did|does|do|also|never|finally|immediately|quickly|directly|still)\s+$", re.I)


@dataclass(frozen=True, slots=True)
class Valency:
    """One verb and the link its French counterpart takes, compiled."""

    words: frozenset[str]
    pattern: re.Pattern
    after_subject: bool
    active: bool  # not after a copula or a head noun: 'is said to have', 'the man believed to have'
    message: str


@functools.lru_cache(maxsize=1)
def _entries() -> tuple[Valency, ...]:
    from ...data.cache import load_yaml

    entries = []
    for entry in load_yaml("garble_valency")["entries"]:
        verbs = "|".join(sorted(entry["verbs"], key=len, reverse=True))
        objects = entry["objects"]
        if isinstance(objects, list):
            heads = "|".join(sorted(objects, key=len, reverse=True))
            obj = rf"(?:{_DET}\s+)?(?:(?!{_LINKS}\b)(?-i:[a-z][\w-]+)\s+)?(?:{heads})\b"
        else:
            obj = _OBJECT_CLASSES[objects]
        link = rf"\s+{entry['link']}" if entry["link"] else ""
        pattern = re.compile(rf"\b(?P<span>(?:{verbs}){link})\s+(?={obj})", re.I)
        message = (f"The verb keeps its French link ('{entry['french']}'); English says '{entry['english']}'.")
        entries.append(Valency(frozenset(entry["verbs"]), pattern, entry.get("after") == "subject",
                               entry.get("after") == "active", message))
    return tuple(entries)


def valency_hits(text: str) -> list[tuple[int, int, str]]:
    from ..lexicon import text_words

    from ..lexicon import anchored_matches

    lowered, words = text_words(text)
    hits = []
    for entry in _entries():
        anchors = entry.words & words
        if not anchors:
            continue
        for match in anchored_matches(text, lowered, anchors, entry.pattern, 0, 80):
            start = match.start("span")
            verb = match.group("span").split()[0].lower()
            if (entry.after_subject and not verb.endswith(("ed", "ing"))
                    and not _SUBJECT.search(text, max(0, start - 14), start)):
                continue
            if entry.active and _PASSIVE.search(text, max(0, start - 12), start):
                continue
            hits.append((start, match.end("span"), entry.message))
    return sorted(set(hits))


def check(ctx):
    if ctx.doc.lang != "en":
        return
    hits = valency_hits(ctx.doc.text)
    if hits:
        from .deferral import deferred_hits
        yield from deferred_hits(ctx, hits)


RULE = Rule(
    code="GRB015",
    name="french-valency",
    category=Category.GARBLED,
    severity=Severity.WARNING,
    summary="A verb linked to its object as its French counterpart is ('attended to the meeting', 'entered in "
            "the room', 'explained him that').",
    check=check,
    doc="""\
## What it does
Reports a verb whose object is linked the French way, read from checker/data/garble_valency.yaml
(each verb's forms, the link French puts, the class of object where English links it otherwise):
a preposition English does not take ('attended to the meeting' for *assister à*, 'entered in the
room' for *entrer dans*, 'called to calm' for *appeler à*, 'known from the public' for *connu du
public*), none where English needs one ('waited the verdict' for *attendre*, 'looked the match'
for *regarder*), a French dative pronoun before the object ('explained him that', 'transmitted him
images' for *lui a transmis des images*), or an infinitive where English needs a clause ('affirms
to have seen' for *affirme avoir vu*). The object classes keep English uses apart: 'attended to
the wounded', 'entered in the register', 'answers to the minister', 'called to the bar', 'the
answer to the question', 'waited the whole night', 'explained her plans', 'is said to have fled'.

## Why is this bad?
The verb and its object are English, the link between them is French: the sentence reads as a
translation and sometimes says something else ('attend to' means 'take care of').

## Example
`The deputies attended to the meeting.` → `The deputies attended the meeting.`
""",
    examples=(
        Example("The deputies [[attended to]] the meeting of the commission on Monday."),
        Example("The demonstrators [[entered in]] the building by the back door."),
        Example("The president will [[answer to]] the journalists at noon."),
        Example("The mayor [[resisted to]] the pressure of the developers."),
        Example("The imam [[called to]] calm after the riots."),
        Example("The families [[waited]] the verdict in the corridor."),
        Example("The police [[asked to]] the residents to stay at home."),
        Example("The doctor [[explained]] him that the operation was urgent."),
        Example("The driver [[affirms to]] have seen nothing before the crash."),
        Example("The officers were suspended for having [[transmitted]] him images of the scene."),
        Example("The new minister is little [[known from]] the general public."),
        Example("The fossil is known from the Jurassic."),
        Example("The nurses attended to the wounded in the corridor."),
        Example("The name was entered in the register on Monday."),
        Example("The police chief answers to the interior minister."),
        Example("The answer to the question came a week later."),
        Example("The lawyer was called to the bar in 2004."),
        Example("They waited the whole night outside the hospital."),
        Example("She was asked to the party by a colleague."),
        Example("The benefits of the reform are disputed."),
        Example("He explained them to the jury one by one."),
        Example("She explained her plans to the board."),
        Example("The coach described them as the best players of the club."),
        Example("The man is said to have fled to Belgium."),
        Example("Two officials believed to have taken bribes were arrested."),
    ),
)
