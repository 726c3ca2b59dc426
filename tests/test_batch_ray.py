"""The Ray engine of batch mode: byte-identical to the default engine, resumable, Ray always shut down."""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time

import pytest

from checker.cli import main

from .conftest import ROOT, SHARED

try:
    import ray
except ImportError:  # the engine is an extra: pip install 'checker[ray]'
    ray = None

pytestmark = [pytest.mark.slow, pytest.mark.skipif(ray is None, reason="ray is not installed (checker[ray])")]

WMT = SHARED / "data" / "wmt_news_fr_en.jsonl"
DEMETR = SHARED / "data" / "demetr_fr_en.jsonl"


@pytest.fixture(scope="module")
def local_ray():
    """A local Ray with 2 CPUs for the whole module, shut down even when a test fails."""
    ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False, logging_level="ERROR")
    try:
        yield ray
    finally:
        ray.shutdown()


def _slice(source, tmp_path, n, name):
    if not source.is_file():
        pytest.skip(f"shared data not found at {source}")
    with open(source, encoding="utf-8") as handle:
        rows = [next(handle) for _ in range(n)]
    path = tmp_path / name
    path.write_text("".join(rows), encoding="utf-8")
    return path


def _both(args, tmp_path, capsys, tag):
    outputs = []
    for engine in ("datasets", "ray"):
        out = tmp_path / f"{tag}-{engine}.jsonl"
        code = main(["batch", *args, "--engine", engine, "--output", str(out), "--fail-on", "never",
                     "--no-models", "--num-actors", "2", "--batch-size", "16"])
        err = capsys.readouterr().err
        assert code == 0, err
        outputs.append(out.read_bytes())
    return outputs


def test_wmt_bilingual_identical_to_the_default_engine(local_ray, tmp_path, capsys):
    data = _slice(WMT, tmp_path, 120, "wmt.jsonl")
    with open(data, "ab") as handle:
        handle.write(b'{"doc_id": "x", "seg_id": 1, "line": 9999, "fr": "Coup\n')  # a truncated record
    base = [str(data), "--target-field", "en", "--source-field", "fr", "--id-field", "line"]
    plain, ray_out = _both(base, tmp_path, capsys, "wmt")
    assert plain == ray_out
    lines = plain.decode().splitlines()
    assert len(lines) == 121 and "not valid JSON" in json.loads(lines[-1])["error"]
    grouped, ray_grouped = _both(base + ["--group-by", "doc_id", "--order-by", "seg_id"], tmp_path, capsys, "doc")
    assert grouped == ray_grouped and len(grouped.splitlines()) == 121


def test_demetr_identical_to_the_default_engine(local_ray, tmp_path, capsys):
    data = _slice(DEMETR, tmp_path, 80, "demetr.jsonl")
    plain, ray_out = _both([str(data), "--target-field", "en_pert", "--source-field", "fr"], tmp_path, capsys, "dm")
    assert plain == ray_out and len(plain.splitlines()) == 80
    assert any(json.loads(line).get("findings") for line in plain.splitlines())  # not a run of empty results


def test_parquet_and_csv_identical(local_ray, tmp_path, capsys):
    import pyarrow as pa
    import pyarrow.parquet as pq
    data = _slice(DEMETR, tmp_path, 30, "d.jsonl")
    rows = [json.loads(line) for line in data.read_text(encoding="utf-8").splitlines()]
    folder = tmp_path / "archive"
    folder.mkdir()
    pq.write_table(pa.Table.from_pylist(rows[:12]), folder / "a.parquet")
    pq.write_table(pa.Table.from_pylist(rows[12:]), folder / "b.parquet")
    plain, ray_out = _both([str(folder), "--target-field", "en_pert", "--id-field", "item_id"], tmp_path, capsys, "pq")
    assert plain == ray_out and len(plain.splitlines()) == 30


def _run_until_lines(args, output, lines, sig):
    """Start checker batch in a subprocess and stop it with `sig` once `output` holds `lines` lines."""
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    proc = subprocess.Popen([sys.executable, "-m", "checker", *args], env=env, stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE)
    deadline = time.monotonic() + 240
    while time.monotonic() < deadline and proc.poll() is None:
        if output.is_file() and output.read_bytes().count(b"\n") >= lines:
            proc.send_signal(sig)
            break
        time.sleep(0.05)
    try:
        _, err = proc.communicate(timeout=120)
    except subprocess.TimeoutExpired:
        proc.kill()
        raise
    return proc.returncode, err.decode()


def _ray_servers() -> int:
    """How many Ray head processes (gcs_server) run on this machine."""
    count = 0
    for entry in os.listdir("/proc"):
        try:
            with open(f"/proc/{entry}/comm") as handle:
                count += handle.read().strip() == "gcs_server"
        except OSError:
            continue
    return count


@pytest.mark.parametrize("engine", ["datasets", "ray"])
def test_resume_after_a_run_stopped_half_way(engine, local_ray, tmp_path, capsys):
    data = _slice(WMT, tmp_path, 300, "wmt.jsonl")
    args = [str(data), "--target-field", "en", "--source-field", "fr", "--id-field", "line", "--no-models",
            "--fail-on", "never", "--batch-size", "8"]
    full, part = tmp_path / "full.jsonl", tmp_path / "part.jsonl"
    assert main(["batch", *args, "--output", str(full)]) == 0
    capsys.readouterr()
    # the default engine is killed outright; the Ray driver gets Ctrl-C and must shut its Ray down
    sig = signal.SIGKILL if engine == "datasets" else signal.SIGINT
    servers = _ray_servers()
    code, err = _run_until_lines(["batch", *args, "--output", str(part), "--engine", engine], part, 40, sig)
    if code == 0:
        pytest.skip("the run finished before it could be stopped")
    if engine == "ray":
        assert code in (2, 130) and err.rstrip().endswith(("checker: interrupted", "checker: aborted")), err
        deadline = time.monotonic() + 30
        while _ray_servers() > servers and time.monotonic() < deadline:
            time.sleep(0.5)
        assert _ray_servers() == servers  # the interrupted run's own Ray is gone
    else:
        assert code == -signal.SIGKILL, err
    written = part.read_bytes()
    assert full.read_bytes().startswith(written[: written.rfind(b"\n") + 1])
    assert main(["batch", *args, "--output", str(part), "--resume", "--engine", engine]) == 0
    assert part.read_bytes() == full.read_bytes()
    assert "already in the output" in capsys.readouterr().err
