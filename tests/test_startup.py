"""Start-up: what a check imports and builds before its rules run, and that each shortcut gives the same answers."""
from __future__ import annotations

import json
import marshal
import os
import random
import re
import subprocess
import sys
import unicodedata

import pytest

from checker.data import cache
from checker.inputs import plainly_english
from checker.lang.folding import fold
from checker.rules import lexicon

from .conftest import FIXTURES, SHARED

ROOT = FIXTURES.parent
SEED = next(FIXTURES.glob("seed/*.txt"))
WMT = SHARED / "data" / "wmt_news_fr_en.jsonl"


def _imported_by_check(tmp_path, *args: str) -> set[str]:
    """The modules a whole `checker check` process has imported when it ends."""
    code = ("import sys, atexit\n"
            "listing = sys.argv[1]\n"
            "atexit.register(lambda: open(listing, 'w').write('\\n'.join(sorted(sys.modules))))\n"
            "from checker.entry import main\n"
            "raise SystemExit(main(sys.argv[2:]))\n")
    listing = tmp_path / "modules.txt"
    env = dict(os.environ, CHECKER_CACHE_DIR=str(tmp_path / "cache"))
    for _ in range(2):  # the first run fills the data cache (and the rules' manifest), the second reads them
        result = subprocess.run([sys.executable, "-c", code, str(listing), "check", *args, "--fail-on", "never"],
                                capture_output=True, text=True, cwd=ROOT, env=env, timeout=300)
        assert result.returncode == 0, result.stderr
    return set(listing.read_text().split())


def test_monolingual_rule_only_check_imports_no_heavy_library(tmp_path):
    modules = _imported_by_check(tmp_path, str(SEED), "--no-models")
    roots = {name.split(".")[0] for name in modules}
    for heavy in ("yaml", "langdetect", "lingua", "wordfreq", "numpy", "datasets", "torch", "transformers",
                  "hashlib", "configparser"):
        assert heavy not in roots, f"{heavy} imported by a rule-only check of an English article"
    for package in ("checker.models", "checker.rules.bitext", "checker.align"):
        assert not any(m == package or m.startswith(package + ".") for m in modules), package


def test_deferred_rules_are_the_registry():
    from checker.rules import ALL_RULES, deferred_rules

    deferred = deferred_rules()
    assert [r.code for r in deferred] == [r.code for r in ALL_RULES]
    for lazy, rule in zip(deferred, ALL_RULES):
        assert (lazy.name, lazy.category, lazy.severity, lazy.summary, lazy.requires) == \
               (rule.name, rule.category, rule.severity, rule.summary, rule.requires)


def test_deferred_check_imports_its_family_and_delegates():
    from checker.api import check_document, check_text
    from checker.config import Config
    from checker.parsers import parse
    from checker.registry import select_rules
    from checker.rules import ALL_RULES, _deferred

    text = SEED.read_text(encoding="utf-8")
    lazy = check_text(text, Config(models=False, select=("TRL", "CAL")))
    # the same rules run as plain registry entries
    eager = check_document(parse(text, "text"), Config(models=False), rules=select_rules(ALL_RULES, ("TRL", "CAL")))
    assert [f.to_json() for f in lazy.findings] == [f.to_json() for f in eager.findings]
    assert lazy.findings and all(type(r.check).__name__ == "_DeferredCheck" for r in _deferred())


def test_manifest_is_rebuilt_when_the_package_changes(tmp_path, monkeypatch):
    import checker.rules as rules

    monkeypatch.setenv("CHECKER_CACHE_DIR", str(tmp_path))
    cache.cache_dir.cache_clear()
    built = []
    real = rules._manifest
    monkeypatch.setattr(rules, "_manifest", lambda: built.append(1) or real())
    try:
        for signature in (b"one", b"one", b"two"):
            monkeypatch.setattr(rules, "_package_signature", lambda signature=signature: signature)
            rules._deferred.cache_clear()
            assert [r.code for r in rules._deferred()] == [r.code for r in rules.ALL_RULES]
        assert len(built) == 2  # once per signature; the second run read the cache
    finally:
        cache.cache_dir.cache_clear()
        rules._deferred.cache_clear()


PATTERNS = [r"\bhead\s+of\s+diplomacy\b", r"(?P<span>since)\s+(?:\d+|ten)\s+years", r"(?i)l['’]Élysée",
            r"(?<![\w-])(?:Poutine|Pékin|Moscou)(?![\w-])", r"(a)(b)?(?(2)c|d)", r"[^\W\d_]+(?:[-'][^\W\d_]+)*",
            r"^\s*READ ALSO:?$", r"x{2,5}?y*+z", "é|è|ê"]


@pytest.mark.parametrize("flags", [0, re.IGNORECASE | re.MULTILINE, re.S | re.X])
def test_cached_regex_code_builds_the_same_pattern(flags):
    texts = ["The head of  diplomacy said since ten years", "L'ÉLYSÉE et l’Élysée à Pékin",
             "READ ALSO:\nab c ad",
             "xxxyyz xxxxxxz d'autres", "é è ê"]
    for source in PATTERNS:
        built = cache.regex_code(source, flags)
        marshalled = marshal.loads(marshal.dumps(built))
        fast, slow = cache.regex_from_code(source, flags, marshalled), re.compile(source, flags)
        assert (fast.pattern, fast.flags, fast.groups, fast.groupindex) == \
               (slow.pattern, slow.flags, slow.groups, slow.groupindex)
        for text in texts:
            assert [m.span() for m in fast.finditer(text)] == [m.span() for m in slow.finditer(text)]
            assert [m.groups() for m in fast.finditer(text)] == [m.groups() for m in slow.finditer(text)]


def test_regex_code_from_another_interpreter_is_compiled_anew():
    built = cache.regex_code(r"\bab+c", 0)
    if built is None:
        pytest.skip("compiled code is kept under CPython 3.11 only")
    stale = ("2.7.18 (another build)",) + built[1:]
    assert cache.regex_from_code(r"\bab+c", 0, stale).pattern == r"\bab+c"
    broken = built[:2] + (b"\xff\xff\x00\x00",) + built[3:]  # an opcode the engine does not know
    assert cache.regex_from_code(r"\bab+c", 0, broken).search("x abbc").span() == (2, 6)


def test_lexicon_patterns_match_as_compiled_by_re():
    text = SEED.read_text(encoding="utf-8")
    for name in ("calques", "false_friends", "boilerplate", "garble_patterns", "outlets"):
        for entry in lexicon.load_lexicon(name):
            slow = re.compile(entry.regex.source, entry.regex.flags)
            assert [m.span() for m in entry.finditer(text)] == [m.span() for m in slow.finditer(text)], entry.key


def _old_phrase_pattern(phrase: str) -> str:
    parts = []
    for ch in phrase:
        if ch.isspace():
            if not parts or parts[-1] != r"\s+":
                parts.append(r"\s+")
        elif ch in lexicon.APOSTROPHES:
            parts.append(f"[{lexicon.APOSTROPHES}]")
        elif ch == "-":
            parts.append(r"[-‐‑]")
        else:
            parts.append(re.escape(ch))
    head = r"\b" if phrase[:1].isalnum() else ""
    tail = r"\b" if phrase[-1:].isalnum() else ""
    return f"{head}{''.join(parts)}{tail}"


def test_phrase_pattern_is_the_character_by_character_one():
    rng = random.Random(11)
    alphabet = "ab -'’ʼ\t\u00a0\u2003.*+?()[]\\é"
    phrases = ["head of diplomacy", "aujourd'hui", "so-called", "  x  ", ""]
    phrases += ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 12))) for _ in range(3000)]
    for phrase in phrases:
        assert lexicon.phrase_pattern(phrase) == _old_phrase_pattern(phrase), phrase


def test_fold_is_casefold_without_marks():
    def reference(text: str) -> str:
        decomposed = unicodedata.normalize("NFKD", text.casefold())
        return "".join(ch for ch in decomposed if not unicodedata.combining(ch))

    rng = random.Random(3)
    samples = ["Élysée", "ÉLYSÉE", "Straße", "ﬁnal", "İstanbul", "Dmitri", "", "A" * 100, "é" * 100,
               "".join(chr(i) for i in range(128))]
    alphabet = "aAzZ éÉœŒßﬁİı'’-"
    samples += ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 80))) for _ in range(2000)]
    for text in samples:
        assert fold(text) == reference(text), text


def _wmt_documents() -> list[dict]:
    if not WMT.is_file():
        pytest.skip("WMT14 data not available")
    documents: dict[str, dict] = {}
    with open(WMT, encoding="utf-8") as handle:
        for line in handle:
            row = json.loads(line)
            doc = documents.setdefault(row["doc_id"], {"en": [], "fr": []})
            doc["en"].append(row["en"])
            doc["fr"].append(row["fr"])
    return list(documents.values())


def test_plainly_english_spares_the_detector_only_where_it_reads_english():
    from checker.lang.langid import document_language

    documents = _wmt_documents()
    english = ["\n\n".join(d["en"]) for d in documents]
    assert not any(plainly_english("\n\n".join(d["fr"])) for d in documents)
    assert sum(map(plainly_english, english)) > 0.8 * len(english)  # the short ones are left to the detector
    rng = random.Random(5)
    spared = 0
    for d in documents[::3]:  # English with French segments mixed in, at every share
        share = rng.random()
        mixed = "\n\n".join(fr if rng.random() < share else en for en, fr in zip(d["en"], d["fr"]))
        if plainly_english(mixed):
            spared += 1
            guess = document_language(mixed)
            assert guess.lang == "en" or guess.confidence < 0.95, (share, mixed[:200])
    assert spared > 0


def test_short_or_french_text_still_goes_to_the_detector(tmp_path):
    from checker.errors import InputError
    from checker.inputs import check_not_swapped
    from checker.parsers import parse

    french = "\n\n".join(_wmt_documents()[0]["fr"])
    with pytest.raises(InputError):
        check_not_swapped(parse(french, "text", path="article.txt"), None, "en", "fr")
    assert not plainly_english("The minister said so. " * 5)  # too short to be sure


def test_config_without_our_section_is_not_parsed(tmp_path):
    from checker.config import load_file

    (tmp_path / "setup.cfg").write_text("[metadata]\nname = checker\n[flake8]\nmax-line-length = 120\n")
    (tmp_path / "pyproject.toml").write_text("[project]\nname = 'x'\n")
    assert load_file(tmp_path / "setup.cfg") is None and load_file(tmp_path / "pyproject.toml") is None
    (tmp_path / "setup.cfg").write_text("[checker]\nselect = TRL\n")
    (tmp_path / "pyproject.toml").write_text("[tool.checker]\nselect = ['CAL']\n")
    assert load_file(tmp_path / "setup.cfg").select == ("TRL",)
    assert load_file(tmp_path / "pyproject.toml").select == ("CAL",)


MEMO_PROBE = r'''
import builtins, dataclasses, json, re, sys
from checker.data import cache
cache.remember_compiled()
built = {"patterns": 0, "code": 0}
plain_regex_code, plain_compile = cache.regex_code, builtins.compile
def counting_regex_code(*args):
    built["patterns"] += 1
    return plain_regex_code(*args)
def counting_compile(*args, **kwargs):
    built["code"] += 1
    return plain_compile(*args, **kwargs)
cache.regex_code, builtins.compile = counting_regex_code, counting_compile
out = {}
for i, source in enumerate(json.loads(sys.argv[1])):
    for flags in (0, re.IGNORECASE | re.MULTILINE, re.S | re.X):
        pattern = re.compile(source, flags)
        text = "The head of  diplomacy said since ten years; L'ÉLYSÉE à Pékin READ ALSO:\nab c ad xxxyyz é"
        out[f"{i}:{int(flags)}"] = [pattern.pattern, int(pattern.flags), pattern.groups, dict(pattern.groupindex),
                                    [(m.span(), m.groups()) for m in pattern.finditer(text)]]

@dataclasses.dataclass(frozen=True, slots=True)
class Point:
    x: int
    y: int = 2
    tags: tuple = dataclasses.field(default_factory=tuple)

@dataclasses.dataclass(order=True)
class Plain:
    name: str
    count: int = 0

p = Point(1)
try:
    p.x = 3
    frozen = False
except dataclasses.FrozenInstanceError:
    frozen = True
out["classes"] = [repr(p), p == Point(1, 2), hash(p) == hash(Point(1)), frozen, Point.__init__.__annotations__ == {
    "x": int, "y": int, "tags": tuple, "return": None}, repr(Plain("a")), Plain("a") < Plain("b"),
    Point.__match_args__, Point.__slots__]
print(json.dumps({"out": out, "built": built}))
'''


def _memo_run(cache_dir) -> dict:
    env = dict(os.environ, CHECKER_CACHE_DIR=str(cache_dir))
    result = subprocess.run([sys.executable, "-c", MEMO_PROBE, json.dumps(PATTERNS)], capture_output=True, text=True,
                            env=env, cwd=ROOT, timeout=120)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_compiled_patterns_and_dataclass_code_read_back_the_same(tmp_path):
    if not cache.KEEPS_CODE:
        pytest.skip("compiled code is kept under CPython 3.11 only")
    cache_dir = tmp_path / "cache"
    cache_dir.mkdir(mode=0o700)
    first, second = _memo_run(cache_dir), _memo_run(cache_dir)
    assert first["out"] == second["out"]
    assert first["built"]["patterns"] >= len(PATTERNS) and first["built"]["code"] > 0
    assert second["built"] == {"patterns": 0, "code": 0}  # everything came back from the first run
    for name in ("regex-run-*.marshal", "dataclass-code-*.marshal"):
        (memo,) = cache_dir.glob(name)
        memo.write_bytes(b"\x00damaged")
    assert _memo_run(cache_dir)["out"] == first["out"]
    shared = tmp_path / "shared"
    shared.mkdir()
    shared.chmod(0o777)  # others could write compiled code there: patterns only
    assert _memo_run(shared)["out"] == first["out"]
    assert list(shared.glob("regex-run-*")) and not list(shared.glob("dataclass-code-*"))


def test_console_script_ends_with_the_same_output_and_status(tmp_path):
    env = dict(os.environ, CHECKER_CACHE_DIR=str(tmp_path / "cache"))
    report = tmp_path / "report.json"
    runs = []
    for code in ("from checker.entry import main; main()",  # ends the process itself
                 "from checker.cli import main; raise SystemExit(main())"):
        for args in (["--format", "json"], ["--format", "json", "-o", str(report)], ["--fail-on", "never"]):
            result = subprocess.run([sys.executable, "-c", code, "check", str(SEED), "--no-models", *args],
                                    capture_output=True, text=True, env=env, cwd=ROOT, timeout=300)
            runs.append((result.returncode, result.stdout, result.stderr,
                         report.read_text(encoding="utf-8") if report.exists() else None))
            report.unlink(missing_ok=True)
    assert runs[:3] == runs[3:]
    assert runs[0][0] == 1 and json.loads(runs[0][1])["files"] and runs[1][3] and runs[2][0] == 0
