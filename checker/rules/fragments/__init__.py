"""Sentence fragments: sentences broken in two, verbless fragments."""
from .lowercase_continuation import RULE as LOWERCASE_CONTINUATION
from .verbless import RULE as VERBLESS
from .detached_clause import RULE as DETACHED_CLAUSE
from .subjectless import RULE as SUBJECTLESS
from .cut_clause import RULE as CUT_CLAUSE

RULES = (LOWERCASE_CONTINUATION, VERBLESS, DETACHED_CLAUSE, SUBJECTLESS, CUT_CLAUSE)
