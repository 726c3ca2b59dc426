"""Numbers across French and English: extraction, normalisation, comparison of aligned beads, and NUM001."""
from __future__ import annotations

import pytest

from checker.align.sentences import SentencePair
from checker.api import check_document
from checker.compare.numbers import (NumberMention, compare_aligned, compare_bead, describe, equivalent,
                                     extract_numbers, render_like)
from checker.config import Config
from checker.parsers import parse
from checker.rules.bitext.numbers import RULE

# (language, text, the mention's text, its value, its kind)
EXTRACTION = [
    ("fr", "La croissance est de 3,5 % cette année.", "3,5 %", 3.5, "percent"),
    ("fr", "Il a vendu 3.500 exemplaires.", "3.500", 3500.0, "count"),
    ("fr", "Ils sont 100\u00a0000 à manifester.", "100\u00a0000", 100000.0, "count"),
    ("fr", "Ils sont 100\u202f000 à manifester.", "100\u202f000", 100000.0, "count"),
    ("fr", "Ils sont 100 000 à manifester.", "100 000", 100000.0, "count"),
    ("fr", "La dette atteint 3,5 milliards d'euros.", "3,5 milliards d'euros", 3.5e9, "money"),
    ("fr", "Un contrat de 2 Md€ a été signé.", "2 Md€", 2e9, "money"),
    ("fr", "Le budget est de 5 M€.", "5 M€", 5e6, "money"),
    ("fr", "Le billet coûte 10 €.", "10 €", 10.0, "money"),
    ("fr", "Le chômage a baissé de 2 points.", "2 points", 2.0, "count"),
    ("fr", "Le taux atteint 20 pour cent.", "20 pour cent", 20.0, "percent"),
    ("fr", "Elle a passé neuf mois en prison.", "neuf", 9.0, "count"),
    ("fr", "Vingt-trois personnes ont été arrêtées.", "Vingt-trois", 23.0, "count"),
    ("fr", "Il a soixante-dix-sept ans.", "soixante-dix-sept", 77.0, "count"),
    ("fr", "Il y a quatre-vingt-dix-neuf candidats.", "quatre-vingt-dix-neuf", 99.0, "count"),
    ("fr", "Ma mère est morte il y a dix-neuf ans.", "dix-neuf", 19.0, "count"),
    ("fr", "Il reste trois cents places.", "trois cents", 300.0, "count"),
    ("fr", "Un quart des électeurs s'est abstenu.", "Un quart", 0.25, "fraction"),
    ("fr", "Les deux tiers des élus ont voté.", "deux tiers", 2 / 3, "fraction"),
    ("fr", "La moitié des maisons sont détruites.", "moitié", 0.5, "fraction"),
    ("fr", "Le 1er mai est férié.", "1er mai", (None, 5, 1), "date"),
    ("fr", "Il est arrivé le 3 mars 2014 au matin.", "3 mars 2014", (2014, 3, 3), "date"),
    ("fr", "Rendez-vous le 18 juin.", "18 juin", (None, 6, 18), "date"),
    ("fr", "La séance commence à 18h30.", "18h30", (18, 30, True), "time"),
    ("fr", "La séance commence à 18 h 30.", "18 h 30", (18, 30, True), "time"),
    ("fr", "Le style a connu son apogée au XIVe siècle.", "XIVe", 14.0, "ordinal"),
    ("fr", "Elle est arrivée 2e de la course.", "2e", 2.0, "ordinal"),
    ("fr", "Il a fini à la quatrième place.", "quatrième", 4.0, "ordinal"),
    ("fr", "Dans les années 70, tout a changé.", "70", 1970.0, "decade"),
    ("fr", "Il a été élu en 2012.", "2012", 2012.0, "year"),
    ("fr", "Elle l'a vu mardi.", "mardi", 2, "weekday"),
    ("fr", "Le projet coûte 90\u00a0M$.", "90\u00a0M$", 9e7, "money"),
    ("fr", "Il a vécu deux ans et demi à Lyon.", "deux ans et demi", 2.5, "count"),
    ("en", "Growth was 3.5% this year.", "3.5%", 3.5, "percent"),
    ("en", "He sold 3,500 copies.", "3,500", 3500.0, "count"),
    ("en", "Debt reached €3.5bn last year.", "€3.5bn", 3.5e9, "money"),
    ("en", "Debt reached 3.5 billion euros.", "3.5 billion euros", 3.5e9, "money"),
    ("en", "The project cost $90-million.", "$90-million", 9e7, "money"),
    ("en", "The ticket costs 5 dollars.", "5 dollars", 5.0, "money"),
    ("en", "The fine was £1,000.", "£1,000", 1000.0, "money"),
    ("en", "Rates reached 20 per cent.", "20 per cent", 20.0, "percent"),
    ("en", "She spent nine months in jail.", "nine", 9.0, "count"),
    ("en", "Twenty-three people were arrested.", "Twenty-three", 23.0, "count"),
    ("en", "Some one hundred and fifty seats remain.", "one hundred and fifty", 150.0, "count"),
    ("en", "It cost seven thousand million dollars.", "seven thousand million dollars", 7e9, "money"),
    ("en", "A dozen mayors met.", "A dozen", 12.0, "count"),
    ("en", "A quarter of voters abstained.", "A quarter", 0.25, "fraction"),
    ("en", "Two-thirds of members voted.", "Two-thirds", 2 / 3, "fraction"),
    ("en", "They seized eight-and-a-half tons.", "eight-and-a-half", 8.5, "count"),
    ("en", "He arrived on March 3, 2014 at dawn.", "March 3, 2014", (2014, 3, 3), "date"),
    ("en", "See you on June 18.", "June 18", (None, 6, 18), "date"),
    ("en", "See you on 18 June.", "18 June", (None, 6, 18), "date"),
    ("en", "The session starts at 6:30 p.m. sharp.", "6:30 p.m.", (18, 30, True), "time"),
    ("en", "The session starts at 6.30pm sharp.", "6.30pm", (18, 30, True), "time"),
    ("en", "The session starts at 18:30 sharp.", "18:30", (18, 30, True), "time"),
    ("en", "It was removed around 1200 GMT.", "1200", (12, 0, True), "time"),
    ("en", "Gothic style peaked in the 14th century.", "14th", 14.0, "ordinal"),
    ("en", "She finished fourth in the race.", "fourth", 4.0, "ordinal"),
    ("en", "During the 1980s he worked in TV.", "1980s", 1980.0, "decade"),
    ("en", "In the late 70s it changed.", "70s", 1970.0, "decade"),
    ("en", "Searches became intrusive after 9/11.", "9/11", (None, 9, 11), "date"),
    ("en", "He saw her on Tuesday.", "Tuesday", 2, "weekday"),
    ("en", "He was elected in 2012.", "2012", 2012.0, "year"),
]


@pytest.mark.parametrize("lang,text,mention,value,kind", EXTRACTION,
                         ids=[f"{c[0]}-{i}" for i, c in enumerate(EXTRACTION)])
def test_extraction(lang, text, mention, value, kind):
    found = extract_numbers(text, lang)
    match = [m for m in found if m.text == mention]
    assert match, f"{mention!r} not found in {[m.text for m in found]}"
    m = match[0]
    assert text[m.start:m.end] == m.text
    assert m.kind == kind
    if isinstance(value, float):
        assert m.value == pytest.approx(value)
    else:
        assert m.value == value


# words and forms that are not numbers
NOT_NUMBERS = [
    ("fr", "Le premier ministre a parlé.", {"premier"}),
    ("fr", "Le pont est tout neuf.", {"neuf"}),
    ("fr", "Le sujet a été abordé par Ce dernier.", {"Ce"}),
    ("fr", "Des millions de personnes ont manifesté.", {"millions"}),
    ("fr", "Le résultat est de 10 cents par action.", {"cents"}),
    ("en", "Hundreds of people attended.", {"Hundreds"}),
    ("en", "May I say something?", {"May"}),
    ("en", "Twenty first-aid workers came.", {"Twenty first"}),
    ("en", "He was a second too late.", {"second"}),
]


@pytest.mark.parametrize("lang,text,absent", NOT_NUMBERS)
def test_not_numbers(lang, text, absent):
    assert not absent & {m.text for m in extract_numbers(text, lang) if not m.weak}


def test_articles_are_weak():
    fr = extract_numbers("Un rapport publié par une ONG.", "fr")
    en = extract_numbers("One of them read it.", "en")
    assert fr and all(m.weak for m in fr)
    assert en and all(m.weak for m in en)
    assert not extract_numbers("A report by an NGO.", "en")


def _diffs(fr: str, en: str):
    return compare_bead(extract_numbers(fr, "fr"), extract_numbers(en, "en"), (0, len(fr)), (0, len(en)))


EQUIVALENT = [
    ("La dette atteint 3,5 milliards d'euros.", "Debt reaches 3.5 billion euros."),
    ("La dette atteint 3,5 milliards d'euros.", "Debt reaches €3.5bn."),
    ("Deux policiers et 1 000 manifestants.", "2 police officers and 1,000 demonstrators."),
    ("Une dizaine de maires.", "About ten mayors."),
    ("Une dizaine de maires.", "Some 10 mayors."),
    ("Le 3 mars 2014 à 18h30.", "On March 3, 2014 at 6:30 p.m."),
    ("Le 18 juin à 18 h 30.", "On 18 June at 18:30."),
    ("Dans les années 70 et 80.", "In the 1970s and 80s."),
    ("Entre le Xe–XIe siècle et le XIVe siècle.", "Between the 10th–11th century and the 14th century."),
    ("Un quart des électeurs et la moitié des élus.", "A quarter of voters and half of the officials."),
    ("Le rapport a été présenté à 12 h GMT.", "The report was presented at 12.00 GMT."),
    ("Les 6 et 7 septembre, 1009 personnes.", "On September 6 and 7, 1,009 people."),
    ("Du 17 au 21 novembre.", "From November 17-21."),
    ("Il a vécu deux ans et demi à Lyon.", "He lived in Lyon for two and a half years."),
    ("Elle se trouve à 15 m du sol.", "She is 50ft above the ground."),
    ("Il l'a vu en mars 2014.", "He saw him in 2014."),
    ("1,5 million de personnes et 2 milliards de livres.", "1.5m people and £2bn."),
    ("Le chômage a augmenté de 0,5 point, à 18 heures.", "Unemployment rose 0.5 percentage points at 6 p.m."),
    ("Un troisième genre, il y a un mois et demi.", "A third gender, a month and a half ago."),
    ("Un bénéfice de 43,8 millions.", "A profit of 43,8 million."),
    ("Une réserve de 836.000 km.", "A reserve of 836.000 km."),
    ("Depuis cinq ans et demi, 1,2 Md$.", "For five years and a half, $1.2B."),
]


@pytest.mark.parametrize("fr,en", EQUIVALENT)
def test_equivalent_forms_never_changed(fr, en):
    assert [d for d in _diffs(fr, en) if d.status == "changed"] == []


CHANGED = [
    ("La dette atteint 3,5 milliards d'euros.", "Debt reaches €3.5 million.",
     "3,5 milliards d'euros", "€3.5 million"),
    ("Après sept jours de défaites.", "After six days of defeats.", "sept", "six"),
    ("Près de 20 000 maisons.", "Nearly 25,000 houses.", "20 000", "25,000"),
    ("Le concert du 5 août.", "The concert on August 15.", "5 août", "August 15"),
    ("Le feu a été maîtrisé à 23 h 35.", "The fire was out at 11:45 pm.", "23 h 35", "11:45 pm"),
    ("Pendant les années 1980.", "During the 1960s.", "1980", "1960s"),
    ("L'iPhone6 a séduit.", "The iPhone7 appealed.", "iPhone6", "iPhone7"),
    ("Il a vécu à Dublin pendant 14 ans.", "He lived in Dublin for 15 years.", "14", "15"),
    ("Un mur de 5 m.", "A 6m wall.", "5", "6"),
    ("Environ 20 000 euros.", "About 25,000 euros.", "20 000 euros", "25,000 euros"),
]


@pytest.mark.parametrize("fr,en,source,target", CHANGED)
def test_changed_values_flagged_with_both_spans(fr, en, source, target):
    changed = [d for d in _diffs(fr, en) if d.status == "changed"]
    assert [(d.source.text, d.target.text) for d in changed] == [(source, target)]


def test_unmatched_reported_but_articles_and_pronouns_not():
    diffs = _diffs("Un rapport cite 12 victimes et trois blessés.", "A report cites three injured.")
    assert [(d.status, d.source.text) for d in diffs] == [("unmatched", "12")]
    assert _diffs("L'un d'eux a lu un rapport.", "One of them read a report.") == []


def test_compare_aligned_stays_within_beads():
    fr, en = "Il y avait 12 morts. Il y avait 3 blessés.", "There were 3 injured. There were 12 dead."
    # a crossed alignment: each bead compares its own numbers only
    pairs = [SentencePair((0,), (1,), (0, 20), (22, 41)), SentencePair((1,), (0,), (21, 42), (0, 21))]
    assert compare_aligned(pairs, extract_numbers(fr, "fr"), extract_numbers(en, "en")) == []
    pairs = [SentencePair((0,), (0,), (0, 20), (0, 21)), SentencePair((1,), (1,), (21, 42), (22, 41))]
    changed = [d for d in compare_aligned(pairs, extract_numbers(fr, "fr"), extract_numbers(en, "en"))
               if d.status == "changed"]
    assert [(d.pair, d.source.text, d.target.text) for d in changed] == [(0, "12", "3"), (1, "3", "12")]


def test_equivalent_dates_and_times():
    date = NumberMention(0, 5, "x", (2014, 3, None), "date")
    year = NumberMention(0, 4, "2014", 2014.0, "year")
    assert equivalent(date, year)
    morning = NumberMention(0, 4, "6:30", (6, 30, False), "time")
    evening = NumberMention(0, 5, "18h30", (18, 30, True), "time")
    assert equivalent(morning, evening)
    assert not equivalent(NumberMention(0, 4, "6:30", (6, 30, True), "time"), evening)


def test_describe_and_render():
    fr = extract_numbers("La dette atteint 3,5 milliards d'euros.", "fr")[0]
    en = extract_numbers("Debt reaches €3.5 million.", "en")[0]
    assert describe(fr) == "€3.5 billion"
    assert render_like(fr, en) == "€3.5 billion"
    sept, six = extract_numbers("sept jours", "fr")[0], extract_numbers("Six days", "en")[0]
    assert render_like(sept, six) == "Seven"
    a, b = extract_numbers("à 23 h 35", "fr")[0], extract_numbers("at 11:45 pm", "en")[0]
    assert render_like(a, b) == "11:35 pm"
    a, b = extract_numbers("le 5 août", "fr")[0], extract_numbers("on August 15", "en")[0]
    assert render_like(a, b) == "August 5"


@pytest.mark.parametrize("index,example", list(enumerate(RULE.examples)))
def test_rule_examples(index, example):
    text, expected = example.plain()
    report = check_document(parse(text, "text", lang="en"), Config(), parse(example.source, "text", lang="fr"),
                            rules=(RULE,))
    found = sorted((f.start, f.end) for f in report.findings if f.code == RULE.code)
    assert found == sorted(expected), [text[s:e] for s, e in found]
    for f in report.findings:
        assert f.source_span is not None and f.source_span.text


def test_rule_metadata():
    assert sum(e.positive for e in RULE.examples) >= 5
    assert sum(not e.positive for e in RULE.examples) >= 5
    for section in ("## What it does", "## Why is this bad?", "## Example"):
        assert section in RULE.doc
    assert RULE.requires == ("pair.numbers",) and RULE.needs_source


def test_rule_message_and_suggestion():
    report = check_document(parse("The debt reaches €3.5 million.", "text", lang="en"), Config(),
                            parse("La dette atteint 3,5 milliards d'euros.", "text", lang="fr"), rules=(RULE,))
    (finding,) = report.findings
    assert finding.message == ("The translation says '€3.5 million' where the source says "
                               "'3,5 milliards d'euros' (€3.5 billion).")
    assert finding.suggestion == "€3.5 billion"
    assert finding.source_span.text == "3,5 milliards d'euros"


def test_rule_skipped_without_source():
    report = check_document(parse("The debt reaches €3.5 million.", "text", lang="en"), Config(), None,
                            rules=(RULE,))
    assert report.findings == []
