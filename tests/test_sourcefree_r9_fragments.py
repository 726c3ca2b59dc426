"""Issue 13, ninth pass: a clause cut by a full stop (FRG005), an attribution inside a detached clause (FRG003),
and the word-order score read clause by clause (GRB007)."""
from __future__ import annotations

import pytest

from checker.api import check_text
from checker.config import Config
from checker.findings import Severity


def warnings(text: str, prefix: str) -> list[tuple[str, str]]:
    report = check_text(text, Config(models=False, select=(prefix,)))
    return [(f.code, text[f.start:f.end]) for f in report.findings if f.severity >= Severity.WARNING]


CUT = [
    ("The ferry will not sail until the. Storm has passed over the Channel.", "the. Storm"),
    ("The mayor signed the decree closing all our. Beaches for the summer.", "our. Beaches"),
    ("Four people have. Died in the fire, the prefecture said.", "have. Died"),
    ("The two suspects were. Taken to the police station in Nice.", "were. Taken"),
]

NOT_CUT = [
    "Nobody knew who the winner was. Then the results came in.",
    "Prices are high, as they have been for years and as they were. Traders expect no change.",
    "The museum is where the painting was. Stolen paintings rarely resurface.",
    "The family took vitamin A. Then they left for the coast.",
    "The lab said the result was. Returned samples were tested again.",
]


@pytest.mark.parametrize("text,span", CUT)
def test_clause_cut_by_full_stop(text, span):
    assert ("FRG005", span) in warnings(text, "FRG005")


@pytest.mark.parametrize("text", NOT_CUT)
def test_sentence_ends_left_alone(text):
    assert warnings(text, "FRG005") == []


def test_detached_clause_with_attribution_inside():
    text = "The trains will keep running. Because a strike, the union said, would hurt the passengers most."
    assert [code for code, _ in warnings(text, "FRG003")] == ["FRG003"]
    complete = "The trains will keep running. Because a strike, the union said, is costly, nobody wants one."
    assert warnings(complete, "FRG003") == []


def test_word_order_reads_clauses_and_skips_the_headline():
    listed = ("Most funeral homes now offer a host to lead the following ritual in the presence of the body: "
              "welcome the mourners, name the deceased, recall who the person was, organise a farewell.")
    assert warnings(listed, "GRB007") == []
    shuffled = "The of minister the announced reform the yesterday pension in parliament the."
    assert [code for code, _ in warnings("The reform passed.\n\n" + shuffled + " It was late.", "GRB007")] == ["GRB007"]
