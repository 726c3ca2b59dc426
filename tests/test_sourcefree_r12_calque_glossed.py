"""Issue 13, round 12: French fixed expressions glossed word for word (calque_expressions.yaml, CAL004)."""
from __future__ import annotations

import re

import pytest

from checker.api import check_text
from checker.config import Config
from checker.data.cache import load_yaml
from checker.findings import Severity
from checker.rules.calque import glossed
from checker.rules.calque.structures import _idiom_regex


def spans(text: str) -> list[str]:
    """The calque warnings (CAL001, CAL002, CAL004) of a text."""
    report = check_text(text, Config(models=False, select=("CAL",)))
    return [text[f.start:f.end] for f in report.findings if f.severity >= Severity.WARNING]


GLOSSES = {"donner": "~give", "assaut": "assault", "perdre": "~lose", "nuit": "night", "arme": "weapon",
           "blanche": "white/A", "fosse": "grave", "commun": "common/A", "tirs": "shots", "essuyer": "~wipe",
           "visage": "face", "découvert": "uncovered/A", "centre": "centre", "ville": "town"}
VERBS = {"give": ["give", "gives", "gave", "given", "giving"], "lose": ["lose", "loses", "lost", "losing"],
         "be": ["be", "is", "are", "was", "were", "been", "being"]}


def matches(shape_list: list[str], text: str) -> bool:
    return any(re.search(_idiom_regex(shape, VERBS)[0], text, re.IGNORECASE) for shape in shape_list)


def test_a_verb_and_its_object_in_any_form_and_in_the_passive():
    shapes = glossed.shapes("donner l'assaut", GLOSSES, VERBS, passive=True)
    assert matches(shapes, "The police gave the assault at dawn.")
    assert matches(shapes, "Commandos will give the assault.")
    assert matches(shapes, "The assault was given at noon.")
    assert matches(shapes, "The assault has been given.")
    assert not glossed.shapes("donner l'assaut", GLOSSES, VERBS) == shapes  # the passive only when asked for


def test_a_reflexive_pronoun_follows_its_verb():
    shapes = glossed.shapes("se perdre dans la nuit", GLOSSES, VERBS)
    assert matches(shapes, "The boat lost itself in the night.")
    assert not matches(shapes, "They lost the night shift.")


def test_a_postposed_adjective_either_side_and_the_french_number():
    shapes = glossed.shapes("arme blanche", GLOSSES, VERBS)
    assert matches(shapes, "He was armed with a white weapon.") and matches(shapes, "a weapon white")
    assert not matches(shapes, "two white weapons")  # singular French, singular English
    assert matches(glossed.shapes("fosses communes", GLOSSES, VERBS), "Three common graves were found.")


def test_an_added_word_before_the_noun_may_follow_the_subjects_number():
    shapes = glossed.shapes("à + visage découvert", GLOSSES, VERBS)
    assert matches(shapes, "The strikers marched with their faces uncovered.")
    assert matches(shapes, "She spoke with uncovered face.")


def test_a_partitive_after_a_verb_is_not_of():
    shapes = glossed.shapes("essuyer des tirs", GLOSSES, VERBS)
    assert matches(shapes, "The patrol wiped shots near the border.")
    assert not any("of" in s.split() for s in shapes)


def test_hyphenated_compound_glossed_part_by_part():
    assert matches(glossed.shapes("centre-ville", GLOSSES, VERBS), "Traffic in the centre-town was blocked.")


def test_an_unglossed_word_gives_no_shape():
    assert glossed.shapes("donner le feu vert", GLOSSES, VERBS) == []


def test_every_expression_of_the_table_has_shapes():
    data = load_yaml("calque_expressions")
    verbs = load_yaml("calque_idioms")["verbs"]
    for french, *_ in data["expressions"]:
        base = french.removesuffix(" (passive)")
        assert glossed.shapes(base, data["glosses"], verbs), french


POSITIVES = [
    ("Riot police gave the assault on the squat shortly after six.", "gave the assault"),
    ("The alarm was late: the alert was only given at 3 am by a neighbour.", "the alert was only given"),
    ("The regional council will render him a solemn homage on Monday.", "render him a solemn homage"),
    ("The veteran striker took the succession of his mentor at the club.", "took the succession of"),
    ("Fans had taken by assault the ticket offices before dawn.", "taken by assault"),
    ("The victim was stabbed with a white weapon in a car park.", "white weapon"),
    ("The mayor promised that the light will be made on the accounts of the association.", "the light will be made"),
    ("A series of settlements of accounts has bloodied the northern estates.", "settlements of accounts"),
    ("The strike paralysed the transports in common for a third day.", "transports in common"),
    ("The Garonne went out of its bed overnight and flooded the quays.", "went out of its bed"),
    ("Police dismantled three points of deal in the estate.", "points of deal"),
    ("The bakery is in the centre-town, near the cathedral.", "centre-town"),
    ("The reform provoked a rising of shields among teachers.", "rising of shields"),
    ("The prefecture puts at disposition a free shuttle for the festival.", "puts at disposition"),
    ("The patient was transferred in a medicalised helicopter to Lyon.", "medicalised helicopter"),
    ("The verdict fell like a cleaver for the families.", "fell like a cleaver"),
    ("The defence scored a goal against its camp in the 80th minute.", "goal against its camp"),
    ("The river empties itself within two hours after each storm.", "empties itself"),
    ("He was judged in immediate appearance and sentenced to six months.", "in immediate appearance"),
    ("The opposition parties advanced in ranks dispersed to the second round.", "in ranks dispersed"),
    ("The holder of the title was eliminated in the quarter-finals.", "holder of the title"),
    ("The candidate of the power won 52% of the votes, according to official results.", "candidate of the power"),
    ("The patrol was stopped at sight of eye by the rising water.", "at sight of eye"),
    ("The unions pulled the bell of alarm about the hospital.", "pulled the bell of alarm"),
    ("The young striker signed a double against Reims.", "signed a double"),
]


@pytest.mark.parametrize("text,span", POSITIVES)
def test_glossed_expressions_are_found(text, span):
    found = spans(text)
    assert any(span in f or f in span for f in found), found


TRAPS = [
    "The pitcher threw the ball and the crowd gave a roar.",  # no expression
    "She was holding her head in her hands when the police arrived.",  # 'tenir tête' is left out
    "The company made light of the losses in its annual report.",  # English 'make light of'
    "The river empties itself into the Atlantic near Nantes.",  # English: a river empties into the sea
    "The assault rifle was given to the museum by a collector.",  # 'assault' as a modifier
    "The holder of the title of duke must live at the castle.",  # a title of nobility
    "He lost his way in the night and slept in a barn.",  # no reflexive
    "The council spent the night in talks and gave the go-ahead at dawn.",
    "From the first round, the favourite dominated the debate.",  # 'dès' is 'since', not 'from'
    "Engineers put the key in the lock and opened the touch screen.",
    "The cashier gave him the change and a receipt.",
    "The vote of confidence will take place next week in the Assembly.",
    "Investigators found a knife and a handgun in the car.",
    "He was buried in a common grave in the Jewish cemetery.",  # English: a paupers' grave
    "The minister took the floor and paid tribute to the victims.",
]


@pytest.mark.parametrize("text", TRAPS)
def test_english_sentences_are_not_glossed_calques(text):
    assert spans(text) == []
