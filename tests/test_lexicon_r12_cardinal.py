"""`(?&cardinal)` in a data pattern: any English cardinal in figures or words, not a hand list of examples."""
import re

import pytest

from checker.api import check_text
from checker.config import Config
from checker.rules.lexicon import CARDINAL, with_classes

SINCE = re.compile(with_classes(r"\bsince (?&cardinal) years\b"), re.IGNORECASE)


@pytest.mark.parametrize("text", ["since 33 years", "since thirty-three years", "since eleven years",
                                  "since a hundred and twenty years", "since ninety nine years", "since 1,000 years",
                                  "since a dozen years", "since seventeen years"])
def test_cardinals_in_figures_and_words(text):
    assert SINCE.search(text)


@pytest.mark.parametrize("text", ["since thirtyish years", "since thirty-threefold years", "since the years",
                                  "since several-odd years", "since tenth years"])
def test_not_cardinals(text):
    assert not SINCE.search(text)


def test_the_class_is_written_out_and_bounded():
    assert "(?&" not in with_classes(r"(?&cardinal) days") and CARDINAL in with_classes(r"(?&cardinal) days")


@pytest.mark.parametrize("text, code", [
    ("The families have waited for answers since twenty-seven years.", "CAL002"),
    ("He led the club during twenty-one years, winning four titles.", "GRB001"),
])
def test_rules_read_spelled_out_numbers(text, code):
    report = check_text(text, Config(models=False))
    assert code in {f.code for f in report.findings}


@pytest.mark.parametrize("text", ["The law was passed thirty-three years ago.",
                                  "She has lived in Lyon for twenty-seven years.",
                                  "Since twenty-seven years had passed, the case was closed."])
def test_english_durations_pass(text):
    report = check_text(text, Config(models=False))
    assert not {f.code for f in report.findings} & {"CAL002", "GRB001"}
