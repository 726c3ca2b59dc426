"""Causal language models through `transformers`, loaded lazily: per-token surprisal of sentences."""
from __future__ import annotations

import functools
import math
from dataclasses import dataclass
from typing import Sequence

from .base import (MISSING_EXTRA, ModelError, ModelInfo, ResultCache, import_backend, load_pretrained,
                   max_tokens, split_text, split_texts)

BATCH_SIZE = 16


@dataclass(frozen=True, slots=True)
class TokenScore:
    """One token's surprisal (negative natural-log probability) and its character span in the text."""

    start: int
    end: int
    surprisal: float


@dataclass(frozen=True, slots=True)
class TextScore:
    """A text's mean token surprisal, and its tokens when the tokenizer gives character offsets."""

    mean: float
    count: int  # tokens scored
    tokens: tuple[TokenScore, ...] = ()


class LanguageModel:
    """A tokenizer and causal language model, in eval mode on one device; each distinct text scored once.

    A text longer than the model takes is scored in chunks cut at sentence boundaries, each chunk
    conditioned on BOS alone; the chunks' token scores are concatenated with their offsets shifted.
    """

    def __init__(self, tokenizer, model, device: str = "cpu", info: ModelInfo | None = None):
        self.tokenizer = tokenizer
        self.model = model
        self.device = device
        self.info = info or ModelInfo("lm", "<in memory>", "transformers", "", None, device)
        self.cache = ResultCache()
        self.tokenizer.padding_side = "right"  # absolute positions stay those of the unpadded text
        if self.tokenizer.pad_token_id is None:
            self.tokenizer.pad_token = self.tokenizer.eos_token or self.tokenizer.unk_token
        self.prefix = [] if self.tokenizer.bos_token_id is None else [self.tokenizer.bos_token_id]
        self.max_length = max_tokens(tokenizer, model)
        self.room = self.max_length - len(self.prefix)

    @property
    def has_offsets(self) -> bool:
        return bool(getattr(self.tokenizer, "is_fast", False))

    def count(self, texts: list[str]) -> list[int]:
        return [len(ids) for ids in self.tokenizer(texts, add_special_tokens=False)["input_ids"]]

    def chunks(self, text: str) -> list[tuple[int, int]]:
        """The spans of `text` scored separately (one span when it fits)."""
        return split_text(text, self.room, self.count)

    def score(self, texts: Sequence[str], batch_size: int = BATCH_SIZE) -> list[TextScore]:
        """Surprisal of every token of each text (the first token conditioned on BOS when there is one)."""
        return self.cache.map(list(texts), lambda missing: self._score(missing, batch_size))

    def _score(self, texts: list[str], batch_size: int) -> list[TextScore]:
        spans = split_texts(texts, self.room, self.count)
        pieces = [text[s:e] for text, text_spans in zip(texts, spans) for s, e in text_spans]
        scored: list[TextScore] = []
        for i in range(0, len(pieces), batch_size):
            scored.extend(self._score_batch(pieces[i:i + batch_size]))
        out, cursor = [], 0
        for text_spans in spans:
            parts = scored[cursor:cursor + len(text_spans)]
            cursor += len(text_spans)
            out.append(parts[0] if len(parts) == 1 else _join(parts, [s for s, _ in text_spans]))
        return out

    def _score_batch(self, texts: list[str]) -> list[TextScore]:
        torch, _ = import_backend()
        room = self.room
        encoded = self.tokenizer(texts, add_special_tokens=False, truncation=True, max_length=room,
                                 return_offsets_mapping=self.has_offsets)
        rows = [self.prefix + ids for ids in encoded["input_ids"]]
        width = max(len(row) for row in rows)
        if width < 2:
            return [TextScore(float("nan"), 0) for _ in texts]
        pad = self.tokenizer.pad_token_id
        ids = torch.tensor([row + [pad] * (width - len(row)) for row in rows], device=self.device)
        mask = torch.tensor([[1] * len(row) + [0] * (width - len(row)) for row in rows], device=self.device)
        with torch.no_grad():
            logits = self.model(input_ids=ids, attention_mask=mask).logits.float()
        logprobs = torch.log_softmax(logits[:, :-1], dim=-1)
        surprisal = (-logprobs.gather(-1, ids[:, 1:].unsqueeze(-1)).squeeze(-1)).cpu().tolist()
        results = []
        skip = max(len(self.prefix) - 1, 0)  # predictions of the prefix itself are not scored
        for row_index, row in enumerate(rows):
            values = surprisal[row_index][skip:len(row) - 1]
            offsets = encoded["offset_mapping"][row_index] if self.has_offsets else None
            if not self.prefix:  # the first token has no context and no score
                offsets = offsets[1:] if offsets is not None else None
            tokens = () if offsets is None else tuple(
                TokenScore(int(s), int(e), float(v)) for (s, e), v in zip(offsets, values))
            mean = math.fsum(values) / len(values) if values else float("nan")
            results.append(TextScore(mean, len(values), tokens))
        return results


def _join(parts: list[TextScore], starts: list[int]) -> TextScore:
    """One text's score from its chunks' scores: tokens concatenated, offsets shifted, mean over all."""
    count = sum(p.count for p in parts)
    total = math.fsum(p.mean * p.count for p in parts if p.count)
    tokens = tuple(TokenScore(t.start + start, t.end + start, t.surprisal)
                   for part, start in zip(parts, starts) for t in part.tokens)
    return TextScore(total / count if count else float("nan"), count, tokens)


@functools.lru_cache(maxsize=2)
def load_model(name: str, device: str = "cpu") -> LanguageModel:
    """A model from a local directory (never downloaded), or by Hub name where the machine is online.

    Loaded once per process: every document checked with the same model shares it.
    """
    tokenizer, model, info = load_pretrained(name, "lm", "AutoModelForCausalLM", device)
    return LanguageModel(tokenizer, model, device, info)


__all__ = ["MISSING_EXTRA", "LanguageModel", "ModelError", "TextScore", "TokenScore", "load_model"]
