"""Issue 13, sixth pass: calques modelled as structures (light verb + noun, French prepositional idioms), new wordings."""
import pytest

from checker.api import check_text
from checker.config import Config

CONFIG = Config(models=False, select=("CAL001", "CAL002"))


def spans(text: str) -> list[str]:
    return [f.text for f in check_text(text, CONFIG).findings if f.severity.name in ("WARNING", "ERROR")]


@pytest.mark.parametrize("text, span", [
    ("On the side of the opposition, nobody believed the promise.", "On the side of"),
    ("Scientists still cannot arrive to explain the phenomenon.", "arrive to"),
    ("The committee has never arrived to agree on a name.", "arrived to"),
    ("The documentary puts in value the work of rural doctors.", "puts in value"),
    ("Car sales knew a slight decline in October.", "knew"),
    ("Each deputy touches an allowance of 5,000 euros.", "touches"),
    ("The railway passed an order for 30 trains worth 400 million euros.", "passed"),
    ("The pope pronounced a homily in front of 50,000 faithful.", "pronounced"),
    ("The prognosis of the driver is no longer committed.", "prognosis of the driver is no longer committed"),
    ("The former of Paris Saint-Germain joined a Turkish club.", "The former"),
    ("The climatic emergency dominated the summit.", "climatic emergency"),
    ("Prices for the scholar canteens rose again.", "scholar canteens"),
    ("Tourism recovered in the country of the Pharaohs.", "the country of the Pharaohs"),
    ("Rain fell on the capital of the Alps all week.", "the capital of the Alps"),
    ("\u201cWe paid every invoice,\u201d defends the club's president.", "defends"),
    ("From the Greens to the far right, passing by the centre, every party voted for it.", "passing by"),
    ("The junior minister carried the hat for the failure of the reform.", "carried the hat"),
    ("Under pressure, the coach lost the north and insulted the referee.", "lost the north"),
    ("Lille is the red lantern of the championship with four points.", "the red lantern"),
    ("The clubs returned the elevator to the league by voting for him.", "returned the elevator"),
])
def test_calque_is_reported(text, span):
    assert span in spans(text)


@pytest.mark.parametrize("text", [
    "On the side of the bus, an advertisement showed the candidate.",
    "The inspectors did not arrive to inspect the site until noon.",
    "The judge put the documents in evidence.",
    "Few people have ever known a recession like this one.",
    "Gold touched 2,000 dollars an ounce.",
    "Parliament passed a bill on Tuesday.",
    "Children learn to pronounce the words correctly.",
    "The former, a lawyer, disagreed with the latter.",
    "She is engaged in talks with the unions.",
    "The energetic young mayor toured the aerial photographs exhibition.",
    "The Kingdom of the Netherlands and the capital of the Philippines signed the deal.",
    "She was voted woman of the year.",
    "The minister, who had been attacked, defended the reform on television.",
    "The cyclists rode from Nice to Genoa, passing by Monaco.",
    "She lost the north face of the mountain in the fog.",
    "He wore the hat his father gave him at the ceremony.",
    "The engineer sent the lift back to the ground floor.",
])
def test_english_is_left_alone(text):
    assert spans(text) == []
