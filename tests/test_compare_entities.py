"""Names compared across French sources and English translations: matching, replaced and dropped names."""
from __future__ import annotations

import pytest

from checker.api import check_document
from checker.compare.entities import extract_entities, keys_match, spelling_key
from checker.config import Config
from checker.context import Context
from checker.parsers import parse
from checker.rules.bitext import entities as rule_module


def diffs(fr: str, en: str) -> list[tuple[str, str, str | None]]:
    ctx = Context(parse(en, "text", lang="en"), parse(fr, "text", lang="fr"))
    return [(d.kind, d.source.text, d.target.text if d.target else None) for d in ctx.get("pair.entities")]


@pytest.mark.parametrize("french,english", [
    ("Poutine", "Putin"), ("Narychkine", "Naryshkin"), ("Prigojine", "Prigozhin"), ("Choïgou", "Shoigu"),
    ("Barcelone", "Barcelona"), ("Amazone", "Amazon"), ("Irak", "Iraq"), ("Djeddah", "Jeddah"),
    ("Netanyahou", "Netanyahu"), ("Saint-Saëns", "Saint-Saens"), ("Samis", "Sami"),
])
def test_spellings_meet(french, english):
    assert keys_match(spelling_key(french), spelling_key(english))


@pytest.mark.parametrize("a,b", [("Barcelone", "Madrid"), ("Bush", "Corona"), ("Taipei", "Singapore"),
                                 ("Dublin", "Shenyang"), ("Perry", "Haider")])
def test_different_names_do_not_meet(a, b):
    assert not keys_match(spelling_key(a), spelling_key(b))


MATCHED = [
    ("Poutine a rencontré Narychkine à Pékin.", "Putin met Naryshkin in Beijing."),
    ("L'ONU et l'OTAN ont réagi.", "The UN and NATO reacted."),
    ("Le FMI prête à l'UE.", "The IMF lends to the European Union."),
    ("Il vit à Londres, au Royaume-Uni.", "He lives in London, in Britain."),
    ("Les États-Unis et l'Allemagne ont signé.", "The US and Germany signed."),
    ("La France est le septième pays.", "The French are seventh."),
    ("Angela Merkel a parlé.", "Merkel spoke."),
    ("L'affaire ira devant la CEDH.", "The case will go to the ECHR."),
    ("L'ASFC a saisi la drogue.", "The CBSA seized the drugs."),
    ("Les pères de Sainte-Croix ont prié.", "The Holy Cross fathers prayed."),
    ("Newt Gingrich, président de la Chambre des représentants, a fini.",
     "Newt Gingrich, Speaker of the House of Representatives, finished."),
    ("Les boutiques sont ouvertes le Dimanche à Paris.", "Shops are open on Sunday in Paris."),
    ("Le style gothique culmine au XIVe siècle.", "The Gothic style peaked in the 14th century."),
    ("Profitant de Halloween, une femme a menti.", "Taking advantage of Halloween, a woman lied."),
    ("A l'Hôtel-Dieu, les internes partent.", "At the Hôtel-Dieu, interns leave."),
    ("Il l'a dit qu'Emin viendrait.", "He said Emin would come."),
    ("Macron a déclaré que le projet avancerait.", "He said the project would go ahead."),
    ("Macron a déclaré que le projet avancerait.", "The president said the project would go ahead."),
    ("Pendant ces fêtes de Noël, il neige.", "During Christmas, it snows."),
]


@pytest.mark.parametrize("french,english", MATCHED)
def test_equivalent_names_are_not_reported(french, english):
    assert diffs(french, english) == []


def test_replaced_name():
    assert diffs("Le match a eu lieu à Barcelone.", "The match took place in Madrid.") == [
        ("replaced", "Barcelone", "Madrid")]


def test_replaced_acronym_and_demonym():
    assert diffs("L'affaire ira devant la CEDH.", "The case will go to the NSA.") == [("replaced", "CEDH", "NSA")]
    assert diffs("Une fille pakistanaise doit se marier.", "A Chinese girl must marry.") == [
        ("replaced", "pakistanaise", "Chinese")]


def test_dropped_name():
    assert diffs("Bush a annoncé son projet en Asie.", "He announced his plan in Asia.") == []  # a pronoun
    assert diffs("Après la défaite, Bush a annoncé son projet.", "After the defeat, announced his plan.") == [
        ("dropped", "Bush", None)]


def test_name_repeated_in_the_bead_is_not_dropped():
    assert diffs("Poutine a dit que Poutine viendrait.", "Putin said he would come.") == []


def test_surname_alone_answers_full_name():
    assert diffs("Steven Tyler s'est blessé.", "Tyler injured himself.") == []


def test_shared_surname_does_not_hide_a_replacement():
    assert diffs("Les chefs sont Baba Kanjar et Gaza Kanjar.",
                 "The leaders are Beijing Bangzi Troupe and Gaza Kanjar.") == [
        ("replaced", "Baba Kanjar", "Beijing Bangzi Troupe")]


def test_common_word_does_not_answer_a_title():
    assert diffs("Il a travaillé sur The Tracy Ullman Show.", "He worked on The Oprah Winfrey Show.") == [
        ("replaced", "The Tracy Ullman Show", "The Oprah Winfrey Show")]


def test_entities_strip_elided_articles():
    doc = parse("Les soldats de l'ONU sont à Haïti.", "text", lang="fr")
    ctx = Context(parse("x", "text", lang="en"), doc)
    texts = [e.text for e in extract_entities(doc.text, "fr", ctx.get("source.names"))]
    assert texts == ["ONU", "Haïti"]


def test_finding_has_both_spans_and_message():
    doc = parse("The match took place in Madrid.", "text", lang="en")
    src = parse("Le match a eu lieu à Barcelone.", "text", lang="fr")
    report = check_document(doc, Config(models=False), src, rules=rule_module.RULES)
    [finding] = report.findings
    assert finding.code == "ENM001" and finding.text == "Madrid"
    assert finding.source_span.text == "Barcelone"
    assert finding.message == "The translation names 'Madrid' where the source names 'Barcelone' (Barcelona)."


def test_no_source_skips_the_rules():
    report = check_document(parse("The match took place in Madrid.", "text", lang="en"), Config(models=False),
                            None, rules=rule_module.RULES)
    assert report.findings == [] and set(report.skipped_rules) == {"ENM001", "ENM002"}


def test_a_possessive_surname_answers_the_full_name():
    assert diffs("La police aurait pu intercepter le véhicule de Rob Ford.",
                 "The police could have intercepted Ford's vehicle.") == []


def test_an_acronym_spelled_out_is_the_same_name():
    assert diffs("Il a été invité au GP d'Abou Dhabi.", "He was invited to the Grand Prix in Abu Dhabi.") == []


def test_a_capitalised_common_noun_is_not_a_name():
    assert diffs("Renault plombé en Bourse par Nissan.", "Renault share price plummets after Nissan warning.") == []


def test_a_participle_opening_the_sentence_is_not_part_of_the_name():
    doc = parse("Exclu du Parti communiste en 2012, Tian Xueren était accusé.", "text", lang="fr")
    assert "Exclu du Parti" not in [e.text for e in Context(doc).get("target.entities")]


def test_name_mentioned_across_languages():
    from checker.compare.entities import name_mentioned
    assert name_mentioned("IMF", "en", "le FMI a constaté")
    assert name_mentioned("Julien Paluku", "en", "le gouverneur du Nord-Kivu, Julien Paluku")
    assert not name_mentioned("Vladimir Putin", "en", "a déclaré Volodymyr Zelensky")


def test_tagger_entities_revise_one_sides_candidates():
    from checker.compare.entities import with_tagged
    from checker.models.tagger import Entity
    text = "Quelle Histoire : selon l'oxfam, Florez a quitté l'ONU et Londres."
    lang = "fr"

    def span(words, label="ORG", score=0.9):
        start = text.index(words)
        return Entity(start, start + len(words), label, score)

    ctx = Context(parse("x", "text", lang="en"), parse(text, "text", lang="fr"))
    found = ctx.get("source.entities")
    assert {e.text for e in found} >= {"Histoire", "Florez", "ONU", "Londres"}
    revised = with_tagged(found, text, lang, [span("l'oxfam"), span("Florez", "PER")])
    assert [(e.text, e.kind, e.tagged) for e in revised if e.text in ("Histoire", "oxfam", "Florez", "ONU")] == [
        ("oxfam", "name", True), ("Florez", "name", True), ("ONU", "acronym", False)]
    assert with_tagged(found, text, lang, [span("l'oxfam", "MISC"), span("l'oxfam", "ORG", 0.4)]) == [
        e for e in found if e.kind != "name"]
