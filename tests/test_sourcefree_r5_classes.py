"""Issue 13, fifth pass: the classes of miss the fourth blind set showed, in wordings of their own."""
from __future__ import annotations

import pytest

from checker.api import check_text
from checker.config import Config
from checker.findings import Severity


def warnings(text: str, prefix: str) -> list[str]:
    report = check_text(text, Config(select=(prefix,), models=False))
    return [text[f.start:f.end] for f in report.findings if f.severity >= Severity.WARNING]


GARBLED = [
    ("The bridge, of which the central span collapsed in 2018, has reopened.", "of which the central span collapsed"),
    ("Rivers of which the level has risen sharply are under watch.", "of which the level has"),
    ("The judge gave him eight years of jail for the robbery.", "eight years of jail"),
    ("Ten years of prison, of which five suspended, were requested.", "of which five suspended"),
    ("She joined the board in 2012. Since, she has led three takeovers.", "Since,"),
    ("The painter, unknown of the wider public, sold everything in a day.", "unknown of the wider public"),
    ("The club changed of owner twice in five years.", "changed of owner"),
    ("Apart his lawyer, nobody knew where he lived.", "Apart his"),
    ("The embassy flag was put to half-mast on Friday.", "to half-mast"),
    ("Her parents remained at her sides throughout the trial.", "at her sides"),
    ("Unemployment fell in the era where coal was king.", "the era where"),
    ("The senator has, in a letter sent to all the mayors of the department, demanded an inquiry.",
     "has, in a letter sent to all the mayors of the department, demanded"),
    ("The coach, who dismissed on Monday his assistant, refused to comment.", "dismissed on Monday his assistant"),
    ("“Nobody warned us,” a resident of the block regretted, who had lost her car.",
     "a resident of the block regretted, who"),
    ("A month before the vote, surveys gave him favourite in every region.", "gave him favourite"),
    ("Patients over 70 had a response immune weaker than the others.", "response immune"),
]

GARBLED_TRAPS = [
    "The bridge, whose central span collapsed in 2018, has reopened.",
    "It is a risk of which the minister was well aware.",
    "The party, of which the minister is a member, voted against.",
    "He served eight years in jail; a prison sentence of ten years, five of them suspended.",
    "Since then she has led three takeovers. Since, as she says, money is cheap, she borrows.",
    "The painter was unknown to the wider public; the club changed its owner twice.",
    "Apart from his lawyer, nobody knew; he stood with his hands at his sides.",
    "The flag flew at half-mast; it was a time when coal was king.",
    "The flags were lowered to half-mast on all public buildings.",
    "The senator has, however, demanded an inquiry.",
    "“Nobody warned us,” said a resident, who had lost her car.",
    "The board gave him more power than his predecessor; the immune response was weaker.",
]


@pytest.mark.parametrize("text,span", GARBLED)
def test_garbled_classes(text, span):
    assert span in warnings(text, "GRB001")


@pytest.mark.parametrize("text", GARBLED_TRAPS)
def test_garbled_traps(text):
    assert warnings(text, "GRB001") == []


CALQUES = [
    ("The minister did not put on gloves to announce the cuts.", "did not put on gloves"),
    ("The nurse faces a charge of involuntary homicide.", "involuntary homicide"),
    ("The closure hit the whole employment basin of the valley.", "employment basin"),
    ("The comedian pulled her reverence on stage at 80.", "pulled her reverence"),
    ("The election night was shown in direct on every channel.", "in direct"),
    ("The sanitary emergency was extended until June.", "sanitary emergency"),
    ("Hundreds of soldiers of the fire were sent to the Var.", "soldiers of the fire"),
    ("Tourists were flown home through an aerial bridge from Bali.", "aerial bridge"),
    ("The judges gave reason to the two unions against the airline.", "reason to the two unions"),
]

CALQUE_TRAPS = [
    "The surgeon put on gloves; the fighters took off their gloves.",
    "She was in direct competition with her sister; the final was shown live.",
    "Sanitary conditions in the prison were poor.",
    "The survey gave reason to hope; the Tibetan plateau is the roof of the world.",
    "A river basin of great size; the air bridge between the islands.",
]


@pytest.mark.parametrize("text,span", CALQUES)
def test_calque_classes(text, span):
    assert span in warnings(text, "CAL")


@pytest.mark.parametrize("text", CALQUE_TRAPS)
def test_calque_traps(text):
    assert warnings(text, "CAL") == []


SENSES = [
    ("Neighbours call the new priest a jovial and sympathetic man.", "sympathetic"),
    ("The patron of Renault told employees the plant would stay open.", "patron"),
    ("The syndicates reject the wage offer and plan a strike on Thursday.", "syndicates"),
    ("In the interview he recalled his souvenirs of the deportation.", "souvenirs"),
    ("The survey was realised in March among 2,000 people.", "realised"),
    ("The second confinement hit restaurants as the virus spread.", "confinement"),
    ("The villagers suffered a moral prejudice, the court ruled, and were awarded 5,000 euros.", "prejudice"),
    ("The flood water reached the cave of the house and the ground floor.", "cave"),
    ("The ancient mayor of the town was arrested on Monday.", "ancient"),
    ("Each tentative to cross the border ended in arrest.", "tentative"),
    ("Observers contested the scrutiny of 3 July, saying the ballot was rigged.", "scrutiny"),
    ("The investigators ignore for the moment why the boat sank.", "ignore"),
    ("The direction of the company blames the strike for the losses.", "direction"),
]

SENSE_TRAPS = [
    "The judge was sympathetic to the victims of the fraud.",
    "A patron of the arts left her collection to the museum.",
    "A syndicate of lenders refinanced the debt of the club.",
    "Visitors buy souvenirs of the cathedral in the gift shop.",
    "He realised that the ambitions of the team were too high.",
    "Prisoners in solitary confinement are allowed one visit.",
    "The report documents prejudice against minorities in hiring.",
    "Divers explored the cave and found prehistoric paintings.",
    "Ancient Roman coins were found near the temple.",
    "Both sides reached a tentative deal.",
    "The vote came under scrutiny after the fraud claims.",
    "The wind changed direction and the fire spread.",
]


@pytest.mark.parametrize("text,word", SENSES)
def test_sense_classes(text, word):
    assert word in warnings(text, "FFR")


@pytest.mark.parametrize("text", SENSE_TRAPS)
def test_sense_traps(text):
    assert warnings(text, "FFR") == []


FRAGMENTS = [
    "The teachers walked out on Monday. Who say the reform will close rural schools.",
    "Floods cut several towns off. Including Nîmes, Alès, Uzès and Sommières.",
    "The bank dropped the bid. Already weakened by the fine, which had been imposed in May.",
    "The brand recalled the car. Seriously shaken by the scandal, which had begun in Germany.",
]

FRAGMENT_TRAPS = [
    "Who will pay for the repairs? The council has not said.",
    "Already weakened by the fine, which had been imposed in May, the bank dropped the bid.",
    "The teachers walked out. Including two heads.",
    "Seriously shaken by the scandal, the brand recalled the car.",
]


@pytest.mark.parametrize("text", FRAGMENTS)
def test_fragment_classes(text):
    assert any(w.endswith(".") and len(w.split()) >= 4 for w in warnings(text, "FRG003"))


@pytest.mark.parametrize("text", FRAGMENT_TRAPS)
def test_fragment_traps(text):
    assert warnings(text, "FRG003") == []
