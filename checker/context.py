"""What a rule sees: the document, its optional source and quotes, and lazily computed annotations."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable

from .document import Document


@dataclass(frozen=True, slots=True)
class SourceQuote:
    """What a speaker actually said, from `--quotes`."""

    speaker: str
    text: str
    lang: str | None = None
    source: str | None = None


def _sentences(ctx: "Context") -> list:
    from .lang.sentences import document_sentences
    return document_sentences(ctx.doc)


def _quotes(ctx: "Context") -> list:
    from .lang.quotes import extract_quotes
    return extract_quotes(ctx.doc.text, ctx.doc.blocks, ctx.doc.lang)


def _marked_quotes(ctx: "Context") -> list:
    from .lang.quote_marks import find_marked_quotes
    return find_marked_quotes(ctx.doc.text, ctx.doc.blocks)


def _names(ctx: "Context") -> list:
    from .lang.names import extract_names
    return extract_names(ctx.doc.text, ctx.doc.blocks, ctx.doc.lang)


def _untranslated(ctx: "Context"):
    from .rules.untranslated.detect import analyse_document
    return analyse_document(ctx)


def _fluency(ctx: "Context") -> list:
    """(sentence, TextScore) pairs from the configured language model (loaded once per process)."""
    from .lang.models import load_model
    sentences = ctx.get("sentences")
    scores = load_model(ctx.options["model"]).score([ctx.doc.text[s.start:s.end] for s in sentences])
    return list(zip(sentences, scores))


# Annotation name -> function computing it once per document pair, on first request.
ANNOTATORS: dict[str, Callable[["Context"], Any]] = {
    "sentences": _sentences,
    "quotes": _quotes,
    "names": _names,
    "marked_quotes": _marked_quotes,
    "untranslated": _untranslated,
    "fluency": _fluency,
}


class Context:
    """One translation under check, with what it is checked against."""

    def __init__(self, doc: Document, source: Document | None = None,
                 source_quotes: tuple[SourceQuote, ...] = (), options: dict | None = None):
        self.doc = doc
        self.source = source
        self.source_quotes = source_quotes
        self.options = options or {}
        self._cache: dict[str, Any] = {}

    @property
    def text(self) -> str:
        return self.doc.text

    def get(self, name: str) -> Any:
        """The annotation `name`, computed on first use and cached."""
        if name not in self._cache:
            try:
                annotator = ANNOTATORS[name]
            except KeyError:
                raise KeyError(f"no annotator for {name!r}") from None
            self._cache[name] = annotator(self)
        return self._cache[name]

    def computed(self) -> tuple[str, ...]:
        return tuple(self._cache)
