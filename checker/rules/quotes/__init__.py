"""Quote attribution within one text: misattributed and unbalanced quotes."""

RULES: tuple = ()
