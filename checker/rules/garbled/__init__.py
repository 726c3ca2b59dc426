"""Garbled: word salad from literal translation."""
from .causative_make import RULE as CAUSATIVE_MAKE
from .fluency import RULE as FLUENCY
from .french_adverbs import RULE as FRENCH_ADVERBS
from .french_clause import RULE as FRENCH_CLAUSE
from .french_complement import RULE as FRENCH_COMPLEMENT
from .french_counting import RULE as FRENCH_COUNTING
from .french_dont import RULE as FRENCH_DONT
from .french_grammar import RULE as FRENCH_GRAMMAR
from .french_measure import RULE as FRENCH_MEASURE
from .french_order import RULE as FRENCH_ORDER
from .literal_syntax import RULE as LITERAL_SYNTAX
from .possessive_slip import RULE as POSSESSIVE_SLIP
from .reflexive_wedge import RULE as REFLEXIVE_WEDGE
from .stranded_verb import RULE as STRANDED_VERB
from .valency import RULE as VALENCY
from .wedged_adverbial import RULE as WEDGED_ADVERBIAL
from .word_order import RULE as WORD_ORDER

RULES = (LITERAL_SYNTAX, CAUSATIVE_MAKE, STRANDED_VERB, POSSESSIVE_SLIP, WORD_ORDER, FLUENCY, WEDGED_ADVERBIAL,
         FRENCH_CLAUSE, FRENCH_GRAMMAR, REFLEXIVE_WEDGE, VALENCY, FRENCH_COUNTING,
         FRENCH_ADVERBS, FRENCH_DONT, FRENCH_ORDER, FRENCH_COMPLEMENT,
         FRENCH_MEASURE)
