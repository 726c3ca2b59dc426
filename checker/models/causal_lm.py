"""Causal language models through `transformers`, loaded lazily: per-token surprisal of sentences."""
from __future__ import annotations

import functools
import math
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Sequence

from ..errors import InputError

MISSING_EXTRA = "model checks need the models extra: pip install 'checker[models]'"
BATCH_SIZE = 16


class ModelError(InputError):
    """A model that cannot be loaded or used; the CLI reports it as one line, exit status 2."""


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


def _import_backend():
    try:
        import torch
        import transformers
    except ImportError:
        raise ModelError(MISSING_EXTRA) from None
    return torch, transformers


class LanguageModel:
    """A tokenizer and causal language model, in eval mode on one device."""

    def __init__(self, tokenizer, model, device: str = "cpu"):
        self.tokenizer = tokenizer
        self.model = model
        self.device = device
        self.tokenizer.padding_side = "right"  # absolute positions stay those of the unpadded text
        if self.tokenizer.pad_token_id is None:
            self.tokenizer.pad_token = self.tokenizer.eos_token or self.tokenizer.unk_token
        self.prefix = [] if self.tokenizer.bos_token_id is None else [self.tokenizer.bos_token_id]
        limits = [getattr(model.config, name, None) for name in ("max_position_embeddings", "n_positions")]
        limits.append(tokenizer.model_max_length if tokenizer.model_max_length < 1_000_000 else None)
        self.max_length = min((n for n in limits if n), default=1024)

    @property
    def has_offsets(self) -> bool:
        return bool(getattr(self.tokenizer, "is_fast", False))

    def score(self, texts: Sequence[str], batch_size: int = BATCH_SIZE) -> list[TextScore]:
        """Surprisal of every token of each text (the first token conditioned on BOS when there is one)."""
        out: list[TextScore] = []
        for i in range(0, len(texts), batch_size):
            out.extend(self._score_batch(list(texts[i:i + batch_size])))
        return out

    def _score_batch(self, texts: list[str]) -> list[TextScore]:
        torch, _ = _import_backend()
        room = self.max_length - len(self.prefix)
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


def _is_local(name: str) -> bool:
    return Path(name).expanduser().exists() or name.startswith((".", "/", "~")) or name.count("/") > 1


@functools.lru_cache(maxsize=2)
def load_model(name: str, device: str = "cpu") -> LanguageModel:
    """A model from a local directory (never downloaded), or by Hub name where the machine is online.

    Loaded once per process: every document checked with the same model shares it.
    """
    _, transformers = _import_backend()
    path = Path(name).expanduser()
    if _is_local(name) and not path.is_dir():
        raise ModelError(f"{name}: no such model directory")
    where = str(path) if path.is_dir() else name
    if not sys.stderr.isatty():
        transformers.utils.logging.disable_progress_bar()
    try:
        tokenizer = transformers.AutoTokenizer.from_pretrained(where, local_files_only=path.is_dir())
        model = transformers.AutoModelForCausalLM.from_pretrained(where, local_files_only=path.is_dir())
    except (OSError, ValueError, KeyError) as exc:
        first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        raise ModelError(f"{name}: cannot load a causal language model ({first})") from None
    model.to(device)
    model.eval()
    return LanguageModel(tokenizer, model, device)
