"""A deferred rule finds its check by code when the manifest's position no longer matches the family."""
import pytest

from checker.rules import _DeferredCheck
from checker.rules.bitext import RULES as BITEXT_RULES


def test_a_moved_rule_is_found_by_its_code():
    last = len(BITEXT_RULES) - 1
    target = BITEXT_RULES[last]
    deferred = _DeferredCheck(".bitext", 0, target.code)  # the manifest says index 0, the family moved it
    assert deferred._find() is target


def test_a_rule_at_its_index_is_taken_directly():
    first = BITEXT_RULES[0]
    assert _DeferredCheck(".bitext", 0, first.code)._find() is first


def test_a_rule_gone_from_its_family_is_a_clear_error():
    with pytest.raises(RuntimeError, match="no longer in bitext"):
        _DeferredCheck(".bitext", 0, "ZZZ999")._find()
