"""CAL003 (fixed expressions rendered word for word), FFR002's sense inventories and GRB011 (wrong sense), with the source."""
from __future__ import annotations

import re

import pytest

from checker.api import check_text
from checker.config import Config
from checker.rules.bitext import expressions, false_friend

CONFIG = Config(models=False)


def codes(text: str, source: str, code: str) -> list[tuple[str, str]]:
    report = check_text(text, CONFIG, source=source)
    return [(text[f.start:f.end], source[f.source_span.start:f.source_span.end])
            for f in report.findings if f.code == code]


ARTICLE_FR = ("Un accident de la route a fait quatre blessés vendredi sur l'autoroute A7.\n\n"
              "La circulation a été interrompue pendant deux heures.\n\n"
              "Les forces de l'ordre sont restées sur place jusqu'à midi.\n\n"
              "Le conducteur vit à Lyon depuis dix ans.")
ARTICLE_EN = ("An accident of the road made four wounded on Friday on the A7 motorway.\n\n"
              "The circulation was interrupted for two hours.\n\n"
              "The forces of order stayed on the spot until noon.\n\n"
              "The driver has lived in Lyon since ten years.")
CLEAN_EN = ("A road accident left four people injured on Friday on the A7 motorway.\n\n"
            "Traffic was stopped for two hours.\n\n"
            "Police stayed at the scene until noon.\n\n"
            "The driver has lived in Lyon for ten years.")


def test_article_calques_carry_their_french_expression():
    found = codes(ARTICLE_EN, ARTICLE_FR, "CAL003")
    assert ("accident of the road", "accident de la route") in found
    assert ("made four wounded", "a fait quatre blessés") in found
    assert ("forces of order", "forces de l'ordre") in found
    assert ("since ten years", "depuis dix ans") in found


def test_article_wrong_sense_of_a_look_alike_names_its_cue():
    report = check_text(ARTICLE_EN, CONFIG, source=ARTICLE_FR)
    hits = [f for f in report.findings if f.code == "FFR002"]
    assert [ARTICLE_EN[f.start:f.end] for f in hits] == ["circulation"]
    assert "traffic" in hits[0].message and "beside" in hits[0].message


def test_professional_rendering_of_the_same_article_is_clean():
    report = check_text(CLEAN_EN, CONFIG, source=ARTICLE_FR)
    assert [f.code for f in report.findings if f.code in {"CAL003", "FFR002", "GRB011"}] == []


def test_typographic_apostrophe_in_the_source():
    source = "La cour d’appel a confirmé la peine."
    assert codes("The court of call confirmed the sentence.", source, "CAL003") == [("court of call", "cour d’appel")]


def test_literal_rendering_without_the_french_expression_is_not_flagged():
    # "there are three years" is English when the source says there are three years left
    assert codes("There are three years left before the vote.", "Il reste trois ans avant le vote.", "CAL003") == []
    # the source has "il y a trois ans" but the translation says it right
    assert codes("Three years ago he left Paris.", "Il y a trois ans, il a quitté Paris.", "CAL003") == []


def test_licensing_source_context_blocks_on_behalf_of():
    source = "Il a signé au nom de la société, de la part de son directeur."
    assert codes("He signed on behalf of the company, for its director.", source, "CAL003") == []
    assert codes("He received a letter on behalf of the minister.",
                 "Il a reçu une lettre de la part du ministre.", "CAL003") == [("on behalf of", "de la part du")]


@pytest.mark.parametrize("english, french, expected", [
    ("The fusion of the two banks was approved.", "La fusion des deux banques a été approuvée.", ["fusion"]),
    ("Nuclear fusion is decades away.", "La fusion nucléaire est lointaine.", []),
    ("The army exercise starts on Monday.", "L'exercice de l'armée commence lundi.", []),
    ("Profit for the exercise rose by 5%.", "Le bénéfice de l'exercice a progressé de 5 %.", ["exercise"]),
    ("The court hearing was postponed.", "L'audience du tribunal a été reportée.", []),
    ("The court audience was postponed.", "L'audience du tribunal a été reportée.", ["audience"]),
    ("The race for the presidency has begun.", "La course à la présidence a commencé.", []),
    ("The course for the presidency has begun.", "La course à la présidence a commencé.", ["course"]),
    ("Of course, the race for the presidency has begun.", "Bien sûr, la course à la présidence a commencé.", []),
    ("For instance, the European bodies must agree.", "Par exemple, les instances européennes doivent s'entendre.", []),
    ("The European instances must agree.", "Les instances européennes doivent s'entendre.", ["instances"]),
])
def test_context_picks_the_sense(english, french, expected):
    assert [e for e, _ in codes(english, french, "FFR002")] == expected


def test_cue_must_be_near_the_word():
    french = ("Il a délivré des colis au maire pendant des mois, selon les documents judiciaires "
              "publiés jeudi par le tribunal de Toronto.")
    assert codes("He delivered parcels to the mayor for months, according to court documents "
                 "released on Thursday by the Toronto court.", french, "FFR002") == []


def test_wrong_sense_is_garbled_and_reports_the_whole_rendering():
    french = "Il y avait 1,3 million de téléspectateurs derrière leur poste de télé."
    report = check_text("There were 1.3 million viewers behind their TV station.", CONFIG, source=french)
    hits = [f for f in report.findings if f.code == "GRB011"]
    assert len(hits) == 1 and hits[0].category.value == "garbled"
    assert "There were 1.3 million viewers behind their TV station."[hits[0].start:hits[0].end] == "TV station"


def test_apostrophe_helper_keeps_character_classes_valid():
    pattern = expressions.either_apostrophe("d[eu']|l'ordre")
    assert re.fullmatch(pattern, "d’") and re.fullmatch(pattern, "l’ordre") and re.fullmatch(pattern, "du")


def test_data_files_compile_and_every_sense_entry_has_a_meaning():
    assert len(expressions.expressions()) >= 40
    inventory = false_friend.sense_inventory()
    assert any(not f.look_alike for f in inventory) and any(f.look_alike for f in inventory)
    assert all(f.meaning for f in inventory)
