"""Batch output in input order as results arrive (file, stdout or folder of parts); what --resume finds."""
from __future__ import annotations

import json
import os
import sys
from pathlib import Path

from .errors import InputError

PART_SIZE = 10_000  # records per part file with --output DIR/


def is_folder(output: str | None) -> bool:
    return bool(output) and (output.endswith(("/", os.sep)) or Path(output).is_dir())


def _part(folder: Path, index: int) -> Path:
    return folder / f"part-{index:06d}.jsonl"


class OrderedSink:
    """Writes line `pos` once lines 0..pos-1 are written; positions before `start` are already there."""

    def __init__(self, output: str | None, start: int = 0, part_size: int = PART_SIZE):
        self.output, self.next, self.part_size = output, start, part_size
        self.pending: dict[int, str] = {}
        self.folder = Path(output) if is_folder(output) else None
        self.handle, self.part_index = None, None
        self.opened = False  # at the first line: a run that fails to start changes nothing

    def _open(self) -> None:
        self.opened = True
        if self.output is None:
            self.handle = sys.stdout
        elif self.folder is None:
            path = Path(self.output)
            path.parent.mkdir(parents=True, exist_ok=True)
            self.handle = open(path, "a" if self.next else "w", encoding="utf-8")
        else:
            self.folder.mkdir(parents=True, exist_ok=True)
            if not self.next:
                for old in self.folder.glob("part-*.jsonl"):
                    old.unlink()

    def finish(self) -> None:
        """After a complete run: the output exists even when there was nothing to write."""
        if not self.opened:
            self._open()

    def put(self, pos: int, line: str) -> None:
        if not self.opened:
            self._open()
        self.pending[pos] = line
        wrote = False
        while self.next in self.pending:
            self._handle_for(self.next).write(self.pending.pop(self.next) + "\n")
            self.next += 1
            wrote = True
        if wrote:
            self.handle.flush()

    def _handle_for(self, pos: int):
        if self.folder is None:
            return self.handle
        index = pos // self.part_size
        if index != self.part_index:
            if self.handle is not None:
                self.handle.close()
            self.handle = open(_part(self.folder, index), "a", encoding="utf-8")
            self.part_index = index
        return self.handle

    def close(self) -> None:
        if self.pending:  # only after a failure: what is written stays a clean prefix
            self.pending.clear()
        if self.handle is not None and self.handle is not sys.stdout:
            self.handle.close()
        elif self.handle is sys.stdout:
            self.handle.flush()


def written_ids(output: str, part_size: int = PART_SIZE) -> list:
    """The ids already in the output, in order; a line cut short by an interruption is removed."""
    if is_folder(output):
        parts = sorted(Path(output).glob("part-*.jsonl"))
        for i, part in enumerate(parts):
            if part != _part(Path(output), i):
                raise InputError(f"{output}: --resume: part {part.name} out of sequence")
        ids: list = []
        for i, part in enumerate(parts):
            found = _complete_ids(part)
            if i < len(parts) - 1 and len(found) != part_size:
                raise InputError(f"{part}: --resume: has {len(found)} lines where {part_size} were expected")
            ids.extend(found)
        return ids
    if not Path(output).is_file():
        return []
    return _complete_ids(Path(output))


def _complete_ids(path: Path) -> list:
    data = path.read_bytes()
    cut = data.rfind(b"\n") + 1
    if cut < len(data):
        with open(path, "r+b") as handle:
            handle.truncate(cut)
    ids = []
    for n, raw in enumerate(data[:cut].splitlines(), 1):
        try:
            ids.append(json.loads(raw)["id"])
        except (ValueError, KeyError, TypeError):
            raise InputError(f"{path}: --resume: line {n} is not an output line of checker batch") from None
    return ids
