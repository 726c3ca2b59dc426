"""Run the benchmarks end to end and write benchmarks/RESULTS.md with PNG plots beside it.

    python benchmarks/report.py [--only NAME,...] [--quick] [--with-blind]

Each benchmark runs as its own process; its output is kept under benchmarks/results/NAME.txt and
shown in RESULTS.md under a signature: the command, the checker version and the settings (rules,
models), as sacrebleu signs its scores. The speed benchmark also writes JSON, plotted here with
matplotlib (start-up, warm cost per rule family, scaling, language identification). The blind sets
are scored once, at the end of a piece of work: they run only with --with-blind.
"""
from __future__ import annotations

import argparse
import datetime
import json
import os
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))

from checker import __version__  # noqa: E402

RESULTS = HERE / "results"
# name, arguments, settings shown in the signature
STEPS = (
    ("speed", ["benchmarks/speed.py", "--json", "benchmarks/results/speed.json"] + os.environ.get("SPEED_ARGS", "").split(),
     "rules=all models=none (rows marked encoder: use-multilingual)"),
    ("quotes", ["benchmarks/quotes_eval.py", "--all"], "quote model, development sets"),
    ("artefacts_wmt", ["benchmarks/artefacts_wmt.py"], "rules=all models=default, no source"),
    ("artefacts_wmt_bilingual", ["benchmarks/artefacts_wmt.py", "--bilingual", "--no-models"],
     "rules=all models=none, French source"),
    ("artefacts_wmt_bilingual_models", ["benchmarks/artefacts_wmt.py", "--bilingual", "--per-rule"],
     "rules=all models=default (the embedded offline encoder), French source"),
    ("demetr", ["benchmarks/demetr.py", "--modes", "mono,bi,models"], "rules=all models=none|default"),
    ("batch_documents", ["benchmarks/batch_speed.py", "--documents", "--json", "benchmarks/results/batch.json"],
     "rules=all models=none, 176 WMT14 documents (--group-by doc_id), English side"),
)
BLIND = (
    ("blind_bilingual", ["benchmarks/blind_eval.py", "--set", "bilingual", "--final", "--no-models"],
     "rules=all models=none, first bilingual set (blind when scored, development data since)"),
    ("blind_bilingual2", ["benchmarks/blind_eval.py", "--set", "bilingual2", "--final"],
     "rules=all models=default, second bilingual set (scored blind at the end of round 5, development data since)"),
    ("blind_bilingual3", ["benchmarks/blind_eval.py", "--set", "bilingual3", "--final"],
     "rules=all models=default, third bilingual set (scored blind at the end of round 7, development data since)"),
    ("blind_bilingual4_rules", ["benchmarks/blind_eval.py", "--set", "bilingual4", "--final", "--no-models"],
     "rules=all models=none, fourth bilingual set (scored blind at the end of round 8, development data since)"),
    ("blind_bilingual4", ["benchmarks/blind_eval.py", "--set", "bilingual4", "--final"],
     "rules=all models=default, fourth bilingual set (scored blind at the end of round 8, development data since)"),
    ("blind_bilingual5_rules", ["benchmarks/blind_eval.py", "--set", "bilingual5", "--final", "--no-models"],
     "rules=all models=none, fifth bilingual set (scored once, blind, at the end of round 10)"),
    ("blind_bilingual5", ["benchmarks/blind_eval.py", "--set", "bilingual5", "--final"],
     "rules=all models=default, fifth bilingual set (scored once, blind, at the end of round 10)"),
    ("blind_sourcefree", ["benchmarks/blind_eval.py", "--set", "sourcefree", "--final"],
     "rules=all models=default, first source-free set (blind last round, development data since)"),
    ("blind_sourcefree2", ["benchmarks/blind_eval.py", "--set", "sourcefree2", "--final"],
     "rules=all models=default, second source-free set (blind when scored, development data since)"),
    ("blind_sourcefree3", ["benchmarks/blind_eval.py", "--set", "sourcefree3", "--final"],
     "rules=all models=default, third source-free set (blind when scored, development data since)"),
    ("blind_sourcefree4", ["benchmarks/blind_eval.py", "--set", "sourcefree4", "--final"],
     "rules=all models=default, fourth source-free set (blind at the end of round 4, development data since)"),
    ("blind_sourcefree5", ["benchmarks/blind_eval.py", "--set", "sourcefree5", "--final"],
     "rules=all models=default, fifth source-free set (blind at the end of round 5, development data since)"),
    ("blind_sourcefree6", ["benchmarks/blind_eval.py", "--set", "sourcefree6", "--final"],
     "rules=all models=default, sixth source-free set (scored blind at the end of round 6, development data since)"),
    ("blind_sourcefree7", ["benchmarks/blind_eval.py", "--set", "sourcefree7", "--final"],
     "rules=all models=default, seventh source-free set (scored blind at the end of round 7, development data since)"),
    ("blind_sourcefree8", ["benchmarks/blind_eval.py", "--set", "sourcefree8", "--final"],
     "rules=all models=default, eighth source-free set (scored blind at the end of round 9, development data since)"),
    ("blind_sourcefree9_rules", ["benchmarks/blind_eval.py", "--set", "sourcefree9", "--final", "--no-models"],
     "rules=all models=none, ninth source-free set (scored blind at the end of round 10, development data since)"),
    ("blind_sourcefree9", ["benchmarks/blind_eval.py", "--set", "sourcefree9", "--final"],
     "rules=all models=default, ninth source-free set (scored blind at the end of round 10, development data since)"),
    ("blind_sourcefree10_rules", ["benchmarks/blind_eval.py", "--set", "sourcefree10", "--final", "--no-models"],
     "rules=all models=none, tenth source-free set (scored blind at the end of round 11, development data since)"),
    ("blind_sourcefree10", ["benchmarks/blind_eval.py", "--set", "sourcefree10", "--final"],
     "rules=all models=default, tenth source-free set (scored blind at the end of round 11, development data since)"),
    ("blind_sourcefree11_rules", ["benchmarks/blind_eval.py", "--set", "sourcefree11", "--final", "--no-models"],
     "rules=all models=none, eleventh source-free set (scored blind at the end of round 12, development data since)"),
    ("blind_sourcefree11", ["benchmarks/blind_eval.py", "--set", "sourcefree11", "--final"],
     "rules=all models=default, eleventh source-free set (scored blind at the end of round 12, development data since)"),
    ("blind_sourcefree12_rules", ["benchmarks/blind_eval.py", "--set", "sourcefree12", "--final", "--no-models"],
     "rules=all models=none, twelfth source-free set (scored blind at the end of round 13, development data since)"),
    ("blind_sourcefree12", ["benchmarks/blind_eval.py", "--set", "sourcefree12", "--final"],
     "rules=all models=default, twelfth source-free set (scored blind at the end of round 13, development data since)"),
    ("blind_sourcefree13_rules", ["benchmarks/blind_eval.py", "--set", "sourcefree13", "--final", "--no-models"],
     "rules=all models=none, thirteenth source-free set (scored blind at the end of round 15, development data since)"),
    ("blind_sourcefree13", ["benchmarks/blind_eval.py", "--set", "sourcefree13", "--final"],
     "rules=all models=default, thirteenth source-free set (scored blind at the end of round 15, development data since)"),
    ("blind_sourcefree14_rules", ["benchmarks/blind_eval.py", "--set", "sourcefree14", "--final", "--no-models"],
     "rules=all models=none, fourteenth source-free set (scored once, blind, at the end of round 16: "
     "benchmarks/results/round16_end_*.txt; this table is the code after the fixes that followed, a development figure)"),
    ("blind_sourcefree14", ["benchmarks/blind_eval.py", "--set", "sourcefree14", "--final"],
     "rules=all models=default, fourteenth source-free set (scored once, blind, at the end of round 16: "
     "benchmarks/results/round16_end_*.txt; this table is the code after the fixes that followed, a development figure)"),
    ("blind_quotes", ["benchmarks/quotes_eval.py", "--all", "--final"],
     "quote model, every development set, quotes6 .. quotes17 (development since rounds 4 to 15) and "
     "quotes18 (written news items, scored once, blind, at the end of round 16: benchmarks/results/"
     "round16_end_quotes18.txt; this table is the code after the fixes that followed, a development figure)"),
)


def run_step(name: str, arguments: list[str], quick: bool) -> dict:
    if quick and name == "speed":
        arguments = arguments + ["--quick"]
    command = [sys.executable] + arguments
    started = time.perf_counter()
    result = subprocess.run(command, cwd=ROOT, capture_output=True, text=True)
    output = result.stdout + (f"\n[stderr]\n{result.stderr[-3000:]}" if result.returncode else "")
    (RESULTS / f"{name}.txt").write_text(output, encoding="utf-8")
    return {"name": name, "command": "python " + " ".join(arguments), "status": result.returncode,
            "seconds": time.perf_counter() - started, "output": output}


def plot_speed(data: dict) -> list[str]:
    """PNG plots of the speed figures; the names of the files written."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    written = []
    startup = data.get("startup")
    if startup:
        names = list(startup["median_s"])
        fig, ax = plt.subplots(figsize=(7, 3))
        ax.barh(names, [1000 * startup["median_s"][n] for n in names], color="#4a7ab5")
        ax.set_xlabel("milliseconds, whole process (median)")
        ax.invert_yaxis()
        ax.set_title("Start-up")
        written.append(_save(fig, "speed_startup.png"))
    warm = data.get("warm")
    if warm:
        names = list(warm["ms_per_1k_words"])
        fig, ax = plt.subplots(figsize=(7, 4))
        ax.barh(names, [warm["ms_per_1k_words"][n] for n in names], color="#6a9a4a")
        ax.set_xlabel("milliseconds per 1,000 words (warm, one process, CPU time)")
        ax.invert_yaxis()
        ax.set_title(f"Warm cost by rule family ({warm['docs']} WMT14 articles)")
        written.append(_save(fig, "speed_families.png"))
    scaling = data.get("scaling")
    if scaling:
        fig, ax = plt.subplots(figsize=(5, 3.5))
        for shape, row in scaling.items():
            ax.plot(row["words"], row["seconds"], marker="o", label=f"{shape} (x{row['ratio']:.2f})")
        n = min(r["words"][0] for r in scaling.values())
        base = min(r["seconds"][0] for r in scaling.values())
        ax.plot([n, 3 * n], [base, 3 * base], linestyle=":", color="grey", label="linear")
        ax.set_xlabel("words")
        ax.set_ylabel("seconds, all rules")
        ax.set_title("Scaling with length")
        ax.legend(fontsize=8)
        written.append(_save(fig, "speed_scaling.png"))
    bilingual = data.get("bilingual")
    if bilingual:
        names = list(bilingual["ms_per_article"])
        encode = bilingual.get("encode_ms_per_article", {})
        totals = [bilingual["ms_per_article"][n] for n in names]
        model = [encode.get(n, 0.0) for n in names]
        fig, ax = plt.subplots(figsize=(7, 3))
        ax.barh(names, [t - m for t, m in zip(totals, model)], color="#4a7ab5", label="rules and alignment")
        ax.barh(names, model, left=[t - m for t, m in zip(totals, model)], color="#c0504d", label="encoder")
        ax.set_xlabel("milliseconds per article (warm, one process)")
        ax.invert_yaxis()
        ax.legend(fontsize=8)
        ax.set_title(f"Monolingual and bilingual checks ({bilingual['docs']} WMT14 articles)")
        written.append(_save(fig, "speed_bilingual.png"))
    langid = data.get("langid")
    if langid:
        fig, ax = plt.subplots(figsize=(5, 3.5))
        for name, row in langid["detectors"].items():
            cuts = [k for k in row if k != "load_s"]
            ax.plot([int(k.split()[0]) for k in cuts], [row[k]["accuracy"] for k in cuts], marker="o", label=name)
        ax.set_xlabel("characters of the segment")
        ax.set_ylabel("accuracy (English vs French)")
        ax.set_title("Language identification on WMT14 segments")
        ax.legend(fontsize=7)
        written.append(_save(fig, "speed_langid.png"))
    return written


def _save(fig, name: str) -> str:
    fig.tight_layout()
    fig.savefig(HERE / name, dpi=110)
    import matplotlib.pyplot as plt
    plt.close(fig)
    return name


def _signature_lines(output: str) -> list[str]:
    return [line.strip() for line in output.splitlines()
            if line.strip().startswith(("signature:", f"checker {__version__} |"))]


def _kept_sections(path: Path, names: set[str]) -> dict[str, list[str]]:
    """The sections `## NAME` of an earlier RESULTS.md for the benchmarks named, kept as written."""
    if not path.is_file():
        return {}
    sections: dict[str, list[str]] = {}
    current = None
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("## "):
            current = line[3:].strip() if line[3:].strip() in names else None
            if current:
                sections[current] = []
        if current:
            sections[current].append(line)
    return sections


def write_results(steps: list[dict], settings: dict[str, str], plots: list[str],
                  order: tuple[str, ...] = ()) -> Path:
    """RESULTS.md: the steps run now, and (with --only) the other benchmarks' sections from the last full run."""
    lines = ["# Benchmark results", "",
             f"Written by `python benchmarks/report.py` (`make bench`) on {datetime.date.today().isoformat()}, "
             f"checker {__version__}, Python {sys.version.split()[0]}, {os.cpu_count()} CPUs. Figures measured on "
             "data the checker was developed against (WMT14, DEMETR, the quote sets) are development figures.", ""]
    speed = next((s for s in steps if s["name"] == "speed" and s.get("data")), None)
    if speed:
        lines += _speed_summary(speed["data"]) + [""]
    for name in plots:
        lines.append(f"![{name}]({name})")
    lines.append("")
    scaling = HERE / "scaling.md"  # the paper estimate for an archive on Ray, derived from the measured rates
    if scaling.is_file():
        lines += [scaling.read_text(encoding="utf-8").rstrip(), ""]
    path = HERE / "RESULTS.md"
    ran = {step["name"]: step for step in steps if not step.get("kept")}
    kept = _kept_sections(path, set(order) - set(ran))
    for name in order or tuple(ran):
        if name in kept:
            lines += kept[name] + ([""] if kept[name][-1:] != [""] else [])
            continue
        step = ran.get(name)
        if step is None:
            continue
        lines += [f"## {step['name']}", "",
                  f"- command: `{step['command']}`",
                  f"- checker {__version__}; settings: {settings[step['name']]}",
                  f"- exit status {step['status']}, {step['seconds']:.0f} s"]
        lines += [f"- {line}" for line in _signature_lines(step["output"])]
        lines += ["", "```", step["output"].rstrip(), "```", ""]
    path.write_text("\n".join(lines), encoding="utf-8")
    return path


def _speed_summary(data: dict) -> list[str]:
    rows = ["| figure | value | target |", "| --- | --- | --- |"]
    startup = data.get("startup") or {}
    medians = startup.get("median_s", {})
    check = medians.get("checker check seed (rule-only)")
    if check is not None:
        if "proselint seed" in medians:
            rows.append(f"| `checker check` seed / proselint, whole process | "
                        f"{check:.3f} s / {medians['proselint seed']:.3f} s = {check / medians['proselint seed']:.2f}x "
                        f"| ≤ 1.5x |")
        else:
            rows.append(f"| `checker check` seed, whole process (proselint not installed; python -c pass "
                        f"{medians.get('python -c pass', 0):.3f} s) | {check:.3f} s | ≤ 1.5x proselint |")
    if "checker --version" in medians:
        rows.append(f"| `checker --version` | {medians['checker --version']:.3f} s | < 0.1 s |")
    article = startup.get("article_words")
    for name in ("article, monolingual (rule-only)", "article + source (rule-only)",
                 "article, monolingual (encoder)", "article + source (encoder)"):
        if name in medians:
            rows.append(f"| `checker check`, {article}-word {name}, whole process (cold) | {medians[name]:.3f} s | |")
    bilingual = data.get("bilingual")
    if bilingual:
        encode = bilingual.get("encode_ms_per_article", {})
        for name, value in bilingual["ms_per_article"].items():
            extra = f" (encoding {encode[name]:.0f} ms)" if name in encode else ""
            rows.append(f"| warm, {name}, mean of {bilingual['docs']} WMT14 articles | {value:.0f} ms{extra} | |")
        if "encoder_load_s" in bilingual:
            rows.append(f"| embedded encoder, load and set-up once per process (cold) | "
                        f"{bilingual['encoder_load_s']:.2f} s | |")
    warm = data.get("warm")
    if warm:
        rows.append(f"| warm, {warm['article_words']}-word article, all rules, CPU time | {warm['article_ms']:.1f} ms "
                    "| < 20 ms |")
        if warm.get("article_first_sight_ms"):
            rows.append(f"| the same article checked for the first time (warm process, word caches cold for its "
                        f"words) | {warm['article_first_sight_ms']:.1f} ms | |")
    for shape, row in (data.get("scaling") or {}).items():
        parts = (f" (the long document against the mean of its three parts, median of {len(row['ratios'])} "
                 f"paired rounds; against its first part alone {row['first_draw_ratio']:.2f}x)"
                 if "ratios" in row else "")
        rows.append(f"| 3x words, {shape} | {row['ratio']:.2f}x CPU time{parts} | ≤ 3.3x |")
    if (RESULTS / "batch.json").is_file():  # the batch_documents step, from its last run
        for row in json.loads((RESULTS / "batch.json").read_text(encoding="utf-8"))["rows"]:
            if row["label"] == "2":
                rows.append(f"| `checker batch`, {row['documents']} WMT14 documents, rule-only, 2 processes, start-up "
                            f"included | {row['rate']:.0f} documents/s ({1000 * row['cpu_per_doc']:.0f} ms CPU per "
                            "document) | |")
            elif row["label"].startswith("2, set up"):
                rows.append(f"| the same, 2 processes set up already (on other text), every document seen for the "
                            f"first time | {row['rate']:.0f} documents/s ({1000 * row['cpu_per_doc']:.0f} ms CPU per "
                            "document) | ≥ 100 documents/s |")
    return ["## Speed, headline", "", f"Signature: `{data.get('signature', '')}`", ""] + rows


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", help="comma-separated step names (default: all)")
    parser.add_argument("--quick", action="store_true", help="the speed benchmark's smoke sizes")
    parser.add_argument("--with-blind", action="store_true", help="also score the blind sets (once, at the end)")
    args = parser.parse_args()
    chosen = STEPS + (BLIND if args.with_blind else ())
    if args.only:
        wanted = set(args.only.split(","))
        chosen = tuple(s for s in chosen if s[0] in wanted)
    RESULTS.mkdir(exist_ok=True)
    steps, plots = [], []
    for name, arguments, _ in chosen:
        print(f"running {name} ...", flush=True)
        step = run_step(name, arguments, args.quick)
        if name == "speed" and (RESULTS / "speed.json").is_file():
            step["data"] = json.loads((RESULTS / "speed.json").read_text(encoding="utf-8"))
            plots += plot_speed(step["data"])
        steps.append(step)
        print(f"  exit {step['status']}, {step['seconds']:.0f} s", flush=True)
    every = STEPS + BLIND  # a section not run now is kept from the last RESULTS.md, the blind sets' included
    if not any(step["name"] == "speed" for step in steps) and (RESULTS / "speed.json").is_file():
        plots = sorted(p.name for p in HERE.glob("speed_*.png"))  # the headline of the last speed run
        steps.append({"name": "speed", "data": json.loads((RESULTS / "speed.json").read_text(encoding="utf-8")),
                      "kept": True})
    path = write_results(steps, {name: settings for name, _, settings in chosen}, plots,
                         order=tuple(name for name, _, _ in every))
    print(f"wrote {path.relative_to(ROOT)} and {len(plots)} plots")
    return 0 if all(s.get("status", 0) == 0 for s in steps) else 1


if __name__ == "__main__":
    raise SystemExit(main())
