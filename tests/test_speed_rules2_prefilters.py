"""The document-level pre-filters of the furniture, reader-prompt and lowercase-continuation rules (issue 11, round
2) skip work, never findings: each is compared with the block-by-block or line-by-line computation."""
from __future__ import annotations

import random

from checker.config import Config
from checker.api import check_document
from checker.parsers import parse
from checker.rules.boilerplate import reader_prompt, site_furniture
from checker.rules.fragments import lowercase_continuation

PIECES = ("READ ALSO:", "Subscribe to our newsletter", "free", "for free", "5free", "2024newsletter", "here",
          "Download our app", "the minister said", "on Monday", "© AFP", "(c)", "Photo:", "Copyright", "LIVE –",
          "►", "Follow us", "e-mail", "our site", "minute by minute", "\u212aept", "İstanbul", "Σ", "day by day",
          "read", "more", "see", "the", ",", ".", ":", "\n", "\n\n", "  ", "1.", "ii.", "iv .", "introduction")


def _texts(seed: int, n: int = 300) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(PIECES) + rng.choice(("", " ", " ", ", ", "\n")) for _ in range(rng.randint(1, 30)))
            for _ in range(n)]


def test_furniture_anchors_placed_by_block_are_those_each_block_holds():
    for text in _texts(1):
        doc = parse(text.strip() or "x", "text", lang="en")
        document = site_furniture._document_anchors(doc.text)
        placed = site_furniture._anchors_by_block(doc.text, doc.blocks, document[0])
        if placed is None:
            continue
        for block, held in zip(doc.blocks, placed):
            lowered = doc.text[block.start:block.end].lower()
            assert held == {word for word in document[0] if word in lowered}, (text, block)


def test_outlet_spans_cover_every_line_with_outlet_vocabulary():
    for text in _texts(2):
        spans = reader_prompt._outlet_spans(text)
        if spans is None:
            continue
        for start, end in reader_prompt._lines(text, 0, len(text)):
            line = text[start:end]
            if line.strip() and reader_prompt.features(line).vocabulary:
                assert spans.overlap(start, end), (text, line)


def test_reader_prompt_findings_with_and_without_the_outlet_filter(monkeypatch):
    config = Config(models=False)
    rules = (reader_prompt.RULE,)
    docs = [parse(text.strip() or "x", "text", lang="en") for text in _texts(3, 150)]
    fast = [[f.to_json() for f in check_document(doc, config, rules=rules).findings] for doc in docs]
    monkeypatch.setattr(reader_prompt, "_outlet_spans", lambda text: None)
    monkeypatch.setattr(site_furniture, "_FOUND", [(None, ())])
    slow = [[f.to_json() for f in check_document(doc, config, rules=rules).findings] for doc in docs]
    assert fast == slow
    assert any(fast), "the texts hold some reader prompts"


def _label_by_line(text: str, dot: int) -> bool:
    start = text.rfind("\n", 0, dot) + 1
    label = text[start:dot].strip()
    return bool(label) and len(label) <= 4 and (label.isdigit() or label.lower() in ("i", "ii", "iii", "iv", "v"))


def test_list_label_reads_back_as_the_whole_line_would():
    rng = random.Random(4)
    chars = "12345ivxIVX a.\n\t\u00a0\r"
    for _ in range(20000):
        text = "".join(rng.choice(chars) for _ in range(rng.randint(1, 12)))
        for dot in range(len(text) + 1):
            assert lowercase_continuation._list_label(text, dot) == _label_by_line(text, dot), (text, dot)
