"""Shared benchmark helpers: locating the evaluation data and building articles from WMT segments."""
from __future__ import annotations

import json
import os
from collections import OrderedDict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(os.environ.get("CHECKER_DATA", ROOT.parent / "shared" / "data"))


def read_jsonl(name: str) -> list[dict]:
    path = DATA / name
    if not path.is_file():
        raise SystemExit(f"benchmark data not found: {path} (set CHECKER_DATA)")
    with open(path, encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def wmt_articles(origlang: str = "fr") -> tuple[list[dict], dict[str, dict[str, str]]]:
    """WMT14 documents of the given original language: reference articles and each system's article.

    An article is the document's segments in order, one paragraph each (the first is the headline).
    """
    segments = [r for r in read_jsonl("wmt_news_fr_en.jsonl") if r["origlang"] == origlang]
    docs: "OrderedDict[str, list[dict]]" = OrderedDict()
    for seg in segments:
        docs.setdefault(seg["doc_id"], []).append(seg)
    references = [{"doc_id": d, "en": "\n\n".join(s["en"].strip() for s in segs),
                   "fr": "\n\n".join(s["fr"].strip() for s in segs)} for d, segs in docs.items()]
    by_system: dict[str, dict[str, dict[int, str]]] = {}
    for row in read_jsonl("wmt_news_fr_en_mt.jsonl"):
        if row["doc_id"] in docs:
            by_system.setdefault(row["system"], {}).setdefault(row["doc_id"], {})[row["seg_id"]] = row["en_mt"]
    systems = {
        system: {d: "\n\n".join(segs[i].strip() for i in sorted(segs)) for d, segs in per_doc.items()}
        for system, per_doc in sorted(by_system.items())
    }
    return references, systems


def words(text: str) -> int:
    return len(text.split())
