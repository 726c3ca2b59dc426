"""Inline suppressions: drop findings covered by `checker: ignore/off` comments, and report unused ones."""
from __future__ import annotations

from .document import Directive, Document
from .findings import Category, Finding, Severity

UNUSED_CODE = "SUP001"


def _covers(directive_codes: tuple[str, ...], code: str) -> bool:
    return not directive_codes or any(code.startswith(c) for c in directive_codes)


def _regions(doc: Document) -> list[tuple[Directive, int, int]]:
    """Raw-offset regions each directive silences: the next block for `ignore`, up to `on` for `off`."""
    regions = []
    open_off: list[Directive] = []
    for directive in doc.directives:
        if directive.action == "ignore":
            block = next((b for b in doc.blocks if b.start >= directive.clean_pos), None)
            if block is not None:
                start, end = doc.raw_span(block.start, block.end)
                regions.append((directive, start, end))
            else:
                regions.append((directive, directive.raw_end, directive.raw_end))
        elif directive.action == "off":
            open_off.append(directive)
        elif directive.action == "on":
            for off in open_off:
                regions.append((off, off.raw_end, directive.raw_start))
            open_off = []
    for off in open_off:
        regions.append((off, off.raw_end, len(doc.raw)))
    return regions


def apply_suppressions(doc: Document, findings: list[Finding], selected: set[str],
                       all_codes: frozenset[str] = frozenset()) -> list[Finding]:
    """Findings not silenced by a directive, plus one SUP001 finding per directive that silenced nothing."""
    regions = _regions(doc)
    if not regions:
        return findings
    used: set[int] = set()
    kept = []
    for finding in findings:
        silenced = False
        for i, (directive, start, end) in enumerate(regions):
            if start <= finding.start < end or (finding.start == finding.end == start):
                if _covers(directive.codes, finding.code):
                    used.add(i)
                    silenced = True
        if not silenced:
            kept.append(finding)
    if UNUSED_CODE not in selected:
        return kept
    for i, (directive, _, _) in enumerate(regions):
        if i in used:
            continue
        # a directive naming only rules that did not run cannot be judged unused
        if directive.codes and not any(any(s.startswith(c) for s in selected) for c in directive.codes):
            if all(any(a.startswith(c) for a in all_codes) for c in directive.codes):
                continue
        unknown = [c for c in directive.codes if all_codes and not any(a.startswith(c) for a in all_codes)]
        what = f"names unknown code {', '.join(unknown)}" if unknown else "suppresses nothing"
        line, column = doc.line_col(directive.raw_start)
        end_line, end_column = doc.line_col(directive.raw_end)
        kept.append(Finding(
            code=UNUSED_CODE, category=Category.BOILERPLATE, severity=Severity.INFO,
            message=f"This suppression comment {what}; remove it.",
            start=directive.raw_start, end=directive.raw_end, line=line, column=column,
            end_line=end_line, end_column=end_column,
            text=doc.raw[directive.raw_start:directive.raw_end], suggestion="",
        ))
    return kept
