"""Speakers after round 16's scoring (issue #12): a relative in the simple present says who a described speaker
is, place and all; a pronoun after a description's own report goes on with it, even when its noun may name a
firm; a rare agent noun opening a sentence before a rare name is a title; an indefinite person before a colon
speaks the quote after it. Fresh paragraphs, with traps."""
from __future__ import annotations

from tests.quote_speakers import quotes_in


def speaker(text: str, words: str, lang: str = "en") -> str | None:
    return next((q.resolved_speaker or q.speaker) for q in quotes_in(text, lang) if words in q.text)


# ------------------------------------------------------------ a relative in the simple present stays

def test_present_relative_after_a_place_complement_stays():
    text = ("The bakery tax doubled in March. A widow in Stromness who sells scones at the pier said the rise "
            "had wiped out her profit. “I bake at night now,” she said.")
    assert speaker(text, "bake at night") == "A widow in Stromness who sells scones at the pier"


def test_present_relative_naming_a_place_stays():
    text = "Elephants raided the fields again. A farmer who grows maize near Kisumu said he had lost half a hectare."
    assert speaker(text, "half a hectare") == "A farmer who grows maize near Kisumu"


def test_present_relative_after_an_adverb_stays():
    text = ("A boatman from Kalpitiya who still mends his own nets said the new harbour fees were “a tax on the "
            "poor”.")
    assert speaker(text, "a tax on the poor") == "A boatman from Kalpitiya who still mends his own nets"


def test_trap_past_relative_after_a_complement_is_what_happened():
    text = "A cyclist from Ghent who saw the lorry turn said the driver never looked."
    assert speaker(text, "never looked") == "A cyclist from Ghent"


def test_trap_relative_that_says_something_is_not_who():
    text = "A neighbour who says she heard two shots said the street was empty by midnight."
    assert speaker(text, "street was empty") == "A neighbour"


# ------------------------------------------------------------ a pronoun goes on with the description's report

def test_pronoun_after_a_described_report_is_that_person_not_the_last_name():
    text = ("Premier Adaeze Okonkwo-Bright told the radio that the pier would be built first. “It is overdue,” she "
            "said.\n\n"
            "A ferry operator who runs the crossing to Nevis said passengers still had to wade ashore. “We were "
            "promised a pier in 2015,” she said.")
    assert speaker(text, "promised a pier") == "A ferry operator who runs the crossing to Nevis"
    assert speaker(text, "It is overdue") == "Adaeze Okonkwo-Bright"


def test_trap_pronoun_after_a_description_that_names_someone_fitting():
    text = ("Premier Adaeze Okonkwo-Bright opened the pier on Monday. A ferry operator said Premier "
            "Okonkwo-Bright had kept her word. “It took nine years,” she said.")
    assert speaker(text, "nine years") != "A ferry operator"


# ------------------------------------------------------------ a rare agent noun as a title

def test_rare_agent_noun_opening_a_sentence_is_a_title():
    text = ("The ferry fares rose again. Hotelier Sixten Pekkari-Lindmark called the rise “a disaster for the "
            "season”.")
    assert speaker(text, "a disaster") == "Sixten Pekkari-Lindmark"


def test_trap_common_given_name_before_a_surname_stays_a_name():
    text = "The ferry fares rose again. Xavier Pekkari-Lindmark called the rise “a disaster for the season”."
    assert speaker(text, "a disaster") == "Xavier Pekkari-Lindmark"


# ------------------------------------------------------------ an indefinite person before a colon

def test_indefinite_person_before_a_colon_speaks_the_quote():
    text = ("La mairie promet des étals neufs pour l'été. Une vendeuse du marché de Cotonou attend toujours "
            "le sien : « On vend sur des cartons depuis un an. »")
    assert speaker(text, "sur des cartons", "fr") == "Une vendeuse du marché de Cotonou"


def test_trap_indefinite_report_before_a_colon_is_no_speaker():
    text = ("La mairie promet des étals neufs. Un rapport du ministère de Cotonou le rappelle : « Les étals "
            "seront prêts en juin. »")
    assert speaker(text, "seront prêts", "fr") != "Un rapport du ministère de Cotonou"


# ------------------------------------------------------------ « soupire-t-il » after an indefinite person's sentence

def test_inverted_pronoun_takes_up_the_indefinite_subject_before():
    text = ("Le gouvernement régional assure avoir réduit les rejets. Un pêcheur de Santa Pola, qui a vu des "
            "poissons morts sur la plage, reste sceptique. « On nous l'a promis trois fois », soupire-t-il.")
    assert speaker(text, "trois fois", "fr") == "Un pêcheur de Santa Pola"


def test_trap_inverted_pronoun_that_disagrees_with_the_article():
    text = ("Le ministre Rodrigo Alvear-Pons assure avoir réduit les rejets. Une pêcheuse de Santa Pola reste "
            "sceptique. « On nous l'a promis trois fois », soupire-t-il.")
    assert speaker(text, "trois fois", "fr") != "Une pêcheuse de Santa Pola"


# ------------------------------------------------------------ "It" takes up a body by its whole name

def test_it_takes_up_a_body_whose_name_holds_and():
    text = ("The park service closed six dive sites. The Curacao Hotel and Tourism Association said its members "
            "would pay for the rinse tanks. It called the outbreak “a test for the whole island”.")
    assert speaker(text, "a test for the whole island").endswith("Curacao Hotel and Tourism Association")


def test_trap_it_after_a_plain_body_keeps_its_name():
    text = ("The park service closed six dive sites. The Harbour Trust said its members would pay for the tanks. "
            "It called the outbreak “a test for the whole island”.")
    assert speaker(text, "a test for the whole island").endswith("Harbour Trust")
