"""The rule registry: every family's rules, listed explicitly (no import-time registration).

The families are imported on first use of `FAMILIES`, `ALL_RULES` or `rule_by_code`, so that a
command or a module that needs no rule (`--help`, `quotes`, `checker.rules.lexicon`) does not
pay for the rule modules and their patterns.
"""
from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..registry import Rule

# in report order; `..quality` is the model-free quality estimate, a family of one rule outside this package
FAMILY_MODULES = (".boilerplate", ".repetition", ".entities", ".transliteration", ".attribution", ".fragments",
                  ".untranslated", ".calque", ".false_friends", ".garbled", ".quotes", ".bitext", "..quality",
                  ".meta")
FAMILY_NAMES = tuple(name.lstrip(".") for name in FAMILY_MODULES if name.startswith(".") and name[1] != ".")


def _load() -> None:
    """Import the families, build the registry and check it, once."""
    families = tuple(importlib.import_module(name, __name__) for name in FAMILY_MODULES)
    rules: tuple[Rule, ...] = tuple(rule for family in families for rule in family.RULES)
    _check_requirements(rules)
    by_code = {rule.code: rule for rule in reversed(rules)}  # the first rule of a code, as a search would find
    globals().update(FAMILIES=families, ALL_RULES=rules, _BY_CODE=by_code)


def __getattr__(name: str):
    if name in ("FAMILIES", "ALL_RULES", "_BY_CODE"):
        _load()
        return globals()[name]
    if name in FAMILY_NAMES:  # `checker.rules.calque` as an attribute, as when the families were imported here
        return importlib.import_module(f".{name}", __name__)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def _check_requirements(rules: tuple[Rule, ...]) -> None:
    """Every rule reads only annotations the context knows how to compute."""
    from ..context import ANNOTATORS
    for rule in rules:
        unknown = [name for name in rule.requires if name not in ANNOTATORS]
        if unknown:
            raise ValueError(f"{rule.code} requires unknown annotation {unknown[0]!r}")


def rule_by_code(code: str) -> Rule | None:
    if "_BY_CODE" not in globals():
        _load()
    return globals()["_BY_CODE"].get(code.upper())
