"""Quotations in news text: direct, partial and reported speech, each with who said it."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence

from ..document import Block
from .quote_common import Candidate, _cue_text, _step
from .name_finder import find_document_names
from .quote_marks import find_marked_quotes
from .speakers import Lexicon, Registry, Resolver, Sentence, has_ignorecase_odd, lexicon
from .quote_spans import SpanStage
from .quote_cues import CueStage
from .quote_attach import AttachStage
from .speaker_resolution import ResolutionStage
from .quote_interview import InterviewStage


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
    score: float | None = None  # the winning candidate's score (speaker_choice.score)
    alternatives: tuple[tuple[str, str | None, float], ...] = ()  # (via, speaker, score) of the others

    def to_json(self) -> dict:
        return {
            "via": self.via, "step": self.step, "cue": self.cue,
            "cue_span": list(self.cue_span) if self.cue_span else None,
            "mention": self.mention, "mention_span": list(self.mention_span) if self.mention_span else None,
            "antecedent": self.antecedent, "antecedent_start": self.antecedent_start,
            "score": self.score,
            "alternatives": [{"via": v, "speaker": who, "score": sc} for v, who, sc in self.alternatives],
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
        chosen = {self.mention, self.antecedent}
        others = [f"{who} ({via}, {sc:g})" for via, who, sc in self.alternatives if who and who not in chosen]
        if others:  # the candidates it won against, with their scores
            parts.append(f"score {self.score:g}, over " + "; ".join(dict.fromkeys(others)))
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


def extract_quotes(text: str, blocks: Sequence[Block], lang: str = "en", names=None) -> list[Quote]:
    """Every quotation and reported statement in `text`, in order, with its speaker. `names`: the document's
    names (name_finder.DocumentNames), found here when not given."""
    if not text or not blocks:
        return []
    return _Extractor(text, tuple(blocks), lang if lang in ("en", "fr") else "en", names).run()


def _first_person_or_none(cand: Candidate) -> bool:
    m = cand.mention
    return m is None or m.kind == "pronoun" and m.gender == "first"


class _Extractor(SpanStage, CueStage, AttachStage, ResolutionStage, InterviewStage):
    """One document's quotes, in four stages (each a module): find quotation spans (quote_spans), find
    cues and reported speech (quote_cues), attach cues to quotes (quote_attach), resolve speakers
    (speaker_resolution); an interview's unmarked answers are found apart (quote_interview)."""

    def __init__(self, text: str, blocks: tuple[Block, ...], lang: str, names=None):
        self.text = text
        # the document's names (name_finder.DocumentNames), read by sentence
        self.names = find_document_names(text, blocks, lang) if names is None else names
        self.blocks = blocks
        self.lang = lang
        self.lex: Lexicon = lexicon(lang)
        self.block_starts = [b.start for b in blocks]
        self._cue_cache: dict[int, list] = {}
        self._speaker_cache: dict[tuple, object] = {}  # (id(sentence), token, id(cue)) -> its speaker (quote_cues)
        self._opener_end: dict[int, int] = {}  # id(sentence) -> where its opener ends (speaker_resolution._role)
        self.odd_letters = has_ignorecase_odd(text)  # see quote_cues._cues_at_words

    def run(self) -> list[Quote]:
        self.marked = self._refine(find_marked_quotes(self.text, self.blocks))
        self.labels = self.names.labels  # the finder read each block's site label and headline already
        self.furniture = {i for i, end in enumerate(self.labels) if end is not None}
        self.headlines = set(self.names.headlines)
        self.sentences: list[Sentence] = []
        self.quote_places: dict[int, list[tuple[int, int]]] = {}  # quote -> [(sentence, token)]
        self.block_quotes = self._quotes_by_block()
        for index, block in enumerate(self.blocks):
            self._sentences(index, block)
        self._index_sentences()
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
        self._last_attributed: Candidate | None = None
        self._said: list[Candidate] = []  # the body's statements with a speaker, in the order attributed
        self._said_words: dict[int, list[str]] = {}  # id(statement) -> its folded words (_echoed_in_body)
        answers = self._interview_candidates()
        candidates = self._marked_candidates() + self._reported_candidates()
        if answers:  # an answer holds what its speaker reports in the first person ("Je leur dis : …"): one quote
            candidates = [c for c in candidates if not (_first_person_or_none(c) and
                                                        any(a.start <= c.start and c.end <= a.end for a in answers))]
            candidates += answers
        candidates.sort(key=lambda c: (c.headline, c.order, c.start))  # headlines once the body is known
        for cand in candidates:
            self._attribute(cand)
        if self.lang == "en":
            self._share_sentence_carry(candidates)
        return [self._quote(c) for c in sorted(candidates, key=lambda c: (c.start, -c.end))]

    def _quote(self, cand: Candidate) -> Quote:
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

    def _evidence(self, cand: Candidate, speaker: str | None, speaker_span) -> Evidence | None:
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
            score=cand.score, alternatives=cand.alternatives,
        )
