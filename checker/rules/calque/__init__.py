"""Calques: French press clichés and idioms rendered word for word."""

RULES: tuple = ()
