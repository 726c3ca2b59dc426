"""Issue 13, seventh pass: French look-alikes read in their syntactic slot (FFR004), on wordings of our own."""
import pytest

from checker.api import check_text
from checker.config import Config

CONFIG = Config(models=False, select=("FFR001", "FFR003", "FFR004"))


def spans(text: str) -> list[str]:
    return [f.text for f in check_text(text, CONFIG).findings if f.severity.name in ("WARNING", "ERROR")]


@pytest.mark.parametrize("text, word", [
    # a hypothetical event after 'an' (éventuel)
    ("Engineers prepared for an eventual failure of the cooling system.", "eventual"),
    # a possibility hedged by a condition (éventuellement)
    ("The striker could eventually join the squad next week if his knee heals.", "eventually"),
    # an amount or a presence that is 'important' (important)
    ("The ministry set aside an important sum for the flood victims.", "important"),
    ("The losses were very important this year, the growers said.", "important"),
    # an event one 'assists at' (assister à)
    ("Hundreds of fans assisted at the funeral of the singer.", "assisted at"),
    # a thing, not a person or a choice, that is 'sensible' (sensible)
    ("The satellite carries sensible detectors built in Toulouse.", "sensible"),
    ("The border question remains extremely sensible for both capitals.", "sensible"),
    # someone's own 'formation' (formation)
    ("The goalkeeper completed his formation at a club in Brittany.", "formation"),
    # a demonstration (manifestation)
    ("Teachers called a manifestation against the reform for Thursday.", "manifestation"),
    # a concrete achievement after 'realised' (réaliser)
    ("The young sprinter realised an outstanding season in 2023.", "realised"),
    # demand + person + to (demander à quelqu'un de)
    ("The union demanded the director to reopen the canteen.", "demanded"),
    # an emotion one voices (déception)
    ("The coach did not hide his deception after the draw.", "deception"),
    # harm a court compensates (préjudice)
    ("The court awarded the farmers damages for the ecological prejudice.", "prejudice"),
    # a former holder of an office (ancien)
    ("Her ancient deputy now runs the regional council.", "ancient"),
    # a trade union (syndicat)
    ("The syndicates called a strike over wages at the plant.", "syndicates"),
    # a shortage (pénurie)
    ("Hospitals face a penury of nurses this summer.", "penury"),
    # a crowned champion (sacré)
    ("The Lyon team was sacred European champion on Saturday.", "sacred"),
    # the noun 'sinister' (sinistre)
    ("Insurers have not yet assessed the cost of the sinister.", "sinister"),
    # a current holder or state (actuel)
    ("The actual heatwave is the third of the summer, forecasters said.", "actual"),
    # the courts (la justice)
    ("The residents decided to seize the justice over the noise.", "justice"),
    # a bonus (prime)
    ("Carers will receive a prime of 500 euros at the end of the year.", "prime"),
    # a driver (conducteur)
    ("The conductor of the lorry was arrested for drunk driving.", "conductor"),
    # a one-off measure (ponctuel)
    ("The unions announced punctual strikes on the regional lines.", "punctual"),
    # free of charge (gratuit)
    ("The town hall promised gratuitous transport for pupils.", "gratuitous"),
    # a firm of lawyers (cabinet)
    ("She joined a cabinet of lawyers in Lyon after her studies.", "cabinet"),
    # an order for aircraft (commande)
    ("The airline placed a command for thirty aircraft.", "command"),
    # sentenced by a court (condamner)
    ("The former mayor was condemned on Tuesday by the criminal court.", "condemned"),
    # turnout (participation)
    ("The referendum ended with a participation of 38% of voters.", "participation"),
    # a text that provides for something (prévoir)
    ("The bill foresees a tax on large fortunes.", "foresees"),
    # consider, with no figure (estimer que)
    ("The magistrates estimated that the minister had acted in good faith.", "estimated"),
    # a screening (projection)
    ("The documentary drew a full house at its first projection at the festival.", "projection"),
    # an assault (agression)
    ("The nurse filed a complaint after an aggression in the emergency room.", "aggression"),
    # final election results (définitif)
    ("The electoral commission will publish the definitive results of the vote on Monday.", "definitive"),
    # an improper reading (abusif)
    ("The opposition denounced an abusive interpretation of the electoral law.", "abusive"),
    # the awarding of grants (attribution)
    ("The audit questioned the attribution of subsidies to three clubs.", "attribution"),
    # timing (calendrier)
    ("The unions judged the calendar of the withdrawal too tight.", "calendar"),
    # go through (connaître)
    ("The resort knew a record season despite the rain.", "knew"),
    # claim (prétendre)
    ("The club's chairman, Paul Martin, pretended that the accounts were balanced.", "pretended"),
])
def test_look_alike_in_its_french_slot(text, word):
    assert word in spans(text)


@pytest.mark.parametrize("text", [
    "The eventual winner of the race will be crowned on Sunday.",
    "Prices will eventually fall as supply recovers over the years.",
    "It is important to vote, the mayor said.",
    "Nurses assisted in the operation for three hours.",
    "The minister took a sensible decision to delay the vote.",
    "Wearing sensible shoes is advised on the mountain path.",
    "The formation of a new government took six weeks.",
    "Fatigue is a common manifestation of the disease.",
    "She realised that the train had left.",
    "He realised a long-held dream by sailing around the world.",
    "The union demanded that the director reopen the canteen.",
    "Police uncovered a web of deception around the fake charity.",
    "Racial prejudice remains widespread, the report found.",
    "The museum holds ancient coins from Greece.",
    "Police dismantled a drug syndicate operating from the port.",
    "The writer lived in penury for most of his life.",
    "Pilgrims visited the sacred site at dawn.",
    "The house looked sinister in the fog.",
    "The actual number of victims is higher than reported.",
    "The justice system is underfunded.",
    "Carers will receive a bonus of 500 euros at the end of the year.",
    "The conductor of the orchestra bowed to the audience.",
    "The trains were punctual all week.",
    "The film was criticised for its gratuitous violence.",
    "The prime minister reshuffled the cabinet on Monday.",
    "The general took command of the troops in the north.",
    "The attack was condemned by the United Nations.",
    "Participation in the programme is voluntary.",
    "Nobody could foresee the collapse of the bridge.",
    "The agency estimated that 3,000 homes were damaged.",
    "Population projections show a decline after 2040.",
    "Russian aggression against Ukraine was condemned.",
    "The book is the definitive account of the war.",
    "The singer left her abusive husband in 2019.",
    "The calendar of events is published online.",
    "She knew the answer before the question was asked.",
    "The children pretended that they were asleep.",
    "Investing in research had proved a sensible bet for the firm.",
])
def test_english_sense_is_left_alone(text):
    assert spans(text) == []


def test_references_stay_silent_on_wmt_sample():
    # professional English about the same topics: none of the look-alikes is flagged
    text = ("The government plans to publish the final results on Monday. Turnout reached 61%, and the "
            "courts will rule on the appeals. The company's management blamed competition from Asia, "
            "and the unions called a strike. Former minister Jean Dupont attended the ceremony.")
    assert spans(text) == []
