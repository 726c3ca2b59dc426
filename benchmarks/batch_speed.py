"""Batch speed: records/s of the datasets engine (1 and 2 processes) and the Ray engine (1 and 2 actors) on one input.

    .venv/bin/python benchmarks/batch_speed.py [--records 300] [--encoder] [--skip-ray]
    .venv/bin/python benchmarks/batch_speed.py --documents [--doc-limit N] [--repeat R]

Each run reports its start-up (until the first result: Ray start, actors, checker set-up) and its
steady rate (records/s over the second half of the input), which is what a long archive run sees.
"""
from __future__ import annotations

import argparse
import atexit
import datetime
import functools
import json
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.common import DATA as DATA_DIR  # noqa: E402  (CHECKER_DATA, else ../shared/data)

DATA = DATA_DIR / "wmt_news_fr_en.jsonl"


def measure(engine: str, workers: int, data: str, config, fields) -> dict:
    from checker.batch import _run_local
    from checker.batch_read import iter_items, locate

    items = iter_items(locate(data))
    started = time.monotonic()
    if engine == "ray":
        from checker.batch_ray import run_ray
        results = run_ray(locate(data), items, config, fields, num_actors=workers, batch_size=16)
    else:
        results = _run_local(items, config, fields, 0, workers)
    first = last = half = None
    records = at_half = 0
    total = sum(1 for _ in open(data, encoding="utf-8"))
    for unit in results:
        records += len(unit)
        last = time.monotonic()
        first = first or last
        if half is None and records >= total // 2:
            half, at_half = last, records
    # the second half only: past start-up and past the burst of results computed while the first waited
    steady = (records - at_half) / max(last - half, 1e-9) if records > at_half else float("nan")
    return {"engine": engine, "workers": workers, "records": records, "wall": last - started,
            "startup": first - started, "rate": records / (last - started), "steady": steady}


@functools.lru_cache(maxsize=1)
def _process_env() -> dict:
    """The environment of a timed process: bytecode compiled once and kept, as an installed package has it."""
    pycache = tempfile.mkdtemp(prefix="checker-bench-pycache-")
    atexit.register(shutil.rmtree, pycache, True)
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPYCACHEPREFIX"] = pycache
    return env


def documents(workers: int, limit: int | None = None, in_process: bool = False) -> dict:
    """The WMT14 documents (records grouped by doc_id), English side, rules only: documents/s and CPU per document.

    By default the whole `checker batch` command in a new process, start-up and set-up included, as a
    user runs it; `in_process`: run_batch in this process (set up already when it ran before). CPU time
    (the process and its workers) is the figure to compare on a shared machine; with W workers and W
    free cores, documents/s is about W / (CPU seconds per document).
    """
    import io
    import re
    import resource

    data = str(DATA)
    if limit:
        handle = tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8")
        with open(DATA, encoding="utf-8") as rows, handle:
            seen: set = set()
            for line in rows:
                seen.add(json.loads(line)["doc_id"])
                if len(seen) > limit:
                    break
                handle.write(line)
        data = handle.name

    def cpu() -> float:
        own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
        return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime

    with tempfile.TemporaryDirectory() as tmp:
        output = str(Path(tmp) / "out.jsonl")
        cpu_before, started = cpu(), time.monotonic()
        if in_process:
            from checker.batch import run_batch
            from checker.config import Config
            tally = run_batch(data, Config(models=False), "en", group_by="doc_id", output=output,
                              num_proc=workers, stderr=io.StringIO())
            count, records = tally.documents, tally.records
        else:
            result = subprocess.run([sys.executable, "-m", "checker", "batch", data, "--target-field", "en",
                                     "--group-by", "doc_id", "--no-models", "--num-proc", str(workers),
                                     "--fail-on", "never", "--output", output],
                                    cwd=ROOT, env=_process_env(), capture_output=True, text=True, check=True)
            summary = result.stderr.strip().splitlines()[-1]  # "checker: 3003 records, 0 errors, 176 documents, …"
            records, count = (int(re.search(rf"(\d+) {word}", summary).group(1)) for word in ("records", "documents"))
        wall, used = time.monotonic() - started, cpu() - cpu_before
    if limit:
        os.unlink(data)
    return {"workers": workers, "documents": count, "records": records, "wall": wall, "cpu": used,
            "rate": count / wall, "cpu_per_doc": used / max(count, 1)}


def _set_up_on_other_text() -> None:
    """Set the checker up as a long-running worker would be: every rule run on texts other than the measured ones
    (the seed and the source-free development articles), so that the data are loaded and the code warm, while
    the measured documents are all seen for the first time."""
    import yaml

    from checker.api import check_text
    from checker.config import Config

    texts = [path.read_text(encoding="utf-8") for path in sorted((ROOT / "fixtures" / "seed").glob("*.txt"))]
    articles = yaml.safe_load((ROOT / "fixtures" / "dev_sourcefree" / "articles.yaml").read_text(encoding="utf-8"))
    texts += [article["text"] for article in articles["articles"]]
    config = Config(models=False)
    for text in texts:
        check_text(text, config)
    # lingua's models (about 0.4 s) are set-up too: a long-running worker has them already (a batch loads them on
    # the first French-looking span); these texts hold no span that would load them
    from checker.lang.langid import preload
    preload()


def set_up_elsewhere(workers: int, limit: int | None = None) -> dict:
    """`documents(workers, in_process=True)` in a new process set up first on other text."""
    result = subprocess.run([sys.executable, __file__, "--set-up-first", str(workers)]
                            + (["--doc-limit", str(limit)] if limit else []),
                            cwd=ROOT, env=_process_env(), capture_output=True, text=True, check=True)
    return json.loads(result.stdout.strip().splitlines()[-1])


def _median(runs: list[dict]) -> dict:
    """The median of each figure over the runs (an even count: the upper middle)."""
    row = dict(runs[0])
    for key in ("wall", "cpu", "rate", "cpu_per_doc"):
        row[key] = sorted(run[key] for run in runs)[len(runs) // 2]
    return row


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--records", type=int, default=300)
    parser.add_argument("--encoder", action="store_true", help="with the embedded sentence encoder")
    parser.add_argument("--skip-ray", action="store_true")
    parser.add_argument("--documents", action="store_true",
                        help="instead: the 176 WMT14 documents (--group-by doc_id), English side, rules only, "
                             "with 1 and 2 processes (`checker batch`, start-up included), then set up already (on "
                             "other text): documents/s and CPU seconds per document")
    parser.add_argument("--doc-limit", type=int, default=None, help="with --documents: the first N documents only")
    parser.add_argument("--repeat", type=int, default=1, help="with --documents: rounds of runs, medians reported")
    parser.add_argument("--json", help="with --documents: also write the rows to this JSON file")
    parser.add_argument("--set-up-first", type=int, metavar="W", help=argparse.SUPPRESS)  # set_up_elsewhere's child
    args = parser.parse_args()
    if args.set_up_first:
        _set_up_on_other_text()
        print(json.dumps(documents(args.set_up_first, args.doc_limit, in_process=True)))
        return
    if args.documents:
        print("| processes | documents | wall s | documents/s (wall) | CPU s | CPU ms per document | "
              "documents per CPU-second |")
        print("| ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
        # `checker batch` in a new process each (start-up included), then run_batch in a new process that set
        # itself up first on other text (the documents' own cost, every one of them seen for the first time)
        rows = [("1, whole command", 1, False), ("2, whole command", 2, False),
                ("1, set up already on other text", 1, True), ("2, set up already on other text", 2, True)]
        documents(1, 2)  # untimed: compiles the bytecode and fills the data cache
        runs: dict[str, list[dict]] = {label: [] for label, _, _ in rows}
        for _ in range(args.repeat):  # the rows in turn, round after round: a busy moment touches them all
            for label, workers, set_up in rows:
                runs[label].append(set_up_elsewhere(workers, args.doc_limit) if set_up
                                   else documents(workers, args.doc_limit))
        measured = []
        for label, _, _ in rows:
            row = _median(runs[label])
            measured.append(dict(row, label=label))
            print(f"| {label} | {row['documents']} | {row['wall']:.2f} | {row['rate']:.1f} | {row['cpu']:.2f} | "
                  f"{1000 * row['cpu_per_doc']:.1f} | {1 / row['cpu_per_doc']:.1f} |")
        if args.json:
            Path(args.json).write_text(json.dumps({"rows": measured}, indent=1), encoding="utf-8")
        return
    from checker.batch_check import Fields
    from checker.config import Config

    config = Config() if args.encoder else Config(models=False)
    fields = Fields("en", "fr", None, "line")
    with open(DATA, encoding="utf-8") as handle, tempfile.NamedTemporaryFile(
            "w", suffix=".jsonl", delete=False, encoding="utf-8") as out:
        for _ in range(args.records):
            out.write(next(handle))
    runs = [("datasets", 1), ("datasets", 2)] + ([] if args.skip_ray else [("ray", 1), ("ray", 2)])
    try:
        rows = [measure(engine, workers, out.name, config, fields) for engine, workers in runs]
    finally:
        os.unlink(out.name)
    commit = subprocess.run(["git", "-C", str(ROOT), "rev-parse", "--short", "HEAD"], capture_output=True,
                            text=True).stdout.strip()
    print(f"# batch speed — {datetime.datetime.now().isoformat(timespec='seconds')}, commit {commit}, "
          f"{platform.node()} ({os.cpu_count()} CPUs, load {os.getloadavg()[0]:.1f}), Python "
          f"{platform.python_version()}")
    print(f"# input: first {args.records} records of {DATA.name}, bilingual (--source-field fr), "
          f"{'with the embedded encoder' if args.encoder else 'rules only (--no-models)'}")
    print("| engine | workers | records | wall s | start-up s | records/s (wall) | records/s (2nd half) |")
    print("| --- | ---: | ---: | ---: | ---: | ---: | ---: |")
    for row in rows:
        print(f"| {row['engine']} | {row['workers']} | {row['records']} | {row['wall']:.1f} | "
              f"{row['startup']:.1f} | {row['rate']:.1f} | {row['steady']:.1f} |")


if __name__ == "__main__":
    main()
