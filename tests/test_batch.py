"""Batch mode: one line per record, in order; bad records, documents, exit status, summary, resume."""
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
    code, _, err = _run(["batch", str(data), "--target-field", "en", "--id-field", "id", "--output", str(out_file),
                         "--fail-on", "never"], capsys)
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
    assert code == 1  # REP001 and BPL001 are warnings
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
    code, out, _ = _run(["batch", str(data), "--target-field", "en", "--id-field", "line", "--fail-on", "never"],
                        capsys)
    assert code == 0
    ids = [json.loads(line)["id"] for line in out.splitlines()]
    assert ids == [json.loads(r)["line"] for r in rows]


def _lines(text):
    return [json.loads(line) for line in text.splitlines()]


def test_truncated_json_line_is_an_error_record_and_the_run_goes_on(tmp_path, capsys):
    data = tmp_path / "data.jsonl"
    good = [json.dumps(r) for r in RECORDS]
    data.write_text("\n".join([good[0], good[2][:25], "", good[3], "[1, 2]"]) + "\n", encoding="utf-8")
    code, out, err = _run(["batch", str(data), "--target-field", "en", "--fail-on", "never"], capsys)
    assert code == 0, err
    lines = _lines(out)
    assert [line["id"] for line in lines] == [0, 1, 2, 3]
    assert [f["code"] for f in lines[0]["findings"]] == ["REP001"]
    assert "line 2: not valid JSON" in lines[1]["error"] and str(data) in lines[1]["error"]
    assert lines[2]["findings"] == []
    assert "line 5: not a JSON object" in lines[3]["error"]  # line 3 is blank and is no record
    assert "4 records, 2 errors" in err


def test_csv_bad_row_names_file_and_row(tmp_path, capsys):
    data = tmp_path / "data.csv"
    data.write_text('id,en\na,The the minister spoke.\nb,one,too many\nc,"A clean sentence."\n', encoding="utf-8")
    code, out, err = _run(["batch", str(data), "--target-field", "en", "--id-field", "id", "--fail-on", "never"],
                          capsys)
    assert code == 0, err
    lines = _lines(out)
    assert [line["id"] for line in lines] == ["a", 1, "c"]
    assert f"{data}: row 2 (line 3): 3 fields where the header has 2" == lines[1]["error"]
    assert lines[2]["findings"] == []


GROUPED = [  # WMT-like segments, out of order, one document's name spelled two ways across records
    {"doc_id": "d1", "seg_id": 3, "en": "Later, Kim Jung-un told workers to increase production."},
    {"doc_id": "d2", "seg_id": 1, "en": "The weather was fine in Paris."},
    {"doc_id": "d1", "seg_id": 1, "en": "North Korean leader Kim Jong-un visited the factory on Monday."},
    {"doc_id": "d1", "seg_id": 2, "en": "Kim Jong-un praised the workers."},
    {"doc_id": "d1", "seg_id": 4},
]


def test_group_by_finds_a_name_inconsistency_across_records(tmp_path, capsys):
    data = tmp_path / "segments.jsonl"
    _write_jsonl(data, GROUPED)
    args = ["batch", str(data), "--target-field", "en", "--fail-on", "never"]
    code, out, err = _run(args + ["--group-by", "doc_id", "--order-by", "seg_id"], capsys)
    assert code == 0, err
    lines = _lines(out)
    assert [line["id"] for line in lines] == [0, 1, 2, 3, 4]
    ent = [f for f in lines[0]["findings"] if f["category"] == "entity-inconsistency"]
    assert len(ent) == 1 and ent[0]["suggestion"] == "Kim Jong-un"
    text = GROUPED[0]["en"]
    assert (ent[0]["start"], ent[0]["end"], ent[0]["text"]) == (7, 18, "Kim Jung-un") == (7, 18, text[7:18])
    assert (ent[0]["line"], ent[0]["column"], ent[0]["end_column"]) == (1, 8, 19)
    assert all(f["category"] != "entity-inconsistency" for line in lines[1:4] for f in line["findings"])
    assert "no field 'en'" in lines[4]["error"]
    assert "2 documents" in err
    code, alone, _ = _run(args, capsys)  # record by record, the inconsistency is invisible
    assert all(f["category"] != "entity-inconsistency" for line in _lines(alone) if "findings" in line
               for f in line["findings"])
    code, parallel, _ = _run(args + ["--group-by", "doc_id", "--order-by", "seg_id", "--num-proc", "2"], capsys)
    assert parallel == out


def test_group_by_bilingual_maps_source_spans_to_records(tmp_path, capsys):
    source = SHARED / "data" / "wmt_news_fr_en.jsonl"
    if not source.is_file():
        pytest.skip(f"shared data not found at {source}")
    rows = [json.loads(r) for r in source.read_text(encoding="utf-8").splitlines()[:60]]
    data = tmp_path / "wmt.jsonl"
    _write_jsonl(data, rows)
    code, out, err = _run(["batch", str(data), "--target-field", "en", "--source-field", "fr", "--id-field", "line",
                           "--group-by", "doc_id", "--order-by", "seg_id", "--fail-on", "never"], capsys)
    assert code == 0, err
    for row, line in zip(rows, _lines(out)):
        assert line["id"] == row["line"]
        for f in line["findings"]:
            assert 0 <= f["start"] <= f["end"] <= len(row["en"]) and row["en"][f["start"]:f["end"]] == f["text"]
            span = f["source_span"]
            if span is not None:
                holder = next(r for r in rows if r["line"] == span.get("record", row["line"]))
                assert holder["fr"][span["start"]:span["end"]] == span["text"]


def test_fail_on_sets_the_exit_status(tmp_path, capsys):
    data = tmp_path / "data.jsonl"
    _write_jsonl(data, RECORDS)
    base = ["batch", str(data), "--target-field", "en"]
    assert _run(base, capsys)[0] == 1  # default warning, as in `check`: REP001 is a warning
    assert _run(base + ["--fail-on", "warning"], capsys)[0] == 1
    assert _run(base + ["--fail-on", "error"], capsys)[0] == 0
    assert _run(base + ["--fail-on", "never"], capsys)[0] == 0
    _write_jsonl(data, [RECORDS[3]])
    assert _run(base + ["--fail-on", "info"], capsys)[0] == 0


def test_summary_and_progress_in_a_log(tmp_path, capsys):
    data = tmp_path / "data.jsonl"
    _write_jsonl(data, [dict(RECORDS[3], id=str(i)) for i in range(30)] + [RECORDS[0], RECORDS[1]])
    code, _, err = _run(["batch", str(data), "--target-field", "en", "--fail-on", "never"], capsys)
    lines = err.splitlines()
    assert lines[-1].startswith("checker: 32 records, 1 error, 31 documents, 1 finding (repetition 1) in ")
    assert "records/s" in lines[-1] and "documents/s" in lines[-1]
    progress = lines[:-1]
    assert 3 <= len(progress) <= 10 and all("/32 records (" in line for line in progress)


def test_resume_after_a_partial_output(tmp_path, capsys):
    data = tmp_path / "data.jsonl"
    records = GROUPED[:4] + [dict(r, doc_id="d3") for r in RECORDS]
    _write_jsonl(data, records)
    for extra in ([], ["--group-by", "doc_id", "--order-by", "seg_id"]):
        full, part = tmp_path / "full.jsonl", tmp_path / "part.jsonl"
        args = ["batch", str(data), "--target-field", "en", "--fail-on", "never"] + extra
        assert _run(args + ["--output", str(full)], capsys)[0] == 0
        expected = full.read_bytes()
        cut = expected.index(b"\n", expected.index(b"\n", expected.index(b"\n") + 1) + 1) + 1
        part.write_bytes(expected[:cut] + expected[cut:cut + 20])  # three lines and a line cut short
        code, _, err = _run(args + ["--output", str(part), "--resume"], capsys)
        assert code == 0, err
        assert part.read_bytes() == expected
        assert "5 records (3 already in the output)" in err.splitlines()[-1]
    other = tmp_path / "other.jsonl"
    other.write_text('{"id": "zz", "findings": []}\n', encoding="utf-8")
    code, _, err = _run(["batch", str(data), "--target-field", "en", "--output", str(other), "--resume"], capsys)
    assert code == 2 and "--resume" in err and "'zz'" in err and err.count("\n") == 1


def test_output_folder_in_parts_and_resume(tmp_path, capsys):
    from checker.batch import run_batch
    from checker.config import Config
    import io
    data = tmp_path / "data.jsonl"
    _write_jsonl(data, [dict(RECORDS[i % 4], id=str(i)) for i in range(7)])
    folder = tmp_path / "out"
    options = dict(target_field="en", id_field="id", part_size=3, stderr=io.StringIO())
    run_batch(str(data), Config(), output=f"{folder}/", **options)
    parts = sorted(p.name for p in folder.iterdir())
    assert parts == ["part-000000.jsonl", "part-000001.jsonl", "part-000002.jsonl"]
    whole = b"".join((folder / p).read_bytes() for p in parts)
    assert [json.loads(x)["id"] for x in whole.splitlines()] == [str(i) for i in range(7)]
    (folder / parts[2]).unlink()
    (folder / parts[1]).write_bytes((folder / parts[1]).read_bytes()[:10])
    run_batch(str(data), Config(), output=f"{folder}/", resume=True, **options)
    assert b"".join((folder / p).read_bytes() for p in parts) == whole


def test_default_engine_imports_neither_ray_nor_datasets_for_jsonl(tmp_path):
    import subprocess
    import sys
    data = tmp_path / "data.jsonl"
    _write_jsonl(data, RECORDS[:1])
    code = ("import sys; from checker.cli import main; "
            f"rc = main(['batch', {str(data)!r}, '--target-field', 'en', '--no-models', "
            f"'-o', {str(tmp_path / 'o')!r}]); "
            "print(rc, 'ray' in sys.modules, 'datasets' in sys.modules)")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=tmp_path)
    assert done.stdout.split() == ["1", "False", "False"], done.stderr


def test_ray_engine_without_ray_is_one_line(tmp_path, capsys, monkeypatch):
    import sys
    data = tmp_path / "data.jsonl"
    _write_jsonl(data, RECORDS[:1])
    monkeypatch.setitem(sys.modules, "ray", None)  # as if not installed
    out = tmp_path / "out.jsonl"
    code, _, err = _run(["batch", str(data), "--target-field", "en", "--engine", "ray", "-o", str(out)], capsys)
    assert code == 2 and err.strip().endswith("pip install 'checker[ray]'") and err.count("\n") == 1
    assert not out.exists()


FRENCH_SPAN = {"id": "f", "en": "He said that les négociations avec le gouvernement ne sont pas terminées du tout.",
               "fr": "Il a dit que les négociations avec le gouvernement ne sont pas terminées du tout."}


@pytest.mark.parametrize("first, loads", [(FRENCH_SPAN, True), (RECORDS[3], False)])
def test_forking_parent_loads_span_language_models_only_when_its_first_chunk_needs_them(tmp_path, first, loads):
    """lingua's models (about 0.4 s) are loaded on the first French-looking span: by the parent, which checks the
    first chunk before forking, when that chunk holds one (the workers then share its copy); else by a worker
    only when one of its documents needs them, never on an English-only batch."""
    import io

    from checker import batch
    from checker.config import Config
    from checker.lang import langid

    data = tmp_path / "data.jsonl"
    _write_jsonl(data, [dict(first, id="first")] + [dict(RECORDS[3], id=f"r{i}") for i in range(40)])
    langid._lingua_detector.cache_clear()
    batch.run_batch(str(data), Config(models=False), "en", id_field="id", output=str(tmp_path / "out.jsonl"),
                    num_proc=2, stderr=io.StringIO())
    assert (langid._lingua_detector.cache_info().currsize == 1) is loads


def _many(tmp_path, count=60):
    data = tmp_path / "many.jsonl"
    _write_jsonl(data, [dict(RECORDS[i % 4], id=f"r{i}") for i in range(count)])
    return data


def test_workers_results_come_back_in_input_order_whatever_the_window(tmp_path, monkeypatch):
    import io

    from checker import batch
    from checker.config import Config

    data = _many(tmp_path)
    outputs = []
    for num_proc, window in ((1, batch.WINDOW), (2, 1), (3, batch.WINDOW)):
        monkeypatch.setattr(batch, "WINDOW", window)
        out = tmp_path / f"out{num_proc}.jsonl"
        batch.run_batch(str(data), Config(models=False), "en", id_field="id", output=str(out), num_proc=num_proc,
                        stderr=io.StringIO())
        outputs.append(out.read_bytes())
    assert outputs[0] == outputs[1] == outputs[2] and outputs[0].count(b"\n") == 60


def _failing_chunk(check, parent: int, how: str):
    def checked(chunk, done):
        import os
        if os.getpid() != parent and any(item.record.get("id") == "r40" for unit in chunk for item in unit):
            if how == "exit":
                os._exit(3)
            raise ValueError("boom on r40")
        return check(chunk, done)
    return checked


@pytest.mark.parametrize("how, error", [("raise", "boom on r40"), ("exit", "stopped unexpectedly")])
def test_a_failing_worker_stops_the_run_and_every_worker(tmp_path, monkeypatch, how, error):
    import io
    import multiprocessing
    import os

    from checker import batch
    from checker.config import Config

    monkeypatch.setattr(batch, "_check_chunk", _failing_chunk(batch._check_chunk, os.getpid(), how))
    with pytest.raises((ValueError, RuntimeError), match=error):
        batch.run_batch(str(_many(tmp_path)), Config(models=False), "en", id_field="id",
                        output=str(tmp_path / "out.jsonl"), num_proc=2, stderr=io.StringIO())
    assert multiprocessing.active_children() == []


def test_workers_are_forked_after_the_parent_checks_the_first_chunk(tmp_path, monkeypatch):
    """Every worker inherits what the parent loaded while checking its first chunk (lexicons, tables, and lingua's
    models when that chunk needed them) instead of loading its own copy."""
    import io
    import multiprocessing

    from checker import batch
    from checker.config import Config

    alive = []
    check = batch._check_chunk

    def checked(chunk, done):
        alive.append(len(multiprocessing.active_children()))
        return check(chunk, done)

    monkeypatch.setattr(batch, "_check_chunk", checked)
    batch.run_batch(str(_many(tmp_path)), Config(models=False), "en", output=str(tmp_path / "out.jsonl"),
                    num_proc=3, stderr=io.StringIO())
    assert alive == [0]


def test_what_workers_add_to_the_run_memos_is_saved_by_the_parent(tmp_path, monkeypatch):
    """A forked worker ends without running the exit functions that save the run memos (the patterns a run compiled):
    it hands what it added to its parent, which saves it with its own, so the next run reads them back."""
    import atexit
    import io
    import multiprocessing
    import os

    from checker import batch
    from checker.config import Config
    from checker.data import cache

    if multiprocessing.get_start_method() != "fork":
        pytest.skip("the workers are not forked here")
    monkeypatch.setattr(cache, "_RUN_MEMOS", {})
    memo = cache.RunMemo("test-run-memo", tmp_path)
    atexit.unregister(memo.save)
    parent, check = os.getpid(), batch._check_chunk

    def checked(chunk, done):
        for unit in chunk:
            for item in unit:
                memo.get(item.record["id"], lambda: os.getpid() != parent, lambda built: built)
        return check(chunk, done)

    monkeypatch.setattr(batch, "_check_chunk", checked)
    batch.run_batch(str(_many(tmp_path)), Config(models=False), "en", id_field="id",
                    output=str(tmp_path / "out.jsonl"), num_proc=2, stderr=io.StringIO())
    assert len(memo.used) == 60 and sum(memo.used.values()) > 50  # the workers' entries, and the parent's first
    memo.save()
    assert cache.read_marshal(memo.path) == memo.used
