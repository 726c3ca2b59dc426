"""French: « le prévenu », « l'accusée » take up the person a court or the police acted on, described before."""
from __future__ import annotations

from .speakers import (
    AGENT_ENDINGS, ARTICLES, FR_ADJECTIVE_ENDINGS, FR_DE_FORMS, SPEAKER_WORDS, Mention, description_forward,
    description_gender, fr_marked_gender, is_org_noun, is_role, sent_text,
)

VERDICT_PARTICIPLES = SPEAKER_WORDS["fr_verdict_participles"]
DEFENDANT_NOUNS = SPEAKER_WORDS["fr_defendant_nouns"]
PERSON_NOUNS = SPEAKER_WORDS["fr_gendered_by_article"]  # ("un quadragénaire": a person by age, no role)


def verdict_object(sentences: list, si: int, m, lex, within: int = 2) -> str | None:
    """ "Le tribunal a condamné jeudi un chef d'entreprise du BTP … ¶ Le prévenu conteste": the indefinite person
    description that follows the latest verdict participle (fr_verdict_participles) in the sentences before
    `m` (sentence `si`), at most `within` paragraphs back, when `m` is a definite defendant noun of one word
    and that description's gender does not clash with it; None otherwise."""
    head = (m.head or "").lower()
    if head not in DEFENDANT_NOUNS or len(m.words) != 2 or not m.definite:
        return None
    gender = description_gender(m.text, head, lex) or fr_marked_gender(head, lex)  # ("l'accusée": by its form)
    block = sentences[si].block
    for sent in reversed(sentences[max(0, si - 6):si]):
        if block - sent.block > within or sent.headline:
            break
        for k in range(len(sent.tokens) - 1, -1, -1):
            if sent.tokens[k].lower in VERDICT_PARTICIPLES:
                passive = k > 0 and sent.tokens[k - 1].lower == "été"  # "Un guide … a été condamné lundi"
                found = _object_after(sent, 0, lex, first_only=True) if passive else _object_after(sent, k + 1, lex)
                if found is not None and (gender is None or
                                          description_gender(found.text, found.head or "", lex) in (gender, None)):
                    return found.text
    return None


def _object_after(sent, k: int, lex, first_only: bool = False):
    """The first indefinite description of a person after token `k`, within its clause ("à 25 ans de réclusion
    un quadragénaire de Seraing"); with `first_only`, only one that starts at `k` (the subject of a passive)."""
    toks = sent.tokens
    for j in range(k, k + 1 if first_only else len(toks)):
        if toks[j].text in (";", ":") or toks[j].lower in ("qui", "que", "et"):
            return None
        if toks[j].lower in ("un", "une"):
            desc = description_forward(sent, j, lex) or _trade_after(sent, j)
            head = (desc.head or "").lower() if desc is not None else ""
            if head and ((is_role(head, lex) or head in PERSON_NOUNS) and not is_org_noun(head, lex) or
                         head.endswith(AGENT_ENDINGS)):
                return desc  # (a trade by its agent's ending: "un transporteur routier", "un mareyeur")
    return None


def _trade_after(sent, j: int) -> Mention | None:
    """ "un ostréiculteur de la presqu'île de Rhuys à 30 000 euros": a person by a trade the role lists lack,
    known by its agent's ending, with its "de" complements, up to the sentence's next preposition or comma."""
    toks = sent.tokens
    if j + 1 >= len(toks) or not toks[j + 1].is_word or toks[j + 1].is_cap or \
            not toks[j + 1].lower.endswith(AGENT_ENDINGS):
        return None
    end = j + 2
    while end < len(toks) and end - j <= 3 and toks[end].is_word and not toks[end].is_cap and \
            toks[end].lower.endswith(FR_ADJECTIVE_ENDINGS):
        end += 1  # "un transporteur routier de Vitré"
    while end + 1 < len(toks) and toks[end].lower in FR_DE_FORMS and toks[end + 1].is_word:
        end += 2
        while end < len(toks) and toks[end].is_word and \
                (toks[end].is_cap or toks[end - 1].lower in ARTICLES or toks[end - 1].lower.endswith(("'", "’"))):
            end += 1  # "de la presqu'île de Rhuys"
    return Mention("description", toks[j].start, toks[end - 1].end, sent_text(sent, j, end - 1), j, end,
                   head=toks[j + 1].lower,
                   words=tuple(t.lower for t in toks[j:end]), definite=False)
