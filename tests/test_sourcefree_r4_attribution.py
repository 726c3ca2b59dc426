"""Issue 13, fourth round: a second attribution after a complete one, whatever the shape of the first and the verb
of the second, and the traps that must stay silent."""
from __future__ import annotations

import pytest

from checker.api import check_text
from checker.config import Config
from checker.findings import Severity
from checker.rules.attribution.appended import appended_attributions


def warnings(text: str, *codes: str) -> list[tuple[str, str]]:
    report = check_text(text, Config(select=codes or ("ATT",), models=False))
    return [(f.code, f.text) for f in report.findings if f.severity >= Severity.WARNING]


@pytest.mark.parametrize("text,second", [
    # an inverted first attribution with an apposition, a lexicon verb after it
    ("“The referee saw nothing,” fumed the manager, Paulo Fonseca, he argued.", "he argued"),
    # an inverted subject with a long complement
    ("“Exports will halve,” said a director of the federation of cheese makers, she explained.", "she explained"),
    # any verb: a French incise outside the speech-verb lexicon
    ("“We have lost a brother,” the mayor told France Bleu, he sobbed.", "he sobbed"),
    ("“The ice held,” the guide told reporters at the foot of the glacier, in Chamonix, she marvelled.",
     "she marvelled"),
    # an inverted second attribution
    ("“It was the hardest stage,” the rider told the press after the finish, confided the Belgian.",
     "confided the Belgian"),
])
def test_second_attribution_is_found(text, second):
    assert warnings(text, "ATT004") == [("ATT004", second)]


@pytest.mark.parametrize("text", [
    "“We won,” the captain told the press, they cheered.",  # another person
    "She said: “They told us to leave the building, they insisted.”",  # inside the quote
    "“We say that the tax fails”, the union's leader argued, citing the figures.",
    "The minister said the bridge would reopen, it emerged on Monday.",  # impersonal
    "Renamo wanted to “warn the international community”, said Mr Mazanga.",  # one attribution
    "“The deal is done,” he said, adding that he was relieved.",  # new content
    "“We are ready,” he said. “The war is over,” she replied.",  # two speakers
    "“It was hard,” the coach said, and he left the room.",
])
def test_traps_stay_silent(text):
    assert warnings(text) == []


def test_orphan_incise_after_a_full_stop():
    text = "“The decision is unfair,” the lawyer told AFP. He deplored. The hearing resumes on Monday."
    found = warnings(text, "ATT001", "ATT002")
    assert [code for code, _ in found] and all(span.startswith("He deplored") for _, span in found)
    assert warnings("“I am disgusted,” the actress wrote in a post. She launched.", "ATT001") == \
        [("ATT001", "She launched.")]
    # an intransitive verb, a verb with its object, no attribution before: left alone
    assert warnings("“We are leaving,” she said. She left.", "ATT001") == []
    assert warnings("“It works,” he said. He launched the app on Monday.", "ATT001") == []
    assert warnings("The minister spoke for an hour. She launched.", "ATT001") == []


def test_the_pair_names_both_clauses():
    text = "“We gave our best,” lamented the coach, Marc Lièvremont, he indicated."
    pairs = [(text[a.start:a.end], text[b.start:b.end]) for a, b in appended_attributions(text, 0, len(text))]
    assert pairs == [("he indicated", "lamented the coach")]
