"""Stray attributions in any shape: the first attribution with a title, an apposition, a place or a time,
any verb of the speech-verb lexicon, appended with a comma or orphaned after a full stop.

Sentences written for these tests, not taken from any evaluation set: `[[…]]` marks each span that must
get a warning of the category; a sentence without marks must get none (traps).
"""
from __future__ import annotations

import pytest

from checker.config import Config
from tests.marked_spans import assert_marked as _assert_marked, warnings as _warnings

CONFIG = Config(select=("ATT",), models=False)


def warnings(text: str, category: str) -> list[tuple[int, int]]:
    return _warnings(text, category, CONFIG)


def assert_marked(marked: str, category: str) -> None:
    _assert_marked(marked, category, CONFIG)


POSITIVES = [
    "“Mr Patrushev's new role will be announced in the coming days,” Mr Peskov told reporters on Sunday, "
     '[[he added]].',
    '“Tractors will not go into Rungis,” the minister said on TF1 on Sunday evening, [[he said]].',
    'The interior minister, Gérald Darmanin, denounced “a night of rare violence”, [[he added]], before '
     'announcing that armoured vehicles would be deployed.',
    '“We have put our differences aside,” the Socialist leader Olivier Faure said on Friday, [[he told '
     'France Inter]].',
    '“The RN has chosen chaos,” the government spokeswoman, Maud Bregeon, said on Wednesday night on '
     'BFMTV, [[she added]].',
    '“Those who did this will be found,” she told the radio station RTL on Tuesday, [[she said]].',
    '“Kylian is a player of another dimension,” the Real Madrid president, Florentino Pérez, said in a '
     'statement released on Monday, [[according to the club]].',
    '“Mayotte has been devastated,” the interior minister, Bruno Retailleau, told reporters on arriving in '
     'Mamoudzou on Monday, [[he declared]].',
    '“The situation is under control,” the prefect of the Gironde said in Bordeaux on Thursday, [[he assured]].',
    '“Nothing is decided,” Ursula von der Leyen told the European Parliament in Strasbourg, [[she insisted]].',
    "The factory will close by the end of the year, the group's chief executive announced on Tuesday in "
     'Lyon, [[he confirmed]].',
    '“We are not at war with Russia,” Emmanuel Macron declared during a press conference at the Elysée on '
     'Thursday, [[he reiterated]].',
    "“Our hospitals are at breaking point,” the head of the nurses' union, Thierry Amouroux, warned on "
     'franceinfo, [[he explained]].',
    'Unemployment fell to 7.1% in the third quarter, the national statistics institute Insee said on '
     'Friday, [[it specified]].',
    '“The ceasefire must hold,” the UN secretary general said in New York, [[he stressed]].',
    '“We did everything we could,” the coach said after the defeat, [[he conceded]].',
    'Prices will keep rising until the spring, according to the central bank, [[it warned]].',
    '“I will not resign,” the mayor of Grenoble, Éric Piolle, told Le Dauphiné Libéré, [[he maintained]].',
    "“We expect a difficult winter,” EDF's chairman said in an interview with Les Echos published on "
     'Sunday, [[he acknowledged]].',
    'Inflation slowed in May, the minister of the economy said, [[he pointed out]].',
    '“Tractors will not go into Rungis,” the minister said on TF1 on Sunday evening. [[He added.]]',
    '“We are ready,” the prime minister told the Senate on Tuesday. [[she stressed.]]',
    'The strike will continue on Monday, the CGT said in a statement. [[It specified.]]',
    '“This is a historic day,” the president said. [[He declared.]]',
    '“We are ready,” the prime minister told the Senate on Tuesday. [[He insisted,]] recalling that the '
     'reform was necessary.',
    'Prices will rise, according to him, [[he said]].',
    'According to the minister, the reform will pass, [[she said]].',
    'The deal was off, the minister said, [[according to Reuters]].',
    'The ceasefire was broken overnight, he said, [[according to AFP]].',
    'According to the prefecture, three people were injured, [[it said]].',
    'The company said sales rose 5%, [[it added]], without giving details.',
    'The agreement will be signed in March, the minister said on Tuesday in Brussels, [[he added]].',
    "“It is a mistake,” Germany's finance minister, Christian Lindner, said in Berlin, [[he regretted]].",
    '“We are not naive,” the head of the Bundesbank told the newspaper Handelsblatt on Sunday, [[he cautioned]].',
    '“The door remains open,” said the Elysée spokesman on Wednesday, [[he repeated]].',
    '“Nothing will change,” the minister of labour, Olivier Dussopt, told the Senate on Thursday evening, '
     '[[he promised]].',
    '“The vote is a disaster,” the president of the Senate, Gérard Larcher, said on Public Sénat, [[he '
     'deplored]].',
    '“We will not give up,” the striking workers told AFP outside the plant, [[they vowed]].',
    '“The euro is solid,” Christine Lagarde said at a press conference in Frankfurt, [[she confided]].',
    '“I was never told,” the former minister said during his trial in Paris, [[he testified]].',
    '“We will appeal,” the club said in a statement published on its website on Friday evening, [[it announced]].',
    '“The RN has chosen chaos,” the government spokeswoman, Maud Bregeon, said on BFMTV. [[She added.]]',
    '“We have done our job,” said the prefect, Pierre Dartout, on Sunday. [[He insisted.]]',
    '“The talks are over,” the Kremlin spokesman, Dmitry Peskov, told reporters. [[he explained,]] adding '
     'that a deal was possible.',
    '“The budget will be balanced by 2027,” the Minister of Public Accounts, Thomas Cazenave, told Les '
     'Echos on Monday, [[he detailed]].',
    'The works will last two years, the mayor of Lyon, Grégory Doucet, announced on Wednesday during the '
     'municipal council, [[he specified]].',
    "“It's a betrayal,” fumed the CGT leader, Sophie Binet, on RMC, [[she denounced]].",
    '“We must go faster,” urged the European commissioner, Thierry Breton, in an interview with Le Figaro, '
     '[[he insisted]].',
    "Three suspects were arrested, the Paris prosecutor's office said on Saturday, [[it indicated]].",
    '“This is unacceptable,” the coach told Canal+ after the game, [[he complained]].',
    'The ceasefire was violated twice overnight, the Israeli army said in a statement, [[it claimed]].',
    '“I am not a candidate,” the former prime minister Édouard Philippe said on France 2, [[he recalled]].',
    '“It is not over,” the striker said, [[he promised]], before joining his teammates.',
    'Fifteen people died, according to a provisional toll from the health ministry, [[it said]].',
    "“Let's be clear,” the president of the Republic declared in Marseille, [[he hammered]].",
    '“The talks went well,” the Ukrainian foreign minister, Dmytro Kuleba, told CNN. [[He added.]]',
    '“We did our best,” the rescuers said on Monday. [[they indicated,]] noting that the search would continue.',
    "“The market is stable,” the agency's chief economist explained. [[He specified,]] adding that prices "
     'would fall.',
    '“This is a warning,” the UN envoy said on Friday in Geneva, [[according to AFP]].',
    'The factory will close, the group said on Tuesday, [[according to Reuters]].',
    'Prices will fall by 5%, according to the minister of the economy, [[he affirmed]].',
    '“We will not negotiate,” the minister said Tuesday, [[he added]].',
    '“The border is closed,” the Polish interior minister told the daily Rzeczpospolita, [[he explained]].',
    '“The talks were difficult,” Peskov said. [[The spokesman added.]]',
    '“We are facing a crisis,” the ECB president said. [[She also declared.]]',
    'The talks collapsed, a European diplomat told AFP by telephone, [[he said]].',
    '“Nothing is decided,” the minister said, [[he said]].',
    '“The match was tough,” Mbappé told Canal+ on Saturday evening after the final whistle, [[he confided]].',
    '“We want peace,” Zelensky told Italian and Greek journalists in Odessa, [[he stressed]].',
    "“It's a scandal,” the deputy, who sits on the finance committee, told Le Monde on Friday, [[she denounced]].",
    '“I am not worried,” Mr Bayrou said on Sunday on LCI, [[he said]].',
    '“Our farmers are suffering,” the FNSEA president said at the Paris agricultural show on Saturday, '
     '[[he lamented]].',
    '“The talks failed,” the envoy said on Monday, [[according to him]].',
    '“The body was buried in 1945,” [[said he assured]] the daily.',
]

TRAPS = [
    '“We will win,” he said on Tuesday.',
    'The minister said he would resign.',
    'He said he would resign, she added.',
    'He said he added a clause to the contract.',
    '“We will win,” he said. “The war is over.”',
    '“We will win,” he said, “and the war will end.”',
    'The minister said the plan was sound, his rival replied.',
    'Marine Le Pen said the vote was rigged, Jordan Bardella told reporters.',
    '“We will win,” he said, adding that the war would end soon.',
    '“We will win,” he said. He added that the war would end soon.',
    'The talks will resume next week, the spokesman told AFP, citing diplomatic sources.',
    'The mayor, he said, will resign next week.',
    'The report, which the minister said was flawed, was withdrawn, he said.',
    'According to Le Monde, the minister said he would resign.',
    'He told reporters he had added a new clause, she said.',
    '“We are ready,” she said, as she announced the plan.',
    'The president said on Monday that the reform was needed, and he added that it would pass.',
    '“We will win,” the coach said. His captain added: “We are ready.”',
    'The bill was passed, the government said, and the opposition announced an appeal.',
    '“I am happy,” Mbappé said after the match, he who had scored twice.',
    'He said, according to witnesses, that he was innocent.',
    "“The government, the government, the government, that's all we hear,” he said.",
    '“We will win,” he said, “we are ready,” he added.',
    'The minister confirmed the figures, he said.',
    'The union called for a strike, she said.',
    'The president told the truth, he said.',
    'Asked by reporters, the spokesman said he would not comment.',
    "“I won't resign,” he said, before leaving the room.",
    'The spokeswoman, Maud Bregeon, said the government would not resign.',
    '“The talks were good,” said Peskov, who added that a deal was close.',
    'According to the police, the suspect said he acted alone.',
    'The minister, who said on Monday she would resign, changed her mind, she told Le Monde.',
    'He said the prime minister, she added, would speak on Monday.',
    'The lawyer said her client was innocent, and the judge replied that the court would decide.',
    'Sales rose by 3%, the company said, as analysts had predicted.',
    '“We are ready,” she said on Tuesday, as the talks resumed in Geneva.',
    'The group said it would appeal, the union announced on Friday, while the workers said they would strike.',
    '“We are ready,” the minister said on Monday. “We have the means.”',
    '“It is not a defeat,” he said on Sunday, “it is a lesson.”',
    'The two presidents spoke by phone, the Kremlin said, and Kyiv confirmed the call.',
    '“I was there,” she said, adding: “I saw everything.”',
    'The Elysée said on Monday that the president would travel to Kyiv, but gave no date.',
    'The court said the defendant, who told the police he was innocent, would be tried in May.',
    '“We are sad,” said his mother, Marie, who told the press on Sunday that she forgave him.',
    '“Nobody knows,” the minister admitted. His spokesman added that a report was due.',
    'According to the minister, prices will fall, and according to the opposition, they will rise.',
    'He warned, in a speech on Tuesday, that the economy would slow.',
    '“It was a tough match,” said Dupont, who added, “we were lucky.”',
    'The company announced a loss, the first since 2009, which analysts said was expected.',
    '“The vote will take place,” the mayor said. “He said he would come,” she added.',
    '“The border is closed,” the minister said Tuesday.',
    'The minister said Tuesday that the border was closed.',
    'This is what he explained.',
    '“We are ready,” he said Monday, as the talks began.',
    "“It's a scandal,” said the deputy, who sits on the finance committee.",
    'The deputy, who told Le Monde she was angry, resigned.',
    '“Order will be restored,” said the boss of the security services to a Hong Kong television station, '
     'according to a video posted online on Thursday.',
    '“We are ready,” the minister said on Monday, according to new court documents.',
    'Economic data released on Friday, which showed growth in activity, suggest an increased demand.',
]


@pytest.mark.parametrize("marked", POSITIVES)
def test_found(marked):
    assert_marked(marked, "stray-attribution")


@pytest.mark.parametrize("text", TRAPS)
def test_trap_left_alone(text):
    assert_marked(text, "stray-attribution")


def test_lexicon_merges_the_quote_models_verbs():
    from checker.lang.clauses import speech_verb_by_form

    forms = speech_verb_by_form()
    assert "joked" in forms and "vowed" in forms and "confided" in forms  # quote model's, and a French incise
    assert not forms["vowed"].needs_complement and forms["confided"].needs_complement
    assert forms["said"].zero_that and not forms["denounced"].zero_that
    assert "believed" not in forms and "according to" not in forms  # opinion verbs and sources stay out
