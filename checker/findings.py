"""Severities, the contract's categories, and the Finding value every rule produces."""
from __future__ import annotations

import enum
from dataclasses import dataclass


class Severity(enum.IntEnum):
    INFO = 1
    WARNING = 2
    ERROR = 3

    @property
    def label(self) -> str:
        return self.name.lower()

    @classmethod
    def parse(cls, value: str) -> "Severity":
        try:
            return cls[value.strip().upper()]
        except KeyError:
            raise ValueError(f"unknown severity {value!r} (use error, warning or info)") from None


class Category(enum.Enum):
    ENTITY_INCONSISTENCY = "entity-inconsistency"
    TRANSLITERATION = "transliteration"
    STRAY_ATTRIBUTION = "stray-attribution"
    SENTENCE_FRAGMENT = "sentence-fragment"
    UNTRANSLATED = "untranslated"
    BOILERPLATE = "boilerplate"
    CALQUE = "calque"
    FALSE_FRIEND = "false-friend"
    GARBLED = "garbled"
    REPETITION = "repetition"
    MISATTRIBUTION = "misattribution"
    QUOTE_MISMATCH = "quote-mismatch"
    NUMBER_MISMATCH = "number-mismatch"
    ENTITY_MISMATCH = "entity-mismatch"
    NEGATION = "negation"
    OMISSION = "omission"
    ADDITION = "addition"


def shorten(text: str, limit: int = 90) -> str:
    """Text quoted in a message: whitespace collapsed, cut at `limit` characters with an ellipsis."""
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit - 1].rstrip() + "…"


@dataclass(frozen=True, slots=True)
class Hit:
    """What a rule reports: a span of the document's clean text and what to say about it."""

    start: int
    end: int
    message: str
    suggestion: str | None = None
    source_span: tuple[int, int] | None = None  # clean-text span in the source document
    severity: Severity | None = None  # overrides the rule's default when set


@dataclass(frozen=True, slots=True)
class SourceSpan:
    """Where a finding's counterpart lies in the source file: offsets and text."""

    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class Finding:
    """A located problem, with offsets into the raw file as the contract defines them."""

    code: str
    category: Category
    severity: Severity
    message: str
    start: int
    end: int
    line: int
    column: int
    end_line: int
    end_column: int
    text: str
    suggestion: str | None = None
    source_span: SourceSpan | None = None

    def to_json(self) -> dict:
        return {
            "code": self.code,
            "category": self.category.value,
            "severity": self.severity.label,
            "message": self.message,
            "start": self.start,
            "end": self.end,
            "line": self.line,
            "column": self.column,
            "end_line": self.end_line,
            "end_column": self.end_column,
            "text": self.text,
            "suggestion": self.suggestion,
            "source_span": None if self.source_span is None else {
                "start": self.source_span.start,
                "end": self.source_span.end,
                "text": self.source_span.text,
            },
        }
