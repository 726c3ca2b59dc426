"""The cycle collector is paused only while a document is checked, and a check leaves no cyclic garbage."""
from __future__ import annotations

import gc

import pytest

from checker.api import check_text
from checker.collector import collector_paused, survivors_frozen
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


def test_survivors_frozen_in_a_batch_only():
    """Inside `survivors_frozen` what a check leaves alive is frozen before the collector runs again; outside it,
    and once the block ends, nothing is frozen and the collector is on."""
    config = Config(models=False)
    check_text(SEED, config)
    assert gc.get_freeze_count() == 0
    with survivors_frozen():
        with survivors_frozen():  # nested: the outer block decides
            check_text(SEED, config)
        assert gc.get_freeze_count() > 0
        assert gc.isenabled()
        frozen = gc.get_freeze_count()
        report = check_text(SEED, config)
        assert report.findings and gc.get_freeze_count() >= frozen
    assert gc.get_freeze_count() == 0 and gc.isenabled()
    check_text(SEED, config)
    assert gc.get_freeze_count() == 0


def test_survivors_frozen_restored_when_the_block_raises():
    with pytest.raises(RuntimeError):
        with survivors_frozen():
            with collector_paused():
                raise RuntimeError("a rule failed")
    assert gc.get_freeze_count() == 0 and gc.isenabled()
