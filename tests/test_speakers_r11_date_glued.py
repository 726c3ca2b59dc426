"""Speakers, round 11: a day or a month set before a name without a comma ("On Tuesday Redcliffe Mining said …",
"In March Quillan Foods said …") dates the statement; it is no word of the speaker's name. Fresh paragraphs,
with traps (a body whose name holds a month or a day further in, a person named after the date)."""
from __future__ import annotations

import pytest

from tests.quote_speakers import assert_item_speaker, speaker_case

# (id, paragraphs, [(words inside the quote, speaker as fixtures/quotes/README.md resolves it)]).
ITEMS = [
    ("p-01", ["The Health and Safety Executive is looking into the collapse of a conveyor at a quarry in Cumbria.",
              "On Tuesday Redcliffe Mining suspended work at the site. It said two contractors had been taken to"
              " hospital."],
     [("two contractors", "Redcliffe Mining")]),
    ("p-02", ["On Sunday Unite said the strike at the Grangeford refinery would go on for a second week."],
     [("strike at the Grangeford", "Unite")]),
    ("p-03", ["Shares in the retailer fell by a fifth. On Thursday Brackley Homewares said sales had dropped in every"
              " region."],
     [("sales had dropped", "Brackley Homewares")]),
    ("p-04", ["In March Quillan Foods said it would close its bakery in Wrexham, with the loss of 210 jobs."],
     [("close its bakery", "Quillan Foods")]),
    ("p-05", ["Since January Ostwick Council has warned that the bridge is unsafe. Last week it said the crossing"
              " would shut."],
     [("crossing would shut", "Ostwick Council")]),
    ("p-06", ["On Friday Tolland Rail told passengers that the line would stay shut over the weekend."],
     [("line would stay shut", "Tolland Rail")]),
    ("t-05", ["Wednesday Harbour Trust chairman Elias Penhallow said the jetty would reopen."],
     [("jetty would reopen", "Elias Penhallow")]),
    ("p-08", ["Mardi Valmorel Industries a annoncé qu'elle fermerait son usine de Tarbes."],
     [("fermerait son usine", "Valmorel Industries")]),
    # traps: a person named after the date, a body whose name opens with a month after "The", a date after a
    # comma, a day before another word of the name ("Wednesday Harbour Trust chairman …" is taken as a title)
    ("t-01", ["On Monday Judge Aurelia Fenn said the trial would resume in the spring."],
     [("trial would resume", "Aurelia Fenn")]),
    ("t-02", ["The March of Dimes said the ceremony at the beach would go ahead."],
     [("ceremony at the beach", "March of Dimes")]),
    ("t-03", ["On Saturday, Corvane Logistics said its drivers would get a 6% rise."],
     [("drivers would get", "Corvane Logistics")]),
    ("t-04", ["Late on Monday Lorna Bevan said the road had been shut."],
     [("road had been shut", "Lorna Bevan")]),
    ("t-06", ["The Sunday Telegraph reported that the Treasury had shelved the plan. The Mail on Sunday said the"
              " Chancellor had signed it off."],
     [("Treasury had shelved", "The Sunday Telegraph"), ("Chancellor had signed", "The Mail on Sunday")]),
]

# Misses left, by mechanism; strict, so that a fix shows.
KNOWN_MISSES: dict[tuple[str, str], str] = {
    ("t-06", "Chancellor had signed"): "a title whose complement is a day (\"The Mail on Sunday\") is cut at \"on\":"
    " the name finder joins no date word after a connector",
}

CASES = [speaker_case(item_id, paragraphs, words, expected, known_misses=KNOWN_MISSES)
         for item_id, paragraphs, quotes in ITEMS for words, expected in quotes]


@pytest.mark.parametrize(("text", "words", "expected"), CASES)
def test_a_date_is_no_word_of_the_name(text, words, expected):
    lang = "fr" if " a annoncé " in text else "en"
    assert_item_speaker(text, words, expected, lang)
