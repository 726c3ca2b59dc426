"""Issue 13, round 9: untranslated on fresh wordings of French-press MT (written for this round, not taken from a set).

Each line stands in a short article; `[[...]]` marks what an editor would mark. Negative lines are traps.
"""
from __future__ import annotations

import re

import pytest

from checker.api import check_text
from checker.config import Config
from checker.findings import Severity

CATEGORY = "untranslated"
PRE = "Paris was calm on Monday morning after a weekend of protests in several cities.\n\n"
POST = "\n\nThe next meeting between the two sides is planned for the end of the month."
POSITIVES = [
    'The minister defended the reform [[à tout prix]] during the debate in the Assembly.',
    'The president spoke of a [[rentrée sociale]] that promises to be difficult.',
    'The unions are calling for a [[grève générale]] on Thursday.',
    'The government wants to act [[au plus vite]] on housing.',
    'The mayor described the project as [[un vrai succès]] for the town.',
    'Farmers are angry about the [[prix du lait]], which has fallen again.',
    'The bill was adopted [[en première lecture]] by the National Assembly.',
    'The deputy said the text was [[mal ficelé]] and would be challenged.',
    'The teachers denounced the [[réforme des retraites]] again on Tuesday.',
    'Police used tear gas [[lors de]] the demonstration in Nantes.',
    'An investigation was opened [[pour homicide involontaire]] on Monday.',
    "The minister promised new [[mesures d'urgence]] for the farmers.",
    "The company's results were [[en baisse]] for the third quarter.",
    "The opposition leader said the plan was [[n'importe quoi]].",
    'Traffic was disrupted [[à cause de]] the snow on Monday morning.',
    'The suspect was placed [[en garde à vue]] on Wednesday evening.',
    'The prime minister announced a [[plan de relance]] worth 100 billion euros.',
    'The price of fuel has risen [[depuis le début]] of the year.',
    'The case will be heard [[par le tribunal]] in Bobigny next month.',
    'Residents were evacuated [[dans la nuit]] after the flood warning.',
    'The left wants to tax the [[grandes fortunes]] more heavily.',
    'The festival drew a record crowd [[cette année]], the organisers said.',
    'He was sentenced to two years [[avec sursis]] for fraud.',
    'The new law comes into force [[le mois prochain]].',
    'The strike is expected to be [[très suivie]] in the Paris region.',
    'The minister is [[toujours pas]] convinced by the proposal.',
    "The storm caused [[d'importants dégâts]] in Brittany.",
    '[[Il faut savoir]] that the decision was taken last year.',
    'The senators voted [[contre le projet]] on Thursday.',
    "The mayor was clear. [[Nous ne lâcherons rien face à l'État.]] The council will meet again on Monday.",
    'The region is facing a [[sécheresse historique]] this summer.',
    'The ruling was described as [[une première]] in French law.',
    'The inquiry concerns [[des faits de]] corruption dating back to 2019.',
    "The victims' families have [[porté plainte]] against the company.",
    'Firefighters fought the blaze [[toute la nuit]] in the Var.',
    'The young people had been [[sans emploi]] for months.',
    'The [[conseil municipal]] will vote on the budget in March.',
    'He left the party [[il y a]] two years.',
    'The deputies adopted the amendment [[à main levée]].',
    'The rail strike has caused [[la pagaille]] in stations across France.',
    'The government is preparing a [[projet de loi]] on end-of-life care.',
    'The tax will apply to [[les ménages]] with the highest incomes.',
    "The demonstrators marched from Bastille [[jusqu'à la]] Nation.",
    'It was, he said, [[une décision difficile]] to take.',
    'Sales of electric cars [[ont fortement augmenté]] in 2023.',
    'The government has promised a [[choc de simplification]] for small businesses.',
    'Police arrested him [[à son domicile]] on Tuesday morning.',
    'The mayor wants to reduce the number of cars [[en centre-ville]].',
    'The bakery closed [[faute de]] staff last summer.',
    'The decision was taken [[en accord avec]] the unions.',
    'Unemployment fell [[au troisième trimestre]], according to INSEE.',
    'The deputies spent the night [[sur le texte]] without reaching a vote.',
    'The tax will be paid [[par les entreprises]] with more than 250 employees.',
]
NEGATIVES = [
    "The army staged a coup d'état in Niamey last summer.",
    "The party has lost its raison d'être, critics say.",
    'It was a sense of déjà vu for the residents of the valley.',
    'The law on laïcité, the French principle of secularism, was passed in 1905.',
    "The film won the Palme d'Or at Cannes in May.",
    'The chef served a crème brûlée and a tarte Tatin.',
    'Le Monde reported the story on Tuesday.',
    "The Conseil d'État, France's highest administrative court, rejected the appeal.",
    'Protesters gathered at the Place de la République on Saturday.',
    'The gilets jaunes (yellow vests) movement began in 2018.',
    'The minister spoke with a certain joie de vivre.',
    "The film's mise en scène was praised by critics.",
    'The scandal became a cause célèbre in Paris.',
    'The Élysée said the president would travel to Berlin.',
    'Unrest has spread in the banlieues around Paris.',
    "Le Figaro's editor said the paper would appeal.",
    'The café on the Rue de Rivoli was closed.',
    'He was an enfant terrible of French cinema.',
    'The Assemblée nationale, the lower house, voted on Tuesday.',
    "Emmanuel Macron's party, Renaissance, lost its majority.",
    'The Tour de France will start in Lille next year.',
    'The bakery sells croissants and pains au chocolat.',
    'The policy was a fait accompli by the time parliament voted.',
    'Members of the Académie française elected a new member.',
    'She studied at Sciences Po before joining the ministry.',
    "The Quai d'Orsay issued a travel warning.",
    "He returned to his post as chargé d'affaires in Kinshasa.",
    'The protest, dubbed "Bloquons tout" ("Let\'s block everything"), spread quickly.',
    'The singer performed "La Vie en rose" at the ceremony.',
    'Residents of Saint-Étienne-du-Rouvray paid tribute to the priest.',
    'The prime minister used Article 49.3 to force the bill through.',
    'The company, Société Générale, reported higher profits.',
    'The wine comes from the Côtes du Rhône.',
    "The group's leader, Mathilde Panot, criticised the reform.",
    'The ministry\'s plan, known as "France 2030", includes 54 billion euros of investment.',
    'The regional newspaper La Dépêche du Midi broke the story.',
    'The so-called "bouclier tarifaire" (tariff shield) capped energy prices.',
    'She ordered a café au lait at the counter.',
    'The CRS riot police were deployed in Rennes.',
    'The slogan "liberté, égalité, fraternité" is carved above the door.',
    'The vote took place at the Palais Bourbon on Tuesday.',
    'His memoir, "Le Temps des combats", sold well.',
    'The bill is known in France as the "loi immigration".',
    'The committee met at the Hôtel de Ville on Monday.',
    'Her carte blanche from the president surprised the ministers.',
    'The villa, a pied-à-terre in Nice, was seized by investigators.',
    'Fans gathered at the Stade de France for the final.',
    "The deal was signed in the Salon de l'Horloge at the Quai d'Orsay.",
    'The éminence grise of the party has retired.',
    'He ordered a steak frites and a glass of Côtes du Rhône.',
]


def _findings(line: str):
    text, spans, out = line.replace("\\n", "\n"), [], ""
    for part in re.split(r"(\[\[.*?\]\])", text, flags=re.S):
        if part.startswith("[["):
            spans.append((len(PRE) + len(out), len(PRE) + len(out) + len(part) - 4))
            out += part[2:-2]
        else:
            out += part
    report = check_text(PRE + out + POST, Config(models=False))
    found = [f for f in report.findings if f.category.value == CATEGORY and f.severity >= Severity.WARNING]
    return found, spans


@pytest.mark.parametrize("line", POSITIVES)
def test_fresh_artefact_is_found(line):
    found, spans = _findings(line)
    assert any(f.start < e and s < f.end for s, e in spans for f in found), line
    assert all(any(f.start < e and s < f.end for s, e in spans) for f in found), line


@pytest.mark.parametrize("line", NEGATIVES)
def test_fresh_trap_is_left_alone(line):
    assert _findings(line)[0] == []
