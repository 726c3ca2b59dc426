"""Issue 13, sixth pass: false-friend senses modelled on their slot (mined from WMT14 MT outputs), on new wordings."""
import pytest

from checker.api import check_text
from checker.config import Config

CONFIG = Config(models=False, select=("FFR001", "FFR003"))


def spans(text: str) -> list[str]:
    return [f.text for f in check_text(text, CONFIG).findings if f.severity.name in ("WARNING", "ERROR")]


@pytest.mark.parametrize("text, word", [
    # a quantity as the subject of 'be important'
    ("Heating expenses for the schools were particularly important this winter.", "important"),
    ("The sums at stake in the dispute remain important, the lawyer said.", "important"),
    # a comparative after its noun
    ("The region needs subsidies much more important than those promised.", "important"),
    # a participle of work after its noun
    ("An audit realized in June found serious flaws in the accounts.", "realized"),
    ("Excavations realised by a Belgian team uncovered a Roman villa.", "realised"),
    # qualifier de
    ("The opposition qualified the budget of \"insincere\".", "qualified"),
    ("Unions qualify it of provocation.", "qualify"),
    # recettes
    ("Advertising recipes dropped by 15% in the third quarter, the channel said.", "recipes"),
    # délai
    ("Applicants have a delay of ten days to appeal the ruling.", "delay"),
    ("The legal delay expired on Friday without a reply from the ministry.", "delay"),
    # éditeur, animation, location, attribuer, engager, délivrer
    ("The French editor of video games opened a studio in Montreal.", "editor"),
    ("She took over the animation of the weekly radio programme in June.", "animation"),
    ("The location of bikes in the old town now costs 15 euros a day.", "location"),
    ("The committee attributed three seats to the smaller parties.", "attributed"),
    ("Proceedings were engaged against the mayor in March.", "engaged"),
    ("The consulate delivered visas to fewer students this year.", "delivered"),
    ("The grant was attributed to a young researcher from Lille.", "attributed"),
    # look-alikes no earlier set held
    ("The prefecture averted the residents of the valley that the river would overflow.", "averted"),
    ("Nobody knows the sort of the three hostages taken in the desert.", "sort"),
    ("She joined a cabinet of lawyers in Lyon after her studies.", "cabinet"),
    ("He was charged with troubles to public order after the rally.", "troubles"),
    ("A professor at the Lycée Victor-Hugo was attacked outside the school.", "professor"),
    ("The striker earned the surname \"the Bulldozer\" in his first season.", "surname"),
    ("The German car mark announced record sales of its electric models.", "mark"),
    ("Some 200 habitations were flooded after the storm, the prefect said.", "habitations"),
    ("Most commerces in the town centre stayed closed on Sunday.", "commerces"),
    ("The minister arrived in costume and tie despite the heat.", "costume"),
    ("The new bridge is large of twelve metres.", "large"),
    ("The farmers face a rude competition from imports.", "rude"),
    ("Young voters have no envy to return to the polls.", "envy"),
    ("Adepts of yoga gathered in the park on Sunday.", "Adepts"),
    ("Rescuers and volunteers are on the terrain since dawn, the mayor said.", "terrain"),
    ("The author, in the occurrence, a former judge, refused to comment.", "occurrence"),
    ("The operation had a fatal issue for the patient.", "issue"),
    ("The referee gave him a first advertisement before sending him off with a second yellow card.", "advertisement"),
    ("The main inconvenient of the plan is its cost.", "inconvenient"),
    ("The airline received 3,000 reclamations from passengers about refunds.", "reclamations"),
    ("Unions want a fair retribution of overtime for the nurses.", "retribution"),
    ("According to the journal Le Parisien, the suspect fled.", "journal"),
    ("The regional journal reported that the mayor would resign.", "journal"),
    ("For the coach, the victory is an evidence.", "evidence"),
    ("The police gave no informations about the suspect.", "informations"),
])
def test_french_sense_is_reported(text, word):
    assert word in spans(text)


@pytest.mark.parametrize("text", [
    "It is important that the costs are shared fairly.",
    "The expenses were important for the family, which had no savings.",
    "Losses on the bond market were realised by investors in May.",
    "She qualified as a nurse in 2015 and qualified for the final in 2019.",
    "The chef shared recipes with readers; sales of the book rose by 10%.",
    "The flight suffered a delay of three hours to Nice, and passengers waited.",
    "The editor of the newspaper resigned after the article was published.",
    "Disney's animation of the film took years of work.",
    "The location of the crash site was kept secret by the police.",
    "He attributed his success to hard work.",
    "The soldiers engaged the enemy near the border.",
    "The postman delivered the parcels and the cards to the wrong address.",
    "The talks could eventually resume, after years of silence.",
    "It was the sort of the day nobody forgets.",
    "The cabinet of the prime minister met on Monday.",
    "The Troubles in Northern Ireland lasted three decades; his money troubles grew.",
    "Her surname is Dupont and she lives in Nantes.",
    "The cave shows traces of human habitation.",
    "Commerce between the two countries grew.",
    "A large crowd of 2,000 people gathered.",
    "The waiter was rude to the customers.",
    "Envy of his success drove him to lie.",
    "The army struggled on difficult terrain in the mountains.",
    "The occurrence of floods has increased in the valley.",
    "The issue was debated in parliament; a special issue of the magazine appeared.",
    "The land reclamation project drained the marsh.",
    "They sought retribution for the massacre.",
    "She published the study in a scientific journal.",
    "She assumed the role of chair and the rate was assumed to rise.",
    "There is no evidence of fraud.",
])
def test_english_sense_is_left_alone(text):
    assert spans(text) == []
