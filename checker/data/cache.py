"""Data files read once and fast: YAML parsed by libyaml, kept compiled in a cache keyed by content hash.

The cache lives in $CHECKER_CACHE_DIR, else $XDG_CACHE_HOME/checker, else ~/.cache/checker; set
CHECKER_CACHE_DIR=off to disable it. Entries are `marshal` files (plain data only, nothing runs on
load) named by the hash of what they were built from, so an edited data file is simply re-read; a
cache that cannot be written is skipped silently.
"""
from __future__ import annotations

import functools
import marshal
import os
import re
import sys
from importlib import resources
from pathlib import Path
from typing import Any, Callable

try:
    from _blake2 import blake2b  # what hashlib.blake2b is, without hashlib's OpenSSL set-up at start-up
except ImportError:  # pragma: no cover
    from hashlib import blake2b

FORMAT = 1  # bump when what is cached changes shape


@functools.lru_cache(maxsize=1)
def cache_dir() -> Path | None:
    configured = os.environ.get("CHECKER_CACHE_DIR")
    if configured is not None:
        return None if configured.strip().lower() in ("", "0", "off", "no", "false") else Path(configured)
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "checker"


def digest(*parts: bytes) -> str:
    h = blake2b(digest_size=12)
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
def data_digest(filename: str) -> str:
    """The content hash of checker/data/<filename>: a key for what is built from it."""
    return digest(resources.files("checker.data").joinpath(filename).read_bytes())


@functools.lru_cache(maxsize=None)
def load_yaml(name: str) -> Any:
    """checker/data/<name>.yaml as plain data (shared: callers must not mutate it)."""
    def build() -> Any:
        return parse_yaml(resources.files("checker.data").joinpath(f"{name}.yaml").read_text(encoding="utf-8"))

    return cached(f"yaml-{name}", data_digest(f"{name}.yaml"), build)


# ---- compiled regular expressions as plain data ----
# re.compile parses a pattern and generates the matcher's code in Python (a large alternation of
# words takes milliseconds). That code is plain data: cached beside the data it was built from, a
# later process hands it straight to the C engine. The layout of this data is CPython's own, so it
# is kept only under the exact interpreter version that produced it and read back only there.

def regex_code(source: str, flags: int = 0) -> tuple | None:
    """What re.compile builds for (source, flags), as marshal-able data; None where it cannot be kept."""
    if sys.version_info[:2] != (3, 11) or isinstance(source, bytes) or flags & re.DEBUG:
        return None
    from array import array
    from re import _compiler, _parser

    parsed = _parser.parse(source, flags)
    code = _compiler._code(parsed, flags)
    groupindex = dict(parsed.state.groupdict)
    indexgroup = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    # the code as bytes: marshal reads a long list of ints one object at a time, bytes at once
    words = array("I", code).tobytes()
    return (sys.version, int(flags | parsed.state.flags), words, parsed.state.groups - 1, groupindex, tuple(indexgroup))


def regex_from_code(source: str, flags: int, built: tuple | None) -> re.Pattern:
    """The pattern re.compile(source, flags) returns, from `regex_code`'s data when it fits this interpreter."""
    if built is not None and built[0] == sys.version:
        import _sre
        from array import array

        _, final_flags, words, groups, groupindex, indexgroup = built
        try:
            return _sre.compile(source, final_flags, array("I", words).tolist(), groups, groupindex, indexgroup)
        except (TypeError, ValueError, RuntimeError):  # not this engine's code: compile it anew
            pass
    return re.compile(source, flags)


def compile_regex(name: str, source: str, flags: int = 0) -> re.Pattern:
    """re.compile(source, flags) for a large pattern built from data, its compiled code kept in the cache.

    `name` names the pattern (one cache entry each: a new version of the pattern replaces the old).
    """
    flags = int(flags)
    key = digest(source.encode("utf-8", "surrogatepass"), str(flags).encode())
    return regex_from_code(source, flags, cached(f"regex-{name}", key, lambda: regex_code(source, flags)))
