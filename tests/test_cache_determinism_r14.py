"""What the data cache keeps is the same whatever the process's hash seed: its keys are stable across processes."""
from __future__ import annotations

import os
import subprocess
import sys

import pytest

from .conftest import ROOT

BUILD = ("from checker.rules.lexicon import load_lexicon; load_lexicon('garble_patterns'); load_lexicon('calques'); "
         "from checker.rules.calque.structures import _compiled; _compiled()")
KINDS = ("lexicon-entries-", "calque-")


def _built(folder, seed: int) -> dict[str, bytes]:
    env = {**os.environ, "PYTHONHASHSEED": str(seed), "CHECKER_CACHE_DIR": str(folder)}
    subprocess.run([sys.executable, "-c", BUILD], cwd=ROOT, env=env, check=True, timeout=600)
    return {path.name: path.read_bytes() for path in folder.iterdir() if path.name.startswith(KINDS)}


@pytest.mark.slow
def test_lexicon_and_calque_caches_do_not_depend_on_the_hash_seed(tmp_path):
    first = _built(tmp_path / "one", 1)
    second = _built(tmp_path / "two", 2)
    assert first and sorted(first) == sorted(second)  # the same keys: a later process reads what the first built
    assert [name for name in first if first[name] != second[name]] == []
