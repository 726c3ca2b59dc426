"""Untranslated French: loanwords, names, runs inside sentences, whole sentences, and DEMETR figures."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from checker.api import check_text
from checker.config import Config
from checker.findings import Severity
from checker.lang.loanwords import bare, find_loanwords

DEMETR = Path(__file__).resolve().parents[2] / "shared" / "data" / "demetr_fr_en.jsonl"
SEED = Path(__file__).resolve().parents[2] / "shared" / "seed" / "000_dbb8f34e7e82e8cc.txt"
UNT = Config(select=("UNT",))


def findings(text: str, lang: str = "en"):
    config = UNT if lang == "en" else Config(select=("UNT",), target_lang=lang)
    return [(f.code, f.severity, f.text) for f in check_text(text, config).findings]


# --- loanwords ---------------------------------------------------------------------------------

@pytest.mark.parametrize("phrase", ["coup d'état", "coup d’etat", "raison d'être", "fait accompli", "déjà vu", "deja vu",
                                    "bête noire", "laissez-faire", "vis-à-vis", "à la carte", "tête-à-tête",
                                    "savoir-faire", "force majeure", "cause célèbre", "enfant terrible", "sang-froid",
                                    "joie de vivre", "femme fatale", "en route", "par excellence", "nouveau riche",
                                    "avant-garde", "esprit de corps", "rapprochement", "détente", "entente",
                                    "communiqué", "régime", "café", "résumé", "naïve", "façade", "élite", "protégé",
                                    "née", "Coup d'État"])
def test_loanwords_are_found_whole(phrase):
    text = f"It was, they said, {phrase} indeed."
    found = find_loanwords(text)
    assert [(text[f.start:f.end]) for f in found] == [phrase]


def test_loanwords_need_word_edges():
    assert find_loanwords("The cafeteria and the regimen") == []
    assert bare("Détente") == "detente"


@pytest.mark.parametrize("text", [
    "The coup d'état was a fait accompli; her raison d'être was the avant-garde.",
    "He felt a sense of déjà vu at the café, where his protégé ordered à la carte.",
    "The rapprochement and the détente between the two regimes, vis-à-vis Moscow, were a bête noire of hawks.",
    "Marie Curie, née Skłodowska, showed great sang-froid and savoir-faire.",
    "The laissez-faire approach of the nouveau riche was, par excellence, a cause célèbre.",
])
def test_loanwords_are_not_reported(text):
    assert findings(text) == []


def test_glossable_terms_are_info():
    assert findings("The gilets jaunes blocked the roads; the banlieues stayed calm.") == [
        ("UNT002", Severity.INFO, "gilets jaunes"), ("UNT002", Severity.INFO, "banlieues")]
    assert findings("The Parti de la Banlieue was founded in 2013.") == []


def test_a_loan_after_a_french_article_is_french():
    assert findings("Au début, when you travelled abroad, people were patient.") == [
        ("UNT002", Severity.WARNING, "Au début")]
    assert findings("It was a promising début for the young minister.") == []


# --- names and titles --------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Les Misérables opened in London; La Marseillaise was sung; Le Monde and Libération covered it.",
    "Charlie Hebdo and Le Canard enchaîné mocked the Assemblée nationale and the Conseil d'État.",
    "She studied at Sciences Po before joining the Quai d'Orsay and then the Élysée.",
    "La République en Marche, Rassemblement national, Les Républicains and the Front national all lost seats.",
    "Traffic jams on the Champs-Élysées, in Île-de-France, on the Côte d'Azur and in Seine-Saint-Denis.",
    "Jean-Luc Mélenchon, leader of La France insoumise, met Dominique de Villepin at the Hôtel de Ville.",
    "He crossed the Dent des Crolles near Saint-Pierre-de-Chartreuse and Lac à la Pêche.",
    "He worked at the Observatoire pour la Conservation et l'Etude des Animaux et Milieux Marins.",
    "The author of \"Le complot du Caire\" and \"Panique à Bamako\" died on Thursday.",
    "Rassemblement national and La République en Marche met in Paris.",
    "The vote at the Cinémathèque française was unanimous.",
    "UN peacekeepers arrived in Haiti after the 2010 earthquake.",
])
def test_names_and_titles_are_not_untranslated(text):
    assert [f for f in findings(text) if f[1] >= Severity.WARNING] == []


def test_french_words_next_to_foreign_names_are_still_french():
    assert findings("UN peacekeepers arrived in Haiti après the 2010 earthquake.") == [
        ("UNT002", Severity.WARNING, "après")]
    assert findings("For me, I tend to acheter Apple because I like the design.") == [
        ("UNT002", Severity.WARNING, "acheter")]


# --- runs inside English sentences -------------------------------------------------------------

@pytest.mark.parametrize("text,span", [
    ("The vehicle lui-même was removed from the crash site.", "lui-même"),
    ("You can également seek advice from other governments.", "également"),
    ("Investigators found que crystals had formed in the urine.", "que"),
    ("In Spain, les exportations are at their lowest for five years.", "les exportations"),
    ("As far as I know, il y a already a complaint against the government.", "il y a"),
    ("Contrast that with the next la bataille, that of the Falklands.", "la bataille"),
    ("L'humidité on your hands will react with the outer layers.", "L'humidité"),
    ("On some routes, but on d’autres routes there has been a problem.", "d’autres"),
    ("The company said its chiffre d'affaires rose by 5% last year.", "chiffre d'affaires"),
    ("Severe weather can occur anywhere in the world, et it can be of several kinds.", "et"),
])
def test_runs_are_warnings(text, span):
    assert findings(text) == [("UNT002", Severity.WARNING, span)]


@pytest.mark.parametrize("text", [
    "Smith et al. published the study in 2012.",
    "Que sera sera, he sang.",
    "The restaurant's soup du jour was excellent.",
    "This is encore the case in many countries.",
    "Machu Picchu consists of trois main structures.",
])
def test_ambiguous_single_words_are_info_or_nothing(text):
    assert all(severity == Severity.INFO for _, severity, _ in findings(text))


def test_deliberate_french_is_left_alone():
    assert findings('The monumental "Lieux de mémoire" (places of memory) is his best-known work.') == []
    assert findings("The so-called mariage pour tous law was passed in 2013.") == []
    assert findings("The law on laïcité, or secularism, dates from 1905.") == []


def test_quoted_french_title_is_info_and_quoted_phrase_is_warning():
    assert findings("He wrote the reference book 'Histoires de comédies musicales' in 2010.") == [
        ("UNT002", Severity.INFO, "Histoires de comédies musicales")]
    assert findings('He called the budget "une déclaration de guerre sociale".') == [
        ("UNT002", Severity.WARNING, "une déclaration de guerre sociale")]


# --- whole sentences ---------------------------------------------------------------------------

def test_a_french_sentence_is_an_error_and_consecutive_ones_merge():
    text = ("The minister arrived on Monday. Il a annoncé une réforme des retraites pour l'automne. "
            "Les syndicats ont appelé à la grève. The unions met on Tuesday.")
    assert findings(text) == [("UNT001", Severity.ERROR, "Il a annoncé une réforme des retraites pour l'automne. "
                                                         "Les syndicats ont appelé à la grève.")]


def test_a_short_french_sentence_is_a_warning():
    assert findings("The talks ended late. Les deux pays vont signer un accord.") == [
        ("UNT001", Severity.WARNING, "Les deux pays vont signer un accord.")]


def test_sentences_of_different_paragraphs_are_reported_apart():
    text = "Le gouvernement a présenté son budget mardi.\n\nLes syndicats ont appelé à la grève générale."
    assert [f[0] for f in findings(text)] == ["UNT001", "UNT001"]


def test_french_documents_and_english_headlines_are_not_checked():
    assert findings("Il a dit que le traité serait signé demain.", lang="fr") == []
    assert findings("Spectacular Wingsuit Jump Over Bogota") == []
    assert findings("Les Nouvelles de Tahiti") == []


def test_offsets_point_into_markdown():
    text = "# Title\n\nThe vehicle *lui-même* was removed.\n"
    report = check_text(text, Config(select=("UNT",)), fmt="markdown")
    assert [text[f.start:f.end] for f in report.findings] == ["lui-même"]


@pytest.mark.skipif(not SEED.exists(), reason="seed article not available")
def test_seed_article_has_no_untranslated_french():
    assert findings(SEED.read_text(encoding="utf-8")) == []


# --- DEMETR: recall on code-mixed rows, no false alarm on MT and references --------------------

@pytest.mark.skipif(not DEMETR.exists(), reason="DEMETR data not available")
def test_demetr_codemix_recall_and_false_alarms():
    rows = [json.loads(line) for line in DEMETR.read_text(encoding="utf-8").splitlines()]
    codemix = [r["en_pert"] for r in rows if r["pert_name"] == "critical_id4_codemix" and r["changed"]]
    controls = [r["en_mt"] for r in rows if r["pert_name"] == "base_id35_reference"]
    controls += [r["en_pert"] for r in rows if r["pert_name"] == "base_id35_reference"]
    found = sum(any(s >= Severity.WARNING for _, s, _ in findings(t)) for t in codemix)
    flagged = sum(bool(findings(t)) for t in controls)
    assert found / len(codemix) >= 0.8, f"{found}/{len(codemix)} code-mixed rows found"
    assert flagged == 0, f"{flagged} of {len(controls)} clean rows flagged"
