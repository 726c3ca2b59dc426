"""Data files read once and fast: YAML parsed by libyaml, kept compiled in a cache keyed by content hash.

The cache lives in $CHECKER_CACHE_DIR, else $XDG_CACHE_HOME/checker, else ~/.cache/checker; set
CHECKER_CACHE_DIR=off to disable it. Entries are `marshal` files (plain data only, nothing runs on
load) named by the hash of what they were built from, so an edited data file is simply re-read; a
cache that cannot be written is skipped silently.
"""
from __future__ import annotations

import functools
import hashlib
import marshal
import os
import sys
from importlib import resources
from pathlib import Path
from typing import Any, Callable

FORMAT = 1  # bump when what is cached changes shape


@functools.lru_cache(maxsize=1)
def cache_dir() -> Path | None:
    configured = os.environ.get("CHECKER_CACHE_DIR")
    if configured is not None:
        return None if configured.strip().lower() in ("", "0", "off", "no", "false") else Path(configured)
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "checker"


def digest(*parts: bytes) -> str:
    h = hashlib.blake2b(digest_size=12)
    h.update(f"{FORMAT}:{sys.version_info[:2]}".encode())
    for part in parts:
        h.update(len(part).to_bytes(8, "little"))
        h.update(part)
    return h.hexdigest()


def cached(kind: str, key: str, build: Callable[[], Any]) -> Any:
    """`build()`, or the value stored under (kind, key) by an earlier run (marshal-able data only)."""
    folder = cache_dir()
    path = folder / f"{kind}-{key}.marshal" if folder else None
    if path is not None:
        try:
            with open(path, "rb") as handle:
                return marshal.load(handle)
        except (OSError, EOFError, ValueError, TypeError):
            pass
    value = build()
    if path is not None:
        try:
            payload = marshal.dumps(value)
            folder.mkdir(parents=True, exist_ok=True)
            partial = path.with_name(f"{path.name}.{os.getpid()}.tmp")
            partial.write_bytes(payload)
            os.replace(partial, path)
            for stale in folder.glob(f"{kind}-{'?' * len(key)}.marshal"):
                if stale != path:
                    stale.unlink(missing_ok=True)  # the same data from an earlier version of its source
        except (OSError, ValueError):
            pass  # read-only home, or data marshal cannot store: no cache, same result
    return value


def parse_yaml(raw: str) -> Any:
    import yaml

    return yaml.load(raw, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))


@functools.lru_cache(maxsize=None)
def load_yaml(name: str) -> Any:
    """checker/data/<name>.yaml as plain data (shared: callers must not mutate it)."""
    raw = resources.files("checker.data").joinpath(f"{name}.yaml").read_bytes()
    return cached(f"yaml-{name}", digest(raw), lambda: parse_yaml(raw.decode("utf-8")))
