"""Speed of the checker: whole-process start-up, warm cost per rule family, scaling with length, memory.

    python benchmarks/speed.py [--docs N] [--repeat R] [--rounds K] [--json FILE] [--quick]

- start-up: whole processes, timed in interleaved rounds (median of K): `python -c pass`,
  `python -m json.tool`, proselint on the seed when it is installed, `checker --version` and the
  rule-only `checker check` of the seed, both through their console scripts as a user runs them (data cache
  warm; the first, cache-building run is shown apart),
  then one WMT14 article of about 800 words checked alone and with its French source (`--source`),
  rule-only (`--no-models`) and with the embedded sentence encoder (a cold process loads it).
  Bytecode is cached (PYTHONPYCACHEPREFIX), as in an installed package, even where the environment
  sets PYTHONDONTWRITEBYTECODE;
- warm: in one process, milliseconds per 1,000 words for each rule family and for all rules on the
  professional English references of the French-original WMT14 documents, and one 800-word article;
- scaling: all rules on three documents of N words drawn one after the other and on the 3N-word document they
  make, as one line, as many paragraphs, and as one attribution repeated ("He said. he noted, saying ...");
  median of interleaved rounds, the ratio should stay near 3;
- bilingual, in one process: milliseconds per article, monolingual and with the French source, rule-only
  and with the embedded encoder (warm: model loaded, its sentence cache emptied before each pass), and
  the model layer's cost: loading the encoder (cold) and encoding each article's sentences (warm);
- language identification: accuracy and time on short WMT14 segments, langdetect (all 55 profiles
  or English and French only) and lingua (English and French);
- peak memory (tracemalloc) of a full check of the longest article.
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
import tempfile
import time
import tracemalloc
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.common import DATA, ROOT, wmt_articles, words  # noqa: E402
from checker import __version__  # noqa: E402

SEED = ROOT / "fixtures" / "seed" / "000_dbb8f34e7e82e8cc.txt"
ARTICLE_WORDS = 800
MODELS = "none,encoder-rows:use-multilingual"  # no model, except the rows marked (encoder)
SHAPES = ("single-line", "paragraphs", "repetitive")
REPEATED = "He said. he noted, saying that the plan would work. "


def paragraphs_source() -> list[str]:
    """Real paragraphs to build long documents from: WMT14 references, else the seed's paragraphs."""
    try:
        references, _ = wmt_articles("fr")
        return [p for r in references for p in r["en"].split("\n\n")]
    except SystemExit:
        return [p for p in SEED.read_text(encoding="utf-8").split("\n\n") if p.strip()]


def make_document(shape: str, n_words: int, paragraphs: list[str], start: int = 0) -> str:
    """About n_words words: paragraphs (from the `start`-th on) on one line, paragraphs apart, or one attribution
    repeated."""
    if shape == "repetitive":
        return REPEATED * max(1, n_words // len(REPEATED.split()))
    return SEPARATORS[shape].join(_paragraph_run(n_words, paragraphs, start))


SEPARATORS = {"single-line": " ", "paragraphs": "\n\n", "repetitive": ""}


def _paragraph_run(n_words: int, paragraphs: list[str], start: int) -> list[str]:
    """Consecutive paragraphs from the `start`-th on (round the list) until they hold n_words words."""
    out, count, i = [], 0, start
    while count < n_words:
        out.append(paragraphs[i % len(paragraphs)])
        count += len(out[-1].split())
        i += 1
    return out


def draws(shape: str, n_words: int, paragraphs: list[str], k: int = 3) -> list[str]:
    """k documents of about n_words words drawn one after the other from the same paragraphs (the first is
    `make_document`'s); joined by the shape's separator they are one document of k times their words."""
    out, start = [], 0
    for _ in range(k):
        out.append(make_document(shape, n_words, paragraphs, start))
        start += len(_paragraph_run(n_words, paragraphs, start))
    return out


# ---- whole processes ----

def article_pair() -> dict | None:
    """The WMT14 reference article (French original) nearest ARTICLE_WORDS words, with its French source."""
    try:
        references, _ = wmt_articles("fr")
    except SystemExit:
        return None
    return min(references, key=lambda r: abs(words(r["en"]) - ARTICLE_WORDS))


def encoder_installed() -> bool:
    from checker.models import embedded_available
    return embedded_available()


def _commands(tmp: Path) -> dict[str, list[str]]:
    py = sys.executable
    small = tmp / "small.json"
    small.write_text(json.dumps({"a": [1, 2, 3]}), encoding="utf-8")
    # the console script, as a user runs `checker check` and as proselint is run below; `python -m checker` where
    # it is not installed
    script = Path(py).parent / "checker"
    checker = [str(script)] if script.is_file() else [py, "-m", "checker"]
    commands = {
        "python -c pass": [py, "-c", "pass"],
        "python -m json.tool": [py, "-m", "json.tool", str(small)],
        "checker --version": checker + ["--version"],
        "checker check seed (rule-only)": checker + ["check", str(SEED), "--no-models", "--fail-on", "never"],
    }
    pair = article_pair()
    if pair:
        # no .en/.fr suffixes: a Hugo pair would turn the monolingual check bilingual
        en, fr = tmp / "article.txt", tmp / "article-source.txt"
        en.write_text(pair["en"] + "\n", encoding="utf-8")
        fr.write_text(pair["fr"] + "\n", encoding="utf-8")
        check = checker + ["check", str(en), "--fail-on", "never"]
        bilingual = ["--source", str(fr)]
        commands["article, monolingual (rule-only)"] = check + ["--no-models"]
        commands["article + source (rule-only)"] = check + bilingual + ["--no-models"]
        if encoder_installed():
            commands["article, monolingual (encoder)"] = check + ["--model-encoder", "use-multilingual"]
            commands["article + source (encoder)"] = check + bilingual + ["--model-encoder", "use-multilingual"]
    proselint = shutil.which("proselint") or (str(Path(py).parent / "proselint")
                                               if (Path(py).parent / "proselint").exists() else None)
    if proselint:
        commands["proselint seed"] = [proselint, "check", str(SEED)] if _proselint_has_check(proselint) \
            else [proselint, str(SEED)]
    return commands


def _proselint_has_check(exe: str) -> bool:
    result = subprocess.run([exe, "--help"], capture_output=True, text=True)
    return " check " in result.stdout.lower().split("commands:")[-1]


def _run(command: list[str], env: dict, cpu: list[float] | None = None) -> float:
    """Wall-clock seconds of a whole process; its CPU seconds (user + system) appended to `cpu`."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env, cwd=ROOT)
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if cpu is not None:  # on a shared machine the CPU time is the figure to compare, not the wall clock
        cpu.append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
    return wall


def startup(rounds: int) -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        # compiled once by the untimed runs below, as pip leaves an installed package
        env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
        env["PYTHONPYCACHEPREFIX"] = str(Path(tmp) / "pycache")
        commands = _commands(Path(tmp))
        cold_env = dict(env, CHECKER_CACHE_DIR=str(Path(tmp) / "cache"))  # an empty data cache
        first = _run(commands["checker check seed (rule-only)"], cold_env)
        times: dict[str, list[float]] = {name: [] for name in commands}
        cpu: dict[str, list[float]] = {name: [] for name in commands}
        for name, command in commands.items():  # one untimed run each: the file system cache
            _run(command, env)
        for _ in range(rounds):
            for name, command in commands.items():  # interleaved: a slower moment hits every command
                times[name].append(_run(command, env, cpu[name]))
    medians = {name: statistics.median(values) for name, values in times.items()}
    pair = article_pair()
    return {"median_s": medians, "runs": times, "first_run_empty_cache_s": first, "rounds": rounds,
            "cpu_median_s": {name: statistics.median(values) for name, values in cpu.items()},
            "proselint": "proselint seed" in medians, "article_words": words(pair["en"]) if pair else None,
            "article_doc_id": pair["doc_id"] if pair else None}


# ---- in one process ----

def _timed(fn, texts, repeat: int) -> float:
    """Best of `repeat` passes, in CPU seconds of this process: the rule-only checks run on one thread, and on a
    shared machine the wall clock also counts the time spent waiting for a core."""
    best = float("inf")
    for _ in range(repeat):
        started = time.process_time()
        for text in texts:
            fn(text)
        best = min(best, time.process_time() - started)
    return best


def _timed_alone(fn, text: str, others: list[str], repeat: int) -> float:
    """Best of `repeat` checks of `text`, each after checks of `others`: what the checker keeps of the last
    few texts it read (marked quotes, furniture, per-text maps) does not serve the same text again."""
    best = float("inf")
    for _ in range(repeat):
        for other in others:
            fn(other)
        started = time.process_time()
        fn(text)
        best = min(best, time.process_time() - started)
    return best


def warm(docs: int, repeat: int) -> dict:
    from checker.api import check_document
    from checker.config import Config
    from checker.lang.sentences import document_sentences
    from checker.parsers import parse
    from checker.rules import ALL_RULES, FAMILIES

    references, _ = wmt_articles("fr")
    texts = [r["en"] for r in references[:docs]]
    total = sum(words(t) for t in texts)
    config = Config(models=False)

    def run_rules(rules):
        return lambda text: check_document(parse(text, "text"), config, rules=rules)

    run_rules(ALL_RULES)(texts[0])  # lazy imports and data load once per process, outside the timings
    # first sight: each other article checked once, as in a batch, before any timing below has seen it
    first_sight = {}
    for text in texts[1:]:
        started = time.process_time()
        run_rules(ALL_RULES)(text)
        first_sight[text] = time.process_time() - started
    rows = {"parse + sentences (baseline)": _timed(lambda t: document_sentences(parse(t, "text")), texts, repeat)}
    for family in FAMILIES:
        if family.RULES:
            rows[family.__name__.rsplit(".", 1)[1]] = _timed(run_rules(family.RULES), texts, repeat)
    rows["all rules"] = _timed(run_rules(ALL_RULES), texts, repeat)
    article = min(texts, key=lambda t: abs(words(t) - 800))
    longest = max(texts, key=len)
    tracemalloc.start()
    run_rules(ALL_RULES)(longest)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return {
        "docs": len(texts), "words": total, "repeat": repeat,
        "ms_per_1k_words": {name: 1e6 * s / total for name, s in rows.items()},
        "article_words": words(article),
        "first_sight_ms_per_1k_words": 1e6 * sum(first_sight.values()) / sum(words(t) for t in first_sight),
        "article_first_sight_ms": 1000 * first_sight[article] if article in first_sight else None,
        "article_ms": 1000 * _timed_alone(run_rules(ALL_RULES), article, [t for t in texts if t is not article][:8],
                                           max(repeat, 5)),
        "peak_mb": peak / 1e6, "peak_words": words(longest),
    }


def scaling(n_words: int, repeat: int) -> dict:
    """All rules on three n-word documents and on the 3n-word document they make together, in interleaved rounds.

    The three are consecutive draws from the same paragraphs, so the long document holds exactly their words
    and content: its cost against theirs is the cost of length itself (against the first draw alone, as measured
    before, it also priced the later WMT14 articles' denser names and quotes). Every text is checked once before
    the rounds (lazy imports, word caches); in each round each is checked once, after another text (no last-text
    cache serves it; the repetitive draws are one text, which can only flatter the short side), the collector
    emptied before each check, in an order that turns from round to round; the ratio is the median of the rounds'
    ratios, so that a busy moment of a shared machine counts once."""
    import gc

    from checker.api import check_document
    from checker.config import Config
    from checker.parsers import parse

    config = Config(models=False)
    paragraphs = paragraphs_source()
    check = lambda t: check_document(parse(t, "text"), config)  # noqa: E731
    rounds = max(repeat, 5)
    out = {}
    for shape in SHAPES:
        short = draws(shape, n_words, paragraphs)
        texts = short + [SEPARATORS[shape].join(short)]
        for text in texts:
            check(text)
        runs: list[list[float]] = [[] for _ in texts]
        for r in range(rounds):
            for k in range(len(texts)):
                i = (r + k) % len(texts)  # the order turns from round to round, never one document twice in a row
                gc.collect()
                runs[i].append(_timed(check, [texts[i]], 1))
        ratios = [long / statistics.mean(parts) for *parts, long in zip(*runs)]
        draw_seconds = [statistics.median(r) for r in runs[:-1]]
        out[shape] = {"words": [n_words, 3 * n_words], "rounds": rounds,
                      "seconds": [statistics.mean(draw_seconds), statistics.median(runs[-1])],
                      "ratio": statistics.median(ratios), "ratios": ratios, "runs": runs, "draw_seconds": draw_seconds,
                      "texts_words": [words(t) for t in texts],
                      "first_draw_ratio": statistics.median(long / first for first, *_, long in zip(*runs))}
    return out


def bilingual(docs: int, repeat: int) -> dict | None:
    """Milliseconds per article: monolingual and bilingual, rule-only and with the embedded encoder."""
    from checker.api import check_document
    from checker.config import Config
    from checker.parsers import parse

    try:
        references, _ = wmt_articles("fr")
    except SystemExit:
        return None
    warmup, articles = references[0], references[1:docs + 1]
    total = sum(words(r["en"]) for r in articles)
    encoder = None
    settings = {"rule-only": Config(models=False)}
    out: dict = {"docs": len(articles), "words": total, "repeat": repeat}
    if encoder_installed():
        from checker.models.encoder import load_embedded
        started = time.perf_counter()
        encoder = load_embedded()
        encoder.encode(["Le chat dort.", "The cat sleeps."])  # the first call sets the model up
        out["encoder_load_s"] = time.perf_counter() - started
        encoder.cache.clear()
        settings["encoder"] = Config(model_encoder="use-multilingual")

    def run(config, with_source: bool):
        def check(article):
            source = parse(article["fr"], "text", lang="fr") if with_source else None
            return check_document(parse(article["en"], "text", lang="en"), config, source)
        return check

    rows: dict[str, float] = {}
    encode_s: dict[str, float] = {}
    for name, config in settings.items():
        for with_source in (False, True):
            label = f"{'article + source' if with_source else 'article, monolingual'} ({name})"
            check = run(config, with_source)
            check(warmup)  # lazy imports and data, outside the timings
            best, best_encode = float("inf"), 0.0
            for _ in range(repeat):
                if encoder is not None:
                    encoder.cache.clear()  # warm model, cold sentence cache: each text encoded as in a new article
                spent = _encode_timer(encoder)
                started = time.perf_counter()
                for article in articles:
                    check(article)
                elapsed = time.perf_counter() - started
                if elapsed < best:
                    best, best_encode = elapsed, spent()
            rows[label] = 1000 * best / len(articles)
            if name == "encoder":
                encode_s[label] = 1000 * best_encode / len(articles)
    out["ms_per_article"] = rows
    out["encode_ms_per_article"] = encode_s
    return out


def _encode_timer(encoder):
    """Time spent in the encoder's `encode` from now on; a function returning the seconds so far."""
    spent = [0.0]
    if encoder is None:
        return lambda: 0.0
    original = type(encoder).encode

    def timed(self, texts):
        started = time.perf_counter()
        try:
            return original(self, texts)
        finally:
            spent[0] += time.perf_counter() - started

    encoder.encode = timed.__get__(encoder)

    def read() -> float:
        del encoder.encode  # back to the class's method
        return spent[0]
    return read


def langid(sample: int) -> dict:
    import random

    from benchmarks.common import read_jsonl
    from checker.lang.langid import langdetect_guess, lingua_guess

    rows = random.Random(1).sample(read_jsonl("wmt_news_fr_en.jsonl"), sample)
    texts = [(r["en"], "en") for r in rows] + [(r["fr"], "fr") for r in rows]
    all_profiles = tuple(sorted(os.listdir(_profiles_dir())))
    detectors = {
        "langdetect, 55 profiles": lambda s: langdetect_guess(s, all_profiles).lang,
        "langdetect, en+fr (used for documents)": lambda s: langdetect_guess(s).lang,
        "lingua, en+fr (used for spans)": lambda s: lingua_guess(s).lang,
    }
    out = {}
    for name, detect in detectors.items():
        started = time.perf_counter()
        detect("Le chat dort sur le canapé du salon.")  # profile or model loading, timed apart
        load = time.perf_counter() - started
        for limit in (30, 60, 200):
            started = time.perf_counter()
            correct = sum(detect(text[:limit]) == lang for text, lang in texts)
            out.setdefault(name, {"load_s": load})[f"{limit} chars"] = {
                "accuracy": correct / len(texts), "ms_per_text": 1000 * (time.perf_counter() - started) / len(texts)}
    return {"texts": len(texts), "detectors": out}


def _profiles_dir() -> str:
    from langdetect.detector_factory import PROFILES_DIRECTORY
    return PROFILES_DIRECTORY


def print_report(results: dict) -> None:
    s = results.get("startup")
    if s:
        cpu = s.get("cpu_median_s", {})
        print(f"whole process, median of {s['rounds']} interleaved rounds (s):      wall     CPU")
        for name, value in s["median_s"].items():
            print(f"  {name:40}{value:8.3f}" + (f"{cpu[name]:8.3f}" if name in cpu else ""))
        print(f"  {'checker check seed, empty data cache':40}{s['first_run_empty_cache_s']:8.3f}")
        if s["proselint"]:
            ratio = s["median_s"]["checker check seed (rule-only)"] / s["median_s"]["proselint seed"]
            line = f"  checker check / proselint: {ratio:.2f}x wall"
            if cpu.get("proselint seed"):
                line += f", {cpu['checker check seed (rule-only)'] / cpu['proselint seed']:.2f}x CPU"
            print(line)
    b = results.get("bilingual")
    if b:
        print(f"\nbilingual, one process: {b['docs']} WMT14 articles ({b['words']} English words) with their "
              f"French sources, best of {b['repeat']}, ms per article:")
        for name, value in b["ms_per_article"].items():
            encode = b["encode_ms_per_article"].get(name)
            print(f"  {name:40}{value:8.1f}" + (f"   of which encoding {encode:.1f}" if encode is not None else ""))
        if "encoder_load_s" in b:
            print(f"  embedded encoder, loaded and set up once per process (cold): {b['encoder_load_s']:.2f} s")
    w = results.get("warm")
    if w:
        print(f"\nwarm, one process: {w['docs']} articles, {w['words']} words, best of {w['repeat']}, CPU time")
        base = w["ms_per_1k_words"]["parse + sentences (baseline)"]
        print(f"  {'':32}{'ms/1k words':>12}{'x baseline':>12}")
        for name, value in w["ms_per_1k_words"].items():
            print(f"  {name:32}{value:>12.1f}{value / base:>12.1f}")
        print(f"  one article of {w['article_words']} words, all rules: {w['article_ms']:.1f} ms (best of "
              f"{max(w['repeat'], 5)}, each after 8 other articles)")
        if w.get("first_sight_ms_per_1k_words"):
            first = w.get("article_first_sight_ms")
            print(f"  first sight (each article checked once, as in a batch): "
                  f"{w['first_sight_ms_per_1k_words']:.1f} ms per 1k words"
                  + (f"; the {w['article_words']}-word article {first:.1f} ms" if first else ""))
        print(f"  peak traced memory, full check of {w['peak_words']} words: {w['peak_mb']:.1f} MB")
    sc = results.get("scaling")
    if sc:
        print("\nscaling, all rules (3x the words should cost at most 3.3x the CPU time): three documents of N words "
              "drawn one after the other, and the one of 3N words they make; median of interleaved rounds")
        for shape, row in sc.items():
            spread = f"{min(row['ratios']):.2f}-{max(row['ratios']):.2f}" if "ratios" in row else ""
            print(f"  {shape:14}{row['words'][0]:>7} words {row['seconds'][0]:7.2f} s   "
                  f"{row['words'][1]:>7} words {row['seconds'][1]:7.2f} s   ratio {row['ratio']:.2f}"
                  + (f" ({row['rounds']} rounds: {spread}; the N-word draws "
                     f"{' / '.join(f'{s:.2f}' for s in row['draw_seconds'])} s; against the first draw alone "
                     f"{row['first_draw_ratio']:.2f})" if "draw_seconds" in row else ""))
    li = results.get("langid")
    if li:
        print(f"\nlanguage identification, {li['texts']} WMT14 segments (English and French), cut to N characters:")
        for name, row in li["detectors"].items():
            cells = "  ".join(f"{k}: {v['accuracy']:.3f} ({v['ms_per_text']:.2f} ms)"
                              for k, v in row.items() if k != "load_s")
            print(f"  {name:42} load {row['load_s'] * 1000:6.0f} ms  {cells}")
    print(f"\nsignature: {results['signature']}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=40)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--rounds", type=int, default=11)
    parser.add_argument("--bilingual-docs", type=int, default=10)
    parser.add_argument("--scale-words", type=int, default=8000)
    parser.add_argument("--langid-sample", type=int, default=300)
    parser.add_argument("--quick", action="store_true", help="small sizes, for a smoke run")
    parser.add_argument("--json", metavar="FILE", help="also write the figures as JSON (for benchmarks/report.py)")
    args = parser.parse_args()
    if args.quick:
        args.docs, args.repeat, args.rounds, args.scale_words, args.langid_sample = 5, 1, 2, 1000, 40
        args.bilingual_docs = 2
    results = {
        "startup": startup(args.rounds),
        "warm": warm(args.docs, args.repeat),
        "bilingual": bilingual(args.bilingual_docs, args.repeat),
        "scaling": scaling(args.scale_words, args.repeat),
        "langid": langid(args.langid_sample) if (DATA / "wmt_news_fr_en.jsonl").is_file() else None,
        "command": "python benchmarks/speed.py " + " ".join(sys.argv[1:]),
        "version": __version__,
        "settings": {"rules": "all", "models": MODELS, "docs": args.docs, "repeat": args.repeat,
                     "bilingual_docs": args.bilingual_docs, "rounds": args.rounds, "scale_words": args.scale_words,
                     "cpus": os.cpu_count(), "python": sys.version.split()[0], "bytecode": "cached"},
    }
    results["signature"] = (f"checker {__version__} | {results['command'].strip()} | rules=all models={MODELS} "
                            f"docs={args.docs} bilingual_docs={args.bilingual_docs} repeat={args.repeat} "
                            f"rounds={args.rounds} "
                            f"scale={args.scale_words} cpus={os.cpu_count()} python={sys.version.split()[0]}")
    print_report(results)
    if args.json:
        Path(args.json).write_text(json.dumps(results, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
