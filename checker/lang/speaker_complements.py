"""English cue subjects the nearer searches miss: a role and its complement, a relative clause, "liked to say"."""
from __future__ import annotations

from .speakers import (ARTICLES, DETERMINERS, FUNCTION_WORDS, INDEFINITE, QUOTE_TOKEN, SPEAKER_WORDS, Mention,
                       Sentence, _singular, description_forward, is_org_noun, is_role, np_before, sent_text)

COMPLEMENT_PREPOSITIONS = frozenset({"for", "of", "at"})
CATENATIVE_VERBS = SPEAKER_WORDS["en_catenative_verbs"]
ROLE_ENDINGS = tuple(SPEAKER_WORDS["en_role_endings"])


def _linked_clause(sent: Sentence, m: Mention, k: int, links: frozenset[str]) -> tuple[int, int] | None:
    """(where the clause starts, the link's token) when the mention ends just before the cue (token `k`) and one of
    `links` (a preposition, perhaps with its article) stands before it; None otherwise."""
    toks = sent.tokens
    if m.tok_end != k:
        return None
    p = m.tok_start - 1
    if p > 0 and toks[p].lower in ARTICLES:
        p -= 1
    if p < 1 or toks[p].lower not in links:
        return None
    start = next((c + 1 for c in range(p - 1, -1, -1) if not toks[c].is_word and toks[c].text not in ("'", "’")),
                 0)
    return start, p


def role_with_complement(sent: Sentence, m: Mention, k: int, lex) -> Mention | None:
    """ "the children's commissioner for England said", "Lawyers for Boyne Aggregates said": the name just
    before the cue (token `k`) is the complement of the role noun that opens the clause, so the role's whole
    phrase speaks, not the place or the body named in it (None when the clause is not of that shape)."""
    if m.kind != "name":
        return None
    found = _linked_clause(sent, m, k, COMPLEMENT_PREPOSITIONS)
    if found is None:
        return None
    start, _ = found
    desc = description_forward(sent, start, lex)
    if desc is None or desc.tok_start != start or desc.tok_end != k or not desc.head or \
            not is_role(desc.head, lex) or desc.head in {w.lower() for w in m.words}:
        return None
    return desc


CHAIN_PREPOSITIONS = frozenset({"for", "of", "at", "in"})
CLAUSE_OPENERS = frozenset({"but", "and", "yet", "meanwhile"})


def complement_chain_subject(sent: Sentence, m: Mention, k: int, lex) -> Mention | None:
    """ "A nurse in the emergency ward of the Civil Hospital said", "The Office of the Privacy Commissioner for
    Personal Data said", "The Celtic Music Centre in Judique said": the name or description just before the cue
    (token `k`) ends a chain of complements ("in", "of", "for", "at") hung on the role or body noun that opens
    the clause; the whole phrase speaks, not its last complement (None when the clause is not of that shape)."""
    toks = sent.tokens
    if lex.lang != "en" or m.kind not in ("name", "description"):
        return None
    found = _linked_clause(sent, m, k, CHAIN_PREPOSITIONS)
    if found is None:
        return None
    start, p = found
    while start < p and toks[start].lower in CLAUSE_OPENERS:
        start += 1  # "But a nurse in …"
    first_link = next(c for c in range(start, p + 1) if toks[c].lower in CHAIN_PREPOSITIONS)
    if first_link == start or not (toks[start].is_cap or toks[start].lower in DETERMINERS):
        return None
    head = toks[first_link - 1]
    low = _singular(head.lower)
    if not (is_role(low, lex) or is_org_noun(low, lex) or head.is_cap and low in lex.org_words):
        return None
    for t in toks[start:m.tok_start]:  # nouns, names, articles and links only: no verb, no clause
        if not t.is_word or t.lower in lex.cue_forms or not t.is_cap and t.lower in FUNCTION_WORDS and \
                t.lower not in CHAIN_PREPOSITIONS and t.lower not in DETERMINERS or \
                not t.is_cap and t.lower.endswith(("ed", "ing")) and len(t.lower) > 4:
            return None
    return Mention("description", toks[start].start, toks[k - 1].end, sent_text(sent, start, k - 1), start, k,
                   head=head.lower, words=tuple(t.lower for t in toks[start:k]),
                   definite=toks[start].lower not in INDEFINITE)


RELATIVE_WORDS = frozenset({"who", "whose", "that"})
CLAUSE_EDGES = frozenset({",", ";", ":", "(", ")"})


def relative_clause_subject(sent: Sentence, k: int, lex, is_cue) -> Mention | None:
    """ "…, and a midwife who has worked at the hospital for 19 years said": the role noun a restrictive relative
    clause hangs on is the subject of the cue at token `k` when the clause runs from it up to the cue (no comma,
    no quote, no other cue between); the clause itself is read with the description later."""
    toks = sent.tokens
    r = None
    for i in range(k - 1, 0, -1):
        tok = toks[i]
        if tok.text in CLAUSE_EDGES or tok.text == QUOTE_TOKEN or is_cue(tok):
            return None
        if tok.lower in RELATIVE_WORDS:
            r = i
            break
    if r is None or r + 2 > k:
        return None
    head = np_before(sent, r, lex)
    if head is None or head.kind != "description" or head.tok_end != r or not head.head or \
            not is_role(head.head, lex):
        return None
    before = toks[head.tok_start - 1] if head.tok_start else None
    if before is not None and before.text not in CLAUSE_EDGES and before.lower not in ("and", "but", "while"):
        return None  # the phrase is an object ("awarded $4m to a former cook who said …"), not a subject
    return head


def catenative_between(toks, a: int, b: int, lang: str) -> bool:
    """ "“…,” he liked to say", "she used to tell pupils": tokens [a, b) between a subject and the cue at `b` are
    a verb that takes the cue in the infinitive ("liked to"), so the subject speaks."""
    words = [t.lower for t in toks[a:b]]
    return lang == "en" and len(words) in (2, 3) and words[-1] == "to" and \
        all(w in CATENATIVE_VERBS for w in words[:-1])


def occupation_before_name(sent: Sentence, j: int) -> Mention | None:
    """ "said oceanographer Clíodhna Mac Suibhne", "said palaeontologist Dr X": a lowercase occupation the
    lexicon lacks, known by its ending, written as a title before the name at token `j`; the name speaks."""
    toks = sent.tokens
    if j + 1 >= len(toks) or not toks[j].is_word or toks[j].is_cap:
        return None
    low = toks[j].lower
    if len(low) <= 7 or not low.isalpha() or not low.endswith(ROLE_ENDINGS):
        return None
    m = sent.mention_starting(j + 1)
    return m if m is not None and m.kind == "name" else None


def thousands_comma(toks, i: int) -> bool:
    """The comma at token `i` separates a number's thousands ("90,000", "S$640,000")."""
    return 0 < i < len(toks) - 1 and toks[i - 1].text[-1:].isdigit() and toks[i + 1].text.isdigit() and \
        len(toks[i + 1].text) == 3
