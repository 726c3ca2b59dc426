"""Round 9, English speakers: gender the text itself gives (a possessive or a pronoun in the sentence that names
someone), surnames shared by two people, court titles, demonyms and roles for a named player, reports with a
trailing cue whose subject is a body or a document, a second clause after an inverted cue, sources and what read
them, bracketed acronyms, and traps (no quote, scare quotes, titles of works). Every paragraph is new."""
from __future__ import annotations

from tests.quote_speakers import quotes_in, speaker_of


def quotes_of(text: str) -> list:
    return quotes_in(text, "en")


def who(text: str, words: str) -> str | None:
    return speaker_of(text, words, "en")


def kinds(text: str) -> list[tuple[str, str]]:
    return [(q.kind, q.text) for q in quotes_of(text)]


# ---------------------------------------------------------------- gender from the text's own pronouns

FOOD_BANK = (
    "Oriel Penhallow has run the night shelter on Castle Street in Bodmin for nine years. Her deputy, Tamsin "
    "Rowe's brother Kessell Rowe, joined in 2022 after losing his job at the quarry.\n\n"
    "Demand has tripled since the spring.\n\n"
    "“We turn people away most nights now,” she said. He says the council grant has not risen since 2019."
)


def test_sentence_opening_possessive_gives_the_previous_subject_a_gender():
    assert who(FOOD_BANK, "turn people away") == "Oriel Penhallow"


def test_possessive_after_a_subject_gives_that_person_a_gender():
    assert who(FOOD_BANK, "council grant") == "Kessell Rowe"


REVIEW_CHAIR = (
    "Professor Ilse Vandermeer, who leads the inquiry into ambulance delays in Cumbria, presented her first "
    "report on Monday. The trust's operations director, Dr Caradog Ellis, was in the audience.\n\n"
    "“We will act on all of it,” Ellis said.\n\n"
    "Response times had worsened in every month of 2024, the report said. She told reporters in Carlisle that "
    "crews had been “left waiting outside for hours”."
)


def test_pronoun_after_a_document_spoke_goes_to_the_person_the_text_made_a_woman():
    assert who(REVIEW_CHAIR, "left waiting outside") == "Ilse Vandermeer"
    assert who(REVIEW_CHAIR, "act on all of it") == "Caradog Ellis"


def test_the_report_speaks_for_itself():
    assert who(REVIEW_CHAIR, "Response times had worsened") == "the report"


SUBORDINATE_HE = (
    "Ruairi Cadogan will leave Exeter Chiefs at the end of the season, six years after he took over from "
    "Bram Okafor as head of the academy.\n\n"
    "The club's chairwoman, Perpetua Lyle, praised his work. He told the club's website that the decision "
    "had been “the hardest of my life”."
)


def test_subject_pronoun_in_a_subordinate_clause_gives_the_main_subject_a_gender():
    assert who(SUBORDINATE_HE, "hardest of my life") == "Ruairi Cadogan"


# ---------------------------------------------------------------- surnames shared by two people, titles

MISSING_GIRL = (
    "Detective Inspector Amara Quist and the father of a missing girl, Lorcan Tighe, appealed for help on Sunday, "
    "five days after Niamh Tighe, 15, was last seen in Carlisle.\n\n"
    "“Somebody has seen her,” the detective said. Mr Tighe said his daughter had never gone missing before.\n\n"
    "“Please just call,” he said."
)


def test_a_title_of_address_picks_the_namesake_of_its_gender():
    assert who(MISSING_GIRL, "never gone missing before") == "Lorcan Tighe"
    assert who(MISSING_GIRL, "Please just call") == "Lorcan Tighe"
    assert who(MISSING_GIRL, "Somebody has seen her") == "Amara Quist"


COURT = (
    "A former parish treasurer who took £63,000 from church funds was jailed for two years on Tuesday.\n\n"
    "Recorder Imelda Saxby told Truro Crown Court that Gideon Pascoe had “abused the trust of a whole "
    "village”. Prosecutor Hallam Reddy said the money had paid for holidays and a car.\n\n"
    "Pascoe's barrister, Yusra Fenwick, said her client was “deeply ashamed”. “You knew exactly what you were "
    "doing,” the judge said."
)


def test_a_court_title_is_not_part_of_the_judge_s_name():
    assert who(COURT, "abused the trust") == "Imelda Saxby"
    assert who(COURT, "knew exactly what you were") == "Imelda Saxby"


def test_prosecutor_and_defence_keep_their_own_words():
    assert who(COURT, "paid for holidays") == "Hallam Reddy"
    assert who(COURT, "deeply ashamed") == "Yusra Fenwick"


# ---------------------------------------------------------------- sports: demonyms, roles, possessive clubs

POST_MATCH = (
    "Bristol City head coach Mikkel Sondergaard says his side must “stop gifting goals” after a third defeat in "
    "a row.\n\n"
    "“We are making the same mistake every week,” the Dane said on Saturday. Sondergaard confirmed that the "
    "captain, Jarrod Pike, would miss the next two games.\n\n"
    "Asked about his own future, he said: “That is for the board. I only think about Tuesday.”"
)


def test_a_demonym_stands_for_the_coach_named_before():
    assert who(POST_MATCH, "same mistake every week") == "Mikkel Sondergaard"
    assert who(POST_MATCH, "That is for the board") == "Mikkel Sondergaard"
    assert who(POST_MATCH, "stop gifting goals") == "Mikkel Sondergaard"


SCOTSMAN = (
    "Hibernian signed the striker Callum Drummond from Aberdeen on Friday.\n\n"
    "“I wanted to come home,” the Scotsman told the club's television channel."
)


def test_a_demonym_with_a_gender_stands_for_the_player():
    assert who(SCOTSMAN, "wanted to come home") == "Callum Drummond"


CRICKET = (
    "Kent captain Oduya Marsh said his batsmen had been “too timid by half” after they were bowled out for 112 "
    "at Canterbury.\n\n"
    "“We never put them under pressure,” Marsh said.\n\n"
    "Essex's Tobias Wainhouse, who took five for 40, said the ball had done “a bit off the seam” but nothing more."
)


def test_a_name_after_a_club_s_possessive_speaks_for_itself():
    assert who(CRICKET, "a bit off the seam") == "Tobias Wainhouse"
    assert who(CRICKET, "too timid by half") == "Oduya Marsh"


# ---------------------------------------------------------------- bodies, documents, trailing cues

TRAILING_BODIES = (
    "Otter numbers on the River Wye have recovered to their 1970s level, according to the Wye Rivers Trust.\n\n"
    "The recovery in the upper valley has been slower, the trust said. Breeding pairs had been seen on every "
    "tributary, the society added in its annual survey."
)


def test_a_body_s_noun_closing_a_reported_clause_speaks():
    assert who(TRAILING_BODIES, "recovery in the upper valley") == "the trust"
    assert who(TRAILING_BODIES, "Breeding pairs") == "the society"
    assert who(TRAILING_BODIES, "Otter numbers") == "Wye Rivers Trust"


FACTORY = (
    "Marlow Biscuits, which has baked in Carlisle since 1921, is to close its oldest plant with the loss of 210 "
    "jobs, the company told staff on Wednesday.\n\n"
    "The GMB union said the news had come “without a word of warning”."
)


def test_told_a_bare_noun_then_the_sentence_s_end():
    found = kinds(FACTORY)
    assert any(kind == "reported" and text.startswith("Marlow Biscuits") for kind, text in found)
    assert who(FACTORY, "Marlow Biscuits") == "the company"


SECOND_CLAUSE = (
    "Dr Yevgenia Marr leads the seabird survey on Skomer. Her colleague Dr Tomasz Brack built the trackers.\n\n"
    "The trackers cost about £900 each, he said, and few have ever been recovered. Puffin numbers are stable, "
    "the survey said in its report, but kittiwakes continue to decline."
)


def test_a_clause_after_and_following_an_inverted_cue_is_the_same_speaker_s():
    found = kinds(SECOND_CLAUSE)
    assert ("reported", "few have ever been recovered") in found
    assert who(SECOND_CLAUSE, "few have ever been recovered") == "Tomasz Brack"


def test_a_clause_after_but_with_a_present_verb_is_reported_too():
    found = kinds(SECOND_CLAUSE)
    assert ("reported", "kittiwakes continue to decline") in found
    assert who(SECOND_CLAUSE, "kittiwakes continue to decline") == "the survey"


DOCUMENTS_SEEN = (
    "The airport plans to double its night flights by 2028, according to planning documents seen by the "
    "Yorkshire Post."
)


def test_documents_seen_by_a_paper_speak_not_the_paper():
    assert who(DOCUMENTS_SEEN, "double its night flights") == "planning documents"


FIGURES_BY = "Knife crime fell by 9% last year, according to figures published by the Home Office."


def test_figures_published_by_a_body_are_the_body_s():
    assert who(FIGURES_BY, "Knife crime fell") == "the Home Office"


THINK_TANK = (
    "Rents in Scotland will rise faster than wages for a fifth year, according to the Fraser Institute, a think "
    "tank.\n\nFewer than 9,000 homes were finished in 2024, the lowest figure since 2013, it said."
)


def test_an_apposed_body_description_ends_the_source_not_the_report():
    found = kinds(THINK_TANK)
    assert ("reported", "Rents in Scotland will rise faster than wages for a fifth year") in found
    assert who(THINK_TANK, "Rents in Scotland") == "Fraser Institute"


ACRONYM_BODY = (
    "The Royal College of Nursing (RCN) will ask its members in Wales to reject a 3% pay offer.\n\n"
    "Most nurses would be worse off in real terms, the college argued. It said hospitals were already "
    "short of 2,000 nurses."
)


def test_a_pronoun_for_a_bracketed_acronym_takes_the_full_name():
    assert who(ACRONYM_BODY, "short of 2,000 nurses") == "Royal College of Nursing"
    assert who(ACRONYM_BODY, "worse off in real terms") == "the college"


ACRONYM_SPEAKS = (
    "The Office for National Statistics (ONS) said on Tuesday that unemployment rose to 4.6%.\n\n"
    "“The labour market is cooling,” the ONS said. Pay growth slowed for a third month, it added."
)


def test_an_acronym_that_spoke_keeps_its_own_name():
    assert who(ACRONYM_SPEAKS, "Pay growth slowed") == "ONS"


# ---------------------------------------------------------------- spokespeople, statements, told X, alternating

AGENCY = (
    "Shares in Halvorsen Shipping fell 12% on Thursday after the company cut its profit forecast for the second "
    "time this year.\n\n"
    "Chief executive Birgitte Aune said freight rates had fallen “faster than anyone predicted”. A spokesman for "
    "the company said in a statement that no jobs were at risk.\n\n"
    "Analyst Femi Adeyemo of Peel Hunt told Reuters the cut was “overdue”. Aune said the firm would review its "
    "dividend in March, while Adeyemo said investors would want “more than a review”."
)


def test_alternating_speakers_in_an_agency_paragraph():
    assert who(AGENCY, "faster than anyone predicted") == "Birgitte Aune"
    assert who(AGENCY, "no jobs were at risk") == "A spokesman for the company"
    assert who(AGENCY, "overdue") == "Femi Adeyemo"
    assert who(AGENCY, "review its dividend") == "Birgitte Aune"
    assert who(AGENCY, "more than a review") == "Femi Adeyemo"


REINTRODUCED = (
    "The health minister, Carys Vaughan-Lloyd, announced a review of GP funding on Monday.\n\n"
    "Doctors' leaders welcomed the move. The British Medical Association said practices were closing at a rate "
    "of one a week.\n\n"
    "Patients in rural areas were hit hardest, the association said.\n\n"
    "The minister said the review would report by Christmas."
)


def test_a_role_reintroduces_the_minister_paragraphs_later():
    assert who(REINTRODUCED, "report by Christmas") == "Carys Vaughan-Lloyd"
    assert who(REINTRODUCED, "closing at a rate") == "British Medical Association"


INTERVIEW = (
    "Asked whether she would stand again, the mayor, Jocasta Bright, said: “Not a chance. Eight years is "
    "enough.”\n\n"
    "Asked who should succeed her, she said: “Someone younger than me, and someone from the valleys.”"
)


def test_interview_answers_after_asked():
    assert who(INTERVIEW, "Not a chance") == "Jocasta Bright"
    assert who(INTERVIEW, "Someone younger") == "Jocasta Bright"


HEADLINE = (
    "Teachers' leader: “We will not accept a pay cut dressed up as a rise”\n\n"
    "The general secretary of the Association of School Staff, Winifred Oakes, told its conference in Harrogate "
    "that members would be balloted in June."
)


def test_headline_colon_quote_goes_to_the_person_the_body_names():
    assert who(HEADLINE, "will not accept a pay cut") == "Winifred Oakes"


# ---------------------------------------------------------------- traps

NO_QUOTE = (
    "The bridge over the Tamar will close for three nights from Monday while engineers replace its expansion "
    "joints. Drivers will be diverted through Gunnislake."
)


def test_a_paragraph_without_quotes_has_none():
    assert quotes_of(NO_QUOTE) == []


WORK_TITLE = (
    "The novelist Aurelie Strand, whose book “The Salt Years” won the Costa prize, said she had written it "
    "“mostly at night, in a cold kitchen”."
)


def test_a_book_title_in_marks_is_not_a_quote():
    assert not any(q.text.startswith("The Salt Years") for q in quotes_of(WORK_TITLE))
    assert who(WORK_TITLE, "mostly at night") == "Aurelie Strand"


# ---------------------------------------------------------------- characterising verbs

def test_a_bare_plural_subject_characterises_with_the_quoted_words():
    text = "Opposition councillors called the new parking charges a “tax on shopping”."
    assert who(text, "tax on shopping") == "Opposition councillors"


def test_a_body_named_alone_characterises_with_the_quoted_words():
    text = "Unison called the settlement “a kick in the teeth” for cleaners."
    assert who(text, "kick in the teeth") == "Unison"


def test_rejecting_as_after_the_main_clause_gives_the_words_to_its_subject():
    text = ("The Fire Brigades Union (FBU) will consult its members after dismissing a 3.5% offer as “nowhere near "
            "enough”.")
    assert who(text, "nowhere near enough") == "Fire Brigades Union"


def test_a_scare_quote_after_a_verb_of_judgement_without_as_is_nobody_s():
    text = "The court rejected the “Mickey Mouse” defence on Friday."
    assert all(q.resolved_speaker is None and q.speaker is None for q in quotes_of(text))


def test_a_newspaper_named_like_a_demonym_is_a_newspaper():
    text = "Glasgow's bus fares will be capped at £2 from April, The Scotsman reported on Friday."
    assert who(text, "bus fares will be capped") == "The Scotsman"
