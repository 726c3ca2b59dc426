"""The programmatic entry point: check texts or files with a configuration, get a Report."""
from __future__ import annotations

from .config import Config
from .context import Context, SourceQuote
from .document import Document
from .inputs import Job, check_not_swapped, load_document
from .parsers import parse
from .registry import Rule, select_rules
from .rules import deferred_rules
from .runner import FileReport, Report, check_context


def __getattr__(name: str):
    if name == "ALL_RULES":  # as when it was imported here; importing every family is left to first use
        from .rules import ALL_RULES
        return ALL_RULES
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def selected_rules(config: Config) -> tuple[Rule, ...]:
    """The rules a configuration selects (all by default), less those it ignores.

    A rule's family is imported when its check first runs (`checker.rules.deferred_rules`).
    """
    return select_rules(deferred_rules(), config.select, config.ignore)


def model_set(config: Config):
    """The model layer a configuration asks for; with `models = off` it makes no model available.

    The encoder defaults to the embedded one when its package is installed; `model-lm` wins over the
    older `model`; a kind set to "none" is off. Nothing is imported or loaded here.
    """
    from .models import ModelConfig, ModelSet, default_encoder
    encoder = default_encoder() if config.model_encoder is None else config.model_encoder
    return ModelSet(ModelConfig(encoder=encoder, lm=config.model_lm or config.model,
                                translator=config.model_translator, tagger=config.model_tagger,
                                enabled=config.models, device=config.model_device))


def check_document(doc: Document, config: Config = Config(), source: Document | None = None,
                   source_quotes: tuple[SourceQuote, ...] = (), rules: tuple[Rule, ...] | None = None,
                   with_quotes: bool = False) -> FileReport:
    """Check one parsed translation (and its source) with the configured rules."""
    rules = selected_rules(config) if rules is None else rules
    ctx = Context(doc, source, source_quotes, options={"quality_threshold": config.quality_threshold},
                  models=model_set(config) if config.models else None)  # None: the layer off, not imported
    return check_context(ctx, rules, config.severity, frozenset(r.code for r in deferred_rules()), with_quotes)


def check_text(text: str, config: Config = Config(), source: str | None = None, fmt: str = "text",
               source_quotes: tuple[SourceQuote, ...] = (), path: str | None = None,
               with_quotes: bool = False) -> FileReport:
    """Check a translation given as a string (offsets are into `text`)."""
    doc = parse(text, fmt, path=path, lang=config.target_lang)
    src = None if source is None else parse(source, fmt, lang=config.source_lang)
    return check_document(doc, config, src, source_quotes, with_quotes=with_quotes)


def check_jobs(jobs: list[Job], config: Config, source_quotes: tuple[SourceQuote, ...] = (),
               encoding: str | None = None, with_quotes: bool = False) -> Report:
    """Check files; every input is read and parsed before any rule runs, so bad input fails early."""
    rules = selected_rules(config)
    loaded = []
    for job in jobs:
        doc = load_document(job.path, config.target_lang, encoding)
        src = load_document(job.source_path, config.source_lang, encoding) if job.source_path else None
        if job.explicit:
            check_not_swapped(doc, src, config.target_lang, config.source_lang)
        loaded.append((doc, src))
    report = Report()
    for doc, src in loaded:
        report.files.append(check_document(doc, config, src, source_quotes, rules, with_quotes))
    return report
