"""`checker align`: the sentence alignment of a translation with its source, as text side by side or JSON."""
from __future__ import annotations

import json
import textwrap

from .sentences import CORRESPONDS, SentencePair, coverage

COLUMN = 48


def _raw(doc, span: tuple[int, int]) -> dict:
    start, end = doc.raw_span(*span)
    return {"start": start, "end": end, "text": doc.raw[start:end]}


def alignment_json(source, target, pairs: list[SentencePair], source_sentences, target_sentences) -> dict:
    """The JSON object of `checker align --format json` (offsets into the raw files)."""
    from .. import __version__
    return {
        "version": __version__,
        "source_path": source.path,
        "path": target.path,
        "coverage": round(coverage(pairs, source_sentences, target_sentences), 4),
        "pairs": [{
            "type": p.kind,
            "score": round(p.score, 4),
            "similarity": None if p.similarity is None else round(p.similarity, 4),
            "source": _raw(source, p.source_span),
            "target": _raw(target, p.target_span),
        } for p in pairs],
    }


def _column(text: str, width: int) -> list[str]:
    return textwrap.wrap(" ".join(text.split()), width) or ["—"]


def render_alignment(source, target, pairs: list[SentencePair], source_sentences, target_sentences,
                     fmt: str = "text", width: int = COLUMN) -> str:
    """The alignment as text (bead type, score, the two sides wrapped side by side) or JSON."""
    if fmt == "json":
        return json.dumps(alignment_json(source, target, pairs, source_sentences, target_sentences),
                          ensure_ascii=False, indent=2) + "\n"
    share = coverage(pairs, source_sentences, target_sentences)
    lines = [f"{source.path} → {target.path}: {len(pairs)} beads, coverage {share:.2f}"]
    if share < CORRESPONDS:
        lines.append(f"warning: coverage below {CORRESPONDS}: the source does not look like the original "
                     f"of this translation")
    for p in pairs:
        similarity = "" if p.similarity is None else f" cos {p.similarity:.2f}"
        lines.append("")
        lines.append(f"{p.kind}  {p.score:.2f}{similarity}")
        left = _column(source.text[slice(*p.source_span)], width)
        right = _column(target.text[slice(*p.target_span)], width)
        for k in range(max(len(left), len(right))):
            a = left[k] if k < len(left) else ""
            b = right[k] if k < len(right) else ""
            lines.append(f"  {a:<{width}} │ {b}".rstrip())
    return "\n".join(lines) + "\n"
