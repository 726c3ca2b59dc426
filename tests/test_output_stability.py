"""Output stability: `checker check --format json` on the seed, the bilingual fixtures and WMT14 documents.

The golden file was written from the code before the speed work; a speed change must leave it
byte-identical. An intended change of output (a reworded message, a new rule) is recorded with
`pytest tests/test_output_stability.py --update-golden`.
"""
from __future__ import annotations

import difflib
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from .conftest import FIXTURES, ROOT, SHARED

GOLDEN = Path(__file__).resolve().parent / "golden" / "output_stability.json"
WMT = Path(os.environ.get("CHECKER_DATA", SHARED / "data"))
SEED = FIXTURES / "seed" / "000_dbb8f34e7e82e8cc.txt"
BILINGUAL = FIXTURES / "bilingual" / "content"
SYSTEMS = 2           # MT systems sampled, in name order
EVERY = 6             # one WMT document in EVERY, in file order


def _wmt_sample(folder: Path) -> list[Path]:
    """A fixed sample of WMT14 documents, references and MT outputs, written one file each."""
    docs: dict[str, list[dict]] = {}
    with open(WMT / "wmt_news_fr_en.jsonl", encoding="utf-8") as handle:
        for line in handle:
            row = json.loads(line)
            docs.setdefault(row["doc_id"], []).append(row)
    chosen = list(docs)[::EVERY]
    mt: dict[str, dict[str, dict[int, str]]] = {}
    with open(WMT / "wmt_news_fr_en_mt.jsonl", encoding="utf-8") as handle:
        for line in handle:
            row = json.loads(line)
            if row["doc_id"] in chosen:
                mt.setdefault(row["system"], {}).setdefault(row["doc_id"], {})[row["seg_id"]] = row["en_mt"]
    paths = []
    for doc_id in chosen:
        path = folder / f"{doc_id}.ref.txt"
        path.write_text("\n\n".join(s["en"].strip() for s in docs[doc_id]) + "\n", encoding="utf-8")
        paths.append(path)
    for system in sorted(mt)[:SYSTEMS]:
        for doc_id in chosen[::2]:
            segs = mt[system].get(doc_id)
            if segs:
                path = folder / f"{doc_id}.{system}.txt"
                path.write_text("\n\n".join(segs[i].strip() for i in sorted(segs)) + "\n", encoding="utf-8")
                paths.append(path)
    return paths


def _check(paths: list[Path]) -> dict:
    result = subprocess.run(
        [sys.executable, "-m", "checker", "check", *map(str, paths), "--format", "json",
         "--no-models", "--fail-on", "never"],
        cwd=ROOT, capture_output=True, text=True, encoding="utf-8", timeout=600)
    assert result.returncode == 0, result.stderr[-2000:]
    data = json.loads(result.stdout)
    data.pop("version")
    for file in data["files"]:
        file["path"] = Path(file["path"]).name if file["path"].startswith("/") else file["path"]
        if file["source_path"] and file["source_path"].startswith("/"):
            file["source_path"] = Path(file["source_path"]).name
    return data


def _rendered(tmp_path: Path) -> str:
    outputs = {
        "seed": _check([SEED.relative_to(ROOT)]),
        "bilingual": _check([BILINGUAL.relative_to(ROOT)]),
    }
    if (WMT / "wmt_news_fr_en.jsonl").is_file():
        outputs["wmt"] = _check(_wmt_sample(tmp_path))
    return json.dumps(outputs, ensure_ascii=False, indent=1, sort_keys=True) + "\n"


@pytest.mark.slow
def test_json_output_unchanged(tmp_path, update_golden):
    rendered = _rendered(tmp_path)
    if update_golden or not GOLDEN.exists():
        GOLDEN.parent.mkdir(exist_ok=True)
        GOLDEN.write_text(rendered, encoding="utf-8")
        if not update_golden:
            pytest.fail(f"{GOLDEN.name} was missing and has been written; review and commit it")
    golden = GOLDEN.read_text(encoding="utf-8")
    if "wmt" not in json.loads(rendered):
        pytest.skip(f"WMT14 data not found under {WMT} (set CHECKER_DATA)")
    if rendered != golden:
        diff = "".join(list(difflib.unified_diff(golden.splitlines(True), rendered.splitlines(True),
                                                 "golden", "now", n=2))[:80])
        pytest.fail(f"output differs from {GOLDEN.name} (run with --update-golden if intended):\n{diff}")
