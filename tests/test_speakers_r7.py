"""Round 7: one capitalised-run builder read by both name finders, bodies named by the noun of their own name, and
plural possessives inside a body's name."""
from __future__ import annotations

import ast
from pathlib import Path

import pytest

from checker.lang import speakers
from checker.lang.capitalised import run_end
from checker.lang.names import extract_names
from checker.lang.quotes import extract_quotes
from checker.lang.speakers import find_names, lexicon, tokenize
from checker.lang.word_lists import read_word_lists
from checker.parsers import parse


def entity_names(text: str, lang: str = "en") -> list[str]:
    doc = parse(text, "text", lang=lang)
    return [m.text for m in extract_names(doc.text, doc.blocks, lang)]


def speaker_names(text: str, lang: str = "en") -> list[str]:
    found = find_names(tokenize(text, 0, len(text), lang), lexicon(lang), {0}, text)
    return [" ".join(m.words) for m in found]


def speakers_of(text: str, lang: str = "en") -> dict[str, str | None]:
    doc = parse(text, "text", lang=lang)
    return {q.text: q.resolved_speaker or q.speaker for q in extract_quotes(doc.text, doc.blocks, lang)}


def who(found: dict[str, str | None], words: str) -> str | None:
    return next(speaker for quoted, speaker in found.items() if words in quoted)


class _W:
    __slots__ = ("start", "end", "text")

    def __init__(self, start: int, end: int, text: str):
        self.start, self.end, self.text = start, end, text


def _words(text: str, split_stops: bool = False) -> list[_W]:
    """Whitespace-separated words; with `split_stops` an initial's full stop is a word of its own."""
    out, pos = [], 0
    for piece in text.split():
        at = text.index(piece, pos)
        pos = at + len(piece)
        if split_stops and len(piece) == 2 and piece.endswith("."):
            out += [_W(at, at + 1, piece[0]), _W(at + 1, at + 2, ".")]
        else:
            out.append(_W(at, pos, piece.rstrip(".")))
    return out


def _run(text: str, k: int = 0, split_stops: bool = False) -> str:
    words = _words(text, split_stops)
    end = run_end(text, words, k, lambda i: len(words[i].text) > 1 and words[i].text[0].isupper())
    return text[words[k].start:words[end - 1].end] if end > k else ""


# ---------------------------------------------------------------- the shared builder


def test_a_chain_of_particles_stays_inside_the_run():
    assert _run("Ursula von der Leyen spoke") == "Ursula von der Leyen"


def test_an_initial_joins_with_its_full_stop_in_either_tokenisation():
    assert _run("George W. Bush spoke") == "George W. Bush"
    assert _run("George W. Bush spoke", split_stops=True) == "George W. Bush"


def test_trap_particles_before_an_ordinary_word_are_left_out():
    assert _run("Interrogé sur la façon") == "Interrogé"
    assert _run("Charles de la ville") == "Charles"


def test_trap_a_possessive_closes_the_run():
    assert _run("Putin's Kremlin said") == "Putin's"


def test_a_capitalised_particle_is_a_particle():
    assert _run("Emmanuel De Bock said") == "Emmanuel De Bock"


def test_trap_a_line_break_ends_the_run_but_a_no_break_space_does_not():
    assert _run("Moscow\nVladimir Putin") == "Moscow"
    assert _run("Financial \u00a0Times said") == "Financial \u00a0Times"


def test_nothing_starts_on_a_lowercase_word():
    assert _run("de Gaulle said") == ""


# ---------------------------------------------------------------- both finders read it


def test_both_finders_keep_a_name_with_a_particle_chain_whole():
    text = "Ursula von der Leyen said on Monday that the plan would go ahead."
    assert "Ursula von der Leyen" in entity_names(text)
    assert "Ursula von der Leyen" in speaker_names(text)
    assert who(speakers_of(text), "plan would go ahead") == "Ursula von der Leyen"


def test_trap_a_complement_after_a_french_full_name_is_not_a_particle():
    text = "Lee Halstead de la Police du Lancashire a déclaré que l'enquête continuait."
    assert "Lee Halstead" in speaker_names(text, "fr")
    assert not any("Police" in name and "Halstead" in name for name in speaker_names(text, "fr"))


def test_trap_a_one_word_first_name_before_de_la_stays_a_name():
    assert "Pedro de la Rosa" in speaker_names("Pedro de la Rosa a dit que la voiture était prête.", "fr")


def test_trap_a_participle_opening_a_sentence_is_no_entity_name():
    names = entity_names("Interrogé sur la façon dont il a travaillé, l'acteur Justin Timberlake a souri.", "fr")
    assert names == ["Justin Timberlake"]


def test_trap_a_title_word_ending_a_name_before_a_particle_stays():
    # "Lord y était": "y" is no particle of the name, so "Lord" ends it rather than opening a title
    assert "Jonathan Lord" in entity_names("À l'époque où Jonathan Lord y était employé, rien n'a été dit.", "fr")


# ---------------------------------------------------------------- plural possessives inside a body's name


def test_a_plural_possessive_stays_inside_a_union_name():
    text = "The National Farmers' Union (NFU) has warned that the new rules could force families to sell land."
    assert who(speakers_of(text), "new rules could force") == "National Farmers' Union"


def test_a_supporters_trust_keeps_its_whole_name():
    text = "The Harbour City Supporters' Trust said that fans should not be asked to pay more."
    assert who(speakers_of(text), "fans should not") == "Harbour City Supporters' Trust"


def test_trap_a_person_possessive_is_not_a_body_name():
    names = speaker_names("Obama's Office said the plan was dead.")
    assert "Obama's Office" not in names and "Obama Office" not in names


def test_trap_a_plural_possessive_before_a_common_noun_is_no_name():
    text = "The Smiths' lawyer said that the family would appeal."
    assert not any("Smiths" in name and "lawyer" in name for name in speaker_names(text))


# ---------------------------------------------------------------- a body called by the noun of its own name


def test_the_agency_after_an_agency_is_named_as_the_clause_names_it():
    text = ("The Environment Agency found chemicals in six rivers.\n\n"
            "The levels found were below the legal limit, the agency said.")
    assert who(speakers_of(text), "below the legal limit") == "the agency"


def test_organisation_and_organization_are_one_noun():
    text = ("The World Health Organization (WHO) warned on Friday that measles cases had risen. "
            "Vaccination rates fell during the pandemic, the organisation said.")
    assert who(speakers_of(text), "Vaccination rates fell") == "the organisation"


def test_trap_a_description_with_a_modifier_resolves_to_the_body():
    text = ("The Food Standards Agency found horse meat in canned food.\n\n"
            "\"It should not have been present,\" the British agency explained.")
    assert who(speakers_of(text), "should not have been present") == "Food Standards Agency"


def test_trap_another_noun_of_the_same_class_resolves_to_the_body():
    text = "Vestra Holdings Group was fined for late filings. The company said it had paid the fine."
    assert who(speakers_of(text), "had paid the fine") == "Vestra Holdings Group"


def test_trap_a_newspaper_described_as_such_resolves_to_its_name():
    text = ("According to the Washington Post, the agency has been collecting data.\n\n"
            "The newspaper stated that the programme had run for years.")
    assert who(speakers_of(text), "programme had run") == "Washington Post"


def test_trap_a_press_release_speaks_for_the_body():
    text = ("Paris Saint-Germain will play without its striker, the club announced.\n\n"
            "The press release said only that he is \"injured\".")
    assert who(speakers_of(text), "injured") == "Paris Saint-Germain"


# ---------------------------------------------------------------- the speaker model's word lists are data


def test_the_speaker_word_lists_come_from_their_data_file():
    lists = read_word_lists("speaker_words.txt")
    assert speakers.FR_GENDERED_BY_ARTICLE == lists["fr_gendered_by_article"] and "ministre" in lists[
        "fr_gendered_by_article"]
    assert speakers.DOCUMENT_NOUNS == lists["document_nouns"] and "communiqué" in speakers.DOCUMENT_NOUNS
    assert speakers.FR_MENT_NOUNS == lists["fr_ment_nouns"] and "gouvernement" in speakers.FR_MENT_NOUNS
    assert speakers.IRREGULAR_PARTICIPLES == lists["irregular_participles"]
    assert speakers.MINISTER_ADJECTIVES == lists["minister_adjectives"]


@pytest.mark.parametrize("name", ["FR_GENDERED_BY_ARTICLE", "DOCUMENT_NOUNS", "FR_MENT_NOUNS",
                                  "IRREGULAR_PARTICIPLES", "MINISTER_ADJECTIVES"])
def test_no_literal_word_list_is_assigned_to_them(name):
    tree = ast.parse(Path(speakers.__file__).read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.Assign) and any(isinstance(t, ast.Name) and t.id == name for t in node.targets):
            assert isinstance(node.value, ast.Subscript), name


def test_mis001_reads_a_body_called_by_its_own_noun_as_the_same_speaker():
    from checker.rules.quotes.misattributed_quote import same_person
    assert same_person("Deutsche Bank", "The bank")
    assert same_person("World Health Organization", "the organisation")
    assert same_person("the department", "Department for Education")


def test_trap_mis001_keeps_other_nouns_and_other_people_apart():
    from checker.rules.quotes.misattributed_quote import same_person
    assert not same_person("Nordex Group", "the company")
    assert not same_person("the agency", "the company")
    assert not same_person("Kim Jong-un", "Kim Jong-il")


# ---------------------------------------------------------------- descriptions, their names and their extent


def test_an_apposed_name_with_letters_after_it_names_the_description():
    text = ("The prosecutor, Helen Marsh KC, told the jury that Ian Cole had forged the invoices. Cole denies it.\n\n"
            "“It was deliberate,” the prosecutor said.")
    found = speakers_of(text)
    assert who(found, "had forged the invoices") == "Helen Marsh"
    assert who(found, "It was deliberate") == "Helen Marsh"


def test_trap_a_description_without_an_apposed_name_is_not_the_person_named_next():
    text = "The prosecutor told the jury that Ian Cole had forged the invoices."
    assert who(speakers_of(text), "had forged the invoices") != "Ian Cole"


def test_a_relative_clause_that_gives_a_name_gives_the_speaker():
    text = "“The lift has been broken for a month,” said a tenant who gave his name only as Karim."
    assert who(speakers_of(text), "The lift has been broken") == "Karim"


def test_trap_a_relative_clause_naming_someone_else_keeps_the_description():
    text = "“It was loud all night,” said a man who lives next to John Smith."
    assert who(speakers_of(text), "It was loud") == "a man who lives next to John Smith"


def test_an_acronym_inside_a_description_does_not_cut_it():
    text = ("Clinics in Lyon have postponed operations after a cyberattack, the hospital group said.\n\n"
            "A hospital IT engineer, who asked not to be named, said the intruders had been in the network for "
            "weeks. “We saw it far too late,” he said.")
    found = speakers_of(text)
    assert who(found, "We saw it far too late") == "A hospital IT engineer"


def test_the_source_is_the_source_introduced_before_even_without_a_read_cue():
    text = ("Two men were arrested after a string of burglaries in Dorking, a police source told the Surrey Advertiser."
            "\n\nThe pair targeted homes left empty over the holidays, the source said.")
    assert who(speakers_of(text), "targeted homes left empty") == "a police source"


def test_trap_a_body_called_by_its_noun_keeps_its_noun_rather_than_an_indefinite_one_before():
    text = "A council in Kent has cut three bus routes.\n\nThe council said the routes were hardly used."
    assert who(speakers_of(text), "routes were hardly used") == "The council"


# ---------------------------------------------------------------- names as modifiers, bodies named after places


def test_a_body_name_before_a_noun_is_a_modifier_of_the_subject():
    text = ("Caledon Foods will close its Girvan plant, the company said on Tuesday.\n\n"
            "The GMB union called the closure “a hammer blow” for the town.")
    assert who(speakers_of(text), "a hammer blow") == "The GMB union"


def test_trap_a_verb_between_two_names_is_no_role():
    text = "Boeing disputes Airbus's figures, and its engineers said that the seats were wide enough."
    assert who(speakers_of(text), "seats were wide enough") != "Airbus"


def test_a_headline_role_after_a_club_name_is_the_person_the_article_names():
    text = ("Football: “We were not good enough,” admits Rovers manager\n\n"
            "Rovers' manager, Piet de Wit, made no excuses after Saturday's 3-0 defeat.")
    assert who(speakers_of(text), "We were not good enough") == "Piet de Wit"


def test_trap_a_headline_speaker_that_is_a_body_keeps_its_name():
    assert who(speakers_of("Shares fall: “We will appeal,” says Arsenal"), "We will appeal") == "Arsenal"


def test_a_bare_noun_after_a_headline_cue_is_the_person_the_article_names():
    text = ("Lake crossing “the hardest race of my life”, says swimmer\n\n"
            "The Dutch swimmer Femke Visser said after Sunday's race that the water had been “bitterly cold”.")
    assert who(speakers_of(text), "the hardest race of my life") == "Femke Visser"


def test_a_body_named_after_its_town_is_not_the_town():
    text = ("Residents of Mill Lane in Cambridge have had no water since Saturday.\n\n"
            "Cambridge Water said engineers were working through the night.")
    assert who(speakers_of(text), "engineers were working") == "Cambridge Water"


def test_trap_a_surname_still_joins_the_full_name():
    text = "Anna Kemp chairs the inquiry. Kemp said that the hearings would resume in May."
    assert who(speakers_of(text), "hearings would resume") == "Anna Kemp"


def test_the_company_is_not_a_commission_known_by_its_acronym():
    text = ("Amazon has agreed to pay $2bn to settle claims it misled customers, the Federal Trade Commission (FTC) "
            "said.\n\n“This is a record penalty,” the FTC's chair, Laura Mendes, said. "
            "The company said it had done nothing wrong.")
    assert who(speakers_of(text), "had done nothing wrong") != "FTC"


def test_trap_a_company_known_by_its_acronym_is_the_company():
    text = "Vestra Holdings Group (VHG) was fined for late filings. The company said it had paid the fine."
    assert who(speakers_of(text), "had paid the fine") == "Vestra Holdings Group"


def test_a_role_possessive_stays_inside_an_office_name():
    assert "Information Commissioner's Office" in speaker_names(
        "The Information Commissioner's Office (ICO) has fined a video app.")
