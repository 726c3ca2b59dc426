"""Issue 13, round 16: French locutions found by their shape with any word in the slot (CAL006): 'entrer en' +
a state, a unit 'de lutte contre', 'la diplomatie russe', 'à son arrivée', 'relancer le débat'; 'former appel',
'prendre place dans un avion', 'à caractère raciste'; 'prendre ses fonctions' without 'up'
(CAL004). Wordings written for this round.

`[[...]]` marks what an editor would mark; negative lines are traps (English that looks French, idioms English has).
"""
from __future__ import annotations

from .marked_phenomena import phenomenon_tests

CATEGORY = "calque"
POSITIVES = [
    'The Etna volcano [[entered into activity]] again on Thursday night.',
    'The dockers [[entered in resistance]] against the new schedule.',
    'The [[brigade of the fight against]] corruption searched the offices.',
    'The head of the [[Italian diplomacy]] met his counterpart in Rome.',
    'Journalists questioned the singer [[at her arrival]] in Cannes.',
    'The leak has [[relaunched the controversy]] over the pension reform.',
    'The new governor has not yet [[taken her functions]].',
    'The farmers [[lodged complaint]] against the water company.',
    'The bishop came to [[ask pardon]] from the victims.',
    'After the match the coach [[took place in a helicopter]] for Madrid.',
    'Police seized messages [[of a racist character]] on his phone.',
]
NEGATIVES = [
    'The ceasefire entered into force at midnight and the firm entered into administration.',
    'The two groups entered into talks and entered into a partnership.',
    'The fight against corruption is a priority of the Italian government.',
    'Italian diplomacy has been active; French justice is slow.',
    'On her arrival in Cannes she was greeted by fans; at the arrival gate they waited.',
    'The brand relaunched its website and relaunched the Renault 5.',
    'She took up her duties on Monday.',
    'The farmers lodged a complaint and put an end to the talks.',
    'The signing took place in a plane hangar; the talks took place on a boat.',
    'She was a woman of strong character, and the remarks were of a racist nature.',
    'The French champions lost; he is a champion of France\'s farmers.',
    'Sevilla, four times champions of Spain, lost at home.',
]

test_fresh_artefact_is_found, test_known_miss, test_fresh_trap_is_left_alone = \
    phenomenon_tests(CATEGORY, POSITIVES, NEGATIVES)
