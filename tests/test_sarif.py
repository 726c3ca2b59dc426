"""SARIF 2.1.0 output: schema-valid, rules from the registry, exact regions, fixes, stable fingerprints."""
from __future__ import annotations

import json
import os
from pathlib import Path
from urllib.parse import unquote

import pytest

from checker.api import check_jobs
from checker.config import Config
from checker.findings import Category, Hit, Severity
from checker.inputs import Job, discover
from checker.parsers import parse
from checker.registry import Rule
from checker.reporters.sarif import fingerprints, render, sarif_log
from checker.rules import ALL_RULES
from checker.runner import FileReport, Report, make_finding

from .conftest import FIXTURES, ROOT

SCHEMA_COPY = FIXTURES / "schemas" / "sarif-schema-2.1.0.json"
SCHEMA_SHARED = ROOT.parent / "shared" / "data" / "sarif-schema-2.1.0.json"
SEED = FIXTURES / "seed" / "000_dbb8f34e7e82e8cc.txt"
BILINGUAL = FIXTURES / "bilingual"


@pytest.fixture(scope="module")
def validator():
    jsonschema = pytest.importorskip("jsonschema")
    path = SCHEMA_COPY if SCHEMA_COPY.is_file() else SCHEMA_SHARED
    if not path.is_file():
        pytest.skip(f"SARIF schema not found at {SCHEMA_COPY} or {SCHEMA_SHARED}")
    schema = json.loads(path.read_text(encoding="utf-8"))
    return jsonschema.Draft4Validator(schema)


def _valid(validator, log: dict) -> None:
    errors = sorted(validator.iter_errors(log), key=lambda e: list(e.path))
    assert not errors, "; ".join(f"{list(e.path)}: {e.message}" for e in errors[:5])


def synthetic(raw: str, spans: list[tuple[str, int, str | None]], source: str | None = None,
              source_spans: dict[int, str] | None = None, path: str = "content/post.en.md",
              fmt: str = "text") -> FileReport:
    """A FileReport with findings at the first occurrence of given phrases, one registry rule each."""
    doc = parse(raw, fmt, path=path)
    src = parse(source, fmt, path=path.replace(".en.", ".fr."), lang="fr") if source is not None else None
    findings = []
    for i, (phrase, occurrence, suggestion) in enumerate(spans):
        start = -1
        for _ in range(occurrence):
            start = doc.text.index(phrase, start + 1)
        rule = ALL_RULES[i % len(ALL_RULES)]
        source_span = None
        if source_spans and i in source_spans:
            s = src.text.index(source_spans[i])
            source_span = (s, s + len(source_spans[i]))
        hit = Hit(start, start + len(phrase), f"Message about '{phrase}'.", suggestion, source_span)
        findings.append(make_finding(rule, hit, doc, src))
    return FileReport(path, src.path if src else None, findings, doc, src)


def _real_report() -> Report:
    jobs = [Job(str(SEED))] + discover([str(BILINGUAL)], None, "fr", "en")
    return check_jobs(jobs, Config())


def test_real_reports_are_schema_valid(validator):
    report = _real_report()
    log = json.loads(render(report))
    _valid(validator, log)
    run = log["runs"][0]
    assert run["tool"]["driver"]["name"] == "checker"
    assert len(run["results"]) == len(report.findings)


def test_empty_report_is_valid(validator):
    log = sarif_log(Report())
    _valid(validator, log)
    assert log["runs"][0]["results"] == []


def test_rules_come_from_the_registry(validator):
    log = sarif_log(Report())
    rules = log["runs"][0]["tool"]["driver"]["rules"]
    assert [r["id"] for r in rules] == [r.code for r in ALL_RULES]
    levels = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}
    for descriptor, rule in zip(rules, ALL_RULES):
        assert descriptor["name"] == rule.name
        assert descriptor["shortDescription"]["text"] == rule.summary
        assert descriptor["fullDescription"]["text"]
        assert descriptor["help"]["markdown"].strip()
        assert descriptor["defaultConfiguration"]["level"] == levels[rule.severity]
        assert descriptor["properties"]["tags"] == [rule.category.value]


def test_results_locate_findings_exactly(validator):
    raw = "Title line\n\nThe talks – in Genève – resumed on Monday.\nA second line with “quotes”.\n"
    file = synthetic(raw, [("Genève", 1, "Geneva"), ("second line", 1, None), ("on Monday.\nA second", 1, "")])
    log = sarif_log(Report([file]))
    _valid(validator, log)
    run = log["runs"][0]
    assert run["columnKind"] == "unicodeCodePoints"
    rules = run["tool"]["driver"]["rules"]
    for result, finding in zip(run["results"], file.findings):
        assert rules[result["ruleIndex"]]["id"] == result["ruleId"] == finding.code
        assert result["message"]["text"] == finding.message
        location = result["locations"][0]["physicalLocation"]
        assert location["artifactLocation"]["uri"] == "content/post.en.md"
        region = location["region"]
        assert (region["startLine"], region["startColumn"]) == (finding.line, finding.column)
        assert (region["endLine"], region["endColumn"]) == (finding.end_line, finding.end_column)
        start, length = region["charOffset"], region["charLength"]
        assert raw[start:start + length] == finding.text == region["snippet"]["text"]
    # a span over two lines ends on the next line
    multi = run["results"][2]["locations"][0]["physicalLocation"]["region"]
    assert multi["endLine"] == multi["startLine"] + 1


def test_fixes_apply_to_the_raw_file(validator):
    raw = "The the minister met Vladimir Poutine in Pékin.\n"
    file = synthetic(raw, [("The the", 1, "The"), ("Poutine", 1, "Putin"), ("Pékin", 1, "Beijing")])
    log = sarif_log(Report([file]))
    _valid(validator, log)
    edits = []
    for result in log["runs"][0]["results"]:
        (fix,) = result["fixes"]
        (change,) = fix["artifactChanges"]
        (replacement,) = change["replacements"]
        region = replacement["deletedRegion"]
        edits.append((region["charOffset"], region["charLength"], replacement["insertedContent"]["text"]))
    fixed = raw
    for offset, length, text in sorted(edits, reverse=True):
        fixed = fixed[:offset] + text + fixed[offset + length:]
    assert fixed == "The minister met Vladimir Putin in Beijing.\n"


def test_deletion_fix_and_no_fix(validator):
    raw = "Body text.\n\nREAD ALSO: another story\n"
    file = synthetic(raw, [("READ ALSO:", 1, ""), ("Body", 1, None)])
    results = sarif_log(Report([file]))["runs"][0]["results"]
    by_text = {r["locations"][0]["physicalLocation"]["region"]["snippet"]["text"]: r for r in results}
    assert by_text["READ ALSO:"]["fixes"][0]["artifactChanges"][0]["replacements"][0]["insertedContent"]["text"] == ""
    assert "fixes" not in by_text["Body"]


def test_source_span_is_a_related_location(validator):
    source = "Le ministre a parlé de 12 milliards d'euros.\n"
    raw = "The minister spoke of 21 billion euros.\n"
    file = synthetic(raw, [("21 billion euros", 1, "12 billion euros")], source=source,
                     source_spans={0: "12 milliards d'euros"})
    log = sarif_log(Report([file]))
    _valid(validator, log)
    (related,) = log["runs"][0]["results"][0]["relatedLocations"]
    location = related["physicalLocation"]
    assert location["artifactLocation"]["uri"] == "content/post.fr.md"
    region = location["region"]
    assert source[region["charOffset"]:region["charOffset"] + region["charLength"]] == "12 milliards d'euros"
    assert region["snippet"]["text"] == "12 milliards d'euros"


def test_fingerprints_survive_edits_above_and_are_unique():
    body = ("READ ALSO: one story\n\nThe the talks resumed.\n\nREAD ALSO: one story\n\n"
            "Kim Jong-un met Kim Jung-un.\n")
    spans = [("READ ALSO:", 1, ""), ("The the", 1, "The"), ("READ ALSO:", 2, ""), ("Kim Jung-un", 1, None)]
    before = synthetic(body, spans)
    after = synthetic("A new first paragraph.\n\nAnd another one, longer.\n\n" + body, spans)
    prints_before, prints_after = fingerprints(before), fingerprints(after)
    assert len(set(prints_before)) == len(prints_before)  # the two identical READ ALSO lines differ
    assert prints_before == prints_after
    assert [f.line for f in before.findings] != [f.line for f in after.findings]
    log = sarif_log(Report([after]))
    assert [r["partialFingerprints"]["checkerFinding/v1"] for r in log["runs"][0]["results"]] == prints_after
    changed = synthetic(body.replace("The the talks resumed", "The the strikes resumed"), spans)
    assert fingerprints(changed)[1] != prints_before[1]  # its own context changed
    assert fingerprints(changed)[3] == prints_before[3]


def test_paths_are_relative_and_encoded(validator, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    name = str(tmp_path / "content" / "été 100%" / "a#b.en.md")
    file = synthetic("Some text here.\n", [("text", 1, None)], path=name)
    log = sarif_log(Report([file]))
    _valid(validator, log)
    uri = log["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
    assert " " not in uri and "#" not in uri and "\\" not in uri
    assert unquote(uri) == "content/été 100%/a#b.en.md"
    outside = synthetic("Some text here.\n", [("text", 1, None)], path=os.path.join(os.sep, "elsewhere", "x.en.md"))
    uri = sarif_log(Report([outside]))["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
    assert uri.startswith("file:///")


def test_unknown_rule_codes_get_a_descriptor(validator):
    doc = parse("Some words.\n", "text", path="x.txt")
    rule = Rule(code="ZZZ999", name="external", category=Category.ADDITION, severity=Severity.ERROR,
                summary="An external rule.", check=lambda ctx: ())
    finding = make_finding(rule, Hit(0, 4, "External."), doc, None)
    log = sarif_log(Report([FileReport("x.txt", None, [finding], doc)]))
    _valid(validator, log)
    run = log["runs"][0]
    assert run["tool"]["driver"]["rules"][run["results"][0]["ruleIndex"]]["id"] == "ZZZ999"


def test_cli_writes_sarif(tmp_path, validator):
    from checker.cli import main
    out = tmp_path / "report.sarif"
    status = main(["check", str(SEED), "--format", "sarif", "--output", str(out), "--fail-on", "never"])
    assert status == 0
    _valid(validator, json.loads(out.read_text(encoding="utf-8")))


def test_schema_copy_matches_shared():
    if not SCHEMA_SHARED.is_file():
        pytest.skip(f"{SCHEMA_SHARED} not present")
    assert SCHEMA_COPY.read_bytes() == Path(SCHEMA_SHARED).read_bytes()
