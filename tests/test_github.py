"""GitHub annotations: escaping that no article text or file name can break, display limits, the job summary."""
from __future__ import annotations

import re

from hypothesis import given, strategies as st

from checker.findings import Severity
from checker.parsers import parse
from checker.reporters.github import (PER_JOB_LIMIT, PER_LEVEL_LIMIT, annotations, escape_data,
                                      escape_property, render, summary_markdown, unescape)
from checker.registry import Rule
from checker.rules import ALL_RULES
from checker.runner import FileReport, Report, make_finding
from checker.findings import Hit

from .conftest import FIXTURES

COMMANDS = ("error", "warning", "notice")


def parse_command(line: str) -> tuple[str, dict[str, str], str] | None:
    """A workflow command as the runner reads it (leading whitespace ignored), else None."""
    text = line.lstrip()
    if not text.startswith("::"):
        return None
    end = text.find("::", 2)
    assert end > 0, f"unterminated command: {line!r}"
    head, message = text[2:end], text[end + 2:]
    name, _, props = head.partition(" ")
    values = {}
    for item in filter(None, props.split(",")):
        key, sep, value = item.partition("=")
        assert sep, f"property without '=': {item!r} in {line!r}"
        values[key] = unescape(value, prop=True)
    return name, values, unescape(message)


def _rule(severity: Severity) -> Rule:
    base = next(r for r in ALL_RULES)
    return Rule(code=base.code, name=base.name, category=base.category, severity=severity, summary=base.summary,
                check=base.check)


def report_with(raw: str, path: str, hits: list[Hit], severity: Severity = Severity.WARNING,
                fmt: str = "text") -> Report:
    doc = parse(raw, fmt, path=path)
    rule = _rule(severity)
    findings = [make_finding(rule, hit, doc, None) for hit in hits]
    return Report([FileReport(path, None, findings, doc)])


@given(st.text())
def test_escaping_round_trips(value):
    data, prop = escape_data(value), escape_property(value)
    assert "\n" not in data and "\r" not in data
    assert not set("\n\r,:") & set(prop)
    assert unescape(data) == value
    assert unescape(prop, prop=True) == value


def test_crafted_article_and_file_name_cannot_inject_commands(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    name = "evil%0A::error::x,line=9\n::warning file=a.md::pwned, 100%.en.txt"
    raw = ("Prices rose 100%0A overnight,\r\n::error file=x.md,line=1::injected\n"
           "::add-mask::secret, and %25 more::set-output name=x::y\n\nLast paragraph, with commas.\n")
    doc = parse(raw, "text", path=name)
    hits = []
    for phrase in ("100%0A overnight", "::error file=x.md,line=1::injected", "%25 more::set-output",
                   "paragraph, with"):
        start = doc.text.index(phrase)
        hits.append(Hit(start, start + len(phrase), f"Odd text {phrase!r}\n::error::also in the message,",
                        suggestion="::warning::fix,%0D\r\nit"))
    hits.append(Hit(doc.text.index("Prices"), doc.text.index("Last"), "Spans lines\n::notice::x"))
    report = report_with(raw, name, hits)
    out = render(report)
    commands = [parse_command(line) for line in out.splitlines()]
    commands = [c for c in commands if c is not None]
    assert len(commands) == len(report.findings)  # nothing else can start a command
    for (command, props, message), finding in zip(commands, report.findings):
        assert command == "warning"
        assert props["file"] == name
        assert int(props["line"]) == finding.line and int(props["endLine"]) == finding.end_line
        assert props["title"].startswith(finding.code)
        assert message.splitlines()[0] == finding.message.splitlines()[0]
        assert message.startswith(finding.message)
        if finding.suggestion is not None:
            assert f"Suggestion: {finding.suggestion}" in message
    assert set(commands[0][1]) == {"file", "line", "endLine", "col", "endColumn", "title"}
    # the span covering several lines has no columns
    multi = [c for c, f in zip(commands, report.findings) if f.end_line > f.line]
    assert multi and all("col" not in props and "endColumn" not in props for _, props, _ in multi)


def test_columns_match_findings():
    raw = "The the minister spoke.\n"
    report = report_with(raw, "a.en.txt", [Hit(0, 7, "Doubled word.", "The")])
    (line,) = render(report).splitlines()
    _, props, message = parse_command(line)
    finding = report.findings[0]
    assert (int(props["col"]), int(props["endColumn"])) == (finding.column, finding.end_column)
    assert message == "Doubled word.\nSuggestion: The"


def test_severities_map_to_commands():
    raw = "One two three four five six.\n"
    for severity, command in zip((Severity.ERROR, Severity.WARNING, Severity.INFO), COMMANDS):
        report = report_with(raw, "a.txt", [Hit(0, 3, "x")], severity)
        assert render(report).startswith(f"::{command} ")


def test_display_limits_keep_the_most_severe_and_say_so():
    raw = " ".join(f"w{i}" for i in range(200)) + "\n"
    doc = parse(raw, "text", path="many.txt")
    findings = []
    for i in range(80):
        severity = (Severity.ERROR, Severity.WARNING, Severity.INFO)[i % 3] if i < 45 else Severity.INFO
        start = raw.index(f"w{i} ")
        findings.append(make_finding(_rule(severity), Hit(start, start + len(f"w{i}"), f"finding {i}"), doc, None))
    report = Report([FileReport("many.txt", None, findings, doc)])
    result = annotations(report)
    commands = [parse_command(line) for line in result.lines]
    shown = [c for c in commands if c is not None]
    counts = {name: sum(1 for c in shown if c[0] == name) for name in COMMANDS}
    assert counts["error"] <= PER_LEVEL_LIMIT and counts["warning"] <= PER_LEVEL_LIMIT
    assert counts["notice"] <= PER_LEVEL_LIMIT and len(shown) <= PER_JOB_LIMIT
    assert counts["error"] == min(15, PER_LEVEL_LIMIT)
    final = shown[-1]
    assert final[0] == "notice" and "80 findings" in final[2] and "job summary" in final[2]
    assert result.shown == len(shown) - 1 and result.total == 80
    plain = [line for line in result.lines if parse_command(line) is None]
    assert sum(1 for line in plain if re.search(r"many\.txt:\d+:\d+:", line)) == 80 - result.shown


def test_no_overflow_notice_within_limits():
    raw = "alpha beta gamma\n"
    report = report_with(raw, "a.txt", [Hit(0, 5, "x"), Hit(6, 10, "y")])
    lines = render(report).splitlines()
    assert len(lines) == 2 and all(parse_command(line)[0] == "warning" for line in lines)


def test_summary_is_written_to_the_step_summary(tmp_path, monkeypatch):
    summary = tmp_path / "summary.md"
    summary.write_text("previous step\n", encoding="utf-8")
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(summary))
    raw = "A | pipe and <b>html</b> and [link](http://x) in **text**\nsecond line @someone #12\n"
    report = report_with(raw, "dir/a|b`c.en.txt", [Hit(0, len(raw) - 1, "Message with | pipe\nand newline")])
    render(report)
    text = summary.read_text(encoding="utf-8")
    assert text.startswith("previous step\n")  # appended, not replaced
    assert "## checker: 1 finding in 1 file" in text
    rows = [line for line in text.splitlines() if line.startswith("| 1:1 ")]
    assert len(rows) == 1
    header = next(line for line in text.splitlines() if line.startswith("| Line"))
    unescaped_pipes = lambda line: len(re.findall(r"(?<!\\)\|", line))
    assert unescaped_pipes(rows[0]) == unescaped_pipes(header)
    assert "<b>" not in text and "[link](http" not in text and "**text**" not in text
    assert r"\[link\]" in text and "&lt;b&gt;" in text
    assert "`dir/a|b'c.en.txt`" in text


def test_summary_groups_by_file():
    raw = "alpha beta gamma\n"
    first = report_with(raw, "one.txt", [Hit(0, 5, "x")]).files[0]
    second = report_with(raw, "two.txt", [Hit(6, 10, "y"), Hit(11, 16, "z")]).files[0]
    clean = report_with(raw, "three.txt", []).files[0]
    text = summary_markdown(Report([first, second, clean]))
    assert "3 findings in 3 files" in text
    assert text.index("### `one.txt`") < text.index("### `two.txt`")
    assert "three.txt" not in text


def test_seed_through_the_cli(monkeypatch, tmp_path):
    from checker.cli import main
    monkeypatch.delenv("GITHUB_STEP_SUMMARY", raising=False)
    out = tmp_path / "annotations.txt"
    seed = FIXTURES / "seed" / "000_dbb8f34e7e82e8cc.txt"
    assert main(["check", str(seed), "--format", "github", "--output", str(out), "--fail-on", "never"]) == 0
    lines = out.read_text(encoding="utf-8").splitlines()
    commands = [parse_command(line) for line in lines if parse_command(line)]
    assert commands and all(c[0] in COMMANDS for c in commands)
    assert all(c[1]["file"] == str(seed.relative_to(FIXTURES.parent)) or c[1]["file"].endswith(seed.name)
               for c in commands if c[1].get("file"))
