"""Two versions of the checker timed against each other on this machine, alternated round by round.

    python benchmarks/ab_speed.py --old REV [--new REV] [--rounds N] [--only seed,warm,batch]

A machine shared with other work (or another machine than the last benchmark's) moves absolute timings by tens
of per cent; alternating the two versions in the same minutes is what shows a change. Each version is a git
revision unpacked into a temporary folder (`--new` defaults to the working tree) and imported from there
(PYTHONPATH), with a data cache of its own, built by a first run that is not timed.

- seed: `checker check` on the seed, whole process, rule-only, and proselint on the same file when it is
  installed: median CPU time of the process (as `benchmarks/speed.py` times start-up);
- warm: in one process per version and round, the 804-word WMT14 article (best of 5, each after 8 other
  articles), the 40 articles together (best of 3), and first sight (60 other articles each checked once);
- batch: `checker batch` on the 176 WMT14 documents, two processes, whole command: CPU per document and
  documents/s.
Medians (and minima) over the rounds, and the ratio new / old.
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tarfile
import tempfile
import time
from io import BytesIO
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if "--child" not in sys.argv:  # a child imports the version its PYTHONPATH names, not this working tree
    sys.path.insert(0, str(ROOT))

from benchmarks.common import DATA  # noqa: E402

SEED = ROOT / "fixtures" / "seed" / "000_dbb8f34e7e82e8cc.txt"
KINDS = ("seed", "warm", "batch")


def unpack(rev: str | None, into: Path) -> Path:
    """The package and benchmarks of `rev` (None: the working tree) in `into`, byte-compiled as installed."""
    into.mkdir(parents=True)
    if rev is None:
        for part in ("checker", "benchmarks"):
            shutil.copytree(ROOT / part, into / part, ignore=shutil.ignore_patterns("__pycache__", "*.png"))
    else:
        archive = subprocess.run(["git", "-C", str(ROOT), "archive", rev, "checker", "benchmarks"],
                                 capture_output=True, check=True).stdout
        with tarfile.open(fileobj=BytesIO(archive)) as tar:
            tar.extractall(into, filter="data")
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(into / "checker")], check=True,
                   env={**os.environ, "PYTHONDONTWRITEBYTECODE": ""})
    return into


def _env(tree: Path, cache: Path) -> dict:
    """The environment of a version's processes; they run in its folder (`python -m checker` imports from the
    current folder first: from this working tree, it would time the working tree whatever PYTHONPATH says)."""
    return {**os.environ, "PYTHONPATH": str(tree), "CHECKER_CACHE_DIR": str(cache), "CHECKER_DATA": str(DATA)}


def _children_cpu() -> float:
    used = resource.getrusage(resource.RUSAGE_CHILDREN)
    return used.ru_utime + used.ru_stime


def _timed_process(command: list[str], env: dict, cwd: Path | None = None) -> tuple[float, float]:
    """(wall, CPU) seconds of one process and its children."""
    cpu, started = _children_cpu(), time.monotonic()
    subprocess.run(command, env=env, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
    return time.monotonic() - started, _children_cpu() - cpu


def seed_command() -> list[str]:
    return [sys.executable, "-m", "checker", "check", str(SEED), "--no-models", "--fail-on", "never"]


def batch_command(output: Path) -> list[str]:
    return [sys.executable, "-m", "checker", "batch", str(DATA / "wmt_news_fr_en.jsonl"), "--target-field", "en",
            "--group-by", "doc_id", "--no-models", "--num-proc", "2", "--fail-on", "never", "--output", str(output)]


def warm_child() -> dict:
    """Run inside a version's process (`--child`): its warm and first-sight figures, in ms of CPU time."""
    from benchmarks.common import wmt_articles, words
    from checker.api import check_document
    from checker.config import Config
    from checker.parsers import parse
    from checker.rules import ALL_RULES

    import checker
    assert Path(checker.__file__).is_relative_to(os.environ["PYTHONPATH"]), checker.__file__
    texts = [r["en"] for r in wmt_articles("fr")[0]]
    forty, others = texts[:40], texts[40:100]
    config = Config(models=False)

    def run(text: str) -> None:
        check_document(parse(text, "text"), config, rules=ALL_RULES)

    run(forty[0])
    started = time.process_time()
    for text in others:
        run(text)
    first_sight = time.process_time() - started
    for text in forty:
        run(text)
    best_forty = float("inf")
    for _ in range(3):
        started = time.process_time()
        for text in forty:
            run(text)
        best_forty = min(best_forty, time.process_time() - started)
    article = min(forty, key=lambda t: abs(words(t) - 800))
    before = [t for t in forty if t is not article][:8]
    best_article = float("inf")
    for _ in range(5):
        for text in before:
            run(text)
        started = time.process_time()
        run(article)
        best_article = min(best_article, time.process_time() - started)
    return {"article_ms": 1000 * best_article, "forty_ms": 1000 * best_forty, "first_sight_ms": 1000 * first_sight}


def measure(trees: dict[str, Path], caches: dict[str, Path], kinds: list[str], rounds: int) -> dict:
    """Per version, per figure, the values of every round."""
    runs: dict[str, dict[str, list[float]]] = {name: {} for name in (*trees, "proselint")}
    proselint = shutil.which("proselint") or str(Path(sys.executable).parent / "proselint")
    has_proselint = Path(proselint).exists()
    with tempfile.TemporaryDirectory() as tmp:
        for name, tree in trees.items():  # set-up runs: each version builds its data cache, untimed
            env = _env(tree, caches[name])
            subprocess.run(seed_command(), env=env, cwd=tree, stdout=subprocess.DEVNULL, check=True)
            if "batch" in kinds:
                subprocess.run(batch_command(Path(tmp) / f"{name}.jsonl"), env=env, cwd=tree,
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
        for _ in range(rounds):
            for name, tree in trees.items():
                env = _env(tree, caches[name])
                if "seed" in kinds:
                    runs[name].setdefault("seed_cpu_s", []).append(_timed_process(seed_command(), env, tree)[1])
                if "warm" in kinds:
                    child = subprocess.run([sys.executable, str(Path(__file__).resolve()), "--child"],
                                           env=env, cwd=tree, capture_output=True, text=True, check=True)
                    for key, value in json.loads(child.stdout.strip().splitlines()[-1]).items():
                        runs[name].setdefault(key, []).append(value)
                if "batch" in kinds:
                    wall, cpu = _timed_process(batch_command(Path(tmp) / f"{name}.jsonl"), env, tree)
                    runs[name].setdefault("batch_cpu_ms_per_doc", []).append(1000 * cpu / 176)
                    runs[name].setdefault("batch_docs_per_s", []).append(176 / wall)
            if "seed" in kinds and has_proselint:
                runs["proselint"].setdefault("seed_cpu_s", []).append(
                    _timed_process([proselint, "check", str(SEED)], dict(os.environ))[1])
    return runs


def report(runs: dict, old: str, new: str) -> None:
    print(f"{'figure':24s} {'old median':>11s} {'old min':>9s} {'new median':>11s} {'new min':>9s} {'new/old':>8s}")
    for figure, values in runs[old].items():
        news = runs[new].get(figure)
        if not news:
            continue
        ratio = statistics.median(news) / statistics.median(values)
        print(f"{figure:24s} {statistics.median(values):11.3f} {min(values):9.3f} {statistics.median(news):11.3f} "
              f"{min(news):9.3f} {ratio:8.3f}")
    prose = runs["proselint"].get("seed_cpu_s")
    if prose:
        for name in (old, new):
            seed = statistics.median(runs[name]["seed_cpu_s"])
            print(f"seed / proselint, {name}: {seed:.3f} / {statistics.median(prose):.3f} s = "
                  f"{seed / statistics.median(prose):.2f}x")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--old", help="git revision of the version to compare against")
    parser.add_argument("--new", help="git revision of the other version (default: the working tree)")
    parser.add_argument("--rounds", type=int, default=7)
    parser.add_argument("--only", default=",".join(KINDS), help=f"comma-separated, of {', '.join(KINDS)}")
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(warm_child()))
        return 0
    if not args.old:
        parser.error("--old REV is required")
    kinds = [kind for kind in args.only.split(",") if kind in KINDS]
    with tempfile.TemporaryDirectory() as tmp:
        base = Path(tmp)
        trees = {"old": unpack(args.old, base / "old"), "new": unpack(args.new, base / "new")}
        caches = {name: base / f"cache-{name}" for name in trees}
        runs = measure(trees, caches, kinds, args.rounds)
    print(f"old = {args.old}, new = {args.new or 'working tree'}; {args.rounds} alternated rounds, CPU time; "
          f"python {sys.version.split()[0]}, {os.cpu_count()} CPUs")
    report(runs, "old", "new")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
