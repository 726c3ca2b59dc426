"""Issue 13, seventh pass: French clause order and grammar carried word for word (GRB008, GRB012), own wordings."""
import pytest

from checker.api import check_text
from checker.config import Config

CONFIG = Config(models=False, select=("GRB001", "GRB008", "GRB012"))


def codes(text: str) -> list[tuple[str, str]]:
    return [(f.code, f.text) for f in check_text(text, CONFIG).findings if f.severity.name in ("WARNING", "ERROR")]


@pytest.mark.parametrize("text, code, span", [
    # a time adverbial between the verb and a named object
    ("The tribunal of Rennes sentenced on Friday Marc Leroy to ten years in prison.", "GRB008", "sentenced on Friday"),
    # between a copula and its complement
    ("The skipper became on Sunday the youngest winner of the race.", "GRB008", "became on Sunday"),
    # a setting between the verb and its object
    ("The probe will study in the ultraviolet the upper layers of the sun.", "GRB008", "study in the ultraviolet"),
    ("She sang in the opera “Carmen” the part of the gypsy.", "GRB008", "sang in the opera “Carmen”"),
    # 'already' between a perfect and its object
    ("The strike has cost already two million euros to the operator.", "GRB008", "cost already"),
    # an object followed by a participle, not a verb
    ("The board approved on Monday the takeover of the brewery led by a Belgian group.", "GRB008",
     "approved on Monday"),
    # a degree adjective after its noun
    ("The minister wants a school more fair and more demanding.", "GRB012", "more fair and more demanding"),
    # to have + participle after 'accused'
    ("The factory was accused to have polluted the river for years.", "GRB012", "accused to have"),
    # 'said to be' with the speaker as subject (s'est dit)
    ("Germany said to be “worried” by the vote and called for calm.", "GRB012", "said to be"),
    # 'among whom' with no verb (dont)
    ("Forty people, among whom six teenagers, were questioned by the police.", "GRB012", "among whom"),
    # the French night of X to Y
    ("The shop was burgled in the night of 14 to 15 March.", "GRB012", "in the night of 14 to 15"),
    # an impersonal 'one' for a group (on juge)
    ("At the ministry, one considers the proposal unrealistic.", "GRB012", "one considers"),
    # oppose A to B
    ("The final, which opposes Toulouse to La Rochelle, will be played in Marseille.", "GRB012", "opposes"),
    # ask pardon to
    ("The driver asked forgiveness to the parents of the boy.", "GRB012", "asked forgiveness to"),
    # a missing article
    ("The flight was diverted under pretext of a technical fault.", "GRB012", "under pretext of"),
    ("His lawyers will interject appeal on Monday.", "GRB012", "interject appeal"),
    # an inversion kept in the French order
    ("Never the club had lost five games in a row.", "GRB001", "Never the club had"),
    # noun + of urgency, a size after the noun, a chain of 'of'
    ("The region requested a fund of urgency for the growers.", "GRB012", "of urgency"),
    ("Workers installed a crane of 80 metres on the site.", "GRB012", "of 80 metres"),
    ("The committee of investigation of the Assembly heard the minister.", "GRB012",
     "investigation of the Assembly"),
])
def test_french_order_and_grammar(text, code, span):
    assert (code, span) in codes(text)


@pytest.mark.parametrize("text", [
    "The court sentenced Marc Leroy to ten years in prison on Friday.",
    "The skipper became the youngest winner of the race on Sunday.",
    "He was found in the attic a day later.",  # a passive: no object after the setting
    "The minister will speak in the Senate on Tuesday.",
    "The strike has already cost the operator two million euros.",
    "The minister wants a fairer and more demanding school.",
    "It was a day more difficult than the last.",
    "The changes make the system more efficient.",
    "The factory was accused of polluting the river for years.",
    "He is said to be worried by the vote.",
    "Forty people, among whom were six teenagers, were questioned.",
    "The shop was burgled on the night of Friday.",
    "One hopes the talks will succeed.",
    "One of the judges considers the case closed.",
    "The senator opposes the plan to close the base.",
    "The driver apologised to the parents of the boy.",
    "The flight was diverted on the pretext of a technical fault.",
    "Never had the club lost five games in a row.",
    "There was a sense of urgency in the room.",
    "The tower reaches a height of 300 metres.",
    "The Department of Justice opened an inquiry.",
    "The president had said in early September. Marie Dupont left on Monday.",
])
def test_english_order_is_left_alone(text):
    assert codes(text) == []
