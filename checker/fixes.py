"""Fixes from findings' suggestions: which are safe, applying them without overlaps, diffs, atomic rewrites."""
from __future__ import annotations

import difflib
import os
from dataclasses import dataclass
from pathlib import Path

from .errors import InputError
from .findings import Finding

# Rules whose suggestion only restores what the text itself shows is meant (the spelling used
# elsewhere, a deleted duplicate or scraped line, a joined sentence): applied by `--fix`. The others
# (calques, false friends, garbled syntax, pronouns, a guessed misspelling of a name) change wording
# or meaning and need an editor: applied only with `--unsafe-fixes`.
SAFE_FIXES = frozenset({"BPL001", "BPL002", "ENT002", "ENT003", "FRG001", "REP001", "TRL001"})


@dataclass(frozen=True, slots=True)
class Edit:
    """A replacement of raw[start:end], from one finding."""

    start: int
    end: int
    replacement: str
    code: str


def is_safe(finding: Finding) -> bool:
    return finding.suggestion is not None and finding.code in SAFE_FIXES


def edits_for(findings: list[Finding], unsafe: bool = False) -> list[Edit]:
    """The non-overlapping edits of the fixable findings, in file order.

    Overlaps are resolved the same way every run: by start, then the shorter span, then the code;
    an edit that overlaps one already kept is left for the next run.
    """
    candidates = sorted((Edit(f.start, f.end, f.suggestion, f.code) for f in findings
                         if f.suggestion is not None and (unsafe or is_safe(f))),
                        key=lambda e: (e.start, e.end, e.code, e.replacement))
    kept: list[Edit] = []
    for edit in candidates:
        if kept and (edit.start < kept[-1].end or edit.start == kept[-1].start):
            continue
        kept.append(edit)
    return kept


def apply_edits(raw: str, edits: list[Edit]) -> str:
    """`raw` with the (sorted, non-overlapping) edits applied."""
    out, pos = [], 0
    for edit in edits:
        out.append(raw[pos:edit.start])
        out.append(edit.replacement)
        pos = edit.end
    out.append(raw[pos:])
    return "".join(out)


def unified_diff(path: str, before: str, after: str) -> str:
    lines = difflib.unified_diff(before.splitlines(keepends=True), after.splitlines(keepends=True),
                                 fromfile=f"a/{path}", tofile=f"b/{path}")
    text = "".join(line if line.endswith("\n") else line + "\n\\ No newline at end of file\n" for line in lines)
    return text


def write_atomic(path: str, text: str, encoding: str | None = None) -> None:
    """Replace a file's content in one step (a temporary file beside it, then a rename), keeping a BOM."""
    target = Path(path)
    codec = encoding or "utf-8"
    try:
        head = target.read_bytes()[:3]
        data = text.encode(codec)
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror or exc})") from None
    except (LookupError, UnicodeEncodeError) as exc:
        raise InputError(f"{path}: cannot encode the fixed text as {codec} ({exc})") from None
    if head == b"\xef\xbb\xbf" and codec.lower().replace("_", "-") in ("utf-8", "utf8", "utf-8-sig"):
        data = b"\xef\xbb\xbf" + data.removeprefix(b"\xef\xbb\xbf")
    tmp = target.with_name(f".{target.name}.checker-fix.tmp")
    try:
        tmp.write_bytes(data)
        os.chmod(tmp, target.stat().st_mode & 0o7777)
        os.replace(tmp, target)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise InputError(f"{path}: cannot write ({exc.strerror or exc})") from None
