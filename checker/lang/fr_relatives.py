"""Who a French « selon lequel / laquelle » takes up: the nearest noun before it of that gender and number."""
from __future__ import annotations

from dataclasses import replace

from .speakers import (
    DETERMINERS, FR_DETERMINER_GENDER, RELATIVES, description_forward, is_org_noun, is_role, role_gender, sent_text,
)

FR_SOURCE_RELATIVES = {"lequel": ("m", False), "laquelle": ("f", False), "lesquels": ("m", True),
                       "lesquelles": ("f", True)}
REACH = 16  # tokens back from the relative
_OPENERS = frozenset(w.rstrip("'’") for w in DETERMINERS) | {"d"}  # what opens the noun's phrase ("d'une")


def fr_relative_antecedent(sent, k: int, relative: str, lex):
    """ "le témoignage d'une ancienne salariée d'une clinique de Lille, selon laquelle …": the description of the
    person or body the relative pronoun before token `k` agrees with ("salariée", not "témoignage"), a person's
    before a body's it is the complement of ("clinique"), whole up to the comma; None when no noun agrees."""
    gender, plural = FR_SOURCE_RELATIVES[relative]
    toks = sent.tokens
    found = []  # (token of the noun, token opening its phrase), nearest first
    end = k - 1 if k > 0 and toks[k - 1].text == "," else k
    for j in range(end - 1, max(-1, k - REACH), -1):
        tok = toks[j]
        if not tok.is_word and tok.text not in ("'", "’") or tok.lower in RELATIVES:
            break  # (the clause before: "…, qui", "… ;")
        low = tok.lower
        if tok.is_cap or not (is_role(low, lex) or is_org_noun(low, lex)) or low.endswith(("s", "x")) != plural:
            continue
        det = next((d for d in range(j - 1, max(-1, j - 3), -1) if toks[d].lower.rstrip("'’") in _OPENERS), None)
        said = role_gender(low, lex)[1] or (FR_DETERMINER_GENDER.get(toks[det].lower) if det is not None else None)
        if det is not None and said in (gender, None):
            found.append((j, det + 1 if toks[det].lower in ("d'", "d’", "de", "du", "des") else det))
    if not found:
        return None
    j, start = found[0]
    for person, opener in found[1:]:
        if is_org_noun(toks[j].lower, lex) and not is_org_noun(toks[person].lower, lex) and \
                toks[start - 1].lower in ("d'", "d’", "de", "du", "des") and start - 1 - person <= 2:
            j, start = person, opener  # the person the body's complement hangs on ("une salariée d'une clinique")
        break
    desc = description_forward(sent, start, lex)
    if desc is None or desc.tok_end > end:
        return None
    if desc.tok_end < end and all(t.is_word for t in toks[desc.tok_end:end]):
        # the antecedent runs to the comma that sets the relative off ("d'un Ehpad privé de Lille")
        desc = replace(desc, end=toks[end - 1].end, text=sent_text(sent, desc.tok_start, end - 1), tok_end=end,
                       words=desc.words + tuple(t.lower for t in toks[desc.tok_end:end]))
    return desc
