"""What speakers actually said, as given with `--quotes`."""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class SourceQuote:
    """One statement in its speaker's own words."""

    speaker: str
    text: str
    lang: str | None = None
    source: str | None = None
