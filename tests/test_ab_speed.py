"""benchmarks/ab_speed.py: versions unpacked from git and imported from there; the report of alternated runs."""
from __future__ import annotations

import subprocess
import sys

import pytest

from .conftest import ROOT

sys.path.insert(0, str(ROOT))
from benchmarks import ab_speed  # noqa: E402


@pytest.mark.skipif(not (ROOT / ".git").exists(), reason="needs the git history")
def test_a_revision_is_unpacked_and_imported_from_its_folder(tmp_path):
    tree = ab_speed.unpack("HEAD", tmp_path / "old")
    assert (tree / "checker" / "__init__.py").is_file() and (tree / "benchmarks" / "common.py").is_file()
    found = subprocess.run([sys.executable, "-c", "import checker; print(checker.__file__)"],
                           env=ab_speed._env(tree, tmp_path / "cache"), cwd=tree, capture_output=True, text=True, check=True)
    assert found.stdout.strip().startswith(str(tree))


def test_the_report_gives_medians_minima_and_the_ratio(capsys):
    runs = {"old": {"seed_cpu_s": [0.40, 0.30, 0.50]}, "new": {"seed_cpu_s": [0.36, 0.28, 0.44]},
            "proselint": {"seed_cpu_s": [0.20, 0.25, 0.30]}}
    ab_speed.report(runs, "old", "new")
    out = capsys.readouterr().out
    assert "seed_cpu_s" in out and "0.400" in out and "0.300" in out and "0.900" in out
    assert "seed / proselint, old: 0.400 / 0.250 s = 1.60x" in out
    assert "seed / proselint, new: 0.360 / 0.250 s = 1.44x" in out
