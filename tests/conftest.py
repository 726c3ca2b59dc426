"""Shared fixtures and the --update-golden option."""
from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "fixtures"
SHARED = ROOT.parent / "shared"


def pytest_addoption(parser):
    parser.addoption("--update-golden", action="store_true", help="rewrite golden files from current output")


@pytest.fixture
def update_golden(request) -> bool:
    return request.config.getoption("--update-golden")


@pytest.fixture()
def fresh_cache(tmp_path, monkeypatch):
    """An empty data cache of the test's own (checker.data.cache), forgotten afterwards."""
    from checker.data import cache

    monkeypatch.setenv("CHECKER_CACHE_DIR", str(tmp_path))
    cache.cache_dir.cache_clear()
    yield tmp_path
    cache.cache_dir.cache_clear()
