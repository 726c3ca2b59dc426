"""Issue 13, round 16: French left alone where it is a name, a title, a loanword or explained.

Traps (the precision side): a French institution whose head is followed by a French adjective ("Musée national des
beaux-arts"), a quoted title that opens on a capitalised French word ("“Embrassez qui vous voudrez”"), loanwords
the English press writes ("gîte", "café-théâtre"), and a definite French term explained by an indefinite
apposition before its verb ("The cour d'assises spéciale of Paris, a court made up of judges, will …"). Positives:
the same French words left in running prose, without the name, the title or the explanation.
"""
from __future__ import annotations

from .marked_phenomena import phenomenon_tests

CATEGORY = "untranslated"
POSITIVES = [
    "The victim worked for years at a museum [[des beaux-arts]] in the old town.",
    "Several million vials were pledged by the government, [[qui vous]] will distribute them.",
    "The case will be heard by a [[cour d'assises spéciale]] next month, and the trial will last weeks.",
]
NEGATIVES = [
    "The man was a guard at the Musée national des beaux-arts du Québec for twenty years.",
    "She worked at the Bibliothèque nationale de France before joining the ministry.",
    "Behind the camera, he directed the ensemble comedy “Embrassez qui vous voudrez” in 2002.",
    "The fire broke out on Wednesday in a gîte near Colmar where a group of disabled adults was staying.",
    "He started out in the café-théâtre of the 1970s with a troupe of friends.",
    "The cour d'assises spéciale of Paris, a court made up only of professional judges, will hear the case.",
]

test_fresh_artefact_is_found, test_known_miss, test_fresh_trap_is_left_alone = \
    phenomenon_tests(CATEGORY, POSITIVES, NEGATIVES)
