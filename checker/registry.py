"""Rule and Example values, and selection of rules by code prefix."""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Callable, Iterable

from .findings import Category, Hit, Severity
from .records import record

if TYPE_CHECKING:
    from .context import Context

CODE_RE = re.compile(r"^[A-Z]{3}\d{3}$")
MARK_RE = re.compile(r"\[\[(.*?)\]\]", re.S)


@record
class Example:
    """A documented example run as a test; `[[...]]` marks each span the rule must report.

    An example without marks is negative: the rule must report nothing on it.
    """

    text: str
    source: str | None = None
    note: str = ""
    lang: str | None = None  # language of `text` when it is not the default target language
    quotes: tuple[tuple[str, str], ...] = ()  # (speaker, words): statements given with --quotes

    def plain(self) -> tuple[str, list[tuple[int, int]]]:
        """The example text without marks, and the marked spans in it."""
        spans, out, pos = [], [], 0
        for match in MARK_RE.finditer(self.text):
            out.append(self.text[pos:match.start()])
            start = sum(map(len, out))
            out.append(match.group(1))
            spans.append((start, start + len(match.group(1))))
            pos = match.end()
        out.append(self.text[pos:])
        return "".join(out), spans

    @property
    def positive(self) -> bool:
        return bool(MARK_RE.search(self.text))


@dataclass(frozen=True, slots=True)
class Rule:
    """One check: its identity, documentation, the annotations it needs, and its function."""

    code: str
    name: str
    category: Category
    severity: Severity
    summary: str
    check: Callable[["Context"], Iterable[Hit]]
    doc: str = ""  # "What it does / Why is this bad? / Example" sections, Markdown
    examples: tuple[Example, ...] = ()
    requires: tuple[str, ...] = ()  # annotation names (target.*, source.*, pair.*), computed lazily

    def __post_init__(self) -> None:
        if not CODE_RE.match(self.code):
            raise ValueError(f"bad rule code {self.code!r}")

    @property
    def needs(self) -> frozenset[str]:
        """Inputs beyond the translation that this rule's annotations need (source, quotes, models)."""
        from .context import needs_of
        return needs_of(self.requires)

    @property
    def needs_source(self) -> bool:
        return "source" in self.needs

    @property
    def needs_quotes(self) -> bool:
        return "quotes" in self.needs

    @property
    def needs_model(self) -> bool:
        from .context import MODEL_KINDS
        return any(kind in self.needs for kind in MODEL_KINDS)

    @property
    def help_url(self) -> str:
        return f"https://checker.invalid/rules/{self.code}"


def select_rules(rules: Iterable[Rule], select: Iterable[str] = (), ignore: Iterable[str] = ()) -> tuple[Rule, ...]:
    """Rules whose code starts with a selected prefix (all when none) and no ignored prefix.

    A prefix may also be a category name (`calque`) or `ALL`.
    """
    rules = tuple(rules)
    select = [s.strip() for s in select if s.strip()]
    ignore = [s.strip() for s in ignore if s.strip()]
    known = {r.code for r in rules} | {r.category.value for r in rules}
    for prefix in (*select, *ignore):
        if prefix.upper() != "ALL" and not any(k.startswith(prefix.upper()) or k == prefix.lower() for k in known):
            raise UnknownCode(prefix)

    def matches(rule: Rule, prefix: str) -> bool:
        return prefix.upper() == "ALL" or rule.code.startswith(prefix.upper()) or rule.category.value == prefix.lower()

    chosen = [r for r in rules if not select or any(matches(r, p) for p in select)]
    return tuple(r for r in chosen if not any(matches(r, p) for p in ignore))


class UnknownCode(ValueError):
    def __init__(self, code: str):
        super().__init__(f"unknown rule code or category {code!r}")
        self.code = code
