"""Every candidate speaker of one quote, with its evidence and features, scored in one function."""
from __future__ import annotations

from dataclasses import dataclass

from .speakers import Cue, Mention, Resolution

# How directly each way of reaching a speaker attaches it to the quote: a reporting clause in the quote's
# own sentence, a colon or the paragraph before, the context (earlier quote, sentence or paragraph subject).
TIERS = {"cue": 3.0, "colon": 2.0, "context": 1.0}

BEST = TIERS["cue"]  # the most any candidate scores: a clause in the quote's sentence, nothing against it
UNRESOLVED_PRONOUN = 2.5  # "he said" with nobody "he" can be: worth less than a resolved earlier speaker
DISAGREEMENT = 1.5  # "she" for a man, "ils" for one person
CONTEXT_DISTANCE = 0.25  # per paragraph between a context candidate and the quote
SALIENCE = 0.05  # per earlier mention of the entity (at most four counted)
PERSONAL_ONLY = frozenset({"he", "she", "him", "her"})  # pronouns that stand for people only


@dataclass(frozen=True, slots=True)
class Option:
    """One candidate speaker: how it reaches the quote (`via`, `tier`, `rank` in reading order of the
    attachment steps), the mention and cue behind it, its resolution and the features scored."""

    via: str
    tier: str  # a key of TIERS
    rank: int
    pattern: float  # how directly the clause attaches (0-1), carried into the confidence
    mention: Mention | None = None
    cue: Cue | None = None
    resolution: Resolution | None = None
    carried_from: object | None = None  # the earlier Candidate whose speaker this one repeats
    distance: int = 0  # paragraphs between the mention (or the earlier quote) and the quote
    agrees: bool = True  # gender and number of the mention fit the entity it resolves to
    mentions_before: int = 0  # how often the entity is named before the quote (salience)


def score(option: Option) -> float:
    """The one place candidates are weighed: attachment tier, resolution, agreement, distance, salience."""
    value = TIERS[option.tier]
    res, m = option.resolution, option.mention
    resolved = res is not None and res.name is not None
    if not resolved and (m is None or m.kind == "pronoun"):
        value -= UNRESOLVED_PRONOUN
    if not option.agrees:
        value -= DISAGREEMENT
    if option.tier == "context":  # no clause attaches it: nearness and how much the text is about it count
        value -= CONTEXT_DISTANCE * option.distance
        if resolved and res.entity is not None:
            value += SALIENCE * min(option.mentions_before, 4)
    return round(value, 3)


def choose(options: list[Option]) -> tuple[Option | None, list[tuple[Option, float]]]:
    """The best-scored option (ties: the earlier attachment step) and every option with its score."""
    scored = [(o, score(o)) for o in options]
    if not scored:
        return None, []
    best = max(scored, key=lambda os: (os[1], -os[0].rank))[0]
    return best, scored


def agrees(m: Mention | None, res: Resolution | None, plural_text) -> bool:
    """Gender and number agreement between a pronoun or gendered mention and what it resolves to."""
    if m is None or res is None or res.name is None:
        return True
    gender = m.gender
    if m.kind == "pronoun" and gender in ("m", "f"):
        entity = res.entity
        if entity is not None and entity.gender and entity.gender != gender:
            return False
        if entity is not None and entity.kind in ("org", "place") and m.text.lower() in PERSONAL_ONLY:
            return False  # "he" is never a company (French "il" may be: "le groupe … a-t-il ajouté")
        return entity is not None or not plural_text(res.name, "")
    if m.kind == "pronoun" and gender == "plural":
        entity = res.entity
        return entity is None or entity.kind != "person" or "and" in res.name or " et " in res.name
    return True
