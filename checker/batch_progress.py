"""Batch progress on stderr (a bar on a terminal, a line every 10 % or 30 s in CI logs) and the end-of-run summary."""
from __future__ import annotations

import sys
import time
from dataclasses import dataclass, field

from .findings import Severity


@dataclass(slots=True)
class Tally:
    """What the run has produced so far."""

    records: int = 0
    errors: int = 0
    findings: int = 0
    documents: int = 0
    by_category: dict[str, int] = field(default_factory=dict)
    worst: Severity | None = None
    seconds: float = 0.0

    def add(self, result: dict) -> None:
        self.records += 1
        if "error" in result:
            self.errors += 1
            return
        for finding in result["findings"]:
            self.findings += 1
            self.by_category[finding["category"]] = self.by_category.get(finding["category"], 0) + 1
            severity = Severity.parse(finding["severity"])
            if self.worst is None or severity > self.worst:
                self.worst = severity


class Progress:
    """Shows how far the run is; `stream` is stderr unless a test gives another."""

    def __init__(self, total: int | None, stream=None, every_s: float = 30.0, label: str = "records",
                 start: int = 0):
        self.total = total
        self.stream = stream or sys.stderr
        self.tty = hasattr(self.stream, "isatty") and self.stream.isatty()
        self.every_s = 0.2 if self.tty else every_s
        self.label = label
        self.started = time.monotonic()
        self.last_shown = self.started
        self.start = self.done = start  # records already done by an interrupted run
        self.last_tenth = start * 10 // total if total else 0

    def rate(self) -> float:
        return (self.done - self.start) / max(time.monotonic() - self.started, 1e-9)

    def update(self, done: int) -> None:
        self.done = done
        now = time.monotonic()
        tenth = done * 10 // self.total if self.total else 0
        if self.tty:
            if now - self.last_shown >= self.every_s:
                self._bar()
                self.last_shown = now
        else:
            crossed = bool(self.total) and tenth > self.last_tenth and done < self.total
            if crossed or now - self.last_shown >= self.every_s:
                self.stream.write(f"checker: {self._status()}\n")
                self.stream.flush()
                self.last_shown = now
            self.last_tenth = max(self.last_tenth, tenth)

    def _status(self) -> str:
        of = f"/{self.total}" if self.total else ""
        share = f" ({100 * self.done // self.total}%)" if self.total else ""
        return f"{self.done}{of} {self.label}{share}, {self.rate():.1f} {self.label}/s"

    def _bar(self) -> None:
        if self.total:
            filled = min(30, 30 * self.done // self.total)
            bar = "[" + "#" * filled + " " * (30 - filled) + "] "
        else:
            bar = ""
        self.stream.write(f"\r{bar}{self._status()}\x1b[K")
        self.stream.flush()

    def finish(self) -> None:
        if self.tty:
            self.stream.write("\r\x1b[K")
            self.stream.flush()


def summary_line(tally: Tally, seconds: float, skipped: int = 0) -> str:
    """One line: records, errors, documents, findings by category, records/s."""
    categories = ", ".join(f"{name} {count}" for name, count in sorted(tally.by_category.items()))
    rate = tally.records / max(seconds, 1e-9)
    resumed = f" ({skipped} already in the output)" if skipped else ""
    errors, documents = _plural(tally.errors, "error"), _plural(tally.documents, "document")
    return (f"checker: {tally.records} records{resumed}, {errors}, {documents}, "
            f"{_plural(tally.findings, 'finding')}" + (f" ({categories})" if categories else "")
            + f" in {seconds:.1f} s, {rate:.1f} records/s, {tally.documents / max(seconds, 1e-9):.1f} documents/s")


def _plural(count: int, noun: str) -> str:
    return f"{count} {noun}" if count == 1 else f"{count} {noun}s"
