"""French: « le prévenu », « l'accusée » take up the person a court or the police acted on, described before."""
from __future__ import annotations

from .speakers import SPEAKER_WORDS, description_forward, description_gender, fr_marked_gender, is_org_noun, is_role

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
                found = _object_after(sent, k + 1, lex)
                if found is not None and (gender is None or
                                          description_gender(found.text, found.head or "", lex) in (gender, None)):
                    return found.text
    return None


def _object_after(sent, k: int, lex):
    """The first indefinite description of a person after token `k`, within its clause ("à 25 ans de réclusion
    un quadragénaire de Seraing")."""
    toks = sent.tokens
    for j in range(k, len(toks)):
        if toks[j].text in (";", ":") or toks[j].lower in ("qui", "que", "et"):
            return None
        if toks[j].lower in ("un", "une"):
            desc = description_forward(sent, j, lex)
            head = (desc.head or "").lower() if desc is not None else ""
            if head and (is_role(head, lex) or head in PERSON_NOUNS) and not is_org_noun(head, lex):
                return desc
    return None
