"""JSON reporter: the contract's object, with each file's quotes when they were computed."""
from __future__ import annotations

import json

from .. import __version__
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
    return data


def render(report: Report, **_options) -> str:
    return json.dumps(report_dict(report), ensure_ascii=False, indent=2) + "\n"
