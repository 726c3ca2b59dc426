"""Name variants one letter or one hyphen away from a name written at least twice, and their guards
(different people sharing a surname, an apposition introducing someone new, confusable places).

Sentences written for these tests, not taken from any evaluation set: `[[…]]` marks each span that must
get a warning of the category; a sentence without marks must get none (traps).
"""
from __future__ import annotations

import pytest

from checker.config import Config
from tests.marked_spans import assert_marked as _assert_marked, warnings as _warnings

CONFIG = Config(select=("ENT",), models=False)


def warnings(text: str, category: str) -> list[tuple[int, int]]:
    return _warnings(text, category, CONFIG)


def assert_marked(marked: str, category: str) -> None:
    _assert_marked(marked, category, CONFIG)


POSITIVES = [
    # round 10: a surname alone that drops the accents of the full name before it is one person written two ways
    'The judge Marc Trévidic spoke. Marc Trévidic said he was worried. Mr [[Trevidic]] left.',
    'The finance minister, Eric Lombard, presented the budget on Thursday. Eric Lombard defended the '
     'savings. [[Mr Lombart]] said taxes would not rise.',
    'The president of the region, Carole Delga, criticised the plan. Carole Delga called for more money. '
     '[[Ms Delgua]] also asked for a meeting.',
    'The coach, Didier Deschamps, named his squad. Didier Deschamps picked three new players, and [[Mr '
     'Dechamps]] explained his choices.',
    'The prosecutor, Rémy Heitz, opened an inquiry. Rémy Heitz said the suspect was known. [[Mr Heits]] '
     'gave no further details.',
    'The striker Kylian Mbappé scored twice. Kylian Mbappé was named man of the match. [[Mbapé]] will rest '
     'on Sunday.',
    'The senator Bruno Retailleau spoke first. Bruno Retailleau said the vote was close. [[Mr Retaillau]] '
     'left early.',
    'The scientist Emmanuelle Charpentier won the prize. Emmanuelle Charpentier thanked her team, and [[Ms '
     'Charpantier]] announced new research.',
    'The CEO, Patrick Pouyanné, met investors. Patrick Pouyanné promised dividends. [[Mr Pouyané]] also '
     'announced job cuts.',
    'The minister Agnès Pannier-Runacher visited the farm. Agnès Pannier-Runacher met farmers. [[Ms '
     'Panier-Runacher]] promised help.',
    'The judge, Nicolas Kocher, read the verdict. Nicolas Kocher sentenced the man to ten years. [[Mr '
     'Kochre]] said the sentence was fair.',
    'The general Thierry Burkhard inspected the troops. Thierry Burkhard praised them. [[Gen Burkhardt]] '
     'then flew to Paris.',
    'The leader of La France insoumise, Jean-Luc Mélenchon, attacked the government. Jean-Luc Mélenchon '
     'called for a strike. [[Jean Luc Mélenchon]] later spoke in Lille.',
    'The minister Marie-Pierre Vedrenne met the unions. Marie-Pierre Vedrenne promised a law. [[Marie '
     'Pierre Vedrenne]] will return.',
    'The town of Aix-en-Provence voted. Aix-en-Provence has a new mayor, and [[Aix en Provence]] will host '
     'the fair.',
    'Élisabeth Borne spoke. Élisabeth Borne said so, but [[Élisabeth Bornes]] refused any change.',
    'The minister Gabriel Attal arrived. Gabriel Attal met the farmers. [[Gabriel Atal]] announced new measures.',
    'Nicolas Sarkozy was sentenced on Monday. Nicolas Sarkozy will appeal. [[Nicholas Sarkozy]] denies any '
     'wrongdoing.',
    "The player Antoine Griezmann scored. Antoine Griezmann celebrated. [[Mr Griezman]]'s agent, however, "
     'was absent.',
    'The Russian security chief Nikolai Patrushev met the envoy. Nikolai Patrushev said talks would go on. '
     '[[Mr Patrushew]] left Moscow on Friday.',
    'The minister Sébastien Lecornu visited the base. Sébastien Lecornu met soldiers. [[Mr Lecornou]] '
     'promised new equipment.',
    'The union leader Sophie Binet called a strike. Sophie Binet said workers were angry. [[Ms Binnet]] '
     'met the prime minister.',
    'The director, Thierry Frémaux, presented the films. Thierry Frémaux praised the jury, and [[Mr '
     'Frémeaux]] announced the winners.',
    'Aurore Bergé spoke in parliament. Aurore Bergé defended the law. [[Aurore Begré]] was applauded.',
    'The mayor of Nice, Christian Estrosi, welcomed the decision. Christian Estrosi said the city was '
     'ready. [[Christian Estrossi]] thanked the police.',
    'The Prime Minister Michel Barnier presented his government. Michel Barnier appointed 39 ministers. '
     '[[Michel Barnie]] will speak on Tuesday.',
    'Kamala Harris campaigned in Ohio. Kamala Harris attacked her rival. [[Kamala Haris]] will debate next week.',
    'The Chinese president Xi Jinping arrived in Paris. Xi Jinping met Emmanuel Macron. [[Xi Jinpin]] left '
     'on Tuesday.',
    'The minister Catherine Vautrin presented the plan. Catherine Vautrin said it would save money. [[Ms '
     'Vautrain]] also announced new hospital funding.',
    'The Paris prosecutor, Laure Beccuau, opened an inquiry. Laure Beccuau said two men were arrested. '
     "[[Ms Becuau]]'s deputy, Laurent Beccau, spoke later.",
    'Olena Zelenska spoke in Kyiv. Olena Zelenska thanked the donors. [[Olena Zelensky]] left for Paris.',
    'The Chechen leader Ramzan Kadyrov praised the army. Ramzan Kadyrov sent troops. [[Mr Cadyrov]] also '
     'threatened Kyiv.',
]

TRAPS = [
    'The economist Thomas Piketty wrote a book. His brother, Guillaume Piketty, disagreed. Thomas Piketty '
     'replied.',
    "Arnaud Rousseau leads the farmers' union. The Green MP Sandrine Rousseau criticised him. Mr Rousseau "
     'did not answer.',
    'Austria and Australia signed the deal. Australia said the deal with Austria was fair, Australia said.',
    'Marine Le Pen spoke. Jean-Marie Le Pen, her father, did not. Marine Le Pen left.',
    'The minister, Jean Castex, spoke in Prades. Jean Castex left on Monday. Mr Castel, the mayor of '
     'Prades, welcomed him.',
    'Mr Martin met Ms Martine Dupont. Martine Dupont said Mr Martin was late. Mr Martin apologised.',
    'Sir Keir Starmer met Rishi Sunak. Keir Starmer said the vote would be close. Mr Sunak disagreed, and '
     'Mr Starmer left.',
    'The mayor, Anne Hidalgo, spoke. Anne Hidalgo said Paris was ready. Mr Hidalgo, her husband, was present.',
    'The company Renault sold cars. Renault said sales rose. Mr Renaud, a dealer, was pleased.',
    "The champion Léon Marchand won gold. Léon Marchand's father, Xavier Marchand, was in the stands. Léon "
     'Marchand cried.',
    'The president Emmanuel Macron met Olaf Scholz. Emmanuel Macron said the talks were useful. Mr Scholz '
     'agreed, and Mr Macron left.',
    'The minister Rachida Dati visited Lyon. Rachida Dati met the mayor. Ms Dati, who also runs for mayor '
     'of Paris, left.',
    'Iran and Iraq signed a treaty. Iraq said Iran had agreed, and Iran confirmed it.',
    'The singer Aya Nakamura performed. Aya Nakamura sang two songs. Ms Nakamura thanked the crowd.',
    'The town of Saint-Étienne voted. Saint-Étienne has a new mayor, Gaël Perdriau. Saint-Étienne will '
     'host the fair.',
    'The Tour winner Tadej Pogačar attacked. Tadej Pogačar won the stage. His rival Jonas Vingegaard lost '
     'time, and Mr Vingegaard said he was tired.',
    'The minister, Bruno Le Maire, met Mr Lemaire, a farmer from Normandy. Bruno Le Maire said the farmer '
     'was right.',
    'The lawyer Éric Dupond-Moretti pleaded. Éric Dupond-Moretti spoke for two hours. Mr Dupond, his '
     'client, listened.',
    'The team of Paris Saint-Germain won. Paris Saint-Germain celebrated, and PSG fans sang. The Saint '
     'Germain district was quiet.',
    'Emmanuel Macron met Emmanuelle Wargon. Emmanuelle Wargon said the meeting went well. Emmanuel Macron agreed.',
    'The coach Luis Enrique praised Ousmane Dembélé. Luis Enrique said Dembélé was decisive. Mr Enrique left.',
    'Jean-Michel Blanquer spoke. Jean-Michel Blanquer left. Jean-Michel Aulas, the former Lyon president, '
     'arrived.',
    'Mali and Bali signed nothing. Mali said Bali was far away. Mali is in Africa.',
    'The ministers Olivier Véran and Olivier Faure met. Olivier Véran said so. Olivier Faure agreed, and '
     'Mr Véran left.',
    'The brothers Mathieu and Nicolas Gauthier ran the firm. Mathieu Gauthier said so, and Nicolas '
     'Gauthier agreed.',
    'The town of Villeneuve-Saint-Georges voted. Villeneuve-Saint-Georges elected a mayor. '
     'Villeneuve-sur-Lot voted too.',
    'The company Stellantis sold cars. Stellantis said sales rose. Stellantis will build a plant.',
    'Lionel Jospin met Lionel Messi. Lionel Jospin was surprised, and Lionel Messi laughed.',
    'Ms Le Pen met Mr Le Maire. Marine Le Pen said so. Bruno Le Maire did not.',
    'The singer Stromae returned. Stromae sang in Brussels, and Stromae thanked fans.',
    "The French president visited Chad. Chad's leader, Mahamat Idriss Déby, received him. Mr Déby said "
     'Chad was grateful. Chadian soldiers paraded.',
    "Ukraine's president Volodymyr Zelensky met Mr Zelenska's staff. Volodymyr Zelensky thanked them. His "
     'wife Olena Zelenska spoke.',
    'The minister Amélie de Montchalin spoke. Amélie de Montchalin presented the plan. Mr Montchalin was '
     'not present.',
    'Volodymyr Zelensky spoke in Kyiv. Volodymyr Zelensky thanked the allies. Mrs Zelenska stayed with the children.',
    'The oligarch Sergei Ivanov arrived. Sergei Ivanov met the press. Mrs Ivanova did not attend.',
    'The Polish minister Marek Kowalski met the EU envoy. Marek Kowalski said the talks went well. '
     'Ms Kowalska, his wife, disagreed.',
    'Roman Catholics gathered. The Roman Catholic church spoke. Roman Catholic leaders met the Roman '
     'Catholic bishops.',
]


@pytest.mark.parametrize("marked", POSITIVES)
def test_found(marked):
    assert_marked(marked, "entity-inconsistency")


@pytest.mark.parametrize("text", TRAPS)
def test_trap_left_alone(text):
    assert_marked(text, "entity-inconsistency")


def test_gloss_in_brackets_stays_information():
    text = ("French is the challenge facing the Commission Scolaire Marguerite-Bourgeoys (Marguerite Bourgeoys "
            "School Board).\n\nAt the Marguerite-Bourgeoys School Board, half the pupils speak French.")
    assert warnings(text, "entity-inconsistency") == []


def test_back_reference_needs_text_and_is_flagged():
    from checker.lang.names import extract_names
    from checker.parsers import parse
    from checker.rules.entities.variants import spelling_variants

    text = "The labour minister, Olivier Dussopt, spoke. Olivier Dussopt left. Mr Dusopt returned."
    doc = parse(text, "text", lang="en")
    mentions = extract_names(doc.text, doc.blocks)
    with_text = spelling_variants(mentions, "en", doc.text)
    assert [(v.text, v.suggestion, v.backref) for v in with_text] == [("Dusopt", "Dussopt", True)]
