"""Batch mode: check every record of a JSONL/CSV/Parquet dataset (loaded with `datasets`)."""
from __future__ import annotations

import json
import os
import shutil
import sys
import tempfile
from pathlib import Path

from .config import Config
from .inputs import InputError

EXTENSIONS = {".jsonl": "json", ".json": "json", ".csv": "csv", ".parquet": "parquet"}


def _data_files(data: str, data_format: str) -> tuple[str, list[str]] | None:
    """The `datasets` builder and files for a local path, or None for a Hub dataset name."""
    path = Path(data)
    if path.is_dir():
        files = sorted(str(p) for p in path.rglob("*") if p.suffix.lower() in EXTENSIONS and p.is_file())
        if not files:
            raise InputError(f"{data}: no .jsonl, .json, .csv or .parquet files in this folder")
    elif path.is_file():
        files = [str(path)]
    elif data_format == "auto" and ("/" not in data or data.count("/") == 1) and not path.suffix:
        return None
    else:
        raise InputError(f"{data}: no such file or directory")
    builders = {EXTENSIONS.get(Path(f).suffix.lower()) for f in files}
    if data_format != "auto":
        return data_format, files
    if None in builders:
        raise InputError(f"{files[0]}: unknown data format (use .jsonl, .csv or .parquet, or --format)")
    if len(builders) > 1:
        raise InputError(f"{data}: mixes data formats ({', '.join(sorted(builders))})")
    return builders.pop(), files


def load_records(data: str, data_format: str = "auto", cache_dir: str | None = None):
    """A `datasets.Dataset` with the records of `data`, in input order."""
    import datasets

    if not sys.stderr.isatty():
        datasets.disable_progress_bars()
    located = _data_files(data, data_format)
    try:
        if located is None:
            return datasets.load_dataset(data, split="train", cache_dir=cache_dir)
        builder, files = located
        return datasets.load_dataset(builder, data_files=files, split="train", cache_dir=cache_dir)
    except InputError:
        raise
    except Exception as exc:  # datasets raises many kinds; the user needs one line
        message = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        raise InputError(f"{data}: cannot load data ({message})") from None


def check_record(record: dict, index: int, config: Config, target_field: str, source_field: str | None,
                 quotes_field: str | None, id_field: str | None) -> dict:
    """One output line for one record: its findings, or the reason it could not be checked."""
    from .api import check_text
    from .context import SourceQuote

    record_id = record.get(id_field) if id_field else index
    if id_field and id_field not in record:
        return {"id": index, "error": f"record {index} has no field {id_field!r}"}

    def bad(message: str) -> dict:
        return {"id": record_id, "error": message}

    target = record.get(target_field)
    if target_field not in record:
        return bad(f"no field {target_field!r}")
    if not isinstance(target, str) or not target.strip():
        return bad(f"field {target_field!r} is empty" if isinstance(target, str) or target is None
                   else f"field {target_field!r} is not text")
    source = None
    if source_field:
        source = record.get(source_field)
        if not isinstance(source, str) or not source.strip():
            return bad(f"field {source_field!r} is missing or empty")
    quotes: tuple = ()
    if quotes_field and record.get(quotes_field):
        items = record[quotes_field]
        if isinstance(items, str):
            try:
                items = json.loads(items)
            except ValueError:
                return bad(f"field {quotes_field!r} is not a JSON list of quotes")
        try:
            quotes = tuple(SourceQuote(str(q["speaker"]), str(q["text"]), q.get("lang"), q.get("source"))
                           for q in items)
        except (TypeError, KeyError):
            return bad(f"field {quotes_field!r} must be a list of {{speaker, text}}")
    report = check_text(target, config, source=source, source_quotes=quotes)
    return {"id": record_id, "findings": [f.to_json() for f in report.findings]}


def _check_row(record: dict, index: int, **options) -> dict:
    return {"result": json.dumps(check_record(record, index, **options), ensure_ascii=False)}


def run_batch(data: str, config: Config, target_field: str, source_field: str | None = None,
              quotes_field: str | None = None, id_field: str | None = None, output: str | None = None,
              num_proc: int = 1, data_format: str = "auto") -> int:
    """Check all records and write one JSON line per record, in input order; returns the count."""
    from .api import selected_rules
    selected_rules(config)  # an unknown code fails before any work
    cache_dir = tempfile.mkdtemp(prefix="checker-batch-")
    try:
        records = load_records(data, data_format, cache_dir)
        if target_field not in records.column_names:
            raise InputError(f"{data}: no field {target_field!r} (fields: {', '.join(records.column_names)})")
        options = dict(config=config, target_field=target_field, source_field=source_field,
                       quotes_field=quotes_field, id_field=id_field)
        results = records.map(
            _check_row, with_indices=True, fn_kwargs=options, remove_columns=records.column_names,
            num_proc=num_proc if num_proc > 1 and len(records) > 1 else None,
            desc="checking", keep_in_memory=True,
        )
        lines = results["result"]
        text = "".join(line + "\n" for line in lines)
        if output:
            tmp = f"{output}.tmp"
            with open(tmp, "w", encoding="utf-8") as handle:
                handle.write(text)
            os.replace(tmp, output)
        else:
            sys.stdout.write(text)
        return len(lines)
    finally:
        shutil.rmtree(cache_dir, ignore_errors=True)
