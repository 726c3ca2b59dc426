"""Property tests over whole checks: every finding's offsets are exact and the JSON matches the contract."""
from __future__ import annotations

import json

import jsonschema
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from checker.api import check_text
from checker.reporters.json import render
from checker.runner import Report

from .conftest import FIXTURES
from .test_offsets_property import HTML, MARKDOWN, PLAIN

SCHEMA = json.loads((FIXTURES / "schemas" / "checker-report.schema.json").read_text(encoding="utf-8"))
SETTINGS = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
# phrases that make rules fire, so that findings (not only empty reports) are generated
ARTEFACTS = st.sampled_from([
    "READ ALSO: ", "the the ", "he said. he noted, saying ", "The master of the Kremlin ",
    "Andreï Beloussov ", "Kim Jong-un met Kim Jung-un and Kim Jong-un. ", "“unclosed quote ",
    "to Russia. intended for ", "le président de la République a dit ", "« Nous gagnerons », a-t-il dit. ",
    "Kim Jong-un: “important documents”\n\n“Important documents” will be signed, Yuri Ushakov said. ",
    "<!-- checker: ignore REP001 -->\n", "officially less, agrees. ", "actually working at the site ",
])


def _mixed(base):
    return st.tuples(base, st.lists(ARTEFACTS, max_size=6), st.integers(0, 10_000)).map(
        lambda parts: _interleave(*parts))


def _interleave(raw: str, artefacts: list[str], seed: int) -> str:
    for i, artefact in enumerate(artefacts):
        pos = (seed * (i + 7)) % (len(raw) + 1)
        raw = raw[:pos] + artefact + raw[pos:]
    return raw


def _check(raw: str, fmt: str) -> None:
    file_report = check_text(raw, fmt=fmt, path=f"doc.{fmt}", with_quotes=True)
    for f in file_report.findings:
        assert 0 <= f.start <= f.end <= len(raw)
        assert raw[f.start:f.end] == f.text
        assert f.line == raw.count("\n", 0, f.start) + 1
        assert f.column == f.start - (raw.rfind("\n", 0, f.start) + 1) + 1
        assert f.end_line == raw.count("\n", 0, f.end) + 1
    data = json.loads(render(Report([file_report])))
    jsonschema.validate(data, SCHEMA)
    for quote in data["files"][0]["quotes"]:
        assert raw[quote["start"]:quote["end"]] == quote["text"]


@SETTINGS
@given(_mixed(PLAIN))
def test_plain_text_reports(raw):
    _check(raw, "text")


@SETTINGS
@given(_mixed(MARKDOWN))
def test_markdown_reports(raw):
    _check(raw, "markdown")


@SETTINGS
@given(_mixed(HTML))
def test_html_reports(raw):
    _check(raw, "html")


def test_seed_report_matches_schema():
    raw = (FIXTURES / "seed" / "000_dbb8f34e7e82e8cc.txt").read_text(encoding="utf-8")
    _check(raw, "text")
