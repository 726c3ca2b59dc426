"""The cycle collector is paused only while a document is checked, and a check leaves no cyclic garbage."""
from __future__ import annotations

import gc

import pytest

from checker.api import check_text
from checker.collector import collector_paused
from checker.config import Config

from .conftest import FIXTURES

SEED = (FIXTURES / "seed" / "000_dbb8f34e7e82e8cc.txt").read_text(encoding="utf-8")


def test_collector_restored_as_it_was():
    assert gc.isenabled()
    with collector_paused():
        assert not gc.isenabled()
    assert gc.isenabled()
    gc.disable()
    try:
        with collector_paused():
            assert not gc.isenabled()
        assert not gc.isenabled()  # a caller that had it off keeps it off
    finally:
        gc.enable()


def test_collector_restored_when_the_block_raises():
    with pytest.raises(RuntimeError):
        with collector_paused():
            raise RuntimeError("a rule failed")
    assert gc.isenabled()


@pytest.mark.parametrize("text", [SEED, (SEED.replace("\n\n", " ") + " ") * 6])
def test_a_check_builds_no_cycles(text):
    """What pausing relies on: every object a rule-only check builds is freed by reference counting."""
    config = Config(models=False)
    check_text(text, config)  # lazy imports and tables first: modules legitimately hold cycles
    gc.collect()
    gc.disable()
    try:
        report = check_text(text, config)
        assert report.findings
        del report
        assert gc.collect() == 0
    finally:
        gc.enable()
