"""The model layer: which models a check may use, loaded lazily, once per process.

Four kinds, each behind a small interface: `encoder` (sentence embeddings), `lm` (per-token
surprisal), `translator` (FR→EN back-translation) and `tagger` (named entities). Nothing here
imports torch or transformers until a model of that kind is asked for.
"""
from __future__ import annotations

from dataclasses import dataclass

KINDS = ("encoder", "lm", "translator", "tagger")


@dataclass(frozen=True)
class ModelConfig:
    """The model configured for each kind (a directory, a Hub name, or None), and the layer switch."""

    encoder: str | None = None
    lm: str | None = None
    translator: str | None = None
    tagger: str | None = None
    enabled: bool = True
    device: str | None = None

    def name(self, kind: str) -> str | None:
        return getattr(self, kind) if self.enabled else None


class ModelSet:
    """The models of one configuration: what is available, loading on first use."""

    def __init__(self, config: ModelConfig):
        self.config = config

    def available(self, kind: str) -> bool:
        return self.config.name(kind) is not None

    def get(self, kind: str):
        name = self.config.name(kind)
        if name is None:
            raise KeyError(f"no {kind} model configured")
        if kind == "lm":
            from .causal_lm import load_model
            return load_model(name)
        raise KeyError(f"no backend for {kind!r} yet")

    def metadata(self) -> dict:
        return {kind: {"name": self.config.name(kind)} for kind in KINDS if self.config.name(kind)}
