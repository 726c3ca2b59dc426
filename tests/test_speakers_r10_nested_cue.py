"""Speakers, round 10: quoted words inside the content of a reporting verb ("Officials have told the council that
the sites would be “…”", "Plusieurs élus jugeaient le chantier « … »") are that verb's subject's, though the
sentence closes on another attribution ("according to a letter", "écrit le quotidien"); not when a
subordinator or "car" comes between. Fresh paragraphs in both languages, with traps."""
from __future__ import annotations

from tests.quote_speakers import quotes_in


def speaker(text: str, words: str, lang: str) -> str | None:
    return next((q.resolved_speaker or q.speaker) for q in quotes_in(text, lang) if words in q.text)


def test_en_told_that_before_an_according_to_source():
    text = ('Inspectors have told the trust that its wards were “unsafe at night”, according to a report seen by '
            'the BBC.')
    assert speaker(text, 'unsafe at night', 'en') == 'Inspectors'


def test_en_warned_that_before_a_closing_attribution():
    text = ('Parents have warned the school that the buses are “dangerously full”, the council said.')
    assert speaker(text, 'dangerously full', 'en') == 'Parents'


def test_en_trap_one_cue_before():
    text = ('The union said managers had been “heavy-handed” during the dispute.')
    assert speaker(text, 'heavy-handed', 'en') == 'The union'


def test_en_inner_cue_after_according_to():
    text = ('According to the union, managers told staff they were “lucky to have jobs”.')
    assert speaker(text, 'lucky to have jobs', 'en') == 'managers'


def test_fr_jugent_avant_rapporte_le_journal():
    text = ('Des élus de la majorité jugent le projet « irréaliste », rapporte Le Télégramme.')
    assert speaker(text, 'irréaliste', 'fr') == 'Des élus de la majorité'


def test_fr_ont_averti_que_avant_selon_un_rapport():
    text = ('Les inspecteurs ont averti la direction que les locaux étaient « insalubres », selon un rapport '
            "consulté par l'AFP.")
    assert speaker(text, 'insalubres', 'fr') == 'Les inspecteurs'


def test_fr_piege_car_ouvre_une_autre_proposition():
    text = ('Le maire a déclaré que la commune soutenait le projet car « il crée des emplois ».')
    assert speaker(text, 'il crée des emplois', 'fr') == 'Le maire'


def test_fr_piege_si_ouvre_une_subordonnee():
    text = ('Si les experts confirment le risque, le site sera « fermé sans délai », a prévenu le préfet.')
    assert speaker(text, 'fermé sans délai', 'fr') == 'le préfet'


def test_en_trap_if_opens_a_subordinate_clause():
    text = ('If the inspectors reported problems again, the wards would not be “safe”, the minister said.')
    assert speaker(text, 'safe', 'en') == 'the minister'


def test_en_officials_told_after_a_newspaper_paragraph():
    text = ('The Observer has learned that two barracks in Wiltshire will close next year.\n\n'
            'Officials have told the council that the sites would be “stood down quietly”, according to a letter '
            'seen by the paper.')
    assert speaker(text, 'stood down quietly', 'en') == 'Officials'


def test_en_inspectors_told_after_a_newspaper_paragraph():
    text = ('The Times has learned that a maternity unit in Kent will close its doors at night.\n\n'
            'Inspectors have told the trust that its wards were “unsafe at night”, according to a report seen by '
            'the paper.')
    assert speaker(text, 'unsafe at night', 'en') == 'Inspectors'


def test_fr_jugeaient_avant_ecrit_le_quotidien():
    text = ("D'après Sud Ouest, la métropole a renoncé au tramway de la rive droite.\n\n"
            'Plusieurs élus jugeaient le chantier « hors de prix », écrit le quotidien.')
    assert speaker(text, 'hors de prix', 'fr') == 'Plusieurs élus'


def test_fr_jugeaient_apres_selon_un_journal():
    text = ('Selon Les Échos, le groupe a repoussé son introduction en Bourse.\n\n'
            'Des banquiers jugeaient le calendrier « trop risqué », écrit le journal.')
    assert speaker(text, 'trop risqué', 'fr') == 'Des banquiers'


def test_fr_estimaient_avant_ecrit_le_quotidien():
    text = ("D'après Le Monde, la réforme des retraites agricoles est reportée.\n\n"
            'Les conseillers du ministre estimaient le dossier « pas prioritaire », écrit le quotidien.')
    assert speaker(text, 'pas prioritaire', 'fr') == 'Les conseillers du ministre'
