"""Translators (FR→EN, for back-translation): a transformers sequence-to-sequence model and `.generate()`."""
from __future__ import annotations

import functools
from typing import Sequence

from .base import ModelInfo, ResultCache, load_pretrained, max_tokens, split_text, split_texts

BATCH_SIZE = 8


class Translator:
    """`translate(texts)` -> one translation per text (Marian opus-mt, T5, BART…); each text translated once.

    A text longer than the model takes is translated in chunks cut at sentence boundaries and the
    chunk translations are joined with a space.
    """

    def __init__(self, tokenizer, model, info: ModelInfo, num_beams: int = 1, batch_size: int = BATCH_SIZE,
                 source_lang: str = "fr"):
        self.tokenizer, self.model, self.info = tokenizer, model, info
        self.num_beams = num_beams
        self.batch_size = batch_size
        self.source_lang = source_lang
        self.max_length = max_tokens(tokenizer, model)
        self.room = self.max_length - tokenizer.num_special_tokens_to_add(pair=False)
        self.cache = ResultCache()

    def count(self, texts: list[str]) -> list[int]:
        return [len(ids) for ids in self.tokenizer(texts, add_special_tokens=False)["input_ids"]]

    def chunks(self, text: str) -> list[tuple[int, int]]:
        """The spans of `text` translated separately (one span when it fits)."""
        return split_text(text, self.room, self.count, self.source_lang)

    def translate(self, texts: Sequence[str]) -> list[str]:
        return self.cache.map(list(texts), self._translate)

    def _translate(self, texts: list[str]) -> list[str]:
        spans = [spans if text.strip() else [] for text, spans in
                 zip(texts, split_texts(texts, self.room, self.count, self.source_lang))]
        pieces = [text[s:e].strip() for text, text_spans in zip(texts, spans) for s, e in text_spans]
        done: list[str] = []
        for i in range(0, len(pieces), self.batch_size):
            done.extend(self._generate(pieces[i:i + self.batch_size]))
        out, cursor = [], 0
        for text_spans in spans:
            out.append(" ".join(t.strip() for t in done[cursor:cursor + len(text_spans)] if t.strip()))
            cursor += len(text_spans)
        return out

    def _generate(self, texts: list[str]) -> list[str]:
        import torch
        batch = self.tokenizer(texts, padding=True, truncation=True, max_length=self.max_length,
                               return_tensors="pt").to(self.info.device)
        longest = int(batch["attention_mask"].sum(dim=1).max())
        inputs = {key: batch[key] for key in ("input_ids", "attention_mask")}  # no token_type_ids
        with torch.no_grad():
            generated = self.model.generate(**inputs, num_beams=self.num_beams,
                                            max_new_tokens=min(self.max_length - 1, 2 * longest + 16))
        return self.tokenizer.batch_decode(generated, skip_special_tokens=True)


@functools.lru_cache(maxsize=2)
def load_translator(name: str, device: str = "cpu") -> Translator:
    tokenizer, model, info = load_pretrained(name, "translator", "AutoModelForSeq2SeqLM", device)
    return Translator(tokenizer, model, info)
