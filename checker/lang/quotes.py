"""Quotations in news text: direct, partial and reported speech, each with who said it."""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from typing import Sequence

from ..document import Block
from .names import zipf
from .quote_marks import MarkedQuote, find_marked_quotes
from .speakers import (
    BE_FORMS, DETERMINERS, FUNCTION_WORDS, QUOTE_TOKEN, SKIP_BEFORE_CUE, VERB_STOPS, Cue, Lexicon, Mention,
    Registry, Resolution, Resolver, Sentence, Token, any_noun_phrase, apposition_name, clause_subject,
    description_back, description_forward, sent_text, find_cues, find_names, fold, is_adverb, is_org_noun, is_passive,
    is_role, lexicon, np_after, np_before, tokenize, widened,
)


@dataclass(frozen=True, slots=True)
class Evidence:
    """Why a quote has its speaker: the cue, the mention, how the mention was attached to the quote (`via`)
    and how it was resolved (`step`), with the earlier mention a pronoun or description points to."""

    via: str  # "cue after the quote", "carried over from the previous quote", "subject of the previous sentence", …
    step: str  # "named in the cue", "pronoun → last salient subject", "description → earlier mention", …
    cue: str | None = None
    cue_span: tuple[int, int] | None = None
    mention: str | None = None
    mention_span: tuple[int, int] | None = None
    antecedent: str | None = None
    antecedent_start: int | None = None

    def to_json(self) -> dict:
        return {
            "via": self.via, "step": self.step, "cue": self.cue,
            "cue_span": list(self.cue_span) if self.cue_span else None,
            "mention": self.mention, "mention_span": list(self.mention_span) if self.mention_span else None,
            "antecedent": self.antecedent, "antecedent_start": self.antecedent_start,
        }

    def describe(self) -> str:
        """One line for a reader: "cue after the quote: “said” · mention “he” · pronoun → last salient subject"."""
        parts = [self.via]
        if self.cue:
            parts.append(f"cue “{self.cue}”")
        if self.mention:
            parts.append(f"mention “{self.mention}”")
        step = self.step + (f" ({self.antecedent})" if self.antecedent and self.antecedent != self.mention else "")
        parts.append(step)
        return " · ".join(parts)


@dataclass(frozen=True, slots=True)
class Quote:
    """Words attributed to someone: quoted (direct, partial) or reported without marks."""

    start: int
    end: int
    text: str
    kind: str  # "direct", "partial", "reported"
    speaker: str | None
    resolved_speaker: str | None
    cue: str | None
    confidence: float
    speaker_span: tuple[int, int] | None = None
    cue_span: tuple[int, int] | None = None
    open_mark: int | None = None
    close_mark: int | None = None
    unbalanced: bool = False
    block: int | None = None
    evidence: Evidence | None = None

    def to_json(self) -> dict:
        return {
            "start": self.start, "end": self.end, "text": self.text, "kind": self.kind,
            "speaker": self.speaker, "resolved_speaker": self.resolved_speaker, "cue": self.cue,
            "confidence": round(self.confidence, 2),
            "evidence": self.evidence.to_json() if self.evidence is not None else None,
        }


def extract_quotes(text: str, blocks: Sequence[Block], lang: str = "en") -> list[Quote]:
    """Every quotation and reported statement in `text`, in order, with its speaker."""
    if not text or not blocks:
        return []
    return _Extractor(text, tuple(blocks), lang if lang in ("en", "fr") else "en").run()


# ---------------------------------------------------------------------------

LABEL_RE = re.compile(r"[A-ZÀ-Ý][A-ZÀ-Ý'’ ]{1,30}[ \u00a0\u202f]?:")
ABBREVIATIONS = frozenset("""mr mrs ms dr st jr sr prof gen gov sen rep lt col capt sgt supt cpl no vs etc inc ltd co
corp assn dept jan feb mar apr aug sep sept oct nov dec m mme mlle me p pp ex fig approx av bd ste messrs rev mgr
univ est""".split())
TERMINAL = frozenset(".!?…")
RARE_ZIPF = 3.0  # a capitalised plural rarer than this is a name ("Qantas"), not a noun ("Officials", 4.7)
# Cues with which the press, not a person, is cited; such a source is not what "he"/"il" later refers to.
MEDIA_CUES = frozenset("""report write publish reveal rapporter écrire publier révéler relater""".split())
CLAUSE_BREAKS = frozenset({";", "while", "whereas", "tandis", "but", "mais"})
CLAUSE_STARTERS = frozenset("""he she it they we i there this that these those the a an his her its their some no
all many most one two three several each every any our my mr mrs ms dr
il elle ils elles on nous je ce cette ces le la les l' l’ un une des son sa ses leur leurs tout tous toute plusieurs
aucun aucune cela ça""".split())
TIME_WORDS = frozenset("""today yesterday tonight recently earlier later now then last next this week month year
morning afternoon evening night on late early monday tuesday wednesday thursday friday saturday sunday again also
hier aujourd'hui mardi lundi mercredi jeudi vendredi samedi dimanche soir matin""".split())
DOCUMENT_HEADS = frozenset("""report figures data statement survey study poll release communique communiqué letter
document documents note rapport chiffres données étude sondage déclaration lettre results résultats""".split())


@dataclass(slots=True)
class _Candidate:
    """A quotation being built: where it is, and what was found about its speaker."""

    start: int
    end: int
    kind: str
    order: int
    marked: MarkedQuote | None = None
    block: int = 0
    cue: Cue | None = None
    mention: Mention | None = None
    resolution: Resolution | None = None
    pattern: float = 1.0  # how directly the reporting clause attaches to the quote
    carried_from: "_Candidate | None" = None
    headline: bool = False
    words: int = 0
    work: bool = False  # the marks set off the title of a work, which nobody says
    places: list = field(default_factory=list)  # (sentence, token) where its placeholder stands
    via: str = ""  # how the speaker mention was attached (see Evidence.via)


class _Extractor:
    def __init__(self, text: str, blocks: tuple[Block, ...], lang: str):
        self.text = text
        self.blocks = blocks
        self.lang = lang
        self.lex: Lexicon = lexicon(lang)
        self.block_starts = [b.start for b in blocks]
        self._cue_cache: dict[int, list] = {}

    # -- structure -------------------------------------------------------

    def run(self) -> list[Quote]:
        self.marked = self._refine(find_marked_quotes(self.text, self.blocks))
        self.labels = [self._label_end(b) for b in self.blocks]
        self.furniture = {i for i, end in enumerate(self.labels) if end is not None}
        self.headlines = {i for i, b in enumerate(self.blocks) if self._is_headline(i, b)}
        self.sentences: list[Sentence] = []
        self.quote_places: dict[int, list[tuple[int, int]]] = {}  # quote -> [(sentence, token)]
        for index, block in enumerate(self.blocks):
            self._sentences(index, block)
        self.registry = Registry(self.lex)
        self.mid_caps = {t.bare.lower() for sent in self.sentences if not sent.headline
                         for t in sent.tokens[1:] if t.is_cap}
        for sent in self.sentences:
            if not sent.headline:
                self._mentions(sent)
        for sent in self.sentences:
            if sent.headline:
                self._mentions(sent)
        self.resolver = Resolver(self.lex, self.registry, self.block_starts, self.furniture)
        self.resolver.headline_blocks = self.headlines - self.furniture
        self._last_attributed: _Candidate | None = None
        candidates = self._marked_candidates() + self._reported_candidates()
        candidates.sort(key=lambda c: (c.headline, c.order, c.start))  # headlines once the body is known
        for cand in candidates:
            self._attribute(cand)
        return [self._quote(c) for c in sorted(candidates, key=lambda c: (c.start, -c.end))]

    def _refine(self, marked: list[MarkedQuote]) -> list[MarkedQuote]:
        """Split a quote around an attribution set inside its marks (« …, a déclaré X, … »), and end a
        quote left open where its attribution begins (“… , he told the meeting)."""
        out = []
        for q in marked:
            cut = self._attribution_inside(q)
            if cut is None:
                out.append(q)
                continue
            comma, resume = cut
            first_end = _trim_end(self.text, q.start, comma)
            if resume is None:
                out.append(MarkedQuote(q.start, first_end, q.open_mark, None, q.first_block,
                                       self.block_of(comma), unbalanced=True))
                continue
            second_start = _trim_start(self.text, resume, q.end)
            out.append(MarkedQuote(q.start, first_end, q.open_mark, None, q.first_block, self.block_of(comma)))
            out.append(MarkedQuote(second_start, q.end, None, q.close_mark, self.block_of(resume), q.last_block,
                                   unbalanced=q.unbalanced))
        return [q for q in out if q.end > q.start]

    def _attribution_inside(self, q: MarkedQuote) -> tuple[int, int | None] | None:
        """(comma, resume) of an inverted attribution inside the quote; resume is None for an open quote
        that simply stops at its attribution."""
        open_ended = q.close_mark is None and q.open_mark is not None
        for cue in find_cues(self.text, q.start, q.end, self.lex):
            before = self.text[q.start:cue.start].rstrip()
            if not before.endswith(",") or cue.info.form == "participle":
                continue
            comma = q.start + len(before) - 1
            if len(self.text[q.start:comma].split()) < 2:
                continue
            tail = self.text[cue.end:q.end]
            close = re.match(r"[^,.;:!?«»“”\"]{0,80}?,(?:\s*(?:[A-ZÀ-Ý][\w'’-]*\.?\s*){1,4},)?", tail)
            if close and not open_ended and len(tail[close.end():].split()) >= 2 and \
                    (cue.pronoun is not None or _looks_like_speaker(tail[:close.end() - 1], self.lex)):
                return comma, cue.end + close.end()
            if not open_ended and cue.pronoun is not None and not tail.strip(" .!?…\u00a0\u202f"):
                return comma, None  # "…, reconnaît-il"": the mark closes after the attribution
            if open_ended and (cue.pronoun is not None or _looks_like_speaker(tail.split(".")[0], self.lex)):
                return comma, None
        if open_ended:  # "…, he told the meeting"
            for match in re.finditer(r",\s+(he|she|they|il|elle|ils|elles)\s+", self.text[q.start:q.end], re.I):
                after = q.start + match.end()
                if any(c.start == after for c in find_cues(self.text, after, min(q.end, after + 40), self.lex)):
                    return q.start + match.start(), None
        return None

    def _label_end(self, block: Block) -> int | None:
        """End of a site label such as "READ ALSO:" or "LIRE AUSSI :" opening a block."""
        match = LABEL_RE.match(self.text, block.start, block.end)
        if match and sum(c.isalpha() for c in match.group()) >= 4:
            return match.end()
        return None

    def _is_headline(self, index: int, block: Block) -> bool:
        if block.kind in ("heading", "title"):
            return True
        if index in self.furniture:
            return True
        body = self.text[block.start:block.end].strip()
        if "\n" in body or len(body.split()) > 25:
            return False
        tail = body.rstrip("”»\"’')]\u00a0 ")
        return not tail.endswith((".", "!", "?", ":", ";", "…"))

    def block_of(self, pos: int) -> int:
        return max(0, bisect.bisect_right(self.block_starts, pos) - 1)

    def _sentences(self, index: int, block: Block) -> None:
        lo = self.labels[index] or block.start
        holes = []
        for qi, q in enumerate(self.marked):
            a = q.open_mark if q.open_mark is not None else q.start
            b = q.close_mark + 1 if q.close_mark is not None else q.end
            if a < block.end and b > lo:
                holes.append((max(a, lo), min(b, block.end), qi))
        tokens: list[Token] = []
        quote_at: dict[int, int] = {}
        pos = lo
        for a, b, qi in holes:
            tokens += tokenize(self.text, pos, a, self.lang)
            quote_at[len(tokens)] = qi
            tokens.append(Token(QUOTE_TOKEN, a, b))
            pos = b
        tokens += tokenize(self.text, pos, block.end, self.lang)
        headline = index in self.headlines
        start = 0
        for k in range(len(tokens)):
            if k + 1 < len(tokens) and not self._boundary(tokens, k, quote_at):
                continue
            if k + 1 < len(tokens) or start <= k:
                self._add_sentence(tokens[start:k + 1], start, quote_at, index, headline)
                start = k + 1

    def _boundary(self, tokens: list[Token], k: int, quote_at: dict[int, int]) -> bool:
        tok, nxt = tokens[k], tokens[k + 1]
        if tok.text == QUOTE_TOKEN:
            q = self.marked[quote_at[k]]
            if q.close_mark is None or not self.text[q.start:q.end].rstrip()[-1:] in TERMINAL:
                return False
        elif tok.text not in TERMINAL and tok.text != "...":
            return False
        elif nxt.start == tok.end and tok.text in ".…":
            return False
        elif tok.text == "." and k > 0:
            prev = tokens[k - 1]
            if prev.end == tok.start and (prev.lower in ABBREVIATIONS or len(prev.text) == 1 and prev.is_cap):
                return False
        return nxt.is_cap or nxt.text == QUOTE_TOKEN or nxt.text[:1].isdigit() or nxt.text in "«“\"‘(—–-"

    def _add_sentence(self, tokens: list[Token], offset: int, quote_at: dict, block: int, headline: bool) -> None:
        if not tokens:
            return
        sent = Sentence(self.text, tokens[0].start, tokens[-1].end, block, tokens, headline, lex=self.lex)
        for k in range(len(tokens)):
            qi = quote_at.get(offset + k)
            if qi is not None:
                sent.quote_tokens[k] = qi
                self.quote_places.setdefault(qi, []).append((len(self.sentences), k))
        self.sentences.append(sent)

    def _mentions(self, sent: Sentence) -> None:
        names = []
        furniture = sent.block in self.furniture
        for m in find_names(sent.tokens, self.lex, {0}, self.text, headline=sent.headline):
            whole_possessive = m.words[-1].endswith(("'s", "’s")) and not m.possessive  # "Moody's, …"
            if m.tok_start == 0 and m.tok_end == 1 and not m.gender and not m.head and not whole_possessive:
                word = sent.tokens[0].bare.lower()
                if word not in self.mid_caps and not self.registry.find([sent.tokens[0].bare]) and \
                        _fold_first(word) not in self.lex.first_names and not self._before_verb(sent, word):
                    continue  # "Executives said", "Inquiries revealed": an ordinary word
            role = "furniture" if furniture else self._role(sent, m)
            upgrade = not sent.headline or _fold_first(m.words[0]) in self.lex.first_names
            self.registry.link(m, role, upgrade=upgrade)
            names.append(m)
        sent.mentions = names
        self._appositions(sent)

    def _before_verb(self, sent: Sentence, word: str) -> bool:
        """ "Ditta denied", "Biden later said", "Frontier a déclaré", "Macron: “…”": a sentence-initial
        name right before its verb, or before the colon of a "Name: quote" headline."""
        if len(sent.tokens) < 2:
            return False
        if sent.tokens[1].text == ":" and sent.headline:
            return True
        if word.endswith("s"):  # "Hamas has …" but "Inquiries revealed …"; "Qantas said": a rare word
            nxt = sent.tokens[1]
            return nxt.lower in ("has", "is", "was", "does", "a", "est") or \
                self.lang == "en" and nxt.lower.endswith("s") and self._is_cue_token(nxt) or \
                self._is_cue_token(nxt) and zipf(word, self.lang) < RARE_ZIPF
        first = sent.tokens[1]
        if not first.is_cap and (first.lower in VERB_STOPS[self.lang] or first.lower in BE_FORMS):
            return True
        k = 1
        while k < len(sent.tokens) - 1 and (is_adverb(sent.tokens[k], self.lang) or
                                            sent.tokens[k].lower in SKIP_BEFORE_CUE and self.lang == "en"):
            k += 1
        return self._is_cue_token(sent.tokens[k])

    def _role(self, sent: Sentence, m: Mention) -> str:
        toks = sent.tokens
        if m.possessive:
            return "possessive"
        prev = toks[m.tok_start - 1].lower if m.tok_start else ""
        if prev in {"of", "de", "du", "des", "d'", "d’", "by", "par", "with", "avec", "to", "à", "for", "pour"}:
            return "possessive" if prev in {"of", "de", "du", "des", "d'", "d’"} else "other"
        nxt = toks[m.tok_end] if m.tok_end < len(toks) else None
        verb_next = nxt is not None and (self._is_cue_token(nxt) or nxt.is_word and not nxt.is_cap and
                                         nxt.lower not in PREPOSITIONS_TAIL and nxt.lower not in COORDINATION
                                         and nxt.lower not in ("of", "de", "du", "des"))
        if m.tok_start == 0:
            return "subject"
        if prev in {",", "and", "but", "et", "mais"} and (verb_next or self._verb_after_apposition(sent, m)):
            return "subject"
        return "other"

    def _verb_after_apposition(self, sent: Sentence, m: Mention) -> bool:
        """ "The president of the Council, Dieter Graumann, said" / "Dieter Graumann, 64, said"."""
        toks = sent.tokens
        j = m.tok_end
        if j >= len(toks) or toks[j].text != ",":
            return False
        for close in range(j + 1, min(len(toks), j + 15)):
            if toks[close].text == ",":
                nxt = toks[close + 1] if close + 1 < len(toks) else None
                return nxt is not None and (self._is_cue_token(nxt) or nxt.lower in VERB_STOPS[self.lang])
        nxt = toks[j + 1] if j + 1 < len(toks) else None
        return nxt is not None and (self._is_cue_token(nxt) or nxt.lower in VERB_STOPS[self.lang] or
                                    nxt.is_word and not nxt.is_cap and nxt.lower not in DETERMINERS and
                                    nxt.lower not in PREPOSITIONS_TAIL and nxt.lower not in COORDINATION)

    def _appositions(self, sent: Sentence) -> None:
        """Record what each person is described as: "X, Putin's adviser," / "Putin's adviser, X,"."""
        toks = sent.tokens
        merged = []
        for m in sent.mentions:
            e = m.entity
            if e is not None and e.kind in ("org", "unknown"):
                self._org_apposition(sent, m, e)
            if e is None or e.kind not in ("person", "unknown"):
                continue
            # after: "Yuri Ushakov, the Kremlin adviser,"
            if m.tok_end < len(toks) and toks[m.tok_end].text == "," and m.tok_end + 1 < len(toks):
                desc = description_forward(sent, m.tok_end + 1, self.lex)
                closed = desc is not None and (desc.tok_end >= len(toks) or toks[desc.tok_end].text in (",", ".", ";")
                                               or self._is_cue_token(toks[desc.tok_end]))
                if closed and (is_role(desc.head, self.lex) or is_org_noun(desc.head, self.lex)) and not any(
                        o.kind == "name" and desc.tok_start < o.tok_start < desc.tok_end for o in sent.mentions):
                    self.registry.describe(e, desc.text)
            # before: "Vladimir Putin's diplomatic adviser, Yuri Ushakov"
            k = m.tok_start - 1
            if k >= 1 and toks[k].text == ",":
                desc = _description_ending(sent, k - 1, self.lex)
                if desc is None and e.kind == "person":
                    desc = any_noun_phrase(sent, k - 1)  # "His Polish counterpart, Katarzyna Nowak"
                if desc is not None and _plural_head(desc) and m.words and len(m.words) <= 3:
                    desc = None  # "Lawyers for the defendant, Victor Reyes": the name is the defendant's
                if desc is not None and (e.kind == "person" or len(e.tokens) > 1 and e.kind == "unknown" or
                                         not _ends_with_org(desc, self.lex)):
                    after = toks[m.tok_end].text if m.tok_end < len(toks) else "."
                    if after in (",", ".", ";", ":", ")") or toks[m.tok_end].lower in self.lex.cue_forms or \
                            self.lex.cue_re.match(self.text, toks[m.tok_end].start):
                        self.registry.describe(e, desc.text)
                        wide = Mention("name", desc.start, m.end, m.text, desc.tok_start, m.tok_end,
                                       entity=e, gender=m.gender, words=m.words)
                        wide.name_span = (m.start, m.end)
                        merged.append(wide)
            # pre-nominal role words: "airline consultant Jay Sorensen", "le secrétaire d'Etat John Kerry"
            k = m.tok_start - 1
            words = []
            while k >= 0 and len(words) < 5 and toks[k].is_word and not toks[k].is_cap and \
                    toks[k].lower not in self.lex.cue_forms and toks[k].lower not in NP_JOINERS:
                words.append(toks[k].lower)
                k -= 1
            if words and any(is_role(w, self.lex) for w in words) and \
                    (is_role(words[0], self.lex) or self.lang == "fr"):
                self.registry.describe(e, " ".join(reversed(words)))
        sent.mentions = sent.mentions + merged

    def _org_apposition(self, sent: Sentence, m: Mention, e) -> None:
        """Record what an organisation is described as: "Moody's, the ratings agency," / "the agency Moody's"."""
        toks = sent.tokens
        if m.tok_end + 1 < len(toks) and toks[m.tok_end].text == ",":
            desc = description_forward(sent, m.tok_end + 1, self.lex)
            if desc is not None and is_org_noun(desc.head, self.lex) and not is_role(desc.head, self.lex) and \
                    (desc.tok_end >= len(toks) or toks[desc.tok_end].text in (",", ".", ";")):
                self.registry.describe(e, desc.text)
        desc = description_back(sent, m.tok_start - 1, self.lex) if m.tok_start > 0 else None
        if desc is not None and is_org_noun(desc.head, self.lex) and not is_role(desc.head, self.lex) and \
                toks[m.tok_start - 1].lower not in NP_JOINERS:
            self.registry.describe(e, desc.text)  # "the ratings agency Moody's", "l'agence de notation Moody's"

    # -- candidates ------------------------------------------------------

    def _marked_candidates(self) -> list[_Candidate]:
        out = []
        for qi, q in enumerate(self.marked):
            places = self.quote_places.get(qi)
            if not places or self._name_or_title(q, places):
                continue
            kind = self._kind(q, places)
            cand = _Candidate(q.start, q.end, kind, q.open_mark if q.open_mark is not None else q.start, q,
                              q.first_block, headline=q.first_block in self.headlines)
            cand.words = len(self.text[q.start:q.end].split())
            cand.places = places
            cand.work = kind == "partial" and self._work_title(q, places)
            out.append(cand)
        return out

    def _name_or_title(self, q: MarkedQuote, places: list[tuple[int, int]]) -> bool:
        """Marks around a name or a title ("MUSCULAR", Kenny "Babyface" Edmonds, "SAS à Istanbul",
        the film "The Last Harbour"): not someone's words."""
        content = self.text[q.start:q.end].strip()
        words = re.findall(r"[\w'’-]+", content)
        if not words or len(words) > 6 or content[-1:] in TERMINAL | {","} or q.first_block != q.last_block:
            return False
        si, k = places[0]
        sent = self.sentences[si]
        before = sent.tokens[k - 1] if k > 0 else None
        after = sent.tokens[k + 1] if k + 1 < len(sent.tokens) else None
        if before is not None and (before.text == ":" or self._is_cue_token(before)):
            return False
        if sent.headline and self._title_case_block(sent.block):
            return False
        alpha = [w for w in words if w[:1].isalpha()]
        if alpha and all(w.isupper() and len(w) > 1 for w in alpha):
            return True  # "MUSCULAR", "FIN"
        if before is not None and after is not None and before.is_cap and after.is_cap and \
                before.text != QUOTE_TOKEN and after.text != QUOTE_TOKEN and before.lower not in FUNCTION_WORDS:
            return True  # Kenny "Babyface" Edmonds
        if before is not None and (before.lower in TITLE_NAMING or before.lower in TITLE_NOUNS and k >= 2 and
                                   sent.tokens[k - 2].lower in TITLE_DETERMINERS):
            return True  # the programme dubbed "MUSCULAR", le film "Les Heures claires"
        if not words[0][:1].isupper() or before is None:
            return False
        if len(words) >= 2 and _fold_first(words[0]) in self.lex.org_words:
            return True  # "Parti de la banlieue", "Association des maires"
        title_case = all(w[:1].isupper() or len(w) < 4 or w[:1].isdigit() for w in words)
        if len(words) >= 2 and title_case:
            return True  # "Parti de la Banlieue", "The Last Harbour"
        return title_case and len(words) <= 3 and before.lower in PREPOSITIONS_TAIL | {"of", "de", "du", "d'", "d’"}

    def _work_title(self, q: MarkedQuote, places: list[tuple[int, int]]) -> bool:
        """ "author of "Early Puberty in Girls."", "stars in "Parks and Recreation,"", "auteur du livre de
        référence "Histoires de comédies musicales"": the title of a work, punctuation and all."""
        content = self.text[q.start:q.end].strip().rstrip(",.;")
        words = re.findall(r"[\w'’-]+", content)
        if not words or len(words) > 14 or q.first_block != q.last_block or re.search(r"[.!?]\s", content):
            return False
        si, k = places[0]
        sent = self.sentences[si]
        if sent.headline or k == 0:
            return False
        before = [t.lower for t in sent.tokens[max(0, k - 4):k]]
        last = sent.tokens[k - 1]
        if last.text in (":", ",", QUOTE_TOKEN) or self._is_cue_token(last) or last.lower in ("that", "que", "qu'"):
            return False
        if any(w in WORK_MAKERS or w in TITLE_NAMING for w in before):
            return True
        content_words = [w for w in words if w.lower() not in FUNCTION_WORDS and w[:1].isalpha()]
        return len(words) >= 2 and words[0][:1].isupper() and len(content_words) >= 2 and \
            all(w[:1].isupper() for w in content_words)

    def _title_case_block(self, index: int) -> bool:
        words = [w for w in self.text[self.blocks[index].start:self.blocks[index].end].split() if len(w) > 3]
        return len(words) >= 3 and sum(w[:1].isupper() for w in words) >= 0.75 * len(words)

    def _kind(self, q: MarkedQuote, places: list[tuple[int, int]]) -> str:
        """Direct when the quote stands as a statement of its own, partial when it sits in the reporter's syntax."""
        content = self.text[q.start:q.end]
        if q.first_block != q.last_block:
            return "direct"
        si, k = places[0]
        sent = self.sentences[si]
        before = sent.tokens[:k]
        after = sent.tokens[k + 1:]
        tail = content.rstrip()[-1:]
        several = bool(re.search(r"[.!?…]\s+[A-ZÀ-Ý«“\"]", content))
        last = before[-1] if before else None
        if last is None or last.text in ("—", "–", "-", "(") or last.text == QUOTE_TOKEN:
            if not after or after[0].text in ATTACHED_PUNCTUATION:
                return "direct"
            if tail in TERMINAL or tail == "," or several:
                return "direct"
            if self._is_cue_token(after[0]) or self._starts_attribution(sent, k + 1):
                return "direct"
            return "partial"
        if last.text == ":":
            return "direct"
        if last.text == "," and (any(self._is_cue_token(t) for t in before[:-1]) or several):
            return "direct"
        if self._is_cue_token(last) and content[:1].isupper():
            return "direct"
        return "partial"

    def _starts_attribution(self, sent: Sentence, j: int) -> bool:
        """ "“…” the minister said": a speaker then a cue right after the quote."""
        for kk, _, cue in self._cues(sent):
            if kk > j:
                return kk - j <= 6 and all(t.is_word for t in sent.tokens[j:kk])
        return False

    def _is_cue_token(self, tok: Token) -> bool:
        return bool(self.lex.cue_re.match(self.text, tok.start)) and tok.text != QUOTE_TOKEN

    def _cues(self, sent: Sentence) -> list[tuple[int, int, Cue]]:
        """Cues of a sentence outside quotations, with their first and past-the-end token indices."""
        cached = self._cue_cache.get(id(sent))
        if cached is None:
            cached = self._cue_cache[id(sent)] = self._find_cues(sent)
        return cached

    def _find_cues(self, sent: Sentence) -> list[tuple[int, int, Cue]]:
        out = []
        holes = [(t.start, t.end) for t in sent.tokens if t.text == QUOTE_TOKEN]
        for cue in find_cues(self.text, sent.start, sent.end, self.lex):
            if any(a <= cue.start < b for a, b in holes):
                continue
            k = sent.index_at(cue.start)
            k_end = sent.index_at(cue.end)
            if k < len(sent.tokens) and sent.tokens[k].start == cue.start:
                if k > 0 and sent.tokens[k].is_cap and any(m.kind == "name" and m.tok_start <= k < m.tok_end
                                                           for m in sent.mentions):
                    continue  # "the United States", "Secretary of State"
                out.append((k, k_end, cue))
        return out

    # -- speakers ----------------------------------------------------------

    def _cue_speaker(self, sent: Sentence, k: int, k_end: int, cue: Cue) -> Mention | None:
        """Who speaks through `cue`, or None when it is not used as a reporting cue here."""
        toks = sent.tokens
        form = cue.info.form
        if form in ("source", "person"):
            m = np_after(sent, k_end, self.lex, pronoun=True)
            if m is None:
                return None
            if form == "person":
                if k > 0 and toks[k - 1].text not in (",",) and toks[k - 1].lower not in ("et", "mais"):
                    return None
                nxt = toks[m.tok_end].text if m.tok_end < len(toks) else ""
                first = next((w for w in m.words if w not in FUNCTION_WORDS and w not in ("l'", "l’")), "")
                if nxt != "," or not (m.kind == "pronoun" or m.kind == "name" and m.entity is not None and
                                      (m.entity.kind == "person" or m.entity.kind == "unknown" and
                                       len(m.entity.tokens) > 1) or m.kind == "description" and
                                      is_role(first, self.lex)):
                    return None
            if m.kind == "description" and m.words and m.words[0] in ("lequel", "laquelle", "lesquels",
                                                                       "lesquelles", "schedule", "plan"):
                return None
            return self._document_source(sent, m)
        if cue.pronoun is not None:
            word, a, b = cue.pronoun
            gender = self.lex.pronouns.get(word.lower())
            return Mention("pronoun", a, b, word, k, k_end, gender=gender)
        if is_passive(toks, k):
            return None
        if form == "infinitive":
            return self._infinitive_subject(sent, k)
        prev = toks[k - 1] if k > 0 else None
        m = None
        j = k - 1
        while j >= 0 and toks[j].lower in ("l'", "l’", "le", "l"):
            j -= 1
        if j >= 0 and toks[j].lower in ("comme", "ainsi") and form == "finite":
            m = np_after(sent, k_end, self.lex)  # "comme l'écrit le journaliste Elijah Wald"
            if m is not None:
                return m
        if form != "participle" and (prev is None or prev.text in (QUOTE_TOKEN, "—", "–", ":", "(")):
            m = np_after(sent, k_end, self.lex)
            if m is None and (prev is None or prev.text == QUOTE_TOKEN):
                return None
        elif form != "participle" and prev.text == ",":
            m = self._after_comma(sent, k, k_end, addressee="object" in cue.info.tags)
            if m is None:
                return None
        if m is None and k_end < len(toks) and toks[k_end].lower in ("by", "par") and \
                not toks[k].lower.endswith(("ing", "ant")):
            return self._agent(sent, k_end)  # "hailed by criminals as a "top brief""
        if m is None:
            m = np_before(sent, k, self.lex)
        if m is None and form == "participle":
            m = self._governing_subject(sent, k)
        if m is None:
            return None
        if "weak" in cue.info.tags and not self._strong_subject(m, sent, k, k_end):
            return None
        return self._document_source(sent, m)

    def _infinitive_subject(self, sent: Sentence, k: int) -> Mention | None:
        """ "La Royale vient de nous confirmer", "s'est contenté d'ajouter", "Et la Marine de certifier"."""
        toks = sent.tokens
        j = k - 1
        while j >= 0 and toks[j].lower in CLITICS:
            j -= 1
        if j < 0 or toks[j].lower not in ("de", "d'", "d’", "à", "pour"):
            return None
        j -= 1
        steps = 0
        while j >= 0 and steps < 4 and toks[j].is_word and not toks[j].is_cap and \
                toks[j].lower not in DETERMINERS and sent.mention_ending(j) is None and \
                description_back(sent, j, self.lex) is None:
            j -= 1
            steps += 1
        if j < 0:
            return None
        tok = toks[j]
        if tok.lower in self.lex.pronouns and self.lex.pronouns[tok.lower] in ("m", "f", "plural", "thing"):
            return Mention("pronoun", tok.start, tok.end, tok.text, j, j + 1, gender=self.lex.pronouns[tok.lower])
        return sent.mention_ending(j) or description_back(sent, j, self.lex)

    def _after_comma(self, sent: Sentence, k: int, k_end: int, addressee: bool = False) -> Mention | None:
        """A cue after a comma: inverted (`…, said X`) or after an apposition (`X, the minister, said`).
        After "told", "asked" or "urged" the noun phrase is whom the words were addressed to."""
        toks = sent.tokens
        before = clause_subject(sent, k, self.lex)
        after = None if addressee and self.lang == "en" else np_after(sent, k_end, self.lex)
        near = sent.mention_ending(k - 2) if k >= 2 else None
        if near is not None and near.kind == "name" and near.entity is not None and \
                near.entity.kind in ("person", "unknown") and after is None and \
                (before is None or k - before.tok_end > 10 and near.tok_start > 0 and
                 toks[near.tok_start - 1].text == ","):
            return near  # "…, the head of the Memorial, Professor Johannes Tuchel, confirmed to Bild"
        if before is not None and before.tok_end < k and toks[before.tok_end].text == "," and \
                not any(t.text == QUOTE_TOKEN for t in toks[before.tok_end:k]) and \
                (k - before.tok_end <= 12 or after is None):
            return before
        return after

    def _strong_subject(self, m: Mention, sent: Sentence, k: int, k_end: int) -> bool:
        """A weak cue ("note", "report") needs a speaker that can only be a speaker, or content after it."""
        if m.kind in ("name", "pronoun") or m.start > sent.tokens[k].start:
            return True
        if is_role(m.head, self.lex) and m.definite:
            return True
        return self._followed_by_content(sent, k_end)

    def _followed_by_content(self, sent: Sentence, k_end: int) -> bool:
        toks = sent.tokens
        if k_end + 1 < len(toks) and toks[k_end].lower == "to" and toks[k_end + 1].lower in ("have", "be", "know"):
            return True  # "the company claims to have …"
        return k_end < len(toks) and toks[k_end].text in (":", QUOTE_TOKEN, "that", "que", "qu'", "qu’")

    def _governing_subject(self, sent: Sentence, k: int) -> Mention | None:
        """The subject of "saying"/"ajoutant": the speaker of an earlier cue, or the clause subject;
        for a sentence that opens with the participle, the subject of the main clause after it."""
        if k == 0:
            for m in sorted(sent.mentions, key=lambda m: m.tok_start):
                if m.kind == "name" and m.entity is not None and m.entity.kind in ("person", "unknown") and \
                        m.tok_end < len(sent.tokens) and not sent.tokens[m.tok_end].is_cap and \
                        sent.tokens[m.tok_start - 1].lower not in NP_JOINERS:
                    return m  # "Saying the myths were “far too wild”, Crossley-Holland advocated …"
            return None
        for kk, kk_end, cue in reversed(self._cues(sent)):
            if kk < k and cue.info.form == "finite":
                m = self._cue_speaker(sent, kk, kk_end, cue)
                if m is not None:
                    return m
        return clause_subject(sent, k, self.lex)

    def _document_source(self, sent: Sentence, m: Mention) -> Mention:
        """ "according to figures published by the authorities": the authorities speak."""
        if m.kind != "description" or m.head not in DOCUMENT_HEADS:
            return m
        toks = sent.tokens
        for j in range(m.tok_start + 1, min(len(toks), m.tok_end + 4)):
            if toks[j].lower in ("by", "from", "par", "de", "du") and j + 1 < len(toks):
                other = sent.mention_starting(j + 1) or description_forward(sent, j + 1, self.lex)
                if other is not None:
                    return other
        return m

    # -- attribution -----------------------------------------------------

    def _attribute(self, cand: _Candidate) -> None:
        if cand.work:
            return
        if cand.kind != "reported":
            self._attribute_marked(cand)
        if cand.mention is None and cand.carried_from is None:
            self._carry_over(cand)
        if cand.mention is not None and cand.resolution is None:
            pos = cand.mention.start
            if cand.mention.kind == "pronoun" and cand.marked is not None and cand.start < pos:
                pos = cand.start  # "“…¶ … ¶ …,” she added": the antecedent comes before the quote, however long
            cand.resolution = self.resolver.resolve(cand.mention, pos, headline=cand.headline)
            if cand.mention.kind == "pronoun" and cand.resolution.name is None:
                cand.resolution = self._description_antecedent(cand.mention) or cand.resolution
            if cand.resolution.name is None:
                cand.resolution = self._fallback(cand.mention) or cand.resolution
        if cand.resolution is not None and cand.resolution.entity is not None:
            entity = cand.resolution.entity
            # "according to the Times", "a rapporté le Monde" (but not "Moore told reporters … according to Moore")
            spoke_before = any(e is entity for _, e, _ in self.resolver.history)
            self.resolver.spoke(cand.start, entity)
            if cand.cue is not None and entity.kind in ("org", "unknown") and \
                    (cand.cue.info.form == "source" and not spoke_before or cand.cue.info.lemma in MEDIA_CUES):
                self.resolver.cite(entity)
        elif cand.mention is not None and cand.mention.kind == "description" and cand.resolution is not None \
                and cand.resolution.how == "unresolved":
            self.resolver.spoke_as(cand.start, cand.mention.text, cand.mention.head or "")
        elif cand.mention is not None and cand.resolution is not None and cand.resolution.name is not None and \
                cand.resolution.how in ("name", "description", "pronoun"):
            # a speaker known only by its words ("Publicis and Omnicom", "a press regulator"): later "they"/"it"
            head = cand.mention.head if cand.mention.kind == "description" else ""
            self.resolver.spoke_as(cand.start, cand.resolution.name, head or "")
        if cand.resolution is not None and not cand.headline and \
                (cand.resolution.name is not None or cand.mention is not None and cand.mention.kind == "description"):
            self._last_attributed = cand

    def _fallback(self, m: Mention) -> Resolution | None:
        """Last resorts for a mention nothing earlier resolves: a description that ends with a known
        person's name ("le secrétaire général de l'ONU Ban Ki-moon"); "it"/"they" after an organisation
        known only by its name ("Qantas said … “…,” it said"); a pronoun before anyone is named, in a window
        that starts mid-article ("“…,” he said. Moore told reporters …"): the next person named as a subject."""
        if m.kind == "description":
            words = [w for w in m.words if w]
            for size in (3, 2):
                entity = self.registry.find(words[-size:]) if len(words) > size else None
                if entity is not None and entity.kind == "person" and \
                        [fold(w) for w in words[-size:]] == entity.folded:
                    return Resolution(entity.name, entity, 0.75, "name")
            return None
        if m.kind != "pronoun":
            return None
        if m.gender in ("thing", "plural"):
            last = self.resolver.last_speaker(m.start, within=2)
            if last is not None and last.kind == "unknown" and last.gender is None and len(last.tokens) == 1 \
                    and not any(f in self.lex.first_names for f in last.folded):
                return Resolution(last.name, last, 0.55, "pronoun")
            return None
        if m.gender not in ("m", "f"):
            return None
        if any(e is not None for p, e, _ in self.resolver.history if p < m.start) or \
                any(e.kind == "person" and e.last_before(m.start) is not None for e in self.registry.entities):
            return None
        block = self.resolver.block_of(m.start)
        later = [(p, e) for e in self.registry.entities if e.kind in ("person", "unknown") and
                 (not e.gender or e.gender == m.gender)
                 for p, role in e.mentions if p > m.start and role == "subject" and
                 self.resolver.block_of(p) - block <= 2 and self.resolver.block_of(p) not in self.furniture]
        if not later:
            return None
        entity = min(later, key=lambda pe: pe[0])[1]
        return Resolution(entity.name, entity, 0.45, "cataphora")

    def _description_antecedent(self, pronoun: Mention) -> Resolution | None:
        """ "Investors fear …, they said", "Influential senators … “…,” they wrote", "un habitant … a-t-il
        ajouté": a pronoun nobody named answers to the subject description of its own or an earlier sentence."""
        si = next((i for i, s in enumerate(self.sentences) if s.start <= pronoun.start < s.end), None)
        if si is None or pronoun.gender not in ("plural", "m", "f"):
            return None
        sent = self.sentences[si]
        candidates = []
        own = sent.index_at(pronoun.start)
        if own > 0:
            candidates.append((sent, own))
        for prev in reversed(self.sentences[max(0, si - 3):si]):
            if sent.block - prev.block > 1 or prev.headline:
                break
            candidates.append((prev, len(prev.tokens)))
        for other, upto in candidates:
            text = self._plural_subject_text(other, upto) if pronoun.gender == "plural" else None
            if text is not None:
                return Resolution(text, None, 0.5, "pronoun")
            m = clause_subject(other, upto, self.lex)
            if m is not None and m.kind == "description" and m.start < pronoun.start and \
                    self.resolver._plural_text(m.text, (m.head or "").lower()) == (pronoun.gender == "plural"):
                return Resolution(m.text, None, 0.55, "pronoun")
        return None

    def _plural_subject_text(self, sent: Sentence, upto: int) -> str | None:
        """ "Influential senators criticised …", "Les investisseurs craignent …": a plural common-noun subject,
        its determiner and adjectives included, directly followed by its verb."""
        toks = sent.tokens
        starts = [k + 1 for k in range(upto - 1) if toks[k].text in (",", ";") and
                  toks[k + 1].lower in ("but", "and", "while", "whereas", "mais", "et", "tandis", "alors")]
        for start in reversed([0] + starts):  # the nearest clause first: "Passengers grumble, but airlines …"
            text = self._plural_subject_at(sent, start, upto)
            if text is not None:
                return text
        return None

    def _plural_subject_at(self, sent: Sentence, p: int, upto: int) -> str | None:
        toks = sent.tokens
        while p < upto and (toks[p].lower in ("but", "and", "so", "yet", "mais", "et", "or", "while", "whereas",
                                               "tandis", "alors", "que", "qu'") or toks[p].text in "-–—"):
            p += 1
        first = p
        if p < upto and toks[p].lower in DETERMINERS | {"les", "des", "de", "many", "some", "most", "several",
                                                        "plusieurs", "certains", "certaines", "nombre", "nombreux"}:
            p += 1
        for j in range(p, min(p + 4, upto - 1)):
            tok, nxt = toks[j], toks[j + 1]
            low = tok.lower
            if not tok.is_word or low in FUNCTION_WORDS or low in BE_FORMS or low in self.lex.pronouns or \
                    tok.is_cap and j > first or sent.mention_starting(j) is not None:
                return None
            if low.endswith(("s", "x")) and len(low) > 3 and not low.endswith("ss"):
                while self.lex.lang == "fr" and j + 2 < upto and nxt.lower.endswith(("s", "x")) and \
                        toks[j + 2].is_word and not toks[j + 2].is_cap and toks[j + 2].lower not in FUNCTION_WORDS:
                    j, nxt = j + 1, toks[j + 2]  # "les compagnies aériennes adorent"
                if not nxt.is_word or nxt.is_cap or nxt.lower in FUNCTION_WORDS or nxt.lower in BE_FORMS:
                    return None
                return sent_text(sent, first, j)
        return None

    def _attribute_marked(self, cand: _Candidate) -> None:
        places = cand.places
        si, k = places[0]
        sent = self.sentences[si]
        last_si, last_k = places[-1]
        if self._trailing(cand, self.sentences[last_si], last_k):
            cand.via = "cue after the quote"
            return
        if sent.headline and self._headline_name(cand, sent, k):
            cand.via = "headline “Name: quote”"
            return
        if self._leading(cand, sent, k):
            cand.via = "cue before the quote"
            return
        if self._in_sentence(cand, sent, k):
            cand.via = "cue in the same sentence"
            return
        if k == 0 and self._previous_block_colon(cand, sent):
            cand.via = "previous paragraph ends with a colon"
            return
        if k > 0 and sent.tokens[k - 1].text == ":":
            m = clause_subject(sent, k - 1, self.lex)
            if m is not None:
                m = self._document_source(sent, m)  # "A letter from Mr Snowden … said:"
            if m is not None and (m.kind != "description" or m.definite):
                cand.mention, cand.pattern, cand.via = m, 0.8, "subject of the clause before the colon"
                return
        if sent.headline and cand.kind == "partial":
            m = sent.mention_starting(0)
            if m is not None and m.kind == "name" and m.entity is not None and m.entity.kind == "person":
                cand.mention, cand.pattern, cand.via = m, 0.6, "person the headline names"

    def _headline_name(self, cand: _Candidate, sent: Sentence, k: int) -> bool:
        """ "Kim Jong-un: Russia will sign “important documents”" and "“Quote”: Name's ..."."""
        toks = sent.tokens
        colon = next((j for j, t in enumerate(toks) if t.text == ":"), None)
        if colon is None:
            return False
        if colon < k:
            m = sent.mention_ending(colon - 1)
            if m is not None and m.kind == "name" and m.tok_start == 0 and m.entity is not None and \
                    m.entity.kind in ("person", "unknown"):
                cand.mention, cand.pattern = m, 0.9
                return True
            if colon == k - 1:
                desc = clause_subject(sent, colon, self.lex)
                if desc is not None and desc.kind == "description" and desc.tok_start == 0 and \
                        all(t.lower in PREPOSITIONS_TAIL or t.is_cap for t in sent.tokens[desc.tok_end:colon]) and \
                        is_role(desc.head, self.lex):
                    cand.mention, cand.pattern = desc, 0.8  # "A former hostage: “…”"
                    return True
        elif colon == k + 1 and k == 0:
            m = sent.mention_starting(colon + 1)
            if m is not None and m.kind == "name" and m.entity is not None and m.entity.kind in ("person",
                                                                                               "unknown"):
                cand.mention, cand.pattern = m, 0.65
                return True
        return False

    def _trailing(self, cand: _Candidate, sent: Sentence, k: int) -> bool:
        """ `“…,” he said`, `», a déclaré X`, `“…” said the minister`, `“…,” X, who …, told`."""
        toks = sent.tokens
        j = k + 1
        while j < len(toks) and toks[j].text in (",", "—", "–", "-", ")"):
            j += 1
        if j >= len(toks) or j - k > 3:
            return False
        subject = self._np_at(sent, j)
        for kk, kk_end, cue in self._cues(sent):
            if kk < j or cue.info.form == "source" and kk > j:
                continue
            if kk > j + 25 or any(t.text in (QUOTE_TOKEN, ".", ";") for t in toks[j:kk]):
                break
            if kk == j:
                m = self._cue_speaker_inverted(sent, kk, kk_end, cue)
            elif subject is not None and (subject.tok_end == kk or toks[subject.tok_end].text == "," or
                                          self._only_adverbs(sent, subject.tok_end, kk)):
                m = subject
            else:
                break
            if m is not None and is_passive(toks, kk):
                m = self._agent(sent, kk_end)
            if m is None:
                break
            cand.mention, cand.cue, cand.pattern = m, cue, 1.0
            return True
        return self._inverted_pronoun(cand, sent, j)

    def _inverted_pronoun(self, cand: _Candidate, sent: Sentence, j: int) -> bool:
        """Any French inversion right after the quote: « … », s'est-il contenté d'ajouter."""
        toks = sent.tokens
        if self.lang != "fr":
            return False
        for jj in (j, j + 1):
            inv = INVERSION_END.search(toks[jj].text) if jj < len(toks) else None
            if inv is not None and (jj == j or toks[j].lower in ("s'", "s’", "se")):
                word = inv.group(1)
                start = toks[jj].start + inv.start(1)
                cand.mention = Mention("pronoun", start, start + len(word), word, jj, jj + 1,
                                       gender=self.lex.pronouns.get(word.lower()))
                cand.pattern = 0.95
                return True
        return False

    def _np_at(self, sent: Sentence, j: int) -> Mention | None:
        """A speaker noun phrase starting at token j: a name, a pronoun, or a description."""
        tok = sent.tokens[j]
        if tok.lower in self.lex.pronouns:
            return Mention("pronoun", tok.start, tok.end, tok.text, j, j + 1, gender=self.lex.pronouns[tok.lower])
        m = sent.mention_starting(j)
        if m is None and tok.lower in ("the", "le", "la", "l'", "l’") and j + 1 < len(sent.tokens):
            m = sent.mention_starting(j + 1)  # "the AFP was told by …"
        if m is not None:
            return m
        desc = description_forward(sent, j, self.lex)
        if desc is None:
            return None
        named = apposition_name(sent, desc)
        return widened(named, desc) if named else desc

    def _only_adverbs(self, sent: Sentence, a: int, b: int) -> bool:
        return all(t.lower in SKIP_BEFORE_CUE or t.lower.endswith(("ly", "ment")) or t.lower in TIME_WORDS or
                   t.lower in BE_FORMS for t in sent.tokens[a:b])

    def _agent(self, sent: Sentence, j: int) -> Mention | None:
        """ "the AFP was told by Imelda Nyirankusi": the agent speaks."""
        toks = sent.tokens
        if j < len(toks) and toks[j].lower in ("by", "par"):
            return self._np_at(sent, j + 1) if j + 1 < len(toks) else None
        return None

    def _cue_speaker_inverted(self, sent: Sentence, k: int, k_end: int, cue: Cue) -> Mention | None:
        if cue.pronoun is not None or cue.info.form in ("source", "person"):
            return self._cue_speaker(sent, k, k_end, cue)
        return np_after(sent, k_end, self.lex)

    def _leading(self, cand: _Candidate, sent: Sentence, k: int) -> bool:
        """ `X said: “…”` / `a déclaré X : « … »` / `he said, “…”` / `he said “…”`."""
        toks = sent.tokens
        if k == 0:
            return False
        last = toks[k - 1]
        if last.text not in (":", ",") and not self._is_cue_token(last):
            return False
        start = max([j + 1 for j in range(k) if toks[j].text == QUOTE_TOKEN] or [0])
        for kk, kk_end, cue in reversed(self._cues(sent)):
            if kk >= k or kk < start:
                continue
            m = self._cue_speaker(sent, kk, kk_end, cue)
            if m is not None:
                cand.mention, cand.cue, cand.pattern = m, cue, 1.0
                return True
        return False

    def _in_sentence(self, cand: _Candidate, sent: Sentence, k: int) -> bool:
        """A cue elsewhere in the sentence: a closing attribution, the leftmost cue before the quote, or after."""
        toks = sent.tokens
        cues = self._cues(sent)
        final = self._final_attribution(sent)
        if final is not None and final[0] > k:
            kk, cue, m = final
            cand.mention, cand.cue, cand.pattern = m, cue, 0.95
            return True
        clause_start = 0
        for j in range(k - 1, -1, -1):
            if toks[j].lower in CLAUSE_BREAKS and j > 0:
                clause_start = j
                break
        if clause_start == 0 and toks and toks[0].lower in SUBORDINATORS:
            comma = next((j for j in range(1, k) if toks[j].text == ","), None)
            if comma is not None:
                clause_start = comma + 1  # "After the police confirmed ..., Barrister X maintained ..."
        before = [c for c in cues if c[0] < k]
        ordered = [c for c in before if c[0] >= clause_start] + \
            list(reversed([c for c in before if c[0] < clause_start]))
        for kk, kk_end, cue in ordered:
            m = self._cue_speaker(sent, kk, kk_end, cue)
            if m is not None:
                cand.mention, cand.cue, cand.pattern = m, cue, 0.95
                return True
        for kk, kk_end, cue in cues:
            if kk <= k:
                continue
            m = self._cue_speaker(sent, kk, kk_end, cue)
            if m is not None:
                cand.mention, cand.cue, cand.pattern = m, cue, 0.9
                return True
        return False

    def _final_attribution(self, sent: Sentence) -> tuple[int, Cue, Mention] | None:
        """ "…, the MP said." / "…, selon X.": the reporting clause that closes a sentence."""
        toks = sent.tokens
        for kk, kk_end, cue in reversed(self._cues(sent)):
            m = self._cue_speaker(sent, kk, kk_end, cue)
            if m is None:
                continue
            begin = kk if m.tok_start >= kk_end or cue.pronoun is not None else min(kk, m.tok_start)
            end = max(kk_end, m.tok_end) if m.tok_start >= kk_end else kk_end
            if begin > 0 and toks[begin - 1].text == "," and self._tail_only(sent, end):
                return kk, cue, m
            return None
        return None

    def _previous_block_colon(self, cand: _Candidate, sent: Sentence) -> bool:
        """A paragraph that is a quote, after one ending "X said:"."""
        if sent.tokens[0].start != self.blocks[sent.block].start or sent.block == 0:
            return False
        previous = [s for s in self.sentences if s.block == sent.block - 1]
        if not previous or previous[-1].tokens[-1].text != ":":
            return False
        prev = previous[-1]
        toks = prev.tokens
        clause = max([j + 1 for j, t in enumerate(toks) if t.text in (",", ";", "-", "–", "—")] or [0])
        for kk, kk_end, cue in reversed(self._cues(prev)):
            if kk < clause:
                break
            m = self._cue_speaker(prev, kk, kk_end, cue)
            if m is not None:
                cand.mention, cand.cue, cand.pattern = m, cue, 0.9
                return True
        for j in range(clause, len(toks)):  # "accusations he would dismiss in two sentences:"
            tok = toks[j]
            if tok.lower in self.lex.pronouns and self.lex.pronouns[tok.lower] in ("m", "f", "plural", "thing"):
                cand.mention = Mention("pronoun", tok.start, tok.end, tok.text, j, j + 1,
                                       gender=self.lex.pronouns[tok.lower])
                cand.pattern = 0.8
                return True
            m = prev.mention_starting(j)
            if m is not None and m.kind == "name" and m.entity is not None and m.entity.kind == "person":
                cand.mention, cand.pattern = m, 0.8
                return True
        return False

    def _carry_over(self, cand: _Candidate) -> None:
        """A quote with no reporting clause of its own: the person the previous sentence is about, the
        subject of its own sentence when that is the last speaker, or the last speaker's continued quote."""
        if cand.headline or cand.kind == "reported" or cand.marked is None:
            return
        si, k = cand.places[0]
        sent = self.sentences[si]
        if cand.kind == "direct" and k == 0 and self._previous_subject(cand, si):
            return
        previous = self._last_attributed
        if previous is None or previous.resolution is None:
            if cand.kind == "partial":
                self._sentence_subject(cand, sent, k)
            return
        if previous.resolution.name is None and previous.carried_from is None and previous.mention is None:
            return
        gap = cand.block - previous.block
        if cand.kind == "partial":
            if self._about_last_speaker(sent, k, previous) and gap <= 2:
                self._carry(cand, previous, 0.6)
            elif cand.words >= 3 and not self._looks_like_title(cand) and gap <= 1:
                self._carry(cand, previous, 0.75 if gap == 0 else 0.5)
            else:
                self._sentence_subject(cand, sent, k)
            return
        at_block_start = cand.marked.open_mark is not None and cand.marked.open_mark == self.blocks[cand.block].start
        if gap == 0:
            self._carry(cand, previous, 0.75)
        elif gap <= 3 and (at_block_start or k == 0):
            self._carry(cand, previous, {1: 0.65, 2: 0.55}.get(gap, 0.45))

    def _sentence_subject(self, cand: _Candidate, sent: Sentence, k: int) -> None:
        """ "Le rapporteur, Stéphane Giraud, défend une réforme « équilibrée »": a named person's words."""
        m = clause_subject(sent, k, self.lex)
        if m is None or m.tok_end > k:
            return
        if m.kind == "name" and m.entity is not None and m.entity.kind == "person" or \
                m.kind == "description" and m.definite and is_role(m.head, self.lex):
            cand.mention, cand.pattern, cand.via = m, 0.55, "subject of the quote's sentence"

    def _carry(self, cand: _Candidate, previous: _Candidate, factor: float) -> None:
        cand.carried_from = previous
        cand.pattern = factor
        cand.via = "carried over from the previous quote"
        cand.resolution = previous.resolution
        cand.mention = None

    def _previous_subject(self, cand: _Candidate, si: int) -> bool:
        """ "The head chef is leaving with a twinge of sorrow. “François Hollande came to say goodbye.”" """
        if si == 0:
            return False
        prev = self.sentences[si - 1]
        if cand.block - prev.block > 1 or prev.headline or any(t.text == QUOTE_TOKEN for t in prev.tokens):
            return False
        last = self._last_attributed
        if last is not None and last.start >= prev.start:
            return False
        if prev.tokens[-1].text not in (".", ":", "!", "…"):
            return False
        m = clause_subject(prev, len(prev.tokens), self.lex)
        if m is None or m.kind == "description" and not m.definite:
            return False
        if m.kind == "name" and (m.entity is None or m.entity.kind not in ("person", "unknown")):
            return False
        if m.kind == "pronoun" and m.gender not in ("m", "f"):
            return False
        resolution = self.resolver.resolve(m, m.start)
        if resolution.name is None:
            return False
        cand.mention, cand.resolution, cand.pattern = m, resolution, 0.7
        cand.via = "subject of the previous sentence"
        return True

    def _about_last_speaker(self, sent: Sentence, k: int, previous: _Candidate) -> bool:
        """ "he defines himself as a “whistle-blower”": the sentence is about the last speaker."""
        m = clause_subject(sent, k, self.lex)
        if m is None or previous.resolution.entity is None:
            return False
        if m.kind == "name":
            return m.entity is previous.resolution.entity
        if m.kind == "pronoun" and m.gender in ("m", "f"):
            return self.resolver.resolve(m, m.start).entity is previous.resolution.entity
        return False

    def _looks_like_title(self, cand: _Candidate) -> bool:
        words = self.text[cand.start:cand.end].split()
        caps = sum(1 for w in words if w[:1].isupper())
        return caps >= max(2, len(words) - 1)

    # -- reported speech -------------------------------------------------

    def _reported_candidates(self) -> list[_Candidate]:
        out = []
        for sent in self.sentences:
            for kk, kk_end, cue in self._cues(sent):
                cand = self._reported(sent, kk, kk_end, cue)
                if cand is not None:
                    out.append(cand)
        return out

    def _reported(self, sent: Sentence, k: int, k_end: int, cue: Cue) -> _Candidate | None:
        toks = sent.tokens
        n = len(toks)
        m = self._cue_speaker(sent, k, k_end, cue)
        if m is None or m.kind == "pronoun" and m.gender == "first":
            return None
        after_cue = m.tok_start >= k_end
        clause_begin = k if after_cue or cue.pronoun is not None else min(k, m.tok_start)
        clause_end = max(k_end, m.tok_end) if after_cue else k_end
        if after_cue and m.kind == "description" and clause_end + 1 < n and toks[clause_end].text == ",":
            named = sent.mention_starting(clause_end + 1)
            if named is not None and named.kind == "name" and self._tail_only(sent, named.tok_end):
                m, clause_end = named, named.tok_end  # "…, raconte une des participantes, Andrea."
        prev = toks[clause_begin - 1].text if clause_begin > 0 else None
        if self._attaches_to_quote(sent, clause_begin, clause_end):
            return None
        span = None
        if cue.info.form in ("source", "person"):
            if (prev is None or prev == "," or toks[clause_begin - 1].lower in LEADING_WORDS) and \
                    clause_end < n and toks[clause_end].text == ",":
                span = self._span(sent, clause_end + 1, n)
            elif prev == "," and self._tail_only(sent, clause_end):
                span = self._span(sent, self._clause_begin(sent, clause_begin - 1), clause_begin - 1)
        else:
            if prev == "," and ("weak" not in cue.info.tags or after_cue):
                if self._tail_only(sent, clause_end):
                    span = self._span(sent, self._clause_begin(sent, clause_begin - 1), clause_begin - 1)
                if span is None and clause_end < n and toks[clause_end].text == ",":
                    begin = self._clause_begin(sent, clause_begin - 1)
                    lead = [t for t in toks[begin:clause_begin - 1] if t.is_word]
                    # "In exchange, Washington and Seoul say, Russia provided ...": the content follows
                    first = clause_end + 1 if len(lead) <= 3 else begin
                    span = self._span(sent, first, n)
            if span is None:
                span = self._that_clause(sent, clause_end, cue)
        if span is None:
            return None
        start, end = span
        cand = _Candidate(start, end, "reported", min(start, toks[k].start), None, sent.block,
                          cue=cue, mention=m, headline=sent.headline, via="reporting clause")
        cand.words = len(self.text[start:end].split())
        return cand

    def _attaches_to_quote(self, sent: Sentence, begin: int, end: int) -> bool:
        """ `“…,” he said` or `he said: “…”`: the clause attributes a direct quote, it reports nothing."""
        toks = sent.tokens
        j = begin - 1
        while j >= 0 and toks[j].text in (",", "—", "–"):
            j -= 1
        if j >= 0 and toks[j].text == QUOTE_TOKEN and j == begin - 1 - sum(1 for t in toks[j + 1:begin]
                                                                            if t.text in (",", "—", "–")):
            q = self.marked[sent.quote_tokens[j]]
            if self.text[q.start:q.end].rstrip()[-1:] in TERMINAL | {","} or toks[j + 1:begin] or \
                    j == 0 or toks[j - 1].text in (":", ".", QUOTE_TOKEN):
                return True
        j = end
        while j < len(toks) and (toks[j].lower in TIME_WORDS or toks[j].is_word and j - end < 6 and
                                 toks[j].lower not in ("that", "que", "qu'", "qu’")):
            j += 1
        if j < len(toks) and toks[j].text == "," and j + 1 < len(toks) and toks[j + 1].text != QUOTE_TOKEN:
            close = next((c for c in range(j + 1, min(len(toks), j + 10)) if toks[c].text in (",", ":")), None)
            if close is not None and all(t.is_word or t.text in ("'", "’", "-") for t in toks[j + 1:close]):
                j = close  # "pour X, du Centre des études politiques, « … »"
        if j < len(toks) and toks[j].text in (":", ",") and j + 1 < len(toks) and toks[j + 1].text == QUOTE_TOKEN:
            return True
        return False

    def _tail_only(self, sent: Sentence, j: int) -> bool:
        """Only adverbials, an apposition or a relative clause follow token j to the end of the sentence."""
        toks = sent.tokens
        rest = [t for t in toks[j:] if t.text not in TERMINAL and t.text not in ("»", "”", ")", "...")]
        if not rest:
            return True
        if any(t.text in (QUOTE_TOKEN, ";") for t in rest) or any(self._is_cue_token(t) for t in rest):
            return False
        if rest[0].text != ",":
            if all(is_adverb(t, self.lang) for t in rest):
                return True  # "…, assure-t-il également."
            return len(rest) <= 12 and (rest[0].lower in PREPOSITIONS_TAIL or rest[0].lower in TIME_WORDS or
                                        rest[0].text == "(")
        if len(rest) < 2:
            return True
        nxt = rest[1]
        k = toks.index(nxt) if nxt in toks else None
        if nxt.lower in ("who", "which", "qui", "dont", "où", "whose") or is_role(nxt.lower, self.lex) or \
                nxt.lower in self.lex.nationalities or nxt.lower.endswith("ing") or nxt.lower.endswith("ant"):
            return True
        if k is not None:
            desc = description_forward(sent, k, self.lex)
            if desc is not None and (is_role(desc.head, self.lex) or is_role(desc.head.rstrip("s"), self.lex)):
                return True
        return False

    def _clause_begin(self, sent: Sentence, comma: int) -> int:
        toks = sent.tokens
        for j in range(comma - 1, -1, -1):
            if toks[j].text == ";":
                return j + 1
        return 0

    def _that_clause(self, sent: Sentence, j: int, cue: Cue) -> tuple[int, int] | None:
        toks = sent.tokens
        n = len(toks)
        limit = min(n, j + 14)
        if j < n and ("predicate" in cue.info.tags or self.lang == "fr" and _infinitive(toks[j].lower)):
            return self._span(sent, j, n)  # "s'est déclaré choqué par …", "assurait ignorer le nombre …"
        for q in range(j, limit):
            low = toks[q].lower
            if toks[q].text in (".", ";", "?", "!") or toks[q].text == QUOTE_TOKEN or low in COORDINATION or \
                    low in SUBJECT_PRONOUNS[self.lang] or low in VERB_STOPS[self.lang] or low in BE_FORMS:
                break
            if low in ("that", "que", "qu'", "qu’"):
                if q > 0 and (toks[q - 1].lower in CONJUNCTION_HEADS or low == "that" and
                              toks[q - 1].lower in PREPOSITIONS_TAIL | {"of", "for", "about"}):
                    break
                return self._span(sent, q + 1, n)
            if toks[q].text == ":" and q + 1 < n:
                return self._span(sent, q + 1, n)
            if q > j and self.lex.cue_re.match(self.text, toks[q].start):
                info = self.lex.cue_forms.get(low)
                if info is None or "weak" not in info.tags and info.form != "infinitive":
                    break
        if self.lang != "en" or "zero-that" not in cue.info.tags:
            return None
        q = j
        if "object" in cue.info.tags and q < n:
            q = self._skip_object(sent, q)
        while q < n:
            low = toks[q].lower
            if low in TIME_WORDS and not (low == "on" and q + 1 < n and toks[q + 1].lower not in TIME_WORDS):
                q += 1
                continue
            if low in ("in", "at", "to", "on", "during"):
                end = self._adverbial_end(sent, q)
                if end is not None:
                    q = end
                    continue
            break
        if q < n and toks[q].text == ",":
            return None
        if q >= n:
            return None
        tok = toks[q]
        starts_clause = tok.lower in CLAUSE_STARTERS or (tok.is_cap and tok.lower not in {"in", "on", "at"}) or \
            tok.text[:1].isdigit() or tok.text == QUOTE_TOKEN
        if not starts_clause or tok.lower in {"to", "for", "so", "as", "about", "of"}:
            return None
        return self._span(sent, q, n)

    def _skip_object(self, sent: Sentence, q: int) -> int:
        """After "told": skip "reporters", "the AFP", "Russian media" up to the content."""
        toks = sent.tokens
        m = sent.mention_starting(q)
        if m is not None:
            return m.tok_end
        if toks[q].lower in {"reporters", "journalists", "me", "us", "him", "her", "them", "media", "parliament",
                             "lawmakers", "investors", "analysts", "viewers", "listeners", "supporters"}:
            return q + 1
        if toks[q].lower in {"the", "a", "an", "his", "her", "their", "its"}:
            j = q + 1
            while j < len(toks) and j - q < 5 and (toks[j].is_cap or toks[j].lower in {"press", "media", "court",
                                                                                      "jury", "committee",
                                                                                      "audience", "crowd",
                                                                                      "newspaper", "agency"}):
                j += 1
            return j
        j = q
        while j < len(toks) and j - q < 3 and toks[j].is_cap:
            j += 1
        if j < len(toks) and toks[j].lower in {"media", "television", "radio", "reporters", "journalists", "press"}:
            return j + 1
        return j

    def _adverbial_end(self, sent: Sentence, q: int) -> int | None:
        """ "in a statement", "at a press conference", "to reporters": the token after it, if it is one."""
        toks = sent.tokens
        j = q + 1
        while j < len(toks) and j - q < 6 and toks[j].is_word and toks[j].lower not in CLAUSE_STARTERS - \
                {"the", "a", "an", "his", "her", "its", "their"}:
            j += 1
        phrase = " ".join(t.lower for t in toks[q:j])
        if re.search(r"statement|interview|conference|briefing|release|letter|reporters|journalists|"
                     r"television|radio|speech|post|tweet|note|email|report|hearing|court|website|blog", phrase):
            return j
        return None

    def _span(self, sent: Sentence, a: int, b: int) -> tuple[int, int] | None:
        toks = sent.tokens
        while a < b and toks[a].text in (",", ":", "—", "–", "-"):
            a += 1
        while b > a and toks[b - 1].text in TERMINAL | {",", ";", ":", "»", "”", ")", "—", "–", "-", "..."}:
            b -= 1
        if b - a < 3:
            return None
        words = [t for t in toks[a:b] if t.is_word]
        if len(words) < 2 and not any(t.text == QUOTE_TOKEN for t in toks[a:b]):
            return None
        if all(t.text == QUOTE_TOKEN or not t.is_word for t in toks[a:b]):
            return None
        start, end = toks[a].start, toks[b - 1].end
        if toks[a].text == QUOTE_TOKEN:
            start = toks[a].start
        return start, end

    # -- output ----------------------------------------------------------

    def _quote(self, cand: _Candidate) -> Quote:
        m, res = cand.mention, cand.resolution
        speaker = speaker_span = None
        if m is not None:
            speaker_span = m.name_span or (m.start, m.end)
            speaker = self.text[speaker_span[0]:speaker_span[1]]
        elif cand.carried_from is not None:
            source = cand.carried_from
            while source.carried_from is not None:
                source = source.carried_from
            if source.mention is not None:
                span = source.mention.name_span or (source.mention.start, source.mention.end)
                speaker = self.text[span[0]:span[1]]
        confidence = 0.0
        if res is not None:
            confidence = res.confidence * cand.pattern
            if res.name is None and speaker is None:
                confidence = 0.0
        elif speaker is not None:
            confidence = 0.5 * cand.pattern
        q = cand.marked
        cue = cand.cue
        return Quote(
            start=cand.start, end=cand.end, text=self.text[cand.start:cand.end], kind=cand.kind,
            speaker=speaker, resolved_speaker=res.name if res is not None else None,
            cue=_cue_text(cue) if cue is not None else None, confidence=round(min(confidence, 0.99), 3),
            speaker_span=speaker_span, cue_span=(cue.start, cue.end) if cue is not None else None,
            open_mark=q.open_mark if q else None, close_mark=q.close_mark if q else None,
            unbalanced=q.unbalanced if q else False, block=cand.block,
            evidence=self._evidence(cand, speaker, speaker_span),
        )

    def _evidence(self, cand: _Candidate, speaker: str | None, speaker_span) -> Evidence | None:
        res, m = cand.resolution, cand.mention
        if res is None and speaker is None:
            return None
        if cand.carried_from is not None:
            source = cand.carried_from
            while source.carried_from is not None:
                source = source.carried_from
            m = source.mention
            if speaker_span is None and m is not None:
                speaker_span = m.name_span or (m.start, m.end)
        antecedent = antecedent_start = None
        if res is not None and res.how in ("pronoun", "description", "source", "surname", "cataphora") and res.name:
            antecedent = res.name
            if res.entity is not None and m is not None:
                antecedent_start = res.entity.last_before(m.start)
        cue = cand.cue if cand.cue is not None else (cand.carried_from.cue if cand.carried_from else None)
        return Evidence(
            via=cand.via or "reporting clause", step=_step(res, m, cue is not None),
            cue=_cue_text(cue) if cue is not None else None, cue_span=(cue.start, cue.end) if cue else None,
            mention=speaker, mention_span=speaker_span, antecedent=antecedent, antecedent_start=antecedent_start,
        )



INVERSION_END = re.compile(r"\w[-‑](?:t[-‑])?(il|elle|ils|elles)$", re.I)
TITLE_NAMING = frozenset("""dubbed nicknamed entitled titled codenamed baptisé baptisée surnommé surnommée
intitulé intitulée""".split())
ATTACHED_PUNCTUATION = frozenset({",", ".", ";", ":", "!", "?", "—", "–", "-", ")", "…", QUOTE_TOKEN})
TITLE_NOUNS = frozenset("""word words term film films movie documentary book books novel novels series show
programme program song songs album newspaper magazine play opera exhibition operation mot mots terme documentaire
livre livres roman romans série émission chanson journal pièce opéra exposition opération""".split())
WORK_MAKERS = frozenset("""author authors co-author titled starred starring film films movie documentary book
books novel novels memoir album song songs sitcom auteur auteure autrice intitulé intitulée livre livres roman
romans documentaire chanson""".split())
TITLE_DETERMINERS = frozenset("""the a an his her its their this le la les l' l’ un une son sa ses leur ce cette
du de des""".split())
SUBORDINATORS = frozenset("""after when while if as although though before since because once unless whereas
lorsque quand si comme après avant bien puisque dès pendant tandis""".split())
NP_JOINERS = frozenset({"of", "de", "du", "des", "d'", "d’", "l'", "l’", "for", "at", "with", "to", "à", "au",
                        "aux", "by", "par", "from"})
LEADING_WORDS = frozenset({"but", "and", "mais", "et", "so", "yet", "donc", "or", "also"})
SUBJECT_PRONOUNS = {"en": frozenset("he she it they we i you".split()),
                    "fr": frozenset("il elle ils elles on nous je".split())}
COORDINATION = frozenset({"and", "or", "but", "et", "ou", "mais", "while", "tandis"})
CONJUNCTION_HEADS = frozenset("""ce so such now given except provided assuming alors bien parce tandis pendant dès
après avant sans pour afin ainsi tant même plutôt si lors jusqu'à depuis moins""".split())
PREPOSITIONS_TAIL = frozenset("""in on at to during after before with via from by through lors dans en à au aux
devant pendant avec après avant sur par depuis""".split())


def _plural_head(desc: Mention) -> bool:
    head = desc.head.lower()
    return head.endswith("s") and not head.endswith(("ss", "us", "is")) and len(head) > 3


def _ends_with_org(desc: Mention, lex: Lexicon) -> bool:
    """ "CEO of American tire manufacturer, Titan": the name stands for the organisation."""
    last = desc.words[-1] if desc.words else ""
    return is_org_noun(last, lex) or (desc.text[-1:].isupper() if desc.text else False) or \
        any(w in ("of", "de", "du", "des", "at", "chez") for w in desc.words)


def _infinitive(word: str) -> bool:
    """A French infinitive right after a reporting verb: "a dit avoir", "assurait ignorer"."""
    return word in ("avoir", "être") or len(word) > 4 and word.endswith(("er", "ir", "re", "oir")) and \
        word not in ("premier", "dernier", "hier", "leur", "notre", "votre", "entre", "contre", "autre", "pour")


def _trim_end(text: str, start: int, end: int) -> int:
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",;"):
        end -= 1
    return end


def _trim_start(text: str, start: int, end: int) -> int:
    while start < end and (text[start].isspace() or text[start] in ",;"):
        start += 1
    return start


def _looks_like_speaker(phrase: str, lex: Lexicon) -> bool:
    """A phrase that starts by naming someone: "le ministre", "Mr Smith", "the minister of health"."""
    words = phrase.split()
    if not words:
        return False
    first = words[0].lower().strip("'’")
    return first in DETERMINERS or words[0][:1].isupper() or first in lex.pronouns or first in ("l", "d")


CLITICS = frozenset("""nous vous lui leur me m' m’ te t' t’ se s' s’ l' l’ le la les y en""".split())


def _fold_first(word: str) -> str:
    return fold(word.split("-")[0])


def _step(res: Resolution | None, m: Mention | None, cued: bool) -> str:
    """The resolution step in words."""
    how = res.how if res is not None else "unresolved"
    if how == "name":
        if m is not None and m.kind == "description":
            return "description names the organisation"
        return "named in the cue" if cued else "named"
    if how == "unresolved" or res is None or res.name is None:
        return {"pronoun": "pronoun not resolved", "description": "description, no earlier mention"}.get(
            m.kind if m is not None else "", "not resolved")
    return {
        "surname": "surname → full name",
        "pronoun": "pronoun → last salient subject" if res.entity is not None else "pronoun → earlier description",
        "description": "description → earlier mention",
        "source": "same source → last speaker",
        "cataphora": "pronoun → the person named next (no one before)",
    }.get(how, how)


def _cue_text(cue: Cue) -> str:
    return re.sub(r"\s+", " ", cue.text)


def _description_ending(sent: Sentence, j: int, lex: Lexicon) -> Mention | None:
    desc = description_back(sent, j, lex)
    if desc is None:
        return None
    head = desc.head
    roles = (head, head.rstrip("s"), head.rstrip("'s’"))
    return desc if any(is_role(word, lex) for word in roles) else None
