"""`checker quotes`: a table (or JSON) of the quotes in files, with speakers and offsets."""
from __future__ import annotations

import json
import os
from pathlib import Path

from . import __version__
from .inputs import TEXT_SUFFIXES, guess_language, load_document

LEGEND = ("columns: line:column, kind, speaker as written → the person it refers to "
          "(no speaker: nobody is named; ?: not resolved), [reporting verb or -, confidence]; "
          "--format json gives each speaker's evidence")


def expand_paths(paths: list[str]) -> list[str]:
    """Files as given, and the Markdown, text and HTML files under folders, in a stable order."""
    out: list[str] = []
    for given in paths:
        if not Path(given).is_dir():
            out.append(given)
            continue
        for root, dirs, files in os.walk(given):
            dirs[:] = sorted(d for d in dirs if not d.startswith("."))
            out.extend(str(Path(root) / name) for name in sorted(files)
                       if Path(name).suffix.lower() in TEXT_SUFFIXES and not name.startswith("."))
    return out


def _quote_rows(path: str, lang: str | None, encoding: str | None):
    from .lang.quotes import extract_quotes
    doc = load_document(path, lang or "en", encoding)
    if lang is None:
        doc.lang = guess_language(path, doc.text)
    for quote in extract_quotes(doc.text, doc.blocks, doc.lang):
        start, end = doc.raw_span(quote.start, quote.end)
        data = quote.to_json()
        raw = doc.raw[start:end]
        # markup or front matter rewritten by the parser (a YAML title with escapes): show the words as read
        clean = doc.text[quote.start:quote.end]
        data.update(start=start, end=end, text=raw if " ".join(raw.split()) == " ".join(clean.split()) else clean)
        raw_evidence(doc, data.get("evidence"))
        line, column = doc.line_col(start)
        yield data, line, column


def _who(data: dict) -> str:
    speaker, resolved = data["speaker"], data["resolved_speaker"]
    if speaker is None and resolved is None:
        return "(no speaker)"
    if speaker is None:
        return resolved
    if speaker == resolved:
        return speaker
    return f"{speaker} → {resolved or '?'}"


def render_quotes(paths: list[str], fmt: str, lang: str | None, encoding: str | None) -> str:
    """Quotes of each file; with no `lang`, each file's language is guessed (Hugo suffix, then langdetect)."""
    files = [(path, list(_quote_rows(path, lang, encoding))) for path in expand_paths(paths)]
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
            out.append(f"  {f'{line}:{column}':<8} {data['kind']:<8} {_who(data)}  [{data['cue'] or '-'}, "
                       f"{data['confidence']:.2f}]  “{text}”")
        out.append("")
    if any(rows for _, rows in files):
        out.append(LEGEND)
        out.append("")
    return "\n".join(out)


def raw_evidence(doc, evidence: dict | None) -> None:
    """Map a quote's evidence offsets (clean text) into the file, like the quote's own, in place."""
    if evidence is None:
        return
    for key in ("cue_span", "mention_span"):
        if evidence.get(key) is not None:
            evidence[key] = list(doc.raw_span(*evidence[key]))
    if evidence.get("antecedent_start") is not None:
        evidence["antecedent_start"] = doc.raw_span(evidence["antecedent_start"], evidence["antecedent_start"])[0]
