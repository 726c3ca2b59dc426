"""Batch work units (a record, or one --group-by document) and the checker each worker builds once."""
from __future__ import annotations

import bisect
import json
from dataclasses import dataclass
from typing import Iterable, Iterator

from .batch_read import Item
from .config import Config

SEPARATOR = "\n\n"  # records of one document are joined as paragraphs


@dataclass(frozen=True, slots=True)
class Fields:
    """Which record fields hold what."""

    target: str
    source: str | None = None
    quotes: str | None = None
    id: str | None = None
    group_by: str | None = None
    order_by: str | None = None


def record_id(item: Item, fields: Fields):
    """The id written on an item's output line: its id field, else its position."""
    if fields.id and item.record is not None and fields.id in item.record:
        return item.record[fields.id]
    return item.pos


_ENCODER = json.JSONEncoder(ensure_ascii=False, default=str)  # json.dumps with these options builds one a call


def dumps(result: dict) -> str:
    return _ENCODER.encode(result)


def units(items: Iterable[Item], fields: Fields) -> Iterator[list[Item]]:
    """Work units in order of their first record: one record each, or one document per --group-by value.

    Grouping holds the records in memory until the input ends (a document's records may be anywhere).
    """
    if not fields.group_by:
        for item in items:
            yield [item]
        return
    groups: dict[str, list[Item]] = {}
    order: list[list[Item]] = []
    for item in items:
        if item.record is None or fields.group_by not in item.record:
            order.append([item])
            continue
        key = _group_key(item.record[fields.group_by])
        if key not in groups:
            groups[key] = []
            order.append(groups[key])
        groups[key].append(item)
    yield from order


def _group_key(value):
    """Values group together when their JSON is the same: text and integers as they are (the common ids)."""
    if type(value) is str or type(value) is int:
        return type(value), value
    return json.dumps(value, sort_keys=True, default=str)


def _order_key(fields: Fields):
    def key(item: Item):
        value = item.record.get(fields.order_by) if item.record else None
        return (value is None, value if isinstance(value, (int, float)) else 0,
                "" if isinstance(value, (int, float)) or value is None else str(value))
    return key


class RecordChecker:
    """The configured checker of one worker: rules, models and options built once, used for every unit."""

    def __init__(self, config: Config, fields: Fields):
        from .api import model_set, selected_rules
        from .rules import deferred_rules
        self.config = config
        self.fields = fields
        self.rules = selected_rules(config)
        self.models = model_set(config) if config.models else None  # None: the layer off, not imported
        self.all_codes = frozenset(r.code for r in deferred_rules())

    def check_unit(self, unit: list[Item], skip_below: int = 0) -> list[tuple[int, dict]]:
        """(position, output object) for each record of the unit at or after `skip_below`."""
        if all(item.pos < skip_below for item in unit):
            return []
        results: dict[int, dict] = {}
        ready: list[tuple[Item, str, str | None, tuple]] = []
        for item in unit:
            prepared = self._prepare(item)
            if isinstance(prepared, dict):
                results[item.pos] = prepared
            else:
                ready.append((item, *prepared))
        if len(ready) == 1 and not self.fields.group_by:
            item, target, source, quotes = ready[0]
            results[item.pos] = {"id": record_id(item, self.fields),
                                 "findings": [f.to_json() for f in self._check(target, source, quotes)]}
        elif ready:
            results.update(self._check_document(ready))
        return [(pos, results[pos]) for pos in sorted(results) if pos >= skip_below]

    def _prepare(self, item: Item):
        """(target, source, quotes) for a checkable record, else its error output."""
        fields = self.fields
        rid = record_id(item, fields)
        if item.error is not None:
            return {"id": rid, "error": item.error}
        record = item.record

        def bad(message: str) -> dict:
            return {"id": rid, "error": f"{item.where}: {message}"}

        if fields.id and fields.id not in record:
            return bad(f"no field {fields.id!r}")
        if fields.target not in record:
            return bad(f"no field {fields.target!r}")
        target = record[fields.target]
        if not isinstance(target, str) or not target.strip():
            return bad(f"field {fields.target!r} is empty" if isinstance(target, str) or target is None
                       else f"field {fields.target!r} is not text")
        source = None
        if fields.source:
            source = record.get(fields.source)
            if not isinstance(source, str) or not source.strip():
                return bad(f"field {fields.source!r} is missing or empty")
        quotes = _quotes(record.get(fields.quotes)) if fields.quotes else ()
        if isinstance(quotes, str):
            return bad(f"field {fields.quotes!r} {quotes}")
        return target, source, quotes

    def _check(self, target: str, source: str | None, quotes: tuple):
        from .context import Context
        from .parsers import parse
        from .runner import check_context
        doc = parse(target, "text", lang=self.config.target_lang)
        src = None if source is None else parse(source, "text", lang=self.config.source_lang)
        ctx = Context(doc, src, quotes, {"quality_threshold": self.config.quality_threshold}, models=self.models)
        return check_context(ctx, self.rules, self.config.severity, self.all_codes).findings

    def _check_document(self, ready: list) -> dict[int, dict]:
        """Check records as one document and give each finding to the record holding its start."""
        if self.fields.order_by:
            ready = sorted(ready, key=lambda r: _order_key(self.fields)(r[0]))
        targets = [r[1] for r in ready]
        sources = [r[2] for r in ready] if self.fields.source else None
        quotes = tuple(q for r in ready for q in r[3])
        findings = self._check(SEPARATOR.join(targets), SEPARATOR.join(sources) if sources else None, quotes)
        t_starts, s_starts = _starts(targets), _starts(sources) if sources else None
        per_record: dict[int, list] = {item.pos: [] for item, *_ in ready}
        for finding in findings:
            i = _holder(t_starts, finding.start)
            text = targets[i]
            start = min(finding.start - t_starts[i], len(text))
            end = min(max(finding.end - t_starts[i], start), len(text))
            out = finding.to_json()
            line, column = _line_col(text, start)
            end_line, end_column = _line_col(text, end)
            out.update(start=start, end=end, line=line, column=column, end_line=end_line,
                       end_column=end_column, text=text[start:end])
            span = finding.source_span
            if span is not None and sources:
                j = _holder(s_starts, span.start)
                s_start = min(span.start - s_starts[j], len(sources[j]))
                s_end = min(max(span.end - s_starts[j], s_start), len(sources[j]))
                out["source_span"] = {"start": s_start, "end": s_end, "text": sources[j][s_start:s_end]}
                if j != i:
                    out["source_span"]["record"] = record_id(ready[j][0], self.fields)
            per_record[ready[i][0].pos].append(out)
        return {item.pos: {"id": record_id(item, self.fields), "findings": per_record[item.pos]}
                for item, *_ in ready}


def _quotes(items) -> tuple | str:
    """Source quotes from a record field (a list, or a JSON string of one); a string says what is wrong."""
    from .source_quotes import SourceQuote
    if not items:
        return ()
    if isinstance(items, str):
        try:
            items = json.loads(items)
        except ValueError:
            return "is not a JSON list of quotes"
    try:
        return tuple(SourceQuote(str(q["speaker"]), str(q["text"]), q.get("lang"), q.get("source"))
                     for q in items)
    except (TypeError, KeyError, AttributeError):
        return "must be a list of {speaker, text}"


def _starts(texts: list[str]) -> list[int]:
    starts, offset = [], 0
    for text in texts:
        starts.append(offset)
        offset += len(text) + len(SEPARATOR)
    return starts


def _holder(starts: list[int], offset: int) -> int:
    """The record whose text holds `offset` (an offset in a separator belongs to the record before it)."""
    return max(0, bisect.bisect_right(starts, offset) - 1)


def _line_col(text: str, pos: int) -> tuple[int, int]:
    line = text.count("\n", 0, pos) + 1
    return line, pos - (text.rfind("\n", 0, pos) + 1) + 1
