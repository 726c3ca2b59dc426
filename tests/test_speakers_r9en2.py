"""Round 9, second English pass: the classes that recur across sets on fresh text. A description that goes to the
person the paragraph is about rather than the nearest name, pronoun subjects of speech verbs, quotes a paragraph
after their speaker, fragments (clause pieces, adjectives, a ministry's last word), bodies and papers named in
full, descriptions kept with their complement, a speaker named after the quote, partial quotes inside a reported
clause, given names common in one English-speaking country, and traps. Every paragraph is new."""
from __future__ import annotations

import re

import pytest

from tests.quote_speakers import quotes_in, speaker_of


def quotes_of(text: str) -> list:
    return quotes_in(text, "en")


def who(text: str, words: str) -> str | None:
    """The speaker of the marked quote holding `words` (else of the reported statement that holds them)."""
    marked = next((q for q in quotes_of(text) if q.kind != "reported" and words in q.text), None)
    return (marked.resolved_speaker or marked.speaker) if marked is not None else speaker_of(text, words, "en")


def norm(name: str | None) -> str | None:
    """The speaker as the benchmark compares it: case folded, a leading article or title dropped."""
    if name is None:
        return None
    return re.sub(r"^(the|a|an|mr|mrs|ms|dr)\s+", "", name.strip().lower())


# ---------------------------------------------------------------- a description for the person the text is about

GARDA = (
    "Gardaí in Galway have appealed for witnesses after a cyclist was struck by a van on the N59 on Sunday "
    "evening. Superintendent Declan Moriarty said the driver had stopped at the scene. The cyclist, Aoife "
    "Brennan, 34, was taken to University Hospital Galway.\n\n"
    "“We would ask anyone with dashcam footage to come forward,” the superintendent said."
)


def test_a_rank_goes_to_the_officer_not_to_the_nearest_name():
    assert who(GARDA, "dashcam footage") == "Declan Moriarty"


CLINICS = (
    "Health Minister Mark Bellamy announced $2.2 billion for urgent care clinics on Thursday, a week after the "
    "opposition's health spokeswoman, Joanne Whitlam, called the scheme a failure.\n\n"
    "“These clinics are taking pressure off emergency departments,” the minister told reporters in Canberra."
)


def test_the_minister_is_the_minister_not_the_spokeswoman():
    assert who(CLINICS, "taking pressure off") == "Mark Bellamy"


BONUSES = (
    "The chief executive of Wessex Water, Harriet Colwell, defended the company's bonus scheme on Wednesday. "
    "The campaigner Tobias Renshaw has called for the payments to be banned.\n\n"
    "“Our performance has been the best in the sector for three years,” the chief executive said."
)


def test_a_role_given_in_an_apposition_before_the_name():
    assert who(BONUSES, "best in the sector") == "Harriet Colwell"


COACH = (
    "Munster head coach Graham Rowntree was without his captain, Peter O'Mahony, for the trip to Cardiff.\n\n"
    "“We missed his voice in the second half,” the coach said afterwards."
)


def test_the_coach_is_not_the_captain_named_in_his_sentence():
    assert who(COACH, "missed his voice") == "Graham Rowntree"


# ---------------------------------------------------------------- pronoun subjects

FARMERS = (
    "Rhiannon Pryce chairs the Ceredigion branch of the Farmers' Union of Wales. She told the meeting in "
    "Aberystwyth that the new rules were “unworkable on a hill farm”.\n\n"
    "“We feel abandoned by Cardiff Bay,” she said."
)


def test_a_pronoun_after_a_name_the_text_makes_a_woman():
    assert who(FARMERS, "unworkable on a hill farm") == "Rhiannon Pryce"
    assert who(FARMERS, "feel abandoned") == "Rhiannon Pryce"


FLOOD = (
    "Owain Griffiths and his neighbour Carys Lloyd were among 40 people evacuated from Llanrwst when the Conwy "
    "burst its banks.\n\n"
    "“The water came up through the floorboards in minutes,” he said. She added that her insurer had not yet "
    "called back."
)


def test_he_and_she_after_a_man_and_a_woman_from_the_lexicon():
    assert who(FLOOD, "through the floorboards") == "Owain Griffiths"
    assert who(FLOOD, "her insurer had not yet") == "Carys Lloyd"


PILOT = (
    "An Air Canada pilot who landed a damaged Airbus in Halifax has been praised by investigators. Captain "
    "Gavin Tremblay, a 22-year veteran, took control after the first officer was injured by a bird strike.\n\n"
    "He told CBC News the crew had trained for “exactly this sort of day”."
)


def test_he_at_the_start_of_a_paragraph_is_the_man_introduced_before():
    assert who(PILOT, "exactly this sort of day") == "Gavin Tremblay"


# ---------------------------------------------------------------- a quote a paragraph later

SCANS = (
    "Dr Priya Raman, a consultant radiologist at St James's Hospital in Dublin, said waiting lists for scans had "
    "doubled since 2021.\n\n"
    "“Patients are coming to us sicker than they were five years ago. Some have waited two years.”"
)


def test_an_unattributed_quote_continues_the_speaker_of_the_paragraph_before():
    assert who(SCANS, "sicker than they were") == "Priya Raman"


HEAD_TEACHER = (
    "Ciaran Molloy took over as head teacher of St Brendan's College in Killarney in September.\n\n"
    "He is blunt about the task ahead: “Nobody agrees on uniforms, and everybody agrees on phones.”"
)


def test_a_colon_after_a_sentence_about_someone_gives_him_the_quote():
    assert who(HEAD_TEACHER, "Nobody agrees on uniforms") == "Ciaran Molloy"


RESIGN = (
    "The Liberal Democrat leader of Somerset Council, Felicity Marsh, announced on Monday that she would not "
    "stand again in May.\n\n"
    "She wants to spend more time with her grandchildren. “Eight years is long enough for anyone,” she said."
)


def test_a_pronoun_a_paragraph_after_the_announcement():
    assert who(RESIGN, "Eight years is long enough") == "Felicity Marsh"


# ---------------------------------------------------------------- fragments

def test_a_plural_subject_with_an_adjective_is_the_speaker_not_a_clause_piece():
    text = ("Ministers had hoped the bill would pass before Christmas, but opposition MPs said it was “rushed and "
            "unworkable”.")
    assert norm(who(text, "rushed and unworkable")) == "opposition mps"


def test_a_ministry_is_named_in_full():
    text = ("The Ministry of Defence said the aircraft had been “fully serviceable” when it left RAF Lossiemouth on "
            "Tuesday morning.")
    assert norm(who(text, "fully serviceable")) == "ministry of defence"


def test_a_department_with_commas_in_its_name_is_named_in_full():
    text = ("The Department for Environment, Food and Rural Affairs said the outbreak was “contained” and that no "
            "further farms would be culled.")
    assert norm(who(text, "contained")) == "department for environment, food and rural affairs"


DEFIANT = (
    "Shane Callaghan's side lost the All-Ireland final by a single point on Sunday.\n\n"
    "“I'm gutted for the lads,” a tearful Callaghan said at Croke Park."
)


def test_an_adjective_before_a_surname_is_not_the_speaker():
    assert who(DEFIANT, "gutted for the lads") == "Shane Callaghan"


# ---------------------------------------------------------------- bodies, papers and descriptions in full

def test_a_paper_is_not_cut_to_its_city():
    text = ("“The council has failed its tenants for a decade,” the Manchester Evening News said in an editorial "
            "on Saturday.")
    assert norm(who(text, "failed its tenants")) == "manchester evening news"


def test_according_to_a_paper_named_after_a_city():
    text = "According to the Belfast Telegraph, the talks had “stalled completely” by Thursday night."
    assert norm(who(text, "stalled completely")) == "belfast telegraph"


def test_a_royal_college_is_named_in_full():
    text = ("The Royal College of Nursing said staff were “running on empty” after a winter of record "
            "admissions.")
    assert norm(who(text, "running on empty")) == "royal college of nursing"


def test_an_institute_for_something_is_named_in_full():
    text = ("The Institute for Fiscal Studies said the plans left “a black hole of at least £20 billion” in the "
            "public finances.")
    assert norm(who(text, "black hole")) == "institute for fiscal studies"


def test_a_spokesperson_keeps_the_body_they_speak_for():
    text = ("A spokesperson for the Department of Health said the figures were “provisional and subject to "
            "revision”.")
    assert norm(who(text, "provisional and subject")) == "spokesperson for the department of health"


def test_a_resident_keeps_the_place_they_live_in():
    text = ("A resident of Lismore, whose home flooded for the third time in five years, said she was “done with "
            "this town”.")
    assert norm(who(text, "done with this town")) == "resident of lismore"


def test_a_description_keeps_its_of_complement():
    text = ("The owner of the Red Lion in Ludlow said the new licensing hours would be “the end of the village "
            "pub”.")
    assert norm(who(text, "end of the village pub")) == "owner of the red lion in ludlow"


# ---------------------------------------------------------------- speaker named after the quote

BRANCHES = (
    "Nationwide has been asked again about its high street presence.\n\n"
    "“We will not be closing any branches this year.” The chief executive, Debra Crowe, repeated the pledge "
    "to MPs on Monday."
)


def test_a_pledge_repeated_in_the_next_sentence():
    assert who(BRANCHES, "not be closing any branches") == "Debra Crowe"


def test_the_mayor_of_a_city_repeated_it():
    text = ("Bristol's clean air zone is here to stay.\n\n"
            "“It is working, and it is staying.” The mayor of Bristol repeated it on Monday.")
    assert norm(who(text, "It is working")) == "mayor of bristol"


ADMISSION = (
    "“There is simply no money left in the pot.” It was a striking admission from the Treasury minister, "
    "Darren Jowell, on Sunday morning television."
)


def test_an_admission_from_a_named_minister():
    assert who(ADMISSION, "no money left in the pot") == "Darren Jowell"


# ---------------------------------------------------------------- partial quotes inside a reported clause

RURAL = (
    "The Country Land and Business Association's president, Victoria Okonjo, said the government had shown "
    "“contempt for rural voters” and would pay for it at the election."
)


def test_a_partial_quote_in_a_that_less_clause():
    assert who(RURAL, "contempt for rural voters") == "Victoria Okonjo"


GUARDIAN = (
    "Labour's Kieran Doyle criticised the decision to close the Teesside steel plant. He told the Guardian that "
    "the closure was “a betrayal of everyone who works there”."
)


def test_a_partial_quote_after_he_told_a_paper():
    assert who(GUARDIAN, "betrayal of everyone") == "Kieran Doyle"


SCIENTISTS = (
    "The Environment Agency's own review found that scientists at the agency had warned of “serious gaps” in "
    "flood defences as early as 2019."
)


@pytest.mark.xfail(strict=True, reason="'warned of' is no cue: the finding's subject keeps the words (left)")
def test_a_finding_about_what_scientists_warned_gives_them_the_words():
    assert norm(who(SCIENTISTS, "serious gaps")) == "scientists at the agency"


COUNCIL_REPORT = (
    "Councillor Niamh Quigley said residents had been “kept in the dark” about the incinerator and that the "
    "planning process was “a farce from start to finish”."
)


def test_two_partials_in_one_reported_clause_share_the_speaker():
    assert who(COUNCIL_REPORT, "kept in the dark") == "Niamh Quigley"
    assert who(COUNCIL_REPORT, "farce from start") == "Niamh Quigley"


# ---------------------------------------------------------------- same gender, two people

HOSPITAL = (
    "Emma Clarke, the head of nursing at Royal Hobart Hospital, said the ward had been short of staff all winter. "
    "Her deputy, Sarah Jenkins, said the roster was “patched together every morning”.\n\n"
    "“We cannot keep doing this,” Clarke said."
)


def test_two_women_each_keep_their_own_words():
    assert who(HOSPITAL, "patched together") == "Sarah Jenkins"
    assert who(HOSPITAL, "cannot keep doing this") == "Emma Clarke"


MEN = (
    "Detective Inspector Rory Gallagher said a man had been arrested in Sligo. The victim's brother, Colm Hegarty, "
    "said the family were “relieved but still in shock”.\n\n"
    "“Our inquiries are continuing,” Gallagher said."
)


def test_two_men_each_keep_their_own_words():
    assert who(MEN, "relieved but still") == "Colm Hegarty"
    assert who(MEN, "inquiries are continuing") == "Rory Gallagher"


# ---------------------------------------------------------------- traps

def test_a_paragraph_about_a_vote_has_no_quote():
    text = ("Councillors in Dunedin voted 9-5 on Wednesday to keep the city's last public pool open. The mayor, "
            "Jules Radich, abstained.")
    assert quotes_of(text) == []


def test_a_term_in_marks_is_nobody_s_words():
    text = ("Levels of so-called “forever chemicals” in Lough Neagh were higher than in any other lake sampled, "
            "the survey found.")
    assert all(q.resolved_speaker is None and q.speaker is None
               for q in quotes_of(text) if q.text.startswith("forever"))


def test_according_to_a_poll_is_not_a_person():
    text = ("Just 28% of voters trust the government on the NHS, according to a YouGov poll published on Sunday. "
            "Health Secretary Wes Carrow did not comment.")
    speakers = {q.resolved_speaker or q.speaker for q in quotes_of(text)}
    assert "Wes Carrow" not in speakers


def test_a_programme_title_in_marks_is_not_a_quote_from_its_presenter():
    text = ("Presenter Gemma Kavanagh, whose series “Coast Lines” returns next month, said she had walked “every "
            "inch of the Antrim shore” for it.")
    assert not any(q.text.startswith("Coast Lines") and (q.resolved_speaker or q.speaker) for q in quotes_of(text))
    assert who(text, "every inch of the Antrim") == "Gemma Kavanagh"


# ---------------------------------------------------------------- second batch: descriptions, cataphora, bodies

TAOISEACH = (
    "The former Taoiseach Bertie Cullinane spoke at the launch of the book in Drumcondra, where the author, Maeve "
    "Tierney, signed copies.\n\n"
    "“It is a fair account, mostly,” the former taoiseach said."
)


def test_an_irish_title_is_not_part_of_the_name():
    assert who(TAOISEACH, "fair account") == "Bertie Cullinane"


ACQUITTED = (
    "Sinéad Farrelly, 45, from Navan, was cleared of all charges at Trim Circuit Court on Friday. Judge Martin "
    "Nolan told the jury they had reached the right verdict.\n\n"
    "“I just want to go home to my children,” the 45-year-old said outside court."
)


def test_an_age_description_goes_to_the_person_given_that_age():
    assert who(ACQUITTED, "go home to my children") == "Sinéad Farrelly"


def test_so_said_names_the_speaker_after_the_quote():
    text = ("“The truth is we were never told.” So said Margaret Dunphy, whose son died at the barracks in 1998, "
            "after the inquest on Thursday.")
    assert who(text, "never told") == "Margaret Dunphy"


def test_the_verdict_of_a_named_coroner():
    text = ("“This was a death that could have been prevented.” That was the verdict of the coroner, Alison Mutch, "
            "on Friday.")
    assert who(text, "could have been prevented") == "Alison Mutch"


def test_the_words_of_a_commissioner_set_off_by_commas():
    text = ("“We have no plans to raise fares again.” Those were the words of the Transport for London commissioner, "
            "Andy Lord, in March.")
    assert who(text, "no plans to raise fares") == "Andy Lord"


def test_a_role_after_a_body_and_its_acronym_gives_the_person_named_after_it():
    text = ("The Irish Farmers' Association (IFA) president, Francie Gorman, claimed the bill would “gut rural "
            "Ireland”.")
    assert who(text, "gut rural Ireland") == "Francie Gorman"


def test_a_description_ends_before_the_verb_after_its_complement():
    text = ("Officials at the Department of Education prefer not to comment on individual schools, but one said the "
            "inspection had been “a wake-up call”.")
    assert "prefer" not in (who(text, "wake-up call") or "")


def test_a_regional_paper_keeps_its_whole_title():
    assert norm(who("The Otago Daily Times reported that the hospital had been “months behind” on maintenance.",
                    "months behind")) == "otago daily times"
    assert norm(who("“The scheme is a shambles,” the Yorkshire Post said on Saturday.",
                    "scheme is a shambles")) == "yorkshire post"


def test_a_paper_quoting_someone_gives_the_words_to_that_someone():
    assert norm(who("“Nobody was listening,” the Toronto Star quoted a nurse as saying.", "Nobody was listening")) \
        == "nurse"


def test_a_premier_named_after_her_predecessor():
    text = ("Premier Daniel Andrews' successor, Jacinta Allan, faced questions over the cost of the Suburban Rail "
            "Loop on Tuesday.\n\n"
            "“Every dollar is accounted for,” the premier said.")
    assert who(text, "Every dollar") == "Jacinta Allan"


def test_a_cabinet_secretary_with_a_long_title():
    text = ("The Scottish Government's Cabinet Secretary for Health, Neil Gray, said the figures were "
            "“encouraging”.")
    assert who(text, "encouraging") == "Neil Gray"


def test_a_deputy_s_words_after_the_mayor_s():
    text = "Mayor Olivia Chow said the budget was “a down payment”. Her deputy, Ausma Malik, called it “a start”."
    assert who(text, "a down payment") == "Olivia Chow"
    assert who(text, "a start") == "Ausma Malik"


def test_a_role_description_goes_to_the_woman_the_text_made_a_person():
    text = ("Kemi Badenoch used her first conference speech as leader to attack the government. The Conservative "
            "leader said Labour had “no plan for growth”.")
    assert who(text, "no plan for growth") == "Kemi Badenoch"


def test_a_name_after_in_which_is_the_subject_of_the_cue():
    text = ("The Guardian has seen a letter in which the trust's medical director, Dr Anil Mehta, warns that the "
            "unit is “not safe”.")
    assert who(text, "not safe") == "Anil Mehta"


def test_a_councillor_s_abbreviated_title_is_not_part_of_her_name():
    text = ("Councillor Gareth Pryce-Jones, the cabinet member for housing, said the authority had “no choice”. His "
            "opposite number, Cllr Siân Evans, said residents had been “let down”.")
    assert who(text, "no choice") == "Gareth Pryce-Jones"
    assert who(text, "let down") == "Siân Evans"


def test_reports_from_a_place_are_not_the_place():
    text = ("The singer has not been seen in public since March. Reports in New Zealand said that she had been "
            "staying with friends near Queenstown.")
    assert norm(who(text, "staying with friends")) == "reports in new zealand"


def test_her_newspaper_is_the_paper_she_wrote_for():
    text = ("Dara Flynn wrote a column for the Western People for a decade.\n\n"
            "After she was sacked, her newspaper said it had “no choice”.")
    assert who(text, "no choice") == "Western People"


def test_his_newspaper_is_no_place_named_before():
    text = "Ian Bell met Sarah Moss in Leeds.\n\nHis newspaper said it had “no choice”."
    assert who(text, "no choice") not in ("Leeds", "Sarah Moss", "Ian Bell")


def test_a_second_speaker_joined_by_and_with_an_apposition_has_his_own_clause():
    text = ("Residents say they were moved out of the tower block without warning and Declan Murtagh, chairman of "
            "the tenants' association, claimed that the council had known about the cracks for months.")
    found = {q.text: q.resolved_speaker or q.speaker for q in quotes_of(text)}
    assert found.get("they were moved out of the tower block without warning") == "Residents"
    assert found.get("the council had known about the cracks for months") == "Declan Murtagh"


# ---------------------------------------------------------------- a subject with a relative clause

def test_a_name_inside_a_relative_clause_is_not_the_subject():
    text = "Residents who spoke to the BBC said the water had been brown for weeks."
    assert who(text, "the water had been brown") == "Residents"


def test_a_place_inside_a_relative_clause_is_not_the_subject():
    text = "A woman who lives near the plant in Runcorn said the smell was “unbearable”."
    # (round 16: a relative in the present says who she is, place and all, as the gold of quotes7 and quotes18 keeps)
    assert norm(who(text, "unbearable")) == "woman who lives near the plant in runcorn"


def test_a_whose_clause_belongs_to_the_subject_before_it():
    text = "Parents whose children attend the school in Leeds said they were “appalled”."
    assert who(text, "appalled") == "Parents"


def test_the_family_of_someone_described_by_a_relative_clause():
    text = ("The family of a man who died in police custody in Hull believe he was assaulted, the family's solicitor "
            "said on Thursday.\n\n"
            "Liam Kerrigan, 29, was arrested on March 3.\n\n"
            "“They want answers,” Ruth Okafor, a solicitor for the family, told the BBC.")
    assert "Hull" not in (who(text, "he was assaulted") or "")
    assert who(text, "The family of a man") == "Ruth Okafor"


# ---------------------------------------------------------------- relations, bodies named for a place, manner verbs

def test_the_family_of_a_soldier_is_not_the_soldier():
    text = "In a statement, the family of Sgt Rhys Parry said he was “a devoted father and a brave soldier”."
    assert norm(who(text, "devoted father")) == "family of sgt rhys parry"


def test_the_lawyer_for_someone_is_not_that_someone():
    text = "The lawyer for Connor Mahon said his client was “innocent of every charge”."
    assert who(text, "innocent of every charge") != "Connor Mahon"


def test_a_body_named_for_a_place_is_not_the_place():
    text = "Transport for Ireland said services would be “significantly disrupted” until Sunday."
    assert norm(who(text, "significantly disrupted")) == "transport for ireland"


def test_a_manner_of_speaking_verb_after_the_quote():
    text = ("“This is a great day for the town,” beamed Carol Whitley, who has campaigned for the bypass since "
            "1998.")
    assert who(text, "great day for the town") == "Carol Whitley"


def test_a_manner_verb_with_no_quote_makes_none():
    assert quotes_of("The crowd laughed. The mayor sighed and left the stage in Galway.") == []


def test_the_message_from_a_union_named_after_the_quote():
    text = "“We're not going anywhere.” The message from the Dublin Bus drivers' union, Siptu, was blunt."
    assert who(text, "not going anywhere") == "Siptu"


def test_an_attribute_after_being_is_no_work_title():
    text = ("The novelist Idris Vaughan spoke at the Hay festival on Sunday.\n\n"
            "He added authors and teachers being “overtly preachy” was a “total turn-off” for teenagers.")
    partial = next(q for q in quotes_of(text) if q.kind == "partial" and q.text.startswith("overtly preachy"))
    assert (partial.resolved_speaker or partial.speaker) == "Idris Vaughan"
