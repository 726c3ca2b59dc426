"""The Ray Data engine of batch mode: read tasks → a pool of checker actors (each built once) → results."""
from __future__ import annotations

import logging
import os
import pickle
import warnings
from typing import Iterable, Iterator

from .batch_check import Fields, RecordChecker, units
from .batch_read import Item, Source, csv_items, json_items, json_line_chunks, parquet_items
from .config import Config
from .errors import InputError

DEFAULT_BATCH_SIZE = 32
READ_CPUS = 0.25  # kept free for read tasks, so a pool as large as the machine cannot starve them


def run_ray(source: Source, items: Iterable[Item], config: Config, fields: Fields, done: int = 0,
            address: str | None = None, num_actors: int | None = None, batch_size: int | None = None,
            cache_dir: str | None = None) -> Iterator[list[tuple[int, dict]]]:
    """Results unit by unit (in any order: the caller restores input order by position)."""
    try:
        import ray
        import ray.data
    except ImportError:
        raise InputError("--engine ray needs Ray Data: pip install 'checker[ray]'") from None
    _quiet(ray)
    owned = not ray.is_initialized()  # a caller that started Ray itself keeps it
    if owned:
        _start(ray, address)
    try:
        cpus = float(ray.cluster_resources().get("CPU", 1.0))
        actors = num_actors or max(1, int(cpus))
        per_actor = round(min(1.0, max(cpus - READ_CPUS, 0.1) / actors), 3)
        size = batch_size or DEFAULT_BATCH_SIZE
        plan = _read_plan(source, fields, done, size)
        if plan is None:  # the driver reads: grouped documents, Hub datasets, JSON arrays
            rows = [{"unit": pickle.dumps(unit)} for unit in units(items, fields)
                    if any(item.pos >= done for item in unit)]
            dataset = ray.data.from_items(rows, override_num_blocks=_blocks(len(rows), size)) if rows else None
        else:
            dataset = ray.data.from_items(plan, override_num_blocks=len(plan) or 1).flat_map(
                _read_task, fn_kwargs={"done": done}, num_cpus=READ_CPUS) if plan else None
        if dataset is None:
            return
        with warnings.catch_warnings():  # max_restarts is passed on as a deprecated ray_remote_args
            warnings.simplefilter("ignore")
            checked = dataset.map_batches(
                _CheckActor, fn_constructor_args=(config, fields, done), batch_size=size,
                compute=ray.data.ActorPoolStrategy(size=actors), num_cpus=per_actor, batch_format="numpy",
                max_restarts=0,  # a failing checker is a bug to report, not to retry
            )
        for row in checked.iter_rows():
            yield pickle.loads(row["results"])
    finally:
        if owned:
            ray.shutdown()


def _start(ray, address: str | None) -> None:
    """Join the cluster at `address`, or start a local Ray on this machine's CPUs."""
    if address is None:
        ray.init(address="local", num_cpus=os.cpu_count() or 1, include_dashboard=False, log_to_driver=False,
                 logging_level=logging.ERROR)
        return
    try:
        ray.init(address=address, log_to_driver=False, logging_level=logging.ERROR)
    except Exception as exc:  # ConnectionError, RuntimeError…: the user needs one line
        raise InputError(f"--address {address}: cannot join the Ray cluster ({_first_line(exc)})") from None


def _quiet(ray) -> None:
    """Our progress line and summary replace Ray Data's progress bars and execution logs."""
    context = ray.data.DataContext.get_current()
    context.enable_progress_bars = False
    context.enable_operator_progress_bars = False
    context.enable_auto_log_stats = False
    context.print_on_execution_start = False
    for name in ("ray", "ray.data"):
        logging.getLogger(name).setLevel(logging.ERROR)
    warnings.filterwarnings("ignore", module=r"ray\.")


def _blocks(rows: int, size: int) -> int:
    return max(1, -(-rows // size))


def _first_line(exc: Exception) -> str:
    text = str(exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__


def _read_plan(source: Source, fields: Fields, done: int, chunk: int = 256) -> list[dict] | None:
    """Read tasks (file byte ranges or whole files) with their first record's position, or None
    when the records must be read on the driver."""
    if fields.group_by or source.fmt not in ("json", "csv", "parquet"):
        return None
    plan, pos = [], 0
    for path in source.files:
        if source.fmt == "json":
            with open(path, "rb") as handle:
                if handle.read(4096).lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"["):
                    return None
            tasks = [dict(task, kind="json") for task in json_line_chunks(path, pos, chunk)]
            count = sum(task["count"] for task in tasks)
        else:
            count = _count(source.fmt, path)
            tasks = [{"kind": source.fmt, "path": path, "first_pos": pos, "count": count}]
        plan.extend(task for task in tasks if task["first_pos"] + task["count"] > done)
        pos += count
    return plan


def _count(fmt: str, path: str) -> int:
    if fmt == "parquet":
        try:
            import pyarrow.parquet as pq
            return pq.ParquetFile(path).metadata.num_rows
        except Exception:
            pass
    reader = csv_items if fmt == "csv" else parquet_items
    return sum(1 for _ in reader(path, 0))


def _read_task(task: dict, done: int) -> list[dict]:
    """One read task's records, each a unit row (a record whose position is already done is left out)."""
    if task["kind"] == "json":
        found = json_items(task["path"], task["first_pos"], task["start"], task["end"], task["first_line"])
    elif task["kind"] == "csv":
        found = csv_items(task["path"], task["first_pos"])
    else:
        found = parquet_items(task["path"], task["first_pos"])
    return [{"unit": pickle.dumps([item])} for item in found if item.pos >= done]


class _CheckActor:
    """One actor of the pool: builds the checker (configuration, rules, models) once."""

    def __init__(self, config: Config, fields: Fields, done: int):
        self.checker = RecordChecker(config, fields)
        self.done = done

    def __call__(self, batch: dict) -> dict:
        import numpy as np
        results = [pickle.dumps(self.checker.check_unit(pickle.loads(unit), self.done)) for unit in batch["unit"]]
        return {"results": np.array(results, dtype=object)}


__all__ = ["run_ray"]
