"""Runs the selected rules over document pairs and turns their hits into located findings."""
from __future__ import annotations

from dataclasses import dataclass, field

from .collector import collector_paused
from .context import MISSING_INPUT, Context
from .document import Document
from .findings import Category, Finding, Hit, Severity, SourceSpan
from .registry import Rule
from .suppressions import apply_suppressions


@dataclass(slots=True)
class FileReport:
    """The findings (and quotes, when computed) for one checked file."""

    path: str
    source_path: str | None
    findings: list[Finding]
    doc: Document
    source: Document | None = None
    quotes: list | None = None
    skipped_rules: tuple[str, ...] = ()
    skip_reasons: dict[str, str] = field(default_factory=dict)  # code -> what it lacked
    alignment: list | None = None  # pair.paragraphs when a source was read
    metadata: dict = field(default_factory=dict)  # models used (name, revision), for reproducibility


@dataclass(slots=True)
class Report:
    """The reports of every file a run checked."""

    files: list[FileReport] = field(default_factory=list)

    @property
    def findings(self) -> list[Finding]:
        return [f for file in self.files for f in file.findings]

    def by_category(self) -> dict[str, int]:
        counts: dict[str, int] = {}
        for finding in self.findings:
            counts[finding.category.value] = counts.get(finding.category.value, 0) + 1
        return dict(sorted(counts.items()))

    def worst(self) -> Severity | None:
        return max((f.severity for f in self.findings), default=None)


def make_finding(rule: Rule, hit: Hit, doc: Document, source: Document | None,
                 severity: Severity | None = None) -> Finding:
    """Locate a rule's hit in the raw file (offsets carried by the document, never searched)."""
    start, end = doc.raw_span(hit.start, hit.end)
    line, column = doc.line_col(start)
    end_line, end_column = doc.line_col(end)
    source_span = None
    if hit.source_span is not None and source is not None:
        s_start, s_end = source.raw_span(*hit.source_span)
        source_span = SourceSpan(s_start, s_end, source.raw[s_start:s_end])
    return Finding(
        code=rule.code, category=rule.category,
        severity=severity or hit.severity or rule.severity,
        message=hit.message, start=start, end=end, line=line, column=column,
        end_line=end_line, end_column=end_column, text=doc.raw[start:end],
        suggestion=hit.suggestion, source_span=source_span,
    )


def check_context(ctx: Context, rules: tuple[Rule, ...], severities: dict[str, Severity] | None = None,
                  all_codes: frozenset[str] = frozenset(), with_quotes: bool = False) -> FileReport:
    """Run `rules` on one context; rules whose inputs are missing are skipped and listed."""
    with collector_paused():
        return _check_context(ctx, rules, severities, all_codes, with_quotes)


def _check_context(ctx: Context, rules: tuple[Rule, ...], severities: dict[str, Severity] | None,
                   all_codes: frozenset[str], with_quotes: bool) -> FileReport:
    severities = severities or {}
    findings: list[Finding] = []
    skipped: dict[str, str] = {}
    unrelated = _unrelated_source(ctx, rules)
    for rule in rules:
        missing = ctx.missing(rule.requires)
        if missing:
            skipped[rule.code] = "; ".join(MISSING_INPUT[need] for need in missing)
            continue
        if unrelated and rule.needs_source and "pair.correspondence" not in rule.requires:
            skipped[rule.code] = unrelated
            continue
        for hit in rule.check(ctx):
            findings.append(make_finding(rule, hit, ctx.doc, ctx.source, severities.get(rule.code)))
    quality, hit = _review_quality(ctx, rules, findings)  # after every rule: the estimate counts their findings
    if hit is not None:
        from .quality import RULE as QUALITY_RULE
        findings.append(make_finding(QUALITY_RULE, hit, ctx.doc, ctx.source, severities.get(QUALITY_RULE.code)))
    findings = apply_suppressions(ctx.doc, findings, {r.code for r in rules}, all_codes)
    findings.sort(key=lambda f: (f.start, f.end, f.code))
    quotes = ctx.get("target.quotes") if with_quotes else None
    report = FileReport(path=ctx.doc.path or "<text>", source_path=ctx.source.path if ctx.source else None,
                        findings=_dedupe(findings), doc=ctx.doc, source=ctx.source, quotes=quotes,
                        skipped_rules=tuple(skipped), skip_reasons=skipped,
                        alignment=ctx.get("pair.paragraphs") if ctx.source is not None else None)
    if ctx.models is not None and ctx.models.metadata():
        report.metadata["models"] = ctx.models.metadata()
    if quality is not None:
        report.metadata["quality"] = quality.to_json()
    return report


def _review_quality(ctx: Context, rules: tuple[Rule, ...], findings: list[Finding]):
    """The quality estimate and its hit: it compares the two sides, so without a source (or its imports) none."""
    if ctx.source is None:
        return None, None
    from .quality import review
    return review(ctx, rules, findings)


def _unrelated_source(ctx: Context, rules: tuple[Rule, ...]) -> str | None:
    """Why the source-comparison rules must not run: the source is not this translation's original."""
    if ctx.source is None or not any(rule.needs_source for rule in rules):
        return None
    correspondence = ctx.get("pair.correspondence")
    if correspondence.ok:
        return None
    return f"the source does not correspond to the translation (only {correspondence.coverage:.0%} aligns)"


def _dedupe(findings: list[Finding]) -> list[Finding]:
    seen, out = set(), []
    for finding in findings:
        key = (finding.code, finding.start, finding.end)
        if key not in seen:
            seen.add(key)
            out.append(finding)
    return out


__all__ = ["Category", "FileReport", "Report", "check_context", "make_finding"]
