"""FFR001: a French false friend whose context gives the French sense away ("an important sum")."""
from __future__ import annotations

import functools
import re

from ...findings import Category, Hit, Severity
from ...registry import Example, Rule
from ..calque.matching import find_matches, is_english, suggestion_for
from ..lexicon import load_lexicon

STEM = 4  # letters of the look-alike every inflected form shares ("evok-" in "evoked", "evoking")
SENTENCE_END_RE = re.compile(r"[.!?](?=[\s\"”’»)]|$)|\n")


@functools.lru_cache(maxsize=None)
def _cue(source: str) -> re.Pattern:
    return re.compile(source, re.IGNORECASE)


def sentence_around(text: str, start: int, end: int) -> str:
    """The sentence holding text[start:end]: from the previous sentence end to the next one."""
    before = [m.end() for m in SENTENCE_END_RE.finditer(text, max(0, start - 400), start)]
    after = SENTENCE_END_RE.search(text, end, min(len(text), end + 400))
    return text[before[-1] if before else max(0, start - 400):after.end() if after else min(len(text), end + 400)]


def context_fits(data: dict, sentence: str) -> bool:
    """The entry's sentence cues: `context` must be found in the sentence, `unless` must not."""
    if data.get("context") and not _cue(data["context"]).search(sentence):
        return False
    return not (data.get("unless") and _cue(data["unless"]).search(sentence))


def check(ctx):
    if not is_english(ctx):
        return
    text = ctx.doc.text
    lowered = text.lower()
    # every reported span starts with the look-alike's stem: skip entries whose word is absent
    entries = tuple(e for e in load_lexicon("false_friends") if e.data["english"][:STEM].lower() in lowered)
    for match in find_matches(text, ctx.doc.blocks, entries):
        data = match.entry.data
        if ("context" in data or "unless" in data) and not context_fits(data, sentence_around(text, match.start,
                                                                                             match.end)):
            continue
        french = " / ".join(f"'{w}'" for w in data["french"])
        suggestion = suggestion_for(match)
        advice = f" Write '{suggestion}'." if suggestion else ""
        yield Hit(match.start, match.end,
                  f"'{match.text}' looks like the French false friend {french} ({data['meaning']}): "
                  f"{data['why']}.{advice}",
                  suggestion=suggestion, severity=match.entry.severity)


RULE = Rule(
    code="FFR001",
    name="false-friend-in-context",
    category=Category.FALSE_FRIEND,
    severity=Severity.WARNING,
    summary="An English look-alike of a French word used in the French sense ('actually' for 'actuellement').",
    check=check,
    doc="""\
## What it does
Finds English words used in the sense of their French look-alike, where the context gives
the French sense away: "actually" for *actuellement* (currently) in "the 3,000 employees
actually working at the site", "assisted at the ceremony" (*assister à*, attend),
"deceived by the results" (*déçu*, disappointed), "demanded him to" (*demander*, ask), "an
important sum" (*important*, large), "a formation of three months" (*formation*,
training), "sensible data" (*sensible*, sensitive), "the control of identity" (*contrôle*,
check). The context patterns, with the French word each renders, are data in
`checker/data/false_friends.yaml`. A strong context is a warning; a suggestive one is
info. Without the source the word itself is never enough: "actually" alone is English.
An entry may also name cues in the word's sentence: `context` (it must be there: customers or
an owner for "library" read as *librairie*, unions or marches for "manifestation", a date in the
next few days for "could eventually") and `unless` (it must not: a contrast for "actually", a
public library, the symptoms of a disease).

## Why is this bad?
The English word exists but means something else: the sentence says what the French did
not ("eventually" means in the end, *éventuellement* means possibly).

## Example
`The minister assisted at the ceremony.` → `The minister attended the ceremony.`
""",
    examples=(
        Example("The 3,000 employees [[actually]] working at the site will keep their jobs."),
        Example("The minister [[assisted at]] the funeral of the victims."),
        Example("The coach said he was [[deceived]] by the results of his team."),
        Example("He [[demanded]] him to leave the room."),
        Example("The company paid an [[important]] sum to the former director."),
        Example("Nurses follow a [[formation]] of three months before starting."),
        Example("The hackers stole [[sensible]] data from the ministry."),
        Example("Police carried out a [[control]] of identity at the station."),
        Example("The author's new novel arrives in [[libraries]] on Thursday."),
        Example("Neighbours [[prevented]] the police, who arrived within minutes."),
        Example("The army is preparing for an [[eventual]] attack on the city."),
        Example("The [[actual]] president will not run again.", note="an office holder: 'current'"),
        Example("The gilets jaunes marched again.", note="untranslated, not a false friend"),
        Example("The law is [[actually]] in force since January."),
        Example("He is [[actually]] in pre-trial detention in Moscow and denies the charges."),
        Example("Among the names circulating, the mayor could [[eventually]] be appointed before the weekend."),
        Example("A [[library]] in the old town closed after customers complained, its owner said."),
        Example("The unions called for a new day of [[manifestations]] against the reform."),
        Example("The firm will invest in the [[formation]] of engineers."),
        Example("Some 300 people were [[interpellated]] by the police overnight."),
        Example("Activists had [[prevented]] the authorities for months that the text would cause riots."),
        Example("The striker [[demanded]] Real Madrid to let him play at the Olympics."),
        Example("Campers had paid their [[location]] for the whole summer."),
        Example("The rider [[realised]] a performance out of the ordinary."),
        Example("He is actually in hospital, but not for the reason given."),
        Example("The talks could eventually resume, diplomats believe."),
        Example("The public library lends books to schoolchildren; customers of the café nearby use it."),
        Example("Manifestations of the disease include fever, the doctors said, against all expectations."),
        Example("The formation of rebels groups worried the army."),
        Example("The minister was interpellated by MPs during question time in parliament."),
        Example("The barrier prevented the police from reaching the house, which was on fire."),
        Example("Protesters demanded that Real Madrid let him play."),
        Example("They paid for the location of the camp to be kept secret."),
        Example("He realised the performance was poor."),
        Example("It was actually the tail of a juvenile dinosaur."),
        Example("The talks eventually collapsed after three days."),
        Example("The Russian president will attend a concert given in his honour."),
        Example("She was deceived by a fake investment scheme."),
        Example("Nurses assisted the surgeon during the operation."),
        Example("The formation of a new government took three months."),
        Example("It was a sensible decision to postpone the vote."),
        Example("The rebels took control of the city."),
        Example("Protesters demanded that he resign."),
        Example("The vaccine may prevent the disease from spreading."),
        Example("It is important to vote."),
        Example("He suffered a serious knee injury in the match."),
        Example("She has a good chance of winning the election."),
        Example("The ministers passed the bill after a long debate."),
        Example("Le ministre a assisté à la cérémonie.", lang="fr"),
    ),
)
