"""`checker quotes`: a table (or JSON) of the quotes in files, with speakers and offsets."""
from __future__ import annotations

import json

from . import __version__
from .inputs import guess_language, load_document


def _quote_rows(path: str, lang: str | None, encoding: str | None):
    from .lang.quotes import extract_quotes
    doc = load_document(path, lang or "en", encoding)
    if lang is None:
        doc.lang = guess_language(path, doc.text)
    for quote in extract_quotes(doc.text, doc.blocks, doc.lang):
        start, end = doc.raw_span(quote.start, quote.end)
        data = quote.to_json()
        data.update(start=start, end=end, text=doc.raw[start:end])
        line, column = doc.line_col(start)
        yield data, line, column


def render_quotes(paths: list[str], fmt: str, lang: str | None, encoding: str | None) -> str:
    """Quotes of each file; with no `lang`, each file's language is guessed (Hugo suffix, then langdetect)."""
    files = [(path, list(_quote_rows(path, lang, encoding))) for path in paths]
    if fmt == "json":
        return json.dumps({"version": __version__, "files": [
            {"path": path, "quotes": [data for data, _, _ in rows]} for path, rows in files
        ]}, ensure_ascii=False, indent=2) + "\n"
    out = []
    for path, rows in files:
        out.append(f"{path}: {len(rows)} quote{'s' if len(rows) != 1 else ''}")
        for data, line, column in rows:
            text = data["text"].replace("\n", " ")
            if len(text) > 70:
                text = text[:67] + "…"
            speaker = data["speaker"] or "-"
            resolved = data["resolved_speaker"] or "?"
            who = speaker if speaker == resolved else f"{speaker} → {resolved}"
            out.append(f"  {f'{line}:{column}':<8} {data['kind']:<8} {who}  [{data['cue'] or '-'}, "
                       f"{data['confidence']:.2f}]  “{text}”")
        out.append("")
    return "\n".join(out)
