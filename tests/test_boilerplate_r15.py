"""Issue 13, round 15: furniture lines in wordings no phrase list holds, found by BPL004's features, and their traps.

Each line stands in a short article; `[[...]]` marks what an editor would mark. Negative lines are traps:
subheadings, captions, headlines and sentences that share one feature of furniture but not enough of them.
"""
from __future__ import annotations

import pytest

from checker.rules.boilerplate.furniture_line import THRESHOLD, features

from .marked_phenomena import phenomenon_tests

CATEGORY = "boilerplate"
POSITIVES = [
    "[[Download the prefect's full decree (PDF, 6 pages)]]",
    "[[Graphic — How the water level rose in the Seine, hour after hour (interactive)]]",
    "[[Regional elections 2021: all our coverage of the vote in Occitanie]]",
    "[[Currencies: EUR/USD 1.0842 ▲ +0.21% — live rates]]",
    "[[Sponsored feature — the article continues after this message]]",
    "[[Tour de France 2024 — The stage-by-stage standings, and our reporters' verdict on each rider]]",
    "[[Referendum 2020: the results commune by commune]]",
    "[[Watch the minister's full hearing before the committee (video, 2 h 10)]]",
    "[[Gamble responsibly. Odds for the final: Toulouse 1.65, La Rochelle 2.30]]",
    "[[Last updated 14/09/2023 | First published 13/09/2023]]",
    "[[Most shared: 1. Storm Ciarán hits Brittany 2. The price of butter 3. The Ballon d'Or]]",
    "[[Relive the final in our live of the evening]]",
    "[[Read the complete ruling of the Constitutional Council (PDF)]]",
]
# a funding credit that names the page as "this report": a report's subject and verb read as news
MISSES = [
    "[[This report was made possible thanks to a grant from the European Journalism Fund]]",
]
NEGATIVES = [
    "The mountain: a giant that has killed 300 climbers since 1950",
    "Photo of the day / Paris",
    "Our reporters in Kyiv said the city was calm on Friday",
    "Final score: Lyon 3, Marseille 1, after extra time in front of 50,000 fans.",
    "The full list of victims was published by the prefecture on Tuesday.",
    "Read the full statement, the lawyer told the judges, and you will see that my client is innocent.",
    "A map of the front line, drawn by the army, shows gains of 3 kilometres in 24 hours.",
    "Election results: the far right ahead in 12 regions",
    "How the war will change our lives",
    "US and EU agree on steel tariffs",
    "Report: the minister knew of the leak in March",
    "The text resumes the main points of the 2019 agreement, the ministry said.",
]

test_fresh_artefact_is_found, test_known_miss, test_fresh_trap_is_left_alone = \
    phenomenon_tests(CATEGORY, POSITIVES, NEGATIVES, MISSES)


@pytest.mark.parametrize("line, expected", [
    ("Map — The situation on the front (interactive)", {"label", "link"}),
    ("Read the ruling (PDF, 12 pages)", {"call", "link"}),
    ("Stock market: Airbus 130.20 € ▼ −1.2%", {"label", "link", "figures"}),
])
def test_features_are_named(line, expected):
    found = features(line)
    assert found is not None and found.score >= THRESHOLD
    assert all(getattr(found, name) for name in expected)


@pytest.mark.parametrize("line", ["Read the ruling (PDF, 12 pages).", "Map of the front (interactive)?"])
def test_a_sentence_is_not_judged(line):
    assert features(line) is None
