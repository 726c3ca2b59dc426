"""The rule registry: every family's rules, listed explicitly (no import-time registration).

The families are imported on first use of `FAMILIES`, `ALL_RULES` or `rule_by_code`, so that a
command or a module that needs no rule (`--help`, `quotes`, `checker.rules.lexicon`) does not
pay for the rule modules and their patterns; `deferred_rules` gives a check the rules without
importing a family before one of its rules runs.
"""
from __future__ import annotations

import functools
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


def deferred_rules() -> tuple[Rule, ...]:
    """Every rule, in ALL_RULES's order, each importing its family only when its check first runs.

    For a check: a rule skipped for want of an input (the source-comparison rules without a source)
    costs no import. Their code, category, severity, summary and requirements come from a manifest
    kept in the data cache, rebuilt (by importing every family once) whenever a module of the package
    changes; documentation and examples are only on the rules of ALL_RULES.
    """
    if "ALL_RULES" in globals():
        return globals()["ALL_RULES"]
    return _deferred()


@functools.lru_cache(maxsize=1)
def _deferred() -> tuple[Rule, ...]:
    from ..data.cache import cached, digest
    from ..findings import Category, Severity
    from ..registry import Rule

    rows = cached("rules-manifest", digest(_package_signature()), _manifest)
    return tuple(Rule(code=code, name=name, category=Category(category), severity=Severity[severity],
                      summary=summary, check=_DeferredCheck(family, index, code), requires=tuple(requires))
                 for family, index, code, name, category, severity, summary, requires in rows)


class _DeferredCheck:
    """A rule's check that imports the rule's family on first call."""

    __slots__ = ("family", "index", "code", "check")

    def __init__(self, family: str, index: int, code: str) -> None:
        self.family, self.index, self.code, self.check = family, index, code, None

    def __call__(self, ctx):
        check = self.check
        if check is None:  # found once: import_module resolves the name on every call
            check = self.check = self._find().check
        return check(ctx)

    def _find(self) -> Rule:
        rules = importlib.import_module(self.family, __name__).RULES
        if self.index < len(rules) and rules[self.index].code == self.code:
            return rules[self.index]
        # the package changed under a running process after the manifest was read: find the rule by its code
        for rule in rules:
            if rule.code == self.code:
                return rule
        raise RuntimeError(f"rule {self.code} is no longer in {self.family.lstrip('.')}: the checker package changed "
                           "while this process ran; start it again")


def _manifest() -> list[tuple]:
    if "FAMILIES" not in globals():
        _load()
    return [(name, index, rule.code, rule.name, rule.category.value, rule.severity.name, rule.summary,
             tuple(rule.requires))
            for name, family in zip(FAMILY_MODULES, globals()["FAMILIES"]) for index, rule in enumerate(family.RULES)]


def _package_signature() -> bytes:
    """Path, size and modification time of every module of the checker package."""
    import os

    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    entries, folders = [], [root]
    while folders:
        with os.scandir(folders.pop()) as found:
            for entry in found:
                if entry.is_dir(follow_symlinks=False):
                    if entry.name != "__pycache__":
                        folders.append(entry.path)
                elif entry.name.endswith(".py"):
                    stat = entry.stat()
                    entries.append(f"{entry.path}:{stat.st_size}:{stat.st_mtime_ns}")
    return "\n".join(sorted(entries)).encode("utf-8", "surrogateescape")


def rule_by_code(code: str) -> Rule | None:
    if "_BY_CODE" not in globals():
        _load()
    return globals()["_BY_CODE"].get(code.upper())
