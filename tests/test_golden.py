"""Golden end-to-end fixtures: the seed's expected findings, and a snapshot of the full JSON output."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from checker.api import check_jobs
from checker.config import Config
from checker.findings import Severity
from checker.inputs import Job
from checker.reporters.json import report_dict

from .conftest import FIXTURES

EXPECTATIONS = sorted(FIXTURES.glob("**/*.expected.json"))


def _expected_spans(raw: str, item: dict) -> tuple[int, int]:
    start = -1
    for _ in range(item.get("occurrence", 1)):
        start = raw.find(item["span"], start + 1)
        assert start >= 0, f"expected span {item['span']!r} not in the fixture"
    return start, start + len(item["span"])


def _load(expectation: Path):
    spec = json.loads(expectation.read_text(encoding="utf-8"))
    translation = expectation.parent / spec["translation_file"]
    source = expectation.parent / spec["source"] if spec.get("source") else None
    report = check_jobs([Job(str(translation), str(source) if source else None)],
                        Config(source_lang=spec.get("source_lang", "fr"), target_lang=spec.get("target_lang", "en")),
                        with_quotes=True)
    return spec, translation.read_text(encoding="utf-8"), report


@pytest.mark.parametrize("expectation", EXPECTATIONS, ids=[p.name for p in EXPECTATIONS])
def test_expected_findings(expectation):
    spec, raw, report = _load(expectation)
    findings = report.files[0].findings
    matched: set[int] = set()
    missing = []
    for item in spec["expected"]:
        start, end = _expected_spans(raw, item)
        hits = [i for i, f in enumerate(findings)
                if f.category.value == item["category"] and f.start < end and start < f.end]
        matched.update(hits)
        if not hits and not item.get("optional"):
            missing.append(f"{item['category']}: {item['span']!r}")
    assert not missing, f"missed: {missing}"
    extra = [f for i, f in enumerate(findings) if i not in matched and f.severity >= Severity.WARNING]
    assert len(extra) <= 1, "unexpected warnings: " + "; ".join(f"{f.code} {f.text!r}" for f in extra)


@pytest.mark.parametrize("expectation", EXPECTATIONS, ids=[p.name for p in EXPECTATIONS])
def test_json_snapshot(expectation, update_golden):
    _, _, report = _load(expectation)
    data = report_dict(report)
    data.pop("version")
    for file in data["files"]:
        file["path"] = Path(file["path"]).name
        file["source_path"] = file["source_path"] and Path(file["source_path"]).name
    golden = expectation.with_name(expectation.name.replace(".expected.json", ".golden.json"))
    rendered = json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    if update_golden or not golden.exists():
        golden.write_text(rendered, encoding="utf-8")
        if not update_golden:
            pytest.fail(f"golden file {golden.name} was missing and has been written; review and commit it")
    assert json.loads(golden.read_text(encoding="utf-8")) == data, (
        f"output differs from {golden.name}; if the change is intended, run pytest --update-golden")
