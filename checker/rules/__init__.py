"""The rule registry: every family's rules, listed explicitly (no import-time registration)."""
from __future__ import annotations

from ..registry import Rule
from . import (attribution, boilerplate, calque, entities, false_friends, fragments, garbled, meta, quotes,
               repetition, transliteration, untranslated)

FAMILIES = (boilerplate, repetition, entities, transliteration, attribution, fragments, untranslated,
            calque, false_friends, garbled, quotes, meta)
ALL_RULES: tuple[Rule, ...] = tuple(rule for family in FAMILIES for rule in family.RULES)


def _check_requirements(rules: tuple[Rule, ...]) -> None:
    """Every rule reads only annotations the context knows how to compute."""
    from ..context import ANNOTATORS
    for rule in rules:
        unknown = [name for name in rule.requires if name not in ANNOTATORS]
        if unknown:
            raise ValueError(f"{rule.code} requires unknown annotation {unknown[0]!r}")


_check_requirements(ALL_RULES)


def rule_by_code(code: str) -> Rule | None:
    return next((r for r in ALL_RULES if r.code == code.upper()), None)
