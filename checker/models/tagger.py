"""Token classifiers (NER): word pieces' BIO or IO labels aggregated into entity spans with character offsets."""
from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import Sequence

from .base import (ModelError, ModelInfo, ResultCache, load_pretrained, max_tokens, model_inputs, split_text,
                   split_texts)

BATCH_SIZE = 16


@dataclass(frozen=True, slots=True)
class Entity:
    """A labelled span of the text (`PER`, `LOC`, `ORG`…) and the model's mean probability for it."""

    start: int
    end: int
    label: str
    score: float


@dataclass(frozen=True, slots=True)
class WordTag:
    """One word's label, as the model gave it to the word's first piece."""

    start: int
    end: int
    tag: str  # "O", "B-PER", "I-PER", or a bare "PER" (IO scheme)
    score: float


def _split_tag(tag: str) -> tuple[str, str]:
    """("B" | "I" | "O", entity type): a bare type counts as inside."""
    if tag in ("O", "") or tag.upper() == "O":
        return "O", ""
    if len(tag) > 2 and tag[1] in "-_" and tag[0].upper() in "BIES":
        prefix = tag[0].upper()
        return ("B" if prefix in "BS" else "I"), tag[2:]
    return "I", tag


def aggregate(words: Sequence[WordTag]) -> list[Entity]:
    """Entities from word labels: B- starts one, I- (or a bare type) continues the same type, O ends it.

    An I- after another type or after O starts an entity (as the transformers pipeline's "first" strategy).
    """
    entities: list[Entity] = []
    current: list[WordTag] = []
    kind = ""

    def close() -> None:
        if current:
            score = sum(w.score for w in current) / len(current)
            entities.append(Entity(current[0].start, current[-1].end, kind, score))
            current.clear()

    for word in words:
        prefix, label = _split_tag(word.tag)
        if prefix == "O":
            close()
            kind = ""
            continue
        if prefix == "B" or label != kind or not current:
            close()
            kind = label
        current.append(word)
    close()
    return entities


class TokenClassifier:
    """`tag(texts)` -> the entities of each text, character offsets into it; each text tagged once.

    A text longer than the model takes is tagged in chunks cut at sentence boundaries, offsets shifted.
    """

    def __init__(self, tokenizer, model, info: ModelInfo, batch_size: int = BATCH_SIZE):
        if not getattr(tokenizer, "is_fast", False):
            raise ModelError(f"{info.name}: the tagger needs a fast tokenizer (tokenizer.json) for word offsets")
        self.tokenizer, self.model, self.info = tokenizer, model, info
        self.batch_size = batch_size
        self.labels = {int(k): str(v) for k, v in model.config.id2label.items()}
        self.max_length = max_tokens(tokenizer, model)
        self.room = self.max_length - tokenizer.num_special_tokens_to_add(pair=False)
        self.cache = ResultCache()

    def count(self, texts: list[str]) -> list[int]:
        return [len(ids) for ids in self.tokenizer(texts, add_special_tokens=False)["input_ids"]]

    def chunks(self, text: str) -> list[tuple[int, int]]:
        """The spans of `text` tagged separately (one span when it fits)."""
        return split_text(text, self.room, self.count)

    def tag(self, texts: Sequence[str]) -> list[list[Entity]]:
        return self.cache.map(list(texts), self._tag)

    def _tag(self, texts: list[str]) -> list[list[Entity]]:
        spans = split_texts(texts, self.room, self.count)
        pieces = [text[s:e] for text, text_spans in zip(texts, spans) for s, e in text_spans]
        words: list[list[WordTag]] = []
        for i in range(0, len(pieces), self.batch_size):
            words.extend(self._words(pieces[i:i + self.batch_size]))
        out, cursor = [], 0
        for text_spans in spans:
            shifted = [WordTag(w.start + start, w.end + start, w.tag, w.score)
                       for (start, _), chunk in zip(text_spans, words[cursor:cursor + len(text_spans)])
                       for w in chunk]
            cursor += len(text_spans)
            out.append(aggregate(shifted))
        return out

    def _words(self, texts: list[str]) -> list[list[WordTag]]:
        """Each text's words with the label and probability of their first piece."""
        import torch
        batch = self.tokenizer(texts, padding=True, truncation=True, max_length=self.max_length,
                               return_offsets_mapping=True, return_tensors="pt")
        offsets = batch.pop("offset_mapping").tolist()
        with torch.no_grad():
            logits = self.model(**model_inputs(self.model, batch.to(self.info.device))).logits.float()
        probs, best = torch.softmax(logits, dim=-1).max(dim=-1)
        probs, best = probs.cpu().tolist(), best.cpu().tolist()
        out = []
        for row in range(len(texts)):
            words: dict[int, WordTag] = {}
            for position, word in enumerate(batch.word_ids(row)):
                if word is None:
                    continue
                start, end = offsets[row][position]
                if word in words:  # a later piece of the word: widen the span, keep the first piece's label
                    first = words[word]
                    words[word] = WordTag(first.start, max(first.end, end), first.tag, first.score)
                else:
                    words[word] = WordTag(start, end, self.labels.get(best[row][position], "O"),
                                          probs[row][position])
            out.append(list(words.values()))
        return out


@functools.lru_cache(maxsize=2)
def load_tagger(name: str, device: str = "cpu") -> TokenClassifier:
    tokenizer, model, info = load_pretrained(name, "tagger", "AutoModelForTokenClassification", device)
    return TokenClassifier(tokenizer, model, info)
