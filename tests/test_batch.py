"""Batch mode over JSONL, CSV and Parquet with `datasets`: one line per record, in order."""
from __future__ import annotations

import csv
import json

import pytest

from checker.cli import main

from .conftest import SHARED

RECORDS = [
    {"id": "a", "en": "The the minister spoke.", "fr": "Le ministre a parlé."},
    {"id": "b", "en": "", "fr": "Vide."},
    {"id": "c", "en": "READ ALSO: the other story", "fr": "LIRE AUSSI : l'autre article"},
    {"id": "d", "en": "A clean sentence.", "fr": "Une phrase propre."},
]


def _run(args, capsys):
    code = main(args)
    out, err = capsys.readouterr()
    return code, out, err


def _write_jsonl(path, records):
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")


def test_jsonl_in_order_with_bad_record(tmp_path, capsys):
    data = tmp_path / "data.jsonl"
    _write_jsonl(data, RECORDS)
    out_file = tmp_path / "out.jsonl"
    code, _, err = _run(["batch", str(data), "--target-field", "en", "--id-field", "id", "--output", str(out_file)], capsys)
    assert code == 0, err
    lines = [json.loads(line) for line in out_file.read_text().splitlines()]
    assert [line["id"] for line in lines] == ["a", "b", "c", "d"]
    assert [f["code"] for f in lines[0]["findings"]] == ["REP001"]
    assert "error" in lines[1] and "empty" in lines[1]["error"]
    assert lines[0]["findings"][0]["text"] == "The the" and lines[0]["findings"][0]["start"] == 0
    assert [f["code"] for f in lines[2]["findings"]] == ["BPL001"]
    assert lines[3]["findings"] == []


def test_csv_and_parquet_and_num_proc(tmp_path, capsys):
    pytest.importorskip("pyarrow")
    import pyarrow as pa
    import pyarrow.parquet as pq

    csv_path = tmp_path / "data.csv"
    with open(csv_path, "w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=["id", "en", "fr"])
        writer.writeheader()
        writer.writerows(r for r in RECORDS if r["en"])
    code, out, _ = _run(["batch", str(csv_path), "--target-field", "en", "--source-field", "fr", "--num-proc", "2"], capsys)
    assert code == 0
    assert [json.loads(line)["id"] for line in out.splitlines()] == [0, 1, 2]
    parquet = tmp_path / "data.parquet"
    pq.write_table(pa.Table.from_pylist(RECORDS), parquet)
    code, out, _ = _run(["batch", str(parquet), "--target-field", "en", "--id-field", "id"], capsys)
    assert [json.loads(line)["id"] for line in out.splitlines()] == ["a", "b", "c", "d"]


def test_missing_field_and_missing_file(tmp_path, capsys):
    data = tmp_path / "data.jsonl"
    _write_jsonl(data, RECORDS)
    code, _, err = _run(["batch", str(data), "--target-field", "english"], capsys)
    assert code == 2 and "english" in err and err.count("\n") == 1
    code, _, err = _run(["batch", str(tmp_path / "nope.jsonl"), "--target-field", "en"], capsys)
    assert code == 2 and "nope.jsonl" in err


def test_wmt_slice_one_line_per_record(tmp_path, capsys):
    source = SHARED / "data" / "wmt_news_fr_en.jsonl"
    if not source.is_file():
        pytest.skip(f"shared data not found at {source}")
    rows = source.read_text(encoding="utf-8").splitlines()[:200]
    data = tmp_path / "wmt.jsonl"
    data.write_text("\n".join(rows) + "\n", encoding="utf-8")
    code, out, _ = _run(["batch", str(data), "--target-field", "en", "--id-field", "line"], capsys)
    assert code == 0
    ids = [json.loads(line)["id"] for line in out.splitlines()]
    assert ids == [json.loads(r)["line"] for r in rows]
