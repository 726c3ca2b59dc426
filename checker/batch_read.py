"""Batch input record by record: JSONL, CSV line by line (a bad line is an error record); Parquet, Hub: `datasets`."""
from __future__ import annotations

import csv
import io
import json
import sys
from dataclasses import dataclass
from itertools import islice
from pathlib import Path
from typing import Iterator

from .errors import InputError

EXTENSIONS = {".jsonl": "json", ".json": "json", ".csv": "csv", ".parquet": "parquet"}


@dataclass(frozen=True, slots=True)
class Item:
    """One input record (or the reason it could not be read) and where it is."""

    pos: int  # position among all records, from 0: the default id and the output order
    where: str  # "data.jsonl: line 3", "data.csv: row 2 (line 3)", "data.parquet: row 5"
    record: dict | None
    error: str | None = None

    def to_json(self) -> dict:
        return {"pos": self.pos, "where": self.where, "record": self.record, "error": self.error}

    def __reduce__(self):  # sent to workers: a plain tuple pickles several times faster than the slots' state
        return Item, (self.pos, self.where, self.record, self.error)

    @staticmethod
    def from_json(data: dict) -> "Item":
        return Item(data["pos"], data["where"], data["record"], data["error"])


@dataclass(frozen=True, slots=True)
class Source:
    """What DATA names: a format and its files, or a Hub dataset name (files empty)."""

    fmt: str  # json, csv, parquet, hub
    files: tuple[str, ...]
    name: str


def locate(data: str, data_format: str = "auto") -> Source:
    """The format and files of DATA (a file, a folder of them, or a Hub dataset name)."""
    path = Path(data)
    if path.is_dir():
        files = sorted(str(p) for p in path.rglob("*") if p.suffix.lower() in EXTENSIONS and p.is_file())
        if not files:
            raise InputError(f"{data}: no .jsonl, .json, .csv or .parquet files in this folder")
    elif path.is_file():
        files = [str(path)]
    elif data_format == "auto" and ("/" not in data or data.count("/") == 1) and not path.suffix:
        return Source("hub", (), data)
    else:
        raise InputError(f"{data}: no such file or directory")
    if data_format != "auto":
        return Source(data_format, tuple(files), data)
    formats = {EXTENSIONS.get(Path(f).suffix.lower()) for f in files}
    if None in formats:
        raise InputError(f"{files[0]}: unknown data format (use .jsonl, .csv or .parquet, or --format)")
    if len(formats) > 1:
        raise InputError(f"{data}: mixes data formats ({', '.join(sorted(formats))})")
    return Source(formats.pop(), tuple(files), data)


def iter_items(source: Source, cache_dir: str | None = None) -> Iterator[Item]:
    """Every record of the source in input order; a record that cannot be read is an Item with an error."""
    if source.fmt == "hub":
        yield from _datasets_items(source.name, None, 0, cache_dir)
        return
    pos = 0
    for path in source.files:
        reader = {"json": json_items, "csv": csv_items, "parquet": parquet_items}[source.fmt]
        for item in reader(path, pos, cache_dir=cache_dir):
            yield item
            pos = item.pos + 1


def parse_json_line(raw: bytes, where: str) -> tuple[dict | None, str | None]:
    """A record from one JSON line, or why it is not one."""
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        return None, f"{where}: not valid UTF-8 (byte {exc.start + 1})"
    try:
        value = json.loads(text)
    except json.JSONDecodeError as exc:
        return None, f"{where}: not valid JSON ({exc.msg} at column {exc.colno})"
    if not isinstance(value, dict):
        return None, f"{where}: not a JSON object"
    return value, None


def json_items(path: str, first_pos: int = 0, start: int = 0, end: int | None = None,
               first_line: int = 1, cache_dir: str | None = None) -> Iterator[Item]:
    """Records of a JSON Lines file (or of bytes start:end of it); a .json file holding one array also works."""
    with open(path, "rb") as handle:
        if start == 0 and end is None and _starts_with_array(handle):
            yield from _json_array_items(path, handle, first_pos)
            return
        handle.seek(start)
        pos, line_no = first_pos, first_line - 1
        while end is None or handle.tell() < end:
            raw = handle.readline()
            if not raw:
                break
            line_no += 1
            if not raw.strip():
                continue
            where = f"{path}: line {line_no}"
            record, error = parse_json_line(raw, where)
            yield Item(pos, where, record, error)
            pos += 1


def _starts_with_array(handle) -> bool:
    head = handle.read(4096).lstrip(b"\xef\xbb\xbf \t\r\n")
    handle.seek(0)
    return head.startswith(b"[")


def _json_array_items(path: str, handle, first_pos: int) -> Iterator[Item]:
    try:
        values = json.load(io.TextIOWrapper(handle, encoding="utf-8-sig"))
    except (ValueError, UnicodeDecodeError) as exc:
        raise InputError(f"{path}: not a valid JSON array ({exc})") from None
    for i, value in enumerate(values):
        where = f"{path}: item {i + 1}"
        if isinstance(value, dict):
            yield Item(first_pos + i, where, value)
        else:
            yield Item(first_pos + i, where, None, f"{where}: not a JSON object")


def json_line_chunks(path: str, first_pos: int, size: int) -> Iterator[dict]:
    """Byte ranges of a JSON Lines file holding `size` records each, for readers elsewhere (Ray tasks)."""
    with open(path, "rb") as handle:
        start, line_no, count, pos = 0, 0, 0, first_pos
        chunk = {"path": path, "start": 0, "first_line": 1, "first_pos": first_pos}
        for raw in handle:
            line_no += 1
            start += len(raw)
            if raw.strip():
                count += 1
                pos += 1
            if count == size:
                yield {**chunk, "end": start, "count": count}
                chunk = {"path": path, "start": start, "first_line": line_no + 1, "first_pos": pos}
                count = 0
        if count:
            yield {**chunk, "end": start, "count": count}


def csv_items(path: str, first_pos: int = 0, cache_dir: str | None = None) -> Iterator[Item]:
    """Records of a CSV file with a header row; a row with the wrong number of fields is an error record."""
    try:
        handle = open(path, encoding="utf-8-sig", newline="")
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror or exc})") from None
    with handle:
        reader = csv.reader(handle)
        try:
            header = next(reader)
        except StopIteration:
            return
        except (csv.Error, UnicodeDecodeError) as exc:
            raise InputError(f"{path}: cannot read the header row ({exc})") from None
        pos, row_no = first_pos, 0
        while True:
            row_no += 1
            where = f"{path}: row {row_no}"
            try:
                row = next(reader)
            except StopIteration:
                return
            except UnicodeDecodeError as exc:
                yield Item(pos, where, None, f"{where}: not valid UTF-8 ({exc.reason})")
                return  # the decoder cannot resynchronise
            except csv.Error as exc:
                yield Item(pos, where, None, f"{where} (line {reader.line_num}): not valid CSV ({exc})")
                pos += 1
                continue
            if not row:
                row_no -= 1
                continue
            if len(row) != len(header):
                error = (f"{where} (line {reader.line_num}): {len(row)} fields where the header "
                         f"has {len(header)}")
                yield Item(pos, where, None, error)
            else:
                yield Item(pos, where, dict(zip(header, row)))
            pos += 1


def parquet_items(path: str, first_pos: int = 0, cache_dir: str | None = None) -> Iterator[Item]:
    """Records of a Parquet file, read with `datasets`; a read failure names the file and row."""
    yield from _datasets_items(path, "parquet", first_pos, cache_dir)


def _datasets_items(name: str, builder: str | None, first_pos: int, cache_dir: str | None) -> Iterator[Item]:
    import datasets

    if not sys.stderr.isatty():
        datasets.disable_progress_bars()
    label = name if builder else f"{name} (Hub)"
    try:
        if builder:
            stream = datasets.load_dataset(builder, data_files=[name], split="train", streaming=True,
                                           cache_dir=cache_dir)
        else:
            stream = datasets.load_dataset(name, split="train", streaming=True, cache_dir=cache_dir)
        rows = iter(stream)
    except Exception as exc:  # datasets raises many kinds; the user needs one line
        raise InputError(f"{label}: cannot load data ({_first_line(exc)})") from None
    row_no = 0
    while True:
        try:
            record = next(rows)
        except StopIteration:
            return
        except Exception as exc:  # a damaged file: say where, and go on with the next file
            where = f"{label}: row {row_no + 1}"
            yield Item(first_pos + row_no, where, None, f"{where}: cannot read ({_first_line(exc)})")
            return
        row_no += 1
        yield Item(first_pos + row_no - 1, f"{label}: row {row_no}", record)


def _first_line(exc: Exception) -> str:
    text = str(exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__


def count_records(source: Source) -> int | None:
    """The number of records, counted cheaply for the progress display (None when unknown)."""
    if source.fmt == "json":
        total = 0
        for path in source.files:
            with open(path, "rb") as handle:
                if _starts_with_array(handle):
                    return None
                total += sum(1 for raw in handle if raw.strip())
        return total
    if source.fmt == "csv":
        total = 0
        for path in source.files:
            with open(path, "rb") as handle:
                total += max(0, sum(1 for raw in handle if raw.strip()) - 1)
        return total  # an estimate when fields hold line breaks
    if source.fmt == "parquet":
        try:
            import pyarrow.parquet as pq
            return sum(pq.ParquetFile(path).metadata.num_rows for path in source.files)
        except Exception:
            return None
    return None


def peek_fields(items: Iterator[Item], limit: int = 100) -> tuple[list[Item], set[str]]:
    """The first records (to be put back in front) and the fields they use."""
    head = list(islice(items, limit))
    fields: set[str] = set()
    for item in head:
        if item.record is not None:
            fields.update(item.record)
    return head, fields
