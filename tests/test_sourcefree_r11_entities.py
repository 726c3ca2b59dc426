"""Issue 13, round 11: name variants behind a descriptor ("the Chilean …", a title), an h added in a transliterated
name, a given name one slip off before the same surname, a back-reference after a phrase that is no apposition, and
a double surname spaced once (fresh wordings written for this round, not taken from a set).

Each line stands in a short article; `[[...]]` marks what an editor would mark. Negative lines are traps.
"""
from __future__ import annotations

from .marked_phenomena import phenomenon_tests

CATEGORY = "entity-inconsistency"
POSITIVES = [
    # a nationality or a title before the first mention hides the first name both mentions share
    'The final pitted her against the Ukrainian Elina Svitolina in Rome.\\n\\nShe had lost to [[Elina '
    'Svitolena]] in June.',
    'Talks were led by the Chilean Gabriel Boric in Santiago.\\n\\nThen the envoy met [[Gabriel Borik]] in Lima.',
    'The coup was led by Colonel Assimi Goïta on Tuesday.\\n\\nThe junta of [[Assimi Goïtta]] then named a cabinet.',
    # an h written after a consonant, as transliterations do
    'The general Abdourahamane Tiani took power in Niamey.\\n\\nThe envoy later met [[Abdourahamane Thiani]] '
    'in private.',
    'The opposition leader, Ousmane Sonko, was released.\\n\\nSupporters of [[Ousmane Sonkho]] gathered in Dakar.',
    # a given name one slip off before the same surname, the first mention longer
    'The minister Issa Tchiroma Bakary resigned on Friday.\\n\\nAllies of [[Tchirhoma Bakary]] left the coalition.',
    'The veteran Jean-Marc Mathieu Kaboré retired in May.\\n\\nThe club thanked [[Matthieu Kaboré]] for his service.',
    # a surname alone after a phrase ending at a comma that is no apposition
    'Their lawyer, Hélène Castagnet, spoke to the court.\\n\\nQuestioned about the delay, Ms [[Castagnett]] '
    'said nothing.',
    'The skipper Yoann Richomme won the race.\\n\\nAfter a night of storms, Mr [[Richome]] slept for ten hours.',
    # a double surname after a first name, its parts names English also writes as words, spaced once
    'The finance minister, Karin Weber-Fischer, defended the plan.\\n\\nLater [[Weber Fischer]] said the banks '
    'would pay.',
]
NEGATIVES = [
    'The Ukrainian Elina Svitolina beat Elena Ostapenko, the Latvian, in Rome.',
    'Colonel Assimi Goïta met Colonel Malick Diaw in Bamako.',
    'The brothers Arthur Tahi and Mathis Tahi both play for Lyon.',
    # a first name that ends like a nationality is a name, not a descriptor
    'The coach Christian Gourcuff praised Adrian Gourcuff, his nephew, and Julian Gourcuff, his son.',
    # a back-reference introduced by a role before it is someone new
    'The mayor of Bayonne, Mr Etchegaray, welcomed the visitors.\n\nAfter the mayor of Biarritz, Mr Etchegoyen, spoke.',
    # different people sharing a surname, their given names no slip apart
    'The minister Marie-Claire Tchiroma Bakary met Issa Tchiroma Bakary, her cousin.',
    # an h after a vowel or one that makes another sound is no transliteration slip
    'The tenor Sarah Connolly sang with Sara Connolly, a cellist from Dublin, and Chris Connolly, a pianist.',
    'The chemist Marie Weber met the banker Weber Fischer, a Swiss firm, in Zurich.',
]

test_fresh_artefact_is_found, test_known_miss, test_fresh_trap_is_left_alone = \
    phenomenon_tests(CATEGORY, POSITIVES, NEGATIVES)
