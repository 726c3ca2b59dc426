"""SARIF 2.1.0 reporter: the rule table from the registry, results with regions, fixes and stable fingerprints."""
from __future__ import annotations

import hashlib
import json
import os
import re
from pathlib import Path, PurePath
from urllib.parse import quote

from .. import __version__
from ..document import Document
from ..findings import Finding, Severity
from ..registry import Rule
from ..runner import FileReport, Report

SCHEMA_URI = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
# Where the rule pages (docs/rules/CODE.md) are published: the Action sets it to its own repository
# at its ref; without it, helpUri is left out rather than pointing nowhere.
DOCS_URL_ENV = "CHECKER_DOCS_URL"
LEVELS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}
FINGERPRINT_KEY = "checkerFinding/v1"
CONTEXT_CHARS = 40  # characters of the line on each side of a finding that go into its fingerprint
WHAT_IT_DOES_RE = re.compile(r"^##\s*What it does\s*\n(?P<body>.*?)(?=^##\s|\Z)", re.S | re.M)


def repo_path(path: str) -> str:
    """`path` relative to the working directory when it lies under it, with forward slashes."""
    pure = PurePath(path)
    if pure.is_absolute():
        try:
            pure = PurePath(os.path.relpath(pure, Path.cwd()))
        except ValueError:  # another drive on Windows
            return pure.as_posix()
        if pure.parts and pure.parts[0] == "..":
            return PurePath(path).as_posix()
    return PurePath(os.path.normpath(pure)).as_posix()


def artifact_location(path: str) -> dict:
    rel = repo_path(path)
    if PurePath(rel).is_absolute():
        return {"uri": Path(rel).as_uri()}
    return {"uri": quote(rel, safe="/"), "uriBaseId": "%SRCROOT%"}


def _full_description(rule: Rule) -> str:
    match = WHAT_IT_DOES_RE.search(rule.doc or "")
    body = " ".join(match.group("body").split()) if match else ""
    return body or rule.summary


def docs_base() -> str | None:
    """The URL of the folder holding the rule pages, ending in '/', or None when not known."""
    base = os.environ.get(DOCS_URL_ENV, "").strip()
    if not base.startswith(("https://", "http://")):
        return None
    return base if base.endswith("/") else base + "/"


def rule_descriptor(rule: Rule, base: str | None = None) -> dict:
    doc = (rule.doc or "").strip() or rule.summary
    descriptor = {
        "id": rule.code,
        "name": rule.name,
        "shortDescription": {"text": rule.summary},
        "fullDescription": {"text": _full_description(rule)},
        "help": {"text": doc, "markdown": doc},
        "defaultConfiguration": {"level": LEVELS[rule.severity]},
        "properties": {"tags": [rule.category.value], "category": rule.category.value,
                       "needsSource": rule.needs_source},
    }
    if base:
        descriptor["helpUri"] = f"{base}{quote(rule.code)}.md"
    return descriptor


def _region(doc: Document, start: int, end: int, snippet: bool = True) -> dict:
    line, column = doc.line_col(start)
    end_line, end_column = doc.line_col(end)
    region = {"startLine": line, "startColumn": column, "endLine": end_line, "endColumn": end_column,
              "charOffset": start, "charLength": end - start}
    if snippet:
        region["snippet"] = {"text": doc.raw[start:end]}
    return region


def _normalise(text: str) -> str:
    return " ".join(text.split()).casefold()


def fingerprint_key(doc: Document, finding: Finding) -> str:
    """What identifies a finding across pushes: its rule, its words and the words around it on its line.

    Line numbers are left out so that an edit above a finding does not make it a new alert.
    """
    raw = doc.raw
    line_start = raw.rfind("\n", 0, finding.start) + 1
    line_end = raw.find("\n", finding.end)
    line_end = len(raw) if line_end < 0 else line_end
    before = raw[max(line_start, finding.start - CONTEXT_CHARS):finding.start]
    after = raw[finding.end:min(line_end, finding.end + CONTEXT_CHARS)]
    return "\x1f".join((finding.code, _normalise(finding.text), _normalise(before), _normalise(after)))


def fingerprints(file: FileReport) -> list[str]:
    """One stable hash per finding of the file; identical findings in identical context are numbered."""
    seen: dict[str, int] = {}
    out = []
    for finding in file.findings:
        key = fingerprint_key(file.doc, finding)
        seen[key] = seen.get(key, 0) + 1
        out.append(hashlib.sha256(f"{key}\x1f{seen[key]}".encode()).hexdigest()[:32])
    return out


def _fix(file: FileReport, finding: Finding) -> dict:
    replacement = finding.suggestion or ""
    what = f"Replace with “{replacement}”" if replacement else "Delete the flagged text"
    return {
        "description": {"text": what},
        "artifactChanges": [{
            "artifactLocation": artifact_location(file.path),
            "replacements": [{
                "deletedRegion": _region(file.doc, finding.start, finding.end, snippet=False),
                "insertedContent": {"text": replacement},
            }],
        }],
    }


def _result(file: FileReport, finding: Finding, rule_index: dict[str, int], fingerprint: str) -> dict:
    result = {
        "ruleId": finding.code,
        "ruleIndex": rule_index[finding.code],
        "level": LEVELS[finding.severity],
        "message": {"text": finding.message},
        "locations": [{"physicalLocation": {
            "artifactLocation": artifact_location(file.path),
            "region": _region(file.doc, finding.start, finding.end),
        }}],
        "partialFingerprints": {FINGERPRINT_KEY: fingerprint},
        "properties": {"category": finding.category.value},
    }
    if finding.source_span is not None and file.source is not None and file.source_path:
        span = finding.source_span
        result["relatedLocations"] = [{
            "id": 1,
            "message": {"text": "Source text for this finding"},
            "physicalLocation": {
                "artifactLocation": artifact_location(file.source_path),
                "region": _region(file.source, span.start, span.end),
            },
        }]
    if finding.suggestion is not None:
        result["fixes"] = [_fix(file, finding)]
    return result


def _rules(report: Report) -> list[Rule]:
    """Every registered rule, then any code found in the report that the registry does not know."""
    from ..rules import ALL_RULES
    rules = list(ALL_RULES)
    known = {r.code for r in rules}
    for finding in report.findings:
        if finding.code not in known:
            known.add(finding.code)
            rules.append(Rule(code=finding.code, name=finding.code.lower(), category=finding.category,
                              severity=finding.severity, summary=finding.category.value, check=lambda ctx: ()))
    return rules


def _notifications(report: Report, rule_index: dict[str, int]) -> list[dict]:
    skipped: dict[str, int] = {}
    reasons: dict[str, str] = {}
    for file in report.files:
        for code in file.skipped_rules:
            skipped[code] = skipped.get(code, 0) + 1
            reasons.setdefault(code, file.skip_reasons.get(code, "an input it needs was missing"))
    return [{
        "level": "note",
        "message": {"text": f"{code} was skipped in {n} file{'s' if n != 1 else ''}: {reasons[code]}."},
        "associatedRule": {"id": code, "index": rule_index[code]},
    } for code, n in sorted(skipped.items()) if code in rule_index]


def sarif_log(report: Report) -> dict:
    rules = _rules(report)
    base = docs_base()
    rule_index = {rule.code: i for i, rule in enumerate(rules)}
    results = []
    for file in report.files:
        for finding, fingerprint in zip(file.findings, fingerprints(file)):
            results.append(_result(file, finding, rule_index, fingerprint))
    invocation = {"executionSuccessful": True}
    notifications = _notifications(report, rule_index)
    if notifications:
        invocation["toolExecutionNotifications"] = notifications
    driver = {"name": "checker", "version": __version__, "semanticVersion": __version__,
              "rules": [rule_descriptor(rule, base) for rule in rules]}
    if base:
        driver["informationUri"] = base
    return {
        "$schema": SCHEMA_URI,
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": driver},
            "invocations": [invocation],
            "columnKind": "unicodeCodePoints",
            "results": results,
        }],
    }


def render(report: Report, **_options) -> str:
    return json.dumps(sarif_log(report), ensure_ascii=False, indent=2) + "\n"
