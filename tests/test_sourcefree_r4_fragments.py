"""Issue 13, fourth round: a sentence cut in two (a complement or a relative clause after a full stop) and the
French nominal sentence, with the complete sentences that look like them."""
from __future__ import annotations

import pytest

from checker.api import check_text
from checker.config import Config
from checker.findings import Severity


def warnings(text: str) -> list[tuple[str, str]]:
    report = check_text(text, Config(select=("FRG",), models=False))
    return [(f.code, f.text) for f in report.findings if f.severity >= Severity.WARNING]


@pytest.mark.parametrize("text,piece", [
    ("The retailer will close thirty stores. Notably those whose rents doubled in the last five years.",
     "Notably those whose rents doubled in the last five years."),
    ("The flood cut the railway line. Along with three roads in the lower valley of the river.",
     "Along with three roads in the lower valley of the river."),
    ("Four hikers were found on Sunday. One of whom was flown to the hospital in Annecy.",
     "One of whom was flown to the hospital in Annecy."),
    ("The museum returned twelve statues. Some of which had been looted in 1897 by British troops.",
     "Some of which had been looted in 1897 by British troops."),
    ("Farmers blocked the ring road at dawn. A protest without equivalent in the region for twenty years.",
     "A protest without equivalent in the region for twenty years."),
])
def test_cut_sentences_are_found(text, piece):
    assert (piece in [span for _, span in warnings(text)])


@pytest.mark.parametrize("text", [
    "The retailer will close thirty stores. Notably, the flagship in Lyon will stay open.",
    "The flood cut the railway line. Along with the road, the bridge was swept away.",
    "Four hikers were found on Sunday. One of them was flown to the hospital in Annecy.",
    "The museum returned twelve statues. Especially important is the bronze head from Benin.",
    "Farmers blocked the ring road at dawn. A protest of this size had not been seen for years.",
    "A protest without equivalent in the region for twenty years",
])
def test_complete_sentences_stay_silent(text):
    assert warnings(text) == []
