"""Issue 13, sixth round (b): scraped page furniture written for these tests (not taken from any set), each line
between two paragraphs of news, and news lines that share its words (traps)."""
from __future__ import annotations

import pytest

from checker.api import check_text
from checker.config import Config
from checker.findings import Severity

CONFIG = Config(select=("BPL",), models=False)
BEFORE, AFTER = "The council met on Tuesday to vote the budget.\n\n", "\n\nThe mayor said the vote was close."


def furniture(line: str) -> list[str]:
    text = BEFORE + line + AFTER
    return [text[f.start:f.end] for f in check_text(text, CONFIG).findings if f.severity >= Severity.WARNING]


@pytest.mark.parametrize("line", [
    "Published on 14/02/2023 at 09:12 - Updated on 14/02/2023 at 11:40",
    "By Claire Dumont with AFP",  # a byline shared with an agency
    "Most read",  # section labels standing alone
    "Advertising",
    "Comments (38)",
    "Tags: pensions, strike, unions",
    "Infographic: the number of wolves in France since 1995",  # a multimedia label before a headline
    "Map: the districts under evacuation order",
    "In pictures: the harbour the morning after the storm",
    "The editorial staff recommends: our guide to the municipal elections",  # a promotion after a label
    "Continue reading below the advertisement",
    "Our selection of the best photos of the week (20 photos)",  # a gallery's size
    "Video: the prime minister's speech in full (23:10)",
    "Replay: watch the full debate on our channel",
    "Click on the map to see the results in your town",
    "Do not miss any news from Toulouse: download our free app",
])
def test_furniture_line_found(line):
    assert furniture(line) == [line]


@pytest.mark.parametrize("line", [
    "Read by millions, the novel sold out within a week.",
    "Readers of the local daily were the first to learn of the closure.",
    "Follow-up care will be offered to the victims' families, the ministry said.",
    "Subscribers to the service will pay 3 euros more from June.",
    "The photo, taken on Monday, shows the minister leaving the Élysée.",  # a caption is content
    "A man walks past a closed shop in Marseille, on 3 March 2023.",
    "Download speeds will double next year, the operator promised.",
    "Watch out for black ice, the prefecture warned motorists.",
    "The newsletter, sent to 30,000 members, called for a boycott.",
    "Find the courage to speak, the priest told the congregation.",
    "Live music returned to the bars of Lyon on Friday.",
    "Our correspondent in Kyiv said the sirens had sounded all night.",
    "Comments made by the minister on Sunday angered the unions.",
    "Advertising revenue fell by a third, the group said.",
    "Tags on the parcels showed they came from Belgium.",
    "Maps of the flood zones will be published by the prefecture on Friday.",
    "By Monday, the water had gone down in Nantes and Angers.",
])
def test_news_line_left_alone(line):
    assert furniture(line) == []
