"""JSON reporter: the contract's object, with each file's quotes and quality estimate when they were computed."""
from __future__ import annotations

import json

from .. import __version__
from ..quotes_report import raw_evidence
from ..runner import Report


def report_dict(report: Report) -> dict:
    files = []
    for file in report.files:
        entry = {
            "path": file.path,
            "source_path": file.source_path,
            "findings": [f.to_json() for f in file.findings],
        }
        if file.quotes is not None:
            entry["quotes"] = [_quote_json(file, q) for q in file.quotes]
        if file.metadata.get("models"):  # the models that took part, with their revisions
            entry["models"] = file.metadata["models"]
        if file.metadata.get("quality") is not None:  # with a source and an encoder only
            entry["quality"] = file.metadata["quality"]
        files.append(entry)
    return {
        "version": __version__,
        "files": files,
        "summary": {
            "files": len(report.files),
            "findings": len(report.findings),
            "by_category": report.by_category(),
        },
    }


def _quote_json(file, quote) -> dict:
    """A quote with offsets into the raw file, like findings."""
    data = quote.to_json()
    start, end = file.doc.raw_span(quote.start, quote.end)
    data["start"], data["end"] = start, end
    data["text"] = file.doc.raw[start:end]
    raw_evidence(file.doc, data.get("evidence"))
    return data


def render(report: Report, **_options) -> str:
    return json.dumps(report_dict(report), ensure_ascii=False, indent=2) + "\n"
