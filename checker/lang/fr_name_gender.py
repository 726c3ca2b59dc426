"""The gender a French text's given name most likely has by its ending, when the first-name lexicon lacks it."""
from __future__ import annotations

from .folding import fold
from .names import zipf
from .word_lists import SPEAKER_WORDS

# a common English or French word is no given name ("Standard & Poor's", "Celtic Glasgow", "Nouvelle Vague")
ENGLISH_WORD_ZIPF = 3.0
FRENCH_WORD_ZIPF = 4.0
FR_FIRST_PLURAL = SPEAKER_WORDS["fr_first_person_plural"]  # a body's voice in a quote ("nous", "notre")
_ENDINGS = sorted([(e, "f") for e in SPEAKER_WORDS["fr_feminine_name_endings"]] +
                  [(e, "m") for e in SPEAKER_WORDS["fr_masculine_name_endings"]], key=lambda eg: -len(eg[0]))


def fr_name_form_gender(first: str) -> str | None:
    """ "Clémentine" → "f", "Godefroid" → "m", "Lazare" → None: the longest listed ending decides (so
    "Zinedine" is a man's although "-ine" is mostly women's); short names and initials say nothing."""
    low = fold(first).lower()
    if len(low) < 4 or not low.isalpha():
        return None
    return next((g for ending, g in _ENDINGS if low.endswith(ending)), None)


def fr_form_gender(entity, lex) -> str | None:
    """The gender a French text's person or unclassified name of two words or more most likely has by its given
    name's ending ("Clémentine Aubertot"), when the lexicon lacks the given name and no word is a body's
    ("Brasserie des Trois-Ponts")."""
    if entity.kind not in ("person", "unknown"):
        return None
    return fr_tokens_gender(entity.tokens, lex)


def fr_tokens_gender(tokens, lex) -> str | None:
    """`fr_form_gender` of a name's words."""
    if len(tokens) < 2 or not tokens[0][:1].isupper() or not tokens[-1][:1].isupper():
        return None
    first = fold(tokens[0].split("-")[0]).lower()
    if first in lex.first_names or zipf(first, "en") >= ENGLISH_WORD_ZIPF or zipf(first, "fr") >= FRENCH_WORD_ZIPF:
        return None
    if any(fold(t).lower() in lex.org_words or fold(t).lower() in lex.org_nouns for t in tokens):
        return None
    return fr_name_form_gender(first)


def fr_agreeing_scores(scored: list, g: str) -> list:
    """ "Clémentine Aubertot … Lazare Bourdeix-Salles … « … », a-t-il réagi": a French pronoun agrees with its
    antecedent, so a candidate whose given name's ending marks the other gender loses more than being the last
    speaker gains; it stays a candidate when no other fits (an ending is a strong hint, not a rule); a name of
    unknown gender is left as it is. `scored`: (score, position, entity, gender)."""
    return [(s - 3.0 if eg in ("m", "f") and eg != g else s, p, e, eg) for s, p, e, eg in scored]


def fr_adjective_gender(words) -> str | None:
    """ "le vieil artisan", "l'ancienne directrice": the gender a French description's adjectives agree in
    (fr_masculine_adjectives / fr_feminine_adjectives), when they agree in one only."""
    found = {g for w in words for g, listed in (("m", SPEAKER_WORDS["fr_masculine_adjectives"]),
                                                ("f", SPEAKER_WORDS["fr_feminine_adjectives"]))
             if w.lower().split("'")[-1].split("’")[-1] in listed}
    return found.pop() if len(found) == 1 else None
