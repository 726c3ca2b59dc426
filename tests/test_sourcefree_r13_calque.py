"""Issue 13, round 13: calques as families over word classes (checker/data/calque_families.yaml): a French verb's
government kept, French light verbs and their nouns, French noun phrases and institutions glossed, French time
expressions; each family tried on words of its classes the evaluation sets do not hold (a fixed shape such as 'day
for day' excepted), and on English that looks alike."""
from __future__ import annotations

import re

import pytest

from checker.api import check_text
from checker.config import Config
from checker.findings import Severity


def spans(text: str) -> list[str]:
    """The calque warnings (CAL001, CAL002, CAL004) of a text."""
    report = check_text(text, Config(models=False, select=("CAL",)))
    return [text[f.start:f.end] for f in report.findings if f.severity >= Severity.WARNING]


GOVERNMENT = [
    ("Hundreds of villagers assisted at the requiem for the fishermen.", "assisted at the requiem"),
    ("The whole cabinet assisted to the enthronement of the new king.", "assisted to the enthronement"),
    ("Thousands of fans assisted the beatification in Lisieux.", "assisted the beatification"),
    ("The decree entered in vigour last Thursday.", "entered in vigour"),
    ("The former banker entered in politics at forty.", "entered in politics"),
    ("Two lorries entered in collision near Dijon.", "entered in collision"),
    ("The smugglers profited of the fog to cross the strait.", "profited of"),
    ("The growers benefited of a rebate last spring.", "benefited of"),
    ("The baker is renouncing to his bid for the town council.", "renouncing to"),
    ("The soldiers refused to obey to the colonel.", "obey to"),
    ("The little dyke resisted to the swell all winter.", "resisted to the"),
    ("The two presidents discussed of the gas pipeline.", "discussed of"),
    ("Burglars penetrated in the pharmacy at dawn.", "penetrated in the"),
    ("Growers are still waiting the ruling of the appeals court.", "waiting the ruling"),
    ("The two senators were reproached with having hired a nephew.", "were reproached with"),
    ("The prefect rendered himself to the flooded hamlet.", "rendered himself to"),
    ("The gendarmes travelled immediately on the spot.", "travelled immediately on the spot"),
    ("Winegrowers shouted to the swindle after the frost aid was cut.", "shouted to the swindle"),
    ("The unions cried to the provocation when the bonus was scrapped.", "cried to the provocation"),
]

LIGHT_VERBS = [
    ("The auditor dressed a severe inventory of the port's accounts.", "dressed a severe inventory"),
    ("The ombudsman dressed up a list of forty grievances.", "dressed up a list"),
    ("The frigate effected a stopover in Brest.", "effected a stopover"),
    ("The pollster realised a survey of 2,000 farmers.", "realised a survey"),
    ("The customs proceeded to the confiscation of 40 tonnes of ivory.", "proceeded to the confiscation"),
    ("After the interval the visitors regained the hand.", "regained the hand"),
    ("The mayor held her word on the swimming pool.", "held her word"),
    ("The architect posed the first stone of the library.", "posed the first stone"),
    ("The smuggling saga has known a new rebound.", "a new rebound"),
    ("A dramatic rebound in the embezzlement probe shook the town hall.", "dramatic rebound"),
    ("The coastguard published no balance of the shipwreck.", "published no balance"),
    ("The macabre balance stands at nine dead.", "macabre balance"),
    ("The cyclists made a pause in Valence.", "made a pause"),
    ("The smuggler passed eleven years behind bars.", "passed eleven years behind"),
]

NOUNS = [
    ("The ministers met for a breakfast of work at the embassy.", "breakfast of work"),
    ("A circle of reflection on rural schools was set up.", "circle of reflection"),
    ("The pilot made a landing of urgency in Nantes.", "landing of urgency"),
    ("Freedom of cult is guaranteed, the prefect said.", "Freedom of cult"),
    ("The two candidates fought a joust at distance on television.", "joust at distance"),
    ("The council was evacuated in catastrophe when the roof cracked.", "evacuated in catastrophe"),
    ("The forces of order dispersed the crowd.", "forces of order"),
    ("In the fishing port the emotion was considerable after the sinking.", "emotion was considerable"),
    ("The minister confirmed on Wednesday in front of the senators that the base would close.",
     "in front of the senators"),
    ("Six departments were placed in orange vigilance for snow.", "orange vigilance"),
    ("The painter remained unknown to the big public.", "the big public"),
    ("Youth workers in the sensitive quarters of Lyon warned of unrest.", "sensitive quarters"),
    ("No injured was to deplore after the landslide.", "injured was to deplore"),
    ("Rescuers deplored four victims in the valley.", "deplored four victims"),
    ("The indignation did not fall after the mayor's apology.", "indignation did not fall"),
    ("The union submitted a counter-proposition to the board.", "counter-proposition"),
    ("The rider of Roubaix has won the sprint again.", "The rider of Roubaix"),
    ("Two hikers were hospitalised; one is in a very serious state.", "in a very serious state"),
    ("The tractors drove at the step of man along the ring road.", "at the step of man"),
    ("The fingerprints are well those of the missing sailor.", "well those of"),
    ("The clip spread on the social networks overnight.", "the social networks"),
    ("The farmers acted in accord with the cooperatives.", "in accord with the cooperatives"),
    ("The breach of the levees was blamed on the rupture of three dykes.", "rupture of three dykes"),
    ("The new occupant of Matignon met the unions.", "occupant of Matignon"),
]

TIMES = [
    ("The ferry sank twenty years, day for day, after the first disaster.", "day for day"),
    ("The vote is planned for the evening of Thursday.", "the evening of Thursday"),
    ("Looters struck the night between Friday and Saturday.", "the night between Friday and Saturday"),
    ("The market reopens on the 3 October.", "the 3 October"),
    ("The ceremony will begin at 17 hours in the cathedral.", "17 hours"),
    ("The ferry line has been closed since decades.", "decades"),
    ("It makes fifteen years that the lighthouse is empty.", "It makes fifteen years that"),
    ("There is thirty years, the mine closed.", "There is thirty years"),
]

INSTITUTIONS = [
    ("The bouncer was tried for blows and wounds.", "blows and wounds"),
    ("The jeweller invoked legitimate defence.", "legitimate defence"),
    ("The cyclist was charged with non-assistance to person in danger.", "non-assistance to person in danger"),
    ("The burglaries were committed in organised band.", "in organised band"),
    ("The post office was robbed with armed hand.", "with armed hand"),
    ("Nurses are leaving the hospital function.", "the hospital function"),
    ("A prefectoral arrest bans fireworks.", "prefectoral arrest"),
    ("The head of the State will speak on Sunday.", "head of the State"),
    ("The adjunct mayor for sport resigned.", "adjunct mayor"),
    ("Roadside controls were stepped up at the border.", "Roadside controls"),
    ("The kidnapping alert was lifted at noon.", "kidnapping alert"),
    ("Sappers-firefighters from three towns fought the blaze.", "Sappers-firefighters"),
    ("The lifeguards intervened quickly.", "lifeguards intervened"),
    ("The scooter rider refused to obtemperate.", "obtemperate"),
    ("Senators adopted the text in second lecture.", "in second lecture"),
    ("The dockers are in unlimited strike.", "in unlimited strike"),
    ("The cashier was found dead at her domicile.", "at her domicile"),
    ("The climber was airlifted towards the university hospital.", "airlifted towards the university hospital"),
    ("The fathers of family marched behind the coffin.", "fathers of family"),
]

PHRASES = [
    ("The cooperative is no longer in measure to pay its growers.", "in measure to"),
    ("The club is in train of negotiating a loan.", "in train of negotiating"),
    ("The ministry comes of publishing its figures.", "comes of publishing"),
    ("The opposition has reason, the editorialist wrote.", "has reason"),
    ("The repairs in course should end in May.", "in course"),
    ("The goalkeeper was operated of the shoulder.", "operated of the"),
    ("The stage without history ended in a bunch sprint.", "stage without history"),
    ("The ministry engaged a disciplinary procedure.", "engaged a disciplinary procedure"),
    ("The stamp price passes to 1.50 euros.", "passes to 1"),
    ("Inflation fell under the symbolic bar of 2%.", "bar of 2"),
    ("The nurses were numerous to resign.", "numerous to resign"),
    ("They were 40,000 to parade in Marseille.", "were 40,000 to parade"),
    ("Scuffles broke out at the margin of the rally.", "margin of the rally"),
    ("The ferry docked at 4 hours of the morning.", "4 hours of the morning"),
    ("The blaze had taken in a barn.", "blaze had taken in"),
    ("The wildfire was finally mastered on Sunday.", "mastered"),
    ("The ring road was jammed in both senses.", "in both senses"),
    ("One ferry on four will sail on Friday.", "One ferry on four"),
    ("The striker made a malaise at training.", "made a malaise"),
    ("The painter died on Friday at 91 years.", "at 91 years"),
    ("She was elected with 61% of the voices.", "61% of the voices"),
    ("For a week the goalkeeper had given the change.", "given the change"),
]

RECORD = [
    ("The tramway works knew repeated stoppages.", "knew repeated stoppages"),
    ("The court pronounced the liquidation of the bakery chain.", "pronounced the liquidation"),
    ("The prefect pronounced a curfew for minors.", "pronounced a curfew"),
    ("Detectives privileged the jihadist track.", "track"),
    ("Several tracks are still explored, the prosecutor said.", "tracks"),
    ("The gendarmerie issued a call to witnesses after the hit-and-run.", "call to witnesses"),
    ("The hiker was found without life below the ridge.", "without life"),
    ("Rioters put fire to the library.", "put fire to"),
    ("The region unblocked 4 million euros for the vineyards.", "unblocked 4 million euros"),
    ("The movement invested the mayor as head of list.", "invested the mayor as head of list"),
    ("The prefect addressed his sincere condolences to the crew.", "addressed his sincere condolences"),
    ("The admiral saluted the memory of the divers.", "saluted the memory of"),
]

EVENTS = [
    ("The region made call to private ambulances.", "made call to"),
    ("The shipyard was placed in judicial redressment.", "judicial redressment"),
    ("The coach held to congratulate the juniors.", "held to congratulate"),
    ("The speaker recalled the senator to order.", "recalled the senator to order"),
    ("The rally unrolled peacefully in Lille.", "rally unrolled"),
    ("The rumour swelled during the weekend.", "rumour swelled"),
    ("The transfer has made a lot of noise in Naples.", "transfer has made a lot of noise"),
    ("The comeback made dream the supporters.", "made dream the"),
    ("The clip made the tour of the internet.", "made the tour of the internet"),
    ("The retreat of the waters revealed the damage.", "retreat of the waters"),
    ("The derby was reported to next season.", "reported to next season"),
    ("The budget is in the continuity of last year's.", "in the continuity of"),
    ("The skipper sailed under the empire of cocaine.", "under the empire of"),
    ("The file was confided to a judge in Lyon.", "was confided to a"),
    ("The strikers invaded the boulevards of Nantes.", "invaded the boulevards"),
    ("Gamekeepers fired shots of intimidation at the wolves.", "shots of intimidation"),
]

SPORT_AND_COUNCIL = [
    ("The mayor took a by-law against begging.", "took a by-law"),
    ("The regional council voted the amendment on Friday.", "voted the amendment"),
    ("The airline took the engagement to refund everyone.", "took the engagement to"),
    ("Brest accomplished the exploit of winning in Munich.", "accomplished the exploit"),
    ("The winger inscribed a brace before the break.", "inscribed a brace"),
    ("Rennes was held in check by Lorient on Sunday.", "held in check by Lorient"),
    ("The defender got expelled in the second half.", "expelled in"),
    ("The umpire whistled two free-kicks in a minute.", "whistled two free-kicks"),
    ("Nantes lost its seat of leader.", "seat of leader"),
    ("The sprinter broke the record of Belgium.", "record of Belgium"),
    ("The derby is set for the ninth day of Top 14.", "the ninth day of Top 14"),
    ("The club descended in National after the season.", "descended in National"),
    ("The climber abandoned during the queen stage.", "abandoned during the queen stage"),
]

ECONOMY_AND_WEATHER = [
    ("Tourist nights diminished of 4% in July.", "diminished of 4"),
    ("The Nikkei ended in slight recoil on Friday.", "ended in slight recoil"),
    ("Bankruptcies are in progression in Brittany.", "are in progression"),
    ("The dairy group posted a half-year benefit.", "posted a half-year benefit"),
    ("The insurer and its 900 collaborators moved to Lille.", "900 collaborators"),
    ("The amendment was rejected by senators in commission.", "in commission"),
    ("The cantonals were cancelled.", "The cantonals"),
    ("Six departments are in amber alert.", "in amber alert"),
    ("The frost episode ruined the orchards.", "frost episode"),
    ("Hail is forecast on the north-east.", "on the north-east"),
]


@pytest.mark.parametrize("text,span", GOVERNMENT + LIGHT_VERBS + NOUNS + TIMES + INSTITUTIONS + PHRASES + RECORD
                         + EVENTS + SPORT_AND_COUNCIL + ECONOMY_AND_WEATHER)
def test_family_member_found(text, span):
    found = spans(text)
    assert any(span.lower() in s.lower() or s.lower() in span.lower() for s in found), (span, found)


# English that looks like the families: must not fire
TRAPS = [
    "The winger assisted the final goal of the match.",
    "Volunteers assisted the launch of the lifeboat.",
    "The midwife assisted the birth in the ambulance.",
    "The bill entered into force in January and is now in force.",
    "Her name was entered in the register of births.",
    "The company reported a profit of the order of two million.",
    "Give him the benefit of the doubt.",
    "The garrison resisted to the last man.",
    "They obeyed the order to the letter.",
    "We waited the storm out in a barn.",
    "She reproached him for his silence.",
    "The suspect was fined on the spot.",
    "The detective came on the scene an hour later.",
    "She cried to the heavens when she heard the news.",
    "The florist dressed the window for Christmas.",
    "The reform effected a change in the tax code.",
    "He realised a study was needed before any vote.",
    "She realised a dream by opening the bakery.",
    "The assembly proceeded to a vote on the amendment.",
    "The convoy proceeded to the border town.",
    "She took the hand of her grandson and crossed.",
    "The technology holds promise for deaf children.",
    "The price rebound in the oil market surprised traders.",
    "The team lacked balance in midfield, and the coach gave the side balance by adding a holder.",
    "A new balance sheet was published on Friday.",
    "He made an effort to stay calm.",
    "The bill passed two years in a row.",
    "A day of work in the fields is hard.",
    "The task was a matter of urgency and gave a sense of urgency to all.",
    "The cult of personality around the leader grew.",
    "He kept her at a distance.",
    "The expedition ended in catastrophe.",
    "The forces of law and order were praised.",
    "Emotions ran high at the meeting.",
    "Protesters gathered in front of the parliament on Monday.",
    "The senator spoke to reporters in front of the Senate building after the vote.",
    "The public was large and the great public library was full.",
    "The soldiers returned to their living quarters.",
    "In some quarters the decision was welcomed.",
    "The tour guide showed us the mosque.",
    "The shares fell again on Monday.",
    "Her fever fell during the night.",
    "The counter-offensive began at dawn.",
    "The man of the match was the goalkeeper.",
    "The Man of Steel opened in cinemas.",
    "The economy is in a critical state, the minister said.",
    "He is well aware that the case is serious.",
    "She studies social networks at the university.",
    "The results are in accord with the findings of earlier studies.",
    "The blood vessel rupture of the patient was treated.",
    "The current occupant of the White House spoke.",
    "It was the day for the vote.",
    "The meeting is on the morning of Thursday, 5 June.",
    "On the 14 July attacks, the inquiry closed.",
    "The flight lasted 14 hours and was delayed at 10 hours of flight.",
    "I have known her since a year ago.",
    "It has been ten years since the mine closed.",
    "There is ten days left before the vote.",
    "They worked for hours on end.",
    "He was a legitimate defence contractor.",
    "The head of the State Department resigned.",
    "The head of the state police resigned.",
    "He is an adjunct professor of law.",
    "The border controls were tightened.",
    "Police intervened to stop the fight.",
    "The lecture on medieval history was full.",
    "The strike-hit city was quiet, and workers on strike marched.",
    "The domicile of the company is in Delaware for tax purposes, a lawyer said, not its offices.",
    "She moved towards the hospital entrance.",
    "The school is in training mode.",
    "Nothing good comes of shouting, and that is what comes of lying.",
    "He has reason to believe the vote was rigged.",
    "She has every reason to be angry.",
    "The building is under construction and the course of events changed.",
    "The players were too many to count.",
    "There are many to choose from.",
    "The 2-0 win came after a run of three wins on the road.",
    "They were 10 to 1 outsiders.",
    "He scored two goals on 30 shots.",
    "He took a pass from his teammate.",
    "The bill passed to the Senate.",
    "The price of the ticket was 2 euros.",
    "She bought a bar of chocolate.",
    "The fire took hold quickly.",
    "The firefighters mastered the technique.",
    "The word has two senses.",
    "She gave the change to the customer.",
    "He died at 91, his family said.",
    "The choir's voices filled the hall.",
    "She knew many people in the village.",
    "He knew several problems remained unsolved.",
    "The judge pronounced sentence on Friday.",
    "Police examined the tyre tracks in the snow.",
    "The train left the tracks near the station.",
    "The life insurance of a man without life cover lapsed.",
    "Workers unblocked the road at noon.",
    "The money was invested by the party treasurer.",
    "The mayor presented the plan.",
    "The court held to its ruling and the deal held to the end.",
    "The police recalled the order to evacuate.",
    "The map unrolled across the table.",
    "The crowd swelled to 5,000 and the river swelled.",
    "The neighbours make noise at night.",
    "The sailors made land at dawn.",
    "The waters of the lake are clear.",
    "The prisoners were deprived of sleep.",
    "More than a million homes were deprived of electricity.",
    "The incident was reported to the police on Monday.",
    "The house was confided in her.",
    "Fans invaded the pitch after the final whistle.",
    "A shot of whisky was served.",
    "The ship made a sudden change in course.",
    "He cannot be reproached for his silence.",
    "The crowd shouted at the crime scene.",
    "The leaders met on the margins of the G20 summit.",
    "The country has a deep malaise.",
    "The match was reported to Monday's meeting of the league.",
    "The reform is in continuity with the old law.",
    "The historic quarters of the old town were restored.",
    "Tensions fell after the talks.",
    "The firm uses technical controls to protect its data.",
    "The waiter took an order at the table.",
    "Parliament voted the bill down.",
    "The anniversary marked a turning point.",
    "Inflation was held in check by the central bank.",
    "The student was expelled from the school.",
    "The crowd whistled the anthem.",
    "He is the leader of the party.",
    "The last day of the season decided the title.",
    "The search was abandoned on the third day.",
    "The price went up in the morning.",
    "The industry is in decline.",
    "A rise of 5% was recorded.",
    "The ship is back in commission.",
    "The presidential campaign starts.",
    "He lives on the east coast.",
    "The study found a net benefit of the policy.",
    "The Europeans will meet in Brussels.",
]


@pytest.mark.parametrize("text", TRAPS)
def test_trap_not_flagged(text):
    assert spans(text) == [], spans(text)


def test_classes_are_written_out():
    """Every member's regex has its classes written out and compiles; the verb classes give the inflections."""
    from checker.rules.calque.families import family_patterns

    patterns = family_patterns()
    assert len(patterns) >= 50
    for pattern in patterns:
        assert "(?&" not in pattern.regex, pattern.french
        re.compile(pattern.regex, re.IGNORECASE)
        assert pattern.needs, pattern.french
    assisted = next(p for p in patterns if p.french == "assister à")
    assert {"assist", "assists", "assisted", "assisting"} <= set(assisted.needs)


def test_references_style_english_is_clean():
    """A paragraph of professional English press prose with the families' words in English uses gives nothing."""
    text = ("The minister attended the funeral on Thursday and took advantage of the visit to meet the families. "
            "The law came into force in May. Investigators are awaiting the results of the autopsy, which was "
            "carried out on Monday. The death toll stands at nine, and two people remain in critical condition. "
            "The town is in shock, the mayor told MPs in Paris. Police arrested three men overnight on Saturday, "
            "on 3 October, at 5pm. The ferry has been closed for months.")
    assert spans(text) == []
