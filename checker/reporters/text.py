"""Text reporter: compiler-style lines, the offending line with the span underlined, a summary."""
from __future__ import annotations

from ..findings import Severity
from ..runner import Report

COLORS = {Severity.ERROR: "\033[31m", Severity.WARNING: "\033[33m", Severity.INFO: "\033[36m"}
BOLD, DIM, RESET = "\033[1m", "\033[2m", "\033[0m"
MAX_LINE = 160


def _excerpt(raw: str, start: int, end: int) -> tuple[str, int, int]:
    """The raw line holding `start`, clipped around the span, and the span's columns in it."""
    line_start = raw.rfind("\n", 0, start) + 1
    line_end = raw.find("\n", start)
    line_end = len(raw) if line_end < 0 else line_end
    span_end = min(end, line_end)
    left = max(line_start, start - 60)
    right = min(line_end, max(span_end + 60, left + MAX_LINE))
    prefix = "…" if left > line_start else ""
    suffix = "…" if right < line_end else ""
    line = prefix + raw[left:right].replace("\t", " ") + suffix
    col = len(prefix) + start - left
    return line, col, max(col + 1, len(prefix) + span_end - left)


def _count(n: int, severity: Severity) -> str:
    """`1 error`, `10 warnings`, `4 info` (info is uncountable)."""
    plural = n != 1 and severity is not Severity.INFO
    return f"{n} {severity.label}{'s' if plural else ''}"


def render(report: Report, color: bool = False, **_options) -> str:
    def paint(code: str, text: str) -> str:
        return f"{code}{text}{RESET}" if color else text

    out = []
    for file in report.files:
        raw = file.doc.raw
        for f in file.findings:
            sev = paint(COLORS[f.severity], f.severity.label)
            out.append(f"{paint(BOLD, f'{file.path}:{f.line}:{f.column}:')} {f.code} [{sev}] {f.message}")
            line, col, col_end = _excerpt(raw, f.start, f.end)
            out.append(f"    {line}")
            out.append("    " + " " * col + paint(COLORS[f.severity], "^" * (col_end - col)))
            if f.suggestion is not None:
                fix = f.suggestion if f.suggestion else "(delete)"
                out.append(f"    {paint(DIM, 'suggestion:')} {fix}")
            if f.source_span is not None:
                out.append(f"    {paint(DIM, 'source:')} {f.source_span.text}")
            out.append("")
    counts = report.by_category()
    total = len(report.findings)
    severities = {s: sum(1 for f in report.findings if f.severity == s) for s in Severity}
    noun = "file" if len(report.files) == 1 else "files"
    if total:
        parts = ", ".join(_count(n, s) for s, n in sorted(severities.items(), reverse=True) if n)
        out.append(f"{total} finding{'s' if total != 1 else ''} ({parts}) in {len(report.files)} {noun}: "
                   + ", ".join(f"{c} {n}" for c, n in counts.items()))
    else:
        out.append(f"No findings in {len(report.files)} {noun}.")
    return "\n".join(out) + "\n"
