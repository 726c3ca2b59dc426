"""OMI007 (a word left hanging where a French noun or verb was dropped) and OMI004's dropped subject noun."""
from __future__ import annotations

import pytest

from checker.api import check_text
from checker.config import Config


def _found(text: str, source: str, code: str, models: bool = False) -> list[str]:
    report = check_text(text, Config(models=models, select=(code,)), source=source)
    return [f.text for f in report.findings if f.code == code]


@pytest.mark.parametrize("text, source, expected", [
    ("The vehicle itself was from the crash site around noon the same day.",
     "Le véhicule lui-même a été enlevé du lieu de l'accident vers midi le même jour.", "was from"),
    ("Workers must obey the instructions of their superiors without.",
     "Les travailleurs doivent obéir aux instructions de leurs supérieurs sans poser de questions.", "without."),
    ("Many of these customs have been adopted by non- in Christian countries.",
     "Beaucoup de ces coutumes ont été adoptées par des non-croyants dans les pays chrétiens.", "non-"),
    ("France is the seventh country to the effects of the crisis after Italy.",
     "La France est le septième pays à subir les effets de la crise après l'Italie.", "to the"),
])
def test_stranded_word_found(text, source, expected):
    assert _found(text, source, "OMI007") == [expected]


def test_hyphen_source_span_is_the_whole_compound():
    source = "Beaucoup de ces coutumes ont été adoptées par des non-croyants dans les pays chrétiens."
    report = check_text("Many of these customs have been adopted by non- in Christian countries.",
                        Config(models=False, select=("OMI007",)), source=source)
    (finding,) = report.findings
    span = finding.source_span
    assert source[span.start:span.end] == "non-croyants"


@pytest.mark.parametrize("text, source", [
    ("The vehicle itself was removed from the crash site around noon the same day.",
     "Le véhicule lui-même a été enlevé du lieu de l'accident vers midi le même jour."),
    # a participle rendered by a copula and a phrase
    ("The candidate said that she was in favour of a moratorium on the closure.",
     "La candidate a dit qu'elle s'était prononcée en faveur d'un moratoire sur la fermeture."),
    # a verb turned into a noun after 'to'
    ("Such ecosystems can ultimately lead to the creation of new species.",
     "De tels écosystèmes peuvent engendrer à terme la création de nouvelles espèces."),
    # coordinated particles, and a subject shared in a coordination
    ("Prices went up in March and came down in April, before and after the vote.",
     "Les prix ont monté en mars et baissé en avril, avant et après le vote."),
    # a shared second half
    ("The pre- and post-war economies differ in many ways.",
     "Les économies d'avant-guerre et d'après-guerre diffèrent à bien des égards."),
    # a preposition stranded by a relative
    ("This is the law that the deputies voted for.", "C'est la loi pour laquelle les députés ont voté."),
    # ne … que
    ("The minister only signed the decree on Monday.", "Le ministre n'a signé le décret que lundi."),
])
def test_stranded_word_traps(text, source):
    assert _found(text, source, "OMI007") == []


def test_stranded_word_needs_the_source():
    report = check_text("The vehicle itself was from the crash site.", Config(models=False, select=("OMI007",)))
    assert [f for f in report.findings if f.code == "OMI007"] == []


@pytest.mark.parametrize("text, source, expected", [
    ("The regional approved the budget on Friday evening.",
     "Le conseil régional a approuvé le budget vendredi soir.", ["regional approved"]),
    ("According to the police, the young fled before their arrival.",
     "Selon la police, le jeune homme a fui avant leur arrivée.", ["young fled"]),
    ("The regional council approved the budget on Friday evening.",
     "Le conseil régional a approuvé le budget vendredi soir.", []),
    # the word after the adjective is its noun: the French noun comes before the adjective
    ("Economic reforms were adopted by the parliament on Monday.",
     "Les réformes économiques ont été adoptées par le parlement lundi.", []),
    # a subject moved: the French subject rendered after the verb
    ("On Monday the budget was approved by the regional council.",
     "Le conseil régional a approuvé le budget lundi.", []),
])
def test_dropped_subject_noun_before_its_verb(text, source, expected):
    assert _found(text, source, "OMI004") == expected


@pytest.mark.parametrize("text, source, expected", [
    ("Investigators that crystals had formed in the urine of the cats.",
     "Les enquêteurs ont découvert que des cristaux s'étaient formés dans l'urine des chats.", ["Investigators that"]),
    ("The rise of new technologies us to study brain structures.",
     "L'essor des nouvelles technologies nous permet d'étudier les structures cérébrales.", ["technologies us"]),
    ("A lawyer has his intention to take the case to the court.",
     "Un avocat a exprimé son intention de porter l'affaire devant la cour.", ["has his"]),
    ("Go and see the results today: in Spain, are at their lowest for five years.",
     "Allez voir les résultats aujourd'hui : en Espagne, les exportations sont au plus bas depuis cinq ans.", [", are"]),
    ("Investigators found that crystals had formed in the urine of the cats.",
     "Les enquêteurs ont découvert que des cristaux s'étaient formés dans l'urine des chats.", []),
    # a subject moved before the comma
    ("The town, which is the last bastion of the rebellion, lies on the border.",
     "Dernier bastion de la rébellion, cette localité est située à la frontière.", []),
    ("The police, who had been alerted, stepped in to separate them.",
     "Alertés, les gendarmes se sont rendus sur place pour les séparer.", []),
    # a gerund, and a preposition with an article read as clitics
    ("The Fed said it would be maintaining its support for the economy.",
     "La Fed a annoncé le maintien en l'état de son soutien à l'économie.", []),
    ("Exports, however, are at their lowest for five years.",
     "Les exportations sont cependant au plus bas depuis cinq ans.", []),
    ("The company has a factory in the north.", "L'entreprise a une usine dans le nord.", []),
])
def test_verb_and_subject_gaps(text, source, expected):
    assert _found(text, source, "OMI007") == expected


def test_count_before_its_verb():
    assert _found("Nearly 20,000 were destroyed by the army in Gaza.",
                  "Près de 20 000 maisons ont été détruites par l'armée à Gaza.", "OMI004") == ["20,000 were"]
    assert _found("The 20 were arrested on Monday morning.", "Les 20 ont été arrêtés lundi matin.", "OMI004") == []
