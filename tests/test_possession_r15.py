"""Issue 13, round 15: one's own body and life with the French definite article (CAL004's possession family), and a
person's age said the French way (GRB016, checker/rules/garbled/french_age.py), each with traps."""
from __future__ import annotations

import pytest

from checker.api import check_text
from checker.config import Config
from checker.findings import Severity

CONFIG = Config(models=False)


def spans(text: str, category: str) -> list[str]:
    """The spans of the warnings of one category in text."""
    return [text[f.start:f.end] for f in check_text(text, CONFIG).findings
            if f.category.value == category and f.severity >= Severity.WARNING]


# (text, the reported span): none of them from a blind set
POSSESSION = [
    # (a) the object of a verb acting on one's own body or life (perdre la vie, se casser la jambe, lever la main)
    ("Three climbers lost the life on the glacier last winter.", "lost the life"),
    ("The firefighters risked the life to save the children.", "risked the life"),
    ("The winger broke the ankle in the first minute.", "broke the ankle"),
    ("The keeper has fractured the wrist and will miss the final.", "fractured the wrist"),
    ("The thief broke him the jaw before fleeing.", "broke him the jaw"),
    ("Asked about a deal, the minister shook the head.", "shook the head"),
    ("Several deputies raised the hand to speak.", "raised the hand"),
    ("The defendant lowered the eyes when the verdict was read.", "lowered the eyes"),
    ("The farmers turned the back on the government.", "turned the back"),
    ("The crowd answered by raising the fists in the air.", "raising the fists"),
    ("The pupils greeted him clapping the hands and singing.", "clapping the hands"),
    ("The deputies protested, banging the fists on their desks.", "banging the fists"),
    ("The coach crossed the arms and waited.", "crossed the arms"),
    ("The fans waved the arms in the air.", "waved the arms"),
    # (b) a part after a noun of expression or a held object (les larmes aux yeux, l'arme à la main)
    ("The mother spoke to reporters, tears in the eyes.", "tears in the eyes"),
    ("The veteran watched the parade, a smile on the lips.", "smile on the lips"),
    ("The striker left the pitch with rage in the heart.", "rage in the heart"),
    ("The robber walked in, the gun in the hand, and demanded cash.", "gun in the hand"),
    ("The singer came on stage, a microphone in the hand.", "microphone in the hand"),
    ("The candidate posed, a baby in the arms, for the cameras.", "baby in the arms"),
    ("The teachers marched with the fear in the belly.", "fear in the belly"),
    # (c) a part and its state (la tête haute, les bras croisés, la voix étranglée)
    ("The players left the stadium with the head high.", "the head high"),
    ("The witness answered with the eyes closed.", "the eyes closed"),
    ("The prisoner was found with the hands tied behind the back.", "the hands tied"),
    ("The mayor thanked the rescuers, the voice trembling.", "the voice trembling"),
    ("The strikers sang, the fist raised, in front of the factory.", "the fist raised"),
]

# English that the same words make: none of these may be reported as a calque
POSSESSION_ENGLISH = [
    "The judge is blind in the eyes of the law; the head of the delegation spoke; the arm of the chair broke.",
    "The ball hit him in the face; he was shot in the leg; it was a blow to the head; she was stabbed in the back.",
    "The mayor shook the hand of the president; the allies lifted the arms embargo; he raised the heart rate.",
    "They gave the arms to the rebels; the soldiers laid down the arms seized in the raid.",
    "The team lost the head coach; the club took the lead; this is the heart of the matter.",
    "He was the life of the party; the ban on covering the face in public passed.",
    "He had a lump in the throat; the dog was foaming at the mouth; a knife in the back ended the alliance.",
    "She raised her hand; he shook his head; they lost their lives; tears in her eyes, she left.",
    "He left with his head held high; the company, the head appointed last year, grew.",
    "The soldiers returned with the arms seized in the raid.",
    "She raised the hand that held the gun.",
]


@pytest.mark.parametrize("text,span", POSSESSION)
def test_own_body_with_the_article_is_a_calque(text, span):
    assert span in spans(text, "calque")


@pytest.mark.parametrize("text", POSSESSION_ENGLISH)
def test_english_parts_are_left_alone(text):
    found = [s for s in spans(text, "calque") if " the " in f" {s} "]
    assert found == []


def test_the_finding_explains_the_article():
    finding = next(f for f in check_text("Two hikers lost the life in the storm.", CONFIG).findings
                   if f.code == "CAL004")
    assert "possessive" in finding.message and "definite article" in finding.message


def test_the_absolute_phrase_and_gesture_patterns_are_subsumed():
    """One model: the old absolute-phrase pattern of CAL004 and the gesture entry of GRB001 are gone."""
    from checker.data.cache import load_yaml
    from checker.rules.calque import structures

    assert not hasattr(structures, "_BODY_PART")
    keys = [e.get("key", "") for e in load_yaml("garble_patterns")["entries"]]
    assert not any("body part" in k for k in keys)


# (text, the reported span)
AGES = [
    ("The victim, a pensioner of 81 years, lived alone.", "of 81 years"),
    ("A woman of 62 years was found unconscious.", "of 62 years"),
    ("A student of 19 years at the Sorbonne was arrested.", "of 19 years"),
    ("The driver, a woman of about fifty years, was unhurt.", "of about fifty years"),
    ("Police questioned a man of some forty years.", "of some forty years"),
    ("The hiker, a Belgian of 62 years, was found alive.", "of 62 years"),
    ("A young girl of twelve years was rescued from the river.", "of twelve years"),
    ("Her son of five years was asleep upstairs.", "of five years"),
    ("The rider, a Colombian of twenty-four years, won the stage.", "of twenty-four years"),
    ("The suspect, aged of about thirty years, was freed.", "aged of about thirty years"),
]

AGES_ENGLISH = [
    "The court handed down a sentence of 10 years; a career of 30 years ended in May.",
    "He was a man of 40 years' experience; she was a woman of 90 years old when she died.",
    "Her husband of 40 years died; he is a veteran of 30 years in the police force.",
    "The town's mayor of 20 years resigned; a member of 15 years left the club.",
    "He is a policeman of 20 years in the force; she was a teacher of 25 years at the school.",
    "A period of 10 years; a ban of five years; a contract of three years was signed.",
    "A man of 30 years of age; a woman of 50 years ago.",
]


@pytest.mark.parametrize("text,span", AGES)
def test_age_the_french_way_is_garbled(text, span):
    assert span in spans(text, "garbled")


@pytest.mark.parametrize("text", AGES_ENGLISH)
def test_english_lengths_of_years_are_left_alone(text):
    assert [s for s in spans(text, "garbled") if "years" in s] == []


def test_age_is_no_longer_a_calque():
    """A person's age is GRB016's alone: CAL002 no longer reports it too."""
    text = "The victim, a woman of 60 years, was found near the font."
    assert spans(text, "calque") == [] and spans(text, "garbled") == ["of 60 years"]


def test_windowed_scan_finds_what_a_line_scan_finds(monkeypatch):
    """The possession family is tried only around 'the <part>' (its window): the same hits as reading every line."""
    import dataclasses

    from checker.rules.calque import structures

    text = "\n\n".join([t for t, _ in POSSESSION] + POSSESSION_ENGLISH + [" ".join(t for t, _ in POSSESSION)])
    windowed = structures.structure_hits(text)
    assert any(p.window for _, _, p in windowed)
    patterns = tuple(dataclasses.replace(p, window=(), after_word="") for p in structures._patterns())
    monkeypatch.setattr(structures, "_patterns", lambda: patterns)
    structures._compiled.cache_clear()
    structures._index.cache_clear()
    try:
        plain = structures.structure_hits(text)
    finally:
        structures._compiled.cache_clear()
        structures._index.cache_clear()
    assert [(s, e, p.french) for s, e, p in windowed] == [(s, e, p.french) for s, e, p in plain]
