"""Batch mode: check every record of a JSONL, CSV or Parquet dataset, in order, in one or more processes."""
from __future__ import annotations

import shutil
import sys
import tempfile
import time
from itertools import chain, islice
from typing import Iterable, Iterator

from .batch_check import Fields, RecordChecker, dumps, record_id, units
from .batch_output import PART_SIZE, OrderedSink, written_ids
from .batch_progress import Progress, Tally, summary_line
from .batch_read import Item, Source, count_records, iter_items, locate, peek_fields
from .collector import survivors_frozen
from .config import Config
from .errors import InputError

ENGINES = ("datasets", "ray")


def run_batch(data: str, config: Config, target_field: str, source_field: str | None = None,
              quotes_field: str | None = None, id_field: str | None = None, output: str | None = None,
              num_proc: int = 1, data_format: str = "auto", group_by: str | None = None,
              order_by: str | None = None, resume: bool = False, engine: str = "datasets",
              address: str | None = None, num_actors: int | None = None, batch_size: int | None = None,
              stderr=None, part_size: int = PART_SIZE) -> Tally:
    """Check all records and write one JSON line per record, in input order; returns what was found."""
    from .api import selected_rules
    selected_rules(config)  # an unknown code fails before any work
    if order_by and not group_by:
        raise InputError("--order-by needs --group-by")
    if resume and not output:
        raise InputError("--resume needs --output (the results of the interrupted run)")
    if engine not in ENGINES:
        raise InputError(f"--engine must be one of {', '.join(ENGINES)}")
    fields = Fields(target_field, source_field, quotes_field, id_field, group_by, order_by)
    source = locate(data, data_format)
    stderr = stderr or sys.stderr
    cache_dir = tempfile.mkdtemp(prefix="checker-batch-") if source.fmt in ("parquet", "hub") else None
    try:
        items = _checked_fields(iter_items(source, cache_dir), data, fields)
        done = 0
        if resume:
            ids = written_ids(output, part_size)
            done = len(ids)
            items = _resumed(items, ids, fields, output)
        progress = Progress(count_records(source), stderr, start=done)
        tally = Tally()
        sink = OrderedSink(output, done, part_size)
        started = time.monotonic()
        results = iter(())
        try:
            if engine == "ray":
                from .batch_ray import run_ray
                results = run_ray(source, items, config, fields, done, address=address,
                                  num_actors=num_actors, batch_size=batch_size, cache_dir=cache_dir)
            else:
                results = _run_local(items, config, fields, done, num_proc)
            for unit_results in results:
                if any("findings" in result for _, result in unit_results):
                    tally.documents += 1
                for pos, result in unit_results:
                    tally.add(result)
                    sink.put(pos, dumps(result))
                progress.update(done + tally.records)
            sink.finish()
        finally:
            if hasattr(results, "close"):
                results.close()  # stops the workers now, also on failure or Ctrl-C
            sink.close()
            progress.finish()
        tally.seconds = time.monotonic() - started
        stderr.write(summary_line(tally, tally.seconds, done) + "\n")
        return tally
    finally:
        if cache_dir:
            shutil.rmtree(cache_dir, ignore_errors=True)


def _checked_fields(items: Iterator[Item], data: str, fields: Fields) -> Iterator[Item]:
    """The items, after failing early when the first records lack the target field altogether."""
    head, seen = peek_fields(items)
    if any(item.record is not None for item in head):
        for name, option in ((fields.target, "target"), (fields.group_by, "group-by")):
            if name and name not in seen:
                raise InputError(f"{data}: no field {name!r} for --{option}-field (fields: "
                                 f"{', '.join(sorted(seen))})".replace("--group-by-field", "--group-by"))
    return chain(head, items)


def _resumed(items: Iterator[Item], ids: list, fields: Fields, output: str) -> Iterator[Item]:
    """The items, once checked that the output already holds the first ones (same ids, same order).

    The records already done are dropped, unless --group-by needs them for the documents they are in.
    """
    kept, seen = [], 0
    for item in islice(items, len(ids)):
        if record_id(item, fields) != ids[seen]:
            raise InputError(f"{output}: --resume: line {seen + 1} has id {ids[seen]!r} where the input has "
                             f"{record_id(item, fields)!r}; not the output of this input")
        seen += 1
        if fields.group_by:
            kept.append(item)
    if seen < len(ids):
        raise InputError(f"{output}: --resume: holds {len(ids)} lines, more than the input has records")
    return chain(kept, items)


def _run_local(items: Iterable[Item], config: Config, fields: Fields, done: int,
               num_proc: int) -> Iterator[list[tuple[int, dict]]]:
    """Results unit by unit, in one process or in worker processes that each build their checker once.

    With several processes the units come as they are done, not in input order (the sink restores it).
    """
    global _WORKER
    if num_proc <= 1:
        checker = RecordChecker(config, fields)
        with survivors_frozen():
            for unit in units(items, fields):
                yield checker.check_unit(unit, done)
        return
    import gc
    import multiprocessing
    context = multiprocessing.get_context("fork" if "fork" in multiprocessing.get_all_start_methods() else None)
    chunks = _chunks(units(items, fields), done)
    workers = _Workers(context, (config, fields, done))
    first: list = []
    try:
        if context.get_start_method() == "fork":
            # the parent checks the first chunk itself: the workers it forks then inherit the loaded lexicons,
            # compiled patterns and tables instead of each building them again
            checker = RecordChecker(config, fields)
            if not _uses_models(checker):  # no model threads running across the fork
                _WORKER = checker
                # what the first chunk loaded lazily (lingua's models, when it held a French-looking span: about
                # 0.4 s and 90 MiB) is shared by every worker; what it did not need, no worker pays for unless a
                # later document needs it (on English text, a French-looking span is rare: one document in 176 of
                # the WMT14 references)
                first = [_check_chunk(chunk, done) for chunk in islice(chunks, 1)]
                gc.freeze()  # what the workers inherit stays out of their collections (and their memory stays shared)
        workers.start(num_proc)
        for finished in first:
            yield from finished
        yield from workers.results(chunks, WINDOW * num_proc)
    finally:
        workers.close()
        gc.unfreeze()
        _WORKER = None


# how far past the oldest unfinished chunk the workers may run (the results between wait in the sink)
WINDOW = 32  # chunks per worker
HAND_BACK_WAIT_S = 5.0  # how long a stopped worker may take to hand back what it added to the run memos


class _Workers:
    """Worker processes each fed one chunk at a time through its own pipe, whichever is free first."""

    def __init__(self, context, args: tuple):
        self.context, self.args = context, args
        self.processes: list = []
        self.pipes: list = []  # the parent's end of each process's pipe
        self.idle: list = []  # the parent's ends of the pipes of workers waiting for a chunk
        self.busy: dict = {}  # pipe end -> index of the chunk its worker is checking

    def start(self, count: int) -> None:
        for _ in range(count):
            own, theirs = self.context.Pipe()
            process = self.context.Process(target=_serve, args=(theirs, own, *self.args), daemon=True)
            process.start()
            theirs.close()
            self.processes.append(process)
            self.pipes.append(own)
            self.idle.append(own)

    def results(self, chunks: Iterable, window: int) -> Iterator[list[tuple[int, dict]]]:
        """Each chunk's units as they are done; input is read as workers need it."""
        from multiprocessing.connection import wait
        queued = enumerate(chunks)
        held = next(queued, None)
        while True:
            while self.idle and held is not None and (not self.busy or held[0] - min(self.busy.values()) < window):
                pipe = self.idle.pop()
                pipe.send(held[1])
                self.busy[pipe] = held[0]
                held = next(queued, None)
            if not self.busy:
                return
            for ready in wait([*self.busy, *(process.sentinel for process in self.processes)]):
                if ready not in self.busy:  # a worker ended without a word: killed, out of memory
                    raise self._stopped(next(p for p in self.processes if p.sentinel == ready))
                try:
                    done, value = ready.recv()
                except EOFError:
                    raise self._stopped(self.processes[self.pipes.index(ready)]) from None
                del self.busy[ready]
                self.idle.append(ready)
                if not done:
                    raise value
                yield from value

    @staticmethod
    def _stopped(process) -> RuntimeError:
        process.join(1)
        return RuntimeError(f"a batch worker stopped unexpectedly (exit code {process.exitcode})")

    def close(self) -> None:
        """Ends the workers: those waiting once told, those still checking (after a failure or Ctrl-C) at once."""
        told = []
        for pipe in self.idle:
            try:
                pipe.send(None)
                told.append(pipe)
            except OSError:
                pass
        unheard = set() if self.busy else self._keep_memo_news(told)
        for process, pipe in zip(self.processes, self.pipes):
            if self.busy or pipe in unheard:
                process.terminate()
            process.join()
        for pipe in self.pipes:
            pipe.close()

    @staticmethod
    def _keep_memo_news(told: list) -> set:
        """What each stopped worker added to the run memos (compiled patterns), kept for the next run (see
        checker.data.cache.run_memo_news); the pipes of workers that did not answer."""
        from .data.cache import keep_run_memo_news
        unheard = set()
        for pipe in told:
            try:
                if not pipe.poll(HAND_BACK_WAIT_S):
                    unheard.add(pipe)
                    continue
                keep_run_memo_news(pipe.recv())
            except EOFError:  # the worker ended without a word (Ctrl-C reaches it too)
                pass
            except Exception:  # noqa: BLE001 — a memo lost costs the next run a compile, never this run's results
                unheard.add(pipe)
        return unheard


def _serve(pipe, parent_end, config: Config, fields: Fields, done: int) -> None:
    """A worker: checks the chunks it receives until told to stop (None) or the parent is gone."""
    parent_end.close()
    try:
        from .data.cache import run_memo_sizes
        inherited = run_memo_sizes()  # what the memos held at the fork: the parent has it already
        _init_worker(config, fields)
        with survivors_frozen():  # this process checks documents and nothing else
            while True:
                try:
                    chunk = pipe.recv()
                except (EOFError, OSError):  # the parent is gone
                    return
                if chunk is None:
                    _hand_back_memo_news(pipe, inherited)
                    return
                try:
                    result = (True, _check_chunk(chunk, done))
                except Exception as exc:  # the parent raises it
                    result = (False, _portable(exc))
                try:
                    pipe.send(result)
                except OSError:
                    return
    except KeyboardInterrupt:  # Ctrl-C reaches every process of the group: the parent reports it
        pass


def _hand_back_memo_news(pipe, inherited: dict) -> None:
    """Sends the parent what this worker added to the run memos: a worker ends without saving them."""
    from .data.cache import run_memo_news
    try:
        pipe.send(run_memo_news(inherited))
    except Exception:  # noqa: BLE001 — the parent gone, or an entry that cannot be sent: only the memo is lost
        pass


def _portable(exc: Exception) -> Exception:
    """The exception, or one that says what it was where it cannot be sent back as it is."""
    import pickle
    try:
        pickle.loads(pickle.dumps(exc))
        return exc
    except Exception:
        return RuntimeError(f"{type(exc).__name__}: {exc}")


def _chunks(unit_iter: Iterable[list[Item]], done: int, size: int = 8) -> Iterator[list[list[Item]]]:
    """Units bundled by about `size` records for a worker, those wholly in the resumed prefix left out."""
    chunk, count = [], 0
    for unit in unit_iter:
        if all(item.pos < done for item in unit):
            continue
        chunk.append(unit)
        count += len(unit)
        if count >= size:
            yield chunk
            chunk, count = [], 0
    if chunk:
        yield chunk


_WORKER: RecordChecker | None = None  # the checker of a pool worker process, built by _init_worker


def _init_worker(config: Config, fields: Fields) -> None:
    global _WORKER
    if _WORKER is None or _WORKER.config != config or _WORKER.fields != fields:  # forked from a warm parent
        _WORKER = RecordChecker(config, fields)


def _uses_models(checker: RecordChecker) -> bool:
    """Whether a selected rule that can run on these fields uses a model of the configured set."""
    if checker.models is None:
        return False
    from .context import MODEL_KINDS
    inputs = {name for name, field in (("source", checker.fields.source), ("quotes", checker.fields.quotes)) if field}
    for rule in checker.rules:
        kinds = rule.needs & set(MODEL_KINDS)
        if kinds and rule.needs - kinds <= inputs and any(checker.models.available(k) for k in kinds):
            return True
    return False


def _check_chunk(chunk: list[list[Item]], done: int) -> list[list[tuple[int, dict]]]:
    return [_WORKER.check_unit(unit, done) for unit in chunk]


__all__ = ["ENGINES", "Source", "run_batch"]
