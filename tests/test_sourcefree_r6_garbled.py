"""Issue 13, sixth pass: French syntax mined from literal MT (pronominal verbs, 'ce qui', inverted present
perfect, impersonal 'on', 'à' of place, 'pour' + infinitive, 'd'ici', 'être' auxiliary, nominal chains, postposed
adjectives)."""
from __future__ import annotations

import json

import pytest

from benchmarks.common import DATA
from checker.api import check_text
from checker.config import Config
from checker.findings import Severity
from checker.rules.lexicon import load_lexicon


def garbled(text: str) -> list[str]:
    report = check_text(text, Config(select=("GRB001",), models=False))
    return [text[f.start:f.end] for f in report.findings if f.severity >= Severity.WARNING]


# wordings of our own, none of them in a set or in the MT outputs the families were mined from
POSITIVES = [
    ("The explosion occurred itself at the far end of the depot.", "occurred itself"),
    ("Several rallies unfold themselves every weekend across the country.", "unfold themselves"),
    ("The disagreement between the partners has intensified itself over the summer.", "intensified itself"),
    ("The deficit was aggravated itself by the fall in tax receipts.", "aggravated itself"),
    ("Fuel prices doubled in a year, what angered the fishermen of the coast.", "what angered"),
    ("The vineyards froze in April, what has reduced the harvest by half.", "what has reduced"),
    ("\u201cThe bridge will reopen in June,\u201d has assured the prefect of the region.", "has assured"),
    ("\u00abNothing is decided\u00bb, has specified Mrs Lemoine, the director.", "has specified"),
    ("The rescue went on all night, has indicated Captain Morel.", "has indicated Captain Morel"),
    ("Three climbers were caught by the storm, one has learned from the gendarmerie.", "one has learned"),
    ("The talks are stalled and one fears a long conflict.", "one fears"),
    ("The charity, headquartered to Geneva, lost its main donor.", "headquartered to Geneva"),
    ("The town borrowed money for to rebuild the school.", "for to rebuild"),
    ("The station has been closed since more than three years.", "since more than three years"),
    ("Engineers carried out the inspection technical, which found no fault.", "inspection technical"),
    ("The mayor promised a response vigorous.", "response vigorous"),
    ("Police are investigating the fire suspicious that destroyed the warehouse.", "fire suspicious"),
    ("The ring road will be finished of here three years, the region says.", "of here three"),
    ("The singer is deceased on Sunday in a clinic near Lyon.", "is deceased on"),
    ("The council will express itself on the reform in a televised address.", "express itself on"),
    ("The agency delayed the programme of modernisation of the network until 2030.",
     "programme of modernisation of the network"),
    ("Exports to China have fallen in 8 % over the year.", "fallen in 8 %"),
    ("In the valley it exists several caves that nobody has mapped.", "it exists several"),
]

TRAPS = [
    "History repeats itself, and the market spread itself thin after the merger.",
    "The crisis presented itself as an opportunity; the firm declared itself bankrupt.",
    "The coach was pleased with himself; the team was left to itself after the break.",
    "Fuel prices doubled in a year, which angered the fishermen; what angered them most was the tax.",
    "For example, what angered the fishermen of the coast?",
    "\u201cThe bridge will reopen in June,\u201d the prefect said; the prefect has said it will reopen.",
    "His deputy, Paul Morel, has described the report as biased.",
    "One has to admire their patience; no one has learned the lesson; the one noted in the report is old.",
    "The charity, headquartered in Geneva, sent aid to Gaza; he was sentenced to prison.",
    "The station is worth it to the town; she paid for the repairs; he waited for two days.",
    "The station has been closed for more than three years, since more than three years ago.",
    "The sergeant faced a court martial; the side lost the league final; it was a little chaotic.",
    "It is a region famous for its wine and a policy harmful to the poor.",
    "The depot is a mile south of here; they ran out of here at dawn.",
    "The anger expressed itself in riots; the company declared itself in favour of the merger.",
    "The cost of production of the vaccine fell; the level of investment of the region rose.",
    "Exports rose in 2023 and fell in March; the cave exists already in old maps, if it exists at all.",
    "They want to keep the vote secret and make the inquiry public; the technical inspection is due.",
]


@pytest.mark.parametrize("text,span", POSITIVES)
def test_reported(text, span):
    assert span in garbled(text)


@pytest.mark.parametrize("text", TRAPS)
def test_traps_silent(text):
    assert garbled(text) == []


SIXTH_PASS = ("pronominal verb", "reflexive pronoun (s", "ce qui", "inverted reporting clause", "impersonal on",
              "place verb + to", "worth to / for to", "quantified duration", "by its suffix", "of here",
              "être auxiliary",
              "speech or destination", "nominal chain", "change verb + in",
              "it exists")


def test_new_families_silent_on_professional_references():
    path = DATA / "wmt_news_fr_en.jsonl"
    if not path.is_file():
        pytest.skip("WMT14 data not available")
    entries = [e for e in load_lexicon("garble_patterns") if any(k in e.data["key"] for k in SIXTH_PASS)]
    assert len(entries) == 16
    with open(path, encoding="utf-8") as handle:
        references = [json.loads(line)["en"] for line in handle if line.strip()]
    hits = [(e.data["key"], ref) for ref in references for e in entries if e.regex.search(ref)]
    assert hits == []
