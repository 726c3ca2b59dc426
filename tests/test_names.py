"""Name extraction (checker.lang.names) and the clustering of name spellings behind the ENT rules."""
from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from checker.api import check_text
from checker.config import Config
from checker.lang.names import extract_names, fold_accents, normalise_marks, squash, syllables
from checker.parsers import parse
from checker.rules.entities.variants import confusable_pairs, edit_distance, form_variants, spelling_variants

SEED = Path(__file__).resolve().parent.parent.parent / "shared" / "seed" / "000_dbb8f34e7e82e8cc.txt"


def names(text: str) -> list[str]:
    doc = parse(text, "text")
    return [m.text for m in extract_names(doc.text, doc.blocks)]


def mentions(text: str):
    doc = parse(text, "text")
    return extract_names(doc.text, doc.blocks)


@pytest.mark.parametrize("text,expected", [
    ("He met Kim Jong-un on Monday.", ["Kim Jong-un"]),
    ("He met Yoon Suk Yeol and Choe Son Hui.", ["Yoon Suk Yeol", "Choe Son Hui"]),
    ("He met Jean-Marie Le Pen.", ["Jean-Marie Le Pen"]),
    ("He met Ursula von der Leyen.", ["Ursula von der Leyen"]),
    ("He met Recep Tayyip Erdoğan.", ["Recep Tayyip Erdoğan"]),
    ("He met George W. Bush.", ["George W. Bush"]),
    ("He met Bashar al-Assad and Valéry Giscard d'Estaing.", ["Bashar al-Assad", "Valéry Giscard d'Estaing"]),
])
def test_particles_initials_and_hyphens_stay_in_the_name(text, expected):
    assert names(text) == expected


def test_titles_are_not_part_of_the_name():
    text = "He met President Emmanuel Macron, Prime Minister Shinzo Abe and Russian Foreign Minister Sergei Lavrov."
    assert names(text) == ["Emmanuel Macron", "Shinzo Abe", "Russian", "Sergei Lavrov"]


def test_a_title_word_ending_a_name_stays():
    assert names("The book by John Major sold well.") == ["John Major"]


def test_possessive_is_stripped_and_ends_the_name():
    found = mentions("Vladimir Putin’s adviser said Putin's Russia would sign.")
    assert [m.text for m in found] == ["Vladimir Putin", "Putin", "Russia"]
    assert all(not m.text.endswith("s") for m in found[:2])


def test_sentence_initial_common_words_are_not_names():
    text = "The minister left. Following talks, they met. Analysts said so. When Paris called, Paris agreed."
    assert names(text) == ["Paris", "Paris"]


def test_title_case_headline_keeps_only_names():
    text = "Spectacular Wingsuit Jump Over Bogota\n\nA wingsuit pilot jumped over Bogota on Thursday."
    found = mentions(text)
    assert [(m.text, m.headline) for m in found] == [("Bogota", True), ("Bogota", False)]


def test_headline_name_confirmed_by_the_body_is_kept():
    text = "Putin Meets Kim Jong-un In Vladivostok\n\nVladimir Putin met Kim Jong-un in Vladivostok."
    headline = [m.text for m in mentions(text) if m.headline]
    assert "Putin" in headline and "Kim Jong-un" in headline and "Vladivostok" in headline


def test_dotted_acronyms_and_shouted_words():
    found = mentions("READ ALSO: the U.S. and NATO agreed.")
    assert [(m.text, m.acronym) for m in found] == [("NATO", True)]


def test_days_and_months_are_not_names():
    assert names("The envoy arrived on Monday, 3 March, in Seoul.") == ["Seoul"]


def test_offsets_point_at_the_name():
    text = "Aides said Kim Jong-un’s visit to Moscow would last two days."
    doc = parse(text, "text")
    for mention in extract_names(doc.text, doc.blocks):
        assert doc.text[mention.start:mention.end] == mention.text
        for token in mention.tokens:
            assert doc.text[token.start:token.end] == token.text


def test_normalisers():
    assert fold_accents("Erdoğan Québec Élysée") == "Erdogan Quebec Elysee"
    assert squash("Kim Jong‑Un") == squash("kim jongun") == "kimjongun"
    assert normalise_marks("Jong‑Un’s") == "jong-un's"
    assert syllables("Jong-un") == ["jong", "un"]


def test_edit_distance_counts_a_transposition_once():
    assert edit_distance("merkel", "merkle") == 1
    assert edit_distance("jong", "jung") == 1
    assert edit_distance("un", "il") == 2
    assert edit_distance("slovakia", "slovenia") == 2
    assert edit_distance("abc", "abcdefgh") == 3  # capped at limit + 1


def test_confusable_pairs_are_loaded():
    pairs = confusable_pairs()
    assert frozenset({"austria", "australia"}) in pairs and frozenset({"iran", "iraq"}) in pairs


def spelling(text: str) -> list[tuple[str, str]]:
    return [(v.text, v.suggestion) for v in spelling_variants(mentions(text))]


def test_korean_given_name_slip_is_found_but_other_family_members_are_not():
    text = ("Kim Jong-un met Kim Yo-jong. Kim Jong-un spoke, and Kim Jong-un left. "
            "He met the father of Kim Jung-un, Kim Jong-il.")
    assert spelling(text) == [("Kim Jung-un", "Kim Jong-un")]


def test_both_spellings_frequent_is_not_a_slip():
    text = "Kim Jong-un spoke. Kim Jung-un spoke. Kim Jong-un left. Kim Jung-un left."
    assert spelling(text) == []


def test_confusable_and_short_names_stay_apart():
    assert spelling("Iran and Iraq. Iraq said Iraq and Iraq would meet Iran.") == []
    assert spelling("Gambia joined. Zambia, Zambia and Zambia agreed.") == []


def test_surname_only_mentions_support_the_full_name():
    text = "Sergei Naryshkin spoke. Naryshkin left, and Naryshkin returned before Narishkin did."
    assert spelling(text) == [("Narishkin", "Naryshkin")]


def test_different_people_sharing_a_surname_stay_apart():
    text = "Raúl Castro spoke. Fidel Castro did not. Raúl Castro left, and Raúl Castro returned."
    assert spelling(text) == []


def test_format_and_accent_variants():
    text = ("Kim Jong-un arrived. Kim Jong-un spoke. Kim Jong-un left. Kim Jong Un returned. "
            "Erdoğan spoke, Erdoğan left, Erdogan returned.")
    formats, accents = form_variants(mentions(text))
    assert [(v.text, v.suggestion, v.count, v.majority) for v in formats] == [
        ("Kim Jong Un", "Kim Jong-un", 1, 3)]
    assert [(v.text, v.suggestion) for v in accents] == [("Erdogan", "Erdoğan")]


def test_accent_variants_need_a_compatible_context():
    _, accents = form_variants(mentions("Zoë Saldaña met Zoe Smith. Zoe Smith left."))
    assert accents == []


@pytest.mark.skipif(not SEED.is_file(), reason="shared seed article not available")
def test_seed_article_entities():
    report = check_text(SEED.read_text(encoding="utf-8"), Config(select=("ENT",)))
    found = [(f.code, f.text, f.suggestion, f.severity.label) for f in report.findings]
    assert found == [("ENT001", "Kim Jung-un", "Kim Jong-un", "warning")]


NAME_PARTS = st.sampled_from(["Kim", "Jong-un", "Jung-un", "Jong Un", "Putin", "Putine", "Erdoğan", "Erdogan",
                              "Le Pen", "Lepen", "Vladimir", "Raúl", "Castro", "Iran", "Iraq"])
FILLER = st.sampled_from([" said ", " met ", ". ", ", and ", " spoke with ", "’s aide met "])


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(NAME_PARTS, FILLER), min_size=1, max_size=12))
def test_entity_findings_are_exact_spans_with_a_different_suggestion(parts):
    text = "".join(name + filler for name, filler in parts)
    report = check_text(text, Config(select=("ENT",)))
    for finding in report.findings:
        assert text[finding.start:finding.end] == finding.text
        assert finding.suggestion and finding.suggestion != finding.text
