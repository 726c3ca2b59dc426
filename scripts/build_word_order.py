"""Train the English word-order model (checker/data/word_order_en.json) on English-original WMT14 news.

Only documents whose original language is English are read: the false-alarm benchmarks check the
references of the French-original documents, which the model must not have seen.
Run: .venv/bin/python scripts/build_word_order.py [path/to/wmt_news_fr_en.jsonl]
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from checker.lang.sentences import split_sentences  # noqa: E402
from checker.lang.word_order import train  # noqa: E402

DATA = ROOT.parent / "shared" / "data" / "wmt_news_fr_en.jsonl"
OUT = ROOT / "checker" / "data" / "word_order_en.json"


def main() -> int:
    path = Path(sys.argv[1]) if len(sys.argv) > 1 else DATA
    sentences = []
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            row = json.loads(line)
            if row["origlang"] == "en":
                text = row["en"]
                sentences.extend(text[s:e] for s, e in split_sentences(text))
    model = train(sentences)
    model["trained_on"] = f"{len(sentences)} sentences of English-original WMT14 newstest (fr-en)"
    OUT.write_text(json.dumps(model, sort_keys=True, ensure_ascii=False), encoding="utf-8")
    print(f"{len(sentences)} sentences, {model['vocabulary']} classes -> {OUT} ({OUT.stat().st_size} bytes)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
