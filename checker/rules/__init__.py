"""The rule registry: every rule, listed explicitly (no import-time registration)."""
from __future__ import annotations

from ..registry import Rule
from .boilerplate import outlet_suffix, site_furniture
from .meta import unused_suppression
from .repetition import doubled_words

ALL_RULES: tuple[Rule, ...] = (
    site_furniture.RULE,
    outlet_suffix.RULE,
    doubled_words.RULE,
    unused_suppression.RULE,
)


def rule_by_code(code: str) -> Rule | None:
    return next((r for r in ALL_RULES if r.code == code.upper()), None)
