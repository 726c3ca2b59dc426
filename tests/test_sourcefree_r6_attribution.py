"""Issue 13, sixth round: a second attribution with a name or a noun phrase as subject, 'according to' the
speaker's pronoun, and a bare verb after a quote already attributed."""
from __future__ import annotations

import pytest

from checker.api import check_text
from checker.config import Config
from checker.findings import Severity


def warnings(text: str) -> list[tuple[str, str]]:
    report = check_text(text, Config(select=("ATT",), models=False))
    return [(f.code, f.text) for f in report.findings if f.severity >= Severity.WARNING]


@pytest.mark.parametrize("text,expected", [
    ("“The fight is over for the families,” she told reporters outside the court, Nadia Rahmani added.",
     "Nadia Rahmani added"),
    ("“We could not reach everyone,” said the consul on Friday in a post on X, the diplomat conceded.",
     "the diplomat conceded"),
    ("“We are ready for the talks,” Bruno Le Maire said on France 2, the minister of the economy stressed.",
     "the minister of the economy stressed"),
    ("“The flats were unsafe,” the mayor's opponents said at a press conference on Thursday, according to them.",
     "according to them"),
    ("“No blank cheque,” the president declared in the street, in front of the cameras. He warned.",
     "He warned."),
])
def test_second_attribution_found(text, expected):
    assert expected in [t for _, t in warnings(text)]


@pytest.mark.parametrize("text", [
    "“Prices will rise,” he told AFP, the agency reported.",
    "“The deal is done,” she said, Reuters reported.",
    "He said prices would rise, the central bank said.",
    "“We will fight on,” the union leader said, the crowd of strikers applauded.",
    "“It is over,” she said. She smiled.",
    "The minister spoke for an hour. He insisted.",
    "“We won,” the coach told the press, the fans cheered.",
])
def test_single_attribution_left_alone(text):
    assert warnings(text) == []
