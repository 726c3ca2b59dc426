"""GitHub Actions reporter: escaped workflow annotations, and the full list in the job summary."""
from __future__ import annotations

import os
from dataclasses import dataclass

from ..findings import Finding, Severity
from ..runner import FileReport, Report
from .sarif import repo_path

COMMANDS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}
# What GitHub displays: at most this many annotations of each level per step, and in all per job.
PER_LEVEL_LIMIT = 10
PER_JOB_LIMIT = 50
MAX_CELL = 300
# inline Markdown that could format, link, mention or end a table cell
MARKDOWN_SPECIAL = frozenset("\\`*_[]#|~@:")


def escape_data(value: str) -> str:
    """A workflow command's message, escaped as the runner unescapes it."""
    return value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(value: str) -> str:
    """A workflow command's property value (file, title), escaped as the runner unescapes it."""
    return escape_data(value).replace(":", "%3A").replace(",", "%2C")


def unescape(value: str, prop: bool = False) -> str:
    """The runner's inverse of `escape_data` / `escape_property` (used by tests and the Action harness)."""
    if prop:
        value = value.replace("%2C", ",").replace("%3A", ":")
    return value.replace("%0A", "\n").replace("%0D", "\r").replace("%25", "%")


def _message(finding: Finding) -> str:
    lines = [finding.message]
    if finding.suggestion is not None:
        lines.append(f"Suggestion: {finding.suggestion}" if finding.suggestion else "Suggestion: delete it")
    if finding.source_span is not None:
        lines.append(f"Source: {finding.source_span.text}")
    return "\n".join(lines)


def annotation(path: str, finding: Finding) -> str:
    """One `::error|warning|notice` command; columns are dropped when the span covers several lines."""
    props = [("file", repo_path(path)), ("line", str(finding.line))]
    if finding.end_line == finding.line:
        props += [("col", str(finding.column)), ("endColumn", str(max(finding.end_column, finding.column)))]
    props.insert(2, ("endLine", str(finding.end_line)))
    props.append(("title", f"{finding.code} ({finding.category.value})"))
    head = ",".join(f"{key}={escape_property(value)}" for key, value in props)
    return f"::{COMMANDS[finding.severity]} {head}::{escape_data(_message(finding))}"


def plain_line(path: str, finding: Finding) -> str:
    """A log line that the runner cannot take for a command (it never starts with `::`)."""
    text = f"{repo_path(path)}:{finding.line}:{finding.column}: {finding.code} [{finding.severity.label}] " \
           f"{finding.message}"
    return "checker: " + escape_data(text)


@dataclass(frozen=True, slots=True)
class Annotated:
    lines: list[str]
    shown: int
    total: int


def annotations(report: Report) -> Annotated:
    """Annotation lines within GitHub's display limits, then plain log lines and a closing notice.

    When there are more findings than GitHub shows, the most severe come first, and one notice
    slot is kept for saying so, so that the notice itself is displayed.
    """
    items = [(file.path, f) for file in report.files for f in file.findings]
    counts = {s: sum(1 for _, f in items if f.severity == s) for s in Severity}
    overflow = len(items) > PER_JOB_LIMIT or any(n > PER_LEVEL_LIMIT for n in counts.values())
    if not overflow:
        lines = [annotation(path, f) for path, f in items]
        return Annotated(lines, len(items), len(items))
    budget = {s: PER_LEVEL_LIMIT for s in Severity}
    budget[Severity.INFO] -= 1
    total_budget = PER_JOB_LIMIT - 1
    chosen: set[int] = set()
    for severity in sorted(Severity, reverse=True):
        for i, (_, f) in enumerate(items):
            if f.severity == severity and budget[severity] > 0 and total_budget > 0:
                chosen.add(i)
                budget[severity] -= 1
                total_budget -= 1
    lines = [annotation(path, f) for i, (path, f) in enumerate(items) if i in chosen]
    rest = [plain_line(path, f) for i, (path, f) in enumerate(items) if i not in chosen]
    if rest:
        lines.append(f"checker: {len(rest)} more finding{'s' if len(rest) != 1 else ''} "
                     "(not shown as annotations):")
        lines.extend(rest)
    note = (f"checker found {len(items)} findings; GitHub shows at most {PER_LEVEL_LIMIT} annotations of each "
            f"level per step and {PER_JOB_LIMIT} per job, so {len(chosen)} are annotated. "
            "The full list is in the job summary and the log.")
    lines.append(f"::notice title={escape_property('checker: more findings than annotations')}::"
                 f"{escape_data(note)}")
    return Annotated(lines, len(chosen), len(items))


def _cell(value: str | None) -> str:
    """A Markdown table cell that shows `value` literally: no markup, HTML, links or row breaks."""
    if value is None:
        return ""
    value = " ".join(value.split())
    if len(value) > MAX_CELL:
        value = value[:MAX_CELL - 1] + "…"
    value = value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    out = []
    for ch in value:
        out.append("\\" + ch if ch in MARKDOWN_SPECIAL else ch)
    return "".join(out)


def _file_table(file: FileReport) -> list[str]:
    rows = ["| Line | Severity | Rule | Message | Text | Suggestion |", "| ---: | --- | --- | --- | --- | --- |"]
    for f in file.findings:
        suggestion = None if f.suggestion is None else (f.suggestion or "(delete)")
        rows.append(f"| {f.line}:{f.column} | {f.severity.label} | {f.code} {_cell(f.category.value)} "
                    f"| {_cell(f.message)} | {_cell(f.text)} | {_cell(suggestion)} |")
    return rows


def summary_markdown(report: Report, title: str = "checker") -> str:
    """The job summary: totals, then one table per file with findings."""
    findings = report.findings
    noun = "file" if len(report.files) == 1 else "files"
    out = [f"## {_cell(title)}: {len(findings)} finding{'s' if len(findings) != 1 else ''} "
           f"in {len(report.files)} {noun}", ""]
    if findings:
        severities = {s: sum(1 for f in findings if f.severity == s) for s in Severity}
        out += ["| Severity | Findings |", "| --- | ---: |"]
        out += [f"| {s.label} | {n} |" for s, n in sorted(severities.items(), reverse=True) if n]
        out += ["", "| Category | Findings |", "| --- | ---: |"]
        out += [f"| {_cell(c)} | {n} |" for c, n in report.by_category().items()]
        out.append("")
    for file in report.files:
        if not file.findings:
            continue
        source = f" (source: `{_code_span(repo_path(file.source_path))}`)" if file.source_path else ""
        out += [f"### `{_code_span(repo_path(file.path))}`{source}", ""]
        out += _file_table(file)
        out.append("")
    return "\n".join(out) + "\n"


def _code_span(value: str) -> str:
    """Text for inside a Markdown code span: backticks and line breaks cannot end it early."""
    return " ".join(value.split()).replace("`", "'")


def write_summary(report: Report, path: str, title: str = "checker") -> None:
    """Append the job summary to `path` (the file named by GITHUB_STEP_SUMMARY)."""
    with open(path, "a", encoding="utf-8") as handle:
        handle.write(summary_markdown(report, title))


def render(report: Report, **_options) -> str:
    """Annotation lines; the job summary is appended to $GITHUB_STEP_SUMMARY when it is set."""
    summary = os.environ.get("GITHUB_STEP_SUMMARY")
    if summary:
        write_summary(report, summary)
    lines = annotations(report).lines
    return "\n".join(lines) + ("\n" if lines else "")


def _fence(text: str) -> str:
    """A code fence longer than any run of backticks in `text`."""
    longest = max((len(run) for run in text.split("\n") for run in _backtick_runs(run)), default=0)
    return "`" * max(3, longest + 1)


def _backtick_runs(line: str) -> list[str]:
    runs, current = [], ""
    for ch in line:
        if ch == "`":
            current += "`"
        elif current:
            runs.append(current)
            current = ""
    return runs + ([current] if current else [])


def suggested_lines(raw: str, finding: Finding) -> tuple[int, int, str]:
    """The lines a finding covers (first, last; 1-based) and their text with its fix applied.

    A review suggestion replaces whole lines, so the fix is carried into the lines around it.
    """
    line_start = raw.rfind("\n", 0, finding.start) + 1
    line_end = raw.find("\n", max(finding.end, finding.start))
    line_end = len(raw) if line_end < 0 else line_end
    if line_end > line_start and raw[line_end - 1] == "\r":
        line_end -= 1
    fixed = raw[line_start:finding.start] + (finding.suggestion or "") + raw[finding.end:line_end]
    return finding.line, finding.end_line, fixed


def review_comment(path: str, raw: str, finding: Finding) -> dict:
    """A pull-request review comment with the finding's safe fix as a ```suggestion block."""
    first, last, fixed = suggested_lines(raw, finding)
    fence = _fence(fixed)
    body = f"**{finding.code}** ({finding.category.value}): {finding.message}\n\n{fence}suggestion\n{fixed}\n{fence}\n"
    comment = {"path": repo_path(path), "line": last, "side": "RIGHT", "body": body}
    if first != last:
        comment.update(start_line=first, start_side="RIGHT")
    return comment


def review(report: Report) -> dict:
    """The body of GitHub's "create a review" call: one suggestion per finding with a safe fix."""
    from ..fixes import edits_for
    comments = []
    for file in report.files:
        safe = {(e.start, e.end, e.code) for e in edits_for(file.findings)}
        comments += [review_comment(file.path, file.doc.raw, f) for f in file.findings
                     if (f.start, f.end, f.code) in safe]
    noun = "suggestion" if len(comments) == 1 else "suggestions"
    return {"event": "COMMENT", "body": f"checker: {len(comments)} {noun} that can be applied as they are.",
            "comments": comments}
