"""False friends: French words rendered by their English look-alikes."""

RULES: tuple = ()
