"""Issue 13, round 10: stray attributions on fresh wordings of French-press MT (written for this round, not taken from a set).

Each line stands in a short article; `[[...]]` marks what an editor would mark. Negative lines are traps.
"""
from __future__ import annotations

from .marked_phenomena import phenomenon_tests

CATEGORY = "stray-attribution"
POSITIVES = [
    '"We will not give up," the head of the CGT, Sophie Binet, told the crowd in Marseille, [[she hammered home]].',
    'The deal is "unacceptable", Olaf Scholz told reporters in Berlin, [[the chancellor regretted]].',
    '"The situation is under control," the prefect of the Gironde said on Tuesday, [[he reassured]].',
    '"Nobody was hurt," a spokesman for the fire service, Marc Leduc, told AFP, [[he specified]].',
    'The prisoners will be released "within days", the foreign minister announced on X, [[she added]].',
    '"It is a tragedy for the whole region," said the mayor of Tarbes, Gérard Trémège, [[he lamented]].',
    '"We expect a difficult winter," the head of the grid operator, Xavier Piechaczyk, wrote in a letter to staff, [[he warned]].',
    'According to the interior minister, the suspect was known to the intelligence services, [[he revealed]].',
    '"This is only the beginning," she said. [[The activist insisted.]]',
    'The striker said he had never wanted to leave the club, [[he confided]] to the newspaper.',
    '"Our patience has limits," warned the president of the farmers\' union, Arnaud Rousseau, [[he threatened]].',
    'The fire was started deliberately inside the building, the Nantes public prosecutor, Pierre Sennès, said in a statement, [[the magistrate detailed]].',
    '"Parisians have spoken, and clearly," Anne Hidalgo told reporters at the Hôtel de Ville, [[the mayor congratulated herself]].',
    '"Civilians were hit," the governor of the Donetsk region, Pavlo Kyrylenko, wrote on Telegram, [[the governor mourned]].',
    '"We are ready," the coach told the press, [[he rejoiced]].',
    '"We are ready," the coach told the press, [[the Breton welcomed]].',
    'The vote was a victory for workers, the union leader said on France Inter, [[she congratulated herself]].',
    '"The toll is heavy," the health minister, Yannick Neuder, said on BFMTV, [[the minister deplored]].',
    '"The toll is heavy," the health minister said on BFMTV, [[he also deplored]].',
    '"The toll is heavy," the health minister said on BFMTV, [[he then underlined]].',
    'In a statement, the ministry said the talks would resume next week, [[it added]].',
    'According to the prefect, the fire is now under control, [[he indicated]].',
    'The minister told the Senate that the reform would pass, [[he assured]].',
    'The lawyer of the family, Maître Dupuis, said on RTL that the case was closed, [[he estimated]].',
    '"We are not afraid," the farmers\' leader declared in front of the prefecture, [[he launched]].',
    'The union announced in a press release that the strike would continue, [[it specified]].',
    '"It\'s a scandal," said Marine Tondelier, the leader of the Ecologists, [[she denounced]].',
    '"The door is open," the Élysée said on Tuesday evening. [[The presidency added.]]',
    'The coach said after the match that his players had given everything, [[he saluted]].',
]
NEGATIVES = [
    '"We will not give up," the head of the CGT, Sophie Binet, told the crowd in Marseille.',
    '"The situation is under control," the prefect said, adding that the fire had been contained.',
    'The minister said that the union leader had warned of a long strike.',
    '"It is a tragedy," said the mayor, who has run the town since 2014.',
    '"Nobody was hurt," a spokesman said, before the fire service confirmed the toll.',
    'The report, he said, would be published in June, and the committee agreed.',
    '"We will win," he said. "We have always won," he added.',
    'The president regretted the decision, which he said was taken too quickly.',
    'The chancellor told reporters she was confident, as she had been in June.',
    'As the prefect explained, the road will stay closed.',
    '"Enough," she said, and left the room.',
    '"We will win," the captain told the press, the coach nodded.',
    '"We will fight on," the union leader said, the crowd of strikers applauded.',
    '"It is over," the referee told the players, the captain protested.',
    'The plant will close, the union said, and the workers walked out.',
    'He said the plant would close, the union said.',
    'Prices will rise, the minister, Bruno Le Maire, said on Tuesday, but the unions disagree.',
    'The school, the mayor, Anne Roux, said, will reopen on Monday.',
    '"We are sad," the coach told reporters, the players, who lost 3-0, remained silent.',
    'The river rose by two metres, the prefect said in a statement, the rain continued.',
    'In a statement, the ministry said the talks would resume next week.',
    'According to the prefect, the fire is now under control.',
    'The minister told the Senate that the reform would pass, as he had promised.',
    '"We are not afraid," the farmers\' leader declared, while the crowd cheered.',
    'The union announced that the strike would continue, and the company said it would appeal.',
    'She said the plan was dead. He agreed.',
    'The coach said after the match that his players had given everything, which the fans applauded.',
    '"It\'s a scandal," said Marine Tondelier. The Greens\' leader is angry.',
    'The ministry said the talks would resume, it emerged on Tuesday.',
    'The mayor said the road would reopen, he told reporters who asked about the works, and the crowd left.',
    'The minister said that the law would pass, he was sure.',
    'He said that the law would pass, she replied.',
    'The company said that profits had doubled, it emerged.',
    'The report said that the river was polluted, they discovered.',
    'Police said the man had fled, he was later arrested.',
    'The judge ruled that the sale was void, he noted.',
]
# positives the rules still miss
MISSES = [
    'The company would not cut jobs, its chief executive assured shareholders on Thursday, [[he promised]].',
    'Moscow denounced deliberate sabotage by Ukraine, destined to deprive Crimea of water, [[he still accused]].',
    'The mayor, who has run the town since 2014, said the plan was dead, [[she regretted]].',
]

test_fresh_artefact_is_found, test_known_miss, test_fresh_trap_is_left_alone = \
    phenomenon_tests(CATEGORY, POSITIVES, NEGATIVES, MISSES)
