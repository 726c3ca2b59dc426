"""Issue 13, seventh pass: French idioms and light-verb frames (CAL002), and pieces cut off by a full stop
(FRG003, FRG004), on wordings of our own."""
import pytest

from checker.api import check_text
from checker.config import Config

CALQUES = Config(models=False, select=("CAL002",))
FRAGMENTS = Config(models=False, select=("FRG003", "FRG004"))


def found(text: str, config: Config) -> list[str]:
    return [f.text for f in check_text(text, config).findings if f.severity.name in ("WARNING", "ERROR")]


@pytest.mark.parametrize("text, span", [
    ("The landslide has made at least forty victims in the valley.", "made at least forty victims"),
    ("The quintuple world champion announced her retirement.", "quintuple world champion"),
    ("With this record the swimmer entered into the legend of the Games.", "entered into the legend of"),
    ("For the taxpayers, the addition will be salty.", "the addition will be salty"),
    ("After twenty years the page Dupont is turned at the town hall.", "page Dupont is turned"),
    ("The defender, free of any contract since June, trained alone.", "free of any contract"),
    ("The film won the supreme award at the festival.", "the supreme award"),
    ("The works led to an explosion of the costs for the city.", "an explosion of the costs"),
    ("The offences are barred by prescription, the prosecutor said.", "barred by prescription"),
    ("Each country must bear its part of the burden, the minister said.", "bear its part of the burden"),
    ("The campaign surprised by its brutality.", "surprised by its brutality"),
    ("The opposition has multiplied the appeals for a new vote.", "multiplied"),
    ("The conditions were not gathered for a fair vote.", "conditions were not gathered"),
    ("Voters wanted a providential leader after the crisis.", "a providential leader"),
    ("The prefect dismissed the complaints with the back of the hand.", None),
    ("The striker scored against his own camp in the last minute.", "against his own camp"),
    ("The match went to the prolongations after a late goal.", "prolongations"),
    ("The decision came as a blow of theatre in the courtroom.", "a blow of theatre"),
])
def test_french_idioms_and_frames(text, span):
    spans = found(text, CALQUES)
    assert spans and (span is None or any(span in s for s in spans))


@pytest.mark.parametrize("text", [
    "The storm made two roads impassable.",
    "The double world champion won again.",
    "She entered the history books with her third title.",
    "The addition of two new lines will cost millions.",
    "He turned the page and kept reading.",
    "The supreme court ruled on Tuesday.",
    "An explosion at the factory injured three workers.",
    "The doctor wrote a prescription for antibiotics.",
    "She was surprised by its scale.",
    "Bacteria multiplied in the warm water.",
    "Conditions were harsh in the camp.",
    "He wiped his mouth with the back of his hand.",
    "The team pitched camp near the river.",
    "The stroke of luck came in the second half.",
])
def test_english_idioms_are_left_alone(text):
    assert found(text, CALQUES) == []


@pytest.mark.parametrize("text, kind", [
    ("The mayor denied the charges at first. And accused his former deputy of lying to the council.", "FRG004"),
    ("The singer lost the vote in 2019. And had ended up leaving the party two years later.", "FRG004"),
    ("The judges agreed with her on every point. And that the contract was valid under Swiss law.", "FRG004"),
    ("The missile flew for several minutes. Before being shot down over the sea, near the coast of Crete.",
     "FRG003"),
    ("The charity received three million euros. Of which a large part paid for the director's flat.", "FRG003"),
])
def test_pieces_cut_off_by_a_full_stop(text, kind):
    codes = [f.code for f in check_text(text, FRAGMENTS).findings]
    assert kind in codes


@pytest.mark.parametrize("text", [
    "The mayor denied the charges at first. And that was the end of the affair for a while.",
    "The singer lost the vote in 2019. But had she known, she would have stayed.",
    "The town voted in March. And then came the flood that ruined the harvest.",
    "The missile flew for several minutes. Before leaving, the crew checked the launcher again.",
    "The charity received three million euros. Most of it paid for the director's flat.",
    "The team trained in the rain. And he scored twice in the first half.",
])
def test_complete_sentences_are_left_alone(text):
    assert check_text(text, FRAGMENTS).findings == []
