"""Issue 13, round 10: entity spelling variants on fresh wordings of French-press MT (written for this round, not taken from a set).

Each line stands in a short article; `[[...]]` marks what an editor would mark. Negative lines are traps.
"""
from __future__ import annotations

from .marked_phenomena import phenomenon_tests

CATEGORY = "entity-inconsistency"
POSITIVES = [
    'The striker Kylian Mbappé scored twice on Saturday.\\n\\nAfter the match, [[Mbappe]] thanked the fans.',
    'The prime minister, Michel Barnier, met the unions on Monday.\\n\\nMr [[Barnié]] promised to listen.',
    'The Ukrainian president Volodymyr Zelensky spoke in Brussels.\\n\\nLater, [[Zelenskiy]] met the NATO chief.',
    'The Belgian cyclist Remco Evenepoel won the stage.\\n\\n[[Evenepoël]] now leads the race by a minute.',
    'The mayor of Grenoble, Éric Piolle, opposed the project.\\n\\n[[Piole]] said it would harm the valley.',
    'The tennis player Aryna Sabalenka won in Melbourne.\\n\\n[[Sabalenko]] beat the defending champion.',
    'The suspect, Salah Abdeslam, was sentenced to life.\\n\\n[[Abdeslem]] showed no emotion.',
    'The minister, Gérald Darmanin, visited Mayotte.\\n\\n[[Darmanain]] promised more police officers.',
]
NEGATIVES = [
    'The composer Michel Legrand has died. He was the son of the conductor Raymond Legrand and the brother of the singer Christiane Legrand.',
    'Marine Le Pen and her niece Marion Maréchal campaigned together. Jean-Marie Le Pen founded the party.',
    'The former president Petro Poroshenko attended. "I am leaving office," said Petro Poroshenko, who will stand again.',
    'The Cosquer cave lies 37 metres below the surface of the Mediterranean near Marseille. Mediterranean divers found it in 1985.',
    'The brothers Daniel and Jean-Pierre Bacri opened the festival; Jean-Pierre Bacri died in 2021.',
    'Joe Biden met Jill Biden in Delaware. Hunter Biden was also there.',
    'Paris Saint-Germain beat Saint-Étienne, while Saint-Denis hosted the final.',
    'The cyclist Tadej Pogacar won; Pogačar, as his name is spelled in Slovenian, leads the Tour.',
    'Gabriel Attal and Gabriel Boric met in Santiago.',
    "Nicolas Sarkozy and Carla Bruni-Sarkozy attended the trial of Sarkozy's former ministers.",
    'The Ghanaian president, John Mahama, met the Nigerian president, Bola Tinubu. Mahama later flew to Abuja.',
    "Emmanuel Macron spoke to Emmanuel Moulin, the Élysée's secretary-general.",
    'The Williams sisters, Serena and Venus Williams, played doubles.',
    'Louis Aliot, the mayor of Perpignan, met Louis Boyard, a deputy from Val-de-Marne.',
]
# positives the rules still miss
MISSES = [
    'The lawyer, Eric Dupond-Moretti, pleaded for acquittal.\\n\\n[[Dupont-Moretti]] said the case was empty.',
    'The novelist Annie Ernaux received the prize in Stockholm.\\n\\nIn her speech, [[Ernault]] spoke of her parents.',
    'The Hamas leader Yahya Sinwar was killed in Rafah.\\n\\nIsrael had sought [[Sinouar]] for a year.',
    "The skipper Charlie Dalin won the Vendée Globe.\\n\\n[[Dalain]] crossed the line in Les Sables-d'Olonne.",
]

test_fresh_artefact_is_found, test_known_miss, test_fresh_trap_is_left_alone = \
    phenomenon_tests(CATEGORY, POSITIVES, NEGATIVES, MISSES)
