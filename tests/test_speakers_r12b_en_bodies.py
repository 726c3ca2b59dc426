"""Speakers, round 12 second pass (English): a body's name with a list after its first words ("the Kerala
Rubber, Coffee and Spice Growers Federation"), body nouns the lexicon lacked ("the auction house", "the
coastguard") kept from the earlier person. Fresh sentences, with traps."""
from __future__ import annotations

import pytest

from tests.quote_speakers import assert_item_speaker, quotes_in


@pytest.mark.parametrize(("text", "words", "expected"), [
    ("Traders cheered, while the Kerala Rubber, Coffee and Spice Growers Federation said prices were still too low.",
     "prices were still too low", "the Kerala Rubber, Coffee and Spice Growers Federation"),
    ("Imelda Frost, the gallery's director, said the sale was a relief.\n\nThe buyer, a museum in Oslo, will show "
     "the painting next year, the auction house said.", "will show the painting", "the auction house"),
    ("Seamus Kerr and his son were lifted from the rocks on Sunday.\n\nThe coastguard said both were in good "
     "health.", "both were in good health", "The coastguard"),
])
def test_bodies(text, words, expected):
    assert_item_speaker(text, words, expected, "en")


def test_trap_a_list_of_countries_is_not_one_body():
    speakers = [q.resolved_speaker or q.speaker for q in
                quotes_in("The United States, Canada and Mexico said they would comply.", "en")]
    assert "United States, Canada and Mexico" not in speakers
