"""What a rule sees: a bitext of the translation, its optional source and quotes, and lazy annotations.

Every annotation belongs to a side — `target.*` (the translation), `source.*` (the original) or
`pair.*` (the two aligned) — and declares the annotations it reads and the inputs it needs
beyond the translation (`source`, `quotes`, a model kind). The table is checked when this module
is imported, as spaCy checks its pipeline, and the runner derives from it which rules can run.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Callable

from .document import Document
from .source_quotes import SourceQuote

# Inputs beyond the translation that an annotation may need, and how a skipped rule names them.
MISSING_INPUT = {
    "source": "no source (--source, or a Hugo pair)",
    "quotes": "no source quotes (--quotes)",
    "lm": "no language model (--model-lm)",
    "encoder": "no sentence encoder (install checker[encoder] or set --model-encoder; not with --no-models)",
    "translator": "no translation model (--model-translator)",
    "tagger": "no named-entity model (--model-tagger)",
}
MODEL_KINDS = ("lm", "encoder", "translator", "tagger")


@dataclass(frozen=True, slots=True)
class Annotator:
    """How one annotation is computed: its function, the annotations it reads, the inputs it needs."""

    name: str
    compute: Callable[["Context"], Any]
    requires: tuple[str, ...] = ()
    needs: tuple[str, ...] = ()


# ---- one side's annotations: the same function on the translation and on the source ----

def _sentences(doc: Document, ctx: "Context") -> list:
    from .lang.sentences import document_sentences
    return document_sentences(doc)


def _quotes(doc: Document, ctx: "Context") -> list:
    from .lang.quotes import extract_quotes
    return extract_quotes(doc.text, doc.blocks, doc.lang, ctx.get(f"{_side(doc, ctx)}.found_names"))


def _marked_quotes(doc: Document, ctx: "Context") -> list:
    from .lang.quote_marks import find_marked_quotes
    return find_marked_quotes(doc.text, doc.blocks)


def _found_names(doc: Document, ctx: "Context"):
    from .lang.name_finder import find_document_names
    return find_document_names(doc.text, doc.blocks, doc.lang)


def _names(doc: Document, ctx: "Context") -> list:
    from .lang.names import extract_names
    return extract_names(doc.text, doc.blocks, doc.lang, ctx.get(f"{_side(doc, ctx)}.found_names"))


def _side(doc: Document, ctx: "Context") -> str:
    return "target" if doc is ctx.doc else "source"


def _numbers(doc: Document, ctx: "Context") -> list:
    from .compare.numbers import extract_numbers
    return extract_numbers(doc.text, doc.lang)


def _entities(doc: Document, ctx: "Context") -> list:
    from .compare.entities import extract_entities
    return extract_entities(doc.text, doc.lang, ctx.get(f"{_side(doc, ctx)}.names"))


def _polarity(doc: Document, ctx: "Context") -> list:
    from .compare.negation import negation_markers
    return negation_markers(doc.text, doc.lang, weak=True)  # weak markers answer the other side's


def _ner(doc: Document, ctx: "Context") -> list:
    """The tagger's entities (`checker.models.tagger.Entity`), one batched call by sentence, document offsets."""
    from dataclasses import replace
    sentences = ctx.get("target.sentences" if doc is ctx.doc else "source.sentences")
    tagged = ctx.model("tagger").tag([doc.text[s.start:s.end] for s in sentences])
    return [replace(e, start=s.start + e.start, end=s.start + e.end) for s, found in zip(sentences, tagged)
            for e in found]


def _untranslated(ctx: "Context"):
    from .lang.untranslated import analyse_document
    return analyse_document(ctx)


def _fluency(ctx: "Context") -> list:
    """(sentence, TextScore) pairs from the configured language model (loaded once per process)."""
    sentences = ctx.get("target.sentences")
    scores = ctx.model("lm").score([ctx.doc.text[s.start:s.end] for s in sentences])
    return list(zip(sentences, scores))


# ---- the pair: alignment and comparisons of aligned units ----

def _pair_paragraphs(ctx: "Context") -> list:
    from .align.paragraphs import align_documents
    return align_documents(ctx.source, ctx.doc)


def _pair_sentences(ctx: "Context") -> list:
    from .align.sentences import align_document_sentences
    encoder = ctx.model("encoder") if ctx.has("encoder") else None
    return align_document_sentences(ctx.source, ctx.get("source.sentences"), ctx.doc,
                                    ctx.get("target.sentences"), ctx.get("pair.paragraphs"), encoder,
                                    ctx.get("source.numbers"), ctx.get("target.numbers"))


MIN_SENTENCES_TO_JUDGE = 3  # sentences each side needs before a source can be judged unrelated
PLAUSIBLE_BEAD = 0.3  # with the encoder's evidence, the bead score from which a pair counts as translated


@dataclass(frozen=True, slots=True)
class Correspondence:
    """Whether the source is the original of the translation: the share of text the alignment covers."""

    coverage: float
    judged: bool  # enough sentences on both sides to decide

    @property
    def ok(self) -> bool:
        from .align.sentences import CORRESPONDS
        return not self.judged or self.coverage >= CORRESPONDS


def _pair_correspondence(ctx: "Context") -> Correspondence:
    from .align.sentences import CONFIDENT, coverage
    source_sentences, target_sentences = ctx.get("source.sentences"), ctx.get("target.sentences")
    pairs = ctx.get("pair.sentences")
    with_encoder = any(p.similarity is not None for p in pairs)
    share = coverage(pairs, source_sentences, target_sentences,
                     threshold=PLAUSIBLE_BEAD if with_encoder else CONFIDENT)
    return Correspondence(share, min(len(source_sentences), len(target_sentences)) >= MIN_SENTENCES_TO_JUDGE)


def _pair_words(ctx: "Context") -> list:
    from .align.words import link_aligned
    encoder = ctx.model("encoder") if ctx.has("encoder") else None
    return link_aligned(ctx.get("pair.sentences"), ctx.source, ctx.doc, encoder)


def _pair_quotes(ctx: "Context") -> list:
    from .align.quotes import pair_quotes
    return pair_quotes(ctx.get("target.quotes"), ctx.get("source.quotes"), len(ctx.doc.text), len(ctx.source.text))


def _pair_similarity(ctx: "Context") -> list:
    from .compare.similarity import pair_similarities
    return pair_similarities(ctx.source.text, ctx.doc.text, ctx.get("pair.sentences"), ctx.model("encoder"))


def _pair_numbers(ctx: "Context") -> list:
    from .compare.numbers import compare_aligned
    return compare_aligned(ctx.get("pair.sentences"), ctx.get("source.numbers"), ctx.get("target.numbers"))


def _pair_entities(ctx: "Context") -> list:
    from .compare.entities import compare_aligned, with_tagged
    source, target = ctx.get("source.entities"), ctx.get("target.entities")
    if ctx.has("tagger"):  # optional: a named-entity model revises the rules' name candidates
        source = with_tagged(source, ctx.source.text, ctx.source.lang, ctx.get("source.ner"))
        target = with_tagged(target, ctx.doc.text, ctx.doc.lang, ctx.get("target.ner"))
    return compare_aligned(ctx.get("pair.sentences"), source, target, ctx.source.text, ctx.doc.text)


def _pair_negation(ctx: "Context") -> list:
    from .compare.negation import compare_aligned
    return compare_aligned(ctx.get("pair.sentences"), ctx.get("source.negation"), ctx.get("target.negation"),
                           ctx.source.text, ctx.doc.text)


def _pair_backtranslation(ctx: "Context") -> list:
    from .compare.backtranslation import back_translate
    return back_translate(ctx.source.text, ctx.doc.text, ctx.get("pair.sentences"), ctx.model("translator"),
                          ctx.model("encoder") if ctx.has("encoder") else None)


def _quote_matches(ctx: "Context") -> list:
    from .compare.quotes import match_source_quotes
    return match_source_quotes(ctx.get("target.quotes"), ctx.source_quotes, ctx.doc.text,
                               ctx.model("encoder") if ctx.has("encoder") else None)


def _per_side(name: str, compute: Callable[[Document, "Context"], Any],
              requires: tuple[str, ...] = ()) -> tuple[Annotator, Annotator]:
    """`target.<name>` and `source.<name>`: the same function run on each side's document."""
    target = Annotator(f"target.{name}", lambda ctx: compute(ctx.doc, ctx), tuple(f"target.{r}" for r in requires))
    source = Annotator(f"source.{name}", lambda ctx: compute(ctx.source, ctx),
                       tuple(f"source.{r}" for r in requires), needs=("source",))
    return target, source


def _table(*annotators: Annotator) -> dict[str, Annotator]:
    return {a.name: a for a in annotators}


ANNOTATORS: dict[str, Annotator] = _table(
    *_per_side("sentences", _sentences),
    *_per_side("found_names", _found_names),
    *_per_side("quotes", _quotes, requires=("found_names",)),
    *_per_side("marked_quotes", _marked_quotes),
    *_per_side("names", _names, requires=("found_names",)),
    *_per_side("numbers", _numbers),
    *_per_side("entities", _entities, requires=("names",)),
    *_per_side("negation", _polarity),
    Annotator("target.untranslated", _untranslated, ("target.sentences", "target.marked_quotes")),
    Annotator("target.fluency", _fluency, ("target.sentences",), needs=("lm",)),
    Annotator("target.ner", lambda ctx: _ner(ctx.doc, ctx), ("target.sentences",), needs=("tagger",)),
    Annotator("source.ner", lambda ctx: _ner(ctx.source, ctx), ("source.sentences",), needs=("source", "tagger")),
    Annotator("pair.paragraphs", _pair_paragraphs, needs=("source",)),
    Annotator("pair.sentences", _pair_sentences, ("source.sentences", "target.sentences", "pair.paragraphs",
                                                  "source.numbers", "target.numbers")),
    Annotator("pair.correspondence", _pair_correspondence,
              ("pair.sentences", "source.sentences", "target.sentences")),
    Annotator("pair.words", _pair_words, ("pair.sentences",)),
    Annotator("pair.quotes", _pair_quotes, ("source.quotes", "target.quotes")),
    Annotator("pair.similarity", _pair_similarity, ("pair.sentences",), needs=("encoder",)),
    Annotator("pair.numbers", _pair_numbers, ("pair.sentences", "source.numbers", "target.numbers")),
    Annotator("pair.entities", _pair_entities, ("pair.sentences", "source.entities", "target.entities")),
    Annotator("pair.negation", _pair_negation, ("pair.sentences", "source.negation", "target.negation")),
    Annotator("pair.backtranslation", _pair_backtranslation, ("pair.sentences",), needs=("source", "translator")),
    Annotator("quotes.matches", _quote_matches, ("target.quotes",), needs=("quotes",)),
)


def annotations_of(names: tuple[str, ...] | list[str]) -> frozenset[str]:
    """`names` and every annotation they are computed from."""
    found: set[str] = set()
    stack = list(names)
    while stack:
        name = stack.pop()
        if name not in found:
            found.add(name)
            stack.extend(ANNOTATORS[name].requires)
    return frozenset(found)


def needs_of(names: tuple[str, ...] | list[str]) -> frozenset[str]:
    """Every input beyond the translation that computing `names` needs, through their requirements."""
    return _needs_of(tuple(names))


@lru_cache(maxsize=None)  # the table is fixed at import: one walk per requirement tuple (a rule's requires)
def _needs_of(names: tuple[str, ...]) -> frozenset[str]:
    return frozenset(need for name in annotations_of(names) for need in ANNOTATORS[name].needs)


def validate(table: dict[str, Annotator]) -> None:
    """Every requirement names a known annotation, there is no cycle, and sides read only their own."""
    for annotator in table.values():
        side = annotator.name.split(".", 1)[0]
        for required in annotator.requires:
            if required not in table:
                raise ValueError(f"annotation {annotator.name!r} requires unknown {required!r}")
            if side in ("target", "source") and required.split(".", 1)[0] not in (side,):
                raise ValueError(f"annotation {annotator.name!r} of one side reads {required!r} of another")
        for need in annotator.needs:
            if need not in MISSING_INPUT:
                raise ValueError(f"annotation {annotator.name!r} needs unknown input {need!r}")
    state: dict[str, int] = {}

    def visit(name: str, path: tuple[str, ...]) -> None:
        if state.get(name) == 2:
            return
        if state.get(name) == 1:
            raise ValueError(f"annotation cycle: {' -> '.join(path + (name,))}")
        state[name] = 1
        for required in table[name].requires:
            visit(required, path + (name,))
        state[name] = 2

    for name in table:
        visit(name, ())


validate(ANNOTATORS)


class Context:
    """One translation under check, with what it is checked against."""

    def __init__(self, doc: Document, source: Document | None = None,
                 source_quotes: tuple[SourceQuote, ...] = (), options: dict | None = None, models=None):
        self.doc = doc
        self.source = source
        self.source_quotes = source_quotes
        self.options = options or {}
        self.models = models  # a checker.models.ModelSet, or None when the model layer is off
        self._cache: dict[str, Any] = {}
        self._has: dict[str, bool] = {}  # the inputs do not change during a check: asked once each
        self._missing: dict[tuple[str, ...], tuple[str, ...]] = {}

    @property
    def text(self) -> str:
        return self.doc.text

    def has(self, need: str) -> bool:
        """Whether the input `need` (source, quotes, or a model kind) is available to this check."""
        known = self._has.get(need)
        if known is None:
            known = self._has[need] = self._available(need)
        return known

    def _available(self, need: str) -> bool:
        if need == "source":
            return self.source is not None
        if need == "quotes":
            return bool(self.source_quotes)
        if need in MODEL_KINDS:
            return self.models is not None and self.models.available(need)
        raise KeyError(need)

    def missing(self, names: tuple[str, ...]) -> tuple[str, ...]:
        """The inputs that computing `names` needs and this check lacks."""
        key = names if type(names) is tuple else tuple(names)  # a rule's requires: a tuple already
        found = self._missing.get(key)
        if found is None:
            needs = _needs_of(key)
            found = self._missing[key] = tuple(sorted(need for need in needs if not self.has(need))) if needs else ()
        return found

    def model(self, kind: str):
        """The loaded model of `kind` (loaded once per process by the model layer)."""
        if self.models is None:
            raise KeyError(f"no model layer for {kind!r}")
        return self.models.get(kind)

    def get(self, name: str) -> Any:
        """The annotation `name`, computed on first use and cached."""
        if name not in self._cache:
            try:
                annotator = ANNOTATORS[name]
            except KeyError:
                raise KeyError(f"no annotator for {name!r}") from None
            self._cache[name] = annotator.compute(self)
        return self._cache[name]

    def computed(self) -> tuple[str, ...]:
        return tuple(self._cache)


__all__ = ["ANNOTATORS", "Annotator", "Context", "MISSING_INPUT", "SourceQuote", "annotations_of", "needs_of"]
